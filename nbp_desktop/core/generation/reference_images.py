"""Preparing a user's file to be sent as a reference.

Google takes PNG, JPEG, WebP, HEIC and HEIF inline, at most 7 MB each. A larger file is
downscaled and re-encoded (the user's file is never touched); anything else is refused with a
sentence that names the file. PDFs and videos (MP4, QuickTime, WebM, MPEG), which Nano Banana 2
and its successors take and Pro does not (checked against the model when the request is built),
go inline as they are (``inlineData`` with ``application/pdf`` or the video's type), within the
same 7 MB: they cannot be shrunk here, so a larger one is refused with what to do. A PDF is
opened with pypdf first, so a damaged or password-protected one is refused before it costs a
round trip. Every reference is decoded in full (within a pixel limit) before
it is sent: a damaged or truncated file, or a decompression bomb, would otherwise cost a paid
round trip for Google's "400". Only regular files are read: a pipe would hang the read, a
device never ends, a symlink loop never resolves.
"""

from __future__ import annotations

import errno
import io
import stat
import warnings
from pathlib import Path

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation import GenerationText
from nbp_desktop.core.generation.image_types import sniff_mime, sniff_reference_mime
from nbp_desktop.core.generation.request import ReferenceImage

INLINE_LIMIT_BYTES = 7 * 1024 * 1024
ACCEPTED_MIME = frozenset({"image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"})
_MAX_SOURCE_BYTES = 200 * 1024 * 1024
# Below Pillow's own decompression-bomb threshold (89 MP); a 30000² palette bomb is 900 MP.
PIXEL_LIMIT = 80_000_000
PDF_PAGE_LIMIT = 1000  # Google reads at most 1,000 pages of a PDF


