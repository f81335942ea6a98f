"""Benchmark: a prompt sheet through AI Studio's batch mode (JSONL file) on the emulator.

For 1,000 and 5,000 rows at 1K: the time to build and upload the JSONL (and create the batch),
then, in a fresh process, the time to download and ingest the results into the library
(rows/s) and that process's peak RSS. Ingesting streams the result file, so the peak RSS must
not grow with the row count. The emulator runs in its own process.

Run: .venv/bin/python tests/benchmarks/batch_roundtrip.py [--rows 1000 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from nbp_desktop.core.batch.journal import BatchJournal
from nbp_desktop.core.batch.runner import BatchRunner, PollPolicy
from nbp_desktop.core.batch.sheet import read_sheet
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.workspace import Workspace

POLL = PollPolicy(initial=0.1, factor=1.5, maximum=1.0)


def start_emulator() -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "nbp_desktop", "emulator"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base_url = proc.stdout.readline().strip()
    request = urllib.request.Request(f"{base_url}/_emulator/batch", method="POST",
                                     data=json.dumps({"delay": 0.1}).encode())
    urllib.request.urlopen(request).read()
    return proc, base_url


def write_sheet(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        out.write("prompt,aspect ratio,size,seed,tags\n")
        for i in range(rows):
            out.write(f"\"Catalogue item {i} on a grey sweep\",{'4:5' if i % 2 else '1:1'},1K,{i},bench\n")
    return path


async def _open(data_dir: Path, base_url: str):
    ws = Workspace(data_dir, start_engine=False)
    await ws.__aenter__()
    ws.services.add_temporary_connection(ConnectionConfig("bench", "aistudio", base_url=base_url),
                                         ApiKeyAuth("emulator-key"))
    batches = BatchJournal(ws.journal.database)
    return ws, batches, BatchRunner(ws.services, ws.journal, batches, poll=POLL)


async def submit(data_dir: Path, base_url: str, rows: int) -> dict:
    ws, _batches, runner = await _open(data_dir, base_url)
    try:
        sheet = read_sheet(write_sheet(data_dir.parent / "bench.csv", rows), "gemini-3-pro-image")
        started = time.perf_counter()
        record = await runner.submit(sheet, "bench", mode="file")
        elapsed = time.perf_counter() - started
        jsonl = (data_dir / "batches" / record.id / "input.jsonl").stat().st_size
        return {"batch_id": record.id, "build_upload_s": elapsed, "jsonl_bytes": jsonl}
    finally:
        await ws.__aexit__(None, None, None)


async def ingest(data_dir: Path, base_url: str, batch_id: str) -> dict:
    ws, _batches, runner = await _open(data_dir, base_url)
    try:
        while True:  # Google's side (the emulator answering every row) is not what we time
            record = await runner.refresh(batch_id)
            if record.google_state == "JOB_STATE_SUCCEEDED":
                break
            await asyncio.sleep(0.2)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        record = await runner.download(batch_id)
        elapsed = time.perf_counter() - started
        assert record.rows_done == record.rows_total, record
        meta = json.loads(urllib.request.urlopen(
            f"{base_url}/v1beta/{record.result_file}?key=emulator-key").read())
        return {"ingest_s": elapsed, "rows": record.rows_done, "result_bytes": int(meta["sizeBytes"]),
                "rss_before_mb": before / 1024,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    finally:
        await ws.__aexit__(None, None, None)


def child(argv: list[str]) -> None:
    step, data_dir, base_url, value = argv
    if step == "submit":
        result = asyncio.run(submit(Path(data_dir), base_url, int(value)))
    else:
        result = asyncio.run(ingest(Path(data_dir), base_url, value))
    print(json.dumps(result))


def run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                          text=True, timeout=1800)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args()
    emulator, base_url = start_emulator()
    peaks = {}
    try:
        for rows in args.rows:
            with tempfile.TemporaryDirectory() as tmp:
                data_dir = Path(tmp) / "data"
                data_dir.mkdir()
                sent = run_child("submit", str(data_dir), base_url, str(rows))
                got = run_child("ingest", str(data_dir), base_url, sent["batch_id"])
                peaks[rows] = got["peak_rss_mb"]
                print(f"{rows:>5} rows at 1K: build + upload JSONL ({sent['jsonl_bytes'] / 1e6:.1f} MB) "
                      f"and create {sent['build_upload_s']:.2f} s "
                      f"({rows / sent['build_upload_s']:.0f} rows/s); download + ingest "
                      f"{got['ingest_s']:.2f} s ({rows / got['ingest_s']:.0f} rows/s) from a "
                      f"{got['result_bytes'] / 1e6:.1f} MB result file; ingest "
                      f"process RSS {got['rss_before_mb']:.0f} MB before, peak "
                      f"{got['peak_rss_mb']:.0f} MB")
    finally:
        emulator.terminate()
        emulator.wait(10)
    if len(peaks) > 1:
        low, high = min(peaks), max(peaks)
        growth = peaks[high] - peaks[low]
        print(f"peak RSS growth from {low} to {high} rows: {growth:+.0f} MB "
              f"({'streams: flat' if growth < 15 else 'GROWS with the row count'})")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2:])
    else:
        main()
