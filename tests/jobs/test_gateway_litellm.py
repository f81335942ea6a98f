"""The gateway kind through the REAL LiteLLM proxy (a default configuration: no
``drop_params``, no database) in front of the emulator's Gemini API.

LiteLLM's proxy pins packages that clash with the test tools (``rich``), so it lives in its
own virtual environment, ``.venv-litellm`` (tests/run_tests.py creates it)."""

from __future__ import annotations

import hashlib
import io
import os
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from PIL import Image

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.jobs.request_builder import keep_reference_data
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus

REPO = Path(__file__).resolve().parents[2]
LITELLM = REPO / ".venv-litellm" / ("Scripts/litellm.exe" if os.name == "nt" else "bin/litellm")
MASTER_KEY = "sk-nbp-test-master"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _closed_port() -> int:
    return _free_port()  # nothing listens there once the probe socket is closed


@pytest.fixture(scope="module")
def litellm_proxy(_emulator_thread, tmp_path_factory):
    if not LITELLM.exists():
        pytest.fail(f"LiteLLM's proxy is not installed at {LITELLM}; run tests/run_tests.py, "
                    "which creates .venv-litellm with litellm[proxy].")
    folder = tmp_path_factory.mktemp("litellm")
    config = folder / "config.yaml"
    base = _emulator_thread.base_url
    config.write_text(f"""model_list:
  - model_name: gemini-3-pro-image
    litellm_params:
      model: gemini/gemini-3-pro-image
      api_key: emulator-key
      api_base: {base}/v1beta
  - model_name: gemini-nano-banana-2.1  # its backend is down
    litellm_params:
      model: gemini/gemini-nano-banana-2.1
      api_key: emulator-key
      api_base: http://127.0.0.1:{_closed_port()}/v1beta
  - model_name: gemini-3.1-flash-lite-image  # Google refuses the gateway's own key
    litellm_params:
      model: gemini/gemini-3.1-flash-lite-image
      api_key: not-the-gateways-key
      api_base: {base}/v1beta
  - model_name: studio-pro-image  # the same, for a job (LiteLLM cools a refused deployment down)
    litellm_params:
      model: gemini/gemini-3-pro-image
      api_key: not-the-gateways-key
      api_base: {base}/v1beta
general_settings:
  master_key: {MASTER_KEY}
""")
    port = _free_port()
    log = (folder / "litellm.log").open("wb")
    env = {**os.environ, "LITELLM_LOG": "ERROR", "LITELLM_TELEMETRY": "False",
           "NO_DOCS": "True", "DISABLE_SCHEMA_UPDATE": "True"}
    proc = subprocess.Popen([str(LITELLM), "--config", str(config), "--port", str(port),
                             "--host", "127.0.0.1"], stdout=log, stderr=subprocess.STDOUT,
                            env=env, cwd=folder)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while True:
            try:
                if httpx.get(url + "/v1/models", headers={"authorization": f"Bearer {MASTER_KEY}"},
                             timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("LiteLLM's proxy did not start:\n"
                                     + (folder / "litellm.log").read_text(errors="replace")[-3000:])
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _connect(harness, url: str, key: str = MASTER_KEY, name: str = "gateway") -> None:
    config = ConnectionConfig(name, "openai", base_url=url)
    harness.ws.services.add_temporary_connection(config, ApiKeyAuth(key, bearer=True))


def _gemini_calls(harness) -> list[dict]:
    return [e for e in harness.emulator.service.log() if ":generateContent" in e["path"]]


@pytest.mark.parametrize("size,aspect,pixels", [("1K", "16:9", (1376, 768)),
                                                ("2K", "1:1", (2048, 2048)),
                                                ("4K", "3:2", (5056, 3392))])
async def test_generate_through_litellm_keeps_the_final_image_byte_exact(
        harness, litellm_proxy, size, aspect, pixels):
    _connect(harness, litellm_proxy)
    [job_id] = await harness.engine.submit(JobSpec("gateway", "a lighthouse", size=size,
                                                   aspect_ratio=aspect))
    [job] = await harness.engine.wait_for([job_id])
    assert job.status is JobStatus.SUCCEEDED, job.error_message
    [call] = _gemini_calls(harness)  # one upstream call: no second retry layer
    assert call["request"]["generationConfig"]["imageConfig"]["imageSize"] == size
    images = await __import__("asyncio").to_thread(harness.journal.library.images)
    [image] = images  # the draft LiteLLM passed through is not in the library
    data = (harness.data_dir / image.path).read_bytes()
    assert hashlib.sha256(data).hexdigest() == call["image_sha256"][0]
    with Image.open(io.BytesIO(data)) as img:
        assert img.size == pixels


async def test_reference_image_goes_through_litellms_edits_endpoint(harness, litellm_proxy):
    _connect(harness, litellm_proxy)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 30)).save(out, "PNG")
    relative = keep_reference_data(harness.data_dir, out.getvalue())
    reference = (harness.data_dir / relative).read_bytes()
    [job_id] = await harness.engine.submit(JobSpec("gateway", "make it red",
                                                   reference_files=[relative]))
    [job] = await harness.engine.wait_for([job_id])
    assert job.status is JobStatus.SUCCEEDED, job.error_message
    [call] = _gemini_calls(harness)
    sent = [p["inlineData"]["sha256"] for c in call["request"]["contents"] for p in c["parts"]
            if "inlineData" in p]
    assert sent == [hashlib.sha256(reference).hexdigest()]


