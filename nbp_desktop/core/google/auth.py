"""Credentials on the wire: API keys in headers, and OAuth tokens for service accounts.

google-auth refreshes synchronously (it POSTs a signed JWT to the key file's ``token_uri``),
so the refresh runs in a worker thread under a lock: the event loop never blocks on it and
concurrent requests share one refresh.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.google import GoogleText
from nbp_desktop.core.redaction import remember_secret

if TYPE_CHECKING:
    import google.auth.transport

CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"


class Authenticator(Protocol):
    async def headers(self) -> dict[str, str]: ...

    async def after_unauthorized(self) -> bool:
        """Called on a 401; True if a fresh credential is worth one more try."""
        ...


class ApiKeyAuth:
    def __init__(self, key: str, bearer: bool = False) -> None:
        self._key = key.strip()
        self._bearer = bearer
        remember_secret(self._key)  # whatever quotes it later (an HTTP error) is redacted

    async def headers(self) -> dict[str, str]:
        if self._bearer:
            return {"authorization": f"Bearer {self._key}"}
        return {"x-goog-api-key": self._key}

    async def after_unauthorized(self) -> bool:
        return False


def parse_service_account(text: str, source: str | None = None) -> dict[str, Any]:
    """Validate a service-account key file's content; the sentence names what is wrong.
    ``source`` names the key as the sentence's subject (default: “The file”)."""
    subject = source or GoogleText.tr("The file")

    def bad(why: str, detail: str = "") -> NbpError:
        # One sentence (it sits under a drop zone); the library's own words go to ``detail``.
        return NbpError(ErrorKind.BAD_SERVICE_ACCOUNT,
                        GoogleText.tr("{source} is not a usable service-account key ({reason}): "
                                      "download a new JSON key in Google Cloud console → IAM → "
                                      "Service accounts → Keys.")
                        .format(source=subject, reason=why),
                        detail=detail)
    try:
        info = json.loads(text)
    except ValueError:
        raise bad(GoogleText.tr("it is not JSON")) from None
    if not isinstance(info, dict):
        raise bad(GoogleText.tr("it is not a JSON object"))
    if "installed" in info or "web" in info:
        raise bad(GoogleText.tr("it is an OAuth client file, not a service-account key"))
    if info.get("type") != "service_account":
        kind = info.get("type", GoogleText.tr("missing"))
        raise bad(GoogleText.tr("its type is “{type}”, not “service_account”").format(type=kind))
    missing = [k for k in ("client_email", "private_key", "token_uri") if not info.get(k)]
    if missing:
        raise bad(GoogleText.tr("it has no {fields}").format(fields=", ".join(missing)))
    if "PRIVATE KEY" not in str(info["private_key"]):
        raise bad(GoogleText.tr("its private_key is not a PEM key"))
    try:
        from google.oauth2 import service_account

        service_account.Credentials.from_service_account_info(info, scopes=[CLOUD_PLATFORM_SCOPE])
    except (ValueError, TypeError) as exc:
        raise bad(GoogleText.tr("its private key cannot be read"), str(exc)) from None
    return info


class _SyncHttpxRequest:
    """google-auth's transport interface over a synchronous httpx client (so we need no
    ``requests``); proxies and SSL_CERT_FILE apply as for the main client."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def __call__(self, url: str, method: str = "GET", body: bytes | None = None,
                 headers: dict[str, str] | None = None, timeout: float | None = None,
                 **kwargs: Any) -> google.auth.transport.Response:
        import google.auth.exceptions
        import google.auth.transport

        try:
            response = self._client.request(method, url, content=body, headers=headers,
                                            timeout=timeout or 30)
        except httpx.HTTPError as exc:
            raise google.auth.exceptions.TransportError(exc) from exc

        class _Response(google.auth.transport.Response):
            status = response.status_code
            headers = response.headers
            data = response.content

        return _Response()


class ServiceAccountAuth:
    def __init__(self, info: dict[str, Any], verify: ssl.SSLContext | str | bool = True,
                 proxy: str | None = None) -> None:
        from google.oauth2 import service_account

        self._credentials = service_account.Credentials.from_service_account_info(
            info, scopes=[CLOUD_PLATFORM_SCOPE])
        self._quota_project = info.get("quota_project_id")
        self._lock = asyncio.Lock()
        self._verify = verify
        self._proxy = proxy
        self.refresh_count = 0

    def _refresh_blocking(self) -> None:
        import google.auth.exceptions

        with httpx.Client(trust_env=True, verify=self._verify, proxy=self._proxy or None) as client:
            try:
                self._credentials.refresh(_SyncHttpxRequest(client))
            except google.auth.exceptions.RefreshError as exc:
                raise NbpError(ErrorKind.UNAUTHENTICATED,
                               GoogleText.tr("Google did not accept the service-account key (its "
                                             "key may have been deleted or the account "
                                             "disabled). Create a new JSON key and add the "
                                             "connection again."), detail=str(exc)) from None
            except google.auth.exceptions.TransportError as exc:
                from nbp_desktop.core.google.error_mapping import map_transport_error

                cause = exc.__cause__ or exc
                raise map_transport_error(cause) from None

    def _is_fresh(self) -> bool:
        from google.auth.credentials import TokenState

        return self._credentials.token_state is TokenState.FRESH

    async def headers(self) -> dict[str, str]:
        async with self._lock:
            if not self._is_fresh():
                await asyncio.to_thread(self._refresh_blocking)
                self.refresh_count += 1
        headers = {"authorization": f"Bearer {self._credentials.token}"}
        if self._quota_project:
            headers["x-goog-user-project"] = self._quota_project
        return headers

    async def after_unauthorized(self) -> bool:
        async with self._lock:
            self._credentials.token = None
            self._credentials.expiry = None
        return True
