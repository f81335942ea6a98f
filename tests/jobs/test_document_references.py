"""PDF and video references: Nano Banana 2 and its successors take them, Pro does not. They go
inline as Google expects (``inlineData`` with ``application/pdf`` or the video's type, the bytes
unchanged) within the 7 MB Google takes inline; anything else is refused before sending, in
words that name the file."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.reference_images import INLINE_LIMIT_BYTES, load_reference
from nbp_desktop.core.jobs.request_builder import keep_reference
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus


def _pdf(path: Path, pages: int = 2, size=(600, 400)) -> Path:
    """A real PDF, one picture per page (Pillow writes it)."""
    images = [Image.new("RGB", size, (40 * i % 255, 90, 160)) for i in range(pages)]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=72)
    return path


def _mp4_head(path: Path) -> Path:
    """The opening boxes of an MP4 file (``ftyp`` isom, then ``mdat``): what the loader reads to
    know it is a video (it does not decode video)."""
    ftyp = (24).to_bytes(4, "big") + b"ftypisom" + (512).to_bytes(4, "big") + b"isomiso2"
    mdat = (8 + 4096).to_bytes(4, "big") + b"mdat" + os.urandom(4096)
    path.write_bytes(ftyp + mdat)
    return path


async def _run(harness, model: str, relative: str):
    harness.connect()
    [job_id] = await harness.engine.submit(JobSpec("studio", "a poster in the style of this brief",
                                                   model=model, reference_files=[relative]))
    [job] = await harness.engine.wait_for([job_id])
    return job


@pytest.mark.parametrize("make,mime", [(_pdf, "application/pdf"), (_mp4_head, "video/mp4")],
                         ids=["pdf", "mp4"])
async def test_a_pdf_or_video_reference_goes_inline_to_nano_banana_2_1(harness, tmp_path, make, mime):
    source = make(tmp_path / f"brief{'.pdf' if mime == 'application/pdf' else '.mp4'}")
    relative = await asyncio.to_thread(keep_reference, harness.data_dir, source)
    assert (harness.data_dir / relative).read_bytes() == source.read_bytes()  # sent as it is
    job = await _run(harness, "gemini-nano-banana-2.1", relative)
    assert job.status is JobStatus.SUCCEEDED, job.error_message
    [call] = harness.generate_requests()
    [sent] = [p["inlineData"] for c in call["request"]["contents"] for p in c["parts"] if "inlineData" in p]
    assert sent == {"mimeType": mime, "bytes": source.stat().st_size,
                    "sha256": hashlib.sha256(source.read_bytes()).hexdigest()}


async def test_pro_refuses_a_pdf_reference_before_sending(harness, tmp_path):
    relative = await asyncio.to_thread(keep_reference, harness.data_dir, _pdf(tmp_path / "brief.pdf"))
    job = await _run(harness, "gemini-3-pro-image", relative)
    assert job.status is JobStatus.FAILED
    assert job.error_kind == "unsupported_reference"
    assert "does not take PDF or video references" in job.error_message
    assert not harness.generate_requests()  # nothing was sent, nothing billed


async def test_a_gateway_refuses_a_pdf_reference_before_sending(harness, tmp_path):
    harness.connect("gateway", kind="openai")
    relative = await asyncio.to_thread(keep_reference, harness.data_dir, _pdf(tmp_path / "brief.pdf"))
    [job_id] = await harness.engine.submit(JobSpec("gateway", "x", model="gemini-nano-banana-2.1",
                                                   reference_files=[relative]))
    [job] = await harness.engine.wait_for([job_id])
    assert job.status is JobStatus.FAILED
    assert job.error_message.startswith("A gateway takes only images as references, so “")
    assert not harness.generate_requests()


def test_a_pdf_over_googles_inline_limit_is_refused_with_what_to_do(tmp_path):
    pages = [Image.frombytes("RGB", (2600, 2600), os.urandom(2600 * 2600 * 3)) for _ in range(3)]
    path = tmp_path / "scan.pdf"
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=300)
    assert path.stat().st_size > INLINE_LIMIT_BYTES
    with pytest.raises(NbpError) as caught:
        load_reference(path)
    assert caught.value.kind is ErrorKind.UNSUPPORTED_REFERENCE
    size = f"{path.stat().st_size / 2**20:.1f}"
    assert caught.value.message == (
        f"“scan.pdf” cannot be used as a reference: it is {size} MB, and Google takes PDFs and videos "
        "sent with a prompt up to 7 MB. Use fewer pages or a smaller export of the PDF.")


def test_damaged_and_password_protected_pdfs_are_refused_in_words(tmp_path):
    whole = _pdf(tmp_path / "brief.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[:len(whole) // 3])
    with pytest.raises(NbpError) as caught:
        load_reference(cut)
    assert caught.value.message == ("“cut.pdf” cannot be used as a reference: the PDF is damaged or "
                                    "incomplete, so it cannot be read.")

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(whole)))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    with pytest.raises(NbpError) as caught:
        load_reference(locked)
    assert caught.value.message == (
        "“locked.pdf” cannot be used as a reference: the PDF is password-protected, so Google cannot "
        "read it. Save a copy without a password first.")
