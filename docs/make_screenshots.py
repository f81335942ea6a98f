"""Screenshots of the real app for the README: run under an X server (e.g. Xvfb).

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 dbus-run-session -- sh -c 'printf x | gnome-keyring-daemon --unlock \
        --components=secrets >/dev/null; .venv/bin/python docs/make_screenshots.py'

It starts the app on a throw-away library with a local emulator, queues a 16:9 image and one
that Google's safety filter blocks, and saves the main window (light and dark) and the
settings dialog, the export dialog, the first start and a culled library with filters
to docs/screenshots/. The two workspaces are shot in both themes at 1366×768 (a laptop) and
1600×1000: generate-THEME-SIZE.png (a failed job selected, its reason shown) and
library-THEME-SIZE.png; also the empty states (empty-*.png) and the re-render menu with its
prices (rerender-price-light.png).

    .venv/bin/python docs/make_screenshots.py --languages fr,zh_TW,ko,ja

shoots, in each language instead, the main window with a result, the library and the export
dialog to docs/screenshots/i18n/LANG-{main,library,export}.png (one app start per language:
the language is chosen before any window is built), to check by eye for cut-off text.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.emulator.runner import EmulatorThread
from nbp_desktop.qt.app import run_gui
from nbp_desktop.qt.settings.connection_editor import ConnectionEditor

OUT = Path(__file__).resolve().parent / "screenshots"


async def settle(seconds: float = 0.6) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


SIZES = ((1366, 768), (1600, 1000))


async def shoot_empty(window) -> None:
    """A first start: what the empty views say."""
    window.resize(1366, 768)
    window.set_theme("light")
    window.tabs.setCurrentWidget(window.preview)
    await settle(1.0)
    window.grab().save(str(OUT / "empty-generate-light.png"))
    window.show_library()
    await window.gallery.reload()
    window.set_theme("dark")
    await settle(1.0)
    window.grab().save(str(OUT / "empty-library-dark.png"))
    window.set_theme("light")
    window.tabs.setCurrentWidget(window.preview)


async def shoot_workspace(window, name: str) -> None:
    for width, height in SIZES:
        window.resize(width, height)
        for theme in ("light", "dark"):
            window.set_theme(theme)
            await settle(1.0)
            window.grab().save(str(OUT / f"{name}-{theme}-{width}x{height}.png"))
    window.set_theme("light")


async def shoot_rerender_menu(window) -> None:
    """The re-render menu shows each size's price before anything is spent (whole screen: the
    menu is a popup of its own)."""
    window.resize(1366, 768)
    window.move(0, 0)
    await settle(0.5)
    button = window.preview.rerender_button
    menu = button.menu()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    await settle(0.6)
    screen = QApplication.primaryScreen().grabWindow(0)
    screen.copy(0, 0, 1366, 768).save(str(OUT / "rerender-price-light.png"))
    menu.hide()


async def shoot(window) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    await shoot_empty(window)
    with EmulatorThread(latency=0.3) as emulator:
        services = window.services
        # Real saved connections (secrets in the keychain), pointed at the local emulator.
        services.registry.add(ConnectionConfig("Studio key", "aistudio", base_url=emulator.base_url),
                              "emulator-key")
        key_file = Path(services.data_dir) / "vertex-key.json"
        key_file.write_text(json.dumps(emulator.service.create_service_account("studio-prints")))
        services.registry.add(ConnectionConfig("Vertex (studio-prints)", "vertex",
                                               base_url=emulator.base_url), key_file.read_text())
        window.compose.reload_connections()
        window.compose.connection_box.setCurrentText("Studio key")
        window.resize(1480, 900)
        window.set_theme("light")
        compose = window.compose
        compose.prompt_edit.setPlainText("A ceramic teapot on a linen tablecloth, soft morning "
                                         "window light, shallow depth of field, editorial still life")
        compose.aspect_box.setCurrentText("16:9")
        compose.size_box.setCurrentText("2K")
        ids = await window.queue_current()
        await window.engine.wait_for(ids)
        emulator.service.faults.configure({"faults": [{"kind": "image_safety"}]})
        compose.prompt_edit.setPlainText("A crowded night market, neon signs, rain")
        failed = await window.queue_current()
        await window.engine.wait_for(failed)
        compose.prompt_edit.setPlainText("Same teapot, top-down, on slate")
        compose.aspect_box.setCurrentText("1:1")
        window.engine.pause("Queue paused.")
        await window.queue_current()
        job = window.engine.jobs[ids[0]]
        await window.show_job(job)
        window.queue.select_job(failed[0])
        await settle(1.0)
        await shoot_rerender_menu(window)
        await shoot_workspace(window, "generate")
        window.resize(1480, 900)
        await settle(1.0)
        window.grab().save(str(OUT / "main-light.png"))
        window.set_theme("dark")
        await settle(1.0)
        window.grab().save(str(OUT / "main-dark.png"))
        dialog = window.open_settings()
        await settle(1.0)
        dialog.grab().save(str(OUT / "settings-dark.png"))
        dialog.tabs.setCurrentIndex(2)
        await settle(0.5)
        dialog.grab().save(str(OUT / "settings-queue-dark.png"))
        dialog.reject()
        window.set_theme("light")
        dialog = window.open_settings()
        await settle(1.0)
        dialog.grab().save(str(OUT / "settings-light.png"))
        dialog.reject()
        editor = ConnectionEditor(services, window, kind=ConnectionKind.VERTEX)
        editor.load_service_account(key_file)
        editor.name_edit.setText("Vertex (studio-prints)")
        editor.base_url_edit.setText(emulator.base_url)
        editor.open()
        editor.run_test()
        await settle(1.5)
        editor.grab().save(str(OUT / "connection-editor-light.png"))
        editor.reject()
        # A key file whose private key cannot be read: one sentence, the drop zone intact.
        fake = Path(services.data_dir) / "fake-sa.json"
        fake.write_text(json.dumps({**json.loads(key_file.read_text()),
                                    "private_key": "-----BEGIN PRIVATE KEY-----\nbm9wZQ==\n"
                                                   "-----END PRIVATE KEY-----\n"}))
        bad = ConnectionEditor(services, window, kind=ConnectionKind.VERTEX)
        bad.open()
        bad.load_service_account(fake)
        await settle(0.8)
        bad.grab().save(str(OUT / "connection-bad-key-light.png"))
        bad.reject()
        fake.unlink()
        window.queue.table.selectAll()
        export = window.open_export()
        export.preset_box.setCurrentText("Print JPEG")
        await settle(2.0)
        export.grab().save(str(OUT / "export-dialog-light.png"))
        export.reject()
        from nbp_desktop.qt.shortcuts import ShortcutsDialog

        keys = ShortcutsDialog(window)
        keys.open()
        await settle(0.8)
        keys.grab().save(str(OUT / "shortcuts-dialog.png"))
        keys.reject()
        from nbp_desktop.qt.settings.first_run import FirstRunDialog

        welcome = FirstRunDialog(services, window)
        welcome.open()
        await settle(0.8)
        welcome.grab().save(str(OUT / "first-run-light.png"))
        welcome.reject()
        key_file.unlink()
        window.engine.resume()
        await shoot_library(window)
    print(f"screenshots written to {OUT}", file=sys.stderr)
    return 0


async def shoot_library(window) -> None:
    """A culled library with filters applied (images from the test library builder)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.library_builder import build_library

    from nbp_desktop.core.library.gallery_index import PICK, REJECT

    records = await asyncio.to_thread(build_library, window.services.data_dir, 160, 11, True,
                                      ("Studio key", "Vertex (studio-prints)"), None, 4)
    gallery = window.gallery
    window.show_library()
    await gallery.reload()
    newest = sorted(records, key=lambda r: r.created, reverse=True)
    lighthouses = [r.id for r in newest if "lighthouse" in r.prompt]
    await gallery.mark("flag", PICK, lighthouses[0:6:2])
    await gallery.mark("flag", REJECT, lighthouses[1:2])
    await gallery.mark("rating", 4, lighthouses[0:3])
    await gallery.mark("rating", 5, lighthouses[2:3])
    await gallery.mark("label", 3, lighthouses[3:5])
    board = await gallery.new_board("Client review")
    await gallery.add_to_board(board, lighthouses[:4])
    await gallery.new_board("Hero shots")
    gallery.find_bar.search_edit.setText("lighthouse")
    gallery.find_bar.rejects_button.setChecked(True)
    await settle(1.0)
    gallery.view.setCurrentIndex(gallery.model.index(1))
    await settle(1.5)
    window.grab().save(str(OUT / "library-light.png"))
    window.set_theme("dark")
    await settle(1.0)
    window.grab().save(str(OUT / "library-dark.png"))
    window.set_theme("light")
    await shoot_workspace(window, "library")


