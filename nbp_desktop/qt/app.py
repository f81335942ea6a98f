"""Start-up and shutdown of the GUI: QApplication, the qasync loop, the workspace.

Async cleanup (stopping the engine, closing the HTTP client) happens *before* Qt's loop
ends: the app does not quit on its last window closing; closing sets an asyncio event, the
main coroutine cleans up and returns, and only then does the loop stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.data_dir import resolve_data_dir
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.formatting import usd
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.money import DEMO_CONNECTION
from nbp_desktop.core.translation import SYSTEM_LANGUAGE, TranslationContext
from nbp_desktop.core.workspace import Workspace

if TYPE_CHECKING:
    from nbp_desktop.emulator.runner import EmulatorThread
    from nbp_desktop.qt.main_window import MainWindow
    from nbp_desktop.qt.messages import MessageBridge
    from nbp_desktop.qt.translations.loading import InstalledLanguage

StartupHook = Callable[[object], Awaitable[int | None]]


class StartupText(TranslationContext):
    """Words said while the app starts (a translation context)."""


def run_gui(args, after_start: StartupHook | None = None) -> int:
    """``after_start(window)`` runs once the window is up; if it returns a number, the app
    quits with that status (the self-test and tests use it)."""
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not args.data_dir and not os.environ.get("NBP_DATA_DIR"):
            import tempfile  # the self-test must not touch the user's library

            args.data_dir = tempfile.mkdtemp(prefix="nbp-self-test-")
        after_start = after_start or _self_test
    from PySide6.QtWidgets import QApplication

    from nbp_desktop.core.loop_lag import favour_event_loop
    from nbp_desktop.core.redaction import redact_logs
    from nbp_desktop.qt import event_loop

    redact_logs()  # a traceback in the log must not quote a key either
    favour_event_loop()
    # Qt 6 splits a large fill or blend (the grid's and the scroll bar's backgrounds) across
    # its own GUI thread pool, and the GUI thread waits for those threads; on a busy machine
    # each waits for a CPU, and the window stalled 20-45 ms per paint for a few ms of work
    # (stall dumps: "Thread (pooled)" waiting for a CPU while the GUI thread was blocked).
    # Painting on the GUI thread alone is as fast here and never waits for another thread.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("nbp-desktop")
    app.setQuitOnLastWindowClosed(False)
    return event_loop.run(app, lambda: run_main_window(app, args, after_start))


async def run_main_window(app, args, after_start: StartupHook | None = None) -> int:
    from PySide6.QtWidgets import QMessageBox

    from nbp_desktop.core.background_threads import background_executor
    from nbp_desktop.qt.main_window import MainWindow
    from nbp_desktop.qt.messages import MessageBridge, route_failures
    from nbp_desktop.qt.resources import app_icon
    from nbp_desktop.qt.theme import apply_theme

    app.setWindowIcon(app_icon())
    # asyncio.to_thread work (previews, credentials, journal reads) runs in these threads.
    asyncio.get_running_loop().set_default_executor(background_executor(8, "nbp-worker"))
    messages = MessageBridge()
    restore_hooks = route_failures(messages, asyncio.get_running_loop())
    try:
        data_dir = await asyncio.to_thread(resolve_data_dir, args.data_dir)
        # The window paints first; the library check (every file walked) follows in the
        # background, with "checking the library…" in the queue pane until it is done.
        workspace = Workspace(data_dir, check_library_later=True)
    except (NbpError, OSError) as exc:
        spoken = speak(SYSTEM_LANGUAGE, args)  # no settings to read: the system's language
        QMessageBox.critical(None, APP_NAME, StartupText.tr("The library folder cannot be opened: {reason}")
                             .format(reason=exc))
        spoken.remove()
        restore_hooks()
        return 1
    services = workspace.services
    language = speak(services.settings.language, args)  # before any window takes its words
    apply_theme(app, services.settings.theme)
    emulator = None
    no_account = not services.registry.list()
    use_emulator = args.demo or args.self_test or no_account
    if use_emulator and (args.demo or no_account):
        services.settings.default_connection = DEMO_CONNECTION
    status = 0
    closing = asyncio.Event()
    _quit_on_signals(closing)
    try:
        try:
            await workspace.__aenter__()
        except NbpError as exc:  # a full disk, a locked or read-only database: a sentence
            QMessageBox.critical(None, APP_NAME, exc.message)
            return 1
        async with _entered(workspace):
            workspace.engine.add_message_listener(messages.show_info)
            window = MainWindow(workspace, messages)
            window.quit_requested.connect(closing.set)
            window.queue.set_checking_library(not workspace.ready.is_set())
            window.show()
            if use_emulator:
                # No account yet (or asked for): the built-in emulator, started once the window
                # has painted (and imported only then: a designer with an account never needs it).
                await _first_paint(window)
                emulator = await _start_emulator(window, messages)
            if services.settings_problems:  # one message: the status bar shows the last one
                messages.show_warning(" ".join(services.settings_problems))
            checked = asyncio.ensure_future(_when_library_checked(window, workspace, messages))
            if welcome_due(services, args):
                _show_first_run(window)
            if after_start is not None:
                result = await after_start(window)
                if result is not None:
                    status = result
                    closing.set()
            await closing.wait()
            await checked
            await window.shutdown()
            window.hide()
            window.deleteLater()
    finally:
        restore_hooks()
        language.remove()  # English again for whatever runs after (tests, an embedding app)
        if emulator is not None:
            await asyncio.to_thread(emulator.stop)
    return status


def speak(setting: str, args) -> InstalledLanguage:
    """The app's language for this run: ``--language``, ``NBP_LANGUAGE``, else the setting."""
    from nbp_desktop.qt.translations.loading import chosen_language, install_language

    return install_language(chosen_language(setting, getattr(args, "language", None)))


