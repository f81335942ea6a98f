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


def pseudo_ts(ts: Path, longer: float = 0.0) -> int:
    """Fill every message of ``ts`` with its bracketed source (``longer``: that much longer,
    padded with dots, as German or French often are); returns how many there are."""
    tree = ET.parse(ts)
    messages = tree.getroot().iter("message")
    count = 0
    for message in messages:
        source = message.findtext("source") or ""
        pseudo = f"{OPEN}{source}{'·' * round(len(source) * longer)}{CLOSE}"
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo
        else:
            translation.text = pseudo
        count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def build_pseudo_qm(folder: Path, files: list[Path] | None = None, longer: float = 0.0) -> Path:
    """``folder/nbp_desktop_fr.qm`` holding the pseudo-translation of today's code (or of
    ``files``)."""
    ts = update_ts(folder / "ts", [PSEUDO], files)[0]
    pseudo_ts(ts, longer)
    return compile_qm(ts, folder / qm_name(PSEUDO))
