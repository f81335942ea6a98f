"""The one bridge through which every user-visible message flows (status bar, dialogs).

Core errors arrive as NbpError with a sentence; anything else is an unexpected failure and
is shown as such, with the details kept out of the way. Messages sent before a window is
listening are kept and replayed."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QObject, Signal

from nbp_desktop.core.errors import NbpError

log = logging.getLogger(__name__)


class MessageBridge(QObject):
    info = Signal(str)
    warning = Signal(str)
    error = Signal(str, str)  # sentence, details shown on demand

    def __init__(self) -> None:
        super().__init__()
        self._pending: list[tuple[str, tuple]] = []
        self._connected = False

    def attach(self) -> None:
        """Call once a window listens: replays what was said before."""
        self._connected = True
        for kind, args in self._pending:
            getattr(self, kind).emit(*args)
        self._pending.clear()

    def _send(self, kind: str, *args) -> None:
        if self._connected:
            getattr(self, kind).emit(*args)
        else:
            self._pending.append((kind, args))

    def show_info(self, text: str) -> None:
        self._send("info", text)

    def show_warning(self, text: str) -> None:
        self._send("warning", text)

    def show_exception(self, exc: BaseException) -> None:
        if isinstance(exc, NbpError):
            self._send("error", exc.message, exc.detail)
            return
        log.error("unexpected error", exc_info=exc)
        details = "".join(traceback.format_exception(exc))
        self._send("error", "Something unexpected went wrong. Your images are safe; the details "
                            "below help us fix it.", details)

