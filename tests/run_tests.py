"""Set up everything the test suite needs on a fresh machine, then run it.

    python3 tests/run_tests.py [pytest arguments]

Creates ``.venv`` next to the repository (with the Python running this script), installs the
app with its test extras, and runs pytest. On Linux the tests use the real Secret Service
keyring: when no session bus is running, the suite is started inside ``dbus-run-session``
with an unlocked ``gnome-keyring-daemon`` (Debian packages ``dbus-daemon`` and
``gnome-keyring``; installed here when running as root, otherwise named in a message).
Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV = REPO / ".venv"
# What PySide6 (offscreen), the keyring and the CMYK export tests need on a bare Debian/Ubuntu;
# a CJK font so Chinese, Japanese and Korean text renders (no tofu) in the language tests.
DEBIAN_PACKAGES = ["dbus-daemon", "gnome-keyring", "libgs-common", "libimage-exiftool-perl", "libegl1", "libgl1",
                   "libfontconfig1", "libxkbcommon0", "libdbus-1-3", "libglib2.0-0", "fonts-noto-cjk"]
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # from fonts-noto-cjk


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def ensure_venv() -> Path:
    if not venv_python().exists():
        run([sys.executable, "-m", "venv", str(VENV)])
    python = venv_python()
    run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(python), "-m", "pip", "install", "--quiet", "-e", f"{REPO}[test]"])
    return python


LITELLM_VENV = REPO / ".venv-litellm"


def ensure_litellm_proxy() -> None:
    """LiteLLM's proxy (the gateway test runs it in front of the emulator) in its own venv:
    its pinned packages clash with the test tools'."""
    python = LITELLM_VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        run([sys.executable, "-m", "venv", str(LITELLM_VENV)])
    run([str(python), "-m", "pip", "install", "--quiet", "litellm[proxy]==1.108.7"])


def ensure_linux_packages() -> None:
    missing_tools = [t for t in ("dbus-run-session", "gnome-keyring-daemon", "exiftool")
                     if shutil.which(t) is None]
    if not missing_tools and CJK_FONT.exists():
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run(["apt-get", "update", "-qq"], env=env)
        run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *DEBIAN_PACKAGES], env=env)
        return
    if missing_tools:
        sys.exit("The tests need a Secret Service keyring. Install it first:\n"
                 f"  sudo apt-get install {' '.join(DEBIAN_PACKAGES)}")
    print("No CJK font: the test that Chinese, Japanese and Korean text renders will fail. "
          "Install it with: sudo apt-get install fonts-noto-cjk", flush=True)


def main() -> int:
    python = ensure_venv()
    ensure_litellm_proxy()
    pytest_cmd = [str(python), "-m", "pytest", *sys.argv[1:]]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform.startswith("linux") and not os.environ.get("NBP_TESTS_IN_KEYRING_SESSION"):
        ensure_linux_packages()
        # A private session bus with a new, unlocked keyring in a throw-away folder, so nothing
        # prompts, an existing keyring (with another password) is never involved, and the
        # user's own secrets are never touched.
        keyring_home = Path(tempfile.mkdtemp(prefix="nbp-test-keyring-"))
        (keyring_home / "runtime").mkdir(mode=0o700)
        env["XDG_DATA_HOME"] = str(keyring_home / "data")
        env["XDG_RUNTIME_DIR"] = str(keyring_home / "runtime")
        script = ('printf nbp-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null '
                  '&& exec "$@"')
        env["NBP_TESTS_IN_KEYRING_SESSION"] = "1"
        cmd = ["dbus-run-session", "--", "sh", "-c", script, "sh", *pytest_cmd]
    else:
        cmd = pytest_cmd
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=REPO, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
