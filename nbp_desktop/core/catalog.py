"""The model catalog: what each Gemini image model accepts and what it costs.

This is the one place that knows model capabilities. The UI offers only what a model
supports, the wire layer (``gemini_wire.validate``) refuses what a model rejects (e.g.
``thinkingLevel`` on ``gemini-3-pro-image``), and the cost estimate reads its prices from here.
Figures and their sources: ``docs/maintainers/google-facts.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, TranslationContext


class CatalogText(TranslationContext):
    """Words the catalog gives a model: its notes, lifecycle, a qualified name (a translation
    context). Model names themselves (Nano Banana Pro), ratios and sizes are the same in every
    language."""


DEFAULT_MODEL = "gemini-3-pro-image"

# 1K pixel dimensions per aspect ratio (Google's published table for 3 Pro Image);
# 2K doubles each side, 4K quadruples it.
_BASE_1K_DIMENSIONS: dict[str, tuple[int, int]] = {
    "1:1": (1024, 1024),
    "2:3": (848, 1264),
    "3:2": (1264, 848),
    "3:4": (896, 1200),
    "4:3": (1200, 896),
    "4:5": (928, 1152),
    "5:4": (1152, 928),
    "9:16": (768, 1376),
    "16:9": (1376, 768),
    "21:9": (1584, 672),
    "1:4": (512, 2048),
    "4:1": (2048, 512),
    "1:8": (384, 3072),
    "8:1": (3072, 384),
}
_SIZE_FACTOR = {"1K": 1, "2K": 2, "4K": 4}

SERVICE_TIERS = ("standard", "flex", "priority")
# Google: Flex is half price; Priority is "75 % to 100 % more than standard" (1.8 estimated).
TIER_PRICE_FACTOR = {"standard": 1.0, "flex": 0.5, "priority": 1.8}
IMAGE_MIME_TYPES = ("image/png", "image/jpeg", "image/webp", "image/heic", "image/heif")
DOCUMENT_MIME_TYPES = ("application/pdf", "video/mp4", "video/mpeg", "video/quicktime", "video/webm")

PRO_RATIOS = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")
FLASH_RATIOS = (*PRO_RATIOS, "1:4", "4:1", "1:8", "8:1")


@dataclass(frozen=True)
class ModelInfo:
    model_id: str
    display_name: str  # English; shown_name in a window
    aspect_ratios: tuple[str, ...]
    sizes: tuple[str, ...]
    max_reference_images: int
    thinking_levels: tuple[str, ...]  # empty: the model rejects ``thinkingLevel``
    price_per_output_image: dict[str, float]  # USD per image, by size
    price_per_input_image: float  # USD per reference image
    input_price_per_million: float  # text/image input tokens
    text_output_price_per_million: float  # text + thinking tokens
    image_output_price_per_million: float
    sends_image_size: bool = True  # 1K-only models reject ``imageSize``
    notes: str = ""  # English (marked for lupdate); notes_text in a window
    aliases: tuple[str, ...] = field(default=())
    default_thinking_level: str | None = None  # what Google uses when none is sent
    reference_types: tuple[str, ...] = IMAGE_MIME_TYPES  # MIME types taken as references
    # Tiers Google documents as refused for the model; others are tried (and a refusal is
    # remembered per connection).
    refused_tiers: tuple[str, ...] = ()
    deprecated: str | None = None  # ISO date Google deprecated the model
    shutdown: str | None = None  # ISO date Google shuts (or shut) it down

    @property
    def accepts_thinking_level(self) -> bool:
        return bool(self.thinking_levels)

    @property
    def takes_documents(self) -> bool:
        """PDF and video references (Nano Banana 2 and later; not Pro)."""
        return "application/pdf" in self.reference_types

    @property
    def shown_name(self) -> str:
        """The model's name in the user's language (only a qualified name has words to translate)."""
        return CatalogText.tr(self.display_name) if self.display_name else self.display_name

    @property
    def notes_text(self) -> str:
        return CatalogText.tr(self.notes) if self.notes else ""

    @property
    def lifecycle_note(self) -> str:
        """Deprecation and shutdown in words, with dates; empty for a current model."""
        if self.deprecated and self.shutdown:
            return CatalogText.tr("Deprecated since {deprecated}, shut down on {shutdown}.").format(
                deprecated=self.deprecated, shutdown=self.shutdown)
        if self.deprecated:
            return CatalogText.tr("Deprecated since {deprecated}.").format(deprecated=self.deprecated)
        if self.shutdown:
            return CatalogText.tr("Shut down on {shutdown}.").format(shutdown=self.shutdown)
        return ""


_NANO_BANANA_PRO = ModelInfo(
    model_id="gemini-3-pro-image",
    display_name="Nano Banana Pro",
    aspect_ratios=PRO_RATIOS,
    sizes=("1K", "2K", "4K"),
    max_reference_images=14,
    thinking_levels=(),
    price_per_output_image={"1K": 0.134, "2K": 0.134, "4K": 0.24},
    price_per_input_image=0.0011,
    input_price_per_million=2.0,
    text_output_price_per_million=12.0,
    image_output_price_per_million=120.0,
    notes=QT_TRANSLATE_NOOP("CatalogText", "Always thinks; 4K is Preview on Vertex. Takes images only as references."),
    aliases=("nano-banana-pro-preview",),
)

_FLASH_REFERENCES = IMAGE_MIME_TYPES + DOCUMENT_MIME_TYPES

MODELS: tuple[ModelInfo, ...] = (
    _NANO_BANANA_PRO,
    replace(_NANO_BANANA_PRO, model_id="gemini-3-pro-image-preview",
            display_name=QT_TRANSLATE_NOOP("CatalogText", "Nano Banana Pro (preview, retired on AI Studio)"),
            notes=QT_TRANSLATE_NOOP("CatalogText", "Use gemini-3-pro-image."), aliases=(), shutdown="2026-06-25"),
    ModelInfo(
        model_id="gemini-nano-banana-2.1",
        display_name="Nano Banana 2.1",
        aspect_ratios=FLASH_RATIOS,
        sizes=("1K", "2K", "4K"),
        max_reference_images=14,
        thinking_levels=("minimal", "medium", "high"),
        default_thinking_level="medium",
        price_per_output_image={"1K": 0.0336, "2K": 0.0504, "4K": 0.0756},
        price_per_input_image=0.00084,
        input_price_per_million=1.5,
        text_output_price_per_million=7.5,
        image_output_price_per_million=30.0,
        reference_types=_FLASH_REFERENCES,
        notes=QT_TRANSLATE_NOOP("CatalogText", "GA on 2026-10-06; Google's recommended image model."),
    ),
    ModelInfo(
        model_id="gemini-3.1-flash-lite-image",
        display_name="Nano Banana 2 Lite",
        aspect_ratios=FLASH_RATIOS,
        sizes=("1K",),
        max_reference_images=14,
        thinking_levels=("minimal", "high"),
        price_per_output_image={"1K": 0.0336},
        price_per_input_image=0.00014,
        input_price_per_million=0.25,
        text_output_price_per_million=1.5,
        image_output_price_per_million=30.0,
        reference_types=_FLASH_REFERENCES,
        refused_tiers=("flex", "priority"),
        notes=QT_TRANSLATE_NOOP("CatalogText", "GA on 2026-06-30; fast, 1K only; no Flex or Priority tier."),
    ),
    ModelInfo(
        model_id="gemini-3.1-flash-image",
        display_name="Nano Banana 2",
        aspect_ratios=FLASH_RATIOS,
        sizes=("1K", "2K", "4K"),
        max_reference_images=14,
        thinking_levels=("minimal", "high"),
        price_per_output_image={"1K": 0.067, "2K": 0.101, "4K": 0.151},
        price_per_input_image=0.00028,
        input_price_per_million=0.5,
        text_output_price_per_million=3.0,
        image_output_price_per_million=60.0,
        reference_types=_FLASH_REFERENCES,
        notes=QT_TRANSLATE_NOOP("CatalogText", "Use gemini-nano-banana-2.1."),
        deprecated="2026-10-06",
        shutdown="2026-10-29",
    ),
    ModelInfo(
        model_id="gemini-2.5-flash-image",
        display_name="Nano Banana",
        aspect_ratios=PRO_RATIOS,
        sizes=("1K",),
        max_reference_images=3,
        thinking_levels=(),
        price_per_output_image={"1K": 0.039},
        price_per_input_image=0.0003,
        input_price_per_million=0.3,
        text_output_price_per_million=2.5,
        image_output_price_per_million=30.0,
        sends_image_size=False,
        notes=QT_TRANSLATE_NOOP("CatalogText", "1K only."),
        shutdown="2026-10-02",
    ),
)

_BY_ID = {m.model_id: m for m in MODELS} | {a: m for m in MODELS for a in m.aliases}


def model_info(model_id: str) -> ModelInfo:
    """Capabilities for ``model_id``; an unknown id (the id is user-editable) is treated
    like the default model so a newer Google model id still works."""
    info = _BY_ID.get(model_id)
    if info is not None:
        return info
    base = _BY_ID[DEFAULT_MODEL]
    return replace(base, model_id=model_id, display_name=model_id, aliases=())


def output_dimensions(aspect_ratio: str, size: str) -> tuple[int, int]:
    """Pixel (width, height) Google returns for a ratio and size."""
    try:
        w, h = _BASE_1K_DIMENSIONS[aspect_ratio]
        factor = _SIZE_FACTOR[size]
    except KeyError as exc:
        raise ValueError(f"unknown aspect ratio or size: {aspect_ratio} {size}") from exc
    return w * factor, h * factor


def tier_factor(tier: str | None) -> float:
    return TIER_PRICE_FACTOR.get((tier or "standard").lower(), 1.0)


def estimate_cost(model_id: str, size: str, count: int = 1, reference_images: int = 0,
                  service_tier: str | None = None) -> float:
    """Estimated USD before sending: catalog price × size × count plus input images, at the
    service tier's rate."""
    info = model_info(model_id)
    per_image = info.price_per_output_image.get(size, max(info.price_per_output_image.values()))
    usd = count * (per_image + reference_images * info.price_per_input_image) * tier_factor(service_tier)
    return round(usd, 6)


