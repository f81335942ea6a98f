"""Issue 16 points 2 and 8: keys are validated at entry, a key that cannot be sent is said in
words (never quoted, never retried), every error text is redacted before it is shown, stored
or printed, and the keychain never keeps pieces of a secret nobody can remove."""

from __future__ import annotations

import json
import time
from pathlib import Path

import keyring
import keyring.errors
import pytest

from nbp_desktop.core.connections.secrets import SecretStore
from nbp_desktop.core.errors import NbpError
from tests.conftest import run_cli

# A key with a line break inside, as pasted from a wrapped e-mail: its two halves are probes.
LEAKY_KEY = "AIzaLEAKPROBE-5c1e0b7d9a\nLEAKTAIL-3f8e2d4c6b"
PROBES = ("AIzaLEAKPROBE-5c1e0b7d9a", "LEAKTAIL-3f8e2d4c6b", "LEAKPROBE")


def add_key(emulator, data_dir: Path, key: str, name: str = "studio"):
    return run_cli("connection", "add", name, "--kind", "aistudio", "--base-url", emulator.base_url,
                   "--api-key-stdin", data_dir=data_dir, stdin=key + "\n")


def profile_of(data_dir: Path) -> str:
    return json.loads((data_dir / "settings.json").read_text())["profile_id"]


def assert_no_probe(texts: list[str], data_dir: Path) -> None:
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    for probe in PROBES:
        for text in texts:
            assert probe not in text, text
        for path in files:
            assert probe.encode() not in path.read_bytes(), f"key found in {path}"


@pytest.mark.parametrize("inside, what", [("\n", "a line break"), ("\t", "a tab"),
                                          ("\x00", "a NUL character"), (" ", "a space")])
def test_key_with_whitespace_inside_is_refused_at_entry(emulator, data_dir, os_keyring, inside, what):
    proc = add_key(emulator, data_dir, f"AIzaLEAKPROBE-5c1e0b7d9a{inside}LEAKTAIL-3f8e2d4c6b")
    assert proc.returncode == 1
    assert proc.stderr.startswith(
        f"error: The API key has {what} inside it (character 25); it must be one line of "
        "letters and digits. Copy it again from the console.")
    assert "Traceback" not in proc.stderr
    assert json.loads(run_cli("connection", "list", "--json", data_dir=data_dir).stdout) == []
    assert SecretStore(profile_of(data_dir)).get("studio") is None  # nothing reached the keychain
    assert_no_probe([proc.stdout, proc.stderr], data_dir)


def test_key_with_non_ascii_letters_is_a_sentence_not_a_traceback(emulator, data_dir, os_keyring):
    proc = add_key(emulator, data_dir, "AIzaLEAKPROBE-5c1é0b7d9a")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(
        "error: The API key contains a character that is not plain ASCII (character 18); it may "
        "only have letters, digits and a few marks. Copy it again from the console.")


def test_key_with_a_byte_order_mark_is_cleaned_with_a_note_and_works(emulator, data_dir, os_keyring):
    proc = add_key(emulator, data_dir, "\ufeffemulator-key")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("An invisible byte-order mark at the start of the API key was "
                                  "removed.\n")
    tested = run_cli("connection", "test", "studio", data_dir=data_dir)
    assert tested.returncode == 0, tested.stderr


def test_a_stored_key_that_cannot_be_sent_never_reaches_any_text(emulator, data_dir, os_keyring):
    """The issue's leak: a key with a line break stored by an earlier version. The HTTP
    library's error quotes the header; no output, journal or file may show it, and nothing is
    retried (nothing was sent)."""
    assert add_key(emulator, data_dir, "emulator-key").returncode == 0
    SecretStore(profile_of(data_dir)).set("studio", LEAKY_KEY)
    outputs = []
    sentence = ("The stored key has a line break, tab or other invisible character inside it, so "
                "it cannot be sent. Edit the connection and paste the key again.")
    tested = run_cli("connection", "test", "studio", data_dir=data_dir)
    assert tested.returncode == 1 and tested.stderr.startswith(f"error: {sentence}")
    assert "internet connection" not in tested.stderr and "Traceback" not in tested.stderr
    outputs += [tested.stdout, tested.stderr]
    as_json = run_cli("connection", "test", "studio", "--json", data_dir=data_dir)
    assert json.loads(as_json.stdout)["error"]["message"] == sentence
    outputs += [as_json.stdout, as_json.stderr]
    generated = run_cli("generate", "--connection", "studio", "--prompt", "a leak check", "--json",
                        data_dir=data_dir)
    assert generated.returncode != 0
    outputs += [generated.stdout, generated.stderr]
    queue = run_cli("queue", "list", "--json", data_dir=data_dir)
    [job] = json.loads(queue.stdout)
    assert job["error"]["message"] == sentence  # also what the GUI's queue shows
    outputs += [queue.stdout, queue.stderr]
    assert not [e for e in emulator.service.log() if ":generateContent" in e["path"]]
    assert_no_probe(outputs, data_dir)


