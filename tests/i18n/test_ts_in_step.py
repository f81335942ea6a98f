"""The committed ``.ts`` files are in step with the code: lupdate run on CI changes nothing.

To bring them in step after marking or changing sentences:
    .venv/bin/python -m nbp_desktop.qt.translations update
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from nbp_desktop.core.translation import LANGUAGES
from nbp_desktop.qt.translations.sources import TRANSLATIONS_DIR, ts_file, update_ts

UPDATE = ".venv/bin/python -m nbp_desktop.qt.translations update"


def out_of_step(committed: Path, work: Path) -> list[str]:
    """What lupdate would change in the ``.ts`` files of ``committed`` (run on copies in ``work``)."""
    work.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        if ts_file(code, committed).exists():
            shutil.copy2(ts_file(code, committed), ts_file(code, work))
    update_ts(work)
    changes = []
    for code in LANGUAGES:
        before = ts_file(code, committed).read_text(encoding="utf-8").splitlines() if ts_file(
            code, committed).exists() else []
        after = ts_file(code, work).read_text(encoding="utf-8").splitlines()
        if before != after:
            diff = difflib.unified_diff(before, after, ts_file(code, committed).name, "after lupdate", lineterm="", n=1)
            changes.append("\n".join(list(diff)[:40]))
    return changes


def test_the_committed_ts_files_are_in_step_with_the_code(tmp_path):
    changes = out_of_step(TRANSLATIONS_DIR, tmp_path)
    assert not changes, (f"The .ts files are not in step with the code; run `{UPDATE}` and commit them:\n"
                         + "\n".join(changes))


def test_a_ts_file_out_of_step_is_caught(tmp_path):
    """A sentence the code no longer has (and one language's file missing) is reported."""
    stale = tmp_path / "stale"
    stale.mkdir()
    for code in LANGUAGES:
        shutil.copy2(ts_file(code), ts_file(code, stale))
    french = ts_file("fr", stale)
    french.write_text(french.read_text(encoding="utf-8").replace(
        "</TS>", "<context>\n    <name>Gone</name>\n    <message>\n        <source>A sentence the code "
        "lost</source>\n        <translation>Une phrase perdue</translation>\n    </message>\n</context>\n</TS>"),
        encoding="utf-8")
    ts_file("ko", stale).unlink()
    changes = out_of_step(stale, tmp_path / "work")
    assert len(changes) == 2
    assert "A sentence the code lost" in changes[0] or "A sentence the code lost" in changes[1]
