"""Benchmark: what the client costs on our side, and whether the event loop stays free.

1. Client-side overhead, last byte received -> image file on disk, for realistic 1K/2K/4K
   answers (noisy PNGs of Google's sizes), next to a plain json.loads + base64.b64decode +
   file write of the same body.
2. The largest event-loop stall while 8 realistic 4K answers arrive at once (target < 50 ms),
   with the GIL switch interval the app sets at start-up (``favour_event_loop``).

The emulator runs in its own process so its work does not count against ours.
Run: .venv/bin/python tests/benchmarks/client_overhead.py
"""

from __future__ import annotations

import asyncio
import base64
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.image_client import ImageClient
from nbp_desktop.core.google.transport import TimeoutPolicy, make_http_client
from nbp_desktop.core.library.image_store import ImageStore
from nbp_desktop.core.loop_lag import LagMonitor, favour_event_loop

REPEATS = 3


def start_emulator() -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "nbp_desktop", "emulator", "--realistic"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return proc, proc.stdout.readline().strip()


def plain_baseline(body: bytes, folder: Path) -> float:
    started = time.perf_counter()
    data = json.loads(body)
    part = next(p for p in data["candidates"][0]["content"]["parts"]
            if "inlineData" in p and not p.get("thought"))
    image = base64.b64decode(part["inlineData"]["data"])
    (folder / "plain.png").write_bytes(image)
    return time.perf_counter() - started


async def overhead(base_url: str, folder: Path) -> None:
    config = ConnectionConfig("bench", "aistudio", base_url=base_url)
    store = ImageStore(folder)
    print("1. Client-side overhead, last byte -> file on disk (median of 3)")
    print(f"   {'size':4} {'body MB':>8} {'ours ms':>8} {'(decode':>8} {'save)':>6} {'plain ms':>9}")
    async with make_http_client() as http:
        client = ImageClient(http, TimeoutPolicy(per_size={"1K": 300, "2K": 300, "4K": 300}))
        for size in ("1K", "2K", "4K"):
            request = GenerationRequest("benchmark", size=size, aspect_ratio="16:9")
            url = config.generate_url()
            raw = (await http.post(url, content=json.dumps({"contents": [{"role": "user", "parts": [
                {"text": "benchmark"}]}], "generationConfig": {"imageConfig": {
                    "aspectRatio": "16:9", "imageSize": size}}}),
                headers={"x-goog-api-key": "emulator-key", "content-type": "application/json"},
                timeout=300)).content
            ours, decodes, saves, plains = [], [], [], []
            for _ in range(REPEATS):
                result = await client.generate(config, ApiKeyAuth("emulator-key"), request)
                started = time.perf_counter()
                await asyncio.to_thread(store.save, result.images[0], {})
                save = time.perf_counter() - started
                decodes.append(result.timings.decode)
                saves.append(save)
                ours.append(result.timings.decode + save)
                plains.append(await asyncio.to_thread(plain_baseline, raw, folder))
            print(f"   {size:4} {len(raw) / 2**20:8.1f} {statistics.median(ours) * 1000:8.0f} "
                  f"{statistics.median(decodes) * 1000:8.0f} {statistics.median(saves) * 1000:6.0f} "
                  f"{statistics.median(plains) * 1000:9.0f}")


async def stall(base_url: str, folder: Path) -> None:
    config = ConnectionConfig("bench", "aistudio", base_url=base_url)
    store = ImageStore(folder)
    request = GenerationRequest("stall", size="4K", aspect_ratio="16:9")
    async with make_http_client() as http:
        client = ImageClient(http, TimeoutPolicy(per_size={"1K": 300, "2K": 300, "4K": 300}))
        await client.generate(config, ApiKeyAuth("emulator-key"), request)  # warm the render cache

        async def one() -> int:
            result = await client.generate(config, ApiKeyAuth("emulator-key"), request)
            await asyncio.to_thread(store.save, result.images[0], {})
            return len(result.images[0].data)

        monitor = LagMonitor().start()
        started = time.perf_counter()
        sizes = await asyncio.gather(*(one() for _ in range(8)))
        elapsed = time.perf_counter() - started
        await monitor.stop()
    print("2. Event loop while 8 realistic 4K answers arrive at once "
          f"({sum(sizes) / 2**20:.0f} MB of images in {elapsed:.1f} s)")
    print(f"   largest stall {monitor.worst * 1000:.1f} ms (target < 50 ms); "
          f"p99 {monitor.percentile(0.99) * 1000:.1f} ms; {len(monitor.samples)} samples")


def main() -> None:
    favour_event_loop()  # as the app does at start-up
    proc, base_url = start_emulator()
    try:
        httpx.get(base_url, timeout=10)
        with tempfile.TemporaryDirectory() as tmp:
            asyncio.run(overhead(base_url, Path(tmp)))
            asyncio.run(stall(base_url, Path(tmp)))
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
