"""The parent ingredient of our export manifests, read once per library image.

Adding an ingredient makes c2pa read the original and validate the manifest it carries (four
passes over an 8 MB 4K JPEG). c2pa can keep the result as a single-ingredient archive (a few
KB: Google's manifest store and its validation results), and a later export adds that archive
instead of reading the original again. The archive is made when the library reads an image's
Content Credentials (once per image, in a worker thread), or by the first export that needs it,
and kept in ``<data dir>/ingredients``, named for the image and the file's size and time, so a
replaced file is read afresh.

Blocking (c2pa, files). Never raises for a cache that cannot be written: it is only a shortcut.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import c2pa

from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.provenance.content_credentials import MIME_BY_SUFFIX

FOLDER = "ingredients"
LABEL = "original"  # the id our actions name the parent by (``ingredientIds``)
_DEFINITION = {"claim_generator_info": [{"name": "ingredient archive"}], "title": "ingredient archive"}


def cache_folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def archive_ingredient(original: bytes, original_mime: str) -> bytes:
    """``original`` (and whatever manifest it carries, validated now) as c2pa's archive of one
    ``parentOf`` ingredient."""
    suffix = next((s for s, m in MIME_BY_SUFFIX.items() if m == original_mime), "")
    context = c2pa.Context.from_dict({"builder": {"thumbnail": {"enabled": False}},
                                      "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}})
    with c2pa.Builder(_DEFINITION, context) as builder:
        builder.add_ingredient({"title": f"original{suffix}", "relationship": "parentOf", "label": LABEL},
                               original_mime, io.BytesIO(original))
        out = io.BytesIO()
        builder.write_ingredient_archive(LABEL, out)
        return out.getvalue()


class IngredientCache:
    """Archived parent ingredients of one library's images, in ``<data dir>/ingredients``."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @classmethod
    def of_library(cls, data_dir: Path) -> IngredientCache:
        return cls(cache_folder(data_dir))

    def _entry(self, image_id: str, source: Path) -> Path | None:
        try:
            stat = Path(source).stat()
        except OSError:
            return None
        return self.folder / f"{image_id}-{stat.st_size}-{stat.st_mtime_ns}.c2pa"

    def get(self, image_id: str, source: Path) -> bytes | None:
        entry = self._entry(image_id, source)
        try:
            return entry.read_bytes() if entry is not None else None
        except OSError:
            return None

    def archive(self, image_id: str, source: Path, original: bytes, original_mime: str) -> bytes:
        """The image's archived parent ingredient: the kept one, or made now and kept."""
        kept = self.get(image_id, source)
        if kept is not None:
            return kept
        made = archive_ingredient(original, original_mime)
        entry = self._entry(image_id, source)
        if entry is not None:
            try:
                for stale in self.folder.glob(f"{image_id}-*.c2pa"):
                    stale.unlink(missing_ok=True)
                self.folder.mkdir(parents=True, exist_ok=True)
                write_atomically(entry, made, durable=False)
            except OSError:
                pass  # a read-only library: the export still works, it just reads the original
        return made

    def forget(self, image_ids: list[str]) -> None:
        for image_id in image_ids:
            for entry in self.folder.glob(f"{image_id}-*.c2pa"):
                entry.unlink(missing_ok=True)

    def prepare(self, image_id: str, source: Path, original: bytes, original_mime: str) -> None:
        """Make the archive ahead of the first export (never raises: the export would make it)."""
        with contextlib.suppress(c2pa.C2paError, OSError):
            self.archive(image_id, source, original, original_mime)
