"""Closing the app while a background read of Content Credentials is under way: the read is
stopped and waited for before the library database is closed ("Cannot operate on a closed
database" was logged at shutdown)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from nbp_desktop.core.provenance import credentials_index
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.gallery import gallery_panel
from nbp_desktop.qt.main_window import MainWindow
from nbp_desktop.qt.messages import MessageBridge
from tests.conftest import wait_until
from tests.library_builder import build_library

pytestmark = pytest.mark.gui


async def test_closing_during_a_credentials_read_never_touches_the_closed_database(
        data_dir, qtbot, monkeypatch):
    build_library(data_dir, 30, seed=7)
    reading, closing = threading.Event(), threading.Event()
    failures: list[BaseException] = []
    real_read, real_store = credentials_index.read_credentials, credentials_index.CredentialsIndex._store

    def slow_first_read(*args, **kwargs):
        if not reading.is_set():
            reading.set()
            closing.wait(5)
            time.sleep(0.3)  # still reading when the window has closed
        return real_read(*args, **kwargs)

    def store(self, readings):
        try:
            real_store(self, readings)
        except BaseException as exc:
            failures.append(exc)
            raise

    monkeypatch.setattr(credentials_index, "read_credentials", slow_first_read)
    monkeypatch.setattr(credentials_index.CredentialsIndex, "_store", store)
    async with Workspace(data_dir) as workspace:  # the app's order: window first, then the library
        window = MainWindow(workspace, MessageBridge())
        window.show()
        window.show_library()
        await window.gallery.reload()
        await wait_until(reading.is_set, timeout=10)
        closing.set()
        await window.shutdown()
        window.hide()
        window.deleteLater()
    # Whatever the reader thread still had in hand has finished by now.
    await asyncio.wrap_future(gallery_panel._CREDENTIALS_READER.submit(lambda: None))
    assert failures == []
