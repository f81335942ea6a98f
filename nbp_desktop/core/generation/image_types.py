"""Recognising image files by their bytes, not by what they are labelled (and the PDF and
video files taken as references).

Google sometimes labels JPEG bytes as ``image/png``; the magic bytes decide.
"""

from __future__ import annotations

import io

_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
)

EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/heic": ".heic",
    "image/heif": ".heif",
    # PDF and video references (the models that take them: catalog.ModelInfo.reference_types)
    "application/pdf": ".pdf",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "video/mpeg": ".mpg",
}
# ISO base media brands of MP4 and QuickTime files (HEIC's are image brands, above).
_MP4_BRANDS = (b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ",
               b"dash", b"MSNV", b"f4v ")


def sniff_mime(data: bytes) -> str | None:
    """The real MIME type of ``data`` from its first bytes, or None if it is no image we know."""
    head = bytes(data[:32])
    for magic, offset, mime in _SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis"):
            return "image/heic"
        if brand in (b"mif1", b"msf1"):
            return "image/heif"
    return None


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) read from the header only; None if Pillow cannot read it."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def sniff_reference_mime(data: bytes) -> str | None:
    """What a reference file is by its first bytes: an image (:func:`sniff_mime`), a PDF or a
    video Google takes (MP4, QuickTime, WebM, MPEG); None for anything else."""
    image = sniff_mime(data)
    if image is not None:
        return image
    head = bytes(data[:1024])
    if b"%PDF-" in head:  # the header may follow a little junk (PDF 1.7, 7.5.2)
        return "application/pdf"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand == b"qt  ":
            return "video/quicktime"
        if brand in _MP4_BRANDS:
            return "video/mp4"
    if head[:4] == b"\x1a\x45\xdf\xa3" and b"webm" in head[:64]:
        return "video/webm"
    if head[:4] in (b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3"):
        return "video/mpeg"
    return None
