"""The OpenAI-compatible images API that relays and gateways (LiteLLM and others) offer:
``/v1/images/generations`` for a prompt, ``/v1/images/edits`` (multipart) when reference images
or an earlier result go with it.

Gateways as they are: ``response_format`` is not sent (LiteLLM's Gemini route refuses it unless
its operator drops unknown parameters; the images come back as ``b64_json`` anyway), and when
several images come back (LiteLLM passes Gemini's interim "thought" image through as an extra
item) only the final one is kept: the largest, the last of equals.
"""

from __future__ import annotations

import json
from typing import Any

from nbp_desktop.core.catalog import output_dimensions
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.generation.result import GeneratedImage, GenerationResult
from nbp_desktop.core.google import GoogleText, json_blobs
from nbp_desktop.core.google.gemini_wire import check_image, parse_json_body, validate

GENERATIONS_PATH = "/images/generations"
EDITS_PATH = "/images/edits"


def is_edit(request: GenerationRequest) -> bool:
    """References or an earlier result go to ``/v1/images/edits``."""
    return bool(request.references or _history_images(request))


def _history_images(request: GenerationRequest) -> list[tuple[bytes, str]]:
    return [(part.image, part.mime or "image/png") for turn in request.history
            for part in turn.parts if part.image is not None]


def _fields(request: GenerationRequest) -> dict[str, Any]:
    width, height = output_dimensions(request.aspect_ratio or "1:1", request.size)
    prompt = request.prompt
    if request.system_text:
        # The images API has no system field; the instruction leads the prompt instead.
        prompt = f"{request.system_text}\n\n{prompt}"
    body: dict[str, Any] = {"model": request.model, "prompt": prompt, "size": f"{width}x{height}", "n": 1}
    if request.seed is not None:
        body["seed"] = int(request.seed)
    return body


def build_body(request: GenerationRequest) -> bytes:
    """The JSON body for ``/v1/images/generations``."""
    validate(request)
    return json.dumps(_fields(request)).encode()


def build_edit(request: GenerationRequest) -> tuple[bytes, str]:
    """(multipart body, content type) for ``/v1/images/edits``: the earlier result first (the
    image being edited), then the references, as ``image[]`` files."""
    import httpx

    validate(request)
    for reference in request.references:
        if not reference.mime.startswith("image/"):  # the images API takes image files only
            raise NbpError(ErrorKind.UNSUPPORTED_REFERENCE, GoogleText.tr(
                "A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with "
                "this request. Use an AI Studio or Vertex AI connection for it.").format(
                    name=reference.name or reference.mime))
    images = _history_images(request) + [(r.data, r.mime) for r in request.references]
    extension = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}
    files = [("image[]", (f"image-{n}.{extension.get(mime, 'png')}", data, mime))
             for n, (data, mime) in enumerate(images, 1)]
    fields = {k: str(v) for k, v in _fields(request).items()}
    encoded = httpx.Request("POST", "http://gateway.invalid/", data=fields, files=files)
    return encoded.read(), encoded.headers["content-type"]


def parse_response(raw: json_blobs.RawBody, request: GenerationRequest) -> GenerationResult:
    data, blobs = parse_json_body(raw)
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise NbpError(ErrorKind.MALFORMED_BODY,
                       GoogleText.tr("The gateway's answer was not in the expected form."),
                       detail=str(data)[:300])
    images: list[GeneratedImage] = []
    revised = None
    links = 0
    for item in data["data"]:
        if isinstance(item, dict) and item.get("url") and "b64_json" not in item:
            links += 1
        if not isinstance(item, dict) or "b64_json" not in item:
            continue
        try:
            raw_image = json_blobs.decode_base64_value(item["b64_json"], blobs)
        except (ValueError, TypeError) as exc:
            raise NbpError(ErrorKind.MALFORMED_BODY,
                           GoogleText.tr("The image in the answer could not be decoded."),
                           detail=str(exc)) from None
        images.append(check_image(raw_image, ""))
        revised = item.get("revised_prompt") or revised
    if not images and links:
        raise NbpError(ErrorKind.NO_IMAGE,
                       GoogleText.tr("The gateway answered with links to images instead of the "
                                     "images themselves; it must return b64_json."),
                       detail=str(data)[:300])
    if not images:
        raise NbpError(ErrorKind.NO_IMAGE, GoogleText.tr("The gateway answered without an image."),
                       detail=str(data)[:300])
    final = max(reversed(range(len(images))), key=lambda i: images[i].width * images[i].height)
    drafts = len(images) - 1
    images = [images[final]]  # interim drafts never become results
    usage = data.get("usage") or {}
    return GenerationResult(images=images, usage=_gemini_usage(usage),
                            model_version=data.get("model") or request.model,
                            response_id=data.get("id"), revised_prompt=revised,
                            thought_count=drafts)


def _gemini_usage(usage: dict[str, Any]) -> dict[str, Any]:
    """Gateways report OpenAI-style usage; store it under Gemini's names so cost works alike."""
    if not usage:
        return {}
    if "promptTokenCount" in usage:
        return usage
    out = {"promptTokenCount": usage.get("input_tokens", usage.get("prompt_tokens", 0)),
           "candidatesTokenCount": usage.get("output_tokens", usage.get("completion_tokens", 0)),
           "totalTokenCount": usage.get("total_tokens", 0)}
    details = usage.get("output_tokens_details") or {}
    if "image_tokens" in details:
        out["candidatesTokensDetails"] = [{"modality": "IMAGE", "tokenCount": details["image_tokens"]}]
    return out
