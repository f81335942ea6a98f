"""The real `nbp-desktop` command, in child processes, against the emulator over loopback,
with secrets in the real OS keyring."""

from __future__ import annotations

import hashlib
import json
import secrets
from pathlib import Path

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.image_client import ImageClient
from nbp_desktop.core.google.transport import make_http_client
from tests.conftest import run_cli

pytestmark = pytest.mark.subprocess


def add_connection(kind: str, name: str, emulator, data_dir: Path, secret: str, tmp_path: Path,
                   *extra: str):
    if kind == "vertex":
        sa_file = tmp_path / f"{name}-key.json"
        sa_file.write_text(secret)
        proc = run_cli("connection", "add", name, "--kind", kind, "--base-url", emulator.base_url,
                       "--service-account", str(sa_file), *extra, data_dir=data_dir)
        sa_file.unlink()  # from here on the key exists only in the keychain
    else:
        proc = run_cli("connection", "add", name, "--kind", kind, "--base-url", emulator.base_url,
                       "--api-key-stdin", *extra, data_dir=data_dir, stdin=secret + "\n")
    assert proc.returncode == 0, proc.stderr
    return proc


def secret_for(kind: str, emulator) -> str:
    if kind == "vertex":
        return json.dumps(emulator.service.create_service_account("nbp-e2e-project"), indent=2)
    key = "AIzaTEST-" + secrets.token_hex(16)
    emulator.service.api_keys.add(key)
    return key


