"""settings.json checked on load: a bad value gets one sentence naming the field and its
default; the original file is kept aside (never overwritten); nothing gives a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nbp_desktop.core.settings import SettingsFile
from tests.conftest import run_cli


def write_settings(data_dir: Path, data: object) -> bytes:
    raw = (data if isinstance(data, str) else json.dumps(data)).encode()
    (data_dir / "settings.json").write_bytes(raw)
    return raw


def kept_aside(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.iterdir() if p.name.startswith("settings.") and p.name != "settings.json")


@pytest.mark.parametrize(("data", "sentence", "check"), [
    ({"queue": {"concurrency": 0}},
     'Settings: "queue.concurrency" must be a whole number from 1 to 32; using 4.',
     lambda s: s.queue.concurrency == 4),
    ({"queue": {"concurrency": "4"}},  # a string where a number belongs
     'Settings: "queue.concurrency" must be a whole number from 1 to 32; using 4.',
     lambda s: s.queue.concurrency == 4),
    ({"network": {"timeout_4k": -5}},
     'Settings: "network.timeout_4k" must be a number from 10 to 1800; using 180.',
     lambda s: s.network.timeout_4k == 180),
    ({"budget": {"period": "fortnight"}},
     'Settings: "budget.period" must be one of day, month; using day.',
     lambda s: s.budget.period == "day"),
    ({"connections": "demo"},
     'Settings: "connections" must be a list of connections; using none.',
     lambda s: s.connections == []),
    ({"queue": [1, 2]},
     'Settings: "queue" must be a group of settings; using its defaults.',
     lambda s: s.queue.concurrency == 4),
    ({"connections": [{"name": "a", "kind": "aistudio", "concurrency": "two"}]},
     'Settings: "connections[1].concurrency" must be a whole number from 1 to 32; using the '
     'queue\'s setting.',
     lambda s: s.connections[0].name == "a" and s.connections[0].concurrency is None),
    ({"connections": [{"name": "a", "kind": "fax"}, {"name": "b", "kind": "aistudio"}]},
     'Settings: "connections[1].kind" must be one of aistudio, vertex, vertex-express, openai; '
     'that connection is left out.',
     lambda s: [c.name for c in s.connections] == ["b"]),
])
def test_a_bad_value_gets_a_sentence_and_its_default_and_the_file_is_kept_aside(data_dir, data, sentence, check):
    original = write_settings(data_dir, {"schema_version": 2, "profile_id": "keep-me", **data})
    file = SettingsFile(data_dir)
    settings = file.load()
    assert sentence in file.problems
    assert check(settings)
    assert settings.profile_id == "keep-me"  # the good values stay (the keychain entries hang on it)
    [aside] = kept_aside(data_dir)
    assert aside.read_bytes() == original
    assert f"Settings: the original file is kept as {aside.name}." in file.problems
    # The file now holds what is used, so the next start is quiet.
    again = SettingsFile(data_dir)
    assert check(again.load()) and again.problems == []
    assert kept_aside(data_dir) == [aside]


def test_unreadable_json_gets_a_sentence_and_the_defaults_and_is_kept_aside(data_dir):
    original = write_settings(data_dir, '{"queue": {"concurrency": 3,}')
    file = SettingsFile(data_dir)
    settings = file.load()
    assert settings.queue.concurrency == 4
    [aside] = kept_aside(data_dir)
    assert aside.read_bytes() == original
    assert file.problems == [
        "Settings: the file is not valid JSON (line 1, column 29); using the default settings.",
        f"Settings: the original file is kept as {aside.name}."]


def test_files_kept_aside_never_collide(data_dir):
    names = set()
    for round_ in range(3):  # all within the same second
        write_settings(data_dir, f"not json {round_}")
        SettingsFile(data_dir).load()
        names = {p.name for p in kept_aside(data_dir)}
        assert len(names) == round_ + 1
    assert {(data_dir / n).read_text() for n in names} == {"not json 0", "not json 1", "not json 2"}


def test_the_cli_says_what_was_wrong_on_stderr_and_carries_on(data_dir):
    write_settings(data_dir, {"schema_version": 2, "profile_id": "p", "connections": "demo",
                              "queue": {"concurrency": 0}})
    proc = run_cli("connection", "list", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert 'Settings: "connections" must be a list of connections; using none.' in proc.stderr
    assert 'Settings: "queue.concurrency" must be a whole number from 1 to 32; using 4.' in proc.stderr
    assert "No connections yet." in proc.stderr
    [aside] = kept_aside(data_dir)
    assert f"kept as {aside.name}" in proc.stderr


def test_the_cli_with_unreadable_settings_says_so_and_runs(data_dir):
    write_settings(data_dir, "{ not json")
    proc = run_cli("connection", "list", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert "Settings: the file is not valid JSON" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(kept_aside(data_dir)) == 1