@contextlib.asynccontextmanager
async def _entered(workspace: Workspace) -> AsyncIterator[Workspace]:
    """``async with`` for a workspace already entered (its opening errors handled above)."""
    try:
        yield workspace
    except BaseException as exc:
        await workspace.__aexit__(type(exc), exc, exc.__traceback__)
        raise
    else:
        await workspace.__aexit__(None, None, None)


async def _when_library_checked(window: MainWindow, workspace: Workspace,
                                messages: MessageBridge) -> None:
    """Once the library check is done: the queue lists last time's jobs and what the check
    found is said."""
    try:
        await workspace.until_ready()
    except Exception as exc:  # the window stays up and says why nothing will run
        messages.show_warning(StartupText.tr("The library could not be checked: {reason}")
                              .format(reason=getattr(exc, 'message', exc)))
        return
    window.queue.set_checking_library(False)
    if workspace.report.changed_the_library:
        window.gallery.schedule_reload()
    for message in workspace.report.messages:
        messages.show_warning(message)
    # What start-up made (modules, widgets, the catalog) lives as long as the app: out of the
    # cycle collector's way, a full collection no longer stalls a frame.
    gc.collect()
    gc.freeze()


async def _first_paint(window: MainWindow, timeout: float = 1.0) -> None:
    """Until the window has painted once (or ``timeout``: a window that is never exposed)."""
    from PySide6.QtCore import QEvent, QObject

    painted = asyncio.get_running_loop().create_future()

    class PaintWatch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted.done():
                painted.set_result(None)
            return False

    watch = PaintWatch()
    window.installEventFilter(watch)
    try:
        await asyncio.wait_for(painted, timeout)
    except TimeoutError:
        pass
    finally:
        window.removeEventFilter(watch)


