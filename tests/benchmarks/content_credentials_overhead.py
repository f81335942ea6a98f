"""Benchmark: what adding our signed Content Credentials (with Google's manifest as the parent
ingredient) costs on a 4K "Print JPEG" export, side by side with the same export without a
new manifest, in one run (target: at most 15% more).

Two sources: Google's 4K JPEG with its C2PA manifest (the JPEG data is kept, so the export
itself is quick and the manifest weighs most), and a 4K PNG (re-encoded to JPEG).

Run: .venv/bin/python tests/benchmarks/content_credentials_overhead.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from nbp_desktop.core.export.exporter import ExportSource, export_image
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS
from nbp_desktop.core.provenance.content_credentials import read_credentials
from nbp_desktop.core.provenance.export_credentials import ExportSigning
from nbp_desktop.core.provenance.signing import make_installation_identity
from nbp_desktop.emulator import images

REPEATS = 7
SIZE = (5504, 3072)  # Nano Banana Pro 4K, 16:9


def source(folder: Path, fmt: str) -> ExportSource:
    data = images.render(*SIZE, "benchmark", fmt, realistic=True)
    path = folder / f"source.{'jpg' if fmt == 'JPEG' else 'png'}"
    path.write_bytes(data)
    return ExportSource(path, "bench", "image/jpeg" if fmt == "JPEG" else "image/png", *SIZE,
                        prompt="benchmark", model="gemini-3-pro-image")


def side_by_side(without, with_credentials) -> tuple[float, float]:
    """Medians, the two exports alternating so that other load on the machine hits both alike."""
    without(), with_credentials()  # warm-up (the first c2pa call loads its library)
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(REPEATS):
        for fn, times in ((without, samples[0]), (with_credentials, samples[1])):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
    return statistics.median(samples[0]), statistics.median(samples[1])


def main() -> None:
    preset = next(p for p in BUILT_IN_PRESETS if p.name == "Print JPEG")
    identity = make_installation_identity()
    signing = ExportSigning(lambda: identity)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"4K Print JPEG export, {SIZE[0]}×{SIZE[1]}, median of {REPEATS} (one run, side by side):")
        print(f"   {'source':34} {'without s':>9} {'with s':>7} {'overhead':>9}")
        for fmt, label in (("JPEG", "Google JPEG + C2PA (data kept)"), ("PNG", "Vertex PNG (re-encoded)")):
            src = source(folder, fmt)
            without, with_credentials = side_by_side(
                lambda src=src: export_image(src, preset, folder / "without", signing=ExportSigning.unsigned()),
                lambda src=src: export_image(src, preset, folder / "with", signing=signing))
            check = export_image(src, preset, folder / "check", signing=signing)
            assert read_credentials(check.path).present
            megabytes = src.path.stat().st_size / 2**20
            print(f"   {label + f' ({megabytes:.0f} MB)':34} {without:9.3f} {with_credentials:7.3f} "
                  f"{(with_credentials / without - 1) * 100:8.1f}%")


if __name__ == "__main__":
    main()
