"""Content Credentials through every export, read back with c2pa-python: our manifest with
Google's as its parent ingredient where the file changed, the Original untouched, strip really
strips; and the bad inputs: damaged manifests, pictures changed after signing, unusable
certificates."""

from __future__ import annotations

import datetime
import io
import json
import secrets
from pathlib import Path

import c2pa
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from PIL import Image

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.connections.secrets import SecretStore
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.export.exporter import ExportSource, export_image
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS, ExportPreset
from nbp_desktop.core.provenance.content_credentials import (DAMAGED, NONE, PRESENT, facts,
                                                             read_credentials, read_manifest_store)
from nbp_desktop.core.provenance import parent_ingredient
from nbp_desktop.core.provenance.export_credentials import ExportSigning, SigningUnavailable
from nbp_desktop.core.provenance.parent_ingredient import IngredientCache
from nbp_desktop.core.provenance.signing import (INSTALLATION_KEY, USER_CERTIFICATE_PASSWORD,
                                                 current_identity, installation_identity,
                                                 issue_certificate, load_user_identity,
                                                 make_installation_identity)
from nbp_desktop.emulator import images

PRESETS = {p.name: p for p in BUILT_IN_PRESETS}
CMYK_PROFILE = Path("/usr/share/color/icc/ghostscript/default_cmyk.icc")
OURS = make_installation_identity()


def library_image(tmp_path: Path, fmt: str = "JPEG", size: tuple[int, int] = (2752, 1536),
                  data_dir: Path | None = None) -> ExportSource:
    """An image as the emulator sends it: a JPEG with Google's C2PA manifest, or a Vertex PNG.
    ``data_dir``: the library it is in (its parent ingredients, read once, are used)."""
    data = images.render(size[0], size[1], f"teapot-{fmt}", fmt)
    path = tmp_path / f"img-1.{'jpg' if fmt == 'JPEG' else 'png'}"
    path.write_bytes(data)
    path.with_suffix(".json").write_text(json.dumps({
        "request": {"prompt": "a teapot", "model": "gemini-3-pro-image", "size": "1K"},
        "connection": {"kind": "aistudio", "model": "gemini-3-pro-image"},
        "created": "2026-11-21T10:00:00+00:00"}))
    return ExportSource.from_library(path, "img-1", "image/jpeg" if fmt == "JPEG" else "image/png",
                                     size[0], size[1], data_dir=data_dir)


def source_xmp(data: bytes) -> bytes | None:
    """The XMP packet of a JPEG, PNG or TIFF file, as Pillow finds it."""
    with Image.open(io.BytesIO(data)) as img:
        packet = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp")
        if packet is None and hasattr(img, "tag_v2"):
            packet = img.tag_v2.get(700)
    return packet.encode("utf-8") if isinstance(packet, str) else (bytes(packet) if packet else None)


def store_of(path: Path, trust_ours: bool = True) -> dict:
    data = path.read_bytes()
    mime = {".jpg": "image/jpeg", ".png": "image/png", ".tif": "image/tiff"}[path.suffix]
    store = read_manifest_store(data, mime, OURS.root_pem if trust_ours else None)
    assert store is not None, f"{path.name} has no Content Credentials"
    return store


def actions_of(manifest: dict) -> list[str]:
    return [a["action"] for s in manifest["assertions"] if s["label"].startswith("c2pa.actions")
            for a in s["data"]["actions"]]


EXPECTED = {  # preset -> actions beyond c2pa.opened and c2pa.edited.metadata
    "Web JPEG": ["c2pa.resized", "c2pa.transcoded"],
    "Print JPEG": [],  # Google's JPEG data kept: only the metadata changed
    "Print TIFF": ["c2pa.converted"],
    "PNG": ["c2pa.converted"],
}


