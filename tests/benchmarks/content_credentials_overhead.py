"""Benchmark: what adding our signed Content Credentials (with Google's manifest as the parent
ingredient) costs on a 4K "Print JPEG" export, side by side with the same export without a
new manifest, in one run (target: at most 15% more).

Two sources: Google's 4K JPEG with its C2PA manifest (the JPEG data is kept, so the export
itself is quick and the manifest weighs most), and a 4K PNG (re-encoded to JPEG).

Both are library images: the library read each one's Content Credentials once when it arrived
(credentials_index.py), which also keeps Google's manifest as the parent ingredient of every
later export (parent_ingredient.py); that one-time read is timed on its own line. The first
export of an image the library has not read yet is timed too ("never read before").

The floor: C2PA's hard binding hashes every byte of the exported file, and c2pa writes the file
through its own passes; for the kept-data JPEG, whose export without credentials is a file
copy, that alone is more than 15 %, so the absolute cost is printed beside the ratio.

Run: .venv/bin/python tests/benchmarks/content_credentials_overhead.py
"""

from __future__ import annotations

import hashlib
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from nbp_desktop.core.export.exporter import ExportSource, export_image
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS
from nbp_desktop.core.provenance.content_credentials import read_credentials
from nbp_desktop.core.provenance.export_credentials import ExportSigning
from nbp_desktop.core.provenance.parent_ingredient import IngredientCache
from nbp_desktop.core.provenance.signing import make_installation_identity
from nbp_desktop.emulator import images

REPEATS = 7
TARGET = 0.15  # at most 15% more than the export without credentials
SIZE = (5504, 3072)  # Nano Banana Pro 4K, 16:9


def source(folder: Path, fmt: str) -> ExportSource:
    data = images.render(*SIZE, "benchmark", fmt, realistic=True)
    path = folder / f"source.{'jpg' if fmt == 'JPEG' else 'png'}"
    path.write_bytes(data)
    return ExportSource(path, "bench", "image/jpeg" if fmt == "JPEG" else "image/png", *SIZE,
                        prompt="benchmark", model="gemini-3-pro-image", ingredients=folder / "ingredients")


def median_of(fn, before=lambda: None) -> float:
    times = []
    for _ in range(REPEATS):
        before()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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
        print(f"   {'source':34} {'without s':>9} {'with s':>7} {'overhead':>9} {'added ms':>9}")
        for fmt, label in (("JPEG", "Google JPEG + C2PA (data kept)"), ("PNG", "Vertex PNG (re-encoded)")):
            src = source(folder, fmt)
            data = src.path.read_bytes()
            cache = IngredientCache(folder / "ingredients")
            cache.prepare(src.image_id, src.path, data, src.mime)  # the library's read, once per image
            without, with_credentials = side_by_side(
                lambda src=src: export_image(src, preset, folder / "without", signing=ExportSigning.unsigned()),
                lambda src=src: export_image(src, preset, folder / "with", signing=signing))
            check = export_image(src, preset, folder / "check", signing=signing)
            credentials = read_credentials(check.path)
            assert credentials.present and (fmt == "PNG" or credentials.manifests == 2)
            megabytes = src.path.stat().st_size / 2**20
            print(f"   {label + f' ({megabytes:.0f} MB)':34} {without:9.3f} {with_credentials:7.3f} "
                  f"{(with_credentials / without - 1) * 100:8.1f}% {(with_credentials - without) * 1000:9.0f}")
            ratio = with_credentials / without - 1
            print(f"   {'PASS' if ratio <= TARGET else 'FAIL'}  {label}: +{ratio * 100:.0f}% "
                  f"(target <= {TARGET * 100:.0f}%)")
            if fmt != "JPEG":
                continue
            forget = lambda cache=cache: shutil.rmtree(cache.folder, ignore_errors=True)  # noqa: E731
            read_once = median_of(lambda src=src, data=data, cache=cache: cache.prepare(
                src.image_id, src.path, data, src.mime), forget)
            never_read = median_of(lambda src=src: export_image(src, preset, folder / "with", signing=signing),
                                   forget)
            hashing = median_of(lambda data=data: hashlib.sha256(data).digest())
            print(f"   {'  never read before (first export)':34} {'':9} {never_read:7.3f} "
                  f"{(never_read / without - 1) * 100:8.1f}% {(never_read - without) * 1000:9.0f}")
            print(f"   {'  once per image, on arrival':34} {'':9} {read_once:7.3f}   (Google's manifest read "
                  f"and validated, kept as the ingredient)")
            print(f"   {'  floor: SHA-256 of the file':34} {'':9} {hashing:7.3f}   (the hard binding alone is "
                  f"{hashing / without * 100:.0f}% of the export without credentials)")


if __name__ == "__main__":
    main()
