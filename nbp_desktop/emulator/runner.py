"""Starting and stopping the emulator: on the current event loop, in a background thread
(tests, ``--demo``), or in the foreground (``nbp-desktop emulator``)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ipaddress
import ssl
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nbp_desktop.emulator.http_server import HttpServer
from nbp_desktop.emulator.service import EmulatorService

if TYPE_CHECKING:
    from nbp_desktop.emulator.h2_server import Http2Server


class Emulator:
    """``tls``: HTTPS over HTTP/1.1 with a self-signed certificate (``ca_file``). ``http2``:
    HTTP/2 over TLS with ALPN, as Google serves (implies ``tls``)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, tls: bool = False,
                 http2: bool = False, **service_options: Any) -> None:
        self.host, self.port, self.tls, self.http2 = host, port, tls or http2, http2
        self.service = EmulatorService(**service_options)
        self.server: HttpServer | Http2Server
        if http2:
            from nbp_desktop.emulator.h2_server import Http2Server  # hypercorn: only when asked

            self.server = Http2Server(self.service.handle)
        else:
            self.server = HttpServer(self.service.handle)
        self.service.server = self.server
        self.ca_file: Path | None = None  # with tls: the self-signed certificate to trust

    @property
    def base_url(self) -> str:
        return self.service.base_url

    async def start(self) -> None:
        if isinstance(self.server, HttpServer):
            await self.server.start(self.host, self.port, self._tls_context() if self.tls else None)
        else:
            cert_file, key_file = self._self_signed_certificate()
            await self.server.start(self.host, self.port, cert_file, key_file)
        scheme = "https" if self.tls else "http"
        self.service.base_url = f"{scheme}://{self.server.host}:{self.server.port}"

    async def stop(self) -> None:
        await self.server.stop()

    def _tls_context(self) -> ssl.SSLContext:
        cert_file, key_file = self._self_signed_certificate()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert_file, key_file)
        return context

    def _self_signed_certificate(self) -> tuple[Path, Path]:
        """A fresh certificate for localhost/127.0.0.1 (also its own CA, ``ca_file``) and key."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "nbp-emulator")])
        now = datetime.datetime.now(datetime.UTC)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - datetime.timedelta(minutes=5))
                .not_valid_after(now + datetime.timedelta(days=2))
                .add_extension(x509.SubjectAlternativeName(
                    [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                    critical=False)
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .sign(key, hashes.SHA256()))
        folder = Path(tempfile.mkdtemp(prefix="nbp-emulator-tls-"))
        self.ca_file = folder / "cert.pem"
        key_file = folder / "key.pem"
        self.ca_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        return self.ca_file, key_file


class EmulatorThread:
    """The emulator on its own event loop in a daemon thread, so it never competes with the
    loop under test. Use as a context manager."""

    def __init__(self, **options: Any) -> None:
        self.emulator = Emulator(**options)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def base_url(self) -> str:
        return self.emulator.base_url

    @property
    def service(self) -> EmulatorService:
        return self.emulator.service

    def start(self) -> EmulatorThread:
        self._thread = threading.Thread(target=self._run, name="nbp-emulator", daemon=True)
        self._thread.start()
        self._ready.wait(30)
        if self._error is not None:
            raise self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self.emulator.start())
        except BaseException as exc:  # reported to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_forever()
            loop.run_until_complete(self.emulator.stop())
        finally:
            loop.close()

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> EmulatorThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_forever(host: str, port: int, **options: Any) -> int:
    """``nbp-desktop emulator``: print the base URL, serve until interrupted."""
    async def main() -> None:
        emulator = Emulator(host=host, port=port, **options)
        await emulator.start()
        print(emulator.base_url, flush=True)
        print(f"nbp-desktop emulator listening on {emulator.base_url} (API key: "
              f"{next(iter(emulator.service.api_keys))}); Ctrl+C stops it.", file=sys.stderr, flush=True)
        if emulator.ca_file:
            print(f"TLS certificate: {emulator.ca_file}", file=sys.stderr, flush=True)
        try:
            await asyncio.Event().wait()
        finally:
            await emulator.stop()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
    return 0