async def _start_emulator(window: MainWindow, messages: MessageBridge) -> EmulatorThread:
    from nbp_desktop.emulator.runner import EmulatorThread

    emulator = await asyncio.to_thread(lambda: EmulatorThread(latency=0.4).start())
    window.services.add_temporary_connection(
        ConnectionConfig(DEMO_CONNECTION, ConnectionKind.AISTUDIO, base_url=emulator.base_url),
        ApiKeyAuth("emulator-key"))
    window.compose.reload_connections()
    if window.services.settings.default_connection == DEMO_CONNECTION:
        window.compose.connection_box.setCurrentText(DEMO_CONNECTION)
    messages.show_info(StartupText.tr("Demo: images are made locally by the built-in emulator and cost "
                                      "{cost}.").format(cost=usd(0.0)))
    return emulator


def welcome_due(services, args) -> bool:
    """The welcome is for a first start: no connection and never answered."""
    return (not services.registry.list() and not services.settings.window.welcome_seen
            and not (args.demo or args.self_test or os.environ.get("NBP_NO_FIRST_RUN")))


def _show_first_run(window):
    from nbp_desktop.qt.settings.first_run import FirstRunDialog

    dialog = FirstRunDialog(window.services, window)
    dialog.accepted.connect(window.compose.reload_connections)
    dialog.open()
    return dialog


def _quit_on_signals(closing: asyncio.Event) -> None:
    """Ctrl+C in a terminal and SIGTERM (logout, kill) quit cleanly, like File → Quit."""
    loop = asyncio.get_running_loop()

    def handler(_signum, _frame) -> None:
        loop.call_soon_threadsafe(closing.set)

    for sig in (signal.SIGINT, getattr(signal, "SIGTERM", None)):
        if sig is not None:
            with contextlib.suppress(ValueError):  # not the main thread (embedded use)
                signal.signal(sig, handler)


async def _self_test(window) -> int:
    """Generate one image on the emulator, show it and export it with the Print JPEG preset;
    0 only if all of that worked."""
    await window.workspace.until_ready()
    window.compose.connection_box.setCurrentText(DEMO_CONNECTION)
    window.compose.prompt_edit.setPlainText("self-test: a lighthouse at dusk")
    jobs = await window.generate()
    ok = bool(jobs) and all(j.status == "succeeded" for j in jobs)
    if ok:
        record = window.workspace.journal.library.image(jobs[0].image_ids[0])
        await window.show_image(record)
        for _ in range(100):  # the result's own auto-show may load it once more meanwhile
            if window.preview.record is not None and window.preview.view.has_image:
                break
            await asyncio.sleep(0.05)
        ok = window.preview.view.has_image
        import tempfile
        from pathlib import Path

        from nbp_desktop.core.export.exporter import export_image
        from nbp_desktop.core.export.presets import preset_named
        from nbp_desktop.core.provenance.content_credentials import read_credentials
        from nbp_desktop.core.provenance.export_credentials import ExportSigning
        from nbp_desktop.core.provenance.signing import make_installation_identity

        folder = Path(tempfile.mkdtemp(prefix="nbp-self-test-export-"))
        preset = preset_named(window.services.settings.export.presets, "Print JPEG")
        # Signs with a throwaway identity: the bundle's C2PA library works without a keychain.
        signing = ExportSigning(make_installation_identity)
        # The record itself, not the preview's state: a later load may replace what is on screen.
        source = window.handoff.source(record, window.services.data_dir)
        result = await asyncio.to_thread(export_image, source, preset, folder,
                                         signing=signing)
        credentials = await asyncio.to_thread(read_credentials, result.path)
        ok = ok and credentials.present
        ok = ok and result.path.stat().st_size > 0 and result.path.read_bytes()[:2] == b"\xff\xd8"
        print(f"self-test: exported {result.path}", file=sys.stderr)
    for job in jobs:
        print(f"self-test: {job.id} {job.status} {job.image_ids or job.error_message}",
              file=sys.stderr)
    print(f"self-test: {'passed' if ok else 'FAILED'}", file=sys.stderr)
    return 0 if ok else 1
