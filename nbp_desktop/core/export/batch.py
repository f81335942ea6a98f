"""Exporting many images: one call per image (so it can be cancelled between images), plus a
CSV of their metadata beside the files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from nbp_desktop.core.atomic_write import normal_file_mode, write_atomically
from nbp_desktop.core.export.exporter import ExportResult, ExportSource

CSV_COLUMNS = ("file", "id", "prompt", "model", "connection_kind", "seed", "width", "height",
               "created", "source_file")


def write_metadata_csv(folder: Path, rows: list[tuple[ExportSource, ExportResult]],
                       name: str = "metadata.csv") -> Path:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for source, result in rows:
        writer.writerow([result.path.name, source.image_id, source.prompt, source.model,
                         source.connection_kind, "" if source.seed is None else source.seed,
                         source.width, source.height, source.created, source.path.name])
    path = Path(folder) / name
    write_atomically(path, out.getvalue().encode("utf-8-sig"),  # the BOM lets Excel read UTF-8
                     mode=normal_file_mode())
    return path
