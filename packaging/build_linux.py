"""Build the Linux onedir bundle, trim it, check it, and run its self-test.

    .venv/bin/python packaging/build_linux.py

Prints the bundle size before and after trimming and what was removed; exits non-zero if the
bundle contains test files or ``*.pyi``, or if ``nbp-desktop --self-test`` from the bundle
fails (which is how a missing hidden import shows up).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from nbp_desktop.core.translation import LANGUAGES  # noqa: E402
BUILD = ROOT / "build"
DIST = BUILD / "dist"
BUNDLE = DIST / "nbp-desktop"

# Qt pieces the app never loads. Kept on purpose: the xcb, Wayland and offscreen platforms,
# input-method plugins (CJK prompts), SVG/JPEG/WebP/GIF/ICO image formats, icon engines and
# platform themes. Removed: embedded-device platforms (EGLFS, linuxfb, VNC, minimal), the
# touch plugin, rarely used image formats, and Qt's translations but qtbase's in the app's
# languages (the standard dialogs' words); with the VNC and touch plugins gone nothing links
# libQt6Network (checked with ldd).
TRIM_GLOBS = ["**/*.pyi",
              "**/Qt/plugins/egldeviceintegrations", "**/Qt/plugins/generic",
              "**/Qt/plugins/platforms/libqeglfs*", "**/Qt/plugins/platforms/libqlinuxfb*",
              "**/Qt/plugins/platforms/libqminimal*", "**/Qt/plugins/platforms/libqvnc*",
              "**/Qt/plugins/platforms/libqvkkhrdisplay*",
              "**/Qt/plugins/imageformats/libqtga*", "**/Qt/plugins/imageformats/libqwbmp*",
              "**/Qt/plugins/imageformats/libqicns*",
              "**/Qt/lib/libQt6EglFS*", "**/Qt/lib/libQt6Network*"]
KEPT_QT_TRANSLATIONS = {f"qtbase_{code}.qm" for code in LANGUAGES}


def unused_qt_translations(bundle: Path) -> list[Path]:
    return [path for path in sorted(bundle.glob("**/Qt/translations/*"))
            if path.name not in KEPT_QT_TRANSLATIONS]


def missing_translations(bundle: Path) -> list[str]:
    """The app's and Qt's translation files each language needs, if the bundle lacks any."""
    names = {p.name for p in bundle.glob("**/nbp_desktop/qt/translations/*.qm")}
    names |= {p.name for p in bundle.glob("**/Qt/translations/*.qm")}
    wanted = [f"nbp_desktop_{code}.qm" for code in LANGUAGES] + sorted(KEPT_QT_TRANSLATIONS)
    return [name for name in wanted if name not in names]


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def main() -> int:
    shutil.rmtree(BUILD, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(BUILD / "work"),
                    str(ROOT / "packaging" / "nbp_desktop.spec")], check=True, cwd=ROOT)
    before = size_of(BUNDLE)
    removed: list[str] = []
    trimmed = [path for pattern in TRIM_GLOBS for path in sorted(BUNDLE.glob(pattern))]
    unused = unused_qt_translations(BUNDLE)
    for path in trimmed:
        if not path.exists():
            continue
        size = size_of(path) if path.is_dir() else path.stat().st_size
        removed.append(f"{path.relative_to(BUNDLE)} ({mb(size)})")
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    if unused:
        size = sum(path.stat().st_size for path in unused)
        removed.append(f"{len(unused)} Qt translations the app does not load ({mb(size)})")
        for path in unused:
            path.unlink()
    after = size_of(BUNDLE)
    print(f"bundle before trimming: {mb(before)}; after: {mb(after)} ({len(removed)} items removed)")
    for line in removed:
        print(f"  removed {line}")

    leftovers = [p for p in BUNDLE.rglob("*") if p.suffix == ".pyi" or p.name.startswith("test_")
                 or p.name in ("tests", "conftest.py")]
    if leftovers:
        print("bundle contains test files or stubs:", *leftovers[:20], sep="\n  ")
        return 1
    print("no test files, no *.pyi in the bundle")
    missing = missing_translations(BUNDLE)
    if missing:
        print("bundle lacks translations:", *missing, sep="\n  ")
        return 1
    print(f"translations in the bundle: the app's and qtbase's for {', '.join(LANGUAGES)}")

    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NBP_DATA_DIR": data_dir}
        # In Japanese: the bundle's translations load (CJK text, the core's hook) on the way.
        proc = subprocess.run([str(BUNDLE / "nbp-desktop"), "--self-test", "--language", "ja"], env=env,
                              capture_output=True, text=True, timeout=180)
    print(proc.stderr.strip())
    if proc.returncode != 0 or "self-test: passed" not in proc.stderr:
        print(f"bundle self-test FAILED (exit {proc.returncode})")
        return 1
    archive = DIST / "nbp-desktop-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(BUNDLE, arcname="nbp-desktop")
    print(f"bundle self-test passed; release archive {archive.name}: {mb(archive.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