def load_reference(path: Path, limit: int = INLINE_LIMIT_BYTES) -> ReferenceImage:
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _refuse(path, GenerationText.tr("it is a folder, not an image file"))
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(path, GenerationText.tr("it is not a regular file (a pipe, socket or "
                                                  "device)"))
        if info.st_size > _MAX_SOURCE_BYTES:
            raise _refuse(path, GenerationText.tr("it is {size} MB; the largest file accepted is "
                                                  "{limit} MB")
                          .format(size=f"{info.st_size / 2**20:.0f}",
                                  limit=_MAX_SOURCE_BYTES // 2**20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(path, GenerationText.tr("the file does not exist")) from None
    except IsADirectoryError:
        raise _refuse(path, GenerationText.tr("it is a folder, not an image file")) from None
    except PermissionError:
        raise _refuse(path, GenerationText.tr("the file cannot be read (permission "
                                              "denied)")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            why = GenerationText.tr("it is a link that leads back to itself (a symbolic link "
                                    "loop)")
        else:
            why = GenerationText.tr("the file cannot be read ({reason})").format(
                reason=exc.strerror or exc)
        raise _refuse(path, why) from None
    return prepare_reference(data, name=path.name, limit=limit)


def prepare_reference(data: bytes, name: str = "", limit: int = INLINE_LIMIT_BYTES) -> ReferenceImage:
    mime = sniff_mime(data)
    if mime is None:
        document = sniff_reference_mime(data)
        if document is not None:
            return prepare_document(data, document, name, limit)
        raise _refuse_reference(name, GenerationText.tr(
            "it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video"))
    if mime == "image/gif":
        mime = "image/png"
        data = _reencode(data, name, target="PNG", limit=limit)
    if mime not in ACCEPTED_MIME:
        raise _refuse(name, GenerationText.tr("Google does not accept {type} images; use PNG, "
                                              "JPEG or WebP").format(type=mime))
    check_decodes(data, name)
    if len(data) <= limit:
        return ReferenceImage(data=data, mime=mime, name=name)
    if mime in ("image/heic", "image/heif"):
        raise _refuse(name, GenerationText.tr("it is {size} MB, over Google's 7 MB limit, and "
                                              "HEIC files cannot be shrunk here; export it as "
                                              "JPEG first").format(size=f"{len(data) / 2**20:.1f}"))
    return ReferenceImage(data=_reencode(data, name, target="JPEG", limit=limit),
                          mime="image/jpeg", name=name)


def prepare_document(data: bytes, mime: str, name: str = "", limit: int = INLINE_LIMIT_BYTES) -> ReferenceImage:
    """A PDF or a video, sent as it is: checked, never re-encoded."""
    if len(data) > limit:
        what = GenerationText.tr("Use fewer pages or a smaller export of the PDF.") if mime == "application/pdf" \
            else GenerationText.tr("Use a shorter or smaller clip.")
        raise _refuse_reference(name, GenerationText.tr(
            "it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB").format(
                size=f"{len(data) / 2**20:.1f}", limit=f"{limit / 2**20:.0f}"), advice=what)
    if mime == "application/pdf":
        check_pdf(data, name)
    return ReferenceImage(data=data, mime=mime, name=name)


def check_pdf(data: bytes, name: str = "") -> None:
    """Open the PDF with pypdf: a damaged, password-protected, empty or over-long one is
    refused in words (Google would answer each with a 400, after the upload)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns about repairable quirks; they are fine
            reader = PdfReader(io.BytesIO(data), strict=False)
            encrypted = reader.is_encrypted
            pages = 0 if encrypted else len(reader.pages)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError):
        raise _refuse_reference(name, GenerationText.tr(
            "the PDF is damaged or incomplete, so it cannot be read")) from None
    if encrypted:
        raise _refuse_reference(name, GenerationText.tr(
            "the PDF is password-protected, so Google cannot read it"),
            advice=GenerationText.tr("Save a copy without a password first."))
    if pages == 0:
        raise _refuse_reference(name, GenerationText.tr("the PDF has no pages"))
    if pages > PDF_PAGE_LIMIT:
        raise _refuse_reference(name, GenerationText.tr(
            "the PDF has {pages} pages, and Google reads at most {limit}").format(
                pages=pages, limit=PDF_PAGE_LIMIT))


def check_decodes(data: bytes, name: str = "") -> None:
    """Decode the whole image (bounded by :data:`PIXEL_LIMIT`); refuse it in words if that
    fails. HEIC/HEIF is checked when a decoder for it (pillow-heif) is installed."""
    from PIL import Image, UnidentifiedImageError

    if sniff_mime(data) in ("image/heic", "image/heif"):
        try:
            from pillow_heif import register_heif_opener  # optional
        except ImportError:
            return
        register_heif_opener()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                width, height = img.size
                if width * height > PIXEL_LIMIT:
                    raise _refuse(name, GenerationText.tr("it is {width} × {height} pixels, more "
                                                          "than the {limit} megapixels accepted")
                                  .format(width=width, height=height,
                                          limit=PIXEL_LIMIT // 1_000_000))
                img.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(name, GenerationText.tr("it claims more than {limit} megapixels (a "
                                              "damaged or malicious file)")
                      .format(limit=PIXEL_LIMIT // 1_000_000)) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise _refuse(name, GenerationText.tr("the file is damaged or incomplete, so the image "
                                              "cannot be read")) from None


def _reencode(data: bytes, name: str, target: str, limit: int) -> bytes:
    """Re-encode (and if needed downscale) until the image fits under ``limit``."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            img: Image.Image = opened
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
        raise _refuse(name, GenerationText.tr("the image could not be read ({reason})")
                      .format(reason=exc)) from None
    raise _refuse(name, GenerationText.tr("it could not be made small enough for Google's 7 MB "
                                          "limit"))


def _refuse_reference(name: str | Path, why: str, advice: str = "") -> NbpError:
    """A reference of any kind (image, PDF, video) refused; a nameless one (pasted) in a
    sentence of its own, not a stand-in name in quotes. ``advice``: a whole sentence after."""
    label = Path(name).name if name else ""
    if label:
        sentence = GenerationText.tr("“{name}” cannot be used as a reference: {reason}.").format(
            name=label, reason=why)
    else:
        sentence = GenerationText.tr("This reference cannot be used: {reason}.").format(reason=why)
    return NbpError(ErrorKind.UNSUPPORTED_REFERENCE, f"{sentence} {advice}" if advice else sentence)


def _refuse(name: str | Path, why: str) -> NbpError:
    label = Path(name).name if name else ""
    if not label:  # a whole sentence of its own, not a stand-in name in quotes
        return NbpError(ErrorKind.UNSUPPORTED_REFERENCE,
                        GenerationText.tr("This reference image cannot be used: {reason}.")
                        .format(reason=why))
    return NbpError(ErrorKind.UNSUPPORTED_REFERENCE,
                    GenerationText.tr("“{name}” cannot be used as a reference image: {reason}.")
                    .format(name=label, reason=why))
