"""What each value in ``settings.json`` must be, declared on the dataclass fields once, and the
checked reading of a dataclass from JSON: a bad value is reported in one sentence that names
the field and says which default is used instead; it never raises.

A field declares its rule with ``setting(default, rule)``; a field without one is checked
against the type of its default (text, true/false, a whole number, a number).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
Problems = list[str]


class Invalid(Exception):
    """A value that does not follow its rule."""


@dataclass(frozen=True)
class Rule:
    description: str

    def check(self, value: Any) -> Any:
        """The value as it is used, or ``Invalid``."""
        raise NotImplementedError


@dataclass(frozen=True, init=False)
class WholeNumber(Rule):
    low: int
    high: int

    def __init__(self, low: int, high: int) -> None:
        object.__setattr__(self, "description", f"a whole number from {low} to {high}")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)

    def check(self, value: Any) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            raise Invalid
        return value


@dataclass(frozen=True, init=False)
class Number(Rule):
    low: float
    high: float

    def __init__(self, low: float, high: float) -> None:
        object.__setattr__(self, "description", f"a number from {_words(low)} to {_words(high)}")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)

    def check(self, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise Invalid
        if not self.low <= value <= self.high:
            raise Invalid
        return float(value)


@dataclass(frozen=True, init=False)
class OneOf(Rule):
    choices: tuple[str, ...]

    def __init__(self, *choices: str) -> None:
        object.__setattr__(self, "description", f"one of {', '.join(choices)}")
        object.__setattr__(self, "choices", choices)

    def check(self, value: Any) -> str:
        if value not in self.choices:
            raise Invalid
        return str(value)


@dataclass(frozen=True)
class _TypeRule(Rule):
    accepts: tuple[type, ...] = ()

    def check(self, value: Any) -> Any:
        if not isinstance(value, self.accepts) or (bool not in self.accepts and isinstance(value, bool)):
            raise Invalid
        return value


TEXT = _TypeRule("text", (str,))
NAME = _TypeRule("a name (text that is not empty)", (str,))
FLAG = _TypeRule("true or false", (bool,))
ANY_WHOLE_NUMBER = _TypeRule("a whole number", (int,))
ANY_NUMBER = _TypeRule("a number", (int, float))


@dataclass(frozen=True)
class _TextList(Rule):
    def check(self, value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise Invalid
        return list(value)


TEXT_LIST = _TextList("a list of texts")


@dataclass(frozen=True, init=False)
class Nullable(Rule):
    """The value may also be ``null`` (for example: "use the queue's setting")."""
    inner: Rule

    def __init__(self, inner: Rule) -> None:
        object.__setattr__(self, "description", inner.description)
        object.__setattr__(self, "inner", inner)

    def check(self, value: Any) -> Any:
        return None if value is None else self.inner.check(value)


def setting(default: Any = MISSING, rule: Rule | None = None, *,
            default_factory: Callable[[], Any] | None = None, fallback: str = "") -> Any:
    """A dataclass field with its rule; ``fallback`` words the default in the sentence when
    the value itself says nothing to the user (e.g. "the queue's setting")."""
    metadata = {"rule": rule, "fallback": fallback}
    if default_factory is not None:
        return dataclasses.field(default_factory=default_factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def rule_of(cls: type, name: str) -> Rule:
    """The rule of one field (the settings dialog takes its ranges from here)."""
    for f in fields(cls):
        if f.name == name:
            return _rule_for(f)
    raise KeyError(name)


def range_of(cls: type, name: str) -> tuple[int, int]:
    """The allowed range of a numeric field, for a spin box (whole units)."""
    rule = rule_of(cls, name)
    if isinstance(rule, Nullable):
        rule = rule.inner
    if not isinstance(rule, WholeNumber | Number):
        raise TypeError(f"{cls.__name__}.{name} has no range")
    return math.ceil(rule.low), math.floor(rule.high)


def _rule_for(f: dataclasses.Field[Any]) -> Rule:
    rule = f.metadata.get("rule")
    if isinstance(rule, Rule):
        return rule
    default = f.default if f.default is not MISSING else None
    if isinstance(default, bool):
        return FLAG
    if isinstance(default, int):
        return ANY_WHOLE_NUMBER
    if isinstance(default, float):
        return ANY_NUMBER
    if isinstance(default, str):
        return TEXT
    return _TypeRule("a value", (object,))


def _default_of(f: dataclasses.Field[Any]) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    return None


def _words(value: Any) -> str:
    """A default as the user reads it in a sentence."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value in ("", None, []):
        return "none"
    return str(value)


def bad_value(path: str, rule: Rule, fallback: str) -> str:
    return f'Settings: "{path}" must be {rule.description}; using {fallback}.'


def read_checked(cls: type[T], data: Any, path: str, problems: Problems,
                 required: tuple[str, ...] = (), left_out: str = "it is left out") -> T | None:
    """``cls`` from a JSON object: a bad value takes its default, with a sentence in
    ``problems``; keys this version does not know are ignored (a newer version may have added
    them). A bad or missing ``required`` field makes the whole object unusable: None, and the
    sentence ends with ``left_out``."""
    if data is None and not required:
        return cls()
    if not isinstance(data, dict):
        problems.append(f'Settings: "{path}" must be a group of settings; '
                        + (f"{left_out}." if required else "using its defaults."))
        return None if required else cls()
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        rule = _rule_for(f)
        try:
            value = rule.check(data[f.name])
            if rule is NAME and not str(value).strip():
                raise Invalid
            values[f.name] = value
        except Invalid:
            if f.name in required:
                problems.append(f'Settings: "{path}.{f.name}" must be {rule.description}; '
                                f"{left_out}.")
                return None
            fallback = f.metadata.get("fallback") or _words(_default_of(f))
            problems.append(bad_value(f"{path}.{f.name}", rule, fallback))
    missing = [name for name in required if name not in values]
    if missing:
        problems.append(f'Settings: "{path}" has no "{missing[0]}"; {left_out}.')
        return None
    return cls(**values)
