"""The image sidecar: the JSON file beside every library image, its durable record.

It holds everything needed to understand and recall an image on another machine (the spec
the user asked for, the request as sent, the connection's name but never its secret, Google's
answer facts, usage, cost, timings) and makes a copied library folder self-describing. This
module is the only reader and writer of sidecars: typed dataclasses here, JSON on disk with a
``format_version``. Files without one (written before versioning, format 1) are migrated on
reading; files from a newer version are read for the fields this version knows.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.generation.job_spec import JobSpec
from nbp_desktop.core.known_fields import from_known_fields

SIDECAR_SUFFIX = ".json"
FORMAT_VERSION = 3  # 1: the unversioned files of earlier releases; 3 added tags and batch


@dataclass
class RequestFacts:
    """The request as it was sent (no image bytes)."""
    prompt: str | None = None
    model: str | None = None
    size: str | None = None
    aspect_ratio: str | None = None
    system_text: str | None = None
    references: list[dict[str, Any]] = field(default_factory=list)  # name, mime, bytes
    history_turns: int = 0
    thinking_level: str | None = None
    grounding: bool = False
    seed: int | None = None
    temperature: float | None = None
    output_mime: str | None = None
    output_quality: int | None = None
    service_tier: str | None = None  # None: standard


@dataclass
class ConnectionFacts:
    """Which connection made the image: its name and backend, never its secret."""
    name: str = ""
    kind: str = ""
    model: str | None = None
    location: str | None = None
    project: str | None = None


@dataclass
class ResultFacts:
    """What Google answered besides the pixels."""
    text: str = ""
    finish_reason: str | None = None
    model_version: str | None = None  # Google's modelVersion
    response_id: str | None = None  # Google's responseId
    thought_signatures: list[str] = field(default_factory=list)
    thought_parts_skipped: int = 0
    revised_prompt: str | None = None
    http_version: str = ""


@dataclass
class BatchFacts:
    """For an image from a prompt sheet: the sheet, its row, and the batch that made it."""
    id: str = ""  # the app's batch id
    google_name: str | None = None  # Google's name for the batch (batches/…, …/batchPredictionJobs/…)
    sheet: str = ""
    row: int = 0  # the sheet's row number (the header is row 1)
    key: str = ""  # the request's key within the batch (row and copy)
    output_name: str | None = None  # the sheet's "output name" column
    mode: str = ""  # inline | file | vertex | interactive
    price: str = "batch"  # batch: billed at half the interactive price


@dataclass
class Sidecar:
    id: str = ""
    image_file: str = ""  # the image's file name, in the same folder
    created: str = ""
    sha256: str = ""
    mime: str = ""
    declared_mime: str | None = None  # what the response said, when it differs from the bytes
    width: int = 0
    height: int = 0
    bytes: int = 0
    thought_signature: str | None = None
    job_id: str | None = None
    role: str = "result"  # result | grid | tile
    parent_id: str | None = None
    tile: int | None = None  # a grid tile's place, 0-3
    spec: JobSpec | None = None
    request: RequestFacts = field(default_factory=RequestFacts)
    connection: ConnectionFacts = field(default_factory=ConnectionFacts)
    result: ResultFacts = field(default_factory=ResultFacts)
    usage: dict[str, Any] = field(default_factory=dict)
    cost_usd: float | None = None
    estimated_cost_usd: float | None = None
    timings: dict[str, Any] = field(default_factory=dict)
    recovered: str | None = None  # why the app wrote this sidecar after the fact
    tags: list[str] = field(default_factory=list)  # free tags, e.g. from a prompt sheet's row
    batch: BatchFacts | None = None
    format_version: int = FORMAT_VERSION

    # ------------------------------------------------------------- recall
    def settings(self) -> JobSpec | None:
        """The settings that made this image, as the user asked for them (a copy the caller
        may change); None when the sidecar does not say."""
        return JobSpec.from_json(self.spec.to_json()) if self.spec is not None else None

    @property
    def model(self) -> str | None:
        return self.connection.model or self.request.model

    # ---------------------------------------------------------------- JSON
    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["spec"] = self.spec.to_json() if self.spec is not None else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Sidecar:
        data = _migrated(dict(data))
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        spec = values.pop("spec", None)
        batch = values.pop("batch", None)
        tags = values.pop("tags", None)
        return cls(**{
            **values,
            "spec": JobSpec.from_json(spec) if isinstance(spec, dict) else None,
            "batch": from_known_fields(BatchFacts, batch) if isinstance(batch, dict) else None,
            "tags": [str(t) for t in tags] if isinstance(tags, list) else [],
            "request": from_known_fields(RequestFacts, _section(data, "request")),
            "connection": from_known_fields(ConnectionFacts, _section(data, "connection")),
            "result": from_known_fields(ResultFacts, _section(data, "result")),
            "usage": _section(data, "usage"),
            "timings": _section(data, "timings"),
        })


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name)
    return value if isinstance(value, dict) else {}


def _migrated(data: dict[str, Any]) -> dict[str, Any]:
    """One step per format version, oldest first."""
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        version = 1
    if version == 1:
        # Format 1 kept the spec only for images made by the engine; for the others (sidecars
        # rebuilt by recovery, early releases) the request stands for it.
        request = _section(data, "request")
        if not isinstance(data.get("spec"), dict) and request.get("prompt") is not None:
            data["spec"] = {"connection": _section(data, "connection").get("name") or "",
                            **{k: request[k] for k in ("prompt", "model", "size", "aspect_ratio", "seed",
                                                       "system_text") if request.get(k) is not None}}
        data["format_version"] = version = 2
    if version == 2:
        # Format 3 added ``tags`` and ``batch``; older images have neither.
        data["format_version"] = version = 3
    return data


# ------------------------------------------------------------------ files
def sidecar_path(image_path: Path) -> Path:
    return Path(image_path).with_suffix(SIDECAR_SUFFIX)


def read_sidecar_file(path: Path) -> Sidecar | None:
    """A sidecar file as written; None when it is missing, unreadable or not a sidecar."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        return Sidecar.from_json(data)
    except (TypeError, ValueError):
        return None


def read_sidecar(image_path: Path) -> Sidecar:
    """The sidecar of a library image; an empty one when it is missing or unreadable (callers
    show what the database knows instead)."""
    return read_sidecar_file(sidecar_path(image_path)) or Sidecar(format_version=FORMAT_VERSION)


def write_sidecar(image_path: Path, sidecar: Sidecar, durable: bool = True) -> Path:
    """Blocking. The one place a sidecar is written: atomically, beside its image, in the
    current format. ``durable=False`` skips the fsync (scratch libraries in tests)."""
    sidecar.format_version = FORMAT_VERSION
    path = sidecar_path(image_path)
    write_atomically(path, json.dumps(sidecar.to_json(), indent=2, ensure_ascii=False).encode("utf-8"),
                     durable=durable)
    return path
