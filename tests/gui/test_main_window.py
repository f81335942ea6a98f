"""The real main window on the qasync loop (offscreen), against the emulator."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PIL import Image

from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.google.auth import ApiKeyAuth, ServiceAccountAuth
from nbp_desktop.core.jobs.spec import JobStatus
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.main_window import MainWindow
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.queue.queue_model import STATUS
from nbp_desktop.qt.settings.connection_editor import ConnectionEditor
from tests.conftest import REPO, wait_until

pytestmark = pytest.mark.gui


def use_connection(window, config, auth):
    window.services.add_temporary_connection(config, auth)
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText(config.name)


def studio(window, emulator, key="emulator-key"):
    use_connection(window, ConnectionConfig("studio", "aistudio", base_url=emulator.base_url),
                   ApiKeyAuth(key))


def status_cell(window, job_id) -> str:
    model = window.queue.model
    return model.index(model.row_of(job_id), STATUS).data()


@pytest.mark.parametrize("kind", ["aistudio", "vertex", "vertex-express", "openai"])
async def test_compose_queue_result_for_each_kind(window, emulator, kind):
    if kind == "vertex":
        info = emulator.service.create_service_account("gui-project")
        auth = ServiceAccountAuth(info)
        config = ConnectionConfig("conn", kind, base_url=emulator.base_url, project="gui-project")
    else:
        auth = ApiKeyAuth("emulator-key", bearer=kind == "openai")
        config = ConnectionConfig("conn", kind, base_url=emulator.base_url)
    use_connection(window, config, auth)
    window.compose.prompt_edit.setPlainText("an orange kite over dunes")
    window.compose.aspect_box.setCurrentText("16:9")
    jobs = await window.generate()
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED]
    await wait_until(lambda: window.preview.record is not None and window.preview.view.has_image)
    assert window.preview.view.image_size() == (1376, 768)
    assert window.preview.record.id == jobs[0].image_ids[0]
    assert status_cell(window, jobs[0].id) == "Done"
    facts = " ".join(w.text() for w in window.preview.findChildren(type(window.spent_label)))
    assert "1376 × 768" in facts and "an orange kite over dunes" in facts
    assert "an orange kite over dunes" in window.services.settings.window.prompt_history


async def test_cancel_from_the_queue_aborts_the_request(window, emulator):
    studio(window, emulator)
    emulator.service.latency = 30
    window.compose.prompt_edit.setPlainText("slow one")
    [job_id] = await window.queue_current()
    await wait_until(lambda: emulator.service.log(), timeout=5)
    window.queue.select_job(job_id)
    window.queue.cancel_action.trigger()
    await wait_until(lambda: window.engine.jobs[job_id].status is JobStatus.CANCELED, timeout=3)
    await wait_until(lambda: emulator.service.log()[-1]["closed_by_client"], timeout=2)
    assert status_cell(window, job_id) == "Canceled"


async def test_failed_job_shows_words_and_raw_message_then_runs_again(window, emulator):
    studio(window, emulator, key="wrong-key")
    window.compose.prompt_edit.setPlainText("x")
    [job_id] = await window.queue_current()
    await wait_until(lambda: window.engine.jobs[job_id].status is JobStatus.FAILED, timeout=5)
    assert "Your API key was rejected" in window.statusBar().currentMessage()
    assert status_cell(window, job_id).startswith("Your API key was rejected")
    window.queue.select_job(job_id)
    assert "Your API key was rejected" in window.queue.detail_label.text()
    assert "API key not valid" in window.engine.jobs[job_id].error_detail
    # Google's own short reason is shown with the sentence at once (a long one behind a button).
    assert "Google's reason: API key not valid" in window.queue.detail_label.text()
    assert window.queue.detail_button.isHidden()
    window.services.add_temporary_connection(
        ConnectionConfig("studio", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
    window.services.forget_authenticator("studio")
    window.services.add_temporary_connection(
        ConnectionConfig("studio", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
    window.queue.retry_action.trigger()
    await wait_until(lambda: window.engine.jobs[job_id].status is JobStatus.SUCCEEDED, timeout=5)


async def test_queue_model_passes_qtmodeltester(window, emulator, qtmodeltester):
    studio(window, emulator)
    window.compose.prompt_edit.setPlainText("model test")
    window.compose.count_spin.setValue(3)
    await window.generate()
    qtmodeltester.check(window.queue.model, force_py=True)


async def test_settings_persist_across_a_restart(window, data_dir):
    dialog = window.open_settings()
    dialog.concurrency.setValue(6)
    dialog.rpm.setValue(20)
    dialog.budget.setValue(12.5)
    dialog.timeouts["4K"].setValue(240)
    dialog.theme_group.button(2).setChecked(True)  # dark
    dialog.save()
    await wait_until(lambda: not dialog.isVisible())
    assert window.engine.budget.limit_usd == 12.5
    assert window.engine.limits_for("any connection").concurrency == 6
    window.resize(1111, 777)
    window.remember_state()
    async with Workspace(data_dir, start_engine=False) as fresh:
        s = fresh.services.settings
        assert (s.queue.concurrency, s.queue.requests_per_minute, s.budget.limit_usd) == (6, 20, 12.5)
        assert s.network.timeout_4k == 240 and s.theme == "dark"
        assert s.window.geometry and s.window.dock_state
        second = MainWindow(fresh, MessageBridge())
        assert second.geometry_restored  # (the offscreen screen clamps sizes to 800×800)
        assert not second.queue_dock.isHidden() and not second.compose_dock.isHidden()
        await second.shutdown()
        second.deleteLater()


async def test_connection_added_in_the_editor_keeps_its_key_in_the_keyring(window, emulator, data_dir, os_keyring):
    import keyring

    key = "AIzaGUI-" + os.urandom(6).hex()
    emulator.service.api_keys.add(key)
    editor = ConnectionEditor(window.services, window, kind=ConnectionKind.AISTUDIO)
    editor.name_edit.setText("My studio")
    editor.key_edit.setText(key)
    editor.base_url_edit.setText(emulator.base_url)
    editor.run_test()
    await wait_until(lambda: "works" in editor.result_label.text(), timeout=5)
    editor.save()
    await wait_until(lambda: editor.result() == editor.DialogCode.Accepted, timeout=5)
    settings_text = (data_dir / "settings.json").read_text()
    assert key not in settings_text and "My studio" in settings_text
    profile = json.loads(settings_text)["profile_id"]
    assert keyring.get_password("nbp-desktop", f"{profile}/My studio") == key
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText("My studio")
    window.compose.prompt_edit.setPlainText("with the saved key")
    jobs = await window.generate()
    assert jobs[0].status is JobStatus.SUCCEEDED
    window.services.registry.remove("My studio")


async def test_vertex_key_file_prefills_project_and_location(window, emulator, tmp_path):
    info = emulator.service.create_service_account("prefilled-project")
    key_file = tmp_path / "key.json"
    key_file.write_text(json.dumps(info))
    editor = ConnectionEditor(window.services, window, kind=ConnectionKind.VERTEX)
    assert editor.load_service_account(key_file)
    assert editor.project_edit.text() == "prefilled-project"
    assert editor.location_edit.text() == "global"
    assert info["client_email"] in editor.account_label.text()
    bad = tmp_path / "oauth.json"
    bad.write_text('{"installed": {}}')
    assert not editor.load_service_account(bad)
    assert "OAuth client file" in editor.result_label.text()


async def test_references_are_checked_as_they_are_added(window, emulator, tmp_path):
    good = tmp_path / "mood.png"
    Image.new("RGB", (64, 64), (200, 100, 50)).save(good)
    bad = tmp_path / "notes.txt"
    bad.write_text("not an image")
    errors = []
    window.messages.error.connect(lambda sentence, _detail: errors.append(sentence))
    await window.compose.references.add_file(good)
    await window.compose.references.add_file(bad)
    assert window.compose.references.count() == 1
    assert "“notes.txt” cannot be used as a reference" in errors[-1]
    assert window.compose.references_label.text() == "1 / 14"
    assert window.compose.estimate_label.text() == "Estimated cost: $0.135"
    studio(window, emulator)
    window.compose.prompt_edit.setPlainText("with a reference")
    jobs = await window.generate()
    assert jobs[0].status is JobStatus.SUCCEEDED
    parts = emulator.service.log()[-1]["request"]["contents"][-1]["parts"]
    assert [p.get("inlineData", {}).get("mimeType") for p in parts] == [None, "image/png"]


async def test_a_pdf_reference_shows_as_a_document_and_goes_to_nano_banana_2_1(window, emulator, tmp_path):
    brief = tmp_path / "brief.pdf"
    Image.new("RGB", (300, 200), (20, 120, 200)).save(brief, "PDF")
    await window.compose.references.add_file(brief)
    [item] = [window.compose.references.item(i) for i in range(window.compose.references.count())]
    assert item.toolTip() == "brief.pdf" and not item.icon().isNull()  # a document picture
    studio(window, emulator)
    window.compose.model_box.setCurrentText("gemini-nano-banana-2.1")
    window.compose.prompt_edit.setPlainText("a poster from this brief")
    [job] = await window.generate()
    assert job.status is JobStatus.SUCCEEDED, job.error_message
    parts = emulator.service.log()[-1]["request"]["contents"][-1]["parts"]
    assert [p.get("inlineData", {}).get("mimeType") for p in parts] == [None, "application/pdf"]


async def test_use_these_settings_and_edit_this_image(window, emulator):
    studio(window, emulator)
    window.compose.prompt_edit.setPlainText("a blue bicycle")
    window.compose.aspect_box.setCurrentText("3:2")
    window.compose.seed_edit.setText("42")
    [_job] = await window.generate()
    await wait_until(lambda: window.preview.record is not None)
    window.compose.prompt_edit.setPlainText("")
    window.compose.aspect_box.setCurrentText("1:1")
    window.preview.use_action.trigger()
    assert window.compose.prompt_edit.toPlainText() == "a blue bicycle"
    assert window.compose.aspect_box.currentText() == "3:2" and window.compose.seed_edit.text() == "42"
    window.on_edit_requested(window.preview.record, "make it red")
    await wait_until(lambda: sum(":generateContent" in e["path"] for e in emulator.service.log()) == 2, timeout=5)
    edit_request = emulator.service.log()[-1]["request"]["contents"]
    assert [c["role"] for c in edit_request] == ["user", "model", "user"]


async def test_model_choices_follow_the_catalog(window):
    compose = window.compose
    compose.model_box.setCurrentText("gemini-2.5-flash-image")
    assert [compose.size_box.itemText(i) for i in range(compose.size_box.count())] == ["1K"]
    assert compose.thinking_box.isHidden()
    compose.model_box.setCurrentText("gemini-nano-banana-2.1")
    assert "1:8" in [compose.aspect_box.itemText(i) for i in range(compose.aspect_box.count())]
    assert not compose.thinking_box.isHidden()
    compose.size_box.setCurrentText("4K")
    compose.count_spin.setValue(2)
    assert compose.estimate_label.text() == "Estimated cost: $0.151"


@pytest.mark.subprocess
def test_quitting_with_a_job_running_exits_cleanly(tmp_path):
    """The real app in a child process: a job is in flight when Quit is chosen."""
    script = textwrap.dedent("""
        import argparse, asyncio, sys
        from nbp_desktop.core.connections.config import ConnectionConfig
        from nbp_desktop.core.google.auth import ApiKeyAuth
        from nbp_desktop.emulator.runner import EmulatorThread
        from nbp_desktop.qt.app import run_gui

        slow = EmulatorThread(latency=30).start()   # Google "thinking" for 30 s

        async def hook(window):
            window.services.add_temporary_connection(
                ConnectionConfig("slow", "aistudio", base_url=slow.base_url), ApiKeyAuth("emulator-key"))
            window.compose.reload_connections()
            window.compose.connection_box.setCurrentText("slow")
            window.compose.prompt_edit.setPlainText("still thinking")
            window.compose.count_spin.setValue(2)
            ids = await window.queue_current()
            while len(slow.service.log()) < 2:   # both requests are at Google
                await asyncio.sleep(0.05)
            print("jobs running:", ids, file=sys.stderr, flush=True)
            window.quit_requested.emit()   # File -> Quit
            return None

        args = argparse.Namespace(data_dir=sys.argv[1], demo=True, self_test=False)
        status = run_gui(args, after_start=hook)
        slow.stop()
        sys.exit(status)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, timeout=90, env=env, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert "jobs running:" in proc.stderr
    for bad in ("Traceback", "Fatal Python error", "Event loop stopped", "Task was destroyed"):
        assert bad not in proc.stderr
    listed = subprocess.run([sys.executable, "-m", "nbp_desktop", "--data-dir", str(tmp_path), "queue",
                             "list", "--json"], capture_output=True, text=True, timeout=60, cwd=REPO)
    statuses = {j["status"] for j in json.loads(listed.stdout)}
    assert statuses == {"interrupted"}  # journalled, flagged, not silently lost


