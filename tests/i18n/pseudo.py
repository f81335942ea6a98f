"""A pseudo-translation: every sentence lupdate finds in the code comes back as ``⟦sentence⟧``.

Walking the windows with it loaded shows at a glance which words were never marked for
translation: they are the ones without the brackets.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from nbp_desktop.qt.translations.sources import compile_qm, qm_name, update_ts

PSEUDO = "fr"  # a real language's plural rules (two forms) and Qt's own French words
OPEN, CLOSE = "⟦", "⟧"


def pseudo_ts(ts: Path) -> int:
    """Fill every message of ``ts`` with its bracketed source; returns how many there are."""
    tree = ET.parse(ts)
    messages = tree.getroot().iter("message")
    count = 0
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = f"{OPEN}{source}{CLOSE}"
        else:
            translation.text = f"{OPEN}{source}{CLOSE}"
        count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def build_pseudo_qm(folder: Path, files: list[Path] | None = None) -> Path:
    """``folder/nbp_desktop_fr.qm`` holding the pseudo-translation of today's code (or of
    ``files``)."""
    ts = update_ts(folder / "ts", [PSEUDO], files)[0]
    pseudo_ts(ts)
    return compile_qm(ts, folder / qm_name(PSEUDO))
