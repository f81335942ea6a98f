"""Pictures the emulator returns: real PNG/JPEG files at Google's output dimensions.

Rendering a 4K image takes a few hundred ms, so renders are cached per (size, colour,
format, payload); each PNG answer then gets a unique comment chunk, so every response has its
own bytes and sha256 while costing only a copy. "Realistic" payloads add film grain so a 4K
PNG weighs about what Google sends (tens of MB) instead of a few hundred kB.

Provenance as Google sends it: JPEGs carry a C2PA manifest (Content Credentials) signed by a
test "Google LLC" certificate, once per cached render; PNGs carry Vertex's IPTC/XMP ("Made
with Google AI", digital source type). A signed JPEG gets no unique comment: any added byte
would break its signature, so identical requests get identical JPEG bytes.
"""

from __future__ import annotations

import base64
import hashlib
import io
import struct
import threading
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

from nbp_desktop.core.provenance.signing import SigningIdentity, make_installation_identity

_lock = threading.Lock()


PALETTES = 12  # prompts map onto a few palettes, so renders are cached across prompts


def _colour(palette: int) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    digest = hashlib.sha256(f"palette-{palette}".encode()).digest()
    return (digest[0], digest[1], digest[2]), (digest[3], digest[4], digest[5])


@lru_cache(maxsize=32)
def _render(width: int, height: int, palette: int, fmt: str, realistic: bool) -> bytes:
    top, bottom = _colour(palette)
    small = Image.new("RGB", (16, 9))
    for y in range(9):
        for x in range(16):
            t = (x / 15 + y / 8) / 2
            small.putpixel((x, y), tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    img = small.resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    r = min(width, height) // 5
    cx, cy = width // 2, height // 2
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(255, 255, 255), width=max(2, r // 20))
    draw.rectangle((width // 12, height // 12, width // 12 + r, height // 12 + r // 2),
                   fill=bottom[::-1])
    if realistic:
        grain = Image.effect_noise((width, height), 48).convert("RGB")
        img = Image.blend(img, grain, 0.35)
    out = io.BytesIO()
    if fmt == "JPEG":
        img.save(out, "JPEG", quality=92 if realistic else 85)
        return google_content_credentials(out.getvalue())
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", VERTEX_XMP)
    img.save(out, "PNG", compress_level=1, pnginfo=info)
    return out.getvalue()


GOOGLE_CLAIM_GENERATOR = "Google C2PA Core Generator Library"
TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
VERTEX_XMP = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    photoshop:Credit="Made with Google AI"
    Iptc4xmpExt:DigitalSourceType="{TRAINED_ALGORITHMIC_MEDIA}"
    Iptc4xmpExt:DigitalSourceFileType="{TRAINED_ALGORITHMIC_MEDIA}"/>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


@lru_cache(maxsize=1)
def google_test_identity() -> SigningIdentity:
    """A stand-in for Google's signing certificate ("Google LLC"), made once per process; on
    no trust list, like any test certificate."""
    return make_installation_identity(organisation="Google LLC", years=2,
                                      common_name="Google Media Processing Services")


def google_content_credentials(jpeg: bytes) -> bytes:
    """``jpeg`` with a C2PA manifest like the one Nano Banana Pro's JPEGs carry."""
    import c2pa

    identity = google_test_identity()
    manifest = {
        "claim_generator_info": [{"name": GOOGLE_CLAIM_GENERATOR, "version": "1.0"}],
        "title": "image.jpg",
        "format": "image/jpeg",
        "assertions": [{"label": "c2pa.actions.v2", "data": {"actions": [
            {"action": "c2pa.created", "digitalSourceType": TRAINED_ALGORITHMIC_MEDIA,
             "when": datetime.now(UTC).isoformat(timespec="seconds"),
             "softwareAgent": {"name": "Google Media Processing Services"}}]}}],
    }
    context = c2pa.Context.from_dict({"builder": {"thumbnail": {"enabled": False}}})
    info = c2pa.C2paSignerInfo(alg=c2pa.C2paSigningAlg.ES256, sign_cert=identity.chain_pem,
                               private_key=identity.key_pem, ta_url=None)
    with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest, context) as builder:
        out = io.BytesIO()
        builder.sign(signer, "image/jpeg", io.BytesIO(jpeg), out)
        return out.getvalue()


def render(width: int, height: int, seed_text: str, fmt: str = "PNG",
           realistic: bool = False, unique: str = "") -> bytes:
    """Image bytes of ``fmt`` ("PNG" or "JPEG"); ``unique`` is embedded to vary the bytes."""
    palette = hashlib.sha256(seed_text.encode()).digest()[0] % PALETTES
    with _lock:
        base = _render(width, height, palette, fmt, realistic)
    return _with_comment(base, fmt, unique) if unique and fmt != "JPEG" else base


@dataclass(frozen=True)
class EncodedImage:
    base64: bytes  # the image as base64, ready to splice into a JSON answer
    sha256: str
    size: int


@lru_cache(maxsize=32)
def _tail_base64(width: int, height: int, palette: int, fmt: str, realistic: bool) -> bytes:
    data = _render(width, height, palette, fmt, realistic)
    return base64.b64encode(data[_insert_at(fmt):])


@lru_cache(maxsize=32)
def _whole_base64(width: int, height: int, palette: int, realistic: bool) -> EncodedImage:
    data = _render(width, height, palette, "JPEG", realistic)
    return EncodedImage(base64.b64encode(data), hashlib.sha256(data).hexdigest(), len(data))


def _insert_at(fmt: str) -> int:
    return 2 if fmt == "JPEG" else 33  # after SOI; after the PNG signature and IHDR


def encoded(width: int, height: int, seed_text: str, fmt: str = "PNG", realistic: bool = False,
            unique: str = "") -> EncodedImage:
    """``render`` as base64 without encoding tens of MB per answer: the unique comment is
    padded so that head + comment is a whole number of 3-byte groups, which lets the cached
    base64 of the untouched tail follow it unchanged."""
    palette = hashlib.sha256(seed_text.encode()).digest()[0] % PALETTES
    if fmt == "JPEG":  # signed: shared as it is (see the module's note)
        with _lock:
            return _whole_base64(width, height, palette, realistic)
    with _lock:
        base = _render(width, height, palette, fmt, realistic)
        tail = _tail_base64(width, height, palette, fmt, realistic)
    at = _insert_at(fmt)
    comment = unique
    while (at + len(_segment(fmt, comment))) % 3:
        comment += " "
    head = base[:at] + _segment(fmt, comment)
    digest = hashlib.sha256(head)
    digest.update(base[at:])
    return EncodedImage(base64.b64encode(head) + tail, digest.hexdigest(), len(head) + len(base) - at)


def _segment(fmt: str, text: str) -> bytes:
    payload = text.encode("latin-1", "replace")
    if fmt == "JPEG":
        return b"\xff\xfe" + struct.pack(">H", len(payload) + 2) + payload
    body = b"Comment\x00" + payload
    return struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))


def _with_comment(data: bytes, fmt: str, text: str) -> bytes:
    # JPEG: a COM segment right after SOI; PNG: a tEXt chunk right after IHDR.
    at = _insert_at(fmt)
    return data[:at] + _segment(fmt, text) + data[at:]


def thought_image(seed_text: str) -> bytes:
    """A small interim "thought" image, as Gemini 3 Pro Image sends while it works."""
    return render(256, 256, "thought:" + seed_text, "PNG")
