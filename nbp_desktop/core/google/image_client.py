"""The image client: one GenerationRequest in, one GenerationResult (or an NbpError) out.

Same for all four connection kinds; the wire modules hold what differs. The body is built,
parsed and decoded in worker threads (a 4K answer is tens of MB), retries follow
:class:`RetryPolicy`, and progress is reported per phase so a queue can show it.
"""

from __future__ import annotations

import asyncio
import enum
import mmap
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

import httpx

from nbp_desktop.core import formatting
from nbp_desktop.core.background_threads import background_executor
from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.errors import ErrorKind, NbpError, describe_wait
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.generation.result import GenerationResult, Timings
from nbp_desktop.core.google import GoogleText, gemini_wire, json_blobs, openai_wire
from nbp_desktop.core.google.auth import Authenticator
from nbp_desktop.core.google.error_mapping import map_http_error, map_transport_error
from nbp_desktop.core.google.retry_policy import SendStage, judge_failure, may_send_again
from nbp_desktop.core.google.transport import PhaseClock, RetryPolicy, TimeoutPolicy


class Phase(enum.StrEnum):
    CONNECTING = "connecting"
    WAITING = "waiting"  # request sent, Google is working
    DOWNLOADING = "downloading"
    DECODING = "decoding"  # the whole answer is here (billed); it is being decoded
    RETRYING = "retrying"


@dataclass(frozen=True)
class Progress:
    phase: Phase
    received: int = 0
    total: int | None = None
    attempt: int = 1
    max_attempts: int = 1
    delay: float | None = None
    error: NbpError | None = None

    @property
    def message(self) -> str:
        if self.phase is Phase.CONNECTING:
            return GoogleText.tr("Connecting…")
        if self.phase is Phase.WAITING:
            return GoogleText.tr("Waiting for Google…")
        if self.phase is Phase.DOWNLOADING:
            got = formatting.number(self.received / 2**20, 1)
            if self.total:
                return GoogleText.tr("Downloading {received} of {total} MB").format(
                    received=got, total=formatting.number(self.total / 2**20, 1))
            return GoogleText.tr("Downloading {received} MB").format(received=got)
        if self.phase is Phase.DECODING:
            return GoogleText.tr("Decoding…")
        reason = self.error.message.rstrip(".") if self.error else GoogleText.tr("Retrying")
        return GoogleText.tr("{reason}; retrying in {wait} (attempt {attempt} of {attempts})").format(
            reason=reason, wait=describe_wait(self.delay or 0), attempt=self.attempt,
            attempts=self.max_attempts)


ProgressCallback = Callable[[Progress], None]
ResponseParser = Callable[[json_blobs.RawBody, GenerationRequest], GenerationResult]
_PROGRESS_STEP = 256 * 1024


