"""Issue 16 points 5 and 6: a prompt too long for one JPEG XMP segment, control characters
from Word or a PDF, and the permissions of exported files."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from pathlib import Path

from PIL import Image

from nbp_desktop.core.export.exporter import export_image
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS
from tests.conftest import run_cli
from tests.export.test_export import make_source, xmp_of

PRESETS = {p.name: p for p in BUILT_IN_PRESETS}
# What the user reads: in the file's metadata, and in the export's result.
SHORTENED_MARK = " … [shortened; the full prompt is kept in the nbp-desktop library]"
SHORTENED_NOTE = ("the prompt was too long for a JPEG's metadata, so it is shortened there; the "
                  "full text stays in the library")
DC = "{http://purl.org/dc/elements/1.1/}"
LONG_PROMPT = " ".join(f"detail{n}: a brass lantern on weathered oak, morning haze;" for n in range(2500))


def described(path: Path) -> str:
    root = xmp_of(path)
    assert root is not None
    return "".join(root.find(f".//{DC}description").itertext())


def test_long_prompt_jpeg_export_is_shortened_in_the_xmp_and_says_so(tmp_path):
    png = dataclasses.replace(make_source(tmp_path, size=(512, 384)), prompt=LONG_PROMPT)
    jpeg = dataclasses.replace(make_source(tmp_path, "JPEG", size=(512, 384), quality=95),
                               prompt=LONG_PROMPT)  # Google's JPEG kept, metadata rewritten
    assert len(LONG_PROMPT.encode()) > 65535
    for source, preset in ((png, "Web JPEG"), (png, "Print JPEG"), (jpeg, "Print JPEG"), (png, "PNG")):
        result = export_image(source, PRESETS[preset], tmp_path / "out")
        text = described(result.path)
        if preset == "PNG":  # PNG's iTXt has no 64 KB limit: the whole prompt
            assert text == LONG_PROMPT and SHORTENED_NOTE not in result.note
        else:
            assert text.endswith(SHORTENED_MARK) and LONG_PROMPT.startswith(text[:-len(SHORTENED_MARK)])
            assert len(text) > 50_000
            assert SHORTENED_NOTE in result.note
            assert result.note.endswith("the prompt was too long for a JPEG's metadata, so it is "
                                        "shortened there; the full text stays in the library")


def test_control_characters_in_a_prompt_keep_the_xmp_well_formed(tmp_path):
    pasted = "Line one\x0bline two\x0c page\x00 end\x1b[0m \ufffe ok\ttab\nnewline"
    source = dataclasses.replace(make_source(tmp_path, size=(256, 256)), prompt=pasted)
    for preset in ("Web JPEG", "PNG", "Print TIFF"):
        result = export_image(source, PRESETS[preset], tmp_path / "out")
        assert described(result.path) == "Line oneline two page end[0m  ok\ttab\nnewline"


def test_exported_files_get_the_users_normal_permissions(tmp_path):
    source = make_source(tmp_path, size=(256, 256))
    umask = os.umask(0o022)
    os.umask(umask)
    for preset in ("Web JPEG", "PNG", "Original"):
        if preset not in PRESETS:
            continue
        result = export_image(source, PRESETS[preset], tmp_path / "out")
        assert stat.S_IMODE(result.path.stat().st_mode) == 0o666 & ~umask, preset


def test_cli_multi_image_export_with_a_long_prompt_exports_every_image(tmp_path, data_dir):
    """A long prompt no longer crashes the export and skips the rest of a multi-image export."""
    ids = []
    for n in range(2):
        image_id = f"20261121-100000-0000000{n}"
        folder = data_dir / "library" / "2026" / "11" / "21"
        folder.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (64, 48), (200, 120, 40)).save(folder / f"{image_id}.png")
        (folder / f"{image_id}.json").write_text(json.dumps({
            "id": image_id, "image_file": f"{image_id}.png", "mime": "image/png", "width": 64,
            "height": 48, "created": "2026-11-21T10:00:00+00:00",
            "request": {"prompt": LONG_PROMPT if n == 0 else "short", "model": "gemini-3-pro-image"},
            "connection": {"kind": "aistudio", "model": "gemini-3-pro-image"}}))
        ids.append(image_id)
    result = run_cli("export", *ids, "--preset", "Web JPEG", "--to", str(tmp_path / "out"),
                     "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    exported = json.loads(result.stdout)
    assert [e["id"] for e in exported] == ids
    assert SHORTENED_NOTE in exported[0]["note"] and SHORTENED_NOTE not in exported[1]["note"]
    assert all(Path(e["path"]).exists() for e in exported)
