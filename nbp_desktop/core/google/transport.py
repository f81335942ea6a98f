"""The one shared HTTP client, and the policies every request follows: per-size timeouts,
retries with backoff that honour the server's ``RetryInfo``, and per-phase timing."""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.google.retry_policy import SendStage, stage_of

@dataclass(frozen=True)
class TimeoutPolicy:
    """How long one attempt may take, by output size: 4K plus thinking is slow."""

    per_size: dict[str, float] = field(default_factory=lambda: {"1K": 45.0, "2K": 90.0, "4K": 180.0})
    connect: float = 10.0

    def for_size(self, size: str) -> float:
        return float(self.per_size.get(size, max(self.per_size.values())))

    def httpx_timeout(self, size: str) -> httpx.Timeout:
        total = self.for_size(size)
        return httpx.Timeout(total, connect=min(self.connect, total), write=max(60.0, total),
                             pool=total)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter; a server-stated delay wins over our own guess."""

    max_attempts: int = 4
    base_delay: float = 1.0
    max_delay: float = 60.0
    jitter: float = 0.25  # fraction of the delay added at random, so clients do not align

    def delay(self, attempt: int, server_delay: float | None = None) -> float:
        """Seconds to wait before attempt number ``attempt + 1`` (``attempt`` counts from 1)."""
        if server_delay is not None and server_delay >= 0:
            base = server_delay
        else:
            base = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return base + random.uniform(0, base * self.jitter)


def make_http_client(ca_file: str | Path | None = None, proxy: str | None = None,
                     http2: bool = True) -> httpx.AsyncClient:
    """The app's single keep-alive client. Honours HTTPS_PROXY/NO_PROXY and SSL_CERT_FILE
    from the environment (``trust_env``) and, if given, an extra CA file from the settings
    (for company proxies that re-sign TLS)."""
    return httpx.AsyncClient(
        http2=http2,
        trust_env=True,
        verify=tls_verify(ca_file),
        proxy=proxy or None,
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=32, keepalive_expiry=90.0),
        timeout=httpx.Timeout(60.0, connect=10.0),
        headers={"user-agent": f"{APP_NAME}/{__version__}"},
        follow_redirects=False,
    )


def tls_verify(ca_file: str | Path | None) -> ssl.SSLContext | bool:
    """The system/certifi trust store (and SSL_CERT_FILE), plus ``ca_file`` when set."""
    if not ca_file:
        return True
    context = httpx.create_ssl_context(trust_env=True)
    context.load_verify_locations(cafile=str(ca_file))
    return context


class PhaseClock:
    """Collects httpcore trace events for one request and turns them into phase durations.

    httpcore reports ``connection.connect_tcp.*`` only when it opens a new connection, so a
    zero connect time with ``reused`` set means keep-alive worked."""

    def __init__(self, on_sent: Callable[[], None] | None = None) -> None:
        self.marks: dict[str, float] = {}
        self.started = time.perf_counter()
        self.last_byte: float | None = None
        self.status: int | None = None  # the answer's status, once its status line arrived
        self._on_sent = on_sent

    async def trace(self, event_name: str, info: dict[str, Any]) -> None:
        # "http11.send_request_body.complete" and "http2.send_request_body.complete" alike.
        name = event_name.split(".", 1)[1] if event_name.startswith("http") else event_name
        self.marks.setdefault(name, time.perf_counter())
        if name == "send_request_body.complete" and self._on_sent is not None:
            self._on_sent()

    @property
    def stage(self) -> SendStage:
        """How far the request got, for :func:`judge_failure`."""
        return stage_of("send_request_body.complete" in self.marks, self.status)

    def _span(self, start: str, end: str) -> float:
        a, b = self.marks.get(start), self.marks.get(end)
        return max(0.0, b - a) if a is not None and b is not None else 0.0

    @property
    def reused(self) -> bool:
        return "connection.connect_tcp.started" not in self.marks

    @property
    def connect(self) -> float:
        return (self._span("connection.connect_tcp.started", "connection.connect_tcp.complete")
                + self._span("connection.start_tls.started", "connection.start_tls.complete"))

    @property
    def wait(self) -> float:
        sent = self.marks.get("send_request_body.complete") or self.marks.get("send_request_headers.complete")
        first = self.marks.get("receive_response_headers.complete")
        return max(0.0, first - sent) if sent is not None and first is not None else 0.0

    @property
    def download(self) -> float:
        first = self.marks.get("receive_response_headers.complete")
        if first is None or self.last_byte is None:
            return 0.0
        return max(0.0, self.last_byte - first)
