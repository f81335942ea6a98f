"""Benchmark: the whole engine, request -> saved, indexed and thumbnailed.

1. Jobs per second at 1K with a zero-latency emulator (200 jobs, 8 at a time).
2. Peak RSS with 8 concurrent realistic 4K jobs (tens of MB each), measured in a fresh child
   process so nothing else inflates the peak.

The emulator runs in its own process. Run: .venv/bin/python tests/benchmarks/engine_throughput.py
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.transport import TimeoutPolicy
from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.loop_lag import favour_event_loop
from nbp_desktop.core.workspace import Workspace


def start_emulator(*extra: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "nbp_desktop", "emulator", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return proc, proc.stdout.readline().strip()


async def run_jobs(base_url: str, data_dir: Path, size: str, count: int, prompts_unique: bool) -> float:
    async with Workspace(data_dir) as ws:
        ws.services.client.timeouts = TimeoutPolicy(per_size={size: 600})
        ws.services.add_temporary_connection(ConnectionConfig("bench", "aistudio", base_url=base_url,
                                                              concurrency=8),
                                             ApiKeyAuth("emulator-key"))
        started = time.perf_counter()
        ids = []
        for i in range(count):
            ids += await ws.engine.submit(JobSpec("bench", f"bench {i}" if prompts_unique else "bench",
                                                  size=size, aspect_ratio="16:9"))
        jobs = await ws.engine.wait_for(ids)
        elapsed = time.perf_counter() - started
        assert all(j.status == "succeeded" for j in jobs), [j.error_message for j in jobs]
        assert len(ws.journal.library.images()) == count
    return elapsed


def peak_rss_child() -> None:
    favour_event_loop()
    base_url = sys.argv[2]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as tmp:
        elapsed = asyncio.run(run_jobs(base_url, Path(tmp), "4K", 8, prompts_unique=False))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{before / 1024:.0f} {peak / 1024:.0f} {elapsed:.1f}")


def main() -> None:
    favour_event_loop()  # as the app does
    proc, base_url = start_emulator()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            asyncio.run(run_jobs(base_url, Path(tmp) / "warm", "1K", 16, True))  # warm caches
            elapsed = asyncio.run(run_jobs(base_url, Path(tmp) / "run", "1K", 200, True))
        print("1. Whole engine at 1K, zero-latency emulator, 8 at a time (200 jobs):")
        print(f"   {200 / elapsed:.1f} jobs/s ({elapsed * 1000 / 200:.1f} ms per job end to end, "
              "incl. journal fsyncs, sidecar, thumbnail)")
    finally:
        proc.terminate()
        proc.wait(10)
    proc, base_url = start_emulator("--realistic")
    try:
        # Warm the emulator's 4K render cache so the child measures only our side.
        import httpx
        httpx.post(f"{base_url}/v1beta/models/gemini-3-pro-image:generateContent",
                   headers={"x-goog-api-key": "emulator-key"}, timeout=300,
                   json={"contents": [{"role": "user", "parts": [{"text": "bench"}]}],
                         "generationConfig": {"imageConfig": {"aspectRatio": "16:9", "imageSize": "4K"}}})
        out = subprocess.run([sys.executable, __file__, "--rss-child", base_url], capture_output=True,
                             text=True, check=True).stdout.split()
        before, peak, elapsed = float(out[0]), float(out[1]), float(out[2])
        print("2. Peak RSS, 8 concurrent realistic 4K jobs (~37 MB answers, ~28 MB images):")
        print(f"   {peak:.0f} MB peak ({before:.0f} MB before the jobs; +{peak - before:.0f} MB), "
              f"{elapsed:.1f} s for all 8")
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--rss-child":
        peak_rss_child()
    else:
        main()
