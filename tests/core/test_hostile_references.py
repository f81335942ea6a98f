"""Issue 16 point 8: references are decoded in full (within a pixel limit) before anything is
sent, and files that are not images on disk are refused in words, never hanging."""

from __future__ import annotations

import io
import os
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.reference_images import load_reference, prepare_reference

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def refused(path: Path) -> str:
    with pytest.raises(NbpError) as caught:
        load_reference(path)
    assert caught.value.kind == ErrorKind.UNSUPPORTED_REFERENCE
    return caught.value.message


def png_bytes(size=(64, 64)) -> bytes:
    out = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(out, "PNG")
    return out.getvalue()


def test_symlink_loop_is_refused_in_words(tmp_path):
    (tmp_path / "a.png").symlink_to(tmp_path / "b.png")
    (tmp_path / "b.png").symlink_to(tmp_path / "a.png")
    assert refused(tmp_path / "a.png") == ("“a.png” cannot be used as a reference image: it is a "
                                           "link that leads back to itself (a symbolic link loop).")


@posix_only
@pytest.mark.timeout(10)
def test_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    assert refused(fifo) == ("“pipe.png” cannot be used as a reference image: it is not a regular "
                             "file (a pipe, socket or device).")


@posix_only
@pytest.mark.timeout(10)
def test_device_is_refused_without_reading_it():
    # /dev/null, not /dev/zero: a regression must fail this test, not fill the machine's memory.
    assert refused(Path("/dev/null")) == ("“null” cannot be used as a reference image: it is not a "
                                          "regular file (a pipe, socket or device).")


def test_truncated_png_is_refused_before_sending(tmp_path):
    data = png_bytes((256, 256))
    path = tmp_path / "cut.png"
    path.write_bytes(data[: len(data) * 2 // 3])
    assert refused(path) == ("“cut.png” cannot be used as a reference image: the file is damaged "
                             "or incomplete, so the image cannot be read.")


def test_palette_bomb_is_refused_by_its_pixel_count(tmp_path):
    """A 30000 × 30000 palette PNG is a few hundred KB and 900 megapixels decoded."""
    data = bytearray(png_bytes((8, 8)))
    # IHDR starts at byte 8: length, type, then width and height; its CRC follows the 13 bytes.
    struct.pack_into(">II", data, 16, 30000, 30000)
    struct.pack_into(">I", data, 29, zlib.crc32(bytes(data[12:29])) & 0xFFFFFFFF)
    path = tmp_path / "bomb.png"
    path.write_bytes(bytes(data))
    assert refused(path) == ("“bomb.png” cannot be used as a reference image: it claims more "
                             "than 80 megapixels (a damaged or malicious file).")


def test_a_whole_image_is_still_accepted(tmp_path):
    path = tmp_path / "fine.png"
    path.write_bytes(png_bytes())
    assert load_reference(path).mime == "image/png"


def test_a_fake_heic_is_refused_before_it_is_sent(tmp_path):
    path = tmp_path / "fake.heic"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + os.urandom(4000))
    assert "damaged or incomplete" in refused(path)


def test_an_image_without_a_file_name_is_refused_in_a_sentence_of_its_own():
    """A pasted image has no file name: no stand-in name in quotes mid-sentence."""
    with pytest.raises(NbpError) as caught:
        prepare_reference(b"not an image at all")
    assert caught.value.message == ("This reference cannot be used: it is not an image file "
                                    "(PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video.")