async def test_a_wrong_gateway_key_is_named_as_a_key_problem(harness, litellm_proxy):
    _connect(harness, litellm_proxy, key="sk-not-the-right-key")
    [job_id] = await harness.engine.submit(JobSpec("gateway", "x"))
    [job] = await harness.engine.wait_for([job_id])
    assert job.status is JobStatus.FAILED
    assert job.error_kind == "invalid_key"
    assert job.error_message.startswith("The gateway refused the API key")
    assert not _gemini_calls(harness)


async def test_the_gateways_own_key_refused_behind_it_is_not_called_the_users_key(harness, litellm_proxy):
    _connect(harness, litellm_proxy)
    [job_id] = await harness.engine.submit(JobSpec("gateway", "x", model="studio-pro-image"))
    [job] = await harness.engine.wait_for([job_id])
    assert job.status is JobStatus.FAILED
    assert job.error_kind == "permission_denied"
    assert job.error_message == (
        "The gateway took your key, but the service behind it refused the gateway's own credentials "
        "(HTTP 401). Ask the gateway's operator to check them.")


async def test_connection_test_reaches_the_model_through_litellm(harness, litellm_proxy):
    auth = ApiKeyAuth(MASTER_KEY, bearer=True)
    services = harness.ws.services
    config = ConnectionConfig("gateway", "openai", base_url=litellm_proxy, model="gemini-3-pro-image")
    assert await services.test_connection(config, auth) == (
        "“gateway” works: the gateway accepted the key, lists gemini-3-pro-image, and the model answered "
        "a one-word test through it.")
    [call] = [e for e in harness.emulator.service.log() if ":generateContent" in e["path"]]
    assert call["request"]["generationConfig"]["responseModalities"] == ["TEXT"]  # a word, not an image
    assert not call.get("image_sha256")

    down = ConnectionConfig("gateway", "openai", base_url=litellm_proxy, model="gemini-nano-banana-2.1")
    with pytest.raises(NbpError) as caught:
        await services.test_connection(down, auth)
    assert caught.value.kind is ErrorKind.SERVER_ERROR
    assert caught.value.message.startswith(
        "The gateway accepted the key and lists gemini-nano-banana-2.1, but could not get an answer from "
        "the model behind it (HTTP 500): litellm.APIConnectionError")

    refused = ConnectionConfig("gateway", "openai", base_url=litellm_proxy, model="gemini-3.1-flash-lite-image")
    with pytest.raises(NbpError) as caught:
        await services.test_connection(refused, auth)
    assert caught.value.kind is ErrorKind.PERMISSION_DENIED
    assert caught.value.message == (
        "The gateway accepted your key and lists gemini-3.1-flash-lite-image, but the service behind it "
        "refused the gateway's own credentials (HTTP 401). Ask the gateway's operator to check them.")

    with pytest.raises(NbpError) as caught:
        await services.test_connection(config, ApiKeyAuth("sk-not-the-right-key", bearer=True))
    assert caught.value.kind is ErrorKind.INVALID_KEY  # the user's own key: said as such
