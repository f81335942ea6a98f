"""Faults the emulator can inject: each error the client must handle, plus wire-level trouble.

A plan holds one-shot faults (applied in order to the next matching requests) and random
rates (for soak tests). Both can be set from Python or over the control endpoint
``POST /_emulator/faults``.
"""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass
from typing import Any

# Faults answered with an HTTP error status.
HTTP_FAULTS = {
    "invalid_key", "unauthenticated", "permission_denied", "billing_disabled", "model_not_found",
    "bad_request", "quota_per_minute", "quota_per_day", "vertex_exhausted", "overloaded",
    "server_error", "bad_gateway_html", "gateway_timeout", "request_timeout",
}
# Faults answered 200 with an answer that holds no usable image.
CONTENT_FAULTS = {"prompt_blocked", "image_safety", "image_recitation", "no_image", "text_only",
                  "not_image", "mislabel_jpeg"}
# Faults on the wire.
WIRE_FAULTS = {"slow_headers", "stall_body", "slow_body", "truncated", "malformed", "drop_connection"}
FAULT_KINDS = HTTP_FAULTS | CONTENT_FAULTS | WIRE_FAULTS
# The money tests' names for two wire faults: a 200 answer whose body is cut off half-way, and
# one whose body stops coming after the headers (Google has produced and billed both).
ALIASES = {"cut_off_body": "truncated", "slow_after_headers": "stall_body"}


@dataclass
class Fault:
    kind: str
    times: int = 1  # how many matching requests it applies to
    retry_delay: float | None = None  # quota faults: RetryInfo.retryDelay in seconds
    seconds: float | None = None  # slow/stall faults: how long
    api: str | None = None  # only for this connection kind ("aistudio", "vertex", ...)

    def __post_init__(self) -> None:
        self.kind = ALIASES.get(self.kind, self.kind)
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {self.kind!r}; known: "
                             f"{', '.join(sorted(FAULT_KINDS | set(ALIASES)))}")


class FaultPlan:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[Fault] = []
        self._rates: dict[str, float] = {}
        self._random = random.Random(0)
        self._random_seconds = 0.5

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._queue.append(fault)

    def set_random(self, rates: dict[str, float], seed: int | None = None,
                   seconds: float | None = None) -> None:
        for kind in rates:
            Fault(kind)  # validates the name
        with self._lock:
            self._rates = dict(rates)
            if seed is not None:
                self._random = random.Random(seed)
            if seconds is not None:
                self._random_seconds = seconds

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._rates.clear()

    def take(self, api: str) -> Fault | None:
        """The fault for the next request of connection kind ``api``, if any."""
        with self._lock:
            for index, fault in enumerate(self._queue):
                if fault.api in (None, api):
                    fault.times -= 1
                    if fault.times <= 0:
                        del self._queue[index]
                    return Fault(**{**asdict(fault), "times": 1})
            roll = self._random.random()
            for kind, rate in self._rates.items():
                if roll < rate:
                    return Fault(kind, retry_delay=0.2, seconds=self._random_seconds)
                roll -= rate
        return None

    def to_json(self) -> dict[str, Any]:
        with self._lock:
            return {"queue": [asdict(f) for f in self._queue], "random": dict(self._rates)}

    def configure(self, data: dict[str, Any]) -> None:
        """Apply ``{"clear": bool, "faults": [...], "random": {...}, "seed": int}``."""
        if data.get("clear"):
            self.clear()
        for item in data.get("faults", []):
            self.add(Fault(**item))
        if "random" in data:
            self.set_random(data["random"], data.get("seed"), data.get("seconds"))
