"""What the emulator answers: Google's generateContent for AI Studio, Vertex and Vertex
express, an OpenAI-compatible images endpoint, the OAuth token endpoint, and control
endpoints under ``/_emulator/`` for tests (faults, request log, connection counts).

It is deliberately strict where Google is strict (roles, ``thinkingLevel``,
``imageOutputOptions`` on AI Studio, thought signatures on AI Studio, regions on Vertex, unknown
field names, undecodable bytes), so a client that passes against it does not trip on the same
things in production; and as lenient as Google where Google is lenient, so Google's own SDK
runs against it unchanged: ``/v1`` and ``/v1beta`` (AI Studio), ``/v1`` and ``/v1beta1``
(Vertex), proto field names in camelCase or snake_case, bytes in standard or URL-safe base64
with or without padding.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import threading
import time
from typing import Any, cast

from nbp_desktop.core.catalog import FLASH_RATIOS, PRO_RATIOS, output_dimensions
from nbp_desktop.emulator import images
from nbp_desktop.emulator.batch_service import BatchService
from nbp_desktop.emulator.faults import HTTP_FAULTS, Fault, FaultPlan
from nbp_desktop.emulator.http_server import CountsConnections, Reply, Request
from nbp_desktop.emulator.oauth import TokenAuthority

DEFAULT_API_KEY = "emulator-key"
SKIP_SIGNATURE = "skip_thought_signature_validator"
INLINE_LIMIT = 7 * 1024 * 1024

# model id -> (accepts thinkingLevel, sizes, aspect ratios, image tokens per size)
_PRO_RATIOS = set(PRO_RATIOS)
_FLASH_RATIOS = set(FLASH_RATIOS)
MODELS = {
    "gemini-3-pro-image": (False, {"1K", "2K", "4K"}, _PRO_RATIOS, {"1K": 1120, "2K": 1120, "4K": 2000}),
    "gemini-nano-banana-2.1": (True, {"1K", "2K", "4K"}, _FLASH_RATIOS, {"1K": 1120, "2K": 1680, "4K": 2520}),
    "gemini-3.1-flash-lite-image": (True, {"1K"}, _FLASH_RATIOS, {"1K": 1120}),
}
THINKING_LEVELS = {"gemini-nano-banana-2.1": {"MINIMAL", "MEDIUM", "HIGH"},
                   "gemini-3.1-flash-lite-image": {"MINIMAL", "HIGH"}}
SERVICE_TIERS = {"STANDARD", "FLEX", "PRIORITY", "UNSPECIFIED"}
# Google's model page lists neither Flex nor Priority for Nano Banana 2 Lite.
TIER_REFUSALS = {"gemini-3.1-flash-lite-image": {"FLEX", "PRIORITY"}}
REFERENCE_MIME_TYPES = {"image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"}
# PDF and video references: Nano Banana 2 and its successors, not Pro (Google's model pages).
DOCUMENT_MIME_TYPES = {"application/pdf", "video/mp4", "video/mpeg", "video/quicktime",
                       "video/webm", "video/x-flv", "video/mpg", "video/wmv", "video/3gpp"}
TAKES_DOCUMENTS = {"gemini-nano-banana-2.1", "gemini-3.1-flash-lite-image", "gemini-3.1-flash-image"}
# Top-level fields of GenerateContentRequest as Google's JSON parser knows them.
_REQUEST_FIELDS = {"model", "contents", "systemInstruction", "generationConfig", "safetySettings",
                   "tools", "toolConfig", "cachedContent", "serviceTier", "labels",
                   "modelArmorConfig", "store"}
_VERTEX_ONLY_FIELDS = {"labels", "modelArmorConfig"}
RETIRED_ON_AISTUDIO = {"gemini-3-pro-image-preview", "gemini-3.1-flash-image", "gemini-2.5-flash-image"}

_AISTUDIO = re.compile(r"^/(v1|v1beta)/models/([^/:]+):(generateContent|countTokens)$")
_VERTEX = re.compile(r"^/v1(?:beta1)?/projects/([^/]+)/locations/([^/]+)/publishers/google/models/([^/:]+)"
                     r":(generateContent|countTokens)$")
_EXPRESS = re.compile(r"^/v1(?:beta1)?/publishers/google/models/([^/:]+):(generateContent|countTokens)$")


class _Spliced:
    """Big base64 text that is spliced into the JSON after encoding, not escaped by it."""

    def __init__(self, data: bytes) -> None:
        self.data = data


def _json_reply(status: int, data: object, **kwargs: Any) -> Reply:
    spliced: list[bytes] = []

    def default(value: object) -> str:
        if isinstance(value, _Spliced):
            spliced.append(value.data)
            return f"@@splice{len(spliced) - 1}@@"
        raise TypeError(type(value).__name__)

    body = json.dumps(data, default=default).encode()
    for index, piece in enumerate(spliced):
        body = body.replace(f"@@splice{index}@@".encode(), piece, 1)
    return Reply(status=status, body=body, **kwargs)


def google_error(code: int, status: str, message: str, details: list[dict[str, Any]] | None = None) -> Reply:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = details
    return _json_reply(code, {"error": error})


class BadRequest(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmulatorService:
    def __init__(self, api_keys: set[str] | None = None, realistic: bool = False,
                 latency: float = 0.0) -> None:
        self.api_keys = set(api_keys or {DEFAULT_API_KEY})
        self.realistic = realistic
        self.latency = latency  # seconds of "thinking" before each answer
        self.mislabel_jpeg = False
        self.gateway_drafts = False  # gateway answers carry a half-size draft before the final
        self.tier_refusals: dict[str, set[str]] = {}  # model -> tiers refused (beyond Google's own)
        self.faults = FaultPlan()
        self.tokens = TokenAuthority()
        self.base_url = ""
        self._lock = threading.Lock()
        self._log: list[dict[str, Any]] = []
        self._signatures: set[str] = set()
        self.server: CountsConnections | None = None
        self.batches = BatchService(self)  # Batch API, Files API, Vertex batch jobs, the bucket

    # ----------------------------------------------------------------- routing
    async def handle(self, request: Request) -> Reply:
        path = request.path
        if self.batches.handles(request):
            return await self.batches.handle(request)
        if path.startswith("/_emulator/"):
            return self._control(request)
        if path == "/token" and request.method == "POST":
            status, data = self.tokens.handle_token_request(request.body, self.base_url + "/token")
            return _json_reply(status, data)
        if request.method == "GET" and path == "/":
            return _json_reply(200, {"emulator": "nbp-desktop", "base_url": self.base_url})
        if request.method == "GET" and path == "/v1/models":
            key = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if key not in self.api_keys:
                return self._invalid_key("openai")
            return _json_reply(200, {"object": "list", "data": [{"id": m, "object": "model"}
                                                                for m in MODELS]})
        if request.method != "POST":
            return google_error(405, "METHOD_NOT_ALLOWED", f"Method {request.method} not allowed.")
        entry = {"time": request.received_at, "connection_id": request.connection_id,
                 "path": path, "method": request.method}
        if m := _AISTUDIO.match(path):
            entry["api_version"] = m.group(1)
            reply = self._gemini(request, entry, "aistudio", m.group(2), method=m.group(3))
        elif m := _VERTEX.match(path):
            reply = self._gemini(request, entry, "vertex", m.group(3), m.group(1), m.group(2),
                                 method=m.group(4))
        elif m := _EXPRESS.match(path):
            reply = self._gemini(request, entry, "vertex-express", m.group(1), method=m.group(2))
        elif path in ("/v1/images/generations", "/v1/images/edits"):
            reply = self._openai(request, entry)
        elif path == "/v1/chat/completions":
            reply = self._openai_chat(request, entry)
        else:
            reply = google_error(404, "NOT_FOUND", f"The requested URL {path} was not found on this server.")
        entry["status"] = reply.status
        if reply.delay == 0 and self.latency:
            reply.delay = self.latency
        request_closed = request.peer_closed

        def on_sent() -> None:
            entry["completed_at"] = time.time()
        reply.on_sent = on_sent
        entry["peer_closed"] = request_closed
        with self._lock:
            self._log.append(entry)
        return reply

    # ------------------------------------------------------------ generateContent
    def _gemini(self, request: Request, entry: dict[str, Any], api: str, model: str,
                project: str | None = None, location: str | None = None,
                method: str = "generateContent") -> Reply:
        entry.update(api=api, model=model, project=project, location=location, method=method)
        if api == "vertex":
            token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if not self.tokens.token_is_valid(token):
                return google_error(401, "UNAUTHENTICATED",
                                    "Request had invalid authentication credentials. Expected OAuth 2 "
                                    "access token, login cookie or other valid authentication credential.")
        else:
            key = request.headers.get("x-goog-api-key") or request.query.get("key", "")
            if key not in self.api_keys:
                return self._invalid_key(api)
        try:
            body = json.loads(request.body)
            if not isinstance(body, dict):
                raise ValueError("not an object")
        except ValueError:
            return google_error(400, "INVALID_ARGUMENT",
                                "Invalid JSON payload received. Unexpected token.")
        try:
            body = read_request(body, api)
        except BadRequest as exc:
            return google_error(400, "INVALID_ARGUMENT", exc.message)
        entry["request"] = _summarise_request(body)
        fault = self.faults.take(api)
        entry["fault"] = fault.kind if fault else None
        if fault and fault.kind in HTTP_FAULTS:
            return self._http_fault(fault, api, model, project, location)
        if fault and fault.kind == "drop_connection":
            return Reply(drop=True)
        known = MODELS.get(model)
        if api == "aistudio" and (known is None or model in RETIRED_ON_AISTUDIO):
            return self._model_not_found(api, model, project, location,
                                         entry.get("api_version", "v1beta"))
        if api in ("vertex", "vertex-express") and known is None:
            return self._model_not_found(api, model, project, location)
        if api == "vertex" and location != "global":
            return self._model_not_found(api, model, project, location)
        if method == "countTokens":
            text = json.dumps(body.get("contents", ""))
            return _json_reply(200, {"totalTokens": max(1, len(text) // 4)})
        try:
            size, ratio, output_mime, modalities, prompt = self._validate(body, api, model)
            tier = self._service_tier(body, model)
        except BadRequest as exc:
            return google_error(400, "INVALID_ARGUMENT", exc.message)
        entry["service_tier"] = tier
        content_fault = fault.kind if fault else None
        answer = self._gemini_answer(model, size, ratio, output_mime, modalities, prompt, body,
                                     content_fault, entry)
        reply = _json_reply(200, answer)
        return self._apply_wire_fault(reply, fault)

    def _validate(self, body: dict[str, Any], api: str,
                  model: str) -> tuple[str, str, str | None, list[str], str]:
        accepts_thinking, sizes, ratios, _ = MODELS[model]
        contents = body.get("contents")
        if not isinstance(contents, list) or not contents:
            raise BadRequest("* GenerateContentRequest.contents: contents is not specified")
        prompt_texts = []
        for index, content in enumerate(contents):
            role = content.get("role") if isinstance(content, dict) else None
            if role is None and api == "aistudio":
                role = "user"  # AI Studio fills in a missing role; Vertex does not
            if role not in ("user", "model"):
                raise BadRequest("Please use a valid role: user, model.")
            for part_index, part in enumerate(content.get("parts") or []):
                inline = part.get("inlineData") if isinstance(part, dict) else None
                if inline:
                    data = inline.get("_bytes", b"")
                    if len(data) > INLINE_LIMIT and api != "aistudio":
                        raise BadRequest("Request payload size exceeds the limit: 7340032 bytes per inline image.")
                    mime = inline.get("mimeType")
                    if mime not in REFERENCE_MIME_TYPES and not (
                            mime in DOCUMENT_MIME_TYPES and model in TAKES_DOCUMENTS):
                        raise BadRequest(f"Unsupported MIME type: {mime}")
                signature = part.get("thoughtSignature") if isinstance(part, dict) else None
                if role == "model" and signature and signature != SKIP_SIGNATURE \
                        and signature not in self._signatures:
                    raise BadRequest(f"Corrupted thought signature for content at index {index}.")
                if role == "model" and inline and not signature and api == "aistudio":
                    raise BadRequest(f"Image part is missing a thought_signature in content "
                                     f"position {index + 1}, part position {part_index + 1}.")
                if role == "user" and isinstance(part, dict) and "text" in part:
                    prompt_texts.append(str(part["text"]))
        config = body.get("generationConfig") or {}
        thinking = config.get("thinkingConfig") or {}
        if "thinkingLevel" in thinking and not accepts_thinking:
            raise BadRequest("Thinking level is not supported for this model.")
        level = str(thinking.get("thinkingLevel", "")).upper().removeprefix("THINKING_LEVEL_")
        if level and level not in THINKING_LEVELS.get(model, set()):
            raise BadRequest(f"Invalid value at 'generation_config.thinking_config.thinking_level': "
                             f"thinking level {thinking['thinkingLevel']} is not supported for "
                             f"{model}.")
        image_config = config.get("imageConfig") or {}
        if "imageOutputOptions" in image_config and api == "aistudio":
            raise BadRequest('Invalid JSON payload received. Unknown name "imageOutputOptions" at '
                             "'generation_config.image_config': Cannot find field.")
        size = image_config.get("imageSize", "1K")
        if size not in sizes:
            raise BadRequest(f"Invalid image size: {size}. Supported values are 1K, 2K, 4K.")
        ratio = image_config.get("aspectRatio", "1:1")
        if ratio not in ratios:
            raise BadRequest(f"Invalid aspect ratio: {ratio}.")
        output_mime = (image_config.get("imageOutputOptions") or {}).get("mimeType")
        modalities = [str(m).upper() for m in config.get("responseModalities") or ["TEXT", "IMAGE"]]
        return size, ratio, output_mime, modalities, "\n".join(prompt_texts)

    def _service_tier(self, body: dict[str, Any], model: str) -> str:
        """The tier the request asks for (Google's enum, any case); 400 where the model refuses it."""
        asked = str(body.get("serviceTier") or "standard").upper().removeprefix("SERVICE_TIER_")
        if asked not in SERVICE_TIERS:
            raise BadRequest(f"Invalid value at 'service_tier' (type.googleapis.com/"
                             f"google.ai.generativelanguage.v1beta.ServiceTier), \"{body['serviceTier']}\"")
        refused = self.tier_refusals.get(model, TIER_REFUSALS.get(model, set()))
        if asked in refused:
            raise BadRequest(f"Service tier {asked.lower()} is not supported for model {model}.")
        return "standard" if asked == "UNSPECIFIED" else asked.lower()

    def _gemini_answer(self, model: str, size: str, ratio: str, output_mime: str | None,
                       modalities: list[str], prompt: str, body: dict[str, Any], fault: str | None,
                       entry: dict[str, Any]) -> dict[str, Any]:
        response_id = secrets.token_urlsafe(12)
        image_tokens = MODELS[model][3][size]
        input_images = sum(1 for c in body["contents"] for p in c.get("parts") or []
                           if isinstance(p, dict) and "inlineData" in p)
        system = " ".join(p.get("text", "") for p in (body.get("systemInstruction") or {}).get("parts", []))
        text_in = max(1, (len(prompt) + len(system)) // 4)
        prompt_tokens = text_in + 560 * input_images
        usage = {"promptTokenCount": prompt_tokens,
                 "promptTokensDetails": [{"modality": "TEXT", "tokenCount": text_in}]
                 + ([{"modality": "IMAGE", "tokenCount": 560 * input_images}] if input_images else []),
                 "serviceTier": entry.get("service_tier") or "standard"}
        base = {"modelVersion": model, "responseId": response_id}
        if fault == "prompt_blocked":
            return {**base, "promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},
                    "usageMetadata": {**usage, "totalTokenCount": prompt_tokens}}
        if fault in ("image_safety", "image_recitation", "no_image"):
            reason = {"image_safety": "IMAGE_SAFETY", "image_recitation": "IMAGE_RECITATION",
                      "no_image": "NO_IMAGE"}[fault]
            return {**base, "candidates": [{"content": {"role": "model", "parts": []},
                                            "finishReason": reason, "index": 0}],
                    "usageMetadata": {**usage, "totalTokenCount": prompt_tokens}}
        thoughts_tokens = 180 + len(prompt) % 120
        thought_parts = [
            {"text": "**Planning the composition**\nI am laying out the scene and the light.", "thought": True},
            {"inlineData": {"mimeType": "image/png",
                            "data": base64.b64encode(images.thought_image(prompt)).decode()},
             "thought": True},
        ]
        if fault == "text_only" or "IMAGE" not in modalities:
            text = "I can describe it, but here is only text: a calm scene with soft light."
            return {**base, "candidates": [{"content": {"role": "model",
                                                        "parts": [*thought_parts[:1], {"text": text}]},
                                            "finishReason": "STOP", "index": 0}],
                    "usageMetadata": {**usage, "candidatesTokenCount": 20,
                                      "thoughtsTokenCount": thoughts_tokens,
                                      "totalTokenCount": prompt_tokens + 20 + thoughts_tokens}}
        width, height = output_dimensions(ratio, size)
        fmt, declared = "PNG", "image/png"
        if output_mime == "image/jpeg":
            fmt, declared = "JPEG", "image/jpeg"
        if fault == "mislabel_jpeg" or self.mislabel_jpeg:
            fmt, declared = "JPEG", "image/png"  # Google has sent JPEG bytes labelled PNG
        if fault == "not_image":
            data = b"<html>this is not an image</html>" * 64
            image = images.EncodedImage(base64.b64encode(data), hashlib.sha256(data).hexdigest(), len(data))
        else:
            image = images.encoded(width, height, prompt or "image", fmt, self.realistic,
                                   unique=response_id)
        signature = base64.b64encode(secrets.token_bytes(48)).decode()
        with self._lock:
            self._signatures.add(signature)
        entry["image_sha256"] = [image.sha256]
        entry["image_bytes"] = image.size
        entry["thought_signature"] = signature
        parts = [*thought_parts, {"inlineData": {"mimeType": declared, "data": _Spliced(image.base64)},
                                  "thoughtSignature": signature}]
        text_tokens = 0
        if "TEXT" in modalities:
            parts.append({"text": "Here is the image you asked for."})
            text_tokens = 8
        candidates_tokens = image_tokens + text_tokens
        usage.update(candidatesTokenCount=candidates_tokens, thoughtsTokenCount=thoughts_tokens,
                     totalTokenCount=prompt_tokens + candidates_tokens + thoughts_tokens,
                     candidatesTokensDetails=[{"modality": "IMAGE", "tokenCount": image_tokens}])
        return {**base, "candidates": [{"content": {"role": "model", "parts": parts},
                                        "finishReason": "STOP", "index": 0}],
                "usageMetadata": usage}

    # ------------------------------------------------------------------ OpenAI
    def _openai_chat(self, request: Request, entry: dict[str, Any]) -> Reply:
        """A gateway's chat endpoint, text only: what a relay in front of Gemini answers to a
        short text request (the gateway connection test sends one)."""
        refused, _fault = self._openai_gate(request, entry)
        if refused:
            return refused
        try:
            body = json.loads(request.body)
            model = str(body["model"])
            messages = list(body["messages"])
        except (ValueError, KeyError, TypeError):
            return _openai_error(400, "Invalid request body.", "invalid_request_error")
        entry.update(model=model, request={"model": model, "max_tokens": body.get("max_tokens"),
                                           "modalities": body.get("modalities"), "messages": len(messages),
                                           "keys": sorted(body)})
        if model not in MODELS:
            return _openai_error(404, f"The model `{model}` does not exist.", "model_not_found")
        return _json_reply(200, {
            "id": f"chatcmpl-{secrets.token_hex(8)}", "object": "chat.completion", "created": int(time.time()),
            "model": model, "choices": [{"index": 0, "finish_reason": "stop",
                                         "message": {"role": "assistant", "content": "OK"}}],
            "usage": {"prompt_tokens": 6, "completion_tokens": 1, "total_tokens": 7}})

    def _openai_gate(self, request: Request, entry: dict[str, Any]) -> tuple[Reply | None, Any]:
        """What every gateway request meets first: the key, then a fault set for ``openai``.
        Gives (the refusal, or None; the fault taken, for the caller's later kinds)."""
        entry["api"] = "openai"
        key = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if key not in self.api_keys:
            return self._invalid_key("openai"), None
        fault = self.faults.take("openai")
        entry["fault"] = fault.kind if fault else None
        if fault and fault.kind in HTTP_FAULTS:
            return self._http_fault(fault, "openai", "", None, None), fault
        return None, fault

    def _openai(self, request: Request, entry: dict[str, Any]) -> Reply:
        refused, fault = self._openai_gate(request, entry)
        if refused:
            return refused
        if fault and fault.kind == "drop_connection":
            return Reply(drop=True)
        try:
            if path_is_edit := request.path.endswith("/edits"):
                body, references = _multipart_form(request)
                if not references:
                    raise ValueError("no image")
                entry["references"] = [hashlib.sha256(r).hexdigest() for r in references]
            else:
                body = json.loads(request.body)
            model = str(body["model"])
            width, height = (int(x) for x in str(body.get("size", "1024x1024")).lower().split("x"))
            count = int(body.get("n", 1))
            prompt = str(body["prompt"])
        except (ValueError, KeyError, TypeError):
            return _openai_error(400, "Invalid request body.", "invalid_request_error")
        entry.update(model=model, request={"model": model, "size": f"{width}x{height}", "n": count,
                                           "response_format": body.get("response_format"),
                                           "edit": path_is_edit, "keys": sorted(body)})
        if model not in MODELS:
            return _openai_error(404, f"The model `{model}` does not exist.", "model_not_found")
        if body.get("response_format") not in (None, "b64_json"):
            return _openai_error(400, "Only response_format=b64_json is supported here.",
                                 "invalid_request_error")
        if fault and fault.kind in ("prompt_blocked", "image_safety"):
            return _openai_error(400, "Your request was rejected as a result of our safety system.",
                                 "content_policy_violation")
        items: list[dict[str, object]] = []
        hashes: list[str] = []
        for _ in range(max(1, min(count, 4))):
            if fault and fault.kind == "not_image":
                data = b"not an image" * 100
                image = images.EncodedImage(base64.b64encode(data), hashlib.sha256(data).hexdigest(), len(data))
            else:
                image = images.encoded(width, height, prompt, "PNG", self.realistic,
                                       unique=secrets.token_urlsafe(12))
            hashes.append(image.sha256)
            if self.gateway_drafts:  # as LiteLLM passes Gemini's interim thought image through
                draft = images.encoded(width // 2, height // 2, "draft:" + prompt, "PNG",
                                       unique=secrets.token_urlsafe(8))
                items.append({"b64_json": _Spliced(draft.base64)})
            items.append({"b64_json": _Spliced(image.base64), "revised_prompt": prompt})
        entry["image_sha256"] = hashes
        image_tokens = MODELS[model][3]["4K" if max(width, height) > 3000 else "1K"] * len(items)
        reply = _json_reply(200, {"created": int(time.time()), "data": items,
                                  "usage": {"input_tokens": len(prompt) // 4 + 1,
                                            "output_tokens": image_tokens,
                                            "total_tokens": len(prompt) // 4 + 1 + image_tokens,
                                            "output_tokens_details": {"image_tokens": image_tokens}}})
        return self._apply_wire_fault(reply, fault)

    # ------------------------------------------------------------------ errors
    def _invalid_key(self, api: str) -> Reply:
        if api == "openai":
            return _openai_error(401, "Incorrect API key provided.", "invalid_request_error",
                                 code="invalid_api_key")
        return google_error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.",
                            [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                              "reason": "API_KEY_INVALID", "domain": "googleapis.com",
                              "metadata": {"service": "generativelanguage.googleapis.com"}}])

    def _model_not_found(self, api: str, model: str, project: str | None, location: str | None,
                         version: str = "v1beta") -> Reply:
        if api == "aistudio":
            message = (f"models/{model} is not found for API version {version}, or is not supported "
                       "for generateContent. Call ListModels to see the list of available models "
                       "and their supported methods.")
        else:
            message = (f"Publisher Model `projects/{project or '-'}/locations/{location or 'global'}/"
                       f"publishers/google/models/{model}` was not found or your project does not "
                       "have access to it.")
        return google_error(404, "NOT_FOUND", message)

    def _http_fault(self, fault: Fault, api: str, model: str, project: str | None,
                    location: str | None) -> Reply:
        kind = fault.kind
        if api == "openai" and kind in ("invalid_key", "unauthenticated"):
            return self._invalid_key("openai")
        if kind == "invalid_key":
            return self._invalid_key(api)
        if kind == "unauthenticated":
            return google_error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.")
        if kind == "permission_denied":
            return google_error(403, "PERMISSION_DENIED",
                                f"Permission 'aiplatform.endpoints.predict' denied on resource "
                                f"'//aiplatform.googleapis.com/projects/{project}/locations/{location}/"
                                f"publishers/google/models/{model}' (or it may not exist)."
                                if api == "vertex" else "The caller does not have permission")
        if kind == "billing_disabled":
            return google_error(403, "PERMISSION_DENIED",
                                "This API method requires billing to be enabled. Please enable "
                                "billing on project #1234567890 by visiting the console, then retry.",
                                [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                  "reason": "BILLING_DISABLED", "domain": "googleapis.com"}])
        if kind == "model_not_found":
            return self._model_not_found(api, model, project, location)
        if kind == "bad_request":
            return google_error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
        if kind in ("quota_per_minute", "quota_per_day"):
            per_day = kind == "quota_per_day"
            delay = fault.retry_delay if fault.retry_delay is not None else (0.0 if per_day else 2.0)
            quota_id = ("GenerateRequestsPerDayPerProjectPerModel" if per_day
                        else "GenerateRequestsPerMinutePerProjectPerModel")
            details = [
                {"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                 "violations": [{"quotaMetric": "generativelanguage.googleapis.com/generate_content_requests",
                                 "quotaId": quota_id,
                                 "quotaDimensions": {"location": "global", "model": model},
                                 "quotaValue": "250" if per_day else "10"}]},
                {"@type": "type.googleapis.com/google.rpc.Help",
                 "links": [{"description": "Learn more about Gemini API quotas",
                            "url": "https://ai.google.dev/gemini-api/docs/rate-limits"}]},
            ]
            if not per_day:
                details.append({"@type": "type.googleapis.com/google.rpc.RetryInfo",
                                "retryDelay": f"{delay:g}s"})
            if api == "openai":
                return _openai_error(429, "Rate limit reached.", "rate_limit_exceeded")
            return google_error(429, "RESOURCE_EXHAUSTED",
                                "You exceeded your current quota, please check your plan and billing "
                                f"details. Please retry in {delay:g}s.", details)
        if kind == "vertex_exhausted":
            return google_error(429, "RESOURCE_EXHAUSTED",
                                "Resource exhausted. Please try again later. Please refer to "
                                "https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 "
                                "for more details.")
        if kind == "overloaded":
            return google_error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")
        if kind == "server_error":
            return google_error(500, "INTERNAL", "An internal error has occurred. Please retry or "
                                                 "report in https://developers.generativeai.google/guide/troubleshooting")
        if kind == "gateway_timeout":
            return google_error(504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete.")
        if kind == "request_timeout":
            return google_error(408, "DEADLINE_EXCEEDED", "Request timeout.")
        # bad_gateway_html: a proxy's HTML page instead of JSON
        return Reply(status=502, content_type="text/html; charset=UTF-8",
                     body=b"<html><head><title>502 Bad Gateway</title></head><body><center>"
                          b"<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>")

    @staticmethod
    def _apply_wire_fault(reply: Reply, fault: Fault | None) -> Reply:
        if fault is None:
            return reply
        size = len(reply.body)
        if fault.kind == "slow_headers":
            reply.delay = fault.seconds if fault.seconds is not None else 5.0
        elif fault.kind == "stall_body":
            reply.stall_after = max(1, size // 3)
            reply.stall_seconds = fault.seconds if fault.seconds is not None else 3600.0
        elif fault.kind == "slow_body":
            reply.chunk_size = max(1024, size // 20)
            reply.chunk_delay = (fault.seconds if fault.seconds is not None else 1.0) / 20
        elif fault.kind == "truncated":
            reply.truncate_at = max(1, size // 2)
        elif fault.kind == "malformed":
            reply.body = reply.body[: max(1, size // 2)] + b'"}]}garbage'
        return reply

    # ----------------------------------------------------------------- control
    def _control(self, request: Request) -> Reply:
        name = request.path.removeprefix("/_emulator/")
        data = json.loads(request.body or b"{}") if request.method == "POST" else {}
        if name == "log":
            if request.method == "DELETE":
                self.clear_log()
            return _json_reply(200, {"requests": self.log()})
        if name == "stats":
            return _json_reply(200, self.stats())
        if name == "faults":
            try:
                self.faults.configure(data)
            except (TypeError, ValueError) as exc:
                return _json_reply(400, {"error": str(exc)})
            return _json_reply(200, self.faults.to_json())
        if name == "service-account":
            return _json_reply(200, self.create_service_account(data.get("project_id", "nbp-emulator-project")))
        if name == "options":
            for key in ("realistic", "latency", "mislabel_jpeg", "gateway_drafts"):
                if key in data:
                    setattr(self, key, data[key])
            if "api_keys" in data:
                self.api_keys = set(data["api_keys"])
            if "tier_refusals" in data:
                self.tier_refusals = {model: {str(t).upper() for t in tiers}
                                      for model, tiers in data["tier_refusals"].items()}
            return _json_reply(200, {"realistic": self.realistic, "latency": self.latency,
                                     "mislabel_jpeg": self.mislabel_jpeg})
        if name == "expire-tokens":
            self.tokens.expire_all_tokens()
            return _json_reply(200, {})
        return _json_reply(404, {"error": f"unknown control endpoint {name}"})

    def create_service_account(self, project_id: str = "nbp-emulator-project") -> dict[str, Any]:
        return self.tokens.create_service_account(self.base_url + "/token", project_id)

    def log(self) -> list[dict[str, Any]]:
        with self._lock:
            entries = list(self._log)
        out = []
        for entry in entries:
            item = {k: v for k, v in entry.items() if k != "peer_closed"}
            item["closed_by_client"] = bool(entry.get("peer_closed") and entry["peer_closed"].is_set())
            out.append(item)
        return out

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def stats(self) -> dict[str, Any]:
        server = self.server
        return {"connections": server.connections_opened if server else 0,
                "closed_by_client": server.connections_closed_by_peer_early if server else 0,
                "requests": len(self._log), "token_requests": self.tokens.token_requests}


def _multipart_form(request: Request) -> tuple[dict[str, Any], list[bytes]]:
    """Fields and image files of a ``multipart/form-data`` body (``/v1/images/edits``)."""
    from email.parser import BytesParser
    from email.policy import HTTP

    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise ValueError("not multipart")
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + request.body)
    fields: dict[str, Any] = {}
    files: list[bytes] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        payload = payload if isinstance(payload, bytes) else b""
        if part.get_filename() is not None or str(name).startswith("image"):
            files.append(payload)
        else:
            fields[str(name)] = payload.decode("utf-8")
    return fields, files


def _openai_error(status: int, message: str, type_: str, code: str | None = None) -> Reply:
    return _json_reply(status, {"error": {"message": message, "type": type_, "code": code or type_}})


def _summarise_request(body: dict[str, Any]) -> dict[str, Any]:
    """The request as logged: structure and sizes, never the image bytes themselves."""
    def part_summary(part: object) -> dict[str, Any]:
        if not isinstance(part, dict):
            return {"invalid": True}
        out: dict[str, Any] = {}
        if "text" in part:
            out["text"] = str(part["text"])[:500]
        if "inlineData" in part:
            raw = part["inlineData"].get("_bytes", b"")
            out["inlineData"] = {"mimeType": part["inlineData"].get("mimeType"), "bytes": len(raw),
                                 "sha256": hashlib.sha256(raw).hexdigest()}
        if "thoughtSignature" in part:
            out["thoughtSignature"] = part["thoughtSignature"]
        if "thought" in part:
            out["thought"] = part["thought"]
        return out

    return {
        "contents": [{"role": c.get("role") if isinstance(c, dict) else None,
                      "parts": [part_summary(p) for p in (c.get("parts") or [])] if isinstance(c, dict) else []}
                     for c in body.get("contents") or []],
        "systemInstruction": body.get("systemInstruction"),
        "generationConfig": body.get("generationConfig"),
        "tools": body.get("tools"),
        "serviceTier": body.get("serviceTier"),
        "top_level_keys": sorted(body),
    }


_SNAKE = re.compile(r"_([a-z0-9])")
_MAP_FIELDS = {"labels", "metadata"}  # their keys are data, not field names


def proto_json_names(value: object) -> object:
    """Field names as proto3 JSON parsers read them: ``inline_data`` and ``inlineData`` are
    the same field (Google's SDK sends some of each)."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = _SNAKE.sub(lambda m: m.group(1).upper(), key) if isinstance(key, str) else key
            out[name] = item if name in _MAP_FIELDS else proto_json_names(item)
        return out
    if isinstance(value, list):
        return [proto_json_names(item) for item in value]
    return value


def read_request(body: dict[str, Any], api: str) -> dict[str, Any]:
    """A GenerateContentRequest as Google's JSON parser reads it (for generateContent and each
    request of a batch): known field names only, camelCase, inline bytes decoded."""
    _check_fields(body, api)
    body = cast("dict[str, Any]", proto_json_names(body))  # an object stays an object
    _decode_inline_bytes(body)
    return body


def _check_fields(body: dict[str, Any], api: str) -> None:
    for key in body:
        name = _SNAKE.sub(lambda m: m.group(1).upper(), str(key))
        if name not in _REQUEST_FIELDS or (api == "aistudio" and name in _VERTEX_ONLY_FIELDS):
            raise BadRequest(f'Invalid JSON payload received. Unknown name "{key}": '
                             "Cannot find field.")


_BASE64_ALPHABET = re.compile(rb"^[A-Za-z0-9+/\-_]*={0,2}$")


def decode_proto_bytes(text: object) -> bytes:
    """A proto3 ``bytes`` value: standard or URL-safe base64, padded or not (as Google reads it)."""
    if not isinstance(text, str):
        raise ValueError("not a string")
    raw = text.strip().encode("ascii", "strict")
    if not _BASE64_ALPHABET.match(raw):
        raise ValueError("invalid character")
    raw = raw.rstrip(b"=").translate(bytes.maketrans(b"-_", b"+/"))
    if len(raw) % 4 == 1:
        raise ValueError("bad length")
    return base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)


def _decode_inline_bytes(body: dict[str, Any]) -> None:
    """Decode every ``inlineData.data`` once (kept as ``_bytes``); undecodable bytes are a 400."""
    for index, content in enumerate(body.get("contents") or []):
        if not isinstance(content, dict):
            continue
        for part_index, part in enumerate(content.get("parts") or []):
            inline = part.get("inlineData") if isinstance(part, dict) else None
            if not isinstance(inline, dict):
                continue
            try:
                inline["_bytes"] = decode_proto_bytes(inline.get("data", ""))
            except (ValueError, UnicodeError):
                raise BadRequest(f"Invalid value at 'contents[{index}].parts[{part_index}]."
                                 "inline_data.data' (TYPE_BYTES), Base64 decoding failed.") from None
