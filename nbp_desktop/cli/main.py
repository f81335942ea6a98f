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

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.catalog import DEFAULT_MODEL, estimate_cost
from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.data_dir import resolve_data_dir
from nbp_desktop.core.errors import ErrorKind, NbpError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    emu = sub.add_parser("emulator", help="run the local emulator of Google's API")
    emu.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    emu.add_argument("--host", default="127.0.0.1")
    emu.add_argument("--realistic", action="store_true",
                     help="answer with realistic payload sizes (tens of MB at 4K)")
    emu.add_argument("--latency", type=float, default=0.0, help="seconds of 'thinking' per answer")
    emu.add_argument("--tls", action="store_true", help="serve HTTPS with a self-signed certificate")
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
    secret = add.add_mutually_exclusive_group(required=True)
    secret.add_argument("--api-key-stdin", action="store_true",
                        help="read the API key from standard input")
    secret.add_argument("--service-account", metavar="FILE", help="service-account JSON key file")
    lst = conn_sub.add_parser("list", help="list connections (no secrets)")
    lst.add_argument("--json", action="store_true")
    test = conn_sub.add_parser("test", help="make a real, free call with a connection")
    test.add_argument("name")
    test.add_argument("--json", action="store_true")
    rm = conn_sub.add_parser("remove", help="remove a connection and its secret")
    rm.add_argument("name")

    gen = sub.add_parser("generate", help="generate images and store them in the library")
    gen.add_argument("--connection", help="connection name (default: the default connection)")
    gen.add_argument("--prompt", required=True)
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
    gen.add_argument("--json", action="store_true")

    lib = sub.add_parser("library", help="the images in the library")
    lib_sub = lib.add_subparsers(dest="action", metavar="ACTION", required=True)
    lib_list = lib_sub.add_parser("list", help="list images")
    lib_list.add_argument("--json", action="store_true")
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
        return serve_forever(args.host, args.port, tls=args.tls, **options)
    want_json = getattr(args, "json", False)
    try:
        data_dir = resolve_data_dir(args.data_dir)
        handler = {"connection": _connection, "generate": _generate, "library": _library}[args.command]
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


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
    sys.stdout.flush()


# ----------------------------------------------------------------- connection
def _connection(args, data_dir: Path) -> int:
    from nbp_desktop.core.connections.registry import ConnectionRegistry

    registry = ConnectionRegistry(data_dir)
    if args.action == "add":
        config = ConnectionConfig(name=args.name, kind=args.kind, base_url=args.base_url,
                                  project=args.project, location=args.location, model=args.model)
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
            try:
                secret = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise NbpError(ErrorKind.BAD_SERVICE_ACCOUNT,
                               f"The service-account file {path} cannot be read.",
                               detail=str(exc)) from None
            source = f"“{path.name}”"
        added = registry.add(config, secret, source=source)
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
        registry.remove(args.name)
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
def _generate(args, data_dir: Path) -> int:
    from nbp_desktop.core.generation.generate_images import generate_images
    from nbp_desktop.core.generation.reference_images import load_reference
    from nbp_desktop.core.generation.request import GenerationRequest
    from nbp_desktop.core.services import Services

    if args.count < 1:
        raise NbpError(ErrorKind.INVALID_SETTING, "--count must be 1 or more.")

    async def run() -> list:
        async with Services(data_dir) as services:
            name = args.connection or services.settings.default_connection
            if not name:
                raise NbpError(ErrorKind.CONNECTION_NOT_FOUND,
                               "No connection is set up yet. Add one with "
                               "“nbp-desktop connection add”.")
            config = services.registry.get(name)
            references = tuple([await asyncio.to_thread(load_reference, Path(p)) for p in args.ref])
            request = GenerationRequest(
                prompt=args.prompt, model=args.model or config.model, size=args.size,
                aspect_ratio=args.aspect, system_text=args.system, references=references,
                thinking_level=args.thinking_level, grounding=args.grounding, seed=args.seed,
                temperature=args.temperature, output_mime=args.output_mime,
                output_quality=args.output_quality)
            estimate = estimate_cost(request.model, request.size, args.count, len(references))
            _say(f"Generating {args.count} × {request.size} with “{config.name}” ({request.model}); "
                 f"estimated cost ${estimate:.3f}.")
            last: dict[str, str] = {}

            def progress(job_id: str, p) -> None:
                if p.phase in ("retrying",) or last.get(job_id) != p.phase:
                    last[job_id] = p.phase
                    if p.phase != "downloading":
                        _say(f"  {job_id}: {p.message}")
            return await generate_images(services, config, request, count=args.count,
                                         on_progress=progress)

    outcomes = asyncio.run(run())
    for outcome in outcomes:
        if outcome.status == "succeeded":
            for stored in outcome.stored:
                _say(f"{outcome.job_id}: saved {stored.image_path} ({stored.width}×{stored.height} "
                     f"{stored.mime})")
        else:
            _say(f"{outcome.job_id}: {outcome.status}: {outcome.error.message if outcome.error else ''}")
    if args.json:
        _print_json([o.to_json() for o in outcomes])
    return EXIT_OK if all(o.status == "succeeded" for o in outcomes) else EXIT_FAILED


# -------------------------------------------------------------------- library
def _library(args, data_dir: Path) -> int:
    from nbp_desktop.core.library.image_store import ImageStore

    entries = ImageStore(data_dir).list()
    if args.json:
        _print_json([{**{k: e.get(k) for k in ("id", "image_path", "sha256", "mime", "width",
                                                "height", "bytes", "created", "missing")},
                      "prompt": (e.get("request") or {}).get("prompt"),
                      "model": (e.get("connection") or {}).get("model"),
                      "connection": (e.get("connection") or {}).get("name"),
                      "cost_usd": e.get("cost_usd")} for e in entries])
    else:
        if not entries:
            _say("The library is empty.")
        for e in entries:
            prompt = ((e.get("request") or {}).get("prompt") or "")[:60]
            _say(f"{e['id']}\t{e.get('width')}×{e.get('height')}\t{e['image_path']}\t{prompt}")
    return EXIT_OK
