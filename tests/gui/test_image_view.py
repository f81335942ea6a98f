"""The preview's image view: 4K images decoded one at a time, only the one still wanted."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from PySide6.QtGui import QImage

from nbp_desktop.qt.preview import image_view
from nbp_desktop.qt.preview.image_view import ImageView


async def test_images_replaced_before_their_turn_are_never_decoded(qtbot, tmp_path, monkeypatch):
    paths = []
    for number in range(4):
        path = tmp_path / f"result-{number}.png"
        image = QImage(64, 36, QImage.Format.Format_RGB32)
        image.fill(0x202020 * (number + 1))
        assert image.save(str(path))
        paths.append(path)
    decoded: list[str] = []
    first_started, release_first = threading.Event(), threading.Event()
    real_decode = image_view.decode_for_view

    def decode(path: Path, edge: int = image_view.PREVIEW_EDGE) -> tuple[QImage, QImage]:
        decoded.append(path.name)
        if path == paths[0]:  # eight 4K results arrive while the first is being decoded
            first_started.set()
            release_first.wait(5)
        return real_decode(path, edge)

    monkeypatch.setattr(image_view, "decode_for_view", decode)
    view = ImageView()
    qtbot.addWidget(view)
    loads = [asyncio.ensure_future(view.load(paths[0]))]
    while not first_started.is_set():
        await asyncio.sleep(0.005)
    loads += [asyncio.ensure_future(view.load(path)) for path in paths[1:]]
    await asyncio.sleep(0.05)
    release_first.set()
    results = await asyncio.gather(*loads)
    # The one already under way finishes; the two shown and replaced meanwhile are skipped.
    assert decoded == ["result-0.png", "result-3.png"]
    assert results == [False, False, False, True]
    assert view.has_image and view.image_size() == (64, 36)
