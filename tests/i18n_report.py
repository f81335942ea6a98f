"""Which words of the app are still not marked for translation, window by window.

    .venv/bin/python tests/i18n_report.py [--json] [--english]

Walks every window, dialog, menu and tooltip of the real app (offscreen, on a small library
and the built-in emulator) twice: in English, and with a pseudo-translation in which every
sentence lupdate finds in the code reads ``⟦sentence⟧``. What still shows English words
outside the brackets was never marked with ``tr()``: it is listed as
``window | widget (property) | text``, grouped by window, with the widget's chain of the
app's classes to find the code. ``--english`` lists every text of the English walk instead;
``--cut-off`` the buttons and labels too narrow for their text when every text shown is made
40 % longer (as German or French often are).
Exit status: 0 when nothing is left, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from itertools import groupby
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NBP_NO_FIRST_RUN", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    import logging

    if os.environ.get("NBP_WALK_DEBUG"):
        logging.basicConfig(format="%(message)s")
        logging.getLogger("tests.i18n").setLevel(logging.DEBUG)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON list of {window, widget, text}")
    parser.add_argument("--english", action="store_true", help="list every English text the walk saw")
    parser.add_argument("--cut-off", action="store_true",
                        help="list texts cut off when every shown text is 40%% longer (as in German) instead")
    options = parser.parse_args()

    import qasync
    from PySide6.QtWidgets import QApplication

    from nbp_desktop.emulator.runner import EmulatorThread
    from tests.i18n.pseudo import build_pseudo_qm
    from tests.i18n.ui_walk import Judge, make_library, walk_in_language

    app = QApplication.instance() or QApplication(["nbp-i18n-report"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def run() -> list:
        with tempfile.TemporaryDirectory(prefix="nbp-i18n-") as folder, EmulatorThread() as emulator:
            work = Path(folder)
            if options.cut_off:  # every shown text 40 % longer, marked or not yet
                os.environ["NBP_WALK_LONGER"] = "0.4"
            qm_folder = build_pseudo_qm(work / "pseudo").parent
            template = work / "library"
            prompts = make_library(template)
            english = await walk_in_language("en", None, template, work, emulator, prompts)
            if options.english:
                return english.seen
            pseudo = await walk_in_language("fr", qm_folder, template, work, emulator, prompts)
            if options.cut_off:
                return list({(s.widget, s.text): s for s in pseudo.cut}.values())
            judge = Judge(english.seen, english.typed | pseudo.typed, pseudo=True)
            return judge.untranslated(pseudo.seen)

    with loop:
        found = loop.run_until_complete(run())
    if options.json:
        print(json.dumps([{"window": s.window, "widget": s.widget, "text": s.text} for s in found],
                         ensure_ascii=False, indent=1))
    else:
        for window, items in groupby(sorted(found, key=lambda s: (s.window, s.widget)), key=lambda s: s.window):
            print(f"\n== {window}")
            for item in items:
                print(f"   {item.widget}: {item.text}")
        what = "seen" if options.english else "cut off" if options.cut_off else "still in English"
        print(f"\n{len(found)} text(s) {what}.")
    return 1 if found and not options.english else 0


if __name__ == "__main__":
    sys.exit(main())
