"""The compose form offers each model's true options: sizes, ratios, thinking levels (with
Google's default), reference types, lifecycle dates, and the connection's service tier in the
estimate."""

from __future__ import annotations

import pytest

from nbp_desktop.core.catalog import FLASH_RATIOS, PRO_RATIOS
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth

pytestmark = pytest.mark.gui

EXPECTED = {
    # model: (sizes, ratios, thinking items, phrases in the note)
    "gemini-3-pro-image": (["1K", "2K", "4K"], PRO_RATIOS, None,
                           ["Nano Banana Pro", "takes images as references"]),
    "gemini-nano-banana-2.1": (["1K", "2K", "4K"], FLASH_RATIOS,
                               ["default (medium)", "minimal", "medium", "high"],
                               ["Nano Banana 2.1", "images, PDFs and videos"]),
    "gemini-3.1-flash-lite-image": (["1K"], FLASH_RATIOS, ["default", "minimal", "high"],
                                    ["Nano Banana 2 Lite", "images, PDFs and videos",
                                     "no Flex or Priority"]),
    "gemini-3.1-flash-image": (["1K", "2K", "4K"], FLASH_RATIOS, ["default", "minimal", "high"],
                               ["Deprecated since 2026-10-06", "shut down on 2026-10-29"]),
}


LINES = {
    "gemini-3-pro-image": "Nano Banana Pro",
    "gemini-nano-banana-2.1": "Nano Banana 2.1 · PDF, video refs",
    "gemini-3.1-flash-lite-image": "Nano Banana 2 Lite · PDF, video refs",
    "gemini-3.1-flash-image": "Nano Banana 2 · retired 2026-10-29",
}


def _items(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


@pytest.mark.parametrize("model", list(EXPECTED))
async def test_each_model_shows_its_true_options(window, model):
    compose = window.compose
    sizes, ratios, thinking, phrases = EXPECTED[model]
    compose.model_box.setCurrentText(model)
    assert _items(compose.size_box) == sizes
    assert _items(compose.aspect_box) == list(ratios)
    if thinking is None:
        assert compose.thinking_box.isHidden()
    else:
        assert not compose.thinking_box.isHidden() and _items(compose.thinking_box) == thinking
    for phrase in phrases:
        assert phrase in compose.model_note.toolTip()  # the whole story
    assert compose.model_note.text() == LINES[model]  # one short line under the id
    if thinking:
        compose.thinking_box.setCurrentIndex(0)
        assert compose.spec().thinking_level is None  # Google's default: nothing sent
        compose.thinking_box.setCurrentText("high")
        assert compose.spec().thinking_level == "high"
        compose.apply_spec(compose.spec())
        assert compose.thinking_box.currentText() == "high"


async def test_the_estimate_follows_the_connections_service_tier(window, emulator):
    config = ConnectionConfig("flex studio", "aistudio", base_url=emulator.base_url,
                              service_tier="flex")
    window.workspace.services.add_temporary_connection(config, ApiKeyAuth("emulator-key"))
    compose = window.compose
    compose.reload_connections()
    compose.model_box.setCurrentText("gemini-nano-banana-2.1")
    compose.size_box.setCurrentText("1K")
    compose.connection_box.setCurrentText("flex studio")
    assert compose.estimate_label.text() == "Estimated cost: $0.017 at the Flex tier"
    compose.model_box.setCurrentText("gemini-3.1-flash-lite-image")  # Google: no Flex
    assert compose.estimate_label.text() == "Estimated cost: $0.034"


async def test_image_facts_show_which_model_version_answered_and_the_response_id(window, emulator):
    from nbp_desktop.core.jobs.spec import JobStatus
    from tests.conftest import wait_until

    config = ConnectionConfig("studio", "aistudio", base_url=emulator.base_url)
    window.workspace.services.add_temporary_connection(config, ApiKeyAuth("emulator-key"))
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText("studio")
    window.compose.model_box.setCurrentText("gemini-nano-banana-2.1")
    window.compose.prompt_edit.setPlainText("a paper boat")
    jobs = await window.generate()
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED]
    await wait_until(lambda: window.preview.record is not None and window.preview.view.has_image)
    result = window.preview.sidecar.result
    assert result.model_version == "gemini-nano-banana-2.1" and result.response_id
    facts = " ".join(w.text() for w in window.preview.findChildren(type(window.spent_label)))
    assert f"gemini-nano-banana-2.1 · {result.response_id}" in facts
    body = emulator.service.log()[-1]["request"]["generationConfig"]
    assert not {"temperature", "topP", "topK"} & set(body)  # none set, none sent
