"""Where a library image becomes a file for another app: resized, colour-managed, tagged.

Blocking (Pillow); the GUI and CLI run it in worker threads. The original is never touched.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.atomic_write import normal_file_mode, write_atomically
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.export.presets import ExportPreset
from nbp_desktop.core.export import ExportText
from nbp_desktop.core.export.xmp import (JPEG_XMP_LIMIT, SHORTENED_NOTE, build_xmp, fit_prompt,
                                         merge_xmp)
from nbp_desktop.core.library.sidecar import read_sidecar
from nbp_desktop.core.provenance.export_credentials import STRIP, ExportSigning, with_content_credentials
from nbp_desktop.core.provenance.parent_ingredient import cache_folder
from nbp_desktop.core.provenance.provenance_xmp import strip_provenance

if TYPE_CHECKING:
    from PIL import Image as PILImage

INTENTS = {"perceptual": 0, "relative": 1, "saturation": 2, "absolute": 3}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class ExportSource:
    """A library image and the facts export needs about it."""

    path: Path
    image_id: str
    mime: str
    width: int
    height: int
    prompt: str = ""
    model: str = ""
    connection_kind: str = ""
    seed: int | None = None
    created: str = ""
    size_label: str = ""
    ingredients: Path | None = None  # where this library keeps its images' parent ingredients

    @classmethod
    def from_library(cls, path: Path, image_id: str, mime: str, width: int, height: int,
                     data_dir: Path | None = None) -> ExportSource:
        """``data_dir``: the library's folder (its read-once parent ingredients are used)."""
        side = read_sidecar(path)
        return cls(path=Path(path), image_id=image_id, mime=mime, width=width, height=height,
                   prompt=side.request.prompt or "", model=side.model or "",
                   connection_kind=side.connection.kind, seed=side.request.seed,
                   created=side.created, size_label=side.request.size or "",
                   ingredients=cache_folder(data_dir) if data_dir is not None else None)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    reencoded: bool
    note: str = ""


def is_second_compression(source: ExportSource, preset: ExportPreset) -> bool:
    """True when a JPEG from Google would be compressed again as JPEG (the dialog warns)."""
    return source.mime == "image/jpeg" and preset.format == "jpeg"


def keeps_jpeg_data(source: ExportSource, preset: ExportPreset) -> bool:
    """JPEG to JPEG at the same size, at least the source's quality, without colour
    conversion: only the metadata segments are rewritten; the picture stays as Google sent
    it (re-encoding could only lose detail)."""
    if not (is_second_compression(source, preset) and preset.icc != "convert"
            and preset.target_long_edge(source.width, source.height) in (None, max(source.width, source.height))):
        return False
    quality = estimate_jpeg_quality(source.path)
    return quality is None or preset.quality >= quality - 1


_IJG_LUMA = (16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40,
             57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35,
             55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112,
             100, 103, 99)


