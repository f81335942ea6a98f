"""Recall: the settings an image was made with, from a file dropped on the app.

A file made by this app is recognised in this order: a library original (its sidecar sits
beside it), a file whose bytes are a library image's (a copy of an original), or an export
that names its library image in its XMP (``nbp:imageId``). Anything else is not ours.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.library.image_store import read_sidecar

_IMAGE_ID = re.compile(rb"<nbp:imageId>([0-9A-Za-z_\-]{6,64})</nbp:imageId>")
_XMP_SCAN_BYTES = 4 * 2**20  # XMP sits in the first chunks (PNG iTXt, JPEG APP1, TIFF tag)
MAX_RECALL_FILE = 512 * 2**20


def spec_of_sidecar(sidecar: dict) -> JobSpec | None:
    spec = sidecar.get("spec")
    if isinstance(spec, dict):
        return JobSpec.from_json(spec)
    request = sidecar.get("request") or {}
    if request.get("prompt") is None:
        return None
    known = {k: request[k] for k in ("model", "size", "aspect_ratio", "seed", "system_text")
             if request.get(k) is not None}
    return JobSpec(connection=(sidecar.get("connection") or {}).get("name", ""),
                   prompt=request.get("prompt") or "", **known)


def recall_spec(path: Path, journal: Journal) -> JobSpec | None:
    """Blocking. The settings of the library image ``path`` is (or was exported from), or None
    when the file was not made by this app."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size > MAX_RECALL_FILE:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    beside = read_sidecar(path)
    if beside.get("sha256") == hashlib.sha256(data).hexdigest():
        return spec_of_sidecar(beside)
    rows = journal.query("SELECT path FROM images WHERE sha256 = ? LIMIT 1",
                         (hashlib.sha256(data).hexdigest(),))
    if not rows:
        found = _IMAGE_ID.search(data[:_XMP_SCAN_BYTES])
        if found:
            rows = journal.query("SELECT path FROM images WHERE id = ?", (found.group(1).decode(),))
    if rows:
        return spec_of_sidecar(read_sidecar(journal.data_dir / rows[0][0]))
    return None
