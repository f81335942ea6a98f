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

from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, TranslationContext, translate

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
Problems = list[str]


class SettingsText(TranslationContext):
    """Words of the sentences about values in ``settings.json`` (a translation context)."""


class Invalid(Exception):
    """A value that does not follow its rule."""


@dataclass(frozen=True)
class Rule:
    # English words (marked with QT_TRANSLATE_NOOP in SettingsText), translated when shown
    template: str

    @property
    def description(self) -> str:
        """What the value must be, as the end of “… must be …”."""
        return translate("SettingsText", self.template)

    def check(self, value: Any) -> Any:
        """The value as it is used, or ``Invalid``."""
        raise NotImplementedError


@dataclass(frozen=True, init=False)
class WholeNumber(Rule):
    low: int
    high: int

    def __init__(self, low: int, high: int) -> None:
        object.__setattr__(self, "template", "")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)

    @property
    def description(self) -> str:
        return SettingsText.tr("a whole number from {low} to {high}").format(low=self.low,
                                                                             high=self.high)

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
        object.__setattr__(self, "template", "")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)

    @property
    def description(self) -> str:
        return SettingsText.tr("a number from {low} to {high}").format(low=_words(self.low),
                                                                       high=_words(self.high))

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
        object.__setattr__(self, "template", "")
        object.__setattr__(self, "choices", choices)

    @property
    def description(self) -> str:
        return SettingsText.tr("one of {choices}").format(choices=", ".join(self.choices))

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


TEXT = _TypeRule(QT_TRANSLATE_NOOP("SettingsText", "text"), (str,))
NAME = _TypeRule(QT_TRANSLATE_NOOP("SettingsText", "a name (text that is not empty)"), (str,))
FLAG = _TypeRule(QT_TRANSLATE_NOOP("SettingsText", "true or false"), (bool,))
ANY_WHOLE_NUMBER = _TypeRule(QT_TRANSLATE_NOOP("SettingsText", "a whole number"), (int,))
ANY_NUMBER = _TypeRule(QT_TRANSLATE_NOOP("SettingsText", "a number"), (int, float))


@dataclass(frozen=True)
class _TextList(Rule):
    def check(self, value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise Invalid
        return list(value)


TEXT_LIST = _TextList(QT_TRANSLATE_NOOP("SettingsText", "a list of texts"))


@dataclass(frozen=True, init=False)
class Nullable(Rule):
    """The value may also be ``null`` (for example: "use the queue's setting")."""
    inner: Rule

    def __init__(self, inner: Rule) -> None:
        object.__setattr__(self, "template", "")
        object.__setattr__(self, "inner", inner)

    @property
    def description(self) -> str:
        return self.inner.description

    def check(self, value: Any) -> Any:
        return None if value is None else self.inner.check(value)


def setting(default: Any = MISSING, rule: Rule | None = None, *,
            default_factory: Callable[[], Any] | None = None, fallback: str = "") -> Any:
    """A dataclass field with its rule; ``fallback`` words the default in the sentence when
    the value itself says nothing to the user (e.g. "the queue's setting"; marked with
    ``QT_TRANSLATE_NOOP("SettingsText", ...)``, translated when the sentence is made)."""
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
    return _TypeRule(QT_TRANSLATE_NOOP("SettingsText", "a value"), (object,))


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
        return SettingsText.tr("none")
    return str(value)


def bad_value(path: str, rule: Rule, fallback: str) -> str:
    return SettingsText.tr('Settings: "{path}" must be {rule}; using {fallback}.').format(
        path=path, rule=rule.description, fallback=fallback)


def read_checked(cls: type[T], data: Any, path: str, problems: Problems,
                 required: tuple[str, ...] = (), left_out: str | None = None) -> T | None:
    """``cls`` from a JSON object: a bad value takes its default, with a sentence in
    ``problems``; keys this version does not know are ignored (a newer version may have added
    them). A bad or missing ``required`` field makes the whole object unusable: None, and the
    sentence ends with ``left_out`` (default: “it is left out”)."""
    if data is None and not required:
        return cls()
    left_out = left_out or SettingsText.tr("it is left out")
    if not isinstance(data, dict):
        if required:
            problems.append(SettingsText.tr('Settings: "{path}" must be a group of settings; '
                                            '{left_out}.').format(path=path, left_out=left_out))
            return None
        problems.append(SettingsText.tr('Settings: "{path}" must be a group of settings; using '
                                        'its defaults.').format(path=path))
        return cls()
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
                problems.append(SettingsText.tr('Settings: "{path}" must be {rule}; '
                                                '{left_out}.')
                                .format(path=f"{path}.{f.name}", rule=rule.description,
                                        left_out=left_out))
                return None
            marked = f.metadata.get("fallback")
            fallback = translate("SettingsText", marked) if marked else _words(_default_of(f))
            problems.append(bad_value(f"{path}.{f.name}", rule, fallback))
    missing = [name for name in required if name not in values]
    if missing:
        problems.append(SettingsText.tr('Settings: "{path}" has no "{field}"; {left_out}.')
                        .format(path=path, field=missing[0], left_out=left_out))
        return None
    return cls(**values)
