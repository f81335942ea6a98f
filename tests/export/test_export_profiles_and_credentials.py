"""The standard v2 sRGB profile in every sRGB export; exiftool's validator finds nothing to
warn about in any built-in preset; the keep-data JPEG path never leaves a broken Content
Credentials manifest (checked with c2pa-python); Google's XMP is merged, not replaced."""

from __future__ import annotations

import datetime
import io
import json
import shutil
import subprocess
from pathlib import Path

import c2pa
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image, ImageCms

from nbp_desktop.core.export.exporter import (ExportSource, export_image, has_content_credentials,
                                              jpeg_xmp, keeps_jpeg_data, srgb_profile_path)
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS, ExportPreset
from tests.export.test_export import make_source

PRESETS = {p.name: p for p in BUILT_IN_PRESETS}


def _profile(path: Path) -> bytes:
    with Image.open(path) as img:
        return img.info["icc_profile"]


SRGB = "sRGB IEC61966-2.1"


def _describe(icc: bytes) -> tuple[str, int]:
    """(the whole description, the major version)."""
    name = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc))).strip()
    return name, icc[8]  # header byte 8: the profile's major version


def test_the_shipped_profile_is_the_standard_v2_srgb():
    shipped = srgb_profile_path().read_bytes()
    assert _describe(shipped) == (SRGB, 2)
    profile = ImageCms.ImageCmsProfile(io.BytesIO(shipped))
    # ArgyllCMS's public-domain profile, only renamed (resources/icc/README.md).
    assert ImageCms.getProfileCopyright(profile).strip() == (
        "Created by Graeme W. Gill. Released into the public domain. No Warranty, Use at your own risk.")
    assert profile.profile.media_white_point[1] == pytest.approx((0.3127, 0.3290, 1.0), abs=1e-3)  # D65
    # Colorimetrically sRGB: every colour maps onto itself against LittleCMS's own sRGB.
    colours = Image.frombytes("RGB", (4096, 1), bytes(range(256)) * 48)
    back = ImageCms.profileToProfile(colours, profile, ImageCms.createProfile("sRGB"),
                                     renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)
    assert back is not None and back.tobytes() == colours.tobytes()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
@pytest.mark.parametrize("preset", [PRESETS["Web JPEG"], PRESETS["Print JPEG"], PRESETS["Print TIFF"],
                                    PRESETS["PNG"],
                                    ExportPreset("16-bit TIFF", format="tiff", bit_depth=16, ppi=300)],
                         ids=lambda p: p.name)
def test_every_srgb_export_carries_srgb_iec61966_2_1_version_2(tmp_path, fmt, preset):
    source = make_source(tmp_path, fmt, size=(1376, 768))
    result = export_image(source, preset, tmp_path / "out")
    assert _describe(_profile(result.path)) == (SRGB, 2)


def test_a_chosen_custom_profile_stays_as_chosen(tmp_path):
    custom = Path("/usr/share/color/icc/ghostscript/default_rgb.icc")
    source = make_source(tmp_path, "PNG", size=(320, 200))
    preset = ExportPreset("Custom", format="png", icc="convert", profile=str(custom))
    result = export_image(source, preset, tmp_path / "out")
    assert _profile(result.path) == custom.read_bytes()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_exiftool_validate_has_no_warnings_on_any_built_in_preset(tmp_path, fmt):
    if shutil.which("exiftool") is None:
        pytest.fail("exiftool is missing: apt-get install libimage-exiftool-perl "
                    "(.ci/run and tests/run_tests.py install it)")
    source = make_source(tmp_path, fmt, size=(1376, 768))
    for preset in BUILT_IN_PRESETS:
        result = export_image(source, preset, tmp_path / preset.name)
        report = json.loads(subprocess.run(
            ["exiftool", "-validate", "-warning", "-a", "-G1", "-j", str(result.path)],
            capture_output=True, text=True, check=True).stdout)[0]
        warnings = {k: v for k, v in report.items() if "Warning" in k}
        assert report["ExifTool:Validate"] == "OK" and not warnings, (preset.name, report)


