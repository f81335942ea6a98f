"""The emulator's batch endpoints: AI Studio's Batch API and Files API, Vertex batch
prediction jobs, and a local stand-in for the Cloud Storage bucket they read and write.

Batches finish ``delay`` seconds after they are created (checked lazily when asked about),
answering each request as ``generateContent`` would. Faults: fail single requests by key,
expire the next batch, lose the next result file, withhold bucket permissions, and slow
uploads, create answers and downloads (so tests can kill a client at each of those moments),
and answer a few calls with 503.
Batch answers use flat images by default (``tiny_images``): a few kB each, so tests of
hundreds of rows take seconds.

Google's own SDK runs against these endpoints unchanged (as against generateContent): ``/v1``
and ``/v1beta`` on AI Studio, ``/v1`` and ``/v1beta1`` on Vertex, snake_case or camelCase
field names, a resumable upload's session URL with no API key, and each batched request read
and checked as generateContent reads and checks it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import secrets
import struct
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote
import zlib

from PIL import Image

from nbp_desktop.emulator.http_server import Reply, Request

if TYPE_CHECKING:
    from nbp_desktop.emulator.service import EmulatorService

# AI Studio serves its Batch and Files APIs on /v1 (google-genai's default) and /v1beta.
_FILES_UPLOAD = re.compile(r"^/upload/(v1|v1beta)/files$")
_FILES = re.compile(r"^/(?:v1|v1beta)/files$")
_FILE = re.compile(r"^/(?:download/)?(?:v1|v1beta)/(files/[^/:]+)(:download)?$")
_CREATE = re.compile(r"^/(?:v1|v1beta)/models/([^/:]+):batchGenerateContent$")
_BATCHES = re.compile(r"^/(?:v1|v1beta)/batches$")
_BATCH = re.compile(r"^/(?:v1|v1beta)/(batches/[^/:]+)(:cancel)?$")
# Vertex: /v1 and /v1beta1 (google-genai's default for Vertex).
_VERTEX_JOBS = re.compile(r"^/v1(?:beta1)?/projects/([^/]+)/locations/([^/]+)/batchPredictionJobs$")
_VERTEX_JOB = re.compile(r"^/v1(?:beta1)?/(projects/[^/]+/locations/[^/]+/batchPredictionJobs/[^/:]+)(:cancel)?$")
_GCS_PERMS = re.compile(r"^/storage/v1/b/([^/]+)/iam/testPermissions$")
_GCS_UPLOAD = re.compile(r"^/upload/storage/v1/b/([^/]+)/o$")
_GCS_LIST = re.compile(r"^/storage/v1/b/([^/]+)/o$")
_GCS_OBJECT = re.compile(r"^/storage/v1/b/([^/]+)/o/(.+)$")
ALL_BUCKET_PERMISSIONS = ("storage.objects.create", "storage.objects.get", "storage.objects.list")


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


@lru_cache(maxsize=64)
def _flat_image(width: int, height: int, colour: tuple[int, int, int], fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        Image.new("RGB", (width, height), colour).save(out, "JPEG", quality=75)
    else:
        Image.new("RGB", (width, height), colour).save(out, "PNG", compress_level=9)
    return out.getvalue()


def tiny_image(width: int, height: int, seed: str, unique: str, mime: str = "image/png") -> bytes:
    """A flat image at the right pixel size, its bytes made unique by a PNG tEXt chunk or a
    JPEG comment (COM) segment."""
    # Few colours, so the encoded images are cached across prompts.
    shade = hashlib.sha256(seed.encode()).digest()[0] % 8
    colour = (40 + shade * 25, 90, 200 - shade * 20)
    if mime == "image/jpeg":
        base = _flat_image(width, height, colour, "JPEG")
        text = unique.encode()
        return base[:2] + b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text + base[2:]
    base = _flat_image(width, height, colour, "PNG")
    body = b"Comment\x00" + unique.encode()
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))
    return base[:33] + chunk + base[33:]


@dataclass
class BatchOptions:
    delay: float = 0.5  # seconds from create to done
    tiny_images: bool = True
    fail_keys: set[str] = field(default_factory=set)  # requests answered with an error
    expire_next: bool = False
    lose_next_result_file: bool = False
    bucket_permissions: tuple[str, ...] = ALL_BUCKET_PERMISSIONS
    upload_delay: float = 0.0  # before answering an upload (the client may be killed meanwhile)
    create_delay: float = 0.0  # after creating, before answering
    download_seconds: float = 0.0  # a download's body trickles over this long
    unavailable_next: int = 0  # answer this many batch calls with 503, then recover

    def configure(self, data: dict[str, Any]) -> None:
        for key, value in data.items():
            if key == "fail_keys":
                self.fail_keys = set(value)
            elif key == "bucket_permissions":
                self.bucket_permissions = tuple(value)
            elif hasattr(self, key):
                setattr(self, key, value)
            else:
                raise ValueError(f"unknown batch option {key!r}")


@dataclass
class _Batch:
    name: str
    api: str  # aistudio | vertex
    model: str
    display_name: str
    created: float
    requests: list[tuple[str | None, dict[str, Any]]]  # (key, request body)
    source: dict[str, Any]
    state: str = "PENDING"
    ended: float | None = None
    output: dict[str, Any] = field(default_factory=dict)
    succeeded: int = 0
    failed: int = 0
    expire: bool = False
    lose_result: bool = False
    output_prefix: str = ""  # Vertex: gs://bucket/prefix


class BatchService:
    def __init__(self, service: EmulatorService) -> None:
        self.service = service
        self.options = BatchOptions()
        self.files: dict[str, dict[str, Any]] = {}  # files/x -> {"meta": {...}, "data": bytes}
        self.uploads: dict[str, dict[str, Any]] = {}
        self.buckets: dict[str, dict[str, bytes]] = {}  # the Cloud Storage stand-in
        self.batches: dict[str, _Batch] = {}
        self.requests: list[dict[str, Any]] = []  # every batch/files/storage call, for tests
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self.options = BatchOptions()
            self.files.clear()
            self.uploads.clear()
            self.buckets.clear()
            self.batches.clear()
            self.requests.clear()

    # ----------------------------------------------------------------- routing
    def handles(self, request: Request) -> bool:
        path = request.path
        return (path == "/_emulator/batch" or path.startswith(("/upload/", "/download/", "/storage/"))
                or any(pattern.match(path) for pattern in (_FILES, _FILE, _CREATE, _BATCHES, _BATCH))
                or "/batchPredictionJobs" in path)

    async def handle(self, request: Request) -> Reply:
        path, method = request.path, request.method
        if path == "/_emulator/batch":
            return self._control(request)
        with self._lock:
            self.requests.append({"time": time.time(), "method": method, "path": path,
                                  "command": request.headers.get("x-goog-upload-command"),
                                  "bytes": len(request.body)})
        if self.options.unavailable_next > 0:
            self.options.unavailable_next -= 1
            return self._error(503, "UNAVAILABLE", "The service is currently unavailable.")
        try:
            reply = self._route(request, path, method)
        except _Refused as refused:
            reply = refused.reply
        return reply

    def _route(self, request: Request, path: str, method: str) -> Reply:
        vertex_side = path.startswith(("/storage/", "/upload/storage/")) or "/batchPredictionJobs" in path
        upload_session = bool(_FILES_UPLOAD.match(path)) and "upload_id" in request.query
        if not upload_session:  # a resumable upload's session URL is its own credential
            self._authorise(request, vertex_side)
        if (m := _FILES_UPLOAD.match(path)) and method == "POST":
            return self._upload(request, m.group(1))
        if _FILES.match(path) and method == "GET":
            return self._json(200, {"files": [f["meta"] for f in self.files.values()]})
        if (m := _FILE.match(path)) and method == "GET":
            return self._file(m.group(1), download=bool(m.group(2)) or path.startswith("/download/"))
        if (m := _FILE.match(path)) and method == "DELETE" and not m.group(2):
            return self._delete_file(m.group(1))
        if (m := _CREATE.match(path)) and method == "POST":
            return self._create_aistudio(m.group(1), request)
        if _BATCHES.match(path) and method == "GET":
            return self._json(200, {"operations": [self._operation(b) for b in self._listed("aistudio")]})
        if m := _BATCH.match(path):
            return self._one(m.group(1), method, bool(m.group(2)), "aistudio")
        if m := _VERTEX_JOBS.match(path):
            if method == "POST":
                return self._create_vertex(m.group(1), m.group(2), request)
            return self._json(200, {"batchPredictionJobs": [self._vertex_job(b) for b in self._listed("vertex")]})
        if m := _VERTEX_JOB.match(path):
            return self._one(m.group(1), method, bool(m.group(2)), "vertex")
        if (m := _GCS_PERMS.match(path)) and method == "GET":
            return self._json(200, {"kind": "storage#testIamPermissionsResponse",
                                    "permissions": list(self.options.bucket_permissions)})
        if (m := _GCS_UPLOAD.match(path)) and method == "POST":
            return self._gcs_upload(unquote(m.group(1)), request)
        if (m := _GCS_LIST.match(path)) and method == "GET":
            bucket = self.buckets.get(unquote(m.group(1)), {})
            prefix = request.query.get("prefix", "")
            return self._json(200, {"kind": "storage#objects", "items": [
                {"name": n, "bucket": m.group(1), "size": str(len(d))}
                for n, d in sorted(bucket.items()) if n.startswith(prefix)]})
        if (m := _GCS_OBJECT.match(path)) and method == "GET":
            data = self.buckets.get(unquote(m.group(1)), {}).get(unquote(m.group(2)))
            if data is None:
                return self._error(404, "NOT_FOUND", "No such object: "
                                   f"{unquote(m.group(1))}/{unquote(m.group(2))}")
            return self._download_reply(data)
        return self._error(404, "NOT_FOUND", f"The requested URL {path} was not found on this server.")

    # ---------------------------------------------------------------- helpers
    @staticmethod
    def _json(status: int, data: object, **kwargs: Any) -> Reply:
        return Reply(status=status, body=json.dumps(data).encode(), **kwargs)

    def _error(self, code: int, status: str, message: str) -> Reply:
        return self._json(code, {"error": {"code": code, "message": message, "status": status}})

    def _authorise(self, request: Request, vertex_side: bool) -> None:
        if vertex_side:
            token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if not self.service.tokens.token_is_valid(token):
                raise _Refused(self._error(401, "UNAUTHENTICATED",
                                           "Request had invalid authentication credentials."))
            return
        key = request.headers.get("x-goog-api-key") or request.query.get("key", "")
        if key not in self.service.api_keys:
            raise _Refused(self._error(400, "INVALID_ARGUMENT",
                                       "API key not valid. Please pass a valid API key."))

    def _download_reply(self, data: bytes) -> Reply:
        seconds = self.options.download_seconds
        if seconds:
            pieces = 50
            return Reply(body=data, content_type="application/octet-stream",
                         chunk_size=max(1, len(data) // pieces), chunk_delay=seconds / pieces)
        return Reply(body=data, content_type="application/octet-stream")

    # ------------------------------------------------------------- Files API
    def _upload(self, request: Request, version: str) -> Reply:
        upload_id = request.query.get("upload_id")
        command = request.headers.get("x-goog-upload-command", "")
        if upload_id is None:
            if request.headers.get("x-goog-upload-protocol") != "resumable" or command != "start":
                return self._error(400, "INVALID_ARGUMENT", "Only resumable uploads are supported.")
            from nbp_desktop.emulator.service import proto_json_names

            # google-genai sends the file's metadata snake_case; Google's JSON parser takes both.
            meta = proto_json_names(json.loads(request.body or b"{}").get("file") or {})
            upload_id = secrets.token_urlsafe(12)
            self.uploads[upload_id] = {
                "data": bytearray(), "meta": meta,
                "size": int(request.headers.get("x-goog-upload-header-content-length", "0")),
                "mime": request.headers.get("x-goog-upload-header-content-type", "application/octet-stream")}
            url = (f"{self.service.base_url}/upload/{version}/files"
                   f"?upload_id={upload_id}&upload_protocol=resumable")
            return self._json(200, {}, extra_headers=[("x-goog-upload-url", url),
                                                      ("x-goog-upload-status", "active")])
        upload = self.uploads.get(upload_id)
        if upload is None:
            return self._error(404, "NOT_FOUND", "Upload session not found.")
        offset = int(request.headers.get("x-goog-upload-offset", "-1"))
        if offset != len(upload["data"]):
            return self._error(400, "INVALID_ARGUMENT",
                               f"Upload offset {offset} does not match {len(upload['data'])}.")
        upload["data"] += request.body
        delay = self.options.upload_delay
        if "finalize" not in command:
            return self._json(200, {}, extra_headers=[("x-goog-upload-status", "active")], delay=delay)
        del self.uploads[upload_id]
        if len(upload["data"]) != upload["size"]:
            return self._error(400, "INVALID_ARGUMENT", "Upload size does not match the declared length.")
        name = str(upload["meta"].get("name") or f"files/{secrets.token_hex(6)}")  # a chosen name is kept
        meta = self._store_file(name, bytes(upload["data"]), upload["mime"],
                                upload["meta"].get("displayName") or name, "UPLOADED")
        return self._json(200, {"file": meta}, extra_headers=[("x-goog-upload-status", "final")],
                          delay=delay)

    def _store_file(self, name: str, data: bytes, mime: str, display: str, source: str) -> dict[str, Any]:
        meta = {"name": name, "displayName": display, "mimeType": mime, "sizeBytes": str(len(data)),
                "createTime": _now(), "state": "ACTIVE", "source": source,
                "uri": f"{self.service.base_url}/v1beta/{name}",
                "sha256Hash": base64.b64encode(hashlib.sha256(data).digest()).decode()}
        if source == "GENERATED":
            meta["downloadUri"] = f"{self.service.base_url}/download/v1beta/{name}:download?alt=media"
        self.files[name] = {"meta": meta, "data": data}
        return meta

    def _file(self, name: str, download: bool) -> Reply:
        stored = self.files.get(name)
        if stored is None:
            return self._error(404, "NOT_FOUND", f"File {name} does not exist.")
        if not download:
            return self._json(200, stored["meta"])
        if stored["meta"]["source"] != "GENERATED":
            return self._error(400, "INVALID_ARGUMENT", "Only generated files can be downloaded.")
        return self._download_reply(stored["data"])

    def _delete_file(self, name: str) -> Reply:
        if self.files.pop(name, None) is None:
            return self._error(404, "NOT_FOUND", f"File {name} does not exist.")
        return self._json(200, {})

    # --------------------------------------------------------------- batches
    def _create_aistudio(self, model: str, request: Request) -> Reply:
        from nbp_desktop.emulator.service import MODELS, RETIRED_ON_AISTUDIO

        if model not in MODELS or model in RETIRED_ON_AISTUDIO:  # refused at create, as at Google
            return self._error(404, "NOT_FOUND", f"models/{model} is not found for API version "
                               f"{request.path.split('/')[1]}, or is not supported for batchGenerateContent.")
        try:
            batch = json.loads(request.body)["batch"]
            config = batch["inputConfig"]
        except (ValueError, KeyError, TypeError):
            return self._error(400, "INVALID_ARGUMENT", "Invalid JSON payload received.")
        if "fileName" in config:
            stored = self.files.get(config["fileName"])
            if stored is None:
                return self._error(404, "NOT_FOUND", f"File {config['fileName']} does not exist.")
            requests = []
            for line in stored["data"].splitlines():
                if line.strip():
                    item = json.loads(line)
                    requests.append((item.get("key"), item.get("request") or {}))
        else:
            items = (config.get("requests") or {}).get("requests") or []
            requests = [((item.get("metadata") or {}).get("key"), item.get("request") or {}) for item in items]
        if not requests:
            return self._error(400, "INVALID_ARGUMENT", "The batch has no requests.")
        name = f"batches/{secrets.token_hex(8)}"
        entry = self._new_batch(name, "aistudio", model, str(batch.get("displayName") or name),
                                requests, config)
        return self._json(200, self._operation(entry), delay=self.options.create_delay)

    def _create_vertex(self, project: str, location: str, request: Request) -> Reply:
        try:
            job = json.loads(request.body)
            uris = job["inputConfig"]["gcsSource"]["uris"]
            output_prefix = job["outputConfig"]["gcsDestination"]["outputUriPrefix"]
            model = str(job["model"]).rsplit("/", 1)[-1]
        except (ValueError, KeyError, TypeError):
            return self._error(400, "INVALID_ARGUMENT", "Invalid JSON payload received.")
        requests = []
        for uri in uris:
            bucket, _, object_name = uri.removeprefix("gs://").partition("/")
            data = self.buckets.get(bucket, {}).get(object_name)
            if data is None:
                return self._error(400, "FAILED_PRECONDITION", f"Input file {uri} does not exist.")
            for line in data.splitlines():
                if line.strip():
                    request_body = json.loads(line).get("request") or {}
                    requests.append(((request_body.get("labels") or {}).get("nbp_key"), request_body))
        name = f"projects/{project}/locations/{location}/batchPredictionJobs/{secrets.randbelow(10**18)}"
        entry = self._new_batch(name, "vertex", model, str(job.get("displayName") or name),
                                requests, job["inputConfig"])
        entry.output_prefix = output_prefix.rstrip("/")
        return self._json(200, self._vertex_job(entry), delay=self.options.create_delay)

    def _new_batch(self, name: str, api: str, model: str, display: str,
                   requests: list[tuple[str | None, dict[str, Any]]], source: dict[str, Any]) -> _Batch:
        entry = _Batch(name=name, api=api, model=model, display_name=display, created=time.time(),
                       requests=requests, source=source, expire=self.options.expire_next,
                       lose_result=self.options.lose_next_result_file)
        self.options.expire_next = False
        self.options.lose_next_result_file = False
        with self._lock:
            self.batches[name] = entry
        return entry

    def _listed(self, api: str) -> list[_Batch]:
        with self._lock:
            found = [b for b in self.batches.values() if b.api == api]
        for entry in found:
            self._advance(entry)
        return found

    def _one(self, name: str, method: str, cancel: bool, api: str) -> Reply:
        entry = self.batches.get(name)
        if entry is None or entry.api != api:
            return self._error(404, "NOT_FOUND", f"Batch {name} not found.")
        if cancel and method == "POST":
            self._advance(entry)
            if entry.state in ("PENDING", "RUNNING"):
                entry.state, entry.ended = "CANCELLED", time.time()
            return self._json(200, {})
        if method == "DELETE":
            with self._lock:
                del self.batches[name]
            return self._json(200, {})
        self._advance(entry)
        return self._json(200, self._operation(entry) if api == "aistudio" else self._vertex_job(entry))

    def _advance(self, entry: _Batch) -> None:
        if entry.state not in ("PENDING", "RUNNING"):
            return
        age = time.time() - entry.created
        if age < self.options.delay:
            entry.state = "RUNNING" if age >= self.options.delay / 2 else "PENDING"
            return
        if entry.expire:
            entry.state, entry.ended = "EXPIRED", time.time()
            return
        self._finish(entry)

    def _finish(self, entry: _Batch) -> None:
        """Answer every request as generateContent would; write the output."""
        lines: list[bytes] = []
        inline: list[dict[str, Any]] = []
        given_metadata = [item.get("metadata") for item in
                          ((entry.source.get("requests") or {}).get("requests") or [])]
        for index, (key, body) in enumerate(entry.requests):
            answer, error = self._answer(entry, key, body)
            if error:
                entry.failed += 1
            else:
                entry.succeeded += 1
            if entry.api == "vertex":
                status = "" if not error else f"Bad Request: {json.dumps({'error': error})}"
                lines.append(json.dumps({"request": body, "response": answer, "status": status},
                                        default=_spliced_text).encode())
            elif "fileName" in entry.source:
                item = {**({"key": key} if key is not None else {}),
                        **({"error": error} if error else {"response": answer})}
                lines.append(json.dumps(item, default=_spliced_text).encode())
            else:  # the request's metadata comes back as it was given (or not at all)
                metadata = given_metadata[index] if index < len(given_metadata) else None
                item = {**({"metadata": metadata} if metadata else {}),
                        **({"error": error} if error else {"response": answer})}
                inline.append(json.loads(json.dumps(item, default=_spliced_text)))
        entry.state, entry.ended = "SUCCEEDED", time.time()
        if entry.api == "vertex":
            stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            bucket, _, prefix = entry.output_prefix.removeprefix("gs://").partition("/")
            directory = f"{prefix}/prediction-model-{stamp}" if prefix else f"prediction-model-{stamp}"
            if not entry.lose_result:
                self.buckets.setdefault(bucket, {})[f"{directory}/predictions.jsonl"] = b"\n".join(lines) + b"\n"
            entry.output = {"gcsOutputDirectory": f"gs://{bucket}/{directory}"}
        elif "fileName" in entry.source:
            name = f"files/batch-{entry.name.rsplit('/', 1)[-1]}"
            self._store_file(name, b"\n".join(lines) + b"\n", "application/jsonl",
                             f"{entry.display_name}-results", "GENERATED")
            if entry.lose_result:
                del self.files[name]
            entry.output = {"responsesFile": name}
        else:
            entry.output = {"inlinedResponses": {"inlinedResponses": inline}}

    def _answer(self, entry: _Batch, key: str | None,
                body: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        from nbp_desktop.emulator.service import BadRequest, read_request

        if key is not None and key in self.options.fail_keys:
            return None, {"code": 400, "status": "INVALID_ARGUMENT",
                          "message": "Request contains an invalid argument."}
        api = "vertex" if entry.api == "vertex" else "aistudio"
        try:
            body = read_request(body, api)
            size, ratio, output_mime, modalities, prompt = self.service._validate(body, api, entry.model)
        except BadRequest as exc:
            return None, {"code": 400, "status": "INVALID_ARGUMENT", "message": exc.message}
        except KeyError:
            return None, {"code": 404, "status": "NOT_FOUND",
                          "message": f"models/{entry.model} is not found for API version v1beta."}
        if self.options.tiny_images:
            answer = self._tiny_answer(entry.model, size, ratio, output_mime, modalities, prompt, body)
        else:
            answer = self.service._gemini_answer(entry.model, size, ratio, output_mime, modalities,
                                                 prompt, body, None, {})
        answer["usageMetadata"]["serviceTier"] = "batch"
        return answer, None

    def _tiny_answer(self, model: str, size: str, ratio: str, output_mime: str | None,
                     modalities: list[str], prompt: str, body: dict[str, Any]) -> dict[str, Any]:
        """generateContent's answer shape (thought parts, signature, usage) around a flat image."""
        from nbp_desktop.core.catalog import output_dimensions
        from nbp_desktop.emulator.service import MODELS

        response_id = secrets.token_urlsafe(12)
        width, height = output_dimensions(ratio, size)
        mime = output_mime or "image/png"
        image = tiny_image(width, height, prompt, response_id, mime)
        image_tokens = MODELS[model][3][size]
        system = " ".join(p.get("text", "") for p in (body.get("systemInstruction") or {}).get("parts", []))
        prompt_tokens = max(1, (len(prompt) + len(system)) // 4)
        thoughts = 180 + len(prompt) % 120
        parts: list[dict[str, Any]] = [
            {"text": "**Planning the composition**", "thought": True},
            {"inlineData": {"mimeType": "image/png",
                            "data": base64.b64encode(tiny_image(16, 16, prompt, "thought")).decode()},
             "thought": True},
            {"inlineData": {"mimeType": mime, "data": base64.b64encode(image).decode()},
             "thoughtSignature": base64.b64encode(secrets.token_bytes(24)).decode()},
        ]
        text_tokens = 0
        if "TEXT" in modalities:
            parts.append({"text": "Here is the image you asked for."})
            text_tokens = 8
        return {"modelVersion": model, "responseId": response_id,
                "candidates": [{"content": {"role": "model", "parts": parts},
                                "finishReason": "STOP", "index": 0}],
                "usageMetadata": {"promptTokenCount": prompt_tokens,
                                  "candidatesTokenCount": image_tokens + text_tokens,
                                  "thoughtsTokenCount": thoughts,
                                  "totalTokenCount": prompt_tokens + image_tokens + text_tokens + thoughts,
                                  "candidatesTokensDetails": [{"modality": "IMAGE",
                                                               "tokenCount": image_tokens}]}}

    def _stats(self, entry: _Batch) -> dict[str, Any]:
        total = len(entry.requests)
        done = entry.succeeded + entry.failed
        return {"requestCount": str(total), "successfulRequestCount": str(entry.succeeded),
                "failedRequestCount": str(entry.failed), "pendingRequestCount": str(total - done)}

    def _operation(self, entry: _Batch) -> dict[str, Any]:
        done = entry.state not in ("PENDING", "RUNNING")
        metadata = {"@type": "type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatch",
                    "model": f"models/{entry.model}", "displayName": entry.display_name,
                    "name": entry.name, "state": f"BATCH_STATE_{entry.state}",
                    "createTime": datetime.fromtimestamp(entry.created, UTC).isoformat(),
                    "batchStats": self._stats(entry)}
        if entry.ended:
            metadata["endTime"] = datetime.fromtimestamp(entry.ended, UTC).isoformat()
        if entry.output:
            metadata["output"] = entry.output
        data: dict[str, Any] = {"name": entry.name, "metadata": metadata, "done": done}
        if entry.state == "EXPIRED":
            data["error"] = {"code": 4, "message": "The batch expired before it was run."}
        return data

    def _vertex_job(self, entry: _Batch) -> dict[str, Any]:
        data = {"name": entry.name, "displayName": entry.display_name,
                "model": f"publishers/google/models/{entry.model}", "state": f"JOB_STATE_{entry.state}",
                "inputConfig": entry.source,
                "outputConfig": {"predictionsFormat": "jsonl",
                                 "gcsDestination": {"outputUriPrefix": entry.output_prefix}},
                "createTime": datetime.fromtimestamp(entry.created, UTC).isoformat(),
                "completionStats": {"successfulCount": str(entry.succeeded),
                                    "failedCount": str(entry.failed)}}
        if entry.output:
            data["outputInfo"] = entry.output
        if entry.ended:
            data["endTime"] = datetime.fromtimestamp(entry.ended, UTC).isoformat()
        return data

    # ----------------------------------------------------------------- storage
    def _gcs_upload(self, bucket: str, request: Request) -> Reply:
        name = request.query.get("name")
        if not name:
            return self._error(400, "INVALID_ARGUMENT", "Required parameter: name")
        if "storage.objects.create" not in self.options.bucket_permissions:
            return self._error(403, "PERMISSION_DENIED",
                               "does not have storage.objects.create access to the Google Cloud "
                               "Storage object. Permission 'storage.objects.create' denied on "
                               "resource (or it may not exist).")
        self.buckets.setdefault(bucket, {})[name] = request.body
        return self._json(200, {"kind": "storage#object", "name": name, "bucket": bucket,
                                "size": str(len(request.body))}, delay=self.options.upload_delay)

    # ----------------------------------------------------------------- control
    def _control(self, request: Request) -> Reply:
        if request.method == "POST":
            data = json.loads(request.body or b"{}")
            if data.pop("reset", False):
                self.reset()
            try:
                self.options.configure(data)
            except ValueError as exc:
                return self._json(400, {"error": str(exc)})
        return self._json(200, {"batches": [{"name": b.name, "state": b.state,
                                             "display_name": b.display_name,
                                             "requests": len(b.requests)}
                                            for b in self.batches.values()],
                                "requests": self.requests[-200:]})


class _Refused(Exception):
    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


def _spliced_text(value: object) -> str:
    data = getattr(value, "data", None)
    if isinstance(data, bytes):
        return data.decode("ascii")
    raise TypeError(type(value).__name__)
