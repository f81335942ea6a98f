"""The one bridge through which every user-visible message flows (status bar, dialogs).

Core errors arrive as NbpError with a sentence; anything else is an unexpected failure and
is shown as such, with the details kept out of the way. Messages sent before a window is
listening are kept and replayed."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Signal

from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, translate

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
        self._send("error", translate("MessageBridge", UNEXPECTED), details)


UNEXPECTED = QT_TRANSLATE_NOOP("MessageBridge", "Something unexpected went wrong. Your images are safe; "
                                                "the details below help us fix it.")


def route_failures(bridge: MessageBridge, loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
    """Failures nobody awaits — an exception escaping a Qt slot (``sys.excepthook``), a
    worker thread (``threading.excepthook``) or a task (the loop's exception handler) — reach
    the user through ``bridge`` as one sentence with the details on demand, not only stderr.
    Returns the function that puts the previous hooks back."""
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    previous_handler = loop.get_exception_handler()

    def on_exception(kind: type[BaseException], value: BaseException,
                     trace: TracebackType | None) -> None:
        if not isinstance(value, Exception):  # KeyboardInterrupt, SystemExit: not ours to show
            previous_hook(kind, value, trace)
            return
        bridge.show_exception(value.with_traceback(trace))

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or not isinstance(args.exc_value, Exception):
            previous_thread_hook(args)
            return
        error = args.exc_value
        if loop.is_closed():
            previous_thread_hook(args)
        else:  # the bridge lives on the GUI thread
            loop.call_soon_threadsafe(bridge.show_exception, error)

    def on_loop_exception(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if not isinstance(error, Exception):
            error = RuntimeError(context.get("message") or "An asynchronous task failed.")
        bridge.show_exception(error)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
    loop.set_exception_handler(on_loop_exception)

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        loop.set_exception_handler(previous_handler)

    return restore

