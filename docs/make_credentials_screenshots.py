"""Screenshots of Content Credentials in the app: the preview's facts for an image with Google's
C2PA manifest, and the gallery's "CR" badges (one damaged), light and dark. Run under an X
server, as docs/make_screenshots.py says:

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 dbus-run-session -- sh -c 'printf x | gnome-keyring-daemon --unlock \
        --components=secrets >/dev/null; .venv/bin/python docs/make_credentials_screenshots.py'
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.provenance.credentials_index import CredentialsIndex
from nbp_desktop.emulator.runner import EmulatorThread
from nbp_desktop.qt.app import run_gui

OUT = Path(__file__).resolve().parent / "screenshots"


async def settle(seconds: float = 0.6) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def generate(window, prompt: str, ratio: str) -> list[str]:
    window.compose.prompt_edit.setPlainText(prompt)
    window.compose.aspect_box.setCurrentText(ratio)
    ids = await window.queue_current()
    jobs = await window.engine.wait_for(ids)
    return [image_id for job in jobs for image_id in job.image_ids]


async def shoot(window) -> int:
    with EmulatorThread() as emulator:
        services = window.services
        services.registry.add(ConnectionConfig("Studio key", "aistudio", base_url=emulator.base_url),
                              "emulator-key")
        window.compose.reload_connections()
        window.compose.connection_box.setCurrentText("Studio key")
        window.resize(1480, 900)
        window.set_theme("light")
        await generate(window, "A quiet harbour at dawn, Vertex-style PNG", "3:2")
        await generate(window, "Paper cranes on a windowsill", "1:1")
        emulator.service.mislabel_jpeg = True  # JPEG bytes with Google's Content Credentials
        damaged = await generate(window, "A teapot whose manifest got damaged", "1:1")
        await generate(window, "A lighthouse in fog, film still", "16:9")
        signed = await generate(window, "A ceramic teapot on linen, soft morning light", "16:9")
        emulator.service.mislabel_jpeg = False
        # One file whose manifest was damaged on the way (as a broken upload tool would).
        record = window.workspace.journal.library.image(damaged[0])
        path = services.data_dir / record.path
        data = bytearray(path.read_bytes())
        at = data.index(b"jumb")
        for i in range(at + 40, at + 400):
            data[i] ^= 0x5A
        path.write_bytes(bytes(data))
        await asyncio.to_thread(CredentialsIndex(window.workspace.journal.database).forget, damaged)

        await window.show_image(window.workspace.journal.library.image(signed[0]))
        await settle(1.5)
        bar = window.preview.facts_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())  # the Content Credentials rows are the last facts
        OUT.mkdir(parents=True, exist_ok=True)
        for theme in ("light", "dark"):
            window.set_theme(theme)
            await settle(1.0)
            window.grab().save(str(OUT / f"credentials-preview-{theme}.png"))
        window.show_library()
        await window.gallery.reload()
        await settle(3.0)
        for theme in ("dark", "light"):
            window.set_theme(theme)
            await settle(1.0)
            window.grab().save(str(OUT / f"credentials-gallery-{theme}.png"))
        window.gallery.find_bar.credentials_button.setChecked(True)
        await settle(1.5)
        window.grab().save(str(OUT / "credentials-gallery-filtered-light.png"))
    print(f"screenshots written to {OUT}", file=sys.stderr)
    return 0


def main() -> int:
    with tempfile.TemporaryDirectory() as data_dir:
        args = argparse.Namespace(data_dir=data_dir, demo=True, self_test=False)
        return run_gui(args, after_start=shoot)


if __name__ == "__main__":
    sys.exit(main())
