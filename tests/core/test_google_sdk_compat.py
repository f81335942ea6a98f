"""Google's own SDK (google-genai), unchanged, against the built-in emulator: the emulator is
as lenient as Google where Google is lenient and as strict where Google is strict.

(The batch endpoints: tests/batch/test_google_sdk_batches.py.)"""

from __future__ import annotations

import base64
import hashlib
import io
import json

import httpx
import pytest
from google import genai
from google.genai import errors as genai_errors
from google.genai import types
from PIL import Image


def _png(colour=(200, 30, 30), size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _final_images(response: types.GenerateContentResponse) -> list[bytes]:
    parts = response.candidates[0].content.parts
    return [p.inline_data.data for p in parts if p.inline_data is not None and not p.thought]


def _studio(emulator) -> genai.Client:
    return genai.Client(api_key="emulator-key",
                        http_options=types.HttpOptions(base_url=emulator.base_url))


def test_sdk_default_path_generates_an_image_from_text(emulator):
    client = _studio(emulator)  # kept: a dropped client closes its HTTP pool
    response = client.models.generate_content(
        model="gemini-3-pro-image", contents="a lighthouse at dusk",
        config=types.GenerateContentConfig(
            response_modalities=["IMAGE"],
            image_config=types.ImageConfig(aspect_ratio="16:9", image_size="2K")))
    [image] = _final_images(response)
    with Image.open(io.BytesIO(image)) as img:
        assert img.size == (2752, 1536)
    [entry] = emulator.service.log()
    assert entry["path"] == "/v1/models/gemini-3-pro-image:generateContent"  # the SDK's default
    assert entry["status"] == 200
    assert response.model_version == "gemini-3-pro-image" and response.response_id
    assert hashlib.sha256(image).hexdigest() == entry["image_sha256"][0]


def test_sdk_sends_an_input_image_as_url_safe_base64_with_snake_case_keys(emulator):
    # Bytes whose base64 has '+' and '/' in the standard alphabet, so URL-safe differs.
    reference = _png() + b"\xfb\xff\xfe" * 40
    assert base64.urlsafe_b64encode(reference) != base64.b64encode(reference)
    client = _studio(emulator)
    response = client.models.generate_content(
        model="gemini-nano-banana-2.1",
        contents=[types.Part.from_bytes(data=reference, mime_type="image/png"), "make it blue"],
        config=types.GenerateContentConfig(
            thinking_config=types.ThinkingConfig(thinking_level="high")))
    assert _final_images(response)
    [entry] = emulator.service.log()
    sent = entry["request"]["contents"][0]["parts"]
    assert sent[0]["inlineData"] == {"mimeType": "image/png", "bytes": len(reference),
                                     "sha256": hashlib.sha256(reference).hexdigest()}
    assert entry["request"]["generationConfig"]["thinkingConfig"]["thinkingLevel"].lower() == "high"


def test_sdk_on_vertex_express_gets_the_jpeg_it_asked_for(emulator):
    client = genai.Client(vertexai=True, api_key="emulator-key",
                          http_options=types.HttpOptions(base_url=emulator.base_url))
    response = client.models.generate_content(
        model="gemini-3-pro-image", contents="a red chair",
        config=types.GenerateContentConfig(
            image_config=types.ImageConfig(output_mime_type="image/jpeg",
                                           output_compression_quality=80)))
    [image] = _final_images(response)
    assert image[:2] == b"\xff\xd8"
    [entry] = emulator.service.log()
    assert entry["path"].startswith("/v1beta1/publishers/google/models/gemini-3-pro-image")
    assert entry["request"]["generationConfig"]["imageConfig"]["imageOutputOptions"] == {
        "mimeType": "image/jpeg", "compressionQuality": 80}


def test_sdk_refuses_output_format_for_ai_studio_and_so_does_the_emulator(emulator):
    client = _studio(emulator)
    with pytest.raises(ValueError, match="output_mime_type"):
        client.models.generate_content(
            model="gemini-3-pro-image", contents="x",
            config=types.GenerateContentConfig(
                image_config=types.ImageConfig(output_mime_type="image/jpeg")))
    body = {"contents": [{"role": "user", "parts": [{"text": "x"}]}],
            "generationConfig": {"imageConfig": {"imageOutputOptions": {"mimeType": "image/jpeg"}}}}
    answer = _post(emulator, "/v1beta/models/gemini-3-pro-image:generateContent", body)
    assert answer.status_code == 400 and "imageOutputOptions" in answer.text


def _post(emulator, path: str, body: dict) -> httpx.Response:
    return httpx.post(emulator.base_url + path, content=json.dumps(body),
                      headers={"x-goog-api-key": "emulator-key",
                               "content-type": "application/json"}, timeout=30)


def test_emulator_is_strict_where_google_is_strict(emulator):
    path = "/v1/models/gemini-3-pro-image:generateContent"
    bad_bytes = {"contents": [{"role": "user", "parts": [
        {"inline_data": {"mime_type": "image/png", "data": "not base64 at all!"}}]}]}
    answer = _post(emulator, path, bad_bytes)
    assert answer.status_code == 400 and "Base64 decoding failed" in answer.text
    unknown = {"contents": [{"parts": [{"text": "x"}]}], "generation_cfg": {}}
    answer = _post(emulator, path, unknown)
    assert answer.status_code == 400
    assert 'Unknown name "generation_cfg"' in answer.json()["error"]["message"]
    labels = {"contents": [{"parts": [{"text": "x"}]}], "labels": {"team": "a"}}
    assert _post(emulator, path, labels).status_code == 400  # Vertex-only field
    pdf = {"contents": [{"parts": [{"inline_data": {"mime_type": "application/pdf",
                                                    "data": base64.b64encode(b"%PDF-1.4").decode()}},
                                   {"text": "x"}]}]}
    assert _post(emulator, path, pdf).status_code == 400  # Pro takes no PDF
    assert _post(emulator, "/v1/models/gemini-nano-banana-2.1:generateContent", pdf).status_code == 200
    level = {"contents": [{"parts": [{"text": "x"}]}],
             "generation_config": {"thinking_config": {"thinking_level": "medium"}}}
    assert _post(emulator, "/v1/models/gemini-3.1-flash-lite-image:generateContent",
                 level).status_code == 400  # Lite: minimal and high only
    assert _post(emulator, "/v1/models/gemini-nano-banana-2.1:generateContent",
                 level).status_code == 200


def test_sdk_errors_come_back_in_googles_shape(emulator):
    client = genai.Client(api_key="wrong-key",
                          http_options=types.HttpOptions(base_url=emulator.base_url))
    with pytest.raises(genai_errors.ClientError) as caught:
        client.models.generate_content(model="gemini-3-pro-image", contents="x")
    assert caught.value.code == 400 and "API key not valid" in caught.value.message
