"""A small HTTP/1.1 server (h11 over asyncio streams) with exact control of what goes on
the wire: delays before the headers, slow or stalled bodies, truncation, dropped
connections. It counts the TCP connections it accepts, so keep-alive can be tested."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, cast
from urllib.parse import parse_qs, urlsplit

import h11

_SEND_CHUNK = 1024 * 1024


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    connection_id: int
    received_at: float
    peer_closed: asyncio.Event  # set when the client hangs up before we answered


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json; charset=UTF-8"
    delay: float = 0.0  # before the headers: the model "thinking"
    truncate_at: int | None = None  # close after this many body bytes (Content-Length stays full)
    stall_after: int | None = None  # send this many body bytes, then go silent
    stall_seconds: float = 3600.0
    chunk_delay: float = 0.0  # slow body: pause between chunks
    chunk_size: int = _SEND_CHUNK
    drop: bool = False  # close the connection without answering
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    on_sent: Callable[[], None] | None = None


Handler = Callable[[Request], Awaitable[Reply]]


class CountsConnections(Protocol):
    """What the emulator's service reads of its server (this one, or ``Http2Server``)."""

    connections_opened: int
    connections_closed_by_peer_early: int


async def close_server(server: asyncio.base_events.Server | None, tasks: set[asyncio.Task[None]]) -> None:
    """Stop listening, end every connection's task, then wait until the server is closed
    (both the HTTP/1.1 and the HTTP/2 server)."""
    if server is not None:
        server.close()
    for task in list(tasks):
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
    if server is not None:
        await server.wait_closed()


class HttpServer:
    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.connections_opened = 0
        self.connections_closed_by_peer_early = 0
        self.port = 0
        self.host = "127.0.0.1"
        self.tls = False

    async def start(self, host: str = "127.0.0.1", port: int = 0,
                    ssl_context: ssl.SSLContext | None = None) -> None:
        self._server = await asyncio.start_server(self._on_connection, host, port,
                                                  ssl=ssl_context, limit=2**20)
        sock = self._server.sockets[0]
        self.host, self.port = sock.getsockname()[:2]
        self.tls = ssl_context is not None

    async def stop(self) -> None:
        await close_server(self._server, self._tasks)

    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None  # asyncio runs each connection's callback in its own task
        self._tasks.add(task)
        self.connections_opened += 1
        connection_id = self.connections_opened
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=64 * 1024)
        try:
            while True:
                request = await self._read_request(conn, reader, connection_id)
                if request is None:
                    return
                reply = await self._reply_or_peer_close(request, reader)
                if reply is None:
                    return
                keep_open = await self._send(conn, reader, writer, reply)
                if not keep_open or conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                    return
                conn.start_next_cycle()
        except (ConnectionError, h11.ProtocolError, asyncio.IncompleteReadError, ssl.SSLError,
                asyncio.CancelledError):
            return  # the client went away, or the server is stopping
        finally:
            self._tasks.discard(task)
            writer.transport.abort() if writer.transport else None

    async def _read_request(self, conn: h11.Connection, reader: asyncio.StreamReader,
                            connection_id: int) -> Request | None:
        head: h11.Request | None = None
        body = bytearray()
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(await reader.read(2**20))
                continue
            if isinstance(event, h11.Request):
                head = event
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                break
            elif isinstance(event, h11.ConnectionClosed) or event is h11.PAUSED:
                return None
        assert head is not None
        target = head.target.decode("latin-1")
        parts = urlsplit(target)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in head.headers}
        return Request(method=head.method.decode(), path=parts.path, query=query,
                       headers=headers, body=bytes(body), connection_id=connection_id,
                       received_at=time.time(), peer_closed=asyncio.Event())

    async def _reply_or_peer_close(self, request: Request, reader: asyncio.StreamReader) -> Reply | None:
        """Run the handler, then the reply's "thinking" delay, while watching for the client
        hanging up (a cancelled request): then nothing is sent."""
        handler = asyncio.ensure_future(self._handler(request))
        if await _hung_up_before(handler, reader):
            self._peer_closed(request)
            return None
        reply = handler.result()
        if reply.delay and await _hung_up_before(asyncio.ensure_future(asyncio.sleep(reply.delay)), reader):
            self._peer_closed(request)
            return None
        return reply

    def _peer_closed(self, request: Request) -> None:
        request.peer_closed.set()
        self.connections_closed_by_peer_early += 1

    async def _send(self, conn: h11.Connection, reader: asyncio.StreamReader,
                    writer: asyncio.StreamWriter, reply: Reply) -> bool:
        if reply.drop:
            writer.transport.abort()
            return False
        headers = [("content-type", reply.content_type), ("content-length", str(len(reply.body))),
                   ("server", "nbp-emulator"), *reply.extra_headers]
        writer.write(conn.send(h11.Response(status_code=reply.status, headers=headers)))
        body = memoryview(reply.body)
        limit = len(body)
        if reply.truncate_at is not None:
            limit = min(limit, reply.truncate_at)
        if reply.stall_after is not None:
            limit = min(limit, reply.stall_after)
        sent = 0
        while sent < limit:
            piece = body[sent:min(limit, sent + reply.chunk_size)]
            # h11 passes the buffer through as it is: a memoryview slice is never copied.
            for chunk in conn.send_with_data_passthrough(h11.Data(data=cast("bytes", piece))) or ():
                writer.write(chunk)
            sent += len(piece)
            await writer.drain()
            if reply.chunk_delay:
                await asyncio.sleep(reply.chunk_delay)
        if reply.stall_after is not None and sent < len(body):
            await writer.drain()  # then silence, until the client gives up or time runs out
            await _hung_up_before(asyncio.ensure_future(asyncio.sleep(reply.stall_seconds)), reader)
            writer.transport.abort()
            return False
        if reply.truncate_at is not None and sent < len(body):
            await writer.drain()
            writer.transport.abort()
            return False
        writer.write(conn.send(h11.EndOfMessage()))
        await writer.drain()
        if reply.on_sent:
            reply.on_sent()
        return True


async def _hung_up_before(work: asyncio.Future[Any], reader: asyncio.StreamReader) -> bool:
    """Wait for ``work``; True (and ``work`` cancelled) if the client closes first."""
    async def eof() -> None:
        while await reader.read(65536):
            pass  # a client that pipelines is not expected; extra bytes are ignored

    watcher = asyncio.ensure_future(eof())
    try:
        done, _ = await asyncio.wait({work, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        await _cancel(watcher)
    if work in done:
        return False
    await _cancel(work)
    return True


async def _cancel(task: asyncio.Future[Any]) -> None:
    """Cancel and wait, so a cancelled read has let go of the stream before the next read."""
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