def estimate_jpeg_quality(path: Path) -> int | None:
    """The IJG quality (1-100) whose luminance table is closest to the file's."""
    from PIL import Image

    try:
        with Image.open(path) as img:
            table = list((getattr(img, "quantization", None) or {}).get(0, []))
    except OSError:
        return None
    if len(table) != 64:
        return None
    reference = sorted(_IJG_LUMA)

    def distance(quality: int) -> int:
        scale = 5000 / quality if quality < 50 else 200 - 2 * quality
        scaled = sorted(min(255, max(1, int((v * scale + 50) // 100))) for v in reference)
        return sum(abs(a - b) for a, b in zip(scaled, sorted(table), strict=True))

    return min(range(1, 101), key=distance)


def file_name(preset: ExportPreset, source: ExportSource, number: int = 1) -> str:
    def prompt_part(match: re.Match[str]) -> str:
        length = int(match.group(1) or 40)
        words = re.sub(r"\s+", " ", source.prompt).strip()[:length].strip()
        return words or "image"

    date = (source.created or datetime.now(UTC).isoformat())[:10]
    name = re.sub(r"\{prompt(?::(\d+))?\}", prompt_part, preset.naming)
    name = (name.replace("{id}", source.image_id).replace("{model}", source.model)
            .replace("{size}", source.size_label).replace("{date}", date).replace("{n}", str(number)))
    name = _UNSAFE.sub("-", name).strip(" .-") or source.image_id
    return name[:120]


def unique_path(folder: Path, stem: str, extension: str) -> Path:
    candidate = folder / f"{stem}{extension}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({counter}){extension}"
        counter += 1
    return candidate


def export_image(source: ExportSource, preset: ExportPreset, folder: Path, number: int = 1,
                 force_reencode: bool = False, target: Path | None = None,
                 signing: ExportSigning | None = None) -> ExportResult:
    """Write ``source`` to ``folder`` as ``preset`` says; returns the file written.
    ``signing`` signs the Content Credentials a changed file gets (none without it)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        raise NbpError(ErrorKind.DISK, ExportText.tr("The image {name} cannot be read from the library."
                                                     ).format(name=source.path.name),
                       detail=str(exc)) from None
    if preset.format == "original":
        extension = source.path.suffix
        out = target or unique_path(folder, file_name(preset, source, number), extension)
        _write(out, data)
        return ExportResult(out, reencoded=False, note="the original file, byte for byte")
    out = target or unique_path(folder, file_name(preset, source, number), preset.extension)
    keep = preset.content_credentials != STRIP
    # Google's own XMP (Vertex: "Made with Google AI" credit) is merged in, never replaced.
    google_xmp = source_xmp(data) if preset.metadata == "xmp" and keep else None
    xmp, shortened = (_xmp(source, preset, google_xmp, keep) if preset.metadata == "xmp"
                      else (None, False))
    shortened_note = SHORTENED_NOTE if shortened else ""
    if keeps_jpeg_data(source, preset) and not force_reencode:
        if keep and has_content_credentials(data) and preset.metadata != "xmp":
            # Any byte added or moved breaks the manifest's data hash: add nothing at all.
            _write(out, data)
            return ExportResult(out, reencoded=False,
                                note="Google's JPEG kept byte for byte, with its Content "
                                     "Credentials intact (no metadata added)")
        icc = _srgb_bytes() if preset.icc == "srgb" else None
        kept = without_content_credentials(data)
        rewritten = rewrite_jpeg_metadata(kept, preset.ppi, icc, xmp, keep_iptc=keep)
        written = with_content_credentials(data, source.mime, rewritten, source, preset, signing, reencoded=False)
        _write(out, written.data)
        note = "Google's JPEG kept as it was (no second compression); metadata added"
        if len(kept) != len(data) and keep and not written.signed:
            note += ("; Google's Content Credentials were removed, because the added metadata "
                     "would make them show as tampered")
        return ExportResult(out, reencoded=False, note=_join(note, written.note, shortened_note))
    encoded = encode(data, preset, xmp)
    if xmp and keep and preset.format == "jpeg" and source.mime == "image/jpeg":
        encoded = with_iptc_of(encoded, data)  # Google's IPTC (credit line) kept, not dropped
    written = with_content_credentials(data, source.mime, encoded, source, preset, signing, reencoded=True)
    _write(out, written.data)
    return ExportResult(out, reencoded=True, note=_join(written.note, shortened_note))


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def encode(data: bytes, preset: ExportPreset, xmp: bytes | None) -> bytes:
    """The re-encoding path: decode, resize, convert colour, encode with the preset."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as opened:
        opened.load()
        img: PILImage.Image = opened
    keep_alpha = preset.format in ("png", "tiff") and img.mode in ("RGBA", "LA", "P")
    img = img.convert("RGBA" if keep_alpha else "RGB")
    long_edge = preset.target_long_edge(img.width, img.height)
    if long_edge and long_edge != max(img.size):
        scale = long_edge / max(img.size)
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                         Image.Resampling.LANCZOS)
    icc: bytes | None = None
    if preset.icc == "srgb":
        icc = _srgb_bytes()
    elif preset.icc == "convert":
        img, icc = _convert_profile(img, preset)
    if img.mode == "CMYK" and preset.format == "png":
        raise NbpError(ErrorKind.INVALID_SETTING, ExportText.tr(
            "PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile."))
    out = io.BytesIO()
    dpi = (preset.ppi, preset.ppi)
    extra = {"icc_profile": icc} if icc else {}
    if preset.format == "jpeg":
        img.save(out, "JPEG", quality=int(preset.quality), optimize=True,
                 subsampling={"4:4:4": 0, "4:2:2": 1, "4:2:0": 2}.get(preset.subsampling, 2),
                 progressive=preset.progressive, dpi=dpi, **extra, **({"xmp": xmp} if xmp else {}))
    elif preset.format == "png":
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        if xmp:
            info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"))
        img.save(out, "PNG", dpi=dpi, pnginfo=info, compress_level=6, **extra)
    elif preset.format == "tiff" and preset.bit_depth == 16:
        return write_tiff16(img, preset.ppi, icc, xmp)
    elif preset.format == "tiff":
        tiffinfo = {700: xmp} if xmp else {}
        img.save(out, "TIFF", compression="tiff_lzw", dpi=dpi, tiffinfo=tiffinfo, **extra)
    else:
        raise NbpError(ErrorKind.INVALID_SETTING, ExportText.tr("Unknown export format “{format}”.").format(
            format=preset.format))
    return out.getvalue()


def estimate_size(data: bytes, preset: ExportPreset) -> int:
    """Bytes the export would have (for the quality slider's live estimate)."""
    if preset.format == "original":
        return len(data)
    return len(encode(data, preset, None))


def _convert_profile(img: PILImage.Image, preset: ExportPreset) -> tuple[PILImage.Image, bytes]:
    from PIL import ImageCms

    try:
        target = ImageCms.getOpenProfile(preset.profile)
    except (OSError, ImageCms.PyCMSError) as exc:
        raise NbpError(ErrorKind.INVALID_SETTING, ExportText.tr("The colour profile {name} cannot be read.").format(
            name=Path(preset.profile).name or ExportText.tr("(none chosen)")),
                       detail=str(exc)) from None
    space = target.profile.xcolor_space.strip()
    mode = "CMYK" if space == "CMYK" else "RGB"
    if img.mode == "RGBA":
        img = img.convert("RGB")
    converted = ImageCms.profileToProfile(img, ImageCms.createProfile("sRGB"), target,
                                          renderingIntent=ImageCms.Intent(INTENTS.get(preset.intent, 1)),
                                          outputMode=mode)
    assert converted is not None  # None only when converting in place
    return converted, Path(preset.profile).read_bytes()  # the user's profile, byte for byte


SRGB_PROFILE_NAME = "sRGB.icm"


def srgb_profile_path() -> Path:
    """The ICC's standard v2 sRGB profile ("sRGB IEC61966-2.1"), shipped in ``resources/icc``
    (a source checkout or install keeps ``resources/`` beside the package; a PyInstaller
    bundle beside its ``nbp_desktop`` folder)."""
    here = Path(__file__).resolve()
    for base in (here.parents[3], here.parents[2]):
        candidate = base / "resources" / "icc" / SRGB_PROFILE_NAME
        if candidate.is_file():
            return candidate
    raise NbpError(ErrorKind.DISK, ExportText.tr(
        "The sRGB colour profile is missing from this installation; reinstall the app."),
        detail=SRGB_PROFILE_NAME)


_SRGB_CACHE: list[bytes] = []


def _srgb_bytes() -> bytes:
    # v2, not LittleCMS's v4 "sRGB built-in": Firefox ignores v4 by default and preflight
    # tools and print shops look for "sRGB IEC61966-2.1".
    if not _SRGB_CACHE:
        _SRGB_CACHE.append(srgb_profile_path().read_bytes())
    return _SRGB_CACHE[0]


def _xmp(source: ExportSource, preset: ExportPreset, google_xmp: bytes | None,
         keep_provenance: bool) -> tuple[bytes, bool]:
    """Our packet merged with Google's (or stripped of provenance), fitted into one JPEG
    segment for JPEG exports."""
    def packet_for(prompt: str, shortened: bool) -> bytes:
        packet = build_xmp(prompt, source.model, source.connection_kind, source.seed,
                           source.created or datetime.now(UTC).isoformat(),
                           f"{APP_NAME} {__version__}", source.image_id, shortened=shortened)
        if google_xmp:
            packet = merge_xmp(packet, google_xmp)
        if not keep_provenance:
            packet = strip_provenance(packet)  # "strip all provenance": no AI source type either
        return packet

    return fit_prompt(source.prompt, packet_for,
                      JPEG_XMP_LIMIT if preset.format == "jpeg" else None)


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data, durable=False, mode=normal_file_mode())
    except OSError as exc:
        raise NbpError(ErrorKind.DISK, ExportText.tr("The export could not be written to {folder}.").format(
            folder=path.parent),
                       detail=str(exc)) from None


# ----------------------------------------------------------- JPEG, untouched data
def _jpeg_header_segments(data: bytes) -> list[tuple[int, int, int]]:
    """(marker, start, end) of each segment before the scan."""
    out = []
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA:
            break
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        out.append((marker, pos, pos + 2 + length))
        pos += 2 + length
    return out


def _is_c2pa(data: bytes, start: int, end: int) -> bool:
    # APP11 carrying JUMBF ("JP" common identifier) with a c2pa box (C2PA 2.x, JPEG embedding).
    return data[start + 1] == 0xEB and data[start + 4:start + 6] == b"JP" and b"c2pa" in data[start:end]


def has_content_credentials(data: bytes) -> bool:
    """True when a JPEG carries an embedded C2PA manifest (Google signs its JPEGs)."""
    return data[:2] == b"\xff\xd8" and any(_is_c2pa(data, s, e) for _m, s, e in _jpeg_header_segments(data))


def without_content_credentials(data: bytes) -> bytes:
    """The JPEG without its C2PA segments (everything else byte for byte)."""
    if data[:2] != b"\xff\xd8":
        return data
    drop = [(s, e) for _m, s, e in _jpeg_header_segments(data) if _is_c2pa(data, s, e)]
    if not drop:
        return data
    pieces, last = [], 0
    for start, end in drop:
        pieces.append(data[last:start])
        last = end
    pieces.append(data[last:])
    return b"".join(pieces)


_XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"


def source_xmp(data: bytes) -> bytes | None:
    """The XMP packet Google put in the image (JPEG APP1, PNG iTXt), or None."""
    if data[:2] == b"\xff\xd8":
        return jpeg_xmp(data)
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            packet = img.info.get("XML:com.adobe.xmp") or img.info.get("xmp")
    except OSError:
        return None
    if isinstance(packet, str):
        return packet.encode("utf-8")
    return packet or None


def jpeg_xmp(data: bytes) -> bytes | None:
    """The XMP packet of a JPEG (its standard APP1 segment), or None."""
    if data[:2] != b"\xff\xd8":
        return None
    for marker, start, end in _jpeg_header_segments(data):
        if marker == 0xE1 and data[start + 4:start + 4 + len(_XMP_ID)] == _XMP_ID:
            return data[start + 4 + len(_XMP_ID):end]
    return None


def _iptc_segments(data: bytes) -> list[bytes]:
    """The JPEG's IPTC block(s): APP13 "Photoshop 3.0" segments, whole."""
    return [data[s:e] for marker, s, e in _jpeg_header_segments(data)
            if marker == 0xED and data[s + 4:s + 18] == b"Photoshop 3.0\x00"]


def with_iptc_of(encoded: bytes, source: bytes) -> bytes:
    """``encoded`` (a JPEG just written) with the source JPEG's IPTC segments after its own
    metadata segments; unchanged when the source has none."""
    iptc = _iptc_segments(source) if source[:2] == b"\xff\xd8" else []
    if not iptc or encoded[:2] != b"\xff\xd8":
        return encoded
    at = 2
    for marker, _start, end in _jpeg_header_segments(encoded):
        if not (0xE0 <= marker <= 0xEF):
            break
        at = end
    return encoded[:at] + b"".join(iptc) + encoded[at:]


def rewrite_jpeg_metadata(data: bytes, ppi: int, icc: bytes | None, xmp: bytes | None,
                          keep_iptc: bool = True) -> bytes:
    """New JFIF (with ppi), XMP and ICC segments around Google's unchanged JPEG data.
    ``keep_iptc=False`` ("strip all provenance") leaves out the IPTC block with Google's credit."""
    if data[:2] != b"\xff\xd8":
        raise NbpError(ErrorKind.NOT_AN_IMAGE, ExportText.tr("The source is not a JPEG file."))
    segments = [b"\xff\xd8",
                _segment(0xE0, b"JFIF\x00\x01\x02\x01" + struct.pack(">HH", ppi, ppi) + b"\x00\x00")]
    if xmp:
        segments.append(_segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp))
    if icc:
        segments.append(_segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + icc))
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA or not (0xE0 <= marker <= 0xEF or marker == 0xFE):
            break  # from here on: quantisation tables, frame, scan: kept byte for byte
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        keep = not (marker in (0xE0, 0xE2) or (marker == 0xE1 and data[pos + 4:pos + 33].startswith(b"http://ns.adobe.com/xap"))
                    or (not keep_iptc and marker == 0xED and data[pos + 4:pos + 18] == b"Photoshop 3.0\x00"))
        if keep:
            segments.append(data[pos:pos + 2 + length])
        pos += 2 + length
    segments.append(data[pos:])
    return b"".join(segments)


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise NbpError(ErrorKind.INVALID_SETTING, ExportText.tr("A metadata block is too large for a JPEG segment."))
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


