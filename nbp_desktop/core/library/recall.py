"""Recall: which settings made an image — of a library image, or of a file dropped on the app.

A file made by this app is recognised in this order: a library original (its sidecar sits
beside it), a file whose bytes are a library image's (a copy of an original), or an export
that names its library image in its XMP (``nbp:imageId``). Anything else is not ours.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from nbp_desktop.core.generation.job_spec import JobSpec
from nbp_desktop.core.library.library_index import ImageRecord, LibraryIndex
from nbp_desktop.core.library.sidecar import read_sidecar

_IMAGE_ID = re.compile(rb"<nbp:imageId>([0-9A-Za-z_\-]{6,64})</nbp:imageId>")
_XMP_SCAN_BYTES = 4 * 2**20  # XMP sits in the first chunks (PNG iTXt, JPEG APP1, TIFF tag)
MAX_RECALL_FILE = 512 * 2**20


def settings_of(data_dir: Path, record: ImageRecord) -> JobSpec | None:
    """Blocking. The settings a library image was made with, from its sidecar; None when its
    sidecar is missing or does not say."""
    return read_sidecar(Path(data_dir) / record.path).settings()


def settings_for_new_job(data_dir: Path, record: ImageRecord, connections: list[str],
                         fallback_connection: str) -> JobSpec:
    """Blocking. The settings to edit or re-render a library image with: those that made it
    (or, without a sidecar, what the index knows), without its references, grid or seed; on
    ``fallback_connection`` when its own is not among ``connections`` any more."""
    spec = settings_of(data_dir, record) or JobSpec(connection=record.connection or "",
                                                    prompt=record.prompt or "", model=record.model or "")
    if spec.connection not in connections:
        spec.connection = fallback_connection
    spec.reference_files, spec.variations_grid, spec.seed = [], False, None
    return spec


def edit_spec(data_dir: Path, record: ImageRecord, instruction: str, connections: list[str],
              fallback_connection: str) -> JobSpec:
    """Blocking. The job that edits a library image: its settings, the instruction as the
    prompt, the image as the conversation so far."""
    spec = settings_for_new_job(data_dir, record, connections, fallback_connection)
    spec.prompt, spec.parent_image_id, spec.edit = instruction, record.id, "edit"
    return spec


def rerender_spec(data_dir: Path, record: ImageRecord, size: str, connections: list[str],
                  fallback_connection: str) -> JobSpec:
    """Blocking. The job that renders a library image again at another size."""
    spec = settings_for_new_job(data_dir, record, connections, fallback_connection)
    spec.prompt, spec.size, spec.parent_image_id, spec.edit = "", size, record.id, "rerender"
    return spec


def recalled_spec(spec: JobSpec, data_dir: Path) -> JobSpec:
    """Blocking. An earlier image's settings for the compose pane: its reference images only
    where they are still in this library."""
    return replace(spec, reference_files=[f for f in spec.reference_files
                                          if (Path(data_dir) / f).exists()])


def recall_spec(path: Path, library: LibraryIndex) -> JobSpec | None:
    """Blocking. The settings of the library image ``path`` is (or was exported from), or None
    when the file was not made by this app."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size > MAX_RECALL_FILE:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(data).hexdigest()
    beside = read_sidecar(path)
    if beside.sha256 == digest:
        return beside.settings()
    stored = library.path_of(sha256=digest)
    if stored is None:
        found = _IMAGE_ID.search(data[:_XMP_SCAN_BYTES])
        if found:
            stored = library.path_of(image_id=found.group(1).decode())
    if stored is not None:
        return read_sidecar(library.data_dir / stored).settings()
    return None