I18N_OUT = OUT / "i18n"


def shoot_in(code: str):
    """The three views of issue 14's acceptance, in ``code`` (the app already speaks it)."""
    async def shoot_language(window) -> int:
        I18N_OUT.mkdir(parents=True, exist_ok=True)
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.library_builder import build_library

        with EmulatorThread(latency=0.2) as emulator:
            services = window.services
            from nbp_desktop.core.google.auth import ApiKeyAuth

            # A connection for this run only: these shots need no keychain.
            services.add_temporary_connection(ConnectionConfig("Studio key", "aistudio", base_url=emulator.base_url),
                                              ApiKeyAuth("emulator-key"))
            window.compose.reload_connections()
            window.compose.connection_box.setCurrentText("Studio key")
            window.resize(1480, 900)
            window.set_theme("light")
            window.compose.prompt_edit.setPlainText("A ceramic teapot on a linen tablecloth, soft morning "
                                                    "window light, editorial still life")
            ids = await window.queue_current()
            await window.engine.wait_for(ids)
            await window.show_job(window.engine.jobs[ids[0]])
            window.queue.select_job(ids[0])
            await settle(1.0)
            window.grab().save(str(I18N_OUT / f"{code}-main.png"))
            await asyncio.to_thread(build_library, services.data_dir, 40, 11, True, ("Studio key",), None, 2)
            window.show_library()
            await window.gallery.reload()
            await window.gallery.new_board("Client review")
            window.gallery.view.setCurrentIndex(window.gallery.model.index(0))
            await settle(1.5)
            window.grab().save(str(I18N_OUT / f"{code}-library.png"))
            window.gallery.view.selectAll()
            export = window.open_export()
            export.preset_box.setCurrentText("Print JPEG")
            await settle(2.0)
            export.grab().save(str(I18N_OUT / f"{code}-export.png"))
            export.reject()
        print(f"{code}: screenshots written to {I18N_OUT}", file=sys.stderr)
        return 0
    return shoot_language


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the real app for the README.")
    parser.add_argument("--languages", help="comma-separated language codes: the i18n screenshots instead")
    parser.add_argument("--language", help=argparse.SUPPRESS)  # one language, in this process
    options = parser.parse_args()
    if options.languages:
        import subprocess

        status = 0
        for code in options.languages.split(","):
            status |= subprocess.run([sys.executable, __file__, "--language", code]).returncode
        return status
    with tempfile.TemporaryDirectory() as data_dir:
        args = argparse.Namespace(data_dir=data_dir, demo=True, self_test=False, language=options.language)
        return run_gui(args, after_start=shoot_in(options.language) if options.language else shoot)


if __name__ == "__main__":
    sys.exit(main())