@pytest.mark.parametrize("kind", ["aistudio", "vertex", "vertex-express", "openai"])
def test_generate_succeeds_for_each_kind_and_saves_the_exact_bytes(kind, emulator, data_dir,
                                                                    tmp_path, os_keyring):
    secret = secret_for(kind, emulator)
    add_connection(kind, "main", emulator, data_dir, secret, tmp_path)
    proc = run_cli("generate", "--connection", "main", "--prompt", "a paper crane on slate",
                   "--aspect", "16:9", "--count", "2", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    jobs = json.loads(proc.stdout)
    assert [j["status"] for j in jobs] == ["succeeded", "succeeded"]
    sent = {h for e in emulator.service.log() for h in e.get("image_sha256", [])}
    for job in jobs:
        assert {"job_id", "status", "image_path", "sha256", "width", "height", "mime"} <= set(job)
        data = Path(job["image_path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == job["sha256"]
        assert job["sha256"] in sent  # byte-exact as the emulator sent it
        assert Path(job["image_path"]).is_relative_to(data_dir)
        assert (job["width"], job["height"]) == (1376, 768)
        assert job["mime"] == "image/png"
        sidecar = json.loads(Path(job["image_path"]).with_suffix(".json").read_text())
        assert sidecar["request"]["prompt"] == "a paper crane on slate"
        assert sidecar["connection"] == {"name": "main", "kind": kind, "model": "gemini-3-pro-image",
                                         "location": "global" if kind == "vertex" else None,
                                         "project": "nbp-e2e-project" if kind == "vertex" else None}
    if kind == "vertex":
        assert emulator.service.tokens.token_requests >= 1  # the real google-auth JWT flow ran
        log = [e for e in emulator.service.log() if e.get("api") == "vertex"]
        assert log and all(e["project"] == "nbp-e2e-project" and e["location"] == "global" for e in log)
    listed = json.loads(run_cli("library", "list", "--json", data_dir=data_dir).stdout)
    assert {e["sha256"] for e in listed} == {j["sha256"] for j in jobs}
    assert all(Path(e["image_path"]).exists() for e in listed)


def test_failures_are_reported_per_job_with_kind_and_message(emulator, data_dir, tmp_path, os_keyring):
    add_connection("aistudio", "studio", emulator, data_dir, secret_for("aistudio", emulator), tmp_path)
    emulator.service.faults.configure({"faults": [{"kind": "quota_per_day"}]})
    proc = run_cli("generate", "--connection", "studio", "--prompt", "x", "--json", data_dir=data_dir)
    assert proc.returncode == 1
    [job] = json.loads(proc.stdout)
    assert job["status"] == "failed"
    assert job["error"]["kind"] == "quota_per_day"
    assert "resets at 00:00 Pacific" in job["error"]["message"]
    assert job["error"]["resets_at"]
    assert "Traceback" not in proc.stderr


def test_connection_test_makes_a_real_call_and_reports_errors_in_words(emulator, data_dir, tmp_path,
                                                                       os_keyring):
    add_connection("vertex", "vx", emulator, data_dir, secret_for("vertex", emulator), tmp_path)
    ok = run_cli("connection", "test", "vx", data_dir=data_dir)
    assert ok.returncode == 0 and "works" in ok.stderr
    assert any(e.get("method") == "countTokens" for e in emulator.service.log())  # free, not an image
    emulator.service.faults.configure({"faults": [{"kind": "billing_disabled", "api": "vertex"}]})
    bad = run_cli("connection", "test", "vx", "--json", data_dir=data_dir)
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["error"]["kind"] == "billing_disabled"
    assert "Billing is not enabled" in bad.stderr


def test_malformed_service_account_file_is_refused_in_words(data_dir, tmp_path, os_keyring):
    bad = tmp_path / "client_secret.json"
    bad.write_text(json.dumps({"installed": {"client_id": "x"}}))
    proc = run_cli("connection", "add", "v", "--kind", "vertex", "--service-account", str(bad),
                   data_dir=data_dir)
    assert proc.returncode == 1
    assert "OAuth client file, not a service-account key" in proc.stderr
    assert "Traceback" not in proc.stderr
    listed = run_cli("connection", "list", "--json", data_dir=data_dir)
    assert json.loads(listed.stdout) == []  # nothing half-added


def test_no_secret_in_data_dir_logs_or_json(emulator, data_dir, tmp_path, os_keyring):
    """Secrets live in the keychain only: grep every file and every output for them."""
    outputs: list[str] = []
    probes: list[str] = []
    for kind in ("aistudio", "vertex", "vertex-express", "openai"):
        secret = secret_for(kind, emulator)
        if kind == "vertex":
            info = json.loads(secret)
            # Distinctive slices of the private key, and the key id.
            body = "".join(info["private_key"].splitlines()[1:-1])
            probes += [body[100:140], body[-80:-40], info["private_key_id"]]
        else:
            probes.append(secret)
        proc = add_connection(kind, f"c-{kind}", emulator, data_dir, secret, tmp_path)
        outputs += [proc.stdout, proc.stderr]
    for kind in ("aistudio", "vertex", "vertex-express", "openai"):
        for args in (("connection", "test", f"c-{kind}", "--json"),
                     ("generate", "--connection", f"c-{kind}", "--prompt", "secret check", "--json")):
            proc = run_cli(*args, data_dir=data_dir)
            assert proc.returncode == 0, proc.stderr
            outputs += [proc.stdout, proc.stderr]
    outputs += [run_cli("connection", "list", "--json", data_dir=data_dir).stdout,
                run_cli("library", "list", "--json", data_dir=data_dir).stdout]
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert len(files) >= 9  # settings + 4 images + 4 sidecars
    for probe in probes:
        assert len(probe) >= 20
        for path in files:
            assert probe.encode() not in path.read_bytes(), f"secret found in {path}"
        for text in outputs:
            assert probe not in text
    # ...and yet the secrets are really stored and usable (the generate calls above worked).
    settings = json.loads((data_dir / "settings.json").read_text())
    assert {c["name"] for c in settings["connections"]} == {f"c-{k}" for k in
                                                            ("aistudio", "vertex", "vertex-express", "openai")}


async def test_fifty_sequential_requests_reuse_one_connection(emulator):
    before = emulator.service.stats()["connections"]
    config = ConnectionConfig("s", "aistudio", base_url=emulator.base_url)
    async with make_http_client() as http:
        client = ImageClient(http)
        results = [await client.generate(config, ApiKeyAuth("emulator-key"), GenerationRequest(f"n{i}"))
                   for i in range(50)]
    assert len(results) == 50
    assert emulator.service.stats()["connections"] - before == 1
    assert not results[0].timings.reused_connection
    assert all(r.timings.reused_connection for r in results[1:])
    assert {e["connection_id"] for e in emulator.service.log()} == {before + 1}
