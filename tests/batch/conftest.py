"""Batch tests: a workspace on a fresh data dir with emulator connections (no keychain), and
helpers that read what the emulator answered, to compare with what the library holds."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from nbp_desktop.core.batch.journal import BatchJournal
from nbp_desktop.core.batch.runner import BatchRunner, PollPolicy
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth, ServiceAccountAuth
from nbp_desktop.core.workspace import Workspace

FAST_POLL = PollPolicy(initial=0.05, factor=1.5, maximum=0.5)


def write_sheet(path: Path, rows: int, count: int = 1, extra_header: str = "",
                extra_cells: str = "") -> Path:
    lines = ["prompt,aspect ratio,size,count,seed,tags,product" + extra_header]
    for i in range(rows):
        lines.append(f"\"a {{product}} on white, shot {i}\",{'16:9' if i % 2 else '1:1'},1K,"
                     f"{count},{i},\"campaign,row{i + 2}\",shoe-{i}{extra_cells}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class BatchHarness:
    def __init__(self, ws: Workspace, emulator) -> None:
        self.ws = ws
        self.emulator = emulator
        self.service = emulator.service.batches
        self.data_dir = ws.data_dir
        self.batches = BatchJournal(ws.journal.database)
        self.runner = BatchRunner(ws.services, ws.journal, self.batches, poll=FAST_POLL)

    def connect(self, name: str = "studio", kind: str = "aistudio") -> ConnectionConfig:
        if kind == "vertex":
            info = self.emulator.service.create_service_account("nbp-batch-project")
            config = ConnectionConfig(name, kind, base_url=self.emulator.base_url,
                                      project="nbp-batch-project", location="global")
            auth = ServiceAccountAuth(info)
        else:
            config = ConnectionConfig(name, kind, base_url=self.emulator.base_url)
            auth = ApiKeyAuth("emulator-key", bearer=kind == "openai")
        self.ws.services.add_temporary_connection(config, auth)
        return config

    def sent_images(self) -> dict[str, bytes]:
        """request key -> the image bytes the emulator put in its answer."""
        found: dict[str, bytes] = {}

        def take(key: str | None, response: dict | None) -> None:
            if not key or not response:
                return
            for part in response["candidates"][0]["content"]["parts"]:
                if "inlineData" in part and not part.get("thought"):
                    found[key] = base64.b64decode(part["inlineData"]["data"])

        for entry in self.service.batches.values():
            output = entry.output
            if "inlinedResponses" in output:
                for item in output["inlinedResponses"]["inlinedResponses"]:
                    take(item["metadata"]["key"], item.get("response"))
            elif "responsesFile" in output and output["responsesFile"] in self.service.files:
                for line in self.service.files[output["responsesFile"]]["data"].splitlines():
                    item = json.loads(line)
                    take(item["key"], item.get("response"))
            elif "gcsOutputDirectory" in output:
                for objects in self.service.buckets.values():
                    for name, data in objects.items():
                        if name.endswith("predictions.jsonl"):
                            for line in data.splitlines():
                                item = json.loads(line)
                                take(item["request"]["labels"]["nbp_key"], item.get("response"))
        return found


@pytest.fixture
def batch_emulator(emulator):
    emulator.service.batches.reset()
    emulator.service.batches.options.delay = 0.2
    yield emulator
    emulator.service.batches.reset()


@pytest.fixture
async def batch(data_dir, batch_emulator):
    async with Workspace(data_dir, start_engine=True, run_only_own_jobs=True) as ws:
        yield BatchHarness(ws, batch_emulator)
