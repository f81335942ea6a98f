"""Every error the client must understand, produced by the emulator over real loopback
sockets, yields its kind and a sentence a designer understands; retries follow the policy."""

from __future__ import annotations

import socket
import time

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.google.auth import ApiKeyAuth, ServiceAccountAuth
from nbp_desktop.core.google.image_client import ImageClient, Phase
from nbp_desktop.core.google.transport import RetryPolicy, TimeoutPolicy, make_http_client
from nbp_desktop.emulator.runner import EmulatorThread

FAST_RETRIES = RetryPolicy(max_attempts=3, base_delay=0.01, jitter=0.0)
SHORT_TIMEOUTS = TimeoutPolicy(per_size={"1K": 1.5, "2K": 1.5, "4K": 1.5}, connect=1.0)
# Words a designer would not understand and that must never be the whole message.
JARGON = ("Traceback", "httpx", "{", "RESOURCE_EXHAUSTED", "INVALID_ARGUMENT", "Exception")


def aistudio(emulator) -> ConnectionConfig:
    return ConnectionConfig("studio", "aistudio", base_url=emulator.base_url)


async def generate(emulator, config=None, auth=None, request=None, retries=FAST_RETRIES,
                   timeouts=SHORT_TIMEOUTS, progress=None):
    async with make_http_client() as http:
        client = ImageClient(http, timeouts, retries)
        return await client.generate(config or aistudio(emulator), auth or ApiKeyAuth("emulator-key"),
                                     request or GenerationRequest("a quiet harbour"), progress)


def requests_sent(emulator, path_part=":generateContent") -> list[dict]:
    return [e for e in emulator.service.log() if path_part in e["path"]]


def assert_plain_sentence(error: NbpError) -> None:
    assert error.message.endswith((".", ")")), error.message
    assert len(error.message) > 20
    for word in JARGON:
        assert word not in error.message, (word, error.message)


# fault -> (kind, words the sentence must contain, retried?)
HTTP_CASES = {
    "invalid_key": (ErrorKind.INVALID_KEY, "API key was rejected", False),
    "unauthenticated": (ErrorKind.UNAUTHENTICATED, "sign-in", False),
    "permission_denied": (ErrorKind.PERMISSION_DENIED, "not allowed", False),
    "billing_disabled": (ErrorKind.BILLING_DISABLED, "Billing is not enabled", False),
    "model_not_found": (ErrorKind.MODEL_NOT_FOUND, "was not found", False),
    "bad_request": (ErrorKind.BAD_REQUEST, "Request contains an invalid argument", False),
    "quota_per_day": (ErrorKind.QUOTA_PER_DAY, "resets at 00:00 Pacific", False),
    "quota_per_minute": (ErrorKind.QUOTA_PER_MINUTE, "per-minute quota", True),
    "vertex_exhausted": (ErrorKind.QUOTA_PER_MINUTE, "busy", True),
    "overloaded": (ErrorKind.OVERLOADED, "overloaded", True),
    "server_error": (ErrorKind.SERVER_ERROR, "internal problem", True),
    # A gateway that gave up waiting: Google may still have generated (and billed) the image.
    "gateway_timeout": (ErrorKind.SERVER_ERROR, "HTTP 504). You may have been billed.", False),
    "bad_gateway_html": (ErrorKind.NON_JSON_BODY, "web page instead of data", True),
    "request_timeout": (ErrorKind.TIMEOUT, "too long", True),
}


@pytest.mark.parametrize("fault", sorted(HTTP_CASES))
async def test_http_error_kinds_and_sentences(emulator, fault):
    kind, words, retried = HTTP_CASES[fault]
    emulator.service.faults.configure({"faults": [{"kind": fault, "times": 10, "retry_delay": 0.01}]})
    with pytest.raises(NbpError) as caught:
        await generate(emulator)
    error = caught.value
    assert error.kind == kind
    assert words in error.message
    assert_plain_sentence(error)
    # Retryable statuses are retried up to the policy's limit; every other 4xx exactly once.
    assert len(requests_sent(emulator)) == (FAST_RETRIES.max_attempts if retried else 1)


async def test_google_message_kept_as_detail_for_bad_request(emulator):
    emulator.service.faults.configure({"faults": [{"kind": "bad_request"}]})
    with pytest.raises(NbpError) as caught:
        await generate(emulator)
    assert caught.value.http_status == 400
    assert "Request contains an invalid argument." in caught.value.detail


async def test_real_invalid_key_is_400_api_key_invalid(emulator):
    with pytest.raises(NbpError) as caught:
        await generate(emulator, auth=ApiKeyAuth("AIza-wrong"))
    assert caught.value.kind == ErrorKind.INVALID_KEY
    assert caught.value.http_status == 400  # AI Studio answers 400, not 401
    assert len(requests_sent(emulator)) == 1


