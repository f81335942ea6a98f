"""``nbp-desktop batch …``: run a prompt sheet at batch price (or through the queue), and
list, check, cancel, resume and download batches."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from nbp_desktop.core.catalog import DEFAULT_MODEL
from nbp_desktop.core.errors import ErrorKind, NbpError


def add_batch_parser(sub: argparse._SubParsersAction) -> None:
    batch = sub.add_parser("batch", help="generate a prompt sheet at half price (Google's batch mode)")
    actions = batch.add_subparsers(dest="action", metavar="ACTION", required=True)
    submit = actions.add_parser("submit", help="check a CSV/TSV prompt sheet and run it")
    submit.add_argument("sheet", metavar="SHEET", help="CSV or TSV file, one row per image")
    submit.add_argument("--connection", help="connection name (default: the default connection)")
    submit.add_argument("--interactive", action="store_true",
                        help="run the rows through the normal queue (full price, no waiting)")
    submit.add_argument("--model", help="model id (default: the connection's model)")
    submit.add_argument("--mode", choices=["auto", "inline", "file"], default="auto",
                        help="AI Studio: send requests inline or as an uploaded JSONL file")
    submit.add_argument("--bucket", metavar="gs://BUCKET/FOLDER",
                        help="Vertex: the Cloud Storage bucket for input and results")
    submit.add_argument("--skip-bad-rows", action="store_true",
                        help="send the valid rows and leave out the rows with problems")
    submit.add_argument("--check", action="store_true",
                        help="only check the sheet and show the cost; send nothing")
    submit.add_argument("--no-wait", action="store_true",
                        help="return once Google has the batch (download it later)")
    submit.add_argument("--poll-seconds", type=float, default=5.0,
                        help="first wait between status checks (it grows to 2 min)")
    submit.add_argument("--json", action="store_true")
    lst = actions.add_parser("list", help="every batch with its state")
    lst.add_argument("--json", action="store_true")
    for name, text in (("status", "ask Google how a batch is doing"),
                       ("cancel", "cancel a batch (at any stage)"),
                       ("download", "wait for a batch and put its results in the library")):
        command = actions.add_parser(name, help=text)
        command.add_argument("batch_id", metavar="ID")
        command.add_argument("--poll-seconds", type=float, default=5.0)
        command.add_argument("--json", action="store_true")
    resume = actions.add_parser("resume", help="send, poll and download every unfinished batch")
    resume.add_argument("--poll-seconds", type=float, default=5.0)
    resume.add_argument("--json", action="store_true")


def run_batch_command(args: argparse.Namespace, data_dir: Path) -> int:
    from nbp_desktop.cli.main import EXIT_FAILED, EXIT_OK, _print_json, _say
    from nbp_desktop.core.batch.journal import BatchJournal, BatchRecord
    from nbp_desktop.core.batch.runner import BatchRunner, PollPolicy, run_interactive
    from nbp_desktop.core.batch.sheet import read_sheet
    from nbp_desktop.core.workspace import Workspace

    def describe(batch: BatchRecord) -> str:
        cost = batch.actual_cost if batch.actual_cost is not None else batch.estimated_cost
        return (f"{batch.id}\t{batch.state}\t{batch.rows_done}/{batch.rows_total} done, "
                f"{batch.rows_failed} failed\t{batch.sheet_name}\t${cost:.3f}"
                f"{' (batch price)' if batch.mode != 'interactive' else ''}")

    def batch_json(batch: BatchRecord, batches: BatchJournal) -> dict:
        data = batch.to_json()
        data["rows"] = [{"key": r.key, "row": r.row_number, "status": r.status, "tags": r.tags,
                         "image_ids": r.image_ids, "cost_usd": r.cost,
                         **({"error": {"kind": r.error_kind, "message": r.error_message}}
                            if r.status == "failed" else {})}
                        for r in batches.rows(batch.id)]
        return data

    async def run() -> int:
        interactive = getattr(args, "interactive", False)
        async with Workspace(data_dir, start_engine=interactive, wait_for_daily_quota=False,
                             run_only_own_jobs=True) as ws:
            for message in ws.report.messages:
                _say(message)
            batches = await asyncio.to_thread(BatchJournal, ws.journal.database)
            poll = PollPolicy(initial=max(0.05, getattr(args, "poll_seconds", 5.0)))
            runner = BatchRunner(ws.services, ws.journal, batches, poll=poll)
            return await dispatch(ws, runner, batches)

    async def find(batches: BatchJournal, text: str) -> BatchRecord:
        batch = await asyncio.to_thread(batches.find, text)
        if batch is None:
            raise NbpError(ErrorKind.INVALID_SETTING, f"There is no batch {text}.")
        return batch

    def report(batch: BatchRecord, batches: BatchJournal) -> int:
        _say(describe(batch))
        for row in batches.rows(batch.id, "failed")[:20]:
            _say(f"  row {row.row_number} ({row.key}): {row.error_message}")
        if args.json:
            _print_json(batch_json(batch, batches))
        return EXIT_OK if batch.state in ("succeeded", "queued", "running", "validating") \
            else EXIT_FAILED

    async def dispatch(ws, runner: BatchRunner, batches: BatchJournal) -> int:
        if args.action == "submit":
            name = args.connection or ws.services.settings.default_connection
            if not name and not args.check:
                raise NbpError(ErrorKind.CONNECTION_NOT_FOUND, "No connection is set up yet. Add "
                               "one with “nbp-desktop connection add”.")
            model = args.model or (ws.services.connection(name).model if name else DEFAULT_MODEL)
            sheet = await asyncio.to_thread(read_sheet, Path(args.sheet), model)
            for problem in sheet.problems:
                _say(problem.message)
            summary = sheet.summary()
            price = (f"${summary['interactive_cost_usd']:.2f} interactive" if args.interactive else
                     f"${summary['batch_cost_usd']:.2f} at batch price "
                     f"(${summary['interactive_cost_usd']:.2f} interactive)")
            _say(f"“{sheet.name}”: {summary['rows']} row(s), {summary['requests']} image(s); "
                 f"estimated {price}.")
            if args.check:
                sheet.require_valid(args.skip_bad_rows)
                if args.json:
                    _print_json(summary)
                return EXIT_OK
            if args.interactive:
                batch = await run_interactive(runner, sheet, name, ws.engine, args.skip_bad_rows)
                return report(batch, batches)
            batch = await runner.submit(sheet, name, mode=args.mode, bucket=args.bucket,
                                        skip_bad_rows=args.skip_bad_rows, run=False)
            _say(f"Journalled batch {batch.id} ({batch.mode}); sending it to Google.")
            batch = await runner._retrying(runner.send, batch.id)
            _say(f"Google has the batch: {batch.google_name}.")
            if not args.no_wait:
                batch = await runner.wait(batch.id)
            return report(batch, batches)
        if args.action == "list":
            found = await asyncio.to_thread(batches.batches)
            if args.json:
                _print_json([b.to_json() for b in found])
            for batch in found:
                _say(describe(batch))
            if not found:
                _say("No batches yet. Run a prompt sheet with “nbp-desktop batch submit SHEET.csv”.")
            return EXIT_OK
        if args.action == "resume":
            done = await runner.resume_all()
            for batch in done:
                _say(describe(batch))
            if args.json:
                _print_json([batch_json(b, batches) for b in done])
            return EXIT_OK
        batch = await find(batches, args.batch_id)
        if args.action == "status":
            if batch.mode != "interactive":
                batch = await runner.refresh(batch.id)
            return report(batch, batches)
        if args.action == "cancel":
            batch = await runner.cancel(batch.id)
            _say(f"Asked to cancel {batch.id}; rows that already finished are still downloaded.")
            code = report(batch, batches)
            return EXIT_OK if batch.state == "cancelled" else code
        batch = await runner.wait(batch.id)
        return report(batch, batches)

    return asyncio.run(run())
