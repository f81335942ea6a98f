"""Recalling an image's settings keeps only the reference images still in this library."""

from __future__ import annotations

from nbp_desktop.core.generation.job_spec import JobSpec
from nbp_desktop.core.library.recall import recalled_spec


def test_recall_keeps_only_reference_images_still_in_the_library(tmp_path):
    (tmp_path / "references").mkdir()
    (tmp_path / "references" / "kept.png").write_bytes(b"png")
    spec = JobSpec("studio", "x", reference_files=["references/kept.png", "references/gone.png"])
    assert recalled_spec(spec, tmp_path).reference_files == ["references/kept.png"]
    assert spec.reference_files == ["references/kept.png", "references/gone.png"]  # unchanged
