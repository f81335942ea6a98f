"""What a job costs, decided in one place: every answered request is counted the moment its
answer arrives (before anything is saved, so a failed save cannot hide it), and a failure that
may have been billed counts its possible charge."""

from __future__ import annotations

from typing import Any

from nbp_desktop.core.catalog import actual_cost
from nbp_desktop.core.errors import NbpError


def charge_for_answer(model: str, usage: dict[str, Any], estimate: float) -> float:
    """An answer arrived: Google's usage priced, or the estimate when no usage came with it."""
    cost = actual_cost(model, usage)
    return cost if cost is not None else estimate


def possible_charge(error: NbpError, estimate: float) -> float | None:
    """A failed attempt: the estimate when Google may have produced (and billed) the image."""
    return estimate if error.may_have_been_billed else None
