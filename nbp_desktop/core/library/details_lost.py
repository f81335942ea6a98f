"""Images whose sidecar cannot be read are still indexed (a rebuild never drops an image):
from the file itself — its pixels' size, its bytes, its date, the prompt of embedded XMP if
it has one — and marked "details lost", so the user sees why parameters and cost are missing.
"""

from __future__ import annotations

import hashlib
import io
import xml.etree.ElementTree as ElementTree
from datetime import UTC, datetime
from pathlib import Path

from nbp_desktop.core.generation.image_types import pixel_size, sniff_mime
from nbp_desktop.core.library import LibraryText
from nbp_desktop.core.library.image_store import ImageStore
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.sidecar import SIDECAR_SUFFIX, read_sidecar_file

_DC = "{http://purl.org/dc/elements/1.1/}"


def images_with_unreadable_sidecars(store: ImageStore, skip_ids: set[str]) -> list[Path]:
    """Image files not in ``skip_ids`` whose sidecar exists but is not a readable sidecar."""
    found = []
    for image_id, sidecar in store.sidecar_paths().items():
        if image_id in skip_ids:
            continue
        path = Path(sidecar)
        readable = read_sidecar_file(path)
        if readable is not None and readable.image_file:
            continue
        images = [p for p in path.parent.glob(f"{image_id}.*")
                  if p.suffix != SIDECAR_SUFFIX and not p.name.startswith(".")]
        found += images[:1]
    return found


def record_from_file(store: ImageStore, image_path: Path) -> ImageRecord:
    """What the file alone says, marked as such."""
    data = image_path.read_bytes()
    width, height = pixel_size(data) or (0, 0)
    modified = datetime.fromtimestamp(image_path.stat().st_mtime, UTC)
    return ImageRecord(
        id=image_path.stem, job_id=None, path=store.relative(image_path),
        sha256=hashlib.sha256(data).hexdigest(), mime=sniff_mime(data) or "application/octet-stream",
        width=width, height=height, bytes=len(data), created=modified.isoformat(),
        prompt=embedded_prompt(data), model_text=details_lost_note())


def details_lost_note() -> str:
    """Shown in the image's details (and kept as its model text, in the language of the day)."""
    return LibraryText.tr("Details lost: this image's sidecar file could not be read, so only what "
                          "the image file itself holds is known.")


def embedded_prompt(data: bytes) -> str | None:
    """The XMP description (where exports keep the prompt), if the file has one."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            packet = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp")
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    if not packet:
        return None
    try:
        root = ElementTree.fromstring(packet if isinstance(packet, (bytes, str)) else bytes(packet))
    except ElementTree.ParseError:
        return None
    description = root.find(f".//{_DC}description")
    if description is None:
        return None
    text = "".join(description.itertext()).strip()
    return text or None
