"""A 200-row sheet through Google's batch modes on the emulator: every image byte-exact in the
library with its row's tags and the sheet's board, at half price; failures in words."""

from __future__ import annotations

import hashlib

import pytest

import asyncio

from PIL import Image

from nbp_desktop.core.batch.runner import BatchRunner, run_interactive
from nbp_desktop.core.batch.sheet import read_sheet
from nbp_desktop.core.catalog import actual_cost, estimate_cost
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.library.gallery_index import GalleryIndex
from nbp_desktop.core.library.sidecar import read_sidecar

from tests.batch.conftest import write_sheet


def _library(harness) -> list:
    return harness.ws.journal.library.images()


@pytest.mark.parametrize("kind,mode", [("aistudio", "inline"), ("aistudio", "file"),
                                       ("vertex", "vertex")])
async def test_200_rows_arrive_byte_exact_with_tags_at_half_price(batch, tmp_path, kind, mode):
    config = batch.connect("studio" if kind == "aistudio" else "vx", kind)
    sheet = read_sheet(write_sheet(tmp_path / "Spring shoes.csv", 200), config.model)
    assert sheet.valid and sheet.request_count == 200
    assert sheet.batch_cost() == pytest.approx(sheet.interactive_cost() / 2)
    assert sheet.interactive_cost() == pytest.approx(200 * estimate_cost(config.model, "1K"))

    record = await batch.runner.submit(sheet, config.name, mode="auto" if mode == "vertex" else mode,
                                       bucket="gs://studio-bucket/batches" if kind == "vertex" else None)
    assert record.mode == mode and record.google_name
    record = await batch.runner.wait(record.id)

    assert record.state == "succeeded", record
    assert (record.rows_done, record.rows_failed, record.rows_total) == (200, 0, 200)
    assert len(batch.service.batches) == 1  # one batch at Google
    sent = batch.sent_images()
    assert len(sent) == 200
    images = _library(batch)
    assert len(images) == 200
    rows = {r.key: r for r in batch.batches.rows(record.id)}
    total = 0.0
    for image in images:
        path = batch.data_dir / image.path
        sidecar = read_sidecar(path)
        key = sidecar.batch.key
        assert path.read_bytes() == sent[key]  # byte-exact as Google sent it
        assert hashlib.sha256(sent[key]).hexdigest() == image.sha256
        row_number = rows[key].row_number
        assert sidecar.tags == ["campaign", f"row{row_number}"]
        assert sidecar.batch.sheet == "Spring shoes" and sidecar.batch.row == row_number
        assert sidecar.batch.id == record.id and sidecar.batch.google_name == record.google_name
        assert sidecar.batch.price == "batch"
        assert sidecar.spec.prompt == f"a shoe-{row_number - 2} on white, shot {row_number - 2}"
        full = actual_cost(config.model, sidecar.usage)
        assert sidecar.cost_usd == pytest.approx(full / 2)
        assert image.cost == pytest.approx(full / 2)
        total += image.cost
    assert record.actual_cost == pytest.approx(total)
    # ... and counted in the spend the day's total, the budget and `cost` read.
    assert batch.ws.journal.spent("2000-01-01T00:00:00+00:00") == pytest.approx(total)
    assert batch.ws.journal.totals_by("connection", "2000-01-01T00:00:00+00:00") == {
        config.name: pytest.approx(total)}
    boards = {b.name: b for b in GalleryIndex(batch.ws.journal.database).boards()}
    assert boards["Spring shoes"].count == 200
    assert not (batch.data_dir / "batches" / record.id).exists()  # temporary files cleaned up


async def test_downloading_twice_never_duplicates_an_image(batch, tmp_path):
    config = batch.connect()
    sheet = read_sheet(write_sheet(tmp_path / "twice.csv", 6, count=2), config.model)
    record = await batch.runner.submit(sheet, config.name, mode="file")
    record = await batch.runner.wait(record.id)
    first = {(i.id, i.sha256) for i in _library(batch)}
    assert len(first) == 12
    # As if the process died after writing files but before marking rows done.
    with batch.ws.journal.database.transaction() as db:
        db.execute("UPDATE batch_rows SET status='pending', image_ids=NULL")
    batch.batches.set_stage(record.id, "submitted")
    record = await batch.runner.wait(record.id)
    assert record.rows_done == 12
    assert {(i.id, i.sha256) for i in _library(batch)} == first
    files = [p for p in (batch.data_dir / "library").rglob("*") if p.is_file()]
    assert len(files) == 24  # 12 images + 12 sidecars, nothing twice