def test_oversized_service_account_file_is_refused_before_the_keychain(emulator, data_dir, tmp_path,
                                                                       os_keyring):
    info = emulator.service.create_service_account("nbp-big")
    padded = tmp_path / "big.json"
    padded.write_text(json.dumps(info, indent=2) + " " * (2 * 1024 * 1024))
    started = time.monotonic()
    proc = run_cli("connection", "add", "vx", "--kind", "vertex", "--base-url", emulator.base_url,
                   "--service-account", str(padded), data_dir=data_dir)
    assert time.monotonic() - started < 20
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(
        "error: “big.json” is 2050 KB; a Google service-account key file is about 2 KB (at most "
        "64 KB is accepted). Choose the JSON key file the Google Cloud console downloaded.")
    store = SecretStore(profile_of(data_dir))
    assert store.get("vx") is None
    assert keyring.get_password(store.service, f"{store.profile_id}/vx#0") is None


def test_leftovers_of_a_killed_add_can_be_removed(data_dir, os_keyring):
    run_cli("connection", "list", data_dir=data_dir)  # settings (and the profile id) exist
    store = SecretStore(profile_of(data_dir))
    for index in range(5):  # pieces written before the add was killed; no header yet
        keyring.set_password(store.service, f"{store.profile_id}/half#{index}", "x" * 1000)
    proc = run_cli("connection", "remove", "half", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ("There is no connection “half”; removed the 5 keychain entries an "
                           "interrupted add had left.\n")
    assert all(keyring.get_password(store.service, f"{store.profile_id}/half#{i}") is None
               for i in range(5))


def test_a_failed_add_leaves_no_pieces_in_the_keychain(os_keyring, monkeypatch):
    store = SecretStore("test-" + __import__("secrets").token_hex(4))
    real = keyring.set_password
    calls = []

    def flaky(service, user, value):
        calls.append(user)
        if len(calls) == 3:
            raise keyring.errors.PasswordSetError("the keychain went away")
        real(service, user, value)

    monkeypatch.setattr(keyring, "set_password", flaky)
    with pytest.raises(NbpError) as caught:
        store.set("vertex", "y" * 4500)
    assert caught.value.message == "The system keychain refused to store or read the secret."
    monkeypatch.setattr(keyring, "set_password", real)
    assert all(keyring.get_password(store.service, f"{store.profile_id}/vertex#{i}") is None
               for i in range(5))
    assert keyring.get_password(store.service, f"{store.profile_id}/vertex") is None


def test_redaction_takes_out_known_secrets_in_every_spelling_and_credential_shapes():
    from nbp_desktop.core.redaction import REDACTED, redact, remember_secret

    secret = "AIzaRedactMe-0123456789\nsecond-half-abcdef"
    remember_secret(secret)
    quoted = f"Illegal header value {secret.encode()!r}"
    assert "RedactMe" not in redact(quoted) and "second-half" not in redact(quoted)
    assert REDACTED in redact(quoted)
    assert redact("x-goog-api-key: AIzaSyABCDEFGHIJKLMNOPQRSTUVWXYZ012345") == \
        f"x-goog-api-key: {REDACTED}"
    assert redact("Authorization: Bearer ya29.a0AfB_byC") == f"Authorization: Bearer {REDACTED}"
    assert redact("authorization: Bearer sk-gatewaykey") == f"authorization: Bearer {REDACTED}"
    assert redact('{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----"}') \
        .count("MIIE") == 0
    assert redact("https://host/v1/models/x:generateContent?key=AIzaSomething&alt=sse") == \
        f"https://host/v1/models/x:generateContent?key={REDACTED}&alt=sse"
    assert redact("Google is overloaded right now.") == "Google is overloaded right now."


def test_log_lines_and_their_tracebacks_are_redacted():
    import io
    import logging

    from nbp_desktop.core.redaction import RedactingFormatter, remember_secret

    secret = "AIzaLogProbe-9f8e7d6c5b4a"
    remember_secret(secret)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter("%(message)s"))
    log = logging.getLogger("nbp-redaction-test")
    log.addHandler(handler)
    log.propagate = False
    try:
        raise ValueError(f"Illegal header value {secret!r}")
    except ValueError as exc:
        log.error("unexpected error with %s", secret, exc_info=exc)
    finally:
        log.removeHandler(handler)
    assert "LogProbe" not in stream.getvalue() and "Traceback" in stream.getvalue()


def test_a_service_account_file_redacts_its_key_not_its_ordinary_fields(emulator):
    from nbp_desktop.core.redaction import REDACTED, redact, remember_secret

    info = emulator.service.create_service_account("nbp-redact")
    remember_secret(json.dumps(info, indent=2))
    body_line = info["private_key"].splitlines()[3]
    assert body_line not in redact(f"bad padding near {body_line}")
    assert redact(f"key id {info['private_key_id']}") == f"key id {REDACTED}"
    ordinary = '{"type": "service_account", "project_id": "nbp-redact"}'
    assert redact(ordinary) == ordinary
