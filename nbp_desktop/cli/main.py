"""``nbp-desktop``: the GUI when run bare, and every core capability as a command.

``--json`` prints one JSON document on stdout; human text goes to stderr. The exit status is
0 only when everything asked for succeeded. Errors are sentences, never tracebacks.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.catalog import DEFAULT_MODEL, estimate_cost
from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.data_dir import resolve_data_dir
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.translation import ENGLISH, LANGUAGES

EXIT_OK, EXIT_FAILED = 0, 1  # argparse itself exits with 2 on a usage error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="Generate, review and hand off "
                                     "images made with Google's Gemini image models.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="folder for settings, library and journal "
                        "(default: $NBP_DATA_DIR or the platform's app-data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the app against the built-in emulator (no account needed)")
    parser.add_argument("--self-test", action="store_true",
                        help="start the app offscreen, generate one image on the built-in "
                             "emulator, and exit 0 if all went well")
    parser.add_argument("--language", choices=[ENGLISH, *LANGUAGES], metavar="CODE",
                        help="the GUI's language for this run, instead of Settings → Language "
                             f"(also $NBP_LANGUAGE): {', '.join([ENGLISH, *LANGUAGES])}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    emu = sub.add_parser("emulator", help="run the local emulator of Google's API")
    emu.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    emu.add_argument("--host", default="127.0.0.1")
    emu.add_argument("--realistic", action="store_true",
                     help="answer with realistic payload sizes (tens of MB at 4K)")
    emu.add_argument("--latency", type=float, default=0.0, help="seconds of 'thinking' per answer")
    emu.add_argument("--tls", action="store_true", help="serve HTTPS with a self-signed certificate")
    emu.add_argument("--http2", action="store_true",
                     help="serve HTTP/2 over TLS (ALPN), as Google does; implies --tls")
    emu.add_argument("--api-key", action="append", dest="api_keys",
                     help="API key to accept (repeatable; default: emulator-key)")

    conn = sub.add_parser("connection", help="add, list, test or remove connections")
    conn_sub = conn.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = conn_sub.add_parser("add", help="add (or replace) a connection")
    add.add_argument("name")
    add.add_argument("--kind", required=True, choices=[k.value for k in ConnectionKind])
    add.add_argument("--base-url")
    add.add_argument("--project")
    add.add_argument("--location")
    add.add_argument("--model", default=DEFAULT_MODEL)
    add.add_argument("--service-tier", choices=("standard", "flex", "priority"), default="standard",
                     help="Google's service tier (Flex: half price, slower; Priority: faster, dearer)")
    secret = add.add_mutually_exclusive_group(required=True)
    secret.add_argument("--api-key-stdin", action="store_true",
                        help="read the API key from standard input")
    secret.add_argument("--service-account", metavar="FILE", help="service-account JSON key file")
    lst = conn_sub.add_parser("list", help="list connections (no secrets)")
    lst.add_argument("--json", action="store_true")
    test = conn_sub.add_parser("test", help="make a real call with a connection (free at Google; "
                                                 "one tiny text request through a gateway)")
    test.add_argument("name")
    test.add_argument("--json", action="store_true")
    rm = conn_sub.add_parser("remove", help="remove a connection and its secret")
    rm.add_argument("name")

    gen = sub.add_parser("generate", help="generate images and store them in the library")
    gen.add_argument("--connection", help="connection name (default: the default connection)")
    gen.add_argument("--prompt", default="", help="what to make (optional with --rerender)")
    gen.add_argument("--model", help="model id (default: the connection's model)")
    gen.add_argument("--size", default="1K", choices=["1K", "2K", "4K"])
    gen.add_argument("--aspect", help="aspect ratio W:H, e.g. 16:9")
    gen.add_argument("--ref", action="append", default=[], metavar="FILE", help="reference image")
    gen.add_argument("--count", type=int, default=1)
    gen.add_argument("--system", help="system instruction")
    gen.add_argument("--thinking-level")
    gen.add_argument("--seed", type=int)
    gen.add_argument("--temperature", type=float)
    gen.add_argument("--grounding", action="store_true", help="use Google Search grounding")
    gen.add_argument("--output-mime", choices=["image/png", "image/jpeg"],
                     help="Vertex only: ask Google for this file type")
    gen.add_argument("--output-quality", type=int, help="Vertex only: JPEG quality 0-100")
    gen.add_argument("--variations", action="store_true",
                     help="one 2×2 grid of variations, stored with its four tiles")
    gen.add_argument("--edit", metavar="IMAGE_ID",
                     help="edit this library image (multi-turn, with its thought signature)")
    gen.add_argument("--rerender", metavar="IMAGE_ID",
                     help="the same picture again at --size (an edit asking for a larger size)")
    gen.add_argument("--json", action="store_true")

    queue = sub.add_parser("queue", help="the job queue and journal")
    queue_sub = queue.add_subparsers(dest="action", metavar="ACTION", required=True)
    q_list = queue_sub.add_parser("list", help="every job with its status")
    q_list.add_argument("--json", action="store_true")
    q_cancel = queue_sub.add_parser("cancel", help="cancel a queued or running job")
    q_cancel.add_argument("job_id")
    q_retry = queue_sub.add_parser("retry", help="run a failed, canceled or interrupted job again")
    q_retry.add_argument("job_id")
    q_retry.add_argument("--json", action="store_true")
    queue_sub.add_parser("clear", help="remove finished jobs from the queue (images stay)")

    export = sub.add_parser("export", help="export library images with a preset")
    export.add_argument("image_ids", nargs="+", metavar="ID")
    export.add_argument("--preset", default="Print JPEG", help="preset name (see --list-presets)")
    export.add_argument("--to", required=True, metavar="DIR", help="folder to write into")
    export.add_argument("--reencode", action="store_true",
                        help="re-encode JPEG sources even when the data could be kept")
    export.add_argument("--content-credentials", choices=["keep", "strip"],
                        help="keep Google's Content Credentials and add ours (the preset's default), "
                             "or strip all provenance (C2PA manifest and provenance XMP)")
    export.add_argument("--json", action="store_true")

    creds = sub.add_parser("credentials", help="an image's Content Credentials (C2PA)")
    creds_sub = creds.add_subparsers(dest="action", metavar="ACTION", required=True)
    creds_show = creds_sub.add_parser("show", help="who signed an image, when, and what was done")
    creds_show.add_argument("image", metavar="IMAGE_ID|FILE")
    creds_show.add_argument("--json", action="store_true")

    cost = sub.add_parser("cost", help="money spent, per day and per connection")
    cost.add_argument("--days", type=int, default=30)
    cost.add_argument("--json", action="store_true")

    lib = sub.add_parser("library", help="the images in the library")
    lib_sub = lib.add_subparsers(dest="action", metavar="ACTION", required=True)
    lib_list = lib_sub.add_parser("list", help="list images")
    lib_list.add_argument("--json", action="store_true")

    from nbp_desktop.cli.batch_commands import add_batch_parser
    add_batch_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from nbp_desktop.qt.app import run_gui  # Qt only loads for the GUI

        return run_gui(args)
    if args.command == "emulator":
        from nbp_desktop.emulator.runner import serve_forever

        options = {"realistic": args.realistic, "latency": args.latency}
        if args.api_keys:
            options["api_keys"] = set(args.api_keys)
        return serve_forever(args.host, args.port, tls=args.tls, http2=args.http2, **options)
    want_json = getattr(args, "json", False)
    try:
        data_dir = resolve_data_dir(args.data_dir)
        _report_settings_problems(data_dir)
        handler = {"connection": _connection, "generate": _generate, "library": _library,
                   "queue": _queue, "cost": _cost, "export": _export,
                   "batch": _batch, "credentials": _credentials}[args.command]
        return handler(args, data_dir)
    except NbpError as error:
        _say(f"error: {error.message}")
        if error.detail:
            _say(f"       ({error.detail})")
        if want_json:
            _print_json({"error": error.to_json()})
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # stdout closed early (e.g. piped into head): not our failure
        sys.stderr.close()
        return EXIT_OK


def _report_settings_problems(data_dir: Path) -> None:
    """Checked once before the command: what was wrong in settings.json, in sentences (the
    file is corrected and its original kept aside, so the command's own load is quiet)."""
    from nbp_desktop.core.settings import SettingsFile

    settings_file = SettingsFile(data_dir)
    settings_file.load()
    for sentence in settings_file.problems:
        _say(sentence)


def _batch(args, data_dir: Path) -> int:
    from nbp_desktop.cli.batch_commands import run_batch_command

    return run_batch_command(args, data_dir)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
    sys.stdout.flush()


# ----------------------------------------------------------------- connection
def _connection(args, data_dir: Path) -> int:
    from nbp_desktop.core.connections.registry import ConnectionRegistry
    from nbp_desktop.core.connections.secrets import read_service_account_file

    registry = ConnectionRegistry(data_dir)
    if args.action == "add":
        config = ConnectionConfig(name=args.name, kind=args.kind, base_url=args.base_url,
                                  project=args.project, location=args.location, model=args.model,
                                  service_tier=args.service_tier)
        if args.api_key_stdin:
            if config.kind is ConnectionKind.VERTEX:
                raise NbpError(ErrorKind.INVALID_SETTING,
                               "A Vertex connection signs in with a service-account file: use "
                               "--service-account FILE (for an API key use --kind vertex-express).")
            secret, source = sys.stdin.read(), "The key"
        else:
            if config.kind is not ConnectionKind.VERTEX:
                raise NbpError(ErrorKind.INVALID_SETTING,
                               f"A {config.kind.label} connection uses an API key: pass it on "
                               "standard input with --api-key-stdin.")
            path = Path(args.service_account).expanduser()
            secret = read_service_account_file(path)
            source = f"“{path.name}”"
        added = registry.add(config, secret, source=source)
        for note in registry.notes:
            _say(note)
        where = registry.secrets.backend_name()
        _say(f"Added connection “{added.name}” ({added.kind.label}); its "
             f"{added.kind.secret_label} is in the system keychain ({where}).")
        return EXIT_OK
    if args.action == "list":
        connections = registry.list()
        if args.json:
            _print_json([dict(c.to_json(), default=c.name == registry.settings.default_connection)
                         for c in connections])
        elif not connections:
            _say("No connections yet. Add one with: nbp-desktop connection add NAME --kind KIND …")
        else:
            for c in connections:
                extra = " ".join(x for x in (c.project or "", c.location or "", c.base_url or "") if x)
                _say(f"{c.name}\t{c.kind}\t{c.model}\t{extra}")
        return EXIT_OK
    if args.action == "remove":
        leftovers = registry.remove(args.name)
        if leftovers:
            _say(f"There is no connection “{args.name}”; removed the {leftovers} keychain "
                 "entries an interrupted add had left.")
        else:
            _say(f"Removed connection “{args.name}” and its secret.")
        return EXIT_OK
    # test
    config = registry.get(args.name)

    async def run() -> str:
        from nbp_desktop.core.services import Services

        async with Services(data_dir) as services:
            return await services.test_connection(config)

    try:
        message = asyncio.run(run())
    except NbpError as error:
        if args.json:
            _print_json({"name": config.name, "ok": False, "error": error.to_json()})
            _say(f"error: {error.message}")
            return EXIT_FAILED
        raise
    _say(message)
    if args.json:
        _print_json({"name": config.name, "ok": True, "message": message})
    return EXIT_OK


# ------------------------------------------------------------------- generate
def _job_json(job, journal, data_dir: Path) -> dict[str, Any]:
    """One job for scripts: the fields of PRODUCT.md's contract plus cost and timings."""
    data: dict[str, Any] = {"job_id": job.id, "status": str(job.status), "connection": job.connection,
                            "model": job.model, "size": job.size, "prompt": job.spec.prompt,
                            "estimated_cost_usd": job.estimated_cost, "cost_usd": job.actual_cost,
                            "sends": job.sends, "timings": job.timings}
    images = journal.library.records(job.image_ids)
    images = [i for i in images if i is not None]
    first = next((i for i in images if i.role != "tile"), images[0] if images else None)
    data.update(image_id=first.id if first else None,
                image_path=str(data_dir / first.path) if first else None,
                sha256=first.sha256 if first else None, width=first.width if first else None,
                height=first.height if first else None, mime=first.mime if first else None)
    if len(images) > 1:
        data["images"] = [{"image_id": i.id, "role": i.role, "image_path": str(data_dir / i.path),
                           "sha256": i.sha256, "width": i.width, "height": i.height, "mime": i.mime}
                          for i in images]
    if job.error_kind:
        data["error"] = {"kind": job.error_kind, "message": job.error_message}
        if job.error_detail:
            data["error"]["detail"] = job.error_detail
        if job.resets_at:
            data["error"]["resets_at"] = job.resets_at
    return data


def _generate(args, data_dir: Path) -> int:
    from nbp_desktop.core.jobs.request_builder import keep_reference
    from nbp_desktop.core.jobs.spec import JobSpec
    from nbp_desktop.core.workspace import Workspace

    if args.count < 1:
        raise NbpError(ErrorKind.INVALID_SETTING, "--count must be 1 or more.")
    parent_id = args.edit or args.rerender
    if not args.prompt.strip() and not args.rerender:
        raise NbpError(ErrorKind.INVALID_SETTING, "Give a --prompt.")

    async def run() -> tuple[list, list]:
        async with Workspace(data_dir, wait_for_daily_quota=False, run_only_own_jobs=True) as ws:
            for message in ws.report.messages:
                _say(message)
            name = args.connection or ws.services.settings.default_connection
            if not name:
                raise NbpError(ErrorKind.CONNECTION_NOT_FOUND,
                               "No connection is set up yet. Add one with "
                               "“nbp-desktop connection add”.")
            config = ws.services.connection(name)
            references = [await asyncio.to_thread(keep_reference, data_dir, Path(p)) for p in args.ref]
            spec = JobSpec(
                connection=name, prompt=args.prompt, model=args.model or config.model,
                size=args.size, aspect_ratio=args.aspect, system_text=args.system,
                reference_files=references, thinking_level=args.thinking_level,
                grounding=args.grounding, seed=args.seed, temperature=args.temperature,
                output_mime=args.output_mime, output_quality=args.output_quality,
                variations_grid=args.variations, parent_image_id=parent_id,
                edit="rerender" if args.rerender else ("edit" if args.edit else None))
            if parent_id and ws.journal.library.image(parent_id) is None:
                raise NbpError(ErrorKind.INVALID_SETTING, f"There is no image {parent_id} in the library.")
            estimate = estimate_cost(spec.model, spec.size, args.count, len(references))
            _say(f"Generating {args.count} × {spec.size} with “{config.name}” ({spec.model}); "
                 f"estimated cost ${estimate:.3f}.")
            ws.engine.add_message_listener(_say)
            ids = await ws.engine.submit(spec, args.count)
            last: dict[str, str] = {}

            def progress(job) -> None:
                phase = ws.engine.progress.get(job.id)
                text = phase.message if phase is not None and job.status.active else str(job.status)
                if phase is not None and phase.phase == "downloading":
                    return
                if last.get(job.id) != text:
                    last[job.id] = text
                    _say(f"  {job.id}: {text}")
            ws.engine.add_listener(progress)
            jobs = await ws.engine.wait_for(ids, give_up_when_paused=True)
            return jobs, [_job_json(j, ws.journal, data_dir) for j in jobs]

    _jobs, summaries = asyncio.run(run())
    for summary in summaries:
        if summary["status"] == "succeeded":
            _say(f"{summary['job_id']}: saved {summary['image_path']} ({summary['width']}×"
                 f"{summary['height']} {summary['mime']})")
        else:
            reason = (summary.get("error") or {}).get("message", "not run (the queue is paused)")
            _say(f"{summary['job_id']}: {summary['status']}: {reason}")
    if args.json:
        _print_json(summaries)
    return EXIT_OK if all(s["status"] == "succeeded" for s in summaries) else EXIT_FAILED


# ---------------------------------------------------------------------- queue
def _queue(args, data_dir: Path) -> int:
    from nbp_desktop.core.workspace import Workspace

    async def run() -> int:
        retrying = args.action == "retry"
        async with Workspace(data_dir, wait_for_daily_quota=False, start_engine=retrying,
                             run_only_own_jobs=True) as ws:
            for message in ws.report.messages:
                _say(message)
            journal = ws.journal
            if args.action == "list":
                jobs = await asyncio.to_thread(journal.jobs)
                if args.json:
                    _print_json([_job_json(j, journal, data_dir) for j in jobs])
                for job in jobs:
                    extra = f" — {job.error_message}" if job.error_message else ""
                    _say(f"{job.id}\t{job.status}\t{job.connection}\t{job.size}\t"
                         f"{job.spec.prompt[:50]}{extra}")
                if not jobs:
                    _say("The queue is empty.")
                return EXIT_OK
            if args.action == "cancel":
                status = await asyncio.to_thread(journal.request_cancel, args.job_id)
                if status is None:
                    raise NbpError(ErrorKind.INVALID_SETTING, f"There is no job {args.job_id}.")
                if status.active:
                    _say(f"Asked the app running {args.job_id} to cancel it.")
                elif status.finished and status != "canceled":
                    _say(f"{args.job_id} had already finished ({status}).")
                else:
                    _say(f"Canceled {args.job_id}.")
                return EXIT_OK
            if args.action == "clear":
                removed = await asyncio.to_thread(journal.delete_finished)
                _say(f"Removed {removed} finished job(s) from the queue; their images stay in the library.")
                return EXIT_OK
            await ws.engine.retry(args.job_id)
            [job] = await ws.engine.wait_for([args.job_id], give_up_when_paused=True)
            summary = _job_json(job, journal, data_dir)
            if args.json:
                _print_json(summary)
            _say(f"{job.id}: {job.status}" + (f": {job.error_message}" if job.error_message else ""))
            return EXIT_OK if job.status == "succeeded" else EXIT_FAILED

    return asyncio.run(run())


# -------------------------------------------------------------------- library
def _library(args, data_dir: Path) -> int:
    from nbp_desktop.core.workspace import Workspace

    from nbp_desktop.core.provenance.credentials_index import CredentialsIndex

    async def run() -> tuple[list, dict]:
        async with Workspace(data_dir, start_engine=False) as ws:
            for message in ws.report.messages:
                _say(message)
            credentials = CredentialsIndex(ws.journal.database)
            if args.json:
                await asyncio.to_thread(credentials.read_all)
            states = await asyncio.to_thread(credentials.states)
            return await asyncio.to_thread(ws.journal.library.images), states

    images, states = asyncio.run(run())
    rows = [{"id": i.id, "image_path": str(data_dir / i.path), "sha256": i.sha256, "mime": i.mime,
             "width": i.width, "height": i.height, "bytes": i.bytes, "created": i.created,
             "prompt": i.prompt, "model": i.model, "connection": i.connection, "cost_usd": i.cost,
             "job_id": i.job_id, "parent_id": i.parent_id, "role": i.role,
             "missing": not (data_dir / i.path).exists(),
             "content_credentials": states.get(i.id, "none")} for i in images]
    if args.json:
        _print_json(rows)
    else:
        if not rows:
            _say("The library is empty.")
        for r in rows:
            _say(f"{r['id']}\t{r['width']}×{r['height']}\t{r['image_path']}\t{(r['prompt'] or '')[:60]}")
    return EXIT_OK


def _export(args, data_dir: Path) -> int:
    from dataclasses import replace

    from nbp_desktop.core.export.exporter import ExportSource, export_image
    from nbp_desktop.core.export.presets import preset_named
    from nbp_desktop.core.provenance.export_credentials import ExportSigning, SigningUnavailable
    from nbp_desktop.core.workspace import Workspace

    async def run() -> list[dict[str, Any]]:
        async with Workspace(data_dir, start_engine=False) as ws:
            preset = preset_named(ws.services.settings.export.presets, args.preset)
            if args.content_credentials:
                preset = replace(preset, content_credentials=args.content_credentials)
            signing = ExportSigning.for_settings(ws.services.settings)
            results = []
            for number, image_id in enumerate(args.image_ids, start=1):
                record = ws.journal.library.image(image_id)
                if record is None:
                    raise NbpError(ErrorKind.INVALID_SETTING, f"There is no image {image_id} in the library.")
                source = ExportSource.from_library(data_dir / record.path, record.id, record.mime,
                                                   record.width, record.height, data_dir=data_dir)
                try:
                    result = await asyncio.to_thread(export_image, source, preset, Path(args.to), number,
                                                     args.reencode, None, signing)
                except SigningUnavailable as error:
                    raise NbpError(error.kind, f"{error.message} Nothing was exported: fix the certificate "
                                   f"in Settings, or export with --content-credentials strip.",
                                   detail=error.detail) from None
                _say(f"{image_id}: {result.path}" + (f" ({result.note})" if result.note else ""))
                results.append({"id": image_id, "path": str(result.path), "preset": preset.name,
                                "format": preset.format, "reencoded": result.reencoded,
                                "note": result.note})
            return results

    results = asyncio.run(run())
    if args.json:
        _print_json(results)
    return EXIT_OK


def _credentials(args, data_dir: Path) -> int:
    from nbp_desktop.core.provenance.content_credentials import facts, read_credentials

    path = Path(args.image)
    if not path.is_file():
        from nbp_desktop.core.provenance.credentials_index import CredentialsIndex
        from nbp_desktop.core.workspace import Workspace

        async def run():
            async with Workspace(data_dir, start_engine=False) as ws:
                record = await asyncio.to_thread(ws.journal.library.image, args.image)
                if record is None:
                    raise NbpError(ErrorKind.INVALID_SETTING,
                                   f"There is no image or file “{args.image}”.")
                if not (data_dir / record.path).exists():
                    raise NbpError(ErrorKind.DISK, f"The file of image {record.id} is missing from the library.")
                index = CredentialsIndex(ws.journal.database)
                return await asyncio.to_thread(index.read, record.id, record.path)

        credentials = asyncio.run(run())
    else:
        credentials = read_credentials(path)
    if args.json:
        _print_json(credentials.to_json())
    for label, value in facts(credentials):
        _say(f"{label}: {value}")
    return EXIT_OK


def _cost(args, data_dir: Path) -> int:
    from datetime import UTC, datetime, timedelta

    from nbp_desktop.core.workspace import Workspace

    since = (datetime.now(UTC) - timedelta(days=args.days)).isoformat()

    async def run() -> dict[str, Any]:
        async with Workspace(data_dir, start_engine=False) as ws:
            spent, possibly_billed = ws.journal.spent_and_possibly_billed(since)
            return {"since": since, "total_usd": round(spent, 6),
                    "possibly_billed_usd": round(possibly_billed, 6),
                    "by_day": ws.journal.totals_by("day", since),
                    "by_connection": ws.journal.totals_by("connection", since)}

    totals = asyncio.run(run())
    if args.json:
        _print_json(totals)
    _say(f"Spent in the last {args.days} days: ${totals['total_usd']:.2f}")
    for name, usd in totals["by_connection"].items():
        _say(f"  {name}: ${usd:.2f}")
    if totals["possibly_billed_usd"] >= 0.005:
        _say(f"This includes ${totals['possibly_billed_usd']:.2f} that Google may have billed for "
             "jobs interrupted while they ran.")
    return EXIT_OK
