"""Exporting many images: one call per image (so it can be cancelled between images), plus a
CSV of their metadata beside the files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from nbp_desktop.core import formatting
from nbp_desktop.core.atomic_write import normal_file_mode, write_atomically
from nbp_desktop.core.export.exporter import ExportResult, ExportSource

# "created" stays ISO 8601 (for scripts); "created_local" is the same moment as the user's
# locale writes it, for a person reading the sheet.
CSV_COLUMNS = ("file", "id", "prompt", "model", "connection_kind", "seed", "width", "height",
               "created", "source_file", "created_local")


def write_metadata_csv(folder: Path, rows: list[tuple[ExportSource, ExportResult]],
                       name: str = "metadata.csv") -> Path:
    """The metadata sheet, separated the way the user's spreadsheet expects (``;`` where the
    locale writes decimals with a comma, as Excel does)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=formatting.list_separator())
    writer.writerow(CSV_COLUMNS)
    for source, result in rows:
        writer.writerow([result.path.name, source.image_id, source.prompt, source.model,
                         source.connection_kind, "" if source.seed is None else source.seed,
                         source.width, source.height, source.created, source.path.name,
                         formatting.date_time_of(source.created)])
    path = Path(folder) / name
    write_atomically(path, out.getvalue().encode("utf-8-sig"),  # the BOM lets Excel read UTF-8
                     mode=normal_file_mode())
    return path