# ------------------------------------------------------------- Content Credentials
def _test_signer() -> c2pa.Signer:
    """A throw-away CA and signing certificate (untrusted, but a valid chain)."""
    now = datetime.datetime.now(datetime.UTC)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "nbp tests")])

    def usage(sign: bool) -> x509.KeyUsage:
        return x509.KeyUsage(digital_signature=sign, content_commitment=False, key_encipherment=False,
                             data_encipherment=False, key_agreement=False, key_cert_sign=not sign,
                             crl_sign=not sign, encipher_only=False, decipher_only=False)

    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    window = dict(not_valid_before=now - datetime.timedelta(days=1),
                  not_valid_after=now + datetime.timedelta(days=30))
    ca = (x509.CertificateBuilder(**window).subject_name(name("Test Root")).issuer_name(name("Test Root"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(usage(False), critical=True).sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder(**window).subject_name(name("Test Signer")).issuer_name(name("Test Root"))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage(True), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    chain = leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return c2pa.Signer.from_info(c2pa.C2paSignerInfo(alg=b"es256", sign_cert=chain,
                                                     private_key=private, ta_url=None))


GOOGLE_XMP = b"""<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
 xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" photoshop:Credit="Made with Google AI">
<Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"""


def _google_jpeg(tmp_path: Path, signed: bool) -> ExportSource:
    """A JPEG as Vertex sends it: XMP with Google's credit and (signed) a C2PA manifest."""
    source = make_source(tmp_path, "JPEG", size=(1376, 768), quality=90)
    with Image.open(source.path) as img:
        out = io.BytesIO()
        img.save(out, "JPEG", quality=90, xmp=GOOGLE_XMP)
    data = out.getvalue()
    if signed:
        manifest = {"claim_generator_info": [{"name": "Google (test stand-in)", "version": "1"}],
                    "title": "image.jpg",
                    "assertions": [{"label": "c2pa.actions", "data": {"actions": [{
                        "action": "c2pa.created", "digitalSourceType":
                        "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}]}}]}
        signed_out = io.BytesIO()
        with c2pa.Builder(json.dumps(manifest)) as builder:
            builder.sign(_test_signer(), "image/jpeg", io.BytesIO(data), signed_out)
        data = signed_out.getvalue()
    source.path.write_bytes(data)
    return source


def _c2pa_report(path: Path) -> dict:
    with c2pa.Reader("image/jpeg", io.BytesIO(path.read_bytes())) as reader:
        return json.loads(reader.json())


def _failure_codes(report: dict) -> set[str]:
    # An untrusted test certificate is expected; anything else is a broken manifest.
    return {s["code"] for s in report.get("validation_status", [])} - {"signingCredential.untrusted"}


def test_keep_data_export_without_added_metadata_keeps_googles_manifest_valid(tmp_path):
    source = _google_jpeg(tmp_path, signed=True)
    assert _failure_codes(_c2pa_report(source.path)) == set()  # the stand-in is valid
    preset = ExportPreset("Print JPEG, no metadata", format="jpeg", quality=95, ppi=300,
                          metadata="strip")
    assert keeps_jpeg_data(source, preset)
    result = export_image(source, preset, tmp_path / "out")
    assert result.path.read_bytes() == source.path.read_bytes()
    report = _c2pa_report(result.path)
    assert report["validation_state"] != "Invalid" and _failure_codes(report) == set()
    assert "Content Credentials intact" in result.note


def test_keep_data_export_with_metadata_removes_the_manifest_and_says_so(tmp_path):
    source = _google_jpeg(tmp_path, signed=True)
    result = export_image(source, PRESETS["Print JPEG"], tmp_path / "out")
    assert not result.reencoded
    data = result.path.read_bytes()
    assert not has_content_credentials(data)
    with pytest.raises(c2pa.C2paError):  # no manifest at all, so never a "tampered" one
        _c2pa_report(result.path)
    assert "Content Credentials were removed" in result.note
    with Image.open(result.path) as img:
        assert img.info["dpi"] == (300, 300)


@pytest.mark.parametrize("preset_name", ["Print JPEG", "Web JPEG"])
def test_googles_xmp_credit_is_merged_not_replaced(tmp_path, preset_name):
    source = _google_jpeg(tmp_path, signed=False)
    result = export_image(source, PRESETS[preset_name], tmp_path / "out")
    xmp = jpeg_xmp(result.path.read_bytes()).decode("utf-8")
    assert 'photoshop:Credit="Made with Google AI"' in xmp  # Google's
    assert "A teapot &lt;on&gt;" in xmp and "nbp:imageId" in xmp  # ours
    assert xmp.count("DigitalSourceType>") == 2  # one property (open and close tag), not two


@pytest.mark.parametrize("preset_name", ["Print JPEG", "Web JPEG"])
def test_googles_iptc_credit_is_kept(tmp_path, preset_name):
    if shutil.which("exiftool") is None:
        pytest.fail("exiftool is missing: apt-get install libimage-exiftool-perl")
    source = _google_jpeg(tmp_path, signed=False)
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-IPTC:Credit=Made with Google AI",
                    str(source.path)], check=True)
    result = export_image(source, PRESETS[preset_name], tmp_path / "out")
    tags = json.loads(subprocess.run(["exiftool", "-j", "-G1", "-IPTC:Credit", "-XMP-photoshop:Credit",
                                      "-validate", "-warning", str(result.path)],
                                     capture_output=True, text=True, check=True).stdout)[0]
    assert tags["IPTC:Credit"] == "Made with Google AI"  # the IPTC block
    assert tags["XMP-photoshop:Credit"] == "Made with Google AI"  # and the XMP, merged
    assert tags["ExifTool:Validate"] == "OK", tags


@pytest.mark.parametrize("preset_name", ["Print JPEG", "Web JPEG"])
def test_strip_leaves_out_googles_iptc_block_too(tmp_path, preset_name):
    if shutil.which("exiftool") is None:
        pytest.fail("exiftool is missing: apt-get install libimage-exiftool-perl")
    source = _google_jpeg(tmp_path, signed=False)
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-IPTC:Credit=Made with Google AI",
                    str(source.path)], check=True)
    preset = ExportPreset.from_json({**PRESETS[preset_name].to_json(), "content_credentials": "strip"})
    result = export_image(source, preset, tmp_path / "out")
    data = result.path.read_bytes()
    assert b"Photoshop 3.0" not in data and b"Made with Google AI" not in data
    tags = json.loads(subprocess.run(["exiftool", "-j", "-G1", "-IPTC:all", "-validate", "-warning",
                                      str(result.path)], capture_output=True, text=True, check=True).stdout)[0]
    assert not [tag for tag in tags if tag.startswith("IPTC:")]
    assert tags["ExifTool:Validate"] == "OK", tags


def test_googles_xmp_in_a_png_is_merged_too(tmp_path):
    from PIL.PngImagePlugin import PngInfo

    source = make_source(tmp_path, "PNG", size=(320, 200))
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", GOOGLE_XMP.decode("utf-8"))
    with Image.open(source.path) as img:
        img.save(source.path, "PNG", pnginfo=info)
    result = export_image(source, PRESETS["PNG"], tmp_path / "out")
    with Image.open(result.path) as img:
        xmp = img.info["XML:com.adobe.xmp"]
    assert 'photoshop:Credit="Made with Google AI"' in xmp and "nbp:imageId" in xmp
