"""The core's formats (``core/formatting.py``) the way the user's locale writes them, through
QLocale: the default locale, which start-up sets to the app's language (or leaves as the
system's, with its region, when the two agree)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


class QtLocaleFormat:
    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale  # None: QLocale() each time (follows QLocale.setDefault)

    def _locale(self) -> QLocale:
        return self.locale if self.locale is not None else QLocale()

    def number(self, value: float, decimals: int) -> str:
        return self._locale().toString(float(value), "f", decimals)

    def money(self, amount: float, decimals: int) -> str:
        # "$" as the symbol: every locale knows it means Google's US dollars; QLocale puts it
        # where the locale puts a currency (before, after, with a space).
        return self._locale().toCurrencyString(float(amount), "$", decimals)

    def data_size(self, size: int) -> str:
        return self._locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)

    def date_time(self, moment: datetime) -> str:
        return self._locale().toString(_local(moment), QLocale.FormatType.ShortFormat)

    def date(self, moment: datetime) -> str:
        return self._locale().toString(_local(moment).date(), QLocale.FormatType.ShortFormat)

    def list_separator(self) -> str:
        return ";" if self._locale().decimalPoint() == "," else ","


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
