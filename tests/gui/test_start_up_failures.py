"""Issue 16 point 1 in the window: a library that cannot be opened now (here: its database is
locked by another program) is a sentence in a message box, never a traceback, and nothing is
moved aside."""

from __future__ import annotations

import argparse
import sqlite3

import pytest

from nbp_desktop.core.jobs.journal import DATABASE_FILE
from nbp_desktop.core.recovery import open_library

pytestmark = pytest.mark.gui


async def test_locked_library_database_is_a_sentence_at_start(qtbot, data_dir, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nbp_desktop.qt import app as gui_app

    open_library(data_dir, None)[0].close()
    holder = sqlite3.connect(data_dir / DATABASE_FILE, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE hold(x)")
    real_connect = sqlite3.connect

    class Impatient(sqlite3.Connection):  # the app waits 10 s for a lock; the test need not
        def execute(self, sql, *args):
            if sql.startswith("PRAGMA busy_timeout"):
                sql = "PRAGMA busy_timeout=200"
            return super().execute(sql, *args)

    def impatient(*args, **kwargs):
        return real_connect(*args, **{**kwargs, "timeout": 0.2, "factory": Impatient})

    monkeypatch.setattr(sqlite3, "connect", impatient)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    args = argparse.Namespace(data_dir=str(data_dir), demo=True, self_test=False)
    try:
        status = await gui_app.run_main_window(QApplication.instance(), args)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert status == 1
    assert shown == ["The library database is locked by another program (a backup or sync tool, "
                     "or another copy of the app). Close it, then try again. Nothing was changed."]
    assert not list(data_dir.glob(f"{DATABASE_FILE}.*"))
