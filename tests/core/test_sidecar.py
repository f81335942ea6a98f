"""The image sidecar: typed, versioned, the one reader and writer; today's files migrate."""

from __future__ import annotations

import json
import re
from pathlib import Path

from nbp_desktop.core.generation.job_spec import JobSpec
from nbp_desktop.core.library.recall import edit_spec, rerender_spec, settings_of
from nbp_desktop.core.library.sidecar import (FORMAT_VERSION, ConnectionFacts, RequestFacts, ResultFacts,
                                              Sidecar, read_sidecar, write_sidecar)
from nbp_desktop.core.library.library_index import ImageRecord

REPO = Path(__file__).resolve().parents[2]

# A sidecar as the engine wrote it before sidecars had a format version (format 1).
TODAYS_FILE = {
    "id": "20261201-101500-ab12cd34", "created": "2026-12-01T10:15:00+00:00",
    "image_file": "20261201-101500-ab12cd34.png", "sha256": "0" * 64, "mime": "image/png",
    "declared_mime": "image/png", "width": 1024, "height": 1024, "bytes": 2048,
    "thought_signature": "sig", "job_id": "job-1",
    "spec": {"connection": "studio", "prompt": "a teal teapot", "model": "gemini-3-pro-image",
             "size": "2K", "aspect_ratio": "1:1", "seed": 7, "reference_files": ["references/a.png"]},
    "request": {"prompt": "a teal teapot", "model": "gemini-3-pro-image", "size": "2K",
                "aspect_ratio": "1:1", "system_text": None, "references": [], "history_turns": 0,
                "thinking_level": None, "grounding": False, "seed": 7, "temperature": None,
                "output_mime": None, "output_quality": None},
    "connection": {"name": "studio", "kind": "aistudio", "model": "gemini-3-pro-image",
                   "location": None, "project": None},
    "result": {"text": "Here is the teapot.", "finish_reason": "STOP", "model_version": "gemini-3-pro-image-001",
               "response_id": "resp-9", "thought_signatures": ["sig"], "thought_parts_skipped": 1,
               "revised_prompt": None, "http_version": "HTTP/2"},
    "usage": {"promptTokenCount": 10}, "cost_usd": 0.134, "estimated_cost_usd": 0.134,
    "timings": {"total": 3.5}, "role": "result", "parent_id": None,
}


def test_a_sidecar_round_trips_through_its_file_with_a_format_version(tmp_path):
    image = tmp_path / "x.png"
    sidecar = Sidecar(id="x", image_file="x.png", spec=JobSpec(connection="c", prompt="p", seed=3),
                      request=RequestFacts(prompt="p", seed=3), connection=ConnectionFacts(name="c", kind="vertex"),
                      result=ResultFacts(text="hi", model_version="gemini-3-pro-image-001", response_id="r-1"))
    path = write_sidecar(image, sidecar)
    assert path == tmp_path / "x.json"
    on_disk = json.loads(path.read_text())
    assert on_disk["format_version"] == FORMAT_VERSION
    assert on_disk["result"]["model_version"] == "gemini-3-pro-image-001" and on_disk["result"]["response_id"] == "r-1"
    assert read_sidecar(image) == sidecar
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically


def test_todays_files_are_migrated_and_recall_their_settings(tmp_path):
    image = tmp_path / f"{TODAYS_FILE['id']}.png"
    image.with_suffix(".json").write_text(json.dumps(TODAYS_FILE))
    sidecar = read_sidecar(image)
    assert sidecar.format_version == FORMAT_VERSION
    assert (sidecar.request.prompt, sidecar.connection.kind, sidecar.result.response_id) == (
        "a teal teapot", "aistudio", "resp-9")
    spec = sidecar.settings()
    assert spec == JobSpec.from_json(TODAYS_FILE["spec"])
    spec.prompt = "changed"
    assert sidecar.settings().prompt == "a teal teapot"  # every caller gets its own copy
    record = ImageRecord.of_sidecar(sidecar, f"library/{image.name}", sidecar.sha256, sidecar.bytes)
    assert (record.prompt, record.model, record.connection, record.size, record.model_text) == (
        "a teal teapot", "gemini-3-pro-image", "studio", "2K", "Here is the teapot.")
    # An edit: the settings that made it, without references, grid or seed, on a connection
    # that still exists; a re-render at another size.
    record = ImageRecord.of_sidecar(sidecar, image.name, "", 0)
    edit = edit_spec(tmp_path, record, "make it red", ["studio", "vertex"], "vertex")
    assert (edit.prompt, edit.size, edit.seed, edit.reference_files, edit.connection, edit.parent_image_id,
            edit.edit) == ("make it red", "2K", None, [], "studio", record.id, "edit")
    assert edit_spec(tmp_path, record, "x", ["vertex"], "vertex").connection == "vertex"
    again = rerender_spec(tmp_path, record, "4K", ["studio"], "studio")
    assert (again.prompt, again.size, again.edit, again.model) == ("", "4K", "rerender", "gemini-3-pro-image")


def test_a_format_1_file_without_a_spec_recalls_from_its_request(tmp_path):
    """Sidecars rebuilt by recovery and early releases had no spec: the request stands for it."""
    image = tmp_path / "old.png"
    old = {k: v for k, v in TODAYS_FILE.items() if k != "spec"}
    old["recovered"] = "sidecar rebuilt after an interrupted save"
    image.with_suffix(".json").write_text(json.dumps(old))
    spec = settings_of(tmp_path, ImageRecord.of_sidecar(read_sidecar(image), image.name, "", 0))
    assert (spec.connection, spec.prompt, spec.model, spec.size, spec.aspect_ratio, spec.seed) == (
        "studio", "a teal teapot", "gemini-3-pro-image", "2K", "1:1", 7)


def test_unknown_missing_and_broken_sidecars(tmp_path):
    image = tmp_path / "new.png"
    newer = {**TODAYS_FILE, "format_version": FORMAT_VERSION + 1, "something_new": {"x": 1},
             "result": {**TODAYS_FILE["result"], "new_field": True}}
    image.with_suffix(".json").write_text(json.dumps(newer))
    assert read_sidecar(image).result.text == "Here is the teapot."  # known fields still read
    assert read_sidecar(tmp_path / "absent.png") == Sidecar()
    assert read_sidecar(tmp_path / "absent.png").settings() is None
    (tmp_path / "broken.json").write_text("{ not json")
    assert read_sidecar(tmp_path / "broken.png").settings() is None
    (tmp_path / "list.json").write_text("[1, 2]")
    assert read_sidecar(tmp_path / "list.png") == Sidecar()


def test_one_module_reads_and_writes_sidecars():
    """Every other module goes through sidecar.py: no second, drifting reader or writer
    (a sidecar's path is only ever made by sidecar_path())."""
    others = []
    for path in (REPO / "nbp_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "sidecar.py" and re.search(r"with_suffix\((\"\.json\"|'\.json'|SIDECAR_SUFFIX)\)", text):
            others.append(path.relative_to(REPO).as_posix())
    assert others == []
    writers = [p.relative_to(REPO).as_posix() for p in (REPO / "nbp_desktop").rglob("*.py")
               if "write_sidecar(" in p.read_text(encoding="utf-8") and p.name != "sidecar.py"]
    assert sorted(writers) == ["nbp_desktop/core/library/image_store.py", "nbp_desktop/core/recovery.py"]
