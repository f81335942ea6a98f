"""The image client: one GenerationRequest in, one GenerationResult (or an NbpError) out.

Same for all four connection kinds; the wire modules hold what differs. The body is built,
parsed and decoded in worker threads (a 4K answer is tens of MB), retries follow
:class:`RetryPolicy`, and progress is reported per phase so a queue can show it.
"""

from __future__ import annotations

import asyncio
import enum
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import httpx

from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.errors import ErrorKind, NbpError, describe_wait
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.generation.result import GenerationResult, Timings
from nbp_desktop.core.google import gemini_wire, openai_wire
from nbp_desktop.core.google.auth import Authenticator
from nbp_desktop.core.google.error_mapping import map_http_error, map_transport_error
from nbp_desktop.core.google.transport import PhaseClock, RetryPolicy, TimeoutPolicy


class Phase(enum.StrEnum):
    CONNECTING = "connecting"
    WAITING = "waiting"  # request sent, Google is working
    DOWNLOADING = "downloading"
    DECODING = "decoding"
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
            return "Connecting…"
        if self.phase is Phase.WAITING:
            return "Waiting for Google…"
        if self.phase is Phase.DOWNLOADING:
            got = f"{self.received / 2**20:.1f}"
            return (f"Downloading {got} of {self.total / 2**20:.1f} MB" if self.total
                    else f"Downloading {got} MB")
        if self.phase is Phase.DECODING:
            return "Decoding…"
        reason = self.error.message.rstrip(".") if self.error else "Retrying"
        return (f"{reason}; retrying in {describe_wait(self.delay or 0)} "
                f"(attempt {self.attempt} of {self.max_attempts})")


ProgressCallback = Callable[[Progress], None]
_PROGRESS_STEP = 256 * 1024


class ImageClient:
    def __init__(self, http: httpx.AsyncClient, timeouts: TimeoutPolicy | None = None,
                 retries: RetryPolicy | None = None) -> None:
        self.http = http
        self.timeouts = timeouts or TimeoutPolicy()
        self.retries = retries or RetryPolicy()

    async def generate(self, config: ConnectionConfig, auth: Authenticator,
                       request: GenerationRequest,
                       on_progress: ProgressCallback | None = None) -> GenerationResult:
        notify = on_progress or (lambda _p: None)
        started = time.perf_counter()
        if config.kind is ConnectionKind.OPENAI:
            build, parse = openai_wire.build_body, openai_wire.parse_response
        else:
            build = partial(gemini_wire.build_body, vertex=config.kind is ConnectionKind.VERTEX)
            parse = gemini_wire.parse_response
        body = await asyncio.to_thread(build, request)
        url = config.generate_url(request.model)
        attempt = 0
        reauthorised = False
        while True:
            attempt += 1
            try:
                result = await self._attempt(config, auth, url, body, request, parse, notify)
            except NbpError as error:
                if error.http_status == 401 and not reauthorised and await auth.after_unauthorized():
                    reauthorised = True  # a fresh token once; it does not count as an attempt
                    attempt -= 1
                    continue
                if not error.retryable or attempt >= self.retries.max_attempts:
                    raise
                delay = self.retries.delay(attempt, error.retry_after)
                notify(Progress(Phase.RETRYING, attempt=attempt + 1,
                                max_attempts=self.retries.max_attempts, delay=delay, error=error))
                await asyncio.sleep(delay)
                continue
            result.timings.total = time.perf_counter() - started
            result.timings.attempts = attempt
            return result

    async def _attempt(self, config: ConnectionConfig, auth: Authenticator, url: str, body: bytes,
                       request: GenerationRequest, parse, notify: ProgressCallback) -> GenerationResult:
        headers = {"content-type": "application/json", **(await auth.headers())}
        limit = self.timeouts.for_size(request.size)
        clock = PhaseClock(on_sent=lambda: notify(Progress(Phase.WAITING)))
        notify(Progress(Phase.CONNECTING))
        chunks: list[bytes] = []
        try:
            async with asyncio.timeout(limit + self.timeouts.connect):
                async with self.http.stream(
                        "POST", url, content=body, headers=headers,
                        timeout=self.timeouts.httpx_timeout(request.size),
                        extensions={"trace": clock.trace}) as response:
                    total = _content_length(response)
                    reported = 0
                    async for chunk in response.aiter_bytes():
                        chunks.append(chunk)
                        received = response.num_bytes_downloaded
                        if received - reported >= _PROGRESS_STEP:
                            reported = received
                            notify(Progress(Phase.DOWNLOADING, received=received, total=total))
                    clock.last_byte = time.perf_counter()
                    status, http_version = response.status_code, response.http_version
        except (TimeoutError, httpx.HTTPError) as exc:
            raise map_transport_error(exc, timeout=limit) from None
        if status != 200:
            raise map_http_error(status, b"".join(chunks), kind=str(config.kind),
                                 model=request.model, location=config.location)
        notify(Progress(Phase.DECODING))
        decode_started = time.perf_counter()
        result = await asyncio.to_thread(_join_and_parse, chunks, parse, request)
        result.http_version = http_version
        result.timings = Timings(connect=clock.connect, wait=clock.wait, download=clock.download,
                                 decode=time.perf_counter() - decode_started,
                                 reused_connection=clock.reused)
        return result


def _content_length(response: httpx.Response) -> int | None:
    try:
        return int(response.headers["content-length"])
    except (KeyError, ValueError):
        return None


def _join_and_parse(chunks: list[bytes], parse, request: GenerationRequest) -> GenerationResult:
    raw = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    if not raw:
        raise NbpError(ErrorKind.TRUNCATED_BODY, "The answer was empty.")
    return parse(raw, request)