@pytest.mark.parametrize("read_once", [False, True], ids=["file", "library-read-once"])
@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_changing_preset_adds_our_manifest_over_googles(tmp_path, monkeypatch, name, read_once):
    source = library_image(tmp_path, data_dir=tmp_path if read_once else None)
    if read_once:
        # The library reads the credentials once; Google's manifest is kept as the ingredient...
        IngredientCache.of_library(tmp_path).prepare(source.image_id, source.path, source.path.read_bytes(),
                                                      source.mime)
        (archive,) = (tmp_path / "ingredients").glob("img-1-*.c2pa")
        assert archive.stat().st_size < 64 * 1024
        # ...and the export adds it from there: a stand-in original proves it is not read again.
        data = source.path.read_bytes()
        monkeypatch.setattr(parent_ingredient, "archive_ingredient", _must_not_read)
        result = export_image(source, PRESETS[name], tmp_path / "out", signing=ExportSigning(lambda: OURS))
        assert source.path.read_bytes() == data
    else:
        result = export_image(source, PRESETS[name], tmp_path / "out", signing=ExportSigning(lambda: OURS))
    store = store_of(result.path)
    assert len(store["manifests"]) == 2
    ours = store["manifests"][store["active_manifest"]]
    assert ours["claim_generator_info"][0]["name"] == APP_NAME
    assert ours["signature_info"]["issuer"] == OURS.signer_name
    actions = actions_of(ours)
    assert actions == ["c2pa.opened", *EXPECTED[name], "c2pa.edited.metadata"]
    first = next(a for s in ours["assertions"] if s["label"].startswith("c2pa.actions")
                 for a in s["data"]["actions"])
    assert first["softwareAgent"] == {"name": APP_NAME, "version": __version__}
    # Our signature checks out against our own certificate...
    assert store["_validation_state"] == "Trusted"
    assert store.get("validation_status", []) == []
    # ...and Google's manifest is there, intact, as the parent ingredient.
    (ingredient,) = ours["ingredients"]
    assert ingredient["relationship"] == "parentOf"
    google = store["manifests"][ingredient["active_manifest"]]
    assert google["claim_generator_info"][0]["name"] == images.GOOGLE_CLAIM_GENERATOR
    assert google["signature_info"]["issuer"] == "Google LLC"
    assert actions_of(google) == ["c2pa.created"]
    checks = ingredient["validation_results"]["activeManifest"]
    assert {"claimSignature.validated", "assertion.dataHash.match"} <= {c["code"] for c in checks["success"]}
    assert [c["code"] for c in checks["failure"]] == ["signingCredential.untrusted"]
    # What the preview says about the export.
    credentials = read_credentials(result.path)
    assert credentials.state == PRESENT and credentials.manifests == 2
    assert credentials.ingredients == ("original.jpg (signed by Google LLC)",)


def _must_not_read(original: bytes, original_mime: str) -> bytes:
    raise AssertionError("the export read the original's manifest again")


def test_the_library_read_keeps_the_ingredient_and_a_replaced_file_is_read_afresh(tmp_path):
    source = library_image(tmp_path, data_dir=tmp_path)
    cache = IngredientCache.of_library(tmp_path)
    cache.prepare(source.image_id, source.path, source.path.read_bytes(), source.mime)
    (first,) = cache.folder.glob("img-1-*.c2pa")
    source.path.write_bytes(images.render(2752, 1536, "teapot-other", "JPEG"))  # another file, same id
    export_image(source, PRESETS["Web JPEG"], tmp_path / "out", signing=ExportSigning(lambda: OURS))
    (second,) = cache.folder.glob("img-1-*.c2pa")
    assert second.name != first.name


def test_a_16_bit_tiff_gets_our_manifest_too(tmp_path):
    preset = ExportPreset("16-bit TIFF", format="tiff", bit_depth=16, ppi=300)
    result = export_image(library_image(tmp_path), preset, tmp_path / "out", signing=ExportSigning(lambda: OURS))
    store = store_of(result.path)
    assert len(store["manifests"]) == 2 and store["_validation_state"] == "Trusted"
    with Image.open(result.path) as img:  # still a TIFF that readers open, at full size
        assert img.format == "TIFF" and img.size == (2752, 1536)


def test_cmyk_conversion_is_a_colour_adjustment(tmp_path):
    if not CMYK_PROFILE.exists():
        pytest.skip("no CMYK profile on this system")
    preset = ExportPreset("CMYK", format="tiff", icc="convert", profile=str(CMYK_PROFILE), resize="long_edge",
                          long_edge=1000)
    result = export_image(library_image(tmp_path), preset, tmp_path / "out", signing=ExportSigning(lambda: OURS))
    store = store_of(result.path)
    assert actions_of(store["manifests"][store["active_manifest"]]) == [
        "c2pa.opened", "c2pa.resized", "c2pa.color_adjustments", "c2pa.converted", "c2pa.edited.metadata"]
    assert store["_validation_state"] == "Trusted"
    assert Image.open(result.path).mode == "CMYK"


def test_original_is_a_byte_copy_with_googles_manifest_only(tmp_path):
    source = library_image(tmp_path)
    result = export_image(source, PRESETS["Original"], tmp_path / "out", signing=ExportSigning(lambda: OURS))
    assert result.path.read_bytes() == source.path.read_bytes()
    credentials = read_credentials(result.path)
    assert credentials.manifests == 1 and credentials.signer == "Google LLC"


