"""The OpenAI-compatible ``/v1/images/generations`` wire format that relays and gateways offer."""

from __future__ import annotations

import json

from nbp_desktop.core.catalog import output_dimensions
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.generation.result import GeneratedImage, GenerationResult
from nbp_desktop.core.google import json_blobs
from nbp_desktop.core.google.gemini_wire import check_image, parse_json_body, validate


def build_body(request: GenerationRequest) -> bytes:
    validate(request)
    if request.references or request.history:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       "Gateway connections (OpenAI images API) cannot send reference images or "
                       "edit earlier results. Use an AI Studio or Vertex connection for that.")
    width, height = output_dimensions(request.aspect_ratio or "1:1", request.size)
    prompt = request.prompt
    if request.system_text:
        # The images API has no system field; the instruction leads the prompt instead.
        prompt = f"{request.system_text}\n\n{prompt}"
    body = {"model": request.model, "prompt": prompt, "size": f"{width}x{height}", "n": 1,
            "response_format": "b64_json"}
    if request.seed is not None:
        body["seed"] = int(request.seed)
    return json.dumps(body).encode()


def parse_response(raw: bytes, request: GenerationRequest) -> GenerationResult:
    data, blobs = parse_json_body(raw)
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise NbpError(ErrorKind.MALFORMED_BODY, "The gateway's answer was not in the expected form.",
                       detail=str(data)[:300])
    images: list[GeneratedImage] = []
    revised = None
    for item in data["data"]:
        if not isinstance(item, dict) or "b64_json" not in item:
            continue
        try:
            raw_image = json_blobs.decode_base64_value(item["b64_json"], blobs)
        except (ValueError, TypeError) as exc:
            raise NbpError(ErrorKind.MALFORMED_BODY, "The image in the answer could not be decoded.",
                           detail=str(exc)) from None
        images.append(check_image(raw_image, ""))
        revised = item.get("revised_prompt") or revised
    if not images:
        raise NbpError(ErrorKind.NO_IMAGE, "The gateway answered without an image.",
                       detail=str(data)[:300])
    usage = data.get("usage") or {}
    return GenerationResult(images=images, usage=_gemini_usage(usage),
                            model_version=data.get("model") or request.model,
                            response_id=data.get("id"), revised_prompt=revised)


def _gemini_usage(usage: dict) -> dict:
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
