"""From a JobSpec (what the user asked) to a GenerationRequest (what goes on the wire).

Covers the three kinds of job: a plain generation, an edit of an earlier image (multi-turn:
the earlier user turn, the model turn with its image and thought signature, the new
instruction), and the 2×2 variations grid. Blocking (reads files); run in a worker thread.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.image_types import EXTENSIONS, sniff_reference_mime
from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.generation.reference_images import load_reference, prepare_reference
from nbp_desktop.core.generation.request import GenerationRequest, Part, ReferenceImage, Turn
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.sidecar import read_sidecar_file, sidecar_path
from nbp_desktop.core.jobs import JobText
from nbp_desktop.core.jobs.spec import JobSpec

REFERENCES_FOLDER = "references"
# Google accepts this in place of a signature for history it did not produce in this
# conversation (an image from another model or connection placed in a model turn).
SKIP_SIGNATURE = "skip_thought_signature_validator"
RERENDER_PROMPT = ("Render exactly this image again at a higher resolution. Keep the "
                   "composition, subjects, colours and every detail unchanged.")
VARIATIONS_PROMPT = ("Create one image divided into a 2×2 grid of four equal panels, with no "
                     "borders, gaps or labels between them. Each panel is a distinct variation "
                     "of the following: {prompt}")


def keep_reference(data_dir: Path, path: Path) -> str:
    """Copy a reference file (prepared to fit Google's limit) into the library, named by its
    content; returns its path relative to the data dir. Blocking."""
    return _keep(data_dir, load_reference(path))


def keep_reference_data(data_dir: Path, data: bytes, name: str | None = None) -> str:
    """The same for image bytes (e.g. pasted from the clipboard)."""
    return _keep(data_dir, prepare_reference(data, name=name or JobText.tr("pasted image")))


def _keep(data_dir: Path, ref: ReferenceImage) -> str:
    digest = hashlib.sha256(ref.data).hexdigest()[:24]
    relative = Path(REFERENCES_FOLDER) / f"{digest}{EXTENSIONS.get(ref.mime, '.bin')}"
    target = Path(data_dir) / relative
    if not target.exists():
        write_atomically(target, ref.data)
    return relative.as_posix()


def build_request(data_dir: Path, spec: JobSpec, parent: ImageRecord | None,
                  connection_kind: str, service_tier: str | None = None) -> GenerationRequest:
    """Sampling parameters (temperature) go out only when the user set them: Google's
    defaults are tuned for each image model. ``service_tier``: the connection's tier for
    this model (``ConnectionConfig.tier_for``)."""
    data_dir = Path(data_dir)
    references = []
    for relative in spec.reference_files:
        try:
            data = (data_dir / relative).read_bytes()
        except OSError:
            raise NbpError(ErrorKind.UNSUPPORTED_REFERENCE,
                           JobText.tr("The reference image {name} is missing from the library "
                                      "folder.").format(name=Path(relative).name)) from None
        references.append(ReferenceImage(data=data, mime=sniff_reference_mime(data) or "image/png",
                                         name=Path(relative).name))
    prompt = spec.prompt
    if spec.edit == "rerender" and not prompt.strip():
        prompt = RERENDER_PROMPT
    if spec.variations_grid:
        prompt = VARIATIONS_PROMPT.format(prompt=prompt)
    history: tuple[Turn, ...] = ()
    if spec.parent_image_id:
        if parent is None:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           JobText.tr("The image to edit is no longer in the library."))
        history = _edit_history(data_dir, parent, spec, connection_kind)
    return GenerationRequest(
        prompt=prompt, model=spec.model, size=spec.size, aspect_ratio=spec.aspect_ratio,
        system_text=spec.system_text, references=tuple(references), history=history,
        thinking_level=spec.thinking_level, grounding=spec.grounding, seed=spec.seed,
        temperature=spec.temperature, output_mime=spec.output_mime,
        output_quality=spec.output_quality,
        service_tier=None if (service_tier or "standard") == "standard" else service_tier)


def _edit_history(data_dir: Path, parent: ImageRecord, spec: JobSpec,
                  connection_kind: str) -> tuple[Turn, ...]:
    image_path = data_dir / parent.path
    try:
        image = image_path.read_bytes()
    except OSError:
        image = None
    sidecar = read_sidecar_file(sidecar_path(image_path))
    if image is None or sidecar is None:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       JobText.tr("The image to edit ({name}) cannot be read from the library.")
                       .format(name=image_path.name))
    # Signatures are bound to the model and backend that made them.
    same_origin = sidecar.connection.kind == connection_kind and sidecar.model == spec.model
    signature = sidecar.thought_signature if same_origin else None
    model_parts = [Part(image=image, mime=parent.mime, thought_signature=signature or SKIP_SIGNATURE)]
    if sidecar.result.text:
        model_parts.append(Part(text=sidecar.result.text))
    user_text = sidecar.request.prompt or "Create an image."
    return (Turn("user", (Part(text=user_text),)), Turn("model", tuple(model_parts)))


def cut_grid(data: bytes) -> list[bytes]:
    """The four tiles of a 2×2 grid (top-left, top-right, bottom-left, bottom-right) as PNG."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as grid:
        grid.load()
        w, h = grid.width // 2, grid.height // 2
        tiles = []
        for top in (0, h):
            for left in (0, w):
                out = io.BytesIO()
                grid.crop((left, top, left + w, top + h)).save(out, "PNG", compress_level=6)
                tiles.append(out.getvalue())
    return tiles