async def test_a_failed_row_is_marked_with_its_own_error(batch, tmp_path):
    config = batch.connect()
    sheet = read_sheet(write_sheet(tmp_path / "faults.csv", 10), config.model)
    batch.service.options.fail_keys = {"r4-1", "r9-1"}
    record = await batch.runner.submit(sheet, config.name, mode="inline")
    record = await batch.runner.wait(record.id)
    assert record.state == "partly failed"
    assert (record.rows_done, record.rows_failed) == (8, 2)
    failed = batch.batches.rows(record.id, "failed")
    assert [r.row_number for r in failed] == [4, 9]
    assert all("Google refused the request" in r.error_message or "invalid" in r.error_message.lower()
               for r in failed), [r.error_message for r in failed]
    assert len(_library(batch)) == 8


@pytest.mark.parametrize("mode", ["file", "vertex"])
async def test_a_lost_result_file_fails_the_rows_in_words(batch, tmp_path, mode):
    kind = "vertex" if mode == "vertex" else "aistudio"
    config = batch.connect("c", kind)
    sheet = read_sheet(write_sheet(tmp_path / "lost.csv", 3), config.model)
    batch.service.options.lose_next_result_file = True
    record = await batch.runner.submit(sheet, config.name, mode="auto" if kind == "vertex" else mode,
                                       bucket="gs://b/x" if kind == "vertex" else None)
    record = await batch.runner.wait(record.id)
    assert record.state == "failed" and record.rows_failed == 3
    message = batch.batches.rows(record.id)[0].error_message
    assert "result file" in message and ("no longer has" in message or "missing" in message)


async def test_an_expired_batch_says_so_for_every_row(batch, tmp_path):
    config = batch.connect()
    sheet = read_sheet(write_sheet(tmp_path / "late.csv", 4), config.model)
    batch.service.options.expire_next = True
    record = await batch.runner.submit(sheet, config.name, mode="inline")
    record = await batch.runner.wait(record.id)
    assert record.state == "expired"
    assert all("expired" in r.error_message for r in batch.batches.rows(record.id))
    assert _library(batch) == []


async def test_cancel_works_before_sending_and_at_google(batch, tmp_path):
    config = batch.connect()
    sheet = read_sheet(write_sheet(tmp_path / "stop.csv", 3), config.model)
    local = await batch.runner.submit(sheet, config.name, mode="file", run=False)
    local = await batch.runner.cancel(local.id)
    assert local.state == "cancelled" and local.rows_failed == 3
    assert batch.service.batches == {} and batch.service.requests == []  # nothing went out

    batch.service.options.delay = 30
    remote = await batch.runner.submit(sheet, config.name, mode="inline")
    remote = await batch.runner.cancel(remote.id)
    assert remote.state == "cancelled"
    remote = await batch.runner.wait(remote.id)
    assert remote.state == "cancelled"
    assert "canceled" in batch.batches.rows(remote.id)[0].error_message


@pytest.mark.parametrize("kind", ["vertex-express", "openai"])
async def test_express_and_gateways_say_plainly_they_have_no_batch_mode(batch, tmp_path, kind):
    config = batch.connect("other", kind)
    sheet = read_sheet(write_sheet(tmp_path / "s.csv", 2), config.model)
    with pytest.raises(NbpError) as raised:
        await batch.runner.submit(sheet, config.name)
    assert "has no batch mode" in raised.value.message
    assert config.kind.label in raised.value.message


