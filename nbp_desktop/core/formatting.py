"""The one place numbers, money, file sizes, durations and dates become text for a person.

The core cannot ask Qt how the user's locale writes them, so, as with
``core/translation.py``, the GUI installs a :class:`LocaleFormat` at start-up (Qt's QLocale;
``nbp_desktop/qt/locale_format.py``). Until then, and always in the command line, the text is
the English build's ("$0.134", "1.2 MB", "1,234", "2026-12-02 17:05"). Waits in words
("5 h 12 min") are ``core.errors.describe_wait``: whole numbers, only their units translated. Machine-readable
output (``--json``, file names, sidecars, XMP) never comes through here: it stays neutral.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from nbp_desktop.core.translation import TranslationContext


class FormatText(TranslationContext):
    """Units in the app's words (a translation context)."""


class LocaleFormat(Protocol):
    """How one locale writes what this module formats."""

    def number(self, value: float, decimals: int) -> str: ...
    def money(self, amount: float, decimals: int) -> str: ...  # US dollars (Google bills in USD)
    def data_size(self, size: int) -> str: ...  # bytes, e.g. "1.2 MB"
    def date_time(self, moment: datetime) -> str: ...  # local time, short
    def date(self, moment: datetime) -> str: ...
    def list_separator(self) -> str: ...  # between a spreadsheet's (CSV's) columns


class EnglishFormat:
    """The English build's formats (the command line's too)."""

    def number(self, value: float, decimals: int) -> str:
        return f"{value:,.{decimals}f}"

    def money(self, amount: float, decimals: int) -> str:
        return f"${amount:.{decimals}f}"

    def data_size(self, size: int) -> str:
        return f"{size / 2**20:.1f} MB"

    def date_time(self, moment: datetime) -> str:
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")

    def date(self, moment: datetime) -> str:
        return moment.astimezone().strftime("%Y-%m-%d")

    def list_separator(self) -> str:
        return ","


_format: LocaleFormat = EnglishFormat()


def install_format(locale_format: LocaleFormat | None) -> None:
    """The GUI installs its locale's formats at start-up; ``None`` puts English back (tests)."""
    global _format
    _format = locale_format or EnglishFormat()


def number(value: float, decimals: int = 0) -> str:
    """``1,234`` / ``1 234`` / ``1.234``: digits grouped as the locale groups them."""
    return _format.number(value, decimals)


def usd(amount: float) -> str:
    """Cents, and a tenth of a cent under a dollar where there is one (one image's price)."""
    tenths = f"{amount:.3f}"
    decimals = 3 if 0 < amount < 1 and not tenths.endswith("0") else 2
    return _format.money(amount, decimals)


def data_size(size: int) -> str:
    """A file's size in the locale's units and digits ("1.2 MB", "1,2 Mo")."""
    return _format.data_size(size)


def money(amount: float, decimals: int = 2) -> str:
    """US dollars to the cent ("$12.40", "12,40 $"): totals, caps, budgets."""
    return _format.money(amount, decimals)


def seconds(value: float, decimals: int = 1) -> str:
    """A short measured time ("1.5 s", "1,5 s")."""
    return FormatText.tr("{seconds} s").format(seconds=_format.number(value, decimals))


def date_time(moment: datetime) -> str:
    return _format.date_time(moment)


def date(moment: datetime) -> str:
    return _format.date(moment)


def date_time_of(iso: str | None) -> str:
    """A stored ISO 8601 moment as the locale writes it ("" if there is none or it is unreadable)."""
    moment = _moment(iso)
    return date_time(moment) if moment is not None else ""


def date_of(iso: str | None) -> str:
    """The day of a stored ISO 8601 moment as the locale writes it (else the text as stored)."""
    moment = _moment(iso)
    return date(moment) if moment is not None else (iso or "")[:10]


def list_separator() -> str:
    """``,`` or, where decimals are written with a comma, ``;`` (what spreadsheets expect)."""
    return _format.list_separator()


def _moment(iso: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso or "")
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
