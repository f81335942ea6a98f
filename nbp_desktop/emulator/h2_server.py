"""HTTP/2 over TLS for the emulator, as Google serves it: ALPN offers ``h2`` (and
``http/1.1``); framing, flow control and GOAWAY are hypercorn's and the ``h2`` library's.

It serves the same handler as the HTTP/1.1 server (``http_server.py``) through a small ASGI
adapter and counts the TLS connections it accepts, so a test can check that a burst of
requests shares one connection.

``goaway_after``: once a connection has taken that many requests it goes away gracefully, as
Google's front ends do when they rotate connections: the requests it took are answered in
full, then it sends GOAWAY naming the last of them; requests that arrived meanwhile are never
processed (never billed), so the client may send them again on a new connection (RFC 9113
§6.8). The GOAWAY is the ``h2`` library's ``close_connection``, reached through hypercorn's
connection object (pinned hypercorn version; ``tests/jobs/test_http2.py`` guards it).

Wire faults: delays, slow and stalled bodies as on HTTP/1.1; a dropped connection aborts the
TCP connection; a truncated body resets its stream (RST_STREAM), as a failing server does.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qs

from hypercorn.asyncio.tcp_server import TCPServer
from hypercorn.asyncio.worker_context import WorkerContext
from hypercorn.config import Config
from hypercorn.utils import wrap_app

from nbp_desktop.emulator.http_server import Handler, Reply, Request, close_server

if TYPE_CHECKING:
    from hypercorn.typing import ASGIFramework

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class _Connection:
    def __init__(self, number: int) -> None:
        self.number = number
        self.tcp: TCPServer | None = None
        self.requests = 0  # taken (processed)
        self.in_flight = 0
        self.last_stream_id = 0  # of the requests taken
        self.going_away = False
        self.gone = asyncio.Event()  # GOAWAY sent


class Http2Server:
    """Same surface as ``HttpServer`` (start, stop, host, port, connection counts)."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._connections: dict[tuple[Any, ...], _Connection] = {}  # by the client's address
        self._config = Config()
        # The app reads ASGI messages as plain mappings; hypercorn declares them as TypedDicts.
        self._app = wrap_app(cast("ASGIFramework", self._asgi), self._config.wsgi_max_body_size, "asgi")
        self.goaway_after: int | None = None  # requests per connection, then GOAWAY
        self.connections_opened = 0
        self.connections_closed_by_peer_early = 0
        self.refused_streams = 0  # requests refused unprocessed by a connection going away
        self.host = "127.0.0.1"
        self.port = 0
        self.tls = True
        self.http_versions: list[str] = []  # per request, as the server saw it ("2", "1.1")

    async def start(self, host: str, port: int, certfile: Path, keyfile: Path) -> None:
        config = self._config
        config.certfile, config.keyfile = str(certfile), str(keyfile)
        config.alpn_protocols = ["h2", "http/1.1"]
        config.keep_alive_timeout = 90
        config.h2_max_concurrent_streams = 100
        config.accesslog = None
        config.errorlog = None
        context = config.create_ssl_context()
        self._server = await asyncio.start_server(self._on_connection, host, port, ssl=context)
        self.host, self.port = self._server.sockets[0].getsockname()[:2]

    async def stop(self) -> None:
        await close_server(self._server, self._tasks)

    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # Called after the TLS handshake: one call per TLS connection.
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections_opened += 1
        peer = tuple(writer.get_extra_info("peername")[:2])
        connection = self._connections[peer] = _Connection(self.connections_opened)
        connection.tcp = TCPServer(self._app, asyncio.get_running_loop(), self._config,
                                   WorkerContext(None), {}, reader, writer)
        try:
            await connection.tcp
        except asyncio.CancelledError:
            pass
        finally:
            self._tasks.discard(task)
            self._connections.pop(peer, None)

    # ---------------------------------------------------------------- ASGI
    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        connection = self._connections.get(tuple(scope.get("client") or ()))
        if connection is not None and not self._take(connection, scope):
            self.refused_streams += 1
            await connection.gone.wait()  # the client sends it again elsewhere
            return
        try:
            request = await self._read_request(scope, receive)
            if request is None:
                return
            self.http_versions.append(scope.get("http_version", ""))
            watcher = asyncio.ensure_future(_wait_for_disconnect(receive, request.peer_closed))
            try:
                reply = await self._reply_or_peer_close(request)
                if reply is not None:
                    await self._send(reply, send, request.peer_closed, connection, scope)
            finally:
                watcher.cancel()
                await asyncio.gather(watcher, return_exceptions=True)
        finally:
            if connection is not None:
                connection.in_flight -= 1
                if connection.going_away and connection.in_flight == 0:
                    await _send_goaway(connection)

    def _take(self, connection: _Connection, scope: Scope) -> bool:
        """Whether this connection processes the request; False once it is going away."""
        if connection.going_away:
            return False
        connection.in_flight += 1
        if _h2_protocol(connection) is None:
            return True  # an HTTP/1.1 client (ALPN): GOAWAY is HTTP/2's
        connection.requests += 1
        connection.last_stream_id = max(connection.last_stream_id, _stream_id(connection, scope))
        if self.goaway_after is not None and connection.requests >= self.goaway_after:
            connection.going_away = True
        return True

    async def _read_request(self, scope: Scope, receive: Receive) -> Request | None:
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        connection = self._connections.get(tuple(scope.get("client") or ()))
        connection_id = connection.number if connection else 0
        query = {k: v[-1] for k, v in parse_qs(scope.get("query_string", b"").decode("latin-1")).items()}
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        return Request(method=scope["method"], path=scope["path"], query=query, headers=headers,
                       body=bytes(body), connection_id=connection_id, received_at=time.time(),
                       peer_closed=asyncio.Event())

    async def _reply_or_peer_close(self, request: Request) -> Reply | None:
        reply = await self._handler(request)
        if reply.delay and not await _sleep_unless(reply.delay, request.peer_closed):
            self.connections_closed_by_peer_early += 1
            return None
        if request.peer_closed.is_set():
            self.connections_closed_by_peer_early += 1
            return None
        return reply

    async def _send(self, reply: Reply, send: Send, peer_closed: asyncio.Event,
                    connection: _Connection | None, scope: Scope) -> None:
        if reply.drop:
            _drop(connection)
            return
        headers = [("content-type", reply.content_type), ("content-length", str(len(reply.body))),
                   ("server", "nbp-emulator"), *reply.extra_headers]
        await send({"type": "http.response.start", "status": reply.status,
                    "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]})
        body = memoryview(reply.body)
        limit = len(body)
        for cut in (reply.truncate_at, reply.stall_after):
            if cut is not None:
                limit = min(limit, cut)
        sent = 0
        while sent < limit:
            piece = bytes(body[sent:min(limit, sent + reply.chunk_size)])
            await send({"type": "http.response.body", "body": piece, "more_body": True})
            sent += len(piece)
            if reply.chunk_delay:
                await asyncio.sleep(reply.chunk_delay)
        if sent < len(body):
            if reply.stall_after is not None:
                await _sleep_unless(reply.stall_seconds, peer_closed)
            await _cut_short(connection, scope)
            return
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        if reply.on_sent:
            reply.on_sent()


def _h2_protocol(connection: _Connection) -> Any:
    """Hypercorn's H2Protocol for this connection (None on HTTP/1.1)."""
    wrapper = getattr(connection.tcp, "protocol", None)
    protocol = getattr(wrapper, "protocol", None)
    return protocol if hasattr(protocol, "streams") else None


def _stream_id(connection: _Connection, scope: Scope) -> int:
    protocol = _h2_protocol(connection)
    if protocol is not None:
        for stream_id, stream in protocol.streams.items():
            if getattr(stream, "scope", None) is scope:
                return int(stream_id)
    return 0


def _drop(connection: _Connection | None) -> None:
    """The server drops the TCP connection (every stream on it fails)."""
    writer = getattr(connection.tcp, "writer", None) if connection else None
    if writer is not None:
        writer.transport.abort()


async def _cut_short(connection: _Connection | None, scope: Scope) -> None:
    """The answer stops short: on HTTP/2 the stream is reset (RST_STREAM, INTERNAL_ERROR),
    on HTTP/1.1 the connection is dropped."""
    protocol = _h2_protocol(connection) if connection else None
    stream_id = _stream_id(connection, scope) if connection else 0
    if protocol is None or not stream_id:
        _drop(connection)
        return
    from h2.errors import ErrorCodes

    protocol.connection.reset_stream(stream_id, error_code=ErrorCodes.INTERNAL_ERROR)
    await protocol._flush()


async def _send_goaway(connection: _Connection) -> None:
    protocol = _h2_protocol(connection)
    if protocol is not None and not connection.gone.is_set():
        protocol.connection.close_connection(last_stream_id=connection.last_stream_id)
        await protocol._flush()
    connection.gone.set()


async def _wait_for_disconnect(receive: Receive, peer_closed: asyncio.Event) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
    peer_closed.set()


async def _sleep_unless(seconds: float, event: asyncio.Event) -> bool:
    """Sleep ``seconds``; False (early) if ``event`` is set first."""
    try:
        await asyncio.wait_for(event.wait(), seconds)
    except TimeoutError:
        return True
    return False
