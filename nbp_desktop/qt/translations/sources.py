"""Making the translation files: ``.ts`` from the code with ``lupdate``, ``.qm`` from the
``.ts`` with ``lrelease`` (both ship with PySide6-Essentials).

The ``.ts`` files carry no source locations (``-locations none``): moving code without
changing a sentence leaves them unchanged, so CI can check they are in step with the code
(``tests/i18n/test_ts_in_step.py``). Sentences no longer in the code are dropped
(``-no-obsolete``).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from nbp_desktop.core.translation import LANGUAGES

#: The committed ``.ts`` files (and, in an install, the ``.qm`` files built from them).
TRANSLATIONS_DIR = Path(__file__).resolve().parent
PACKAGE_DIR = TRANSLATIONS_DIR.parents[1]  # nbp_desktop/
CATALOG = "nbp_desktop"  # nbp_desktop_fr.ts, nbp_desktop_fr.qm, …
#: Words of the emulator are Google's (English) answers, never shown as the app's own.
_NOT_TRANSLATED = ("emulator",)


class ToolMissing(RuntimeError):
    """PySide6's lupdate/lrelease is not installed here (a frozen bundle has neither)."""


def ts_file(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{CATALOG}_{code}.ts"


def qm_name(code: str) -> str:
    return f"{CATALOG}_{code}.qm"


def source_files() -> list[Path]:
    """The Python files lupdate reads: the whole package but the emulator, in a fixed order."""
    return sorted(path for path in PACKAGE_DIR.rglob("*.py")
                  if not set(_NOT_TRANSLATED) & set(path.relative_to(PACKAGE_DIR).parts))


def qt_tool(name: str) -> Path:
    """PySide6's own copy of a Linguist tool (``lupdate``, ``lrelease``)."""
    try:
        import PySide6
    except ImportError as exc:  # a build environment without PySide6
        raise ToolMissing(f"PySide6 is not installed, so its {name} cannot run.") from exc
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name,
                      folder / f"{name}.app" / "Contents" / "MacOS" / name):
        if candidate.is_file():
            return candidate
    raise ToolMissing(f"PySide6's {name} was not found in {folder}.")


def update_ts(folder: Path = TRANSLATIONS_DIR, codes: Iterable[str] = LANGUAGES,
              files: Iterable[Path] | None = None) -> list[Path]:
    """Write (or merge into) ``nbp_desktop_<code>.ts`` in ``folder`` from the code (``files``:
    the package's): new sentences are added untranslated, translations of unchanged
    sentences are kept, sentences gone from the code are dropped."""
    folder.mkdir(parents=True, exist_ok=True)
    targets = [ts_file(code, folder) for code in codes]
    sources = [str(path) for path in (source_files() if files is None else files)]
    subprocess.run([str(qt_tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "en", *sources, "-ts", *map(str, targets)],
                   check=True, capture_output=True)
    return targets


def compile_qm(ts: Path, qm: Path) -> Path:
    """``ts`` compiled to ``qm`` (untranslated sentences left out: they show in English)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(qt_tool("lrelease")), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


def compile_all(into: Path = TRANSLATIONS_DIR, ts_folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Every committed language's ``.qm`` in ``into`` (install and bundle time)."""
    return [compile_qm(ts_file(code, ts_folder), into / qm_name(code))
            for code in LANGUAGES if ts_file(code, ts_folder).exists()]


def ts_fingerprint(ts: Path) -> str:
    """Names a ``.qm`` built from exactly this ``.ts`` (the start-up fallback's cache key)."""
    return hashlib.sha256(ts.read_bytes()).hexdigest()[:16]


def main(argv: list[str]) -> int:
    usage = "usage: python -m nbp_desktop.qt.translations update|compile [FOLDER]"
    if not argv or argv[0] not in ("update", "compile"):
        print(usage, file=sys.stderr)
        return 2
    folder = Path(argv[1]).resolve() if len(argv) > 1 else TRANSLATIONS_DIR
    made = update_ts(folder) if argv[0] == "update" else compile_all(folder)
    for path in made:
        print(path)
    return 0
