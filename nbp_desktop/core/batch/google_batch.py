"""Google's batch endpoints on the wire, as google-genai's ``batches.py`` and ``files.py`` use
them.

AI Studio: ``POST v1beta/models/{model}:batchGenerateContent`` with
``{"batch": {"displayName", "inputConfig": {"requests": {"requests": [...]}} | {"fileName"}}}``;
``GET v1beta/batches/{id}``, ``POST v1beta/batches/{id}:cancel``, ``GET v1beta/batches``
(``operations``); state in ``metadata.state`` (``BATCH_STATE_*``), results in
``metadata.output.inlinedResponses.inlinedResponses`` or ``metadata.output.responsesFile``.
Files API: resumable upload (``POST upload/v1beta/files`` with ``X-Goog-Upload-Protocol:
resumable`` / ``Command: start``, then ``upload, finalize`` chunks to ``x-goog-upload-url``),
download from ``download/v1beta/{file}:download?alt=media``.

Vertex: ``projects/{p}/locations/{l}/batchPredictionJobs`` (create, get, list, ``:cancel``)
with JSONL in and out of a Cloud Storage bucket (JSON API: media upload, object list,
``alt=media`` download, ``iam/testPermissions``).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from nbp_desktop.core.connections.config import (AISTUDIO_BASE, ConnectionConfig, ConnectionKind,
                                                 vertex_base_url)
from nbp_desktop.core.batch import BatchText
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.google.auth import Authenticator
from nbp_desktop.core.google.error_mapping import map_http_error, map_transport_error

STORAGE_BASE = "https://storage.googleapis.com"
UPLOAD_CHUNK = 8 * 1024 * 1024  # google-genai's chunk size
DOWNLOAD_CHUNK = 1024 * 1024
# Permissions the service account needs on the bucket for a batch prediction job.
BUCKET_PERMISSIONS = ("storage.objects.create", "storage.objects.get", "storage.objects.list")
Progress = Callable[[int, int], None]  # (bytes done, bytes total)


def no_batch_mode(config: ConnectionConfig) -> NbpError:
    return NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
        "“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive "
        "(the normal queue), or use an AI Studio or Vertex AI connection for half-price batch."
    ).format(name=config.name, kind=config.kind.label))


@dataclass(frozen=True)
class Bucket:
    name: str
    prefix: str

    @classmethod
    def parse(cls, text: str) -> Bucket:
        raw = text.strip().removeprefix("gs://").strip("/")
        name, _, prefix = raw.partition("/")
        if not name:
            raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
                "Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches."))
        return cls(name, prefix)

    def uri(self, object_name: str) -> str:
        return f"gs://{self.name}/{object_name}"

    def object_name(self, leaf: str) -> str:
        return f"{self.prefix}/{leaf}" if self.prefix else leaf


def split_gcs_uri(uri: str) -> tuple[str, str]:
    raw = uri.removeprefix("gs://")
    bucket, _, name = raw.partition("/")
    return bucket, name


class BatchApi:
    """One connection's batch calls. Every failure is an NbpError with a sentence."""

    def __init__(self, http: httpx.AsyncClient, config: ConnectionConfig, auth: Authenticator) -> None:
        if config.kind not in (ConnectionKind.AISTUDIO, ConnectionKind.VERTEX):
            raise no_batch_mode(config)
        self.http = http
        self.config = config
        self.auth = auth
        base = (config.base_url or "").rstrip("/")
        self.vertex = config.kind is ConnectionKind.VERTEX
        location = config.location or "global"
        self.api_base = base or (vertex_base_url(location) if self.vertex else AISTUDIO_BASE)
        self.storage_base = base or STORAGE_BASE
        self.parent = f"projects/{config.project}/locations/{location}"

    # ---------------------------------------------------------------- plumbing
    async def _send(self, method: str, url: str, *, json_body: object = None,
                    content: bytes | AsyncIterator[bytes] | None = None, headers: dict[str, str] | None = None,
                    timeout: float = 60.0) -> httpx.Response:
        for attempt in range(2):
            all_headers = {**await self.auth.headers(), **(headers or {})}
            try:
                response = await self.http.request(method, url, json=json_body, content=content,
                                                   headers=all_headers, timeout=timeout)
            except httpx.HTTPError as exc:
                raise map_transport_error(exc, timeout=timeout) from None
            if response.status_code == 401 and attempt == 0 and await self.auth.after_unauthorized():
                continue
            break
        if response.status_code >= 400:
            raise self._error(response)
        return response

    def _error(self, response: httpx.Response) -> NbpError:
        return map_http_error(response.status_code, response.content, kind=str(self.config.kind),
                              model=self.config.model, location=self.config.location)

    async def _json(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        response = await self._send(method, url, **kwargs)
        try:
            data = response.json() if response.content else {}
        except ValueError:
            raise NbpError(ErrorKind.MALFORMED_BODY, BatchText.tr(
                "Google's answer about the batch could not be read."), detail=response.text[:300]) from None
        return data if isinstance(data, dict) else {}

    async def _download(self, url: str, target: Path, progress: Progress | None,
                        missing: str) -> int:
        """Stream a result file to disk: the whole file is never held in memory."""
        headers = await self.auth.headers()
        done = 0
        try:
            async with self.http.stream("GET", url, headers=headers, timeout=300) as response:
                if response.status_code == 404:
                    raise NbpError(ErrorKind.MODEL_NOT_FOUND, missing)
                if response.status_code >= 400:
                    await response.aread()
                    raise self._error(response)
                total = int(response.headers.get("content-length") or 0)
                partial = target.with_name(target.name + ".part")
                with open(partial, "wb") as out:
                    async for chunk in response.aiter_bytes(DOWNLOAD_CHUNK):
                        out.write(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                if total and done != total:
                    raise NbpError(ErrorKind.TRUNCATED_BODY, BatchText.tr(
                        "The batch's result file was cut off while downloading; it will be "
                        "downloaded again."))
                partial.replace(target)
        except httpx.HTTPError as exc:
            raise map_transport_error(exc, timeout=300) from None
        return done

    # --------------------------------------------------------- AI Studio files
    async def upload_file(self, path: Path, display_name: str, progress: Progress | None = None,
                          mime: str = "application/jsonl") -> str:
        """Resumable upload through the Files API; returns the file's name (``files/…``)."""
        size = path.stat().st_size
        start = await self._send(
            "POST", f"{self.api_base}/upload/v1beta/files",
            json_body={"file": {"displayName": display_name}},
            headers={"X-Goog-Upload-Protocol": "resumable", "X-Goog-Upload-Command": "start",
                     "X-Goog-Upload-Header-Content-Length": str(size),
                     "X-Goog-Upload-Header-Content-Type": mime})
        upload_url = start.headers.get("x-goog-upload-url")
        if not upload_url:
            raise NbpError(ErrorKind.MALFORMED_BODY, BatchText.tr(
                "Google did not say where to upload the batch's input file."))
        offset = 0
        response: httpx.Response | None = None
        with open(path, "rb") as source:
            while True:
                chunk = source.read(UPLOAD_CHUNK)
                command = "upload, finalize" if offset + len(chunk) >= size else "upload"
                response = await self._send("POST", upload_url, content=chunk, timeout=300,
                                            headers={"X-Goog-Upload-Command": command,
                                                     "X-Goog-Upload-Offset": str(offset)})
                offset += len(chunk)
                if progress:
                    progress(offset, size)
                if response.headers.get("x-goog-upload-status") != "active":
                    break
        if response is None or response.headers.get("x-goog-upload-status") != "final":
            raise NbpError(ErrorKind.NETWORK, BatchText.tr(
                "The upload of the batch's input file did not finish; it will be sent again."))
        name = ((response.json() or {}).get("file") or {}).get("name")
        if not name:
            raise NbpError(ErrorKind.MALFORMED_BODY, BatchText.tr("Google did not name the uploaded input file."))
        return str(name)

    async def download_file(self, name: str, target: Path, progress: Progress | None = None) -> int:
        return await self._download(
            f"{self.api_base}/download/v1beta/{name}:download?alt=media", target, progress,
            BatchText.tr("Google no longer has this batch's result file (it may have been deleted or "
                         "expired); the rows that were not downloaded are marked failed."))

    # ------------------------------------------------------- AI Studio batches
    async def create_batch(self, model: str, display_name: str, *, inline_body: bytes | None = None,
                           file_name: str | None = None) -> dict[str, Any]:
        url = f"{self.api_base}/v1beta/models/{model}:batchGenerateContent"
        if inline_body is not None:
            # The requests are already JSON (with their base64 references): spliced, not re-encoded.
            head = json.dumps({"displayName": display_name})[:-1].encode()
            body = (b'{"batch": ' + head + b', "inputConfig": {"requests": {"requests": '
                    + inline_body + b'}}}}')
            return await self._json("POST", url, content=body, timeout=300,
                                    headers={"content-type": "application/json"})
        return await self._json("POST", url, json_body={"batch": {
            "displayName": display_name, "inputConfig": {"fileName": file_name}}})

    async def get_batch(self, name: str) -> dict[str, Any]:
        return await self._json("GET", f"{self.api_base}/v1beta/{name}")

    async def list_batches(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        token = ""
        while True:
            query = "?pageSize=100" + (f"&pageToken={quote(token)}" if token else "")
            data = await self._json("GET", f"{self.api_base}/v1beta/batches{query}")
            found.extend(data.get("operations") or data.get("batches") or [])
            token = data.get("nextPageToken") or ""
            if not token:
                return found

    async def cancel_batch(self, name: str) -> None:
        await self._json("POST", f"{self.api_base}/v1beta/{name}:cancel")

    # ---------------------------------------------------- Vertex and storage
    async def check_bucket(self, bucket: Bucket) -> None:
        """The service account must be able to write, read and list objects in the bucket."""
        query = "&".join(f"permissions={p}" for p in BUCKET_PERMISSIONS)
        url = f"{self.storage_base}/storage/v1/b/{quote(bucket.name, safe='')}/iam/testPermissions?{query}"
        try:
            data = await self._json("GET", url)
        except NbpError as error:
            if error.http_status == 404:
                raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
                    "There is no Cloud Storage bucket “{bucket}” (or the service account cannot see "
                    "it). Create it in the same project, or name another bucket.").format(
                        bucket=bucket.name), detail=error.detail) from None
            raise
        granted = set(data.get("permissions") or [])
        missing = [p for p in BUCKET_PERMISSIONS if p not in granted]
        if missing:
            account = self.config.account or BatchText.tr("The service account")
            raise NbpError(ErrorKind.PERMISSION_DENIED, BatchText.tr(
                "{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. "
                "Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud "
                "Storage → the bucket → Permissions).").format(
                    account=account, bucket=bucket.name, permissions=", ".join(missing)))

    async def upload_object(self, bucket: Bucket, object_name: str, path: Path,
                            progress: Progress | None = None) -> None:
        size = path.stat().st_size
        url = (f"{self.storage_base}/upload/storage/v1/b/{quote(bucket.name, safe='')}/o"
               f"?uploadType=media&name={quote(object_name, safe='')}")

        async def chunks() -> AsyncIterator[bytes]:
            sent = 0
            with open(path, "rb") as source:
                while chunk := source.read(UPLOAD_CHUNK):
                    sent += len(chunk)
                    if progress:
                        progress(sent, size)
                    yield chunk
        await self._send("POST", url, content=chunks(), timeout=600,
                         headers={"content-type": "application/jsonl",
                                  "content-length": str(size)})

    async def list_objects(self, bucket_name: str, prefix: str) -> list[str]:
        names: list[str] = []
        token = ""
        while True:
            url = (f"{self.storage_base}/storage/v1/b/{quote(bucket_name, safe='')}/o"
                   f"?prefix={quote(prefix, safe='')}" + (f"&pageToken={quote(token)}" if token else ""))
            data = await self._json("GET", url)
            names.extend(str(item.get("name")) for item in data.get("items") or [])
            token = data.get("nextPageToken") or ""
            if not token:
                return names

    async def download_object(self, bucket_name: str, object_name: str, target: Path,
                              progress: Progress | None = None) -> int:
        url = (f"{self.storage_base}/storage/v1/b/{quote(bucket_name, safe='')}/o/"
               f"{quote(object_name, safe='')}?alt=media")
        return await self._download(url, target, progress,
                                    BatchText.tr("The result file {uri} is gone from the bucket; the "
                                                 "rows not yet downloaded are marked failed.").format(
                                        uri=f"gs://{bucket_name}/{object_name}"))

    async def create_job(self, model: str, display_name: str, input_uri: str,
                         output_prefix: str) -> dict[str, Any]:
        return await self._json("POST", f"{self.api_base}/v1/{self.parent}/batchPredictionJobs",
                                json_body={
                                    "displayName": display_name,
                                    "model": f"publishers/google/models/{model}",
                                    "inputConfig": {"instancesFormat": "jsonl",
                                                    "gcsSource": {"uris": [input_uri]}},
                                    "outputConfig": {"predictionsFormat": "jsonl",
                                                     "gcsDestination": {"outputUriPrefix": output_prefix}},
                                })

    async def get_job(self, name: str) -> dict[str, Any]:
        return await self._json("GET", f"{self.api_base}/v1/{name}")

    async def list_jobs(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        token = ""
        while True:
            query = "?pageSize=100" + (f"&pageToken={quote(token)}" if token else "")
            data = await self._json("GET", f"{self.api_base}/v1/{self.parent}/batchPredictionJobs{query}")
            found.extend(data.get("batchPredictionJobs") or [])
            token = data.get("nextPageToken") or ""
            if not token:
                return found

    async def cancel_job(self, name: str) -> None:
        await self._json("POST", f"{self.api_base}/v1/{name}:cancel")
