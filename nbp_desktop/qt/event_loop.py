"""Our only qasync import: the Qt event loop as an asyncio loop."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import Any

os.environ.setdefault("QT_API", "pyside6")  # qasync must bind PySide6, not another binding

import qasync
from PySide6.QtWidgets import QApplication

async_slot = qasync.asyncSlot


def run(app: QApplication, coroutine_factory: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run ``coroutine_factory()`` on a qasync loop; returns its result as the exit status."""
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(coroutine_factory())
