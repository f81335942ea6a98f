"""Google's own SDK (google-genai), unchanged, against the emulator's batch endpoints: AI Studio's
Batch API from inline requests and from a JSONL file uploaded through the Files API, and a
Vertex batch prediction job reading and writing the bucket stand-in. Each batch is created,
polled until done, read back and, where the SDK offers it, cancelled and deleted.

Checked against google-genai's own batches.py and files.py: it speaks ``/v1`` on AI Studio and
``/v1beta1`` on Vertex, sends image bytes as URL-safe base64, uploads with a session URL that
carries no API key, and downloads result files from ``files/{id}:download``."""

from __future__ import annotations

import base64
import io
import json
import time

import pytest
from google import genai
from google.genai import errors as genai_errors
from google.genai import types
from google.oauth2 import service_account
from PIL import Image

from nbp_desktop.core.catalog import output_dimensions

DONE = {types.JobState.JOB_STATE_SUCCEEDED, types.JobState.JOB_STATE_FAILED,
        types.JobState.JOB_STATE_CANCELLED, types.JobState.JOB_STATE_EXPIRED}


def _studio(emulator) -> genai.Client:
    return genai.Client(api_key="emulator-key", http_options=types.HttpOptions(base_url=emulator.base_url))


def _wait(client: genai.Client, name: str) -> types.BatchJob:
    """Polls as the SDK's documentation does, until the batch is in a final state."""
    deadline = time.monotonic() + 20
    while True:
        job = client.batches.get(name=name)
        if job.state in DONE or time.monotonic() > deadline:
            return job
        time.sleep(0.1)


def _final_image(response: types.GenerateContentResponse) -> bytes:
    [image] = [p.inline_data.data for p in response.candidates[0].content.parts
               if p.inline_data is not None and not p.thought]
    return image


def _final_image_in_line(answer: dict) -> bytes:
    """A result file's answer read as Google's batch documentation reads it: plain JSON."""
    [data] = [p["inlineData"]["data"] for p in answer["candidates"][0]["content"]["parts"]
              if "inlineData" in p and not p.get("thought")]
    return base64.b64decode(data)


