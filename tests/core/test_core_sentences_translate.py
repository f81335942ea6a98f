"""The core's sentences go through the translator the GUI installs: the whole sentence is
looked up (values put in after translation), counts as Qt numerus forms, and Google's own
words in ``detail`` stay as Google wrote them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from nbp_desktop.core.errors import describe_wait
from nbp_desktop.core.google.error_mapping import map_http_error
from nbp_desktop.core.recovery import RecoveryReport
from nbp_desktop.core.settings import SettingsFile
from nbp_desktop.core.translation import install_translator

FRENCH = {
    ("GoogleText", "Google is overloaded right now."): "Google est surchargé pour le moment.",
    ("GoogleText", "The model “{model}” was not found. Check the model name and the location."):
        "Le modèle « {model} » est introuvable. Vérifiez son nom et l’emplacement.",
    ("SettingsText", 'Settings: "{path}" must be {rule}; using {fallback}.'):
        "Réglages : « {path} » doit être {rule} ; {fallback} est utilisé.",
    ("SettingsText", "a whole number from {low} to {high}"): "un nombre entier de {low} à {high}",
    ("SettingsText", "the queue's setting"): "le réglage de la file",
    ("ErrorText", "{minutes} min"): "{minutes} min (fr)",
}
FRENCH_PLURALS = {
    ("RecoveryText", "%n job(s) that had finished while the app stopped were saved."):
        ("%n tâche terminée pendant l’arrêt a été enregistrée.",
         "%n tâches terminées pendant l’arrêt ont été enregistrées."),
}


@pytest.fixture
def french() -> Iterator[list[tuple[str, str, int]]]:
    """A translator like Qt's with a small French catalogue; records every lookup."""
    asked: list[tuple[str, str, int]] = []

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text, n))
        if (context, text) in FRENCH_PLURALS:
            one, many = FRENCH_PLURALS[context, text]
            found = one if n <= 1 else many
        else:
            found = FRENCH.get((context, text), text)
        return found.replace("%n", str(n)) if n >= 0 else found

    install_translator(translate)
    yield asked
    install_translator(None)


def test_an_error_sentence_is_translated_and_googles_own_words_are_kept(french):
    body = json.dumps({"error": {"code": 503, "message": "The model is overloaded.",
                                 "status": "UNAVAILABLE"}}).encode()
    error = map_http_error(503, body, kind="aistudio", model="gemini-3-pro-image")
    assert error.message == "Google est surchargé pour le moment."
    assert error.detail == "The model is overloaded."
    assert error.to_json()["kind"] == "overloaded"  # machine words never change


def test_values_go_in_after_the_whole_sentence_is_translated(french):
    body = json.dumps({"error": {"code": 404, "message": "not found", "status": "NOT_FOUND"}}).encode()
    error = map_http_error(404, body, kind="aistudio", model="gemini-3-pro-image")
    assert error.message == ("Le modèle « gemini-3-pro-image » est introuvable. Vérifiez son nom "
                             "et l’emplacement.")


def test_a_count_is_looked_up_as_a_plural_form(french):
    assert RecoveryReport(finished_saves=["job-1"]).messages == [
        "1 tâche terminée pendant l’arrêt a été enregistrée."]
    assert RecoveryReport(finished_saves=["job-1", "job-2", "job-3"]).messages == [
        "3 tâches terminées pendant l’arrêt ont été enregistrées."]
    assert ("RecoveryText", "%n job(s) that had finished while the app stopped were saved.", 3) \
        in french


def test_a_settings_problem_is_translated_with_its_rule_and_its_fallback(french, data_dir: Path):
    (data_dir / "settings.json").write_text(json.dumps(
        {"schema_version": 2, "connections": [{"name": "a", "kind": "aistudio",
                                               "concurrency": "two"}]}))
    file = SettingsFile(data_dir)
    file.load()
    assert ('Réglages : « connections[1].concurrency » doit être un nombre entier de 1 à 32 ; '
            'le réglage de la file est utilisé.') in file.problems


def test_a_wait_is_translated(french):
    assert describe_wait(180) == "3 min (fr)"


def test_without_a_translator_the_words_are_english():
    body = json.dumps({"error": {"code": 503, "message": "x", "status": "UNAVAILABLE"}}).encode()
    assert map_http_error(503, body, kind="aistudio", model="m").message == \
        "Google is overloaded right now."
    assert RecoveryReport(interrupted=["a", "b"]).messages[0].startswith("2 jobs were interrupted")
