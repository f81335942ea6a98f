"""`nbp-desktop credentials show`, `library list --json` and `export --content-credentials`,
in child processes against the emulator, with the installation key in the real keyring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nbp_desktop.core.provenance.content_credentials import read_credentials
from tests.conftest import run_cli
from tests.export.test_content_credentials import source_xmp

pytestmark = pytest.mark.subprocess


def generate_jpeg(emulator, data_dir: Path, tmp_path: Path) -> dict:
    key_file = tmp_path / "key.json"
    key_file.write_text(json.dumps(emulator.service.create_service_account("nbp-c2pa-project")))
    proc = run_cli("connection", "add", "vertex", "--kind", "vertex", "--base-url", emulator.base_url,
                   "--service-account", str(key_file), data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("generate", "--connection", "vertex", "--prompt", "a heron in fog", "--output-mime",
                   "image/jpeg", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    (job,) = json.loads(proc.stdout)
    return job


def test_credentials_show_list_and_export(emulator, data_dir, tmp_path, os_keyring):
    job = generate_jpeg(emulator, data_dir, tmp_path)
    listed = json.loads(run_cli("library", "list", "--json", data_dir=data_dir).stdout)
    assert [i["content_credentials"] for i in listed] == ["present"]
    image_id = listed[0]["id"]
    # Reading them once also kept Google's manifest as the ingredient of later exports.
    assert [p.name.startswith(f"{image_id}-") for p in (data_dir / "ingredients").iterdir()] == [True]

    proc = run_cli("credentials", "show", image_id, "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout)
    assert shown["state"] == "present" and shown["signer"] == "Google LLC"
    assert shown["actions"] == ["c2pa.created"] and shown["source_type"] == "trainedAlgorithmicMedia"
    assert shown["summary"] == "Signed by Google LLC; the certificate is not on this computer's trust list."
    assert "Content Credentials: Signed by Google LLC" in proc.stderr

    by_file = run_cli("credentials", "show", job["image_path"], data_dir=data_dir)
    assert "Source type: made by a generative AI model" in by_file.stderr

    out = tmp_path / "out"
    proc = run_cli("export", image_id, "--preset", "Web JPEG", "--to", str(out), "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    kept = Path(json.loads(proc.stdout)[0]["path"])
    credentials = read_credentials(kept)
    assert credentials.manifests == 2 and credentials.ingredients[0].endswith("(signed by Google LLC)")

    proc = run_cli("export", image_id, "--preset", "Web JPEG", "--to", str(out), "--content-credentials",
                   "strip", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    stripped = Path(json.loads(proc.stdout)[0]["path"])
    assert read_credentials(stripped).state == "none"
    assert b"DigitalSourceType" not in (source_xmp(stripped.read_bytes()) or b"")


def test_credentials_show_an_unknown_image(data_dir):
    proc = run_cli("credentials", "show", "no-such-image", data_dir=data_dir)
    assert proc.returncode == 1
    assert "There is no image or file “no-such-image”." in proc.stderr
