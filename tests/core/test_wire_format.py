"""Requests carry what Google requires; responses are walked the way Google sends them."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os

import pytest
from PIL import Image

from nbp_desktop.core.catalog import actual_cost, estimate_cost, model_info, output_dimensions
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.reference_images import INLINE_LIMIT_BYTES, load_reference, prepare_reference
from nbp_desktop.core.generation.request import GenerationRequest, Part, Turn, from_openai_messages
from nbp_desktop.core.google import gemini_wire, json_blobs, openai_wire
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.image_client import ImageClient
from nbp_desktop.core.google.transport import make_http_client


def png_bytes(size=(64, 48), colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def jpeg_bytes(size=(64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def body_of(request: GenerationRequest, vertex: bool = False) -> dict:
    return json.loads(gemini_wire.build_body(request, vertex=vertex))


def test_every_content_has_a_role_and_system_text_goes_to_system_instruction():
    history = (Turn("user", (Part(text="a cat"),)),
               Turn("model", (Part(image=png_bytes(), mime="image/png", thought_signature="sig=="),)))
    body = body_of(GenerationRequest("make it blue", system_text="You are a product photographer.",
                                     history=history))
    assert [c["role"] for c in body["contents"]] == ["user", "model", "user"]
    assert body["systemInstruction"] == {"parts": [{"text": "You are a product photographer."}]}
    assert body["contents"][1]["parts"][0]["thoughtSignature"] == "sig=="
    assert base64.b64decode(body["contents"][1]["parts"][0]["inlineData"]["data"]) == png_bytes()


def test_openai_style_history_is_mapped_to_gemini_roles():
    system, turns = from_openai_messages([
        {"role": "system", "content": "Be concise."},
        {"role": "user", "content": "a cat"},
        {"role": "assistant", "content": [{"type": "text", "text": "Here it is."}]},
        {"role": "user", "content": "now blue"},
    ])
    assert system == "Be concise."
    assert [t.role for t in turns] == ["user", "model", "user"]
    body = body_of(GenerationRequest("now blue", system_text=system, history=turns[:2]))
    assert all(c["role"] in ("user", "model") for c in body["contents"])


def test_generation_config_fields():
    body = body_of(GenerationRequest("x", aspect_ratio="16:9", size="4K", seed=7, temperature=0.5,
                                     grounding=True, references=(prepare_reference(png_bytes()),)))
    config = body["generationConfig"]
    assert config["responseModalities"] == ["TEXT", "IMAGE"]
    assert config["imageConfig"] == {"aspectRatio": "16:9", "imageSize": "4K"}
    assert config["seed"] == 7 and config["temperature"] == 0.5
    assert body["tools"] == [{"googleSearch": {}}]
    assert body["contents"][0]["parts"][1]["inlineData"]["mimeType"] == "image/png"
    assert "thinkingConfig" not in config


def test_thinking_level_refused_for_nano_banana_pro_and_sent_for_models_that_take_it():
    with pytest.raises(NbpError) as caught:
        body_of(GenerationRequest("x", thinking_level="high"))
    assert caught.value.kind == ErrorKind.INVALID_SETTING
    assert "does not take a thinking level" in caught.value.message
    body = body_of(GenerationRequest("x", model="gemini-nano-banana-2.1", thinking_level="high"))
    assert body["generationConfig"]["thinkingConfig"] == {"thinkingLevel": "high"}


def test_image_output_options_only_on_vertex():
    request = GenerationRequest("x", output_mime="image/jpeg", output_quality=90)
    # AI Studio has no output format: refused before sending, in words (the SDK raises too).
    with pytest.raises(NbpError, match="AI Studio cannot choose the output format") as caught:
        body_of(request, vertex=False)
    assert caught.value.kind is ErrorKind.INVALID_SETTING
    assert body_of(request, vertex=True)["generationConfig"]["imageConfig"]["imageOutputOptions"] == \
        {"mimeType": "image/jpeg", "compressionQuality": 90}


def test_catalog_limits_are_enforced():
    with pytest.raises(NbpError, match="does not make 1:4 images"):
        body_of(GenerationRequest("x", aspect_ratio="1:4"))
    with pytest.raises(NbpError, match="at most 3 reference images"):
        ref = prepare_reference(png_bytes())
        body_of(GenerationRequest("x", model="gemini-2.5-flash-image", references=(ref,) * 4))
    # 1K-only models must not receive imageSize at all.
    config = body_of(GenerationRequest("x", model="gemini-2.5-flash-image"))["generationConfig"]
    assert "imageSize" not in config.get("imageConfig", {})
    # An unknown (newer) model id is still usable, treated like the default model.
    assert model_info("gemini-9-image").sizes == ("1K", "2K", "4K")


def test_catalog_dimensions_and_costs():
    assert output_dimensions("16:9", "1K") == (1376, 768)
    assert output_dimensions("16:9", "4K") == (5504, 3072)
    assert output_dimensions("21:9", "4K") == (6336, 2688)
    assert estimate_cost("gemini-3-pro-image", "4K", count=2, reference_images=1) == pytest.approx(2 * (0.24 + 0.0011))
    usage = {"promptTokenCount": 1000, "candidatesTokenCount": 1466, "thoughtsTokenCount": 300,
             "candidatesTokensDetails": [{"modality": "IMAGE", "tokenCount": 1120}]}
    # IMAGE tokens at $120/M, the other 346 output + 300 thinking at $12/M, input at $2/M.
    assert actual_cost("gemini-3-pro-image", usage) == pytest.approx((1000 * 2 + 1120 * 120 + 646 * 12) / 1e6)


def gemini_answer(parts, finish="STOP") -> bytes:
    return json.dumps({"candidates": [{"content": {"role": "model", "parts": parts},
                                       "finishReason": finish}],
                       "usageMetadata": {"promptTokenCount": 5}, "modelVersion": "m",
                       "responseId": "r1"}).encode()


def test_thought_parts_and_interim_images_are_never_results():
    final = jpeg_bytes((300, 200))
    raw = gemini_answer([
        {"text": "planning", "thought": True},
        {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(png_bytes()).decode()}, "thought": True},
        {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(final).decode()},
         "thoughtSignature": "c2ln"},
        {"text": "Done."},
    ])
    result = gemini_wire.parse_response(raw, GenerationRequest("x"))
    assert len(result.images) == 1
    image = result.images[0]
    assert image.data == final  # byte-exact
    assert image.mime == "image/jpeg" and image.declared_mime == "image/png" and image.mislabelled
    assert (image.width, image.height) == (300, 200)
    assert result.text == "Done."
    assert result.thought_count == 2
    assert result.thought_signatures == ["c2ln"]
    assert (result.response_id, result.model_version, result.finish_reason) == ("r1", "m", "STOP")


def test_big_base64_is_cut_out_and_decodes_byte_exact():
    payload = os.urandom(3 * 1024 * 1024 + 17)
    raw = json.dumps({"candidates": [{"content": {"parts": [
        {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(payload).decode()}}]}}]}).encode()
    data, blobs = json_blobs.loads(raw)
    assert len(blobs) == 1
    value = data["candidates"][0]["content"]["parts"][0]["inlineData"]["data"]
    assert hashlib.sha256(json_blobs.decode_base64_value(value, blobs)).digest() == hashlib.sha256(payload).digest()
    # And the reverse: a body with a big reference is the same JSON as json.dumps would make.
    spliced = json_blobs.dumps({"a": [json_blobs.BlobRef(payload)], "b": "ü"})
    assert json.loads(spliced) == {"a": [base64.b64encode(payload).decode()], "b": "ü"}


def test_truncated_and_non_json_bodies_are_named():
    good = gemini_answer([{"inlineData": {"mimeType": "image/png",
                                          "data": base64.b64encode(png_bytes()).decode()}}])
    with pytest.raises(NbpError) as caught:
        gemini_wire.parse_response(good[: len(good) // 2], GenerationRequest("x"))
    assert caught.value.kind == ErrorKind.TRUNCATED_BODY
    with pytest.raises(NbpError) as caught:
        gemini_wire.parse_response(b"<html><body>502 Bad Gateway</body></html>", GenerationRequest("x"))
    assert caught.value.kind == ErrorKind.NON_JSON_BODY


def test_openai_gateway_body():
    body = json.loads(openai_wire.build_body(GenerationRequest("a fox", aspect_ratio="16:9", size="2K",
                                                               system_text="Style: ink")))
    # No response_format: LiteLLM's Gemini route refuses it (images come back as b64_json anyway).
    assert body == {"model": "gemini-3-pro-image", "prompt": "Style: ink\n\na fox", "size": "2752x1536",
                    "n": 1}
    request = GenerationRequest("x", references=(prepare_reference(png_bytes()),))
    assert openai_wire.is_edit(request)
    content, content_type = openai_wire.build_edit(request)
    assert content_type.startswith("multipart/form-data; boundary=")
    assert png_bytes() in content and b'name="image[]"' in content and b'name="prompt"' in content


def test_gateway_answer_keeps_the_final_image_never_the_draft():
    draft, final = png_bytes((512, 512)), png_bytes((1024, 1024), (1, 2, 3))
    raw = json.dumps({"data": [{"b64_json": base64.b64encode(draft).decode()},
                               {"b64_json": base64.b64encode(final).decode()}]}).encode()
    result = openai_wire.parse_response(raw, GenerationRequest("x"))
    assert [image.data for image in result.images] == [final]
    assert result.thought_count == 1


def test_sampling_parameters_only_when_set_and_service_tier_as_the_sdk_sends_it():
    config = body_of(GenerationRequest("x"))["generationConfig"]
    assert not {"temperature", "topP", "topK"} & set(config)
    body = body_of(GenerationRequest("x", model="gemini-nano-banana-2.1", service_tier="flex"))
    assert body["serviceTier"] == "flex"
    assert "serviceTier" not in body_of(GenerationRequest("x", service_tier="standard"))
    with pytest.raises(NbpError, match="does not take the Flex service tier"):
        body_of(GenerationRequest("x", model="gemini-3.1-flash-lite-image", service_tier="flex"))


@pytest.mark.parametrize("kind,path", [
    ("aistudio", "/v1beta/models/gemini-3-pro-image:generateContent"),
    ("vertex-express", "/v1/publishers/google/models/gemini-3-pro-image:generateContent"),
    ("openai", "/v1/images/generations"),
])
def test_endpoint_paths(kind, path):
    assert ConnectionConfig("c", kind, base_url="http://h:1").generate_url() == "http://h:1" + path


def test_vertex_endpoints_by_location():
    config = ConnectionConfig("v", "vertex", project="p")
    assert config.location == "global"
    assert config.generate_url() == ("https://aiplatform.googleapis.com/v1/projects/p/locations/global/"
                                     "publishers/google/models/gemini-3-pro-image:generateContent")
    config.location = "us-central1"
    assert config.generate_url().startswith("https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/")


def test_oversized_reference_is_downscaled_under_the_inline_limit(tmp_path):
    # Noise does not compress: a 2600×2600 PNG of noise is ~20 MB.
    noise = Image.effect_noise((2600, 2600), 100).convert("RGB")
    path = tmp_path / "huge.png"
    noise.save(path, "PNG", compress_level=1)
    assert path.stat().st_size > INLINE_LIMIT_BYTES
    before = path.read_bytes()
    ref = load_reference(path)
    assert len(ref.data) <= INLINE_LIMIT_BYTES
    assert ref.mime == "image/jpeg"
    assert Image.open(io.BytesIO(ref.data)).size[0] > 1000
    assert path.read_bytes() == before  # the user's file is untouched


@pytest.mark.parametrize("content,name,words", [
    (b"%PDF-1.4 not an image", "brief.pdf", "the PDF is damaged or incomplete"),
    (b"PK\x03\x04 a zip", "brief.docx", "not an image file"),
    (b"", "empty.png", "not an image file"),
])
def test_unsupported_references_are_refused_with_the_file_name(tmp_path, content, name, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(NbpError) as caught:
        load_reference(path)
    assert caught.value.kind == ErrorKind.UNSUPPORTED_REFERENCE
    assert f"“{name}”" in caught.value.message and words in caught.value.message


def test_missing_reference_file(tmp_path):
    with pytest.raises(NbpError, match="does not exist"):
        load_reference(tmp_path / "gone.jpg")


async def test_jpeg_labelled_png_from_the_emulator_is_detected(emulator):
    emulator.service.mislabel_jpeg = True
    async with make_http_client() as http:
        result = await ImageClient(http).generate(
            ConnectionConfig("s", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"),
            GenerationRequest("label test"))
    image = result.images[0]
    assert image.declared_mime == "image/png" and image.mime == "image/jpeg"
    assert image.data[:2] == b"\xff\xd8"
    assert hashlib.sha256(image.data).hexdigest() == emulator.service.log()[-1]["image_sha256"][0]
    assert result.thought_count == 2  # the emulator's thought text and interim image were skipped


async def test_vertex_rejects_a_missing_role_and_the_client_never_sends_one(emulator):
    """The emulator is as strict as Vertex; our requests pass it."""
    import httpx

    info = emulator.service.create_service_account("strict")
    from nbp_desktop.core.google.auth import ServiceAccountAuth
    auth = ServiceAccountAuth(info)
    config = ConnectionConfig("v", "vertex", base_url=emulator.base_url, project="strict")
    async with httpx.AsyncClient() as http:
        bad = await http.post(config.generate_url(), headers=await auth.headers(),
                              json={"contents": [{"parts": [{"text": "no role"}]}]})
    assert bad.status_code == 400
    assert bad.json()["error"]["message"] == "Please use a valid role: user, model."
    async with make_http_client() as http:
        result = await ImageClient(http).generate(config, auth, GenerationRequest("roles ok"))
    assert result.images
