"""The core's sentences go through the installed translator, in their area's context, with
their values put in after translation; English (no translator) keeps its plural forms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nbp_desktop.core.batch.journal import BatchRecord, Stage
from nbp_desktop.core.batch.sheet import parse_sheet
from nbp_desktop.core.catalog import DEFAULT_MODEL, model_info
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS, ExportPreset, preset_named, shown_name
from nbp_desktop.core.library.commands import mark, mark_word
from nbp_desktop.core.library.disk_space import ensure_room_for_result
from nbp_desktop.core.money import estimate_text
from nbp_desktop.core.provenance.content_credentials import PRESENT, ContentCredentials, facts
from nbp_desktop.core.translation import TranslationContext, english_numerus, install_translator

# What a French .qm would hold for a few of the core's texts (numerus: singular, plural).
FRENCH = {
    ("LibraryText", "Reject"): "Rejeter",
    ("LibraryText", "{mark} (%n image(s))"): ("{mark} (%n image)", "{mark} (%n images)"),
    ("LibraryText", "%n star(s)"): ("%n étoile", "%n étoiles"),
    ("LibraryText", "There is not enough free space for this image in {folder}: about {needed} is "
                    "needed and {free} is free. Nothing was sent. Free some space, then run the job again."):
        "Pas assez d'espace dans {folder} : {needed} nécessaires, {free} libres.",
    ("BatchText", "Row {row}: the count “{count}” must be a whole number from 1 to {most}."):
        "Ligne {row} : le nombre « {count} » doit être un entier de 1 à {most}.",
    ("BatchText", "running"): "en cours",
    ("CatalogText", "Deprecated since {deprecated}, shut down on {shutdown}."):
        "Obsolète depuis le {deprecated}, arrêté le {shutdown}.",
    ("ExportText", "Web JPEG"): "JPEG pour le Web",
    ("MoneyText", "Estimated cost: {cost}"): "Coût estimé : {cost}",
    ("ProvenanceText", "Source type"): "Type de source",
    ("ProvenanceText", "made by a generative AI model"): "créée par un modèle d'IA générative",
}


def french(context: str, text: str, disambiguation: str | None, n: int) -> str:
    found = FRENCH.get((context, text), text)
    if isinstance(found, tuple):
        found = found[0] if n <= 1 else found[1]  # French: 0 and 1 are singular
    return found.replace("%n", str(n)) if n >= 0 else found


@pytest.fixture
def in_french() -> Iterator[None]:
    install_translator(french)
    yield
    install_translator(None)


def test_english_plural_forms_without_a_translator():
    class OtherText(TranslationContext):
        """Any context: counted texts read as English (the command line has no translator)."""

    assert OtherText.tr("%n job(s) were interrupted", None, 2) == "2 jobs were interrupted"
    assert OtherText.tr("%n job(s) were interrupted", None, 1) == "1 job was interrupted"
    assert english_numerus("%n image(s)", 1) == "1 image"
    assert english_numerus("Moved %n image(s) to the trash.", 3) == "Moved 3 images to the trash."
    assert mark("rating", 1, ["a"], {}).text == "1 star (1 image)"
    assert mark("flag", -1, ["a", "b"], {}).text == "Reject (2 images)"


def test_library_sentences_are_translated_with_their_values(in_french, tmp_path: Path):
    assert mark("flag", -1, ["a", "b"], {}).text == "Rejeter (2 images)"
    assert mark("rating", 1, ["a"], {}).text == "1 étoile (1 image)"
    assert mark_word("rating", 0) == "No stars"  # no translation: the English source shows
    # (an untranslated count's English forms come from Qt's translator in the GUI:
    # tests/i18n/test_language_and_formats.py)
    with pytest.raises(NbpError) as raised:
        ensure_room_for_result(tmp_path, "4K", images=10**9)
    assert raised.value.message.startswith(f"Pas assez d'espace dans {tmp_path} : ")
    assert raised.value.kind == "disk"


def test_batch_catalog_export_money_and_credentials_words(in_french, tmp_path: Path):
    sheet = parse_sheet("prompt,count\na cat,zero\n", "s", DEFAULT_MODEL, tmp_path)
    assert [p.message for p in sheet.problems] == [
        "Ligne 2 : le nombre « zero » doit être un entier de 1 à 16."]
    running = BatchRecord(id="b", created="2026-12-02T17:00:00+00:00", sheet_name="s", connection="c",
                          kind="aistudio", model=DEFAULT_MODEL, mode="inline", stage=Stage.SUBMITTED,
                          google_state="JOB_STATE_RUNNING")
    assert (running.state, running.state_text) == ("running", "en cours")
    assert model_info("gemini-3.1-flash-image").lifecycle_note == (
        "Obsolète depuis le 2026-10-06, arrêté le 2026-10-29.")
    web = preset_named(list(BUILT_IN_PRESETS), "Web JPEG")  # typed names stay English
    assert shown_name(web) == "JPEG pour le Web"
    assert shown_name(ExportPreset("Web JPEG mine")) == "Web JPEG mine"
    assert estimate_text(0.134, "my-key").startswith("Coût estimé : $")
    credentials = ContentCredentials(PRESENT, signer="Google LLC", source_type="trainedAlgorithmicMedia")
    assert ("Type de source", "créée par un modèle d'IA générative") in facts(credentials)
