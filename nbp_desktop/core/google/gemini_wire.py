"""The ``generateContent`` wire format shared by AI Studio, Vertex and Vertex express.

Rules that Google enforces (or that bit other clients) and that this module keeps:
every ``contents`` item has a ``role``; system text goes in ``systemInstruction``;
``thinkingLevel`` only for models that accept it; ``imageOutputOptions`` only on Vertex
(service account and express alike; AI Studio refuses it, and so do we, before sending);
``serviceTier`` top-level as Google's SDK sends it; no sampling parameters unless set;
thought parts (including interim thought images) are never results; image type comes
from the bytes, not the label; signatures are kept for multi-turn edits.
"""

from __future__ import annotations

import re
from typing import Any

from nbp_desktop.core.catalog import model_info
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.image_types import pixel_size, sniff_mime
from nbp_desktop.core.generation.request import GenerationRequest, Part
from nbp_desktop.core.generation.result import GeneratedImage, GenerationResult
from nbp_desktop.core.google import GoogleText, json_blobs
from nbp_desktop.core.google.json_blobs import BlobRef

_NOT_SPACE = re.compile(rb"\S")
SAFETY_REASONS = {"SAFETY", "IMAGE_SAFETY", "PROHIBITED_CONTENT", "IMAGE_PROHIBITED_CONTENT",
                  "BLOCKLIST", "SPII"}
RECITATION_REASONS = {"RECITATION", "IMAGE_RECITATION"}


def validate_for_api(request: GenerationRequest, *, vertex: bool) -> None:
    """What the API (not the model) refuses: AI Studio has no server-side output format."""
    if not vertex and (request.output_mime or request.output_quality is not None):
        raise NbpError(ErrorKind.INVALID_SETTING,
                       GoogleText.tr("AI Studio cannot choose the output format or JPEG quality "
                                     "(only Vertex can); leave them empty, or export the image "
                                     "as JPEG afterwards."))


def validate(request: GenerationRequest) -> None:
    """Refuse, before anything is sent, what the catalog says this model rejects."""
    info = model_info(request.model)
    model = info.display_name
    if request.thinking_level and not info.accepts_thinking_level:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       GoogleText.tr("{model} does not take a thinking level (it always "
                                     "thinks). Leave the thinking level empty.")
                       .format(model=model))
    if request.thinking_level and request.thinking_level not in info.thinking_levels:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       GoogleText.tr("{model} accepts the thinking levels {levels}, not "
                                     "“{level}”.")
                       .format(model=model, levels=", ".join(info.thinking_levels),
                               level=request.thinking_level))
    if request.aspect_ratio and request.aspect_ratio not in info.aspect_ratios:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       GoogleText.tr("{model} does not make {value} images. Choose one of "
                                     "{choices}.")
                       .format(model=model, value=request.aspect_ratio,
                               choices=", ".join(info.aspect_ratios)))
    if request.size not in info.sizes:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       GoogleText.tr("{model} does not make {value} images. Choose one of "
                                     "{choices}.")
                       .format(model=model, value=request.size, choices=", ".join(info.sizes)))
    if len(request.references) > info.max_reference_images:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       GoogleText.tr("{model} takes at most {limit} reference images; %n were "
                                     "given.", None, len(request.references))
                       .format(model=model, limit=info.max_reference_images))
    for ref in request.references:
        if ref.mime not in info.reference_types:
            pdf_or_video = ref.mime.startswith(("application/pdf", "video/"))
            what = GoogleText.tr("PDF or video") if pdf_or_video else ref.mime
            raise NbpError(ErrorKind.UNSUPPORTED_REFERENCE,
                           GoogleText.tr("{model} does not take {type} references ({name}); use "
                                         "images, or Nano Banana 2.1.")
                           .format(model=model, type=what,
                                   name=ref.name or GoogleText.tr("a reference")))
    tier = (request.service_tier or "standard").lower()
    if tier in info.refused_tiers:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       GoogleText.tr("{model} does not take the {tier} service tier; choose "
                                     "Standard for this connection.")
                       .format(model=model, tier=tier.capitalize()))
    if not request.prompt.strip() and not request.references:
        raise NbpError(ErrorKind.INVALID_SETTING, GoogleText.tr("Write a prompt first."))


