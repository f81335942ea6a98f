"""Screenshots of batch generation for the README: run under an X server (e.g. Xvfb).

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_batch_screenshots.py

It starts the app on a throw-away library with a local emulator, imports a prompt sheet with
two bad rows (the import dialog), runs it and two more sheets as batches (one still running,
one with failed rows), and saves the dialog and the window with the Batches pane to
docs/screenshots/.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nbp_desktop.core.batch.runner import PollPolicy
from nbp_desktop.core.batch.sheet import read_sheet
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.emulator.runner import EmulatorThread
from nbp_desktop.qt.app import run_gui

OUT = Path(__file__).resolve().parent / "screenshots"
PRODUCTS = ["linen tote", "ceramic mug", "canvas sneaker", "wool scarf", "leather wallet",
            "glass carafe", "oak stool", "brass lamp"]
BACKGROUNDS = ["white marble", "sunlit concrete", "pale linen"]


def write_campaign(folder: Path) -> Path:
    lines = ["prompt,aspect ratio,size,count,seed,tags,product,background,output name"]
    for p_index, product in enumerate(PRODUCTS):
        for b_index, background in enumerate(BACKGROUNDS):
            ratio = ("4:5", "1:1", "16:9")[b_index]
            lines.append(f"\"Product photo of a {{product}} on {{background}}, soft shadow\",{ratio},"
                         f"2K,1,{100 + p_index * 3 + b_index},\"spring, {product.split()[-1]}\","
                         f"{product},{background},{product.replace(' ', '-')}-{b_index + 1}")
    lines.insert(6, "\"Hero shot of a {product} on {backdrop}\",4:5,2K,1,7,hero,oak stool,,")
    lines.insert(11, "\"A {product} close-up\",7:3,2K,1,8,detail,brass lamp,,")
    path = folder / "Spring campaign.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def settle(seconds: float = 0.6) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def shoot(window) -> int:
    folder = Path(tempfile.mkdtemp(prefix="nbp-batch-shots-"))
    with EmulatorThread() as emulator:
        batches = emulator.service.batches
        batches.options.delay = 1.0
        window.services.add_temporary_connection(
            ConnectionConfig("Studio key", "aistudio", base_url=emulator.base_url),
            ApiKeyAuth("emulator-key"))
        window.services.settings.default_connection = "Studio key"
        window.resize(1480, 900)
        window.set_theme("light")
        pane = window.batches_pane
        while pane.runner is None:
            await asyncio.sleep(0.05)
        pane.runner.poll = PollPolicy(initial=0.2, maximum=1.0)

        sheet_path = write_campaign(folder)
        dialog = pane.open_import()
        dialog.connection_box.setCurrentText("Studio key")
        await dialog.load(sheet_path)
        await settle()
        dialog.grab().save(str(OUT / "batch-sheet-import-light.png"))
        dialog.skip_box.setChecked(True)
        dialog.submit_button.click()
        while not any(r.state == "succeeded" for r in pane.records.values()):
            await asyncio.sleep(0.1)

        model = window.services.connection("Studio key").model
        small = folder / "Mood board.csv"
        small.write_text("prompt,tags\n" + "".join(f"A mood tile, texture {i},mood\n" for i in range(12)),
                         encoding="utf-8")
        batches.options.fail_keys = {"r3-1", "r7-1"}
        await pane.submit(_submission(read_sheet(small, model)))
        batches.options.fail_keys = set()
        batches.options.delay = 3600
        big = folder / "Catalogue refresh.csv"
        big.write_text("prompt,size\n" + "".join(f"Catalogue item {i} on grey,1K\n" for i in range(60)),
                       encoding="utf-8")
        window._spawn(pane.submit(_submission(read_sheet(big, model))))
        while len(pane.records) < 3 or not all(r.state in ("succeeded", "partly failed", "queued",
                                                            "running") for r in pane.records.values()):
            await asyncio.sleep(0.1)
        window.show_library()
        for dock in window.findChildren(type(window.queue_dock)):
            if dock.objectName() == "batches-dock":
                dock.show()
                dock.raise_()
        window.resizeDocks([window.queue_dock], [300], Qt.Orientation.Vertical)
        await settle(1.5)
        window.grab().save(str(OUT / "batches-pane-light.png"))
        pane.grab().save(str(OUT / "batches-pane-only-light.png"))
    return 0


def _submission(sheet):
    from nbp_desktop.qt.batch.sheet_import_dialog import SheetSubmission

    return SheetSubmission(sheet=sheet, connection="Studio key", interactive=False, bucket=None,
                           skip_bad_rows=False)


def main() -> int:
    with tempfile.TemporaryDirectory() as data_dir:
        args = argparse.Namespace(data_dir=data_dir, demo=True, self_test=False)
        return run_gui(args, after_start=shoot)


if __name__ == "__main__":
    sys.exit(main())
