"""Starting and stopping the emulator: on the current event loop, in a background thread
(tests, ``--demo``), or in the foreground (``nbp-desktop emulator``)."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
import sys
import tempfile
import threading
from pathlib import Path

from nbp_desktop.emulator.http_server import HttpServer
from nbp_desktop.emulator.service import EmulatorService


class Emulator:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, tls: bool = False,
                 **service_options) -> None:
        self.host, self.port, self.tls = host, port, tls
        self.service = EmulatorService(**service_options)
        self.server = HttpServer(self.service.handle)
        self.service.server = self.server
        self.ca_file: Path | None = None  # with tls: the self-signed certificate to trust

    @property
    def base_url(self) -> str:
        return self.service.base_url

    async def start(self) -> None:
        context = self._tls_context() if self.tls else None
        await self.server.start(self.host, self.port, context)
        scheme = "https" if self.tls else "http"
        self.service.base_url = f"{scheme}://{self.server.host}:{self.server.port}"

    async def stop(self) -> None:
        await self.server.stop()

    def _tls_context(self) -> ssl.SSLContext:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "nbp-emulator")])
        now = datetime.datetime.now(datetime.timezone.utc)
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
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.ca_file, key_file)
        return context


class EmulatorThread:
    """The emulator on its own event loop in a daemon thread, so it never competes with the
    loop under test. Use as a context manager."""

    def __init__(self, **options) -> None:
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

    def __exit__(self, *exc) -> None:
        self.stop()


def serve_forever(host: str, port: int, **options) -> int:
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

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    return 0