def _part_json(part: Part) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if part.text is not None:
        out["text"] = part.text
    if part.image is not None:
        out["inlineData"] = {"mimeType": part.mime or sniff_mime(part.image) or "image/png",
                             "data": BlobRef(part.image)}
    if part.thought_signature:
        out["thoughtSignature"] = part.thought_signature
    return out


def build_body(request: GenerationRequest, *, vertex: bool) -> bytes:
    """``vertex``: any Vertex kind (service account or express)."""
    validate(request)
    validate_for_api(request, vertex=vertex)
    info = model_info(request.model)
    contents = [{"role": turn.role, "parts": [_part_json(p) for p in turn.parts]}
                for turn in request.history]
    user_parts: list[dict[str, Any]] = []
    if request.prompt:
        user_parts.append({"text": request.prompt})
    for ref in request.references:
        user_parts.append({"inlineData": {"mimeType": ref.mime, "data": BlobRef(ref.data)}})
    contents.append({"role": "user", "parts": user_parts})

    image_config: dict[str, Any] = {}
    if request.aspect_ratio:
        image_config["aspectRatio"] = request.aspect_ratio
    if info.sends_image_size:
        image_config["imageSize"] = request.size
    if vertex and (request.output_mime or request.output_quality is not None):
        options: dict[str, Any] = {}
        if request.output_mime:
            options["mimeType"] = request.output_mime
        if request.output_quality is not None:
            options["compressionQuality"] = int(request.output_quality)
        image_config["imageOutputOptions"] = options

    # Grounding does not work with image-only output, so TEXT is always asked for with it.
    modalities = ["TEXT", "IMAGE"] if (request.include_text or request.grounding) else ["IMAGE"]
    generation_config: dict[str, Any] = {"responseModalities": modalities}
    if image_config:
        generation_config["imageConfig"] = image_config
    if request.thinking_level:
        generation_config["thinkingConfig"] = {"thinkingLevel": request.thinking_level}
    if request.seed is not None:
        generation_config["seed"] = int(request.seed)
    if request.temperature is not None:
        generation_config["temperature"] = float(request.temperature)

    body: dict[str, Any] = {"contents": contents, "generationConfig": generation_config}
    if request.system_text:
        body["systemInstruction"] = {"parts": [{"text": request.system_text}]}
    if request.grounding:
        body["tools"] = [{"googleSearch": {}}]
    if request.service_tier and request.service_tier.lower() != "standard":
        body["serviceTier"] = request.service_tier.lower()
    return json_blobs.dumps(body)


def parse_response(raw: json_blobs.RawBody, request: GenerationRequest) -> GenerationResult:
    """Walk every part of a 200 answer. Raises NbpError for blocks, no image, bad bytes."""
    data, blobs = parse_json_body(raw)
    if not isinstance(data, dict):
        raise NbpError(ErrorKind.MALFORMED_BODY,
                       GoogleText.tr("Google's answer was not in the expected form."),
                       detail=f"top-level {type(data).__name__}")
    usage = data.get("usageMetadata") or {}
    feedback = data.get("promptFeedback") or {}
    candidates = data.get("candidates") or []
    if not candidates:
        reason = feedback.get("blockReason")
        if reason:
            raise NbpError(ErrorKind.PROMPT_BLOCKED,
                           GoogleText.tr("The prompt was blocked by Google's safety filter "
                                         "({reason}). Rephrase it and try again.")
                           .format(reason=reason),
                           detail=str(feedback.get("blockReasonMessage", reason)))
        raise NbpError(ErrorKind.NO_IMAGE, GoogleText.tr("Google answered without an image."),
                       detail="no candidates")

    candidate = candidates[0]
    finish = candidate.get("finishReason")
    parts = ((candidate.get("content") or {}).get("parts")) or []
    images: list[GeneratedImage] = []
    texts: list[str] = []
    model_turn: list[Part] = []
    thoughts = 0
    for part in parts:
        if not isinstance(part, dict):
            continue
        if part.get("thought"):
            thoughts += 1  # thought text and interim thought images are not results
            continue
        signature = part.get("thoughtSignature")
        inline = part.get("inlineData")
        if isinstance(inline, dict) and "data" in inline:
            image = _image_from(inline.get("data"), str(inline.get("mimeType", "")), blobs, signature)
            images.append(image)
            model_turn.append(Part(image=image.data, mime=image.mime, thought_signature=signature))
        elif "text" in part:
            texts.append(str(part["text"]))
            model_turn.append(Part(text=str(part["text"]), thought_signature=signature))
        elif signature:
            model_turn.append(Part(thought_signature=signature))

    text = "\n".join(t for t in texts if t).strip()
    if not images:
        raise _no_image_error(finish, text, candidate)
    return GenerationResult(images=images, text=text, model_turn=tuple(model_turn),
                            finish_reason=finish, usage=usage,
                            model_version=data.get("modelVersion"),
                            response_id=data.get("responseId"), thought_count=thoughts)