@pytest.mark.parametrize("name", list(EXPECTED))
def test_strip_really_strips(tmp_path, name):
    source = library_image(tmp_path)
    preset = ExportPreset.from_json({**PRESETS[name].to_json(), "content_credentials": "strip"})
    result = export_image(source, preset, tmp_path / "out", signing=ExportSigning(lambda: OURS))
    data = result.path.read_bytes()
    assert b"jumb" not in data and b"c2pa" not in data and b"caBX" not in data
    assert read_credentials(result.path).state == NONE
    xmp = source_xmp(data) or b""
    assert b"DigitalSourceType" not in xmp and b"Credit" not in xmp
    assert b"a teapot" in xmp  # the prompt stays: only provenance is stripped


def test_vertex_xmp_is_merged_into_ours(tmp_path):
    source = library_image(tmp_path, "PNG")
    result = export_image(source, PRESETS["Web JPEG"], tmp_path / "out", signing=ExportSigning(lambda: OURS))
    xmp = source_xmp(result.path.read_bytes())
    assert b"Made with Google AI" in xmp  # Google's Credit line carried over
    assert b"DigitalSourceFileType" in xmp
    assert b"a teapot" in xmp and b"gemini-3-pro-image" in xmp  # ours kept
    assert xmp.count(b"<Iptc4xmpExt:DigitalSourceType") == 1  # merged, not written twice
    # A PNG without a manifest still gets ours, with the original as a plain ingredient.
    store = store_of(result.path)
    assert len(store["manifests"]) == 1 and store["_validation_state"] == "Trusted"


def test_emulator_pngs_look_like_vertex_and_jpegs_like_ai_studio():
    png = images.render(512, 512, "x", "PNG", unique="a")
    assert b"Made with Google AI" in source_xmp(png)
    jpeg = read_credentials(data=images.render(512, 512, "x", "JPEG"))
    assert jpeg.state == PRESENT and jpeg.signer == "Google LLC"
    assert jpeg.actions == ("c2pa.created",) and jpeg.source_type == "trainedAlgorithmicMedia"
    assert jpeg.claim_generator.startswith("Google C2PA Core Generator Library")
    assert jpeg.summary == "Signed by Google LLC; the certificate is not on this computer's trust list."
    assert ("Source type", "made by a generative AI model") in facts(jpeg)


# ------------------------------------------------------------------ bad inputs
def corrupt_manifest(data: bytes) -> bytes:
    at = data.index(b"jumb")
    damaged = bytearray(data)
    for i in range(at + 40, at + 400):
        damaged[i] ^= 0x5A
    return bytes(damaged)


def test_a_corrupt_manifest_is_damaged_and_still_exports(tmp_path):
    source = library_image(tmp_path)
    source.path.write_bytes(corrupt_manifest(source.path.read_bytes()))
    credentials = read_credentials(source.path)
    assert credentials.state == DAMAGED
    assert credentials.summary.startswith("Damaged Content Credentials")
    assert facts(credentials) == [("Content Credentials", "damaged Content Credentials (cannot be read)")]
    for name in ("Web JPEG", "Print JPEG", "PNG"):
        result = export_image(source, PRESETS[name], tmp_path / name, signing=ExportSigning(lambda: OURS))
        assert Image.open(result.path).size[0] > 0
        # Ours is signed and valid; the damaged manifest could not be carried as an ingredient.
        exported = read_credentials(result.path, trust_anchors_pem=OURS.root_pem)
        assert exported.state == PRESENT and exported.trust == "trusted"
        assert exported.manifests == 1 and exported.ingredients == ()


def test_a_picture_changed_after_signing_is_named(tmp_path):
    data = images.render(512, 512, "x", "JPEG")
    end = data.rindex(b"\xff\xd9")
    changed = data[:end - 200] + bytes(b ^ 0xFF for b in data[end - 200:end - 100]) + data[end - 100:]
    credentials = read_credentials(data=changed)
    assert credentials.state == PRESENT and credentials.trust == "invalid"
    assert credentials.summary == ("Signed by Google LLC, but the picture was changed after signing: "
                                   "the signature no longer matches the pixels.")


def test_a_file_without_credentials(tmp_path):
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG")
    assert read_credentials(data=out.getvalue()).summary == "No Content Credentials."
    assert read_credentials(tmp_path / "missing.jpg").state == NONE


