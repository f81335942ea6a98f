"""Edit, re-render and recall rules (core/jobs/follow_ups.py), on real files."""

from __future__ import annotations

from nbp_desktop.core.jobs.follow_ups import edit_spec, recalled_spec, rerender_spec, spec_of_image
from nbp_desktop.core.jobs.journal import ImageRecord
from nbp_desktop.core.jobs.spec import JobSpec


def image(**facts) -> ImageRecord:
    base = dict(id="img-1", job_id="job-1", path="2026/img-1.png", sha256="0" * 64, mime="image/png",
                width=1024, height=1024, bytes=10, created="2026-12-02T10:00:00+00:00",
                connection="gone", prompt="a lighthouse", model="gemini-3-pro-image-preview")
    return ImageRecord(**(base | facts))


def test_a_follow_up_starts_from_the_saved_settings_on_a_connection_that_exists():
    saved = JobSpec("studio", "a lighthouse", size="2K", aspect_ratio="16:9", seed=7,
                    reference_files=["references/a.png"], variations_grid=True)
    spec = spec_of_image(image(), saved, ["studio", "vertex"], "vertex")
    assert (spec.connection, spec.size, spec.aspect_ratio) == ("studio", "2K", "16:9")
    assert spec.reference_files == [] and spec.seed is None and not spec.variations_grid
    assert saved.reference_files == ["references/a.png"]  # the saved settings are not changed
    without = spec_of_image(image(), None, ["vertex"], "vertex")
    assert (without.connection, without.prompt) == ("vertex", "a lighthouse")


def test_edit_and_rerender_name_their_parent():
    base = JobSpec("studio", "a lighthouse", size="1K")
    edit = edit_spec(base, image(), "make it night")
    assert (edit.prompt, edit.parent_image_id, edit.edit, edit.size) == ("make it night", "img-1", "edit", "1K")
    again = rerender_spec(base, image(), "4K")
    assert (again.prompt, again.parent_image_id, again.edit, again.size) == ("", "img-1", "rerender", "4K")
    assert base.edit is None and base.prompt == "a lighthouse"


def test_recall_keeps_only_reference_images_still_in_the_library(tmp_path):
    (tmp_path / "references").mkdir()
    (tmp_path / "references" / "kept.png").write_bytes(b"png")
    spec = JobSpec("studio", "x", reference_files=["references/kept.png", "references/gone.png"])
    assert recalled_spec(spec, tmp_path).reference_files == ["references/kept.png"]