class ImageClient:
    def __init__(self, http: httpx.AsyncClient, timeouts: TimeoutPolicy | None = None,
                 retries: RetryPolicy | None = None,
                 on_tier_refused: Callable[[ConnectionConfig, str], None] | None = None) -> None:
        self.http = http
        self.timeouts = timeouts or TimeoutPolicy()
        self.retries = retries or RetryPolicy()
        # Called (connection, model) after Google refused the connection's service tier for
        # a model, once the refusal is recorded in the connection; the owner saves it.
        self.on_tier_refused = on_tier_refused

    def max_attempts(self, config: ConnectionConfig) -> int:
        """One retry layer: a gateway retries upstream by itself (LiteLLM does), so the app
        sends once; retrying on top would multiply the upstream calls (and the bill)."""
        return 1 if config.kind is ConnectionKind.OPENAI else self.retries.max_attempts

    async def generate(self, config: ConnectionConfig, auth: Authenticator,
                       request: GenerationRequest,
                       on_progress: ProgressCallback | None = None,
                       before_attempt: Callable[[], Awaitable[None]] | None = None,
                       ) -> GenerationResult:
        """``before_attempt`` is awaited before each HTTP attempt (the journal counts sends
        there, so a crash can never hide a request that went out)."""
        notify = on_progress or (lambda _p: None)
        started = time.perf_counter()
        url = config.generate_url(request.model)
        content_type = "application/json"
        if config.kind is ConnectionKind.OPENAI and openai_wire.is_edit(request):
            body, content_type = await asyncio.to_thread(openai_wire.build_edit, request)
            url = url.removesuffix(openai_wire.GENERATIONS_PATH) + openai_wire.EDITS_PATH
            parse = openai_wire.parse_response
        elif config.kind is ConnectionKind.OPENAI:
            body = await asyncio.to_thread(openai_wire.build_body, request)
            parse = openai_wire.parse_response
        else:
            build = partial(gemini_wire.build_body,
                            vertex=config.kind in (ConnectionKind.VERTEX, ConnectionKind.VERTEX_EXPRESS))
            body = await asyncio.to_thread(build, request)
            parse = gemini_wire.parse_response
        max_attempts = self.max_attempts(config)
        attempt = 0
        reauthorised = False
        while True:
            attempt += 1
            if before_attempt is not None:
                await before_attempt()
            try:
                result = await self._attempt(config, auth, url, body, request, parse, notify,
                                             content_type)
            except NbpError as error:
                if error.http_status == 401 and not reauthorised and await auth.after_unauthorized():
                    reauthorised = True  # a fresh token once; it does not count as an attempt
                    attempt -= 1
                    continue
                if _tier_refused(error, request):
                    raise self._turn_tier_off(config, request, error) from None
                if not may_send_again(error) or attempt >= max_attempts:
                    raise
                delay = self.retries.delay(attempt, error.retry_after)
                notify(Progress(Phase.RETRYING, attempt=attempt + 1,
                                max_attempts=max_attempts, delay=delay, error=error))
                await asyncio.sleep(delay)
                continue
            result.timings.total = time.perf_counter() - started
            result.timings.attempts = attempt
            return result

    def _turn_tier_off(self, config: ConnectionConfig, request: GenerationRequest,
                       error: NbpError) -> NbpError:
        tier = (request.service_tier or "").capitalize()
        if request.model not in config.tier_refused_models:
            config.tier_refused_models.append(request.model)
        if self.on_tier_refused is not None:
            self.on_tier_refused(config, request.model)
        return NbpError(ErrorKind.INVALID_SETTING,
                        GoogleText.tr("Google does not take the {tier} service tier for "
                                      "{model}; “{connection}” now uses Standard for this "
                                      "model. Run the job again.")
                        .format(tier=tier, model=request.model, connection=config.name),
                        detail=error.detail, http_status=error.http_status)

    async def _attempt(self, config: ConnectionConfig, auth: Authenticator, url: str, body: bytes,
                       request: GenerationRequest, parse: ResponseParser, notify: ProgressCallback,
                       content_type: str = "application/json") -> GenerationResult:
        headers = {"content-type": content_type, **(await auth.headers())}
        limit = self.timeouts.for_size(request.size)
        clock = PhaseClock(on_sent=lambda: notify(Progress(Phase.WAITING)))
        notify(Progress(Phase.CONNECTING))
        body_buffer = _ResponseBuffer()
        try:
            async with asyncio.timeout(limit + self.timeouts.connect):
                async with self.http.stream(
                        "POST", url, content=body, headers=headers,
                        timeout=self.timeouts.httpx_timeout(request.size),
                        extensions={"trace": clock.trace}) as response:
                    clock.status = response.status_code
                    total = _content_length(response)
                    body_buffer.expect(total if not response.headers.get("content-encoding") else None)
                    reported = 0
                    async for chunk in response.aiter_bytes():
                        body_buffer.add(chunk)
                        received = response.num_bytes_downloaded
                        if received - reported >= _PROGRESS_STEP:
                            reported = received
                            notify(Progress(Phase.DOWNLOADING, received=received, total=total))
                    clock.last_byte = time.perf_counter()
                    status, http_version = response.status_code, response.http_version
        except (TimeoutError, httpx.HTTPError) as exc:
            raise judge_failure(map_transport_error(exc, timeout=limit), clock.stage,
                                timeout=limit) from None
        if status != 200:
            raise judge_failure(map_http_error(status, body_buffer.copy(), kind=str(config.kind),
                                               model=request.model, location=config.location),
                                clock.stage)
        notify(Progress(Phase.DECODING))
        decode_started = time.perf_counter()
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(_DECODE_LANE, _parse_body, body_buffer, parse,
                                                request)
        except NbpError as error:
            raise judge_failure(error, SendStage.ANSWER_BEGUN) from None
        result.http_version = http_version
        result.timings = Timings(connect=clock.connect, wait=clock.wait, download=clock.download,
                                 decode=time.perf_counter() - decode_started,
                                 reused_connection=clock.reused)
        return result


def _tier_refused(error: NbpError, request: GenerationRequest) -> bool:
    """Google's 400 for a tier the model does not take (only when a tier was asked for)."""
    tier = (request.service_tier or "standard").lower()
    text = f"{error.detail or ''} {error.message}".lower()
    return (tier != "standard" and error.http_status == 400
            and ("service tier" in text or "service_tier" in text or "servicetier" in text))


def _content_length(response: httpx.Response) -> int | None:
    try:
        return int(response.headers["content-length"])
    except (KeyError, ValueError):
        return None


# Bodies are parsed and decoded in one worker thread. Parallel decoding would gain nothing
# (base64 and json hold the GIL) and would make the event loop wait longer for the GIL.
_DECODE_LANE = background_executor(1, "nbp-decode")


class _ResponseBuffer:
    """The body as it arrives. With a known length it is copied chunk by chunk into one
    anonymous memory map: unlike ``bytearray(n)`` it is not zero-filled up front (the kernel
    maps zero pages lazily), and no multi-megabyte join ever runs on the event loop."""

    def __init__(self) -> None:
        self._buffer: mmap.mmap | None = None
        self._chunks: list[bytes] = []
        self._size = 0

    def expect(self, length: int | None) -> None:
        if length:
            self._buffer = mmap.mmap(-1, length)

    def add(self, chunk: bytes) -> None:
        end = self._size + len(chunk)
        if self._buffer is not None and end <= len(self._buffer):
            self._buffer[self._size:end] = chunk
        else:
            if self._buffer is not None:  # longer than announced: fall back to a list
                self._chunks = [bytes(self._buffer[:self._size])]
                self._buffer = None
            self._chunks.append(chunk)
        self._size = end

    def copy(self) -> bytes:
        """The body as real bytes (for small bodies such as errors)."""
        return bytes(self.view())

    def view(self) -> json_blobs.RawBody:
        """The body without copying: supports find, slicing and memoryview."""
        if self._buffer is not None:
            return self._buffer if self._size == len(self._buffer) else self._buffer[:self._size]
        return b"".join(self._chunks)


def _parse_body(body: _ResponseBuffer, parse: ResponseParser, request: GenerationRequest) -> GenerationResult:
    raw = body.view()
    if not raw:
        raise NbpError(ErrorKind.TRUNCATED_BODY, GoogleText.tr("The answer was empty."))
    return parse(raw, request)
