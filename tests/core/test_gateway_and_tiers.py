"""Gateways in their own words; the gateway connection test; Vertex express JPEG on the app's
strict path."""

from __future__ import annotations

import json

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.error_mapping import map_http_error
from nbp_desktop.core.google.image_client import ImageClient
from nbp_desktop.core.google.transport import make_http_client
from nbp_desktop.core.services import Services


def _gateway(status: int, error: dict) -> NbpError:
    return map_http_error(status, json.dumps({"error": error}).encode(), kind="openai",
                          model="gemini-3-pro-image")


@pytest.mark.parametrize("status,error", [
    # LiteLLM with a database: an unknown virtual key
    (401, {"message": "Authentication Error, Invalid proxy server token passed. Received API "
                      "Key = sk-...bad", "type": "auth_error", "param": "None", "code": "401"}),
    # LiteLLM without a database (the default): any key that is not the master key
    (400, {"message": "No connected db.", "type": "no_db_connection", "param": None, "code": "400"}),
    (400, {"message": "LiteLLM Virtual Key expected. Received=abc, expected to start with 'sk-'.",
           "type": "auth_error", "code": "400"}),
    (403, {"message": "Forbidden", "type": "invalid_request_error"}),
])
def test_gateway_key_errors_are_key_problems(status, error):
    mapped = _gateway(status, error)
    assert mapped.kind is ErrorKind.INVALID_KEY
    assert mapped.message.startswith("The gateway refused the API key")


def test_the_service_behind_a_gateway_refusing_its_credentials_is_not_the_users_key():
    refused = _gateway(401, {"message": 'litellm.AuthenticationError: GeminiException - {"error": {"code": 400, '
                                        '"message": "API key not valid. Please pass a valid API key."}}',
                             "type": "auth_error", "code": "401"})
    assert refused.kind is ErrorKind.PERMISSION_DENIED
    assert refused.message == ("The gateway took your key, but the service behind it refused the gateway's "
                               "own credentials (HTTP 401). Ask the gateway's operator to check them.")


def test_gateway_failures_are_worded_as_the_gateways():
    upstream = _gateway(500, {"message": "litellm.InternalServerError: GeminiException - "
                                         "backend down", "type": None, "code": "500"})
    assert upstream.kind is ErrorKind.SERVER_ERROR
    assert upstream.message.startswith("The gateway answered with an error (HTTP 500): litellm.")
    refused = _gateway(400, {"message": "litellm.UnsupportedParamsError: Setting `response_format` "
                                        "is not supported", "type": "invalid_request_error",
                             "code": "400"})
    assert refused.kind is ErrorKind.BAD_REQUEST and refused.message.startswith(
        "The gateway refused the request (HTTP 400)")
    assert "Google" not in upstream.message + refused.message
    assert _gateway(404, {"message": "model not found", "code": "404"}).kind is ErrorKind.MODEL_NOT_FOUND


async def test_gateway_connection_test_checks_the_model_is_listed(data_dir, emulator):
    async with Services(data_dir) as services:
        good = ConnectionConfig("gw", "openai", base_url=emulator.base_url, model="gemini-3-pro-image")
        sentence = await services.test_connection(good, ApiKeyAuth("emulator-key", bearer=True))
        assert sentence == ("“gw” works: the gateway accepted the key, lists gemini-3-pro-image, and the "
                            "model answered a one-word test through it.")
        # The request that reached the model was a tiny text one, never an image.
        [tiny] = [e for e in emulator.service.log() if e["path"] == "/v1/chat/completions"]
        assert tiny["request"]["modalities"] == ["text"] and tiny["request"]["max_tokens"] <= 8
        assert not [e for e in emulator.service.log() if "/images/" in e["path"]]
        unknown = ConnectionConfig("gw", "openai", base_url=emulator.base_url, model="dall-e-9")
        with pytest.raises(NbpError) as caught:
            await services.test_connection(unknown, ApiKeyAuth("emulator-key", bearer=True))
        assert caught.value.kind is ErrorKind.MODEL_NOT_FOUND
        assert "does not list the model “dall-e-9”" in caught.value.message
        with pytest.raises(NbpError) as caught:
            await services.test_connection(good, ApiKeyAuth("wrong", bearer=True))
        assert caught.value.kind is ErrorKind.INVALID_KEY


