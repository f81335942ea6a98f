"""Sidecar format 3: a batch image's tags and batch facts, and format 2 files read without them."""

from __future__ import annotations

import json

from nbp_desktop.core.library.sidecar import (FORMAT_VERSION, BatchFacts, Sidecar, read_sidecar,
                                              write_sidecar)


def test_tags_and_batch_facts_round_trip(tmp_path):
    image = tmp_path / "b.png"
    sidecar = Sidecar(id="b", image_file="b.png", tags=["spring", "hero"],
                      batch=BatchFacts(id="batch-1", google_name="batches/abc", sheet="Spring",
                                       row=7, key="r7-2", output_name="tote-2", mode="file"))
    write_sidecar(image, sidecar)
    on_disk = json.loads(image.with_suffix(".json").read_text())
    assert on_disk["format_version"] == FORMAT_VERSION == 3
    assert on_disk["tags"] == ["spring", "hero"]
    assert on_disk["batch"]["sheet"] == "Spring" and on_disk["batch"]["price"] == "batch"
    assert read_sidecar(image) == sidecar


def test_a_format_2_file_reads_with_no_tags_and_no_batch(tmp_path):
    image = tmp_path / "old.png"
    image.with_suffix(".json").write_text(json.dumps({
        "format_version": 2, "id": "old", "image_file": "old.png", "job_id": "job-1",
        "spec": {"connection": "studio", "prompt": "a teapot"},
        "request": {"prompt": "a teapot"}, "connection": {"name": "studio", "kind": "aistudio"}}))
    sidecar = read_sidecar(image)
    assert sidecar.format_version == FORMAT_VERSION
    assert sidecar.tags == [] and sidecar.batch is None
    assert sidecar.spec is not None and sidecar.spec.prompt == "a teapot"