async def test_daily_quota_reports_reset_time_and_is_not_waited_out(emulator):
    emulator.service.faults.configure({"faults": [{"kind": "quota_per_day"}]})
    started = time.monotonic()
    with pytest.raises(NbpError) as caught:
        await generate(emulator)
    assert time.monotonic() - started < 2
    error = caught.value
    assert error.resets_at is not None and error.resets_at.hour == 0
    assert "h " in error.message or "min" in error.message  # "(in 5 h 12 min)"


async def test_429_with_retry_info_waits_the_stated_delay(emulator):
    emulator.service.faults.configure({"faults": [{"kind": "quota_per_minute", "retry_delay": 1.2}]})
    notices = []
    result = await generate(emulator, progress=notices.append,
                            retries=RetryPolicy(max_attempts=3, base_delay=0.01, jitter=0.0))
    assert result.images
    first, second = requests_sent(emulator)
    gap = second["time"] - first["time"]
    assert 1.2 <= gap < 2.5, gap  # the server's 1.2 s, not our 0.01 s backoff
    retry = next(n for n in notices if n.phase is Phase.RETRYING)
    assert retry.delay == pytest.approx(1.2)
    assert "retrying in 1 s (attempt 2 of 3)" in retry.message


async def test_backoff_grows_exponentially_without_server_delay(emulator):
    emulator.service.faults.configure({"faults": [{"kind": "overloaded", "times": 2}]})
    result = await generate(emulator, retries=RetryPolicy(max_attempts=3, base_delay=0.2, jitter=0.0))
    assert result.timings.attempts == 3
    times = [e["time"] for e in requests_sent(emulator)]
    assert times[1] - times[0] >= 0.2 and times[2] - times[1] >= 0.4


@pytest.mark.parametrize("fault,kind,words", [
    ("prompt_blocked", ErrorKind.PROMPT_BLOCKED, "blocked by Google's safety filter"),
    ("image_safety", ErrorKind.IMAGE_SAFETY, "IMAGE_SAFETY"),
    ("image_recitation", ErrorKind.IMAGE_RECITATION, "resembled existing material"),
    ("no_image", ErrorKind.NO_IMAGE, "did not make an image"),
    ("text_only", ErrorKind.TEXT_ONLY, "text only"),
    ("not_image", ErrorKind.NOT_AN_IMAGE, "not a readable image"),
    ("malformed", ErrorKind.MALFORMED_BODY, "could not be read"),
])
async def test_content_errors_are_not_retried(emulator, fault, kind, words):
    emulator.service.faults.configure({"faults": [{"kind": fault, "times": 5}]})
    with pytest.raises(NbpError) as caught:
        await generate(emulator)
    assert caught.value.kind == kind
    assert words in caught.value.message
    assert_plain_sentence(caught.value)
    assert len(requests_sent(emulator)) == 1


async def test_answer_cut_off_after_it_began_is_never_resent(emulator):
    """Issue 16 point 4: Google produced (and billed) the image; sending it again would bill
    it twice. The job ends with a sentence that says so, once."""
    emulator.service.faults.configure({"faults": [{"kind": "truncated", "times": 5}]})
    with pytest.raises(NbpError) as caught:
        await generate(emulator)
    assert caught.value.kind == ErrorKind.TRUNCATED_BODY
    assert caught.value.message == ("The answer was cut off after Google produced it — you may "
                                    "have been billed.")
    assert caught.value.may_have_been_billed
    assert len(requests_sent(emulator)) == 1


async def test_overloaded_then_good_answer_is_retried_automatically(emulator):
    emulator.service.faults.configure({"faults": [{"kind": "overloaded", "retry_delay": 0.01}]})
    result = await generate(emulator)
    assert result.timings.attempts == 2


@pytest.mark.parametrize("fault, kind, sentence", [
    ("slow_headers", ErrorKind.TIMEOUT,
     "The request timed out after it reached Google (no answer within 2 s) — you may have been "
     "billed."),
    ("stall_body", ErrorKind.TRUNCATED_BODY,
     "The answer was cut off after Google produced it — you may have been billed."),
])
async def test_timeouts_after_sending_may_have_been_billed_and_are_not_resent(emulator, fault, kind,
                                                                              sentence):
    emulator.service.faults.configure({"faults": [{"kind": fault, "seconds": 30, "times": 3}]})
    started = time.monotonic()
    with pytest.raises(NbpError) as caught:
        await generate(emulator)
    assert caught.value.kind == kind
    assert "timed out" in caught.value.message or "cut off" in caught.value.message
    assert caught.value.message == sentence
    assert caught.value.may_have_been_billed
    assert len(requests_sent(emulator)) == 1
    assert time.monotonic() - started < 6


