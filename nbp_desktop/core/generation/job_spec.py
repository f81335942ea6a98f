"""What a job asks for (its spec) and the states it moves through: below both the job engine
and the library, which records the spec of every image in its sidecar."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any

from nbp_desktop.core.catalog import DEFAULT_MODEL
from nbp_desktop.core.known_fields import from_known_fields
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP


class JobStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SAVING = "saving"  # answer received; files being written (recovery finishes these)
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"
    INTERRUPTED = "interrupted"  # the app stopped while it ran: it may have been billed

    @property
    def finished(self) -> bool:
        return self in (JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELED,
                        JobStatus.INTERRUPTED)

    @property
    def active(self) -> bool:
        return self in (JobStatus.RUNNING, JobStatus.SAVING)


# Translated where it is recorded: translate("GenerationText", INTERRUPTED_MESSAGE).
INTERRUPTED_MESSAGE = QT_TRANSLATE_NOOP("GenerationText",
                                        "Interrupted — may have been billed. The app stopped "
                                        "while this job was running; run it again if you still "
                                        "want the image.")


@dataclass
class JobSpec:
    """One generation request as the user asked for it: serialisable, never a secret.
    Reference images are copies kept under the data dir (``references/``), so a job can be
    re-run after a restart even if the originals moved."""

    connection: str
    prompt: str
    model: str = DEFAULT_MODEL
    size: str = "1K"
    aspect_ratio: str | None = None
    system_text: str | None = None
    reference_files: list[str] = field(default_factory=list)  # relative to the data dir
    thinking_level: str | None = None
    grounding: bool = False
    seed: int | None = None
    temperature: float | None = None
    output_mime: str | None = None
    output_quality: int | None = None
    variations_grid: bool = False  # one 2×2 grid, stored with its four tiles
    parent_image_id: str | None = None  # set for edits: the image this one edits
    edit: str | None = None  # "edit" | "rerender"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> JobSpec:
        return from_known_fields(cls, data)
