"""What one generation asks for, independent of the connection kind it is sent through."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from nbp_desktop.core.catalog import DEFAULT_MODEL

Role = Literal["user", "model"]


@dataclass(frozen=True)
class ReferenceImage:
    """An image sent with the prompt, already prepared to fit Google's inline limit."""

    data: bytes
    mime: str
    name: str = ""


@dataclass(frozen=True)
class Part:
    """One part of a conversation turn, as Google's ``parts[]`` items carry them."""

    text: str | None = None
    image: bytes | None = None
    mime: str | None = None
    thought_signature: str | None = None


@dataclass(frozen=True)
class Turn:
    """A previous turn of a multi-turn edit; a model turn is echoed back exactly,
    thought signatures included, so Google keeps its context."""

    role: Role
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class GenerationRequest:
    prompt: str
    model: str = DEFAULT_MODEL
    size: str = "1K"
    aspect_ratio: str | None = None
    system_text: str | None = None
    references: tuple[ReferenceImage, ...] = ()
    history: tuple[Turn, ...] = ()
    thinking_level: str | None = None
    grounding: bool = False
    seed: int | None = None
    temperature: float | None = None
    include_text: bool = True  # ask for TEXT as well as IMAGE
    # Vertex only: server-side output type and JPEG quality (imageConfig.imageOutputOptions).
    output_mime: str | None = None
    output_quality: int | None = None
    service_tier: str | None = None  # None or "standard": Google's default (field not sent)
    extra: dict[str, Any] = field(default_factory=dict)  # free-form, kept in metadata only

    def to_metadata(self) -> dict[str, Any]:
        """Parameters for the journal and sidecar (no image bytes, never a secret)."""
        return {
            "prompt": self.prompt,
            "model": self.model,
            "size": self.size,
            "aspect_ratio": self.aspect_ratio,
            "system_text": self.system_text,
            "references": [{"name": r.name, "mime": r.mime, "bytes": len(r.data)}
                           for r in self.references],
            "history_turns": len(self.history),
            "thinking_level": self.thinking_level,
            "grounding": self.grounding,
            "seed": self.seed,
            "temperature": self.temperature,
            "output_mime": self.output_mime,
            "output_quality": self.output_quality,
            "service_tier": self.service_tier,
        }


def from_openai_messages(messages: list[dict[str, Any]]) -> tuple[str | None, tuple[Turn, ...]]:
    """Map an OpenAI-style chat history onto Gemini's: ``system`` messages become the system
    instruction, ``assistant`` becomes ``model``; everything else is ``user``.

    Returns (system_text, turns). Content may be a string or a list of ``{"type": "text"}``
    items; images in OpenAI form are not carried here (references carry images)."""
    system_parts: list[str] = []
    turns: list[Turn] = []
    for message in messages:
        role = message.get("role", "user")
        content = message.get("content", "")
        if isinstance(content, list):
            text = "\n".join(str(c.get("text", "")) for c in content
                             if isinstance(c, dict) and c.get("type") in ("text", "input_text"))
        else:
            text = str(content)
        if role in ("system", "developer"):
            system_parts.append(text)
            continue
        gemini_role: Role = "model" if role in ("assistant", "model") else "user"
        turns.append(Turn(role=gemini_role, parts=(Part(text=text),)))
    return ("\n\n".join(system_parts) or None), tuple(turns)
