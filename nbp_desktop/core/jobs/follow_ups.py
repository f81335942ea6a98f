"""Jobs that follow from an image already made: edit it, re-render it larger, or recall its
settings into a new job. The rules live here, once; the GUI and the tests call them."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from nbp_desktop.core.jobs.journal import ImageRecord
from nbp_desktop.core.jobs.spec import JobSpec


def spec_of_image(record: ImageRecord, saved: JobSpec | None, connections: Collection[str],
                  fallback_connection: str) -> JobSpec:
    """The settings an image was made with (``saved``, from its sidecar, when there is one),
    ready to be the base of a follow-up: on a connection that still exists, with no reference
    images, grid or seed of its own (the image itself is what the model sees next)."""
    spec = (replace(saved) if saved is not None
            else JobSpec(connection=record.connection or "", prompt=record.prompt or "",
                         model=record.model or ""))
    if spec.connection not in connections:
        spec.connection = fallback_connection
    spec.reference_files, spec.variations_grid, spec.seed = [], False, None
    return spec


def edit_spec(base: JobSpec, record: ImageRecord, instruction: str) -> JobSpec:
    """"Edit this image": the instruction is the next turn of the image's conversation."""
    return replace(base, prompt=instruction, parent_image_id=record.id, edit="edit",
                   reference_files=[], variations_grid=False, seed=None)


def rerender_spec(base: JobSpec, record: ImageRecord, size: str) -> JobSpec:
    """The same picture again at ``size`` (one image, never a grid; no new prompt)."""
    return replace(base, prompt="", size=size, parent_image_id=record.id, edit="rerender",
                   reference_files=[], variations_grid=False, seed=None)


def recalled_spec(spec: JobSpec, data_dir: Path) -> JobSpec:
    """An earlier image's settings for the compose pane: its reference images only where they
    are still in this library."""
    return replace(spec, reference_files=[f for f in spec.reference_files
                                          if (Path(data_dir) / f).exists()])