@pytest.mark.parametrize("fault,kind,sentence", [
    ("server_error", ErrorKind.SERVER_ERROR,
     "The gateway accepted the key and lists gemini-3-pro-image, but could not get an answer from the "
     "model behind it (HTTP 500): "),
    ("overloaded", ErrorKind.SERVER_ERROR,
     "The gateway accepted the key and lists gemini-3-pro-image, but could not get an answer from the "
     "model behind it (HTTP 503): "),
    ("permission_denied", ErrorKind.PERMISSION_DENIED,
     "The gateway accepted your key and lists gemini-3-pro-image, but the service behind it refused the "
     "gateway's own credentials (HTTP 403). Ask the gateway's operator to check them."),
    ("quota_per_minute", ErrorKind.QUOTA_PER_MINUTE,
     "The gateway accepted the key and lists gemini-3-pro-image, but has no free capacity for it right "
     "now (HTTP 429): "),
])
async def test_gateway_connection_test_says_when_the_model_behind_it_does_not_answer(
        data_dir, emulator, fault, kind, sentence):
    from nbp_desktop.emulator.faults import Fault

    emulator.service.faults.add(Fault(fault, api="openai"))
    async with Services(data_dir) as services:
        config = ConnectionConfig("gw", "openai", base_url=emulator.base_url, model="gemini-3-pro-image")
        with pytest.raises(NbpError) as caught:
            await services.test_connection(config, ApiKeyAuth("emulator-key", bearer=True))
    assert caught.value.kind is kind
    assert caught.value.message.startswith(sentence)
    assert "Google" not in caught.value.message


async def test_a_gateway_without_a_chat_route_for_the_model_is_tested_as_far_as_it_shows(data_dir, emulator):
    from nbp_desktop.emulator.faults import Fault

    emulator.service.faults.add(Fault("model_not_found", api="openai"))  # chat answers 404
    async with Services(data_dir) as services:
        config = ConnectionConfig("relay", "openai", base_url=emulator.base_url, model="gemini-3-pro-image")
        sentence = await services.test_connection(config, ApiKeyAuth("emulator-key", bearer=True))
    assert sentence == ("“relay” works as far as the gateway shows: it accepted the key and lists "
                        "gemini-3-pro-image. It offers no small request that reaches the model, so whether "
                        "the model answers shows with the first image.")


async def test_vertex_express_gets_a_jpeg_on_the_strict_path(emulator):
    config = ConnectionConfig("express", "vertex-express", base_url=emulator.base_url)
    async with make_http_client() as http:
        result = await ImageClient(http).generate(
            config, ApiKeyAuth("emulator-key"),
            GenerationRequest("a chair", output_mime="image/jpeg", output_quality=85))
    [image] = result.images
    assert image.mime == "image/jpeg" and image.data[:2] == b"\xff\xd8"
    [entry] = emulator.service.log()
    assert entry["request"]["generationConfig"]["imageConfig"]["imageOutputOptions"] == {
        "mimeType": "image/jpeg", "compressionQuality": 85}


async def test_ai_studio_refuses_an_output_format_before_sending(emulator):
    config = ConnectionConfig("studio", "aistudio", base_url=emulator.base_url)
    async with make_http_client() as http:
        with pytest.raises(NbpError, match="AI Studio cannot choose the output format"):
            await ImageClient(http).generate(config, ApiKeyAuth("emulator-key"),
                                             GenerationRequest("x", output_mime="image/jpeg"))
    assert emulator.service.log() == []


def test_service_tier_settings_are_read_checked():
    problems: list[str] = []
    config = ConnectionConfig.read({"name": "s", "kind": "aistudio", "service_tier": "flex",
                                    "tier_refused_models": ["gemini-3-pro-image"]},
                                   "connections[0]", problems)
    assert problems == [] and config.service_tier == "flex"
    assert config.tier_for("gemini-nano-banana-2.1") == "flex"
    assert config.tier_for("gemini-3-pro-image") == "standard"  # Google refused it there
    assert config.tier_for("gemini-3.1-flash-lite-image") == "standard"  # Google documents no Flex
    bad = ConnectionConfig.read({"name": "s", "kind": "aistudio", "service_tier": "turbo"},
                                "connections[0]", problems)
    assert bad.service_tier == "standard" and len(problems) == 1 and "service_tier" in problems[0]