def _png(size=(48, 32)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(out, "PNG")
    return out.getvalue() + b"\xfb\xff\xfe" * 30  # base64 with '+' and '/', so URL-safe differs


def _pixels(image: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(image)) as img:
        return img.size


def test_sdk_batch_from_inline_requests_with_an_image_input(batch_emulator):
    client = _studio(batch_emulator)
    square = types.GenerateContentConfig(
        response_modalities=["IMAGE"], system_instruction="Product photography on white.",
        image_config=types.ImageConfig(aspect_ratio="1:1", image_size="2K"))
    wide = types.GenerateContentConfig(image_config=types.ImageConfig(aspect_ratio="16:9"))
    job = client.batches.create(
        model="gemini-nano-banana-2.1",
        src=[types.InlinedRequest(contents="a red chair", config=square, metadata={"key": "chair"}),
             types.InlinedRequest(contents=[types.Part.from_bytes(data=_png(), mime_type="image/png"),
                                            "the same shoe, in blue"],
                                  config=wide, metadata={"key": "shoe", "row": "3"}),
             types.InlinedRequest(contents="no metadata at all")],
        config=types.CreateBatchJobConfig(display_name="sdk inline"))
    assert job.name.startswith("batches/") and job.display_name == "sdk inline"
    assert job.state in (types.JobState.JOB_STATE_PENDING, types.JobState.JOB_STATE_RUNNING)

    job = _wait(client, job.name)
    assert job.state == types.JobState.JOB_STATE_SUCCEEDED
    chair, shoe, bare = job.dest.inlined_responses
    assert (chair.metadata, shoe.metadata, bare.metadata) == ({"key": "chair"}, {"key": "shoe", "row": "3"}, None)
    assert _pixels(_final_image(chair.response)) == output_dimensions("1:1", "2K")
    assert _pixels(_final_image(shoe.response)) == output_dimensions("16:9", "1K")
    assert _final_image(bare.response)
    # What the SDK decoded is byte for byte what the emulator answered.
    answered = batch_emulator.service.batches.batches[job.name].output["inlinedResponses"]["inlinedResponses"]
    sent = [p for p in answered[1]["response"]["candidates"][0]["content"]["parts"] if not p.get("thought")]
    assert base64.b64decode(sent[0]["inlineData"]["data"]) == _final_image(shoe.response)
    # The SDK sent the picture as `inlineData {mime_type, data}` in URL-safe base64, and it was
    # read as Google reads it.
    [_, (_, shoe_request), _] = batch_emulator.service.batches.batches[job.name].requests
    sent_picture = shoe_request["contents"][0]["parts"][0]["inlineData"]
    assert sent_picture["mime_type"] == "image/png" and "_" in sent_picture["data"]
    assert base64.urlsafe_b64decode(sent_picture["data"]) == _png()
    assert chair.response.usage_metadata.total_token_count > 0
    paths = {r["path"] for r in batch_emulator.service.batches.requests}
    assert "/v1/models/gemini-nano-banana-2.1:batchGenerateContent" in paths  # the SDK's default


def test_sdk_batch_from_an_uploaded_jsonl_file_downloads_byte_exact(batch_emulator):
    client = _studio(batch_emulator)
    rows = [{"key": "row-1", "request": {"contents": [{"role": "user", "parts": [{"text": "a teapot"}]}],
                                         "generation_config": {"image_config": {"aspect_ratio": "4:3"}}}},
            {"key": "row-2", "request": {"contents": [{"parts": [{"text": "a kettle"}]}],
                                         "generationConfig": {"responseModalities": ["TEXT", "IMAGE"]}}}]
    jsonl = "\n".join(json.dumps(row) for row in rows).encode()
    uploaded = client.files.upload(file=io.BytesIO(jsonl),
                                   config=types.UploadFileConfig(mime_type="jsonl", display_name="rows"))
    assert uploaded.name.startswith("files/") and uploaded.size_bytes == len(jsonl)
    assert client.files.get(name=uploaded.name).display_name == "rows"
    assert uploaded.name in [listed.name for listed in client.files.list()]
    upload_calls = [r for r in batch_emulator.service.batches.requests if r["path"] == "/upload/v1/files"]
    assert [r["command"] for r in upload_calls] == ["start", "upload, finalize"]

    job = _wait(client, client.batches.create(model="gemini-3-pro-image", src=uploaded.name).name)
    assert job.state == types.JobState.JOB_STATE_SUCCEEDED and job.dest.file_name
    results = client.files.download(file=job.dest.file_name)
    assert results == batch_emulator.service.batches.files[job.dest.file_name]["data"]
    answers = {line["key"]: line["response"] for line in map(json.loads, results.splitlines())}
    assert _pixels(_final_image_in_line(answers["row-1"])) == output_dimensions("4:3", "1K")
    assert any("text" in p and not p.get("thought")  # TEXT was asked for too
               for p in answers["row-2"]["candidates"][0]["content"]["parts"])

    with pytest.raises(ValueError, match="downloaded"):
        client.files.download(file=uploaded)  # an uploaded file is not downloadable, as at Google
    client.files.delete(name=uploaded.name)
    with pytest.raises(genai_errors.ClientError) as gone:
        client.files.get(name=uploaded.name)
    assert gone.value.code == 404


def test_sdk_batch_requests_are_held_to_the_same_rules_as_generate(batch_emulator):
    client = _studio(batch_emulator)
    pdf = types.Part.from_bytes(data=b"%PDF-1.4\n%fake\n", mime_type="application/pdf")
    rows = [{"key": "typo", "request": {"contents": [{"parts": [{"text": "x"}]}], "generation_cfg": {}}},
            {"key": "fine", "request": {"contents": [{"parts": [{"text": "x"}]}]}}]
    uploaded = client.files.upload(file=io.BytesIO("\n".join(map(json.dumps, rows)).encode()),
                                   config=types.UploadFileConfig(mime_type="jsonl"))
    from_file = client.batches.create(model="gemini-3-pro-image", src=uploaded.name)
    inline = client.batches.create(model="gemini-3-pro-image",
                                   src=[types.InlinedRequest(contents=[pdf, "make a poster"])])

    from_file = _wait(client, from_file.name)
    answers = {line["key"]: line for line in map(json.loads, client.files.download(
        file=from_file.dest.file_name).splitlines())}
    assert 'Unknown name "generation_cfg"' in answers["typo"]["error"]["message"]
    assert "response" in answers["fine"]
    [refused] = _wait(client, inline.name).dest.inlined_responses
    assert refused.response is None
    assert refused.error.code == 400 and "application/pdf" in refused.error.message  # Pro takes no PDF


def test_sdk_lists_cancels_and_deletes_batches(batch_emulator):
    client = _studio(batch_emulator)
    batch_emulator.service.batches.options.delay = 30  # still running when cancelled
    job = client.batches.create(model="gemini-3-pro-image", src=[types.InlinedRequest(contents="x")],
                                config=types.CreateBatchJobConfig(display_name="to cancel"))
    assert job.name in [listed.name for listed in client.batches.list(config=types.ListBatchJobsConfig(page_size=5))]
    client.batches.cancel(name=job.name)
    cancelled = client.batches.get(name=job.name)
    assert cancelled.state == types.JobState.JOB_STATE_CANCELLED and cancelled.end_time is not None
    client.batches.delete(name=job.name)
    with pytest.raises(genai_errors.ClientError) as gone:
        client.batches.get(name=job.name)
    assert gone.value.code == 404
    with pytest.raises(genai_errors.ClientError) as retired:  # refused at create, as at Google
        client.batches.create(model="gemini-3.1-flash-image", src=[types.InlinedRequest(contents="x")])
    assert retired.value.code == 404 and "gemini-3.1-flash-image is not found" in retired.value.message
    stranger = genai.Client(api_key="wrong-key",  # kept: a dropped client closes its HTTP pool
                            http_options=types.HttpOptions(base_url=batch_emulator.base_url))
    with pytest.raises(genai_errors.ClientError) as refused:
        stranger.batches.list()
    assert refused.value.code == 400 and "API key not valid" in refused.value.message


def test_sdk_vertex_batch_prediction_job_reads_and_writes_the_bucket(batch_emulator):
    service = batch_emulator.service
    info = service.create_service_account("nbp-sdk-project")
    credentials = service_account.Credentials.from_service_account_info(
        info, scopes=["https://www.googleapis.com/auth/cloud-platform"])
    client = genai.Client(vertexai=True, project="nbp-sdk-project", location="global",
                          credentials=credentials,
                          http_options=types.HttpOptions(base_url=batch_emulator.base_url))
    # The SDK reads its input from Cloud Storage (put there with gcloud, here straight into the
    # emulator's bucket stand-in).
    lines = [{"request": {"contents": [{"role": "user", "parts": [{"text": f"a lamp, take {i}"}]}],
                          "generationConfig": {"imageConfig": {
                              "aspectRatio": "3:2", "imageOutputOptions": {"mimeType": "image/jpeg"}}}}}
             for i in range(2)]
    service.batches.buckets["studio"] = {"in/rows.jsonl": "\n".join(map(json.dumps, lines)).encode()}

    job = client.batches.create(model="gemini-3-pro-image", src="gs://studio/in/rows.jsonl",
                                config=types.CreateBatchJobConfig(dest="gs://studio/out", display_name="lamps"))
    assert job.name.startswith("projects/nbp-sdk-project/locations/global/batchPredictionJobs/")
    job = _wait(client, job.name)
    assert job.state == types.JobState.JOB_STATE_SUCCEEDED
    assert job.completion_stats.successful_count == 2 and job.completion_stats.failed_count == 0
    directory = job.output_info.gcs_output_directory.removeprefix("gs://studio/")
    predictions = service.batches.buckets["studio"][f"{directory}/predictions.jsonl"]
    for line in map(json.loads, predictions.splitlines()):
        image = _final_image_in_line(line["response"])
        assert image[:2] == b"\xff\xd8"  # the JPEG Vertex was asked for
    paths = {r["path"] for r in service.batches.requests}
    assert "/v1beta1/projects/nbp-sdk-project/locations/global/batchPredictionJobs" in paths
    client.batches.delete(name=job.name)
    assert job.name not in service.batches.batches
