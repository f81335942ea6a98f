"""Start-up and shutdown of the GUI: QApplication, the qasync loop, the shared services.

Async cleanup (cancelling requests, closing the HTTP client) happens *before* Qt's loop
ends: the app does not quit on its last window closing; closing sets an asyncio event, the
main coroutine cleans up and returns, and only then does the loop stop.
"""

from __future__ import annotations

import asyncio
import os
import sys

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.data_dir import resolve_data_dir
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.workspace import Workspace

DEMO_CONNECTION = "Demo (built-in emulator)"


def run_gui(args) -> int:
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not args.data_dir and not os.environ.get("NBP_DATA_DIR"):
            # The self-test must not touch the user's library.
            import tempfile

            args.data_dir = tempfile.mkdtemp(prefix="nbp-self-test-")
    from PySide6.QtWidgets import QApplication

    from nbp_desktop.core.loop_lag import favour_event_loop
    from nbp_desktop.qt import event_loop

    favour_event_loop()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    return event_loop.run(app, lambda: run_main_window(app, args))


async def run_main_window(app, args) -> int:
    from nbp_desktop.emulator.runner import EmulatorThread
    from nbp_desktop.qt.main_window import MainWindow
    from nbp_desktop.qt.messages import MessageBridge

    messages = MessageBridge()
    try:
        data_dir = await asyncio.to_thread(resolve_data_dir, args.data_dir)
        workspace = Workspace(data_dir)
        services = workspace.services
    except (NbpError, OSError) as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, f"The app data folder cannot be opened: {exc}")
        return 1
    emulator = None
    if args.demo or args.self_test or not services.registry.list():
        # No account yet (or asked for): run against the built-in emulator.
        emulator = await asyncio.to_thread(lambda: EmulatorThread(latency=0.4).start())
        services.add_temporary_connection(
            ConnectionConfig(DEMO_CONNECTION, ConnectionKind.AISTUDIO, base_url=emulator.base_url),
            ApiKeyAuth("emulator-key"))
        services.settings.default_connection = DEMO_CONNECTION
        messages.show_info("Using the built-in emulator: images are made locally and cost nothing.")
    status = 0
    try:
        async with workspace:
            for message in workspace.report.messages:
                messages.show_warning(message)
            workspace.engine.add_message_listener(messages.show_info)
            window = MainWindow(workspace, messages)
            closing = asyncio.Event()
            window.quit_requested.connect(closing.set)
            app.lastWindowClosed.connect(closing.set)
            window.show()
            if args.self_test:
                status = await _self_test(window)
            else:
                await closing.wait()
            await window.shutdown()
            window.hide()
            window.deleteLater()
    finally:
        if emulator is not None:
            await asyncio.to_thread(emulator.stop)
    return status


async def _self_test(window) -> int:
    """Generate one image on the emulator; 0 only if it was saved and shown."""
    window.prompt_edit.setPlainText("self-test: a lighthouse at dusk")
    jobs = await window.generate()
    ok = bool(jobs) and all(j.status == "succeeded" for j in jobs) \
        and window._pixmap is not None and not window._pixmap.isNull()
    for job in jobs:
        print(f"self-test: {job.id} {job.status} {job.image_ids or job.error_message}",
              file=sys.stderr)
    print(f"self-test: {'passed' if ok else 'FAILED'}", file=sys.stderr)
    return 0 if ok else 1
