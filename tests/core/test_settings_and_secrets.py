"""Settings: one typed schema with a version and migrations. Secrets: the OS keychain only."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.connections.registry import ConnectionRegistry
from nbp_desktop.core.connections.secrets import CHUNK_CHARS, SecretStore
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.settings import SCHEMA_VERSION, SettingsFile


def test_version_1_settings_are_migrated(data_dir):
    (data_dir / "settings.json").write_text(json.dumps({
        "schema_version": 1, "profile_id": "abc", "timeouts": {"4K": 240},
        "connections": [{"name": "a", "kind": "aistudio", "model": "gemini-3-pro-image"}]}))
    settings = SettingsFile(data_dir).load()
    assert settings.schema_version == SCHEMA_VERSION
    assert settings.network.timeout_4k == 240
    assert settings.network.timeout_1k == 45
    assert settings.connections == [ConnectionConfig("a", "aistudio")]


def test_settings_round_trip_and_unreadable_file_is_kept_aside(data_dir):
    file = SettingsFile(data_dir)
    settings = file.load()
    settings.network.max_attempts = 6
    file.save(settings)
    assert SettingsFile(data_dir).load().network.max_attempts == 6
    (data_dir / "settings.json").write_text("{ not json")
    unreadable = SettingsFile(data_dir)
    assert unreadable.load().network.max_attempts == 4  # the defaults, in words (see below)
    assert unreadable.problems[0].startswith("Settings: the file is not valid JSON")
    [kept] = data_dir.glob("settings.kept-*.json")  # nothing is deleted
    assert kept.read_text() == "{ not json"


def test_settings_from_a_newer_version_are_not_overwritten(data_dir):
    (data_dir / "settings.json").write_text(json.dumps({"schema_version": 99, "profile_id": "p"}))
    file = SettingsFile(data_dir)
    settings = file.load()
    with pytest.raises(NbpError, match="newer version"):
        file.save(settings)


def test_long_secret_is_chunked_to_fit_windows_credential_manager(os_keyring):
    import keyring

    store = SecretStore("test-" + __import__("secrets").token_hex(4))
    value = "x" * (CHUNK_CHARS * 2) + "tail-" + "y" * 400  # like a 2.4 KB service-account JSON
    try:
        store.set("vertex", value)
        assert store.get("vertex") == value
        raw_entries = [keyring.get_password(store.service, f"{store.profile_id}/vertex#{i}") for i in range(3)]
        assert all(e is not None and len(e) <= CHUNK_CHARS for e in raw_entries)
        store.set("vertex", "short")  # replacing removes the old chunks
        assert store.get("vertex") == "short"
        assert keyring.get_password(store.service, f"{store.profile_id}/vertex#0") is None
    finally:
        store.delete("vertex")
    assert store.get("vertex") is None


def test_registry_stores_secrets_in_the_keychain_not_in_settings(data_dir, os_keyring):
    registry = ConnectionRegistry(data_dir)
    try:
        registry.add(ConnectionConfig("gw", "openai", base_url="https://relay.example"), "sk-unique-4242")
        assert "sk-unique-4242" not in (data_dir / "settings.json").read_text()
        assert ConnectionRegistry(data_dir).secrets.get("gw") == "sk-unique-4242"
    finally:
        registry.remove("gw")
    assert registry.secrets.get("gw") is None


def test_missing_keyring_backend_gives_a_clear_message_and_no_plaintext(data_dir):
    """Runs in a child process with keyring's 'fail' backend, which is what headless Linux
    without Secret Service gets (a stand-in: the real missing-backend case cannot coexist
    with the real keyring this suite uses)."""
    code = f"""
import sys
from nbp_desktop.cli.main import main
sys.stdin = __import__('io').StringIO('AIza-should-not-be-written')
sys.exit(main(['--data-dir', {str(data_dir)!r}, 'connection', 'add', 'a', '--kind', 'aistudio', '--api-key-stdin']))
"""
    env = {**__import__("os").environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert "No system keychain is available" in proc.stderr
    assert "Traceback" not in proc.stderr
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"AIza-should-not-be-written" not in path.read_bytes()
    assert json.loads((data_dir / "settings.json").read_text())["connections"] == []