async def test_vertex_bucket_permissions_are_checked_up_front(batch, tmp_path):
    config = batch.connect("vx", "vertex")
    sheet = read_sheet(write_sheet(tmp_path / "s.csv", 2), config.model)
    batch.service.options.bucket_permissions = ("storage.objects.get",)
    with pytest.raises(NbpError) as raised:
        await batch.runner.submit(sheet, config.name, bucket="gs://locked-bucket")
    message = raised.value.message
    assert "may not use the bucket “locked-bucket”" in message
    assert "storage.objects.create" in message and "Storage Object Admin" in message
    assert batch.service.buckets == {} and batch.service.batches == {}


async def test_vertex_needs_a_bucket(batch, tmp_path):
    config = batch.connect("vx", "vertex")
    sheet = read_sheet(write_sheet(tmp_path / "s.csv", 1), config.model)
    with pytest.raises(NbpError, match="Cloud Storage bucket"):
        await batch.runner.submit(sheet, config.name)


async def test_unfinished_batches_resume_at_start_up(batch, tmp_path):
    config = batch.connect()
    sheet = read_sheet(write_sheet(tmp_path / "resume.csv", 5), config.model)
    pending = await batch.runner.submit(sheet, config.name, mode="file", run=False)
    fresh = BatchRunner(batch.ws.services, batch.ws.journal, batch.batches, poll=batch.runner.poll)
    [done] = await fresh.resume_all()
    assert done.id == pending.id and done.state == "succeeded"
    assert len(_library(batch)) == 5


@pytest.mark.parametrize("mode", ["inline", "file"])
async def test_reference_images_travel_with_their_rows(batch, tmp_path, mode):
    config = batch.connect()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(tmp_path / "swatch.png")
    sheet_path = tmp_path / "refs.csv"
    sheet_path.write_text("prompt,reference paths,tags\n"
                          "match this colour,swatch.png,ref\n"
                          "no reference here,,plain\n", encoding="utf-8")
    sheet = read_sheet(sheet_path, config.model)
    record = await batch.runner.submit(sheet, config.name, mode=mode)
    record = await batch.runner.wait(record.id)
    assert record.state == "succeeded", batch.batches.rows(record.id)
    [entry] = batch.service.batches.values()
    with_ref = next(body for key, body in entry.requests if key == "r2-1")
    parts = with_ref["contents"][0]["parts"]
    assert parts[0] == {"text": "match this colour"}
    assert parts[1]["inlineData"]["mimeType"] == "image/png"
    assert record.estimated_cost == pytest.approx(sheet.batch_cost())


async def test_cancelling_a_sheet_run_through_the_queue_cancels_its_jobs(batch, tmp_path):
    config = batch.connect()
    batch.emulator.service.latency = 3.0
    sheet = read_sheet(write_sheet(tmp_path / "Queue run.csv", 3), config.model)
    task = asyncio.ensure_future(run_interactive(batch.runner, sheet, config.name, batch.ws.engine))
    for _ in range(500):  # until all three requests are at "Google", waiting for an answer
        if len([e for e in batch.emulator.service.log() if ":generateContent" in e["path"]]) == 3:
            break
        await asyncio.sleep(0.02)
    [record] = batch.batches.batches()
    await batch.runner.cancel(record.id)
    record = await asyncio.wait_for(task, 30)
    assert record.mode == "interactive" and record.rows_failed == 3
    assert all("cancel" in r.error_message.lower() for r in batch.batches.rows(record.id))


async def test_passing_server_trouble_while_polling_and_downloading_is_ridden_out(batch, tmp_path):
    config = batch.connect()
    sheet = read_sheet(write_sheet(tmp_path / "bumpy.csv", 4), config.model)
    record = await batch.runner.submit(sheet, config.name, mode="file")
    batch.service.options.unavailable_next = 3
    record = await batch.runner.wait(record.id)
    assert record.state == "succeeded" and record.rows_done == 4
    assert len(batch.service.batches) == 1


async def test_auto_mode_goes_inline_only_while_requests_and_answers_are_small(batch, tmp_path):
    config = batch.connect()
    small = read_sheet(write_sheet(tmp_path / "small.csv", 3), config.model)
    large = read_sheet(write_sheet(tmp_path / "large.csv", 30), config.model)
    assert (await batch.runner.submit(small, config.name, run=False)).mode == "inline"
    assert (await batch.runner.submit(large, config.name, run=False)).mode == "file"