# --------------------------------------------------------------- 16-bit TIFF
def write_tiff16(img: PILImage.Image, ppi: int, icc: bytes | None, xmp: bytes | None) -> bytes:
    """A 16-bit-per-channel TIFF (RGB or CMYK), Deflate-compressed. Pillow cannot write 48-bit
    RGB; Photoshop, InDesign and Affinity read this baseline layout."""
    channels = {"RGB": 3, "RGBA": 4, "CMYK": 4}[img.mode]
    raw = img.tobytes()
    wide = bytearray(len(raw) * 2)
    wide[0::2] = raw  # v * 257: the same byte twice, in either byte order
    wide[1::2] = raw
    row_bytes = img.width * channels * 2
    rows_per_strip = max(1, (1 << 20) // row_bytes)
    strips = [zlib.compress(bytes(wide[start:start + rows_per_strip * row_bytes]), 3)
              for start in range(0, len(wide), rows_per_strip * row_bytes)]
    entries: list[tuple[int, int, int, bytes]] = []  # tag, type, count, value bytes

    def add(tag: int, kind: int, values: Any, count: int | None = None) -> None:
        fmt = {3: "H", 4: "I", 5: "II", 1: "B", 7: "B"}[kind]
        if kind in (1, 7) and isinstance(values, bytes):
            payload, n = values, len(values)
        else:
            values = list(values) if isinstance(values, (list, tuple)) else [values]
            flat = [v for pair in values for v in pair] if kind == 5 else values
            payload = struct.pack("<" + fmt[0] * len(flat), *flat)  # a RATIONAL (5) is two "I"s
            n = count or len(values)
        entries.append((tag, kind, n, payload))

    photometric = 5 if img.mode == "CMYK" else 2
    add(256, 4, img.width)
    add(257, 4, img.height)
    add(258, 3, [16] * channels)
    add(259, 3, 8)  # Adobe Deflate
    add(262, 3, photometric)
    add(273, 4, [0] * len(strips))  # strip offsets, patched below
    add(277, 3, channels)
    add(278, 4, rows_per_strip)
    add(279, 4, [len(s) for s in strips])
    add(282, 5, [(ppi, 1)])
    add(283, 5, [(ppi, 1)])
    add(284, 3, 1)
    add(296, 3, 2)  # inches
    if img.mode == "RGBA":
        add(338, 3, 2)  # unassociated alpha
    if img.mode == "CMYK":
        add(332, 3, 1)  # InkSet: CMYK
    if xmp:
        add(700, 1, xmp)
    if icc:
        add(34675, 7, icc)
    entries.sort(key=lambda e: e[0])
    header_size = 8
    ifd_size = 2 + 12 * len(entries) + 4
    extra_offset = header_size + ifd_size
    extra = bytearray()
    value_offsets = {}
    for tag, _kind, _n, payload in entries:
        if len(payload) > 4:
            value_offsets[tag] = extra_offset + len(extra)
            extra += payload + (b"\x00" if len(payload) % 2 else b"")
    data_offset = extra_offset + len(extra)
    offsets, position = [], data_offset
    for strip in strips:
        offsets.append(position)
        position += len(strip)
    patched = []
    for tag, kind, n, payload in entries:
        if tag == 273:
            payload = struct.pack("<" + "I" * len(offsets), *offsets)
            if len(payload) > 4:
                extra[value_offsets[tag] - extra_offset:value_offsets[tag] - extra_offset + len(payload)] = payload
        patched.append((tag, kind, n, payload))
    ifd = bytearray(struct.pack("<H", len(patched)))
    for tag, kind, n, payload in patched:
        if len(payload) > 4:
            ifd += struct.pack("<HHII", tag, kind, n, value_offsets[tag])
        else:
            ifd += struct.pack("<HHI", tag, kind, n) + payload.ljust(4, b"\x00")
    ifd += b"\x00\x00\x00\x00"
    return b"".join([b"II*\x00", struct.pack("<I", header_size), bytes(ifd), bytes(extra), *strips])