@pytest.mark.parametrize("available, expected", [
    ((0, 0, 1366, 728), (4, 30, 1358, 694)),  # a 1366×768 laptop beside a 40 px panel
    ((0, 27, 1920, 1053), (280, 136, 1360, 860)),  # a desktop: the full size, centred
    ((1920, 0, 1280, 800), (1924, 30, 1272, 766)),  # a second, smaller screen to the right
])
def test_the_first_window_fits_the_screen_it_opens_on(available, expected):
    from PySide6.QtCore import QMargins, QRect

    from nbp_desktop.qt.main_window import first_window_geometry

    assert first_window_geometry(QRect(*available), QMargins(4, 30, 4, 4)).getRect() == expected


async def test_the_first_window_opens_inside_the_free_area_of_its_screen(window):
    from PySide6.QtGui import QGuiApplication

    area = QGuiApplication.primaryScreen().availableGeometry()  # 800×800 offscreen
    assert not window.geometry_restored
    # The offscreen screen is narrower than the side panels and the image need (compose,
    # image and queue side by side): the window may be no wider than that minimum, starts
    # inside the area and is no taller than it.
    frame = window.frameGeometry()
    assert area.contains(frame.topLeft()), (area, frame)
    assert frame.width() <= max(area.width(), window.minimumSizeHint().width() + 16), (area, frame)
    assert frame.height() <= area.height(), (area, frame)
