"""Preparing a user's file to be sent as a reference image.

Google takes PNG, JPEG, WebP, HEIC and HEIF inline, at most 7 MB each. A larger file is
downscaled and re-encoded (the user's file is never touched); anything else is refused with a
sentence that names the file.
"""

from __future__ import annotations

import io
from pathlib import Path

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.image_types import sniff_mime
from nbp_desktop.core.generation.request import ReferenceImage

INLINE_LIMIT_BYTES = 7 * 1024 * 1024
ACCEPTED_MIME = frozenset({"image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"})
_MAX_SOURCE_BYTES = 200 * 1024 * 1024


def load_reference(path: Path, limit: int = INLINE_LIMIT_BYTES) -> ReferenceImage:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > _MAX_SOURCE_BYTES:
            raise _refuse(path, f"it is {size / 2**20:.0f} MB; the largest file accepted is "
                                f"{_MAX_SOURCE_BYTES // 2**20} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(path, "the file does not exist") from None
    except IsADirectoryError:
        raise _refuse(path, "it is a folder, not an image file") from None
    except PermissionError:
        raise _refuse(path, "the file cannot be read (permission denied)") from None
    return prepare_reference(data, name=path.name, limit=limit)


def prepare_reference(data: bytes, name: str = "", limit: int = INLINE_LIMIT_BYTES) -> ReferenceImage:
    mime = sniff_mime(data)
    if mime is None:
        raise _refuse(name, "it is not an image file (PNG, JPEG, WebP, HEIC or HEIF)")
    if mime == "image/gif":
        mime = "image/png"
        data = _reencode(data, name, target="PNG", limit=limit)
    if mime not in ACCEPTED_MIME:
        raise _refuse(name, f"Google does not accept {mime} images; use PNG, JPEG or WebP")
    if len(data) <= limit:
        return ReferenceImage(data=data, mime=mime, name=name)
    if mime in ("image/heic", "image/heif"):
        raise _refuse(name, f"it is {len(data) / 2**20:.1f} MB, over Google's 7 MB limit, and "
                            "HEIC files cannot be shrunk here; export it as JPEG first")
    return ReferenceImage(data=_reencode(data, name, target="JPEG", limit=limit),
                          mime="image/jpeg", name=name)


def _reencode(data: bytes, name: str, target: str, limit: int) -> bytes:
    """Re-encode (and if needed downscale) until the image fits under ``limit``."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            if target == "JPEG":
                img = img.convert("RGB")
            elif img.mode not in ("RGB", "RGBA", "L", "LA"):
                img = img.convert("RGBA")
            scale = 1.0
            for _ in range(12):
                candidate = img if scale == 1.0 else img.resize(
                    (max(1, int(img.width * scale)), max(1, int(img.height * scale))),
                    Image.Resampling.LANCZOS)
                out = io.BytesIO()
                if target == "JPEG":
                    candidate.save(out, "JPEG", quality=90, optimize=True)
                else:
                    candidate.save(out, "PNG", optimize=True)
                if out.tell() <= limit:
                    return out.getvalue()
                scale *= 0.8
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise _refuse(name, f"the image could not be read ({exc})") from None
    raise _refuse(name, "it could not be made small enough for Google's 7 MB limit")


def _refuse(name: str | Path, why: str) -> NbpError:
    label = Path(name).name if name else "The reference image"
    return NbpError(ErrorKind.UNSUPPORTED_REFERENCE,
                    f"“{label}” cannot be used as a reference image: {why}.")
