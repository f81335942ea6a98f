"""Dataclasses from JSON that this or another app version wrote: keys this version does not
know are ignored (a newer version may have added them), missing keys take their defaults."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def from_known_fields(cls: type[T], data: dict[str, Any] | None) -> T:
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in (data or {}).items() if k in known})