def _user_files(tmp_path: Path, *, expired: bool = False, signing: bool = True) -> tuple[Path, Path, bytes]:
    """A CA-issued certificate as PEM (chain + key) and as PKCS#12 (password "sesame")."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Studio CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now - datetime.timedelta(days=900))
          .not_valid_after(now + datetime.timedelta(days=900))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    start = now - datetime.timedelta(days=800 if expired else 1)
    end = now - datetime.timedelta(days=10) if expired else now + datetime.timedelta(days=365)
    leaf = issue_certificate(ca, ca_key, key, "Studio Nord", "Studio Nord signing", start, end, signing=signing)
    pem = tmp_path / "studio.pem"
    pem.write_bytes(leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
                    + key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.BestAvailableEncryption(b"sesame")))
    p12 = tmp_path / "studio.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"studio", key, leaf, [ca], serialization.BestAvailableEncryption(b"sesame")))
    return pem, p12, ca.public_bytes(serialization.Encoding.PEM)


@pytest.mark.parametrize("kind", ["pem", "p12"])
def test_a_users_certificate_signs_exports(tmp_path, kind):
    pem, p12, root = _user_files(tmp_path)
    identity = load_user_identity(pem if kind == "pem" else p12, "sesame")
    assert identity.signer_name == "Studio Nord"
    result = export_image(library_image(tmp_path), PRESETS["Web JPEG"], tmp_path / "out",
                          signing=ExportSigning(lambda: identity))
    store = read_manifest_store(result.path.read_bytes(), "image/jpeg", root)
    assert store["_validation_state"] == "Trusted"
    assert store["manifests"][store["active_manifest"]]["signature_info"]["issuer"] == "Studio Nord"


@pytest.mark.parametrize("kind", ["pem", "p12"])
def test_a_wrong_password_is_named(tmp_path, kind):
    pem, p12, _ = _user_files(tmp_path)
    path = pem if kind == "pem" else p12
    with pytest.raises(NbpError) as caught:
        load_user_identity(path, "open sesame")
    assert caught.value.message == f"The password for {path.name} is wrong."


def test_an_expired_certificate_is_named(tmp_path):
    pem, _, _ = _user_files(tmp_path, expired=True)
    with pytest.raises(NbpError) as caught:
        load_user_identity(pem, "sesame")
    expected = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=10)).strftime("%Y-%m-%d")
    assert caught.value.message == f"The certificate “Studio Nord” in studio.pem expired on {expected}."


def test_a_certificate_that_cannot_sign_is_named(tmp_path):
    _, p12, _ = _user_files(tmp_path, signing=False)
    with pytest.raises(NbpError) as caught:
        load_user_identity(p12, "sesame")
    assert caught.value.message.startswith("The certificate “Studio Nord” in studio.p12 is not a signing certificate")


def test_an_unusable_certificate_stops_the_export_until_the_user_agrees(tmp_path, os_keyring):
    pem, _, _ = _user_files(tmp_path, expired=True)
    store = SecretStore(f"test-{secrets.token_hex(4)}")
    store.set(USER_CERTIFICATE_PASSWORD, "sesame")
    source = library_image(tmp_path)
    signing = ExportSigning(lambda: current_identity(store, str(pem)))
    try:
        with pytest.raises(SigningUnavailable) as caught:
            export_image(source, PRESETS["Web JPEG"], tmp_path / "out", signing=signing)
    finally:
        store.delete(USER_CERTIFICATE_PASSWORD)
    assert "expired" in caught.value.message
    assert not list((tmp_path / "out").glob("*.jpg"))
    # The user agreed to go on without a new manifest.
    result = export_image(source, PRESETS["Web JPEG"], tmp_path / "out", signing=ExportSigning.unsigned())
    assert read_credentials(result.path).state == NONE
    assert "no new Content Credentials" in result.note


def test_installation_identity_is_made_once_and_kept_in_the_keychain(os_keyring):
    store = SecretStore(f"test-{secrets.token_hex(4)}")
    try:
        first = installation_identity(store)
        assert installation_identity(store) == first
        assert store.get(INSTALLATION_KEY) == first.key_pem.decode()
        assert first.algorithm == "es256"
        store.set(USER_CERTIFICATE_PASSWORD, "unused")
        assert current_identity(store, "").origin == "installation"
    finally:
        for name in ("content-credentials/installation-chain", INSTALLATION_KEY, USER_CERTIFICATE_PASSWORD):
            store.delete(name)


def test_emulator_jpegs_signed_once_per_cached_render():
    first = images.encoded(1024, 1024, "same", "JPEG")
    second = images.encoded(1024, 1024, "same", "JPEG", unique="other")
    assert first is second  # one signing for every answer of this render
    assert c2pa.Reader("image/jpeg", io.BytesIO(images.render(1024, 1024, "same", "JPEG"))).get_validation_state() in (
        "Valid", "Trusted")
