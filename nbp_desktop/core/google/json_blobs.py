"""JSON bodies with tens of megabytes of base64 in them, handled without long GIL holds.

A 4K answer is a 20-40 MB JSON document that is almost entirely one base64 string. Parsing
it with ``json.loads`` and decoding it with ``b64decode`` holds the GIL for the whole time,
which stalls the GUI thread even when done in a worker thread. Instead we cut the big base64
strings out with ``bytes.find`` (memchr speed), parse the small remaining skeleton, and decode
the base64 with pybase64, which releases the GIL while it works. The same trick in reverse
splices big base64 strings into a request body.
"""

from __future__ import annotations

import base64
import binascii
import json
import mmap
import re

import pybase64  # SIMD base64 that releases the GIL: decoding a 4K image does not block the GUI

RawBody = bytes | mmap.mmap  # an answer as received: in memory, or mapped from its spool file

_BIG = 64 * 1024  # strings shorter than this go through plain json
_KEY = re.compile(rb'"(data|b64_json|bytesBase64Encoded)"\s*:\s*"')
_PLACEHOLDER = "\x00blob:{}\x00"
_PLACEHOLDER_RE = re.compile(r"\x00blob:(\d+)\x00")


class Blob:
    """A base64 string cut out of a body; decoded on demand."""

    __slots__ = ("_end", "_raw", "_start")

    def __init__(self, raw: RawBody, start: int, end: int) -> None:
        self._raw, self._start, self._end = raw, start, end

    def __len__(self) -> int:
        return self._end - self._start

    def decode(self) -> bytes:
        view = memoryview(self._raw)[self._start:self._end]
        try:
            return pybase64.b64decode(view, validate=True)
        except (binascii.Error, ValueError):
            # Line breaks or other lenient-but-legal forms: decode the slow way.
            return base64.b64decode(bytes(view))


def loads(raw: RawBody) -> tuple[object, list[Blob]]:
    """Parse ``raw``; each big base64 string value becomes a placeholder string and its
    :class:`Blob` is in the returned list. Raises ``json.JSONDecodeError`` like json."""
    pieces: list[bytes] = []
    blobs: list[Blob] = []
    pos = 0
    while True:
        match = _KEY.search(raw, pos)
        if match is None:
            break
        start = match.end()
        end = raw.find(b'"', start)
        if end < 0:
            break  # unterminated: let json report it
        if end - start >= _BIG and raw.find(b"\\", start, end) < 0:
            pieces.append(raw[pos:start])
            pieces.append(_PLACEHOLDER.format(len(blobs)).encode().replace(b"\x00", b"\\u0000"))
            blobs.append(Blob(raw, start, end))
            pos = end
        else:
            pieces.append(raw[pos:end])
            pos = end
    if not blobs:
        return json.loads(raw if isinstance(raw, (bytes, bytearray)) else bytes(raw)), []
    pieces.append(raw[pos:])
    return json.loads(b"".join(pieces)), blobs


def blob_for(value: object, blobs: list[Blob]) -> Blob | None:
    """The Blob a placeholder string stands for, if ``value`` is one."""
    if isinstance(value, str) and value.startswith("\x00blob:"):
        match = _PLACEHOLDER_RE.fullmatch(value)
        if match:
            return blobs[int(match.group(1))]
    return None


def decode_base64_value(value: object, blobs: list[Blob]) -> bytes:
    """Bytes of a base64 JSON value, whether it was cut out as a Blob or left inline."""
    blob = blob_for(value, blobs)
    if blob is not None:
        return blob.decode()
    if not isinstance(value, str):
        raise ValueError("base64 value is not a string")
    return base64.b64decode(value, validate=False)


def encode_base64(data: bytes) -> bytes:
    """Base64 without holding the GIL: pybase64 releases it."""
    return pybase64.b64encode(data)


class BlobRef:
    """A value in a request skeleton that stands for big base64 text spliced in by dumps()."""

    def __init__(self, data: bytes) -> None:
        self.data = data


def dumps(obj: object) -> bytes:
    """``json.dumps`` where :class:`BlobRef` values are spliced in as base64 afterwards, so the
    big strings are never escaped or copied by the json encoder."""
    refs: list[BlobRef] = []

    def default(value: object) -> object:
        if isinstance(value, BlobRef):
            refs.append(value)
            return _PLACEHOLDER.format(len(refs) - 1)
        raise TypeError(f"not JSON serialisable: {type(value).__name__}")

    text = json.dumps(obj, default=default, separators=(",", ":"), ensure_ascii=False).encode()
    if not refs:
        return text
    out: list[bytes] = []
    pos = 0
    for index, ref in enumerate(refs):
        marker = _PLACEHOLDER.format(index).encode().replace(b"\x00", b"\\u0000")
        at = text.index(marker, pos)
        out.append(text[pos:at])
        out.append(encode_base64(ref.data))
        pos = at + len(marker)
    out.append(text[pos:])
    return b"".join(out)