def actual_cost(model_id: str, usage: dict[str, Any]) -> float | None:
    """USD from ``usageMetadata``: IMAGE output tokens at the image rate, the rest of the
    output (text and thinking) at the text rate, all input at the input rate; at the rate of
    the tier Google says served it (``usageMetadata.serviceTier``: Priority may fall back to
    standard)."""
    if not usage:
        return None
    info = model_info(model_id)
    prompt = int(usage.get("promptTokenCount", 0) or 0)
    candidates = int(usage.get("candidatesTokenCount", 0) or 0)
    thoughts = int(usage.get("thoughtsTokenCount", 0) or 0)
    image_tokens = sum(
        int(d.get("tokenCount", 0) or 0)
        for d in usage.get("candidatesTokensDetails", []) or []
        if d.get("modality") == "IMAGE"
    )
    text_tokens = max(candidates - image_tokens, 0) + thoughts
    usd = (
        prompt * info.input_price_per_million
        + image_tokens * info.image_output_price_per_million
        + text_tokens * info.text_output_price_per_million
    ) / 1_000_000 * tier_factor(usage.get("serviceTier"))
    return round(usd, 6)


def size_and_ratio_of(width: int, height: int) -> tuple[str | None, str | None]:
    """(size, aspect ratio) of an image from its pixels: what the gallery filters on when the
    request is unknown (a library rebuilt from files, an image made elsewhere)."""
    if width <= 0 or height <= 0:
        return None, None
    for ratio, (w, h) in _BASE_1K_DIMENSIONS.items():
        for size, factor in _SIZE_FACTOR.items():
            if (w * factor, h * factor) == (width, height):
                return size, ratio
    shape = width / height
    ratio = min(_BASE_1K_DIMENSIONS, key=lambda r: abs(_ratio_value(r) - shape))
    base_edge = max(_BASE_1K_DIMENSIONS[ratio])
    size = min(_SIZE_FACTOR, key=lambda s: abs(base_edge * _SIZE_FACTOR[s] - max(width, height)))
    return size, ratio


def _ratio_value(ratio: str) -> float:
    w, h = ratio.split(":")
    return int(w) / int(h)