def parse_json_body(raw: json_blobs.RawBody) -> tuple[object, list[json_blobs.Blob]]:
    """``json_blobs.loads`` with failures named as truncated, malformed or not JSON at all."""
    # Index, never strip: stripping a 36 MB bytearray would copy it.
    found = _NOT_SPACE.search(raw)
    start = found.start() if found else len(raw)
    first = raw[start:start + 1]
    if first and first not in (b"{", b"["):
        raise NbpError(ErrorKind.NON_JSON_BODY,
                       GoogleText.tr("The server (or a proxy in between) answered with a web "
                                     "page instead of data."),
                       detail=raw[:300].decode("utf-8", "replace"))
    try:
        return json_blobs.loads(raw)
    except ValueError as exc:
        pos = getattr(exc, "pos", None)
        tail = raw[-64:]
        content_end = len(raw) - (len(tail) - len(tail.rstrip()))
        if not first or (pos is not None and pos >= content_end - 1) \
                or "Unterminated string" in str(exc):
            raise NbpError(ErrorKind.TRUNCATED_BODY,
                           GoogleText.tr("The answer was cut off before it was complete."),
                           detail=f"{exc} (received {len(raw)} bytes)") from None
        raise NbpError(ErrorKind.MALFORMED_BODY,
                       GoogleText.tr("The answer could not be read (malformed data)."),
                       detail=str(exc)) from None


def _image_from(value: object, declared: str, blobs: list[json_blobs.Blob], signature: str | None) -> GeneratedImage:
    try:
        data = json_blobs.decode_base64_value(value, blobs)
    except (ValueError, TypeError) as exc:
        raise NbpError(ErrorKind.MALFORMED_BODY,
                       GoogleText.tr("The image in the answer could not be decoded."),
                       detail=str(exc)) from None
    return check_image(data, declared, signature)


def check_image(data: bytes, declared: str, signature: str | None = None) -> GeneratedImage:
    """Sniff and measure returned bytes; bytes that are no image are an error."""
    mime = sniff_mime(data)
    size = pixel_size(data) if mime else None
    if mime is None or size is None:
        raise NbpError(ErrorKind.NOT_AN_IMAGE,
                       GoogleText.tr("The answer contained data that is not a readable image."),
                       detail=f"declared {declared or 'no type'}, {len(data)} bytes, "
                              f"starts {data[:8].hex()}")
    return GeneratedImage(data=data, mime=mime, declared_mime=declared or mime,
                          width=size[0], height=size[1], thought_signature=signature)


def _no_image_error(finish: str | None, text: str, candidate: dict[str, Any]) -> NbpError:
    detail = " ".join(x for x in (finish or "", str(candidate.get("finishMessage", "")), text) if x)
    if finish in SAFETY_REASONS:
        return NbpError(ErrorKind.IMAGE_SAFETY,
                        GoogleText.tr("Google's safety filter withheld the image ({reason}): "
                                      "rephrase the prompt or use other reference images, since "
                                      "real people, brands and violent or explicit details are "
                                      "the usual triggers.").format(reason=finish),
                        detail=detail)
    if finish in RECITATION_REASONS:
        return NbpError(ErrorKind.IMAGE_RECITATION,
                        GoogleText.tr("The image was withheld because it resembled existing "
                                      "material too closely ({reason}). Change the prompt and "
                                      "try again.").format(reason=finish), detail=detail)
    if text and finish in (None, "STOP"):
        return NbpError(ErrorKind.TEXT_ONLY,
                        GoogleText.tr("Google answered with text only, no image. Ask for an "
                                      "image explicitly in the prompt."), detail=text)
    return NbpError(ErrorKind.NO_IMAGE,
                    GoogleText.tr("Google did not make an image this time ({reason}).")
                    .format(reason=finish or GoogleText.tr("no reason given")),
                    detail=detail)