async def test_slow_body_within_the_timeout_succeeds_with_download_progress(emulator):
    emulator.service.realistic = True  # a body big enough to report progress
    emulator.service.faults.configure({"faults": [{"kind": "slow_body", "seconds": 0.5}]})
    notices = []
    result = await generate(emulator, request=GenerationRequest("grain", size="2K"),
                            progress=notices.append, timeouts=TimeoutPolicy())
    downloads = [n for n in notices if n.phase is Phase.DOWNLOADING]
    assert downloads and downloads[-1].total and downloads[-1].received <= downloads[-1].total
    assert "MB" in downloads[-1].message
    assert result.timings.download >= 0.3


async def test_connection_dropped_after_sending_may_have_been_billed(emulator):
    emulator.service.faults.configure({"faults": [{"kind": "drop_connection", "times": 5}]})
    with pytest.raises(NbpError) as caught:
        await generate(emulator)
    assert caught.value.kind == ErrorKind.NETWORK
    assert caught.value.message == ("The connection broke after the request reached Google, "
                                    "before its answer came — you may have been billed.")
    assert len(requests_sent(emulator)) == 1


async def test_connection_refused_is_a_network_error():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens here
    config = ConnectionConfig("down", "aistudio", base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(NbpError) as caught:
        await generate(None, config=config)
    assert caught.value.kind == ErrorKind.NETWORK
    # Nothing reached Google: retried on its own, and nothing may have been billed.
    assert "Could not reach the server" in caught.value.message
    assert not caught.value.may_have_been_billed


async def test_unresolvable_host_is_a_dns_error():
    config = ConnectionConfig("nowhere", "aistudio", base_url="http://nbp-no-such-host.invalid")
    with pytest.raises(NbpError) as caught:
        await generate(None, config=config, retries=RetryPolicy(max_attempts=1))
    assert caught.value.kind == ErrorKind.DNS
    assert "address could not be looked up" in caught.value.message


async def test_untrusted_certificate_is_a_tls_error_and_ssl_cert_file_fixes_it(monkeypatch):
    with EmulatorThread(tls=True) as tls_emulator:
        config = ConnectionConfig("tls", "aistudio", base_url=tls_emulator.base_url)
        with pytest.raises(NbpError) as caught:
            await generate(tls_emulator, config=config)
        assert caught.value.kind == ErrorKind.TLS
        assert "certificate" in caught.value.message
        # The environment's SSL_CERT_FILE is honoured (company proxies re-sign TLS this way).
        monkeypatch.setenv("SSL_CERT_FILE", str(tls_emulator.emulator.ca_file))
        result = await generate(tls_emulator, config=config)
        assert result.images


async def test_vertex_401_refreshes_the_token_once(emulator):
    info = emulator.service.create_service_account("proj-401")
    config = ConnectionConfig("vx", "vertex", base_url=emulator.base_url, project="proj-401")
    auth = ServiceAccountAuth(info)
    await generate(emulator, config=config, auth=auth)
    assert auth.refresh_count == 1
    emulator.service.tokens.expire_all_tokens()  # as after a key rotation on Google's side
    result = await generate(emulator, config=config, auth=auth)
    assert result.images
    assert auth.refresh_count == 2
    statuses = [e["status"] for e in requests_sent(emulator)]
    assert statuses == [200, 401, 200]


async def test_vertex_revoked_key_is_unauthenticated_after_one_refresh(emulator):
    info = emulator.service.create_service_account("proj-revoked")
    config = ConnectionConfig("vx", "vertex", base_url=emulator.base_url, project="proj-revoked")
    auth = ServiceAccountAuth(info)
    await generate(emulator, config=config, auth=auth)
    emulator.service.tokens.revoke(info["client_email"])
    with pytest.raises(NbpError) as caught:
        await generate(emulator, config=config, auth=auth)
    assert caught.value.kind == ErrorKind.UNAUTHENTICATED
    assert "service-account key" in caught.value.message


async def test_vertex_wrong_region_suggests_global(emulator):
    info = emulator.service.create_service_account("proj-region")
    config = ConnectionConfig("vx", "vertex", base_url=emulator.base_url, project="proj-region",
                              location="europe-west4")
    with pytest.raises(NbpError) as caught:
        await generate(emulator, config=config, auth=ServiceAccountAuth(info))
    assert caught.value.kind == ErrorKind.MODEL_NOT_FOUND
    assert "“global”" in caught.value.message


async def test_retired_preview_model_suggests_the_ga_model(emulator):
    with pytest.raises(NbpError) as caught:
        await generate(emulator, request=GenerationRequest("x", model="gemini-3-pro-image-preview"))
    assert caught.value.kind == ErrorKind.MODEL_NOT_FOUND
    assert "gemini-3-pro-image”" in caught.value.message
