"""What comes back from one generation request."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nbp_desktop.core.generation.request import Part


@dataclass(frozen=True)
class GeneratedImage:
    data: bytes  # byte-exact as Google sent it
    mime: str  # sniffed from the bytes
    declared_mime: str  # what the response said
    width: int
    height: int
    thought_signature: str | None = None

    @property
    def mislabelled(self) -> bool:
        return self.mime != self.declared_mime


@dataclass
class Timings:
    """Seconds per phase of one request (the last attempt) plus the total over attempts."""

    connect: float = 0.0  # TCP + TLS; 0 when a kept-alive connection was reused
    wait: float = 0.0  # request sent -> first response byte (Google thinking)
    download: float = 0.0  # first byte -> last byte
    decode: float = 0.0  # JSON parse + base64 decode + image check
    save: float = 0.0  # filled in by whoever writes the file
    total: float = 0.0  # first attempt start -> decoded result
    attempts: int = 1
    reused_connection: bool = False

    def to_json(self) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class GenerationResult:
    images: list[GeneratedImage]
    text: str = ""
    model_turn: tuple[Part, ...] = ()  # non-thought parts with their signatures, for edits
    finish_reason: str | None = None
    usage: dict[str, Any] = field(default_factory=dict)
    model_version: str | None = None
    response_id: str | None = None
    thought_count: int = 0  # thought parts skipped (text and interim images)
    timings: Timings = field(default_factory=Timings)
    http_version: str = ""
    revised_prompt: str | None = None  # OpenAI gateways may rewrite the prompt

    @property
    def thought_signatures(self) -> list[str]:
        return [p.thought_signature for p in self.model_turn if p.thought_signature]
