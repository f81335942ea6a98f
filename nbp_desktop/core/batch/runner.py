"""Running a prompt sheet as a batch: journal, build, upload, create, poll, download, ingest.

Every step is journalled before it is taken, so a crash at any point resumes without a second
batch at Google (a batch whose create call may have gone out is looked up by its display
name, which is our batch id, before anything is sent again), without losing a paid batch
(its Google name is journalled as soon as it is known), and without a second copy of any image
(results are keyed by request, and image ids derive from the key).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import shutil
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from nbp_desktop.core.batch import BatchText
from nbp_desktop.core.batch.google_batch import BatchApi, Bucket, no_batch_mode, split_gcs_uri
from nbp_desktop.core.batch.journal import BatchJournal, BatchRecord, BatchRow, Stage
from nbp_desktop.core.batch.library_sink import LibrarySink, batch_image_id
from nbp_desktop.core.batch.sheet import BATCH_DISCOUNT, PromptSheet
from nbp_desktop.core.catalog import actual_cost, estimate_cost
from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.google import gemini_wire
from nbp_desktop.core.google.error_mapping import map_http_error
from nbp_desktop.core.jobs.engine import JobEngine, status_in_words
from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.jobs.request_builder import build_request, keep_reference
from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.known_fields import from_known_fields
from nbp_desktop.core.library.image_store import ImageStore
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.sidecar import (BatchFacts, ConnectionFacts, RequestFacts,
                                              ResultFacts, Sidecar)
from nbp_desktop.core.services import Services

INLINE_LIMIT = 20 * 1024 * 1024  # Google's limit for a batch sent inline (the whole request)
# Rough base64 size of one answer's image, by output size (PNG as Google sends it).
EXPECTED_ANSWER_BYTES = {"1K": 2_000_000, "2K": 7_000_000, "4K": 27_000_000}
BATCHES_FOLDER = "batches"  # per batch: the input JSONL and downloaded results
INGEST_CHUNK = 50  # rows per index transaction
STEP_ATTEMPTS = 6  # sending or downloading, before the error is shown (the batch stays journalled)
SAVE_THREADS = 4  # concurrent image saves while ingesting (each waits on an fsync)
_TERMINAL = {"SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED", "PARTIALLY_SUCCEEDED"}
Listener = Callable[[BatchRecord], None]
T = TypeVar("T")


@dataclass(frozen=True)
class PollPolicy:
    """Backoff between status checks: never a busy poll."""

    initial: float = 5.0
    factor: float = 1.5
    maximum: float = 120.0

    def delays(self) -> Iterator[float]:
        delay = self.initial
        while True:
            yield delay
            delay = min(self.maximum, delay * self.factor)


def google_state(data: dict[str, Any], vertex: bool) -> str:
    """JOB_STATE_* names for both services (AI Studio says BATCH_STATE_* in ``metadata``)."""
    state = str(data.get("state") if vertex else (data.get("metadata") or {}).get("state") or "")
    return state.replace("BATCH_STATE_", "JOB_STATE_")


def _vertex_status_error(status: object) -> dict[str, Any] | None:
    """Vertex reports a failed line as a status string, often "Bad Request: {json}"."""
    if not status:
        return None
    text = str(status)
    start = text.find("{")
    if start >= 0:
        try:
            data = json.loads(text[start:])
        except ValueError:
            data = None
        if isinstance(data, dict):
            error = data.get("error", data)
            if isinstance(error, dict) and error.get("message"):
                return error
    return {"message": text}


def _short_state(state: str | None) -> str:
    return (state or "").removeprefix("JOB_STATE_")


class BatchRunner:
    def __init__(self, services: Services, journal: Journal, batches: BatchJournal,
                 poll: PollPolicy = PollPolicy(), inline_limit: int = INLINE_LIMIT) -> None:
        self.services = services
        self.data_dir = services.data_dir
        self.journal = journal
        self.batches = batches
        self.poll = poll
        self.inline_limit = inline_limit
        self.sink = LibrarySink(ImageStore(self.data_dir), journal.database)
        self.listeners: list[Listener] = []
        self.progress: dict[str, tuple[str, int, int]] = {}  # batch id -> (what, done, total)

    # ----------------------------------------------------------------- helpers
    def _config(self, name: str) -> ConnectionConfig:
        return self.services.connection(name)

    async def _api(self, config: ConnectionConfig) -> BatchApi:
        if config.kind not in (ConnectionKind.AISTUDIO, ConnectionKind.VERTEX):
            raise no_batch_mode(config)
        assert self.services.http is not None
        return BatchApi(self.services.http, config, await self.services.authenticator(config))

    async def _call(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        return await asyncio.to_thread(fn, *args, **kwargs)

    async def record(self, batch_id: str) -> BatchRecord:
        batch = await self._call(self.batches.batch, batch_id)
        if batch is None:
            raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr("There is no batch {batch}.").format(batch=batch_id))
        return batch

    async def _changed(self, batch_id: str) -> BatchRecord:
        batch = await self.record(batch_id)
        for listener in list(self.listeners):
            listener(batch)
        return batch

    def _folder(self, batch_id: str) -> Path:
        folder = self.data_dir / BATCHES_FOLDER / batch_id
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _on_progress(self, batch_id: str, what: str) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            self.progress[batch_id] = (what, done, total)
        return report

    # ------------------------------------------------------------------ submit
    async def submit(self, sheet: PromptSheet, connection: str, *, mode: str = "auto",
                     bucket: str | None = None, skip_bad_rows: bool = False,
                     run: bool = True) -> BatchRecord:
        """Journal the batch and its rows, then (with ``run``) send it up to the point where
        Google has it. Returns the batch as journalled."""
        config = self._config(connection)
        if config.kind not in (ConnectionKind.AISTUDIO, ConnectionKind.VERTEX):
            raise no_batch_mode(config)
        sheet.require_valid(skip_bad_rows)
        if config.kind is ConnectionKind.VERTEX:
            if not bucket:
                raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
                    "A Vertex batch reads and writes its files in a Cloud Storage bucket: name one "
                    "with --bucket gs://BUCKET/FOLDER."))
            Bucket.parse(bucket)
            mode = "vertex"
        elif mode not in ("auto", "inline", "file"):
            raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr("Unknown batch mode “{mode}”.").format(mode=mode))
        batch, rows, round_trip_bytes = await self._call(self._plan, sheet, config)
        if mode == "auto":
            # Inline answers come back inside the batch resource itself, so the expected answers
            # count too: a file is streamed to disk, an inline answer is read whole.
            mode = "inline" if round_trip_bytes < self.inline_limit else "file"
        batch.mode = mode
        batch.bucket = bucket if mode == "vertex" else None
        await self._call(self.batches.add_batch, batch, rows)
        await self._changed(batch.id)
        if run:
            await self.send(batch.id)
        return await self.record(batch.id)

    def _plan(self, sheet: PromptSheet, config: ConnectionConfig
              ) -> tuple[BatchRecord, list[BatchRow], int]:
        """Blocking: copy references into the library and expand rows into requests."""
        created = datetime.now(UTC)
        batch_id = f"batch-{created:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
        rows: list[BatchRow] = []
        kept: dict[Path, tuple[str, int]] = {}
        estimated = 0.0
        round_trip_bytes = 0
        for row in sheet.rows:
            references = []
            for ref in row.references:
                if ref not in kept:
                    relative = keep_reference(self.data_dir, ref)
                    kept[ref] = (relative, (self.data_dir / relative).stat().st_size)
                references.append(kept[ref][0])
            spec = JobSpec(connection=config.name, prompt=row.prompt, model=sheet.model,
                           size=row.size, aspect_ratio=row.aspect_ratio,
                           system_text=row.system_text, reference_files=references, seed=row.seed)
            per_request = (len(row.prompt.encode()) + len((row.system_text or "").encode()) + 400
                           + sum(kept[r][1] * 4 // 3 for r in row.references))
            per_request += EXPECTED_ANSWER_BYTES.get(row.size, EXPECTED_ANSWER_BYTES["4K"])
            for index in range(row.count):
                key = f"r{row.row_number}-{index + 1}"
                rows.append(BatchRow(batch_id=batch_id, key=key, position=len(rows),
                                     row_number=row.row_number, spec=spec.to_json(),
                                     tags=row.tags, output_name=row.output_name))
                round_trip_bytes += per_request
            estimated += estimate_cost(sheet.model, row.size, row.count, len(references))
        batch = BatchRecord(id=batch_id, created=created.isoformat(), sheet_name=sheet.name,
                            connection=config.name, kind=str(config.kind), model=sheet.model,
                            mode="auto", stage=Stage.PREPARED,
                            estimated_cost=round(estimated * BATCH_DISCOUNT, 6))
        return batch, rows, round_trip_bytes

    # -------------------------------------------------------------------- send
    async def send(self, batch_id: str) -> BatchRecord:
        """Take a journalled batch up to the point where Google has it (resumes any stage)."""
        batch = await self.record(batch_id)
        if batch.finished or batch.stage in (Stage.SUBMITTED, Stage.DOWNLOADING):
            return batch
        if batch.cancel_requested and batch.stage != Stage.CREATING:
            return await self._cancelled_locally(batch)
        config = self._config(batch.connection)
        api = await self._api(config)
        if batch.stage == Stage.CREATING and batch.google_name is None:
            # The create call may have reached Google before the crash: look for it first.
            found = await self._find_at_google(api, batch)
            if found:
                await self._call(self.batches.set_stage, batch.id, Stage.SUBMITTED,
                                 google_name=found, google_state="JOB_STATE_PENDING")
                if batch.cancel_requested:
                    await self.cancel(batch.id)
                return await self._changed(batch.id)
            if batch.cancel_requested:
                return await self._cancelled_locally(batch)
        try:
            if batch.mode == "inline":
                body = await self._call(self._inline_body, batch, config)
                await self._call(self.batches.set_stage, batch.id, Stage.CREATING)
                answer = await api.create_batch(batch.model, batch.id, inline_body=body)
            elif batch.mode == "file":
                file_name = batch.input_file
                if file_name is None:
                    path = await self._call(self._write_jsonl, batch, config, False)
                    await self._call(self.batches.set_stage, batch.id, Stage.UPLOADING)
                    await self._changed(batch.id)
                    file_name = await api.upload_file(path, f"{batch.id}-input",
                                                      self._on_progress(batch.id, "uploading"))
                    await self._call(self.batches.update, batch.id, input_file=file_name)
                await self._call(self.batches.set_stage, batch.id, Stage.CREATING)
                answer = await api.create_batch(batch.model, batch.id, file_name=file_name)
            else:
                bucket = Bucket.parse(batch.bucket or "")
                await api.check_bucket(bucket)
                input_object = bucket.object_name(f"{batch.id}/input.jsonl")
                if batch.input_file is None:
                    path = await self._call(self._write_jsonl, batch, config, True)
                    await self._call(self.batches.set_stage, batch.id, Stage.UPLOADING)
                    await self._changed(batch.id)
                    await api.upload_object(bucket, input_object, path,
                                            self._on_progress(batch.id, "uploading"))
                    await self._call(self.batches.update, batch.id,
                                     input_file=bucket.uri(input_object))
                await self._call(self.batches.set_stage, batch.id, Stage.CREATING)
                answer = await api.create_job(batch.model, batch.id, bucket.uri(input_object),
                                              bucket.uri(bucket.object_name(f"{batch.id}/output")))
        except NbpError as error:
            if error.retryable:
                raise  # the journal says where to resume; nothing is lost
            await self._call(self.batches.set_stage, batch.id, Stage.FAILED,
                             error_message=error.message)
            await self._call(self.batches.fail_pending, batch.id, str(error.kind), error.message)
            await self._changed(batch.id)
            raise
        name = answer.get("name")
        if not name:
            raise NbpError(ErrorKind.MALFORMED_BODY, BatchText.tr("Google did not name the new batch."),
                           detail=json.dumps(answer)[:300])
        # Journalled the moment it is known: from here on the batch cannot be lost.
        await self._call(self.batches.set_stage, batch.id, Stage.SUBMITTED, google_name=name,
                         google_state=google_state(answer, api.vertex) or "JOB_STATE_PENDING")
        return await self._changed(batch.id)

    async def _find_at_google(self, api: BatchApi, batch: BatchRecord) -> str | None:
        listed = await (api.list_jobs() if api.vertex else api.list_batches())
        for item in listed:
            display = item.get("displayName") if api.vertex else \
                (item.get("metadata") or {}).get("displayName")
            if display == batch.id:
                return str(item.get("name"))
        return None

    async def _cancelled_locally(self, batch: BatchRecord) -> BatchRecord:
        await self._call(self.batches.set_stage, batch.id, Stage.CANCELLED)
        await self._call(self.batches.fail_pending, batch.id, str(ErrorKind.CANCELED),
                         BatchText.tr("Canceled before the batch was sent; nothing was billed."))
        return await self._changed(batch.id)

    def _request(self, row: BatchRow, kind: str) -> GenerationRequest:
        return build_request(self.data_dir, JobSpec.from_json(row.spec), None, kind)

    def _inline_body(self, batch: BatchRecord, config: ConnectionConfig) -> bytes:
        parts = []
        for row in self.batches.rows(batch.id):
            body = gemini_wire.build_body(self._request(row, str(config.kind)), vertex=False)
            parts.append(b'{"request": ' + body + b', "metadata": {"key": '
                         + json.dumps(row.key).encode() + b'}}')
        return b"[" + b", ".join(parts) + b"]"

    def _write_jsonl(self, batch: BatchRecord, config: ConnectionConfig, vertex: bool) -> Path:
        """One request per line, written as it is built (the file is never held in memory)."""
        path = self._folder(batch.id) / "input.jsonl"
        partial = path.with_suffix(".part")
        with open(partial, "wb") as out:
            for row in self.batches.rows(batch.id):
                body = gemini_wire.build_body(self._request(row, str(config.kind)), vertex=vertex)
                key = json.dumps(row.key).encode()
                if vertex:
                    # Vertex echoes the request in its output; the label carries our key back.
                    out.write(b'{"request": ' + body.rstrip()[:-1]
                              + b', "labels": {"nbp_key": ' + key + b'}}}\n')
                else:
                    out.write(b'{"key": ' + key + b', "request": ' + body + b'}\n')
        partial.replace(path)
        return path

    # -------------------------------------------------------------------- poll
    async def refresh(self, batch_id: str) -> BatchRecord:
        """One status check at Google (no download)."""
        batch = await self.record(batch_id)
        if batch.google_name is None or batch.finished or batch.stage == Stage.DOWNLOADING:
            return batch
        api = await self._api(self._config(batch.connection))
        data = await (api.get_job(batch.google_name) if api.vertex
                      else api.get_batch(batch.google_name))
        state = google_state(data, api.vertex)
        if state and state != batch.google_state:
            await self._call(self.batches.update, batch.id, google_state=state)
        return await self._changed(batch.id)

    async def wait(self, batch_id: str, download: bool = True) -> BatchRecord:
        """Poll with backoff until Google is done, then download. Resumes any stage."""
        batch = await self.record(batch_id)
        if batch.stage in (Stage.PREPARED, Stage.UPLOADING, Stage.CREATING):
            batch = await self._retrying(self.send, batch_id)
        delays = self.poll.delays()
        while not batch.finished and batch.stage != Stage.DOWNLOADING:
            if _short_state(batch.google_state) in _TERMINAL:
                break
            await asyncio.sleep(next(delays))
            try:
                batch = await self.refresh(batch_id)
            except NbpError as error:
                if not error.retryable:
                    raise
        if download and not batch.finished:
            batch = await self._retrying(self.download, batch_id)
        return batch

    async def _retrying(self, step: Callable[[str], Awaitable[BatchRecord]],
                        batch_id: str) -> BatchRecord:
        """A step that may meet a passing network or server problem is tried a few times; the
        journal keeps the batch where it was, so giving up loses nothing."""
        delays = self.poll.delays()
        for attempt in range(STEP_ATTEMPTS):
            try:
                return await step(batch_id)
            except NbpError as error:
                if not error.retryable or attempt == STEP_ATTEMPTS - 1:
                    raise
                await asyncio.sleep(next(delays))
        raise AssertionError("unreachable")

    async def resume_all(self) -> list[BatchRecord]:
        """At start-up: every unfinished batch is sent, polled and downloaded."""
        unfinished = await self._call(self.batches.batches, True)
        results = await asyncio.gather(*(self.wait(b.id) for b in unfinished if b.mode != "interactive"),
                                       return_exceptions=True)
        return [r for r in results if isinstance(r, BatchRecord)]

    # ------------------------------------------------------------------ cancel
    async def cancel(self, batch_id: str) -> BatchRecord:
        """Works at any stage: before sending nothing goes out; at Google it is cancelled
        there (rows already finished are still downloaded)."""
        batch = await self.record(batch_id)
        if batch.finished:
            return batch
        await self._call(self.batches.request_cancel, batch.id)
        if batch.mode == "interactive":
            # Through the journal, as the queue's own cancel from another process does: the
            # engine running the jobs (in this process or another) picks the requests up.
            for row in await self._call(self.batches.rows, batch.id, "pending"):
                if row.job_id:
                    await self._call(self.journal.request_cancel, row.job_id)
            return await self._changed(batch.id)
        if batch.google_name is None:
            if batch.stage == Stage.CREATING:
                return await self.send(batch.id)  # finds it at Google, then cancels it there
            return await self._cancelled_locally(await self.record(batch.id))
        if batch.stage == Stage.SUBMITTED:
            api = await self._api(self._config(batch.connection))
            await (api.cancel_job(batch.google_name) if api.vertex
                   else api.cancel_batch(batch.google_name))
            return await self.refresh(batch.id)
        return batch

    # ---------------------------------------------------------------- download
    async def download(self, batch_id: str) -> BatchRecord:
        """Read Google's results into the library. Safe to run again: rows already in the
        library are skipped and image ids are stable."""
        batch = await self.record(batch_id)
        if batch.google_name is None:
            raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
                "The batch {batch} has not reached Google yet; nothing to download.").format(batch=batch.id))
        api = await self._api(self._config(batch.connection))
        data = await (api.get_job(batch.google_name) if api.vertex
                      else api.get_batch(batch.google_name))
        state = google_state(data, api.vertex)
        await self._call(self.batches.update, batch.id, google_state=state)
        if _short_state(state) not in _TERMINAL:
            raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
                # {state}: Google's own state word (running, pending), as Google names it.
                "The batch {batch} is still {state} at Google; its results can be downloaded when it "
                "has finished.").format(batch=batch.id, state=_short_state(state).lower()))
        await self._call(self.batches.set_stage, batch.id, Stage.DOWNLOADING)
        await self._changed(batch.id)
        folder = self._folder(batch.id)
        lost: str | None = None
        if api.vertex:
            output = (data.get("outputInfo") or {}).get("gcsOutputDirectory")
            if output:
                bucket_name, prefix = split_gcs_uri(output)
                names = [n for n in await api.list_objects(bucket_name, prefix)
                         if n.endswith(".jsonl") and "predictions" in n.rsplit("/", 1)[-1]]
                if not names and _short_state(state) != "CANCELLED":
                    lost = BatchText.tr("The batch's result file is missing from the bucket; the rows "
                                        "that were not downloaded are marked failed.")
                for index, name in enumerate(sorted(names)):
                    target = folder / f"results-{index}.jsonl"
                    try:
                        await api.download_object(bucket_name, name, target,
                                                  self._on_progress(batch.id, "downloading"))
                    except NbpError as error:
                        if error.retryable:
                            raise
                        lost = error.message
                        continue
                    await self._call(self._ingest_lines, batch, target, True)
        else:
            output = (data.get("metadata") or {}).get("output") or {}
            if output.get("responsesFile"):
                target = folder / "results.jsonl"
                try:
                    await api.download_file(output["responsesFile"], target,
                                            self._on_progress(batch.id, "downloading"))
                    await self._call(self.batches.update, batch.id, result_file=output["responsesFile"])
                    await self._call(self._ingest_lines, batch, target, False)
                except NbpError as error:
                    if error.retryable:
                        raise
                    lost = error.message
            elif output.get("inlinedResponses"):
                responses = (output.get("inlinedResponses") or {}).get("inlinedResponses") or []
                await self._call(self._ingest_inline, batch, responses)
        await self._call(self._fail_the_rest, batch, _short_state(state), lost,
                         data.get("error") or (data.get("metadata") or {}).get("error"))
        await self._call(self.batches.set_stage, batch.id, Stage.DONE)
        shutil.rmtree(folder, ignore_errors=True)  # the library holds the results now
        self.progress.pop(batch.id, None)
        return await self._changed(batch.id)

    def _fail_the_rest(self, batch: BatchRecord, state: str, lost: str | None,
                       error: object) -> None:
        if lost:
            message = lost
        elif state == "EXPIRED":
            message = BatchText.tr("The batch expired before Google ran this row (Google gives a batch "
                                   "48 hours); submit the sheet again for the rows that are missing.")
        elif state == "CANCELLED":
            message = BatchText.tr("The batch was canceled before this row ran; it was not billed.")
        elif state == "FAILED":
            detail = error.get("message") if isinstance(error, dict) else ""
            message = (BatchText.tr("Google could not run the batch ({detail}).").format(detail=detail)
                       if detail else BatchText.tr("Google could not run the batch."))
        else:
            message = BatchText.tr("Google returned no result for this row.")
        self.batches.fail_pending(batch.id, "no_result", message)

    # ------------------------------------------------------------------ ingest
    def _ingest_lines(self, batch: BatchRecord, path: Path, vertex: bool) -> None:
        """Blocking. Streams the result file line by line: memory stays flat however many rows."""
        pending = self.batches.pending_keys(batch.id)

        def entries() -> Iterator[tuple[str | None, dict[str, Any]]]:
            with open(path, "rb") as source:
                for line in source:
                    if not line.strip():
                        continue
                    try:
                        item = json.loads(line)
                    except ValueError:
                        continue  # a torn last line; its row stays pending and is reported
                    if vertex:
                        labels = ((item.get("request") or {}).get("labels") or {})
                        key = labels.get("nbp_key")
                        yield key, {"response": item.get("response"),
                                    "error": _vertex_status_error(item.get("status"))}
                    else:
                        yield item.get("key"), item
        self._ingest(batch, pending, entries())

    def _ingest_inline(self, batch: BatchRecord, responses: list[dict[str, Any]]) -> None:
        rows = self.batches.rows(batch.id)
        pending = {r.key for r in rows if r.status == "pending"}

        def entries() -> Iterator[tuple[str | None, dict[str, Any]]]:
            for index, item in enumerate(responses):
                key = (item.get("metadata") or {}).get("key")
                if key is None and index < len(rows):
                    key = rows[index].key  # inline answers come in request order
                yield key, item
        self._ingest(batch, pending, entries())

    def _ingest(self, batch: BatchRecord, pending: set[str],
                entries: Iterator[tuple[str | None, dict[str, Any]]]) -> None:
        """Rows are saved a chunk at a time by a few threads (each file is fsynced, which is
        what takes the time), then indexed and marked done in one transaction per chunk."""
        config = self._config(batch.connection)
        created = datetime.fromisoformat(batch.created)

        def save(work: tuple[BatchRow, dict[str, Any]]
                 ) -> tuple[BatchRow, tuple[list[str], float | None, list[ImageRecord]] | NbpError]:
            row, item = work
            try:
                return row, self._save_row(batch, config, row, item, created)
            except NbpError as error:
                return row, error

        chunk: list[tuple[str, dict[str, Any]]] = []
        with ThreadPoolExecutor(max_workers=SAVE_THREADS, thread_name_prefix="nbp-batch-save") as pool:
            def flush() -> None:
                if not chunk:
                    return
                # Rows are read from the journal a chunk at a time: memory stays flat.
                rows = self.batches.rows_by_key(batch.id, [key for key, _ in chunk])
                done: list[tuple[str, list[str], float | None]] = []
                failed: list[tuple[str, str, str]] = []
                records: list[ImageRecord] = []
                work = [(rows[key], item) for key, item in chunk if key in rows]
                for row, outcome in pool.map(save, work):
                    if isinstance(outcome, NbpError):
                        failed.append((row.key, str(outcome.kind), outcome.message))
                    else:
                        ids, cost, row_records = outcome
                        done.append((row.key, ids, cost))
                        records.extend(row_records)
                self._commit(batch, records, done, failed)
                chunk.clear()

            for key, item in entries:
                if key is None or key not in pending:
                    continue  # already in the library, or not ours
                pending.discard(key)
                chunk.append((key, item))
                if len(chunk) >= INGEST_CHUNK:
                    flush()
            flush()

    def _commit(self, batch: BatchRecord, records: list[ImageRecord], done: list[tuple[str, list[str], float | None]],
                failed: list[tuple[str, str, str]]) -> None:
        # Files are on disk already; index, board and row status follow.
        self.sink.index(records, batch.sheet_name)
        self.batches.finish_rows(batch.id, done, failed)
        self.progress[batch.id] = ("ingesting", len(done) + len(failed), 0)

    def _save_row(self, batch: BatchRecord, config: ConnectionConfig, row: BatchRow, item: dict[str, Any],
                  created: datetime) -> tuple[list[str], float | None, list[ImageRecord]]:
        error = item.get("error")
        response = item.get("response")
        if error or not response:
            error = error if isinstance(error, dict) else {"message": str(error or "no answer")}
            code = int(error.get("code") or 400)
            raise map_http_error(code, json.dumps({"error": {"code": code, **error}}).encode(),
                                 kind=batch.kind, model=batch.model, location=config.location)
        spec = JobSpec.from_json(row.spec)
        request = GenerationRequest(prompt=spec.prompt, model=spec.model, size=spec.size,
                                    aspect_ratio=spec.aspect_ratio, system_text=spec.system_text,
                                    seed=spec.seed)
        result = gemini_wire.parse_response(json.dumps(response).encode(), request)
        usage_cost = actual_cost(spec.model, result.usage)
        cost = round(usage_cost * BATCH_DISCOUNT, 6) if usage_cost is not None else None
        estimate = estimate_cost(spec.model, spec.size, 1, len(spec.reference_files)) * BATCH_DISCOUNT
        sidecar = Sidecar(
            job_id=None,
            spec=spec,
            request=from_known_fields(RequestFacts, request.to_metadata() | {
                "prompt": spec.prompt,
                "references": [{"name": Path(r).name} for r in spec.reference_files]}),
            connection=ConnectionFacts(name=config.name, kind=str(config.kind), model=spec.model,
                                       location=config.location, project=config.project),
            result=ResultFacts(text=result.text, finish_reason=result.finish_reason,
                               model_version=result.model_version, response_id=result.response_id,
                               thought_signatures=result.thought_signatures,
                               thought_parts_skipped=result.thought_count),
            usage=result.usage,
            cost_usd=cost,
            estimated_cost_usd=round(estimate, 6),
            tags=list(row.tags),
            batch=BatchFacts(id=batch.id, google_name=batch.google_name, sheet=batch.sheet_name,
                             row=row.row_number, key=row.key, output_name=row.output_name,
                             mode=batch.mode),
        )
        ids, records = [], []
        for index, image in enumerate(result.images):
            image_id = batch_image_id(batch.id, row.key, index, created)
            records.append(self.sink.save(image, sidecar, image_id, created))
            ids.append(image_id)
        return ids, cost, records


async def run_interactive(runner: BatchRunner, sheet: PromptSheet, connection: str, engine: JobEngine,
                          skip_bad_rows: bool = False) -> BatchRecord:
    """The sheet through the normal job queue (full price), journalled as a batch so it shows
    in the Batches pane; its images go on the sheet's board."""
    config = runner._config(connection)
    sheet.require_valid(skip_bad_rows)
    # Read the secret once before the jobs start: their first reads would otherwise race for
    # the keychain in parallel threads, which the Secret Service does not always survive.
    await runner.services.authenticator(config)
    batch, rows, _ = await asyncio.to_thread(runner._plan, sheet, config)
    batch.mode = "interactive"
    batch.estimated_cost = sheet.interactive_cost()
    await asyncio.to_thread(runner.batches.add_batch, batch, rows)
    await asyncio.to_thread(runner.batches.set_stage, batch.id, Stage.SUBMITTED,
                            google_state="JOB_STATE_RUNNING")
    await runner._changed(batch.id)
    job_of: dict[str, str] = {}
    for row in rows:
        [job_id] = await engine.submit(JobSpec.from_json(row.spec), 1)
        job_of[row.key] = job_id
        await asyncio.to_thread(runner.batches.set_job, batch.id, row.key, job_id)
    jobs = await engine.wait_for(list(job_of.values()), give_up_when_paused=True)
    by_id = {job.id: job for job in jobs}
    done, failed, image_ids = [], [], []
    for key, job_id in job_of.items():
        job = by_id[job_id]
        if str(job.status) == "succeeded":
            done.append((key, list(job.image_ids), job.actual_cost))
            image_ids.extend(job.image_ids)
        else:
            ended = BatchText.tr("The job ended {status}.").format(status=status_in_words(job.status))
            failed.append((key, job.error_kind or str(job.status), job.error_message or ended))

    def finish() -> None:
        runner.sink.add_to_board(batch.sheet_name, image_ids)
        runner.batches.finish_rows(batch.id, done, failed)
        runner.batches.set_stage(batch.id, Stage.DONE, google_state="JOB_STATE_SUCCEEDED")
    await asyncio.to_thread(finish)
    return await runner._changed(batch.id)
