"""Benchmark: export time for a 4K image per preset, next to Pillow's own encode with the same
settings (target: within 15%); and drag start latency for 1 and 50 selected 4K images
(target: under 100 ms).

Run: .venv/bin/python tests/benchmarks/export_speed.py
"""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageCms

from nbp_desktop.core.export.exporter import ExportSource, export_image
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS

REPEATS = 3


def make_4k(folder: Path) -> ExportSource:
    size = (5504, 3072)
    img = Image.blend(Image.linear_gradient("L").resize(size).convert("RGB"),
                      Image.effect_noise(size, 48).convert("RGB"), 0.3)
    path = folder / "source.png"
    img.save(path, "PNG", compress_level=1)
    return ExportSource(path, "bench", "image/png", *size, prompt="benchmark", model="gemini-3-pro-image")


def pillow_only(path: Path, preset) -> None:
    """What Pillow alone costs for the same output: decode, (resize), encode with the settings."""
    img = Image.open(path).convert("RGB")
    edge = preset.target_long_edge(*img.size)
    if edge and edge != max(img.size):
        scale = edge / max(img.size)
        img = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    if preset.format == "jpeg":
        img.save(out, "JPEG", quality=preset.quality, optimize=True, progressive=preset.progressive,
                 subsampling={"4:4:4": 0, "4:2:0": 2}[preset.subsampling], icc_profile=icc,
                 dpi=(preset.ppi, preset.ppi))
    elif preset.format == "png":
        img.save(out, "PNG", compress_level=6, icc_profile=icc, dpi=(preset.ppi, preset.ppi))
    elif preset.format == "tiff":
        img.save(out, "TIFF", compression="tiff_lzw", icc_profile=icc, dpi=(preset.ppi, preset.ppi))
    else:
        out.write(path.read_bytes())
    (path.parent / "pillow.out").write_bytes(out.getvalue())


def timed(fn) -> float:
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = make_4k(folder)
        print(f"1. Export of a 5504×3072 image ({source.path.stat().st_size / 2**20:.0f} MB PNG), "
              f"median of {REPEATS}:")
        print(f"   {'preset':12} {'ours s':>7} {'Pillow s':>9} {'ratio':>6}")
        for preset in BUILT_IN_PRESETS:
            ours = timed(lambda preset=preset: export_image(source, preset, folder / "out"))
            pillow = timed(lambda preset=preset: pillow_only(source.path, preset))
            print(f"   {preset.name:12} {ours:7.2f} {pillow:9.2f} {ours / pillow:6.2f}")

        from PySide6.QtWidgets import QApplication, QWidget

        from nbp_desktop.qt.export.drag_out import make_drag

        app = QApplication.instance() or QApplication([])
        widget = QWidget()
        print("2. Drag start latency (the drag starts; files are written in the background):")
        preset = next(p for p in BUILT_IN_PRESETS if p.name == "Print JPEG")
        for count in (1, 50):
            sources = [source] * count
            started = time.perf_counter()
            drag = make_drag(widget, sources, preset, folder)
            latency = time.perf_counter() - started
            finished = time.perf_counter()
            drag.mimeData().wait_for_files()
            print(f"   {count:2} image(s): drag ready in {latency * 1000:.1f} ms (target < 100 ms); "
                  f"files finished {time.perf_counter() - finished:.1f} s later")
        app.processEvents()


if __name__ == "__main__":
    main()
