"""The translations are compiled when the app is installed (``pip install .`` or ``-e .``):
``lrelease`` turns each ``nbp_desktop/qt/translations/*.ts`` into the ``.qm`` Qt loads. The
rest of the build is configured in pyproject.toml (PySide6 is a build requirement there, for
its lrelease). Without PySide6 in the build environment the install still succeeds and the
app compiles missing or stale ``.qm`` files into its cache folder at start instead (see
``nbp_desktop/qt/translations/loading.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        sys.path.insert(0, str(ROOT))
        from nbp_desktop.qt.translations.sources import TRANSLATIONS_DIR, ToolMissing, compile_all

        # An editable install runs the package from the source tree: the .qm files go there
        # (ignored by git); a normal install puts them into the wheel beside the .ts files.
        into = TRANSLATIONS_DIR if self.editable_mode else Path(self.build_lib) / "nbp_desktop/qt/translations"
        try:
            made = compile_all(into)
        except ToolMissing as exc:
            print(f"translations not compiled ({exc}); the app compiles them at first start", file=sys.stderr)
            return
        print(f"compiled {len(made)} translations into {into}", file=sys.stderr)


setup(cmdclass={"build_py": BuildPyWithTranslations})
