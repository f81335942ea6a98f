"""Every exported file read back with Pillow: format, size, ppi, colour profile, metadata,
JPEG quality and subsampling; and no silent second compression."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageCms, ImageStat, JpegImagePlugin

from nbp_desktop.core.export.exporter import (ExportSource, estimate_jpeg_quality, export_image,
                                              keeps_jpeg_data)
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS, ExportPreset, preset_named
from nbp_desktop.core.export.xmp import TRAINED_ALGORITHMIC_MEDIA

CMYK_PROFILE = Path("/usr/share/color/icc/ghostscript/default_cmyk.icc")
PRESETS = {p.name: p for p in BUILT_IN_PRESETS}


def make_source(tmp_path: Path, fmt: str = "PNG", size=(2752, 1536), quality: int = 90) -> ExportSource:
    # A photo-like picture: smooth gradient plus grain, so JPEG errors are measurable.
    base = Image.linear_gradient("L").resize(size)
    img = Image.blend(Image.merge("RGB", [base, base.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
                                          base.rotate(180)]),
                      Image.effect_noise(size, 30).convert("RGB"), 0.15)
    path = tmp_path / f"src.{'png' if fmt == 'PNG' else 'jpg'}"
    img.save(path, fmt, **({"quality": quality} if fmt == "JPEG" else {}))
    path.with_suffix(".json").write_text(json.dumps({
        "request": {"prompt": "A teapot <on> \"linen\" & light", "model": "gemini-3-pro-image",
                    "seed": 1234, "size": "2K"},
        "connection": {"kind": "vertex", "model": "gemini-3-pro-image"},
        "created": "2026-11-21T10:00:00+00:00"}))
    return ExportSource.from_library(path, "img-1", "image/png" if fmt == "PNG" else "image/jpeg",
                                     size[0], size[1])


def xmp_of(path: Path) -> ET.Element | None:
    img = Image.open(path)
    raw = (img.info.get("xmp") or img.info.get("XML:com.adobe.xmp")
           or (img.tag_v2.get(700) if hasattr(img, "tag_v2") else None))
    if raw is None:
        return None
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    return ET.fromstring(text[text.index("<x:xmpmeta"):text.rindex("</x:xmpmeta>") + 12])


def profile_name(icc: bytes) -> str:
    return ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc))).strip()


@pytest.mark.parametrize("name,fmt,ppi,long_edge", [
    ("Web JPEG", "JPEG", 72, 2048),
    ("Print JPEG", "JPEG", 300, 2752),
    ("Print TIFF", "TIFF", 300, 2752),
    ("PNG", "PNG", 72, 2752),
])
def test_presets_read_back(tmp_path, name, fmt, ppi, long_edge):
    source = make_source(tmp_path)
    result = export_image(source, PRESETS[name], tmp_path / "out")
    img = Image.open(result.path)
    assert img.format == fmt
    assert max(img.size) == long_edge and img.size[0] / img.size[1] == pytest.approx(2752 / 1536, rel=0.01)
    assert img.info["dpi"][0] == pytest.approx(ppi, abs=0.05)
    assert profile_name(img.info["icc_profile"]).startswith("sRGB")
    xmp = xmp_of(result.path)
    assert xmp is not None
    text = ET.tostring(xmp, encoding="unicode")
    assert TRAINED_ALGORITHMIC_MEDIA in text
    assert "A teapot &lt;on&gt; \"linen\" &amp; light" in text and "gemini-3-pro-image" in text
    assert ">1234<" in text and ">vertex<" in text
    if fmt == "JPEG":
        preset = PRESETS[name]
        assert estimate_jpeg_quality(result.path) == preset.quality
        assert JpegImagePlugin.get_sampling(img) == {"4:4:4": 0, "4:2:0": 2}[preset.subsampling]


def test_srgb_jpeg_pixels_match_the_source(tmp_path):
    source = make_source(tmp_path)
    result = export_image(source, PRESETS["Print JPEG"], tmp_path / "out")
    original = Image.open(source.path).convert("RGB")
    exported = Image.open(result.path).convert("RGB")
    diff = ImageStat.Stat(ImageChops.difference(original, exported)).mean
    assert max(diff) < 2.5, diff  # JPEG q95 4:4:4 tolerance


@pytest.mark.skipif(not CMYK_PROFILE.exists(), reason="needs Debian's libgs-common CMYK profile")
@pytest.mark.parametrize("fmt", ["tiff", "jpeg"])
def test_cmyk_export_uses_the_given_profile(tmp_path, fmt):
    source = make_source(tmp_path, size=(800, 600))
    preset = ExportPreset("Press", format=fmt, icc="convert", profile=str(CMYK_PROFILE),
                          intent="perceptual", ppi=300, quality=95)
    result = export_image(source, preset, tmp_path / "out")
    img = Image.open(result.path)
    assert img.mode == "CMYK"
    assert img.info["icc_profile"] == CMYK_PROFILE.read_bytes()
    # Converting back through the same profile gives colours near the source.
    back = ImageCms.profileToProfile(img, ImageCms.ImageCmsProfile(io.BytesIO(img.info["icc_profile"])),
                                     ImageCms.createProfile("sRGB"), outputMode="RGB")
    diff = ImageStat.Stat(ImageChops.difference(back, Image.open(source.path).convert("RGB"))).mean
    assert max(diff) < 20, diff


def test_png_cannot_be_cmyk(tmp_path):
    source = make_source(tmp_path, size=(100, 80))
    preset = ExportPreset("x", format="png", icc="convert", profile=str(CMYK_PROFILE))
    if not CMYK_PROFILE.exists():
        pytest.skip("needs the CMYK profile")
    with pytest.raises(Exception, match="PNG cannot hold CMYK"):
        export_image(source, preset, tmp_path / "out")


def test_no_silent_second_compression(tmp_path):
    source = make_source(tmp_path, fmt="JPEG", quality=90)
    scan = lambda data: data[data.index(b"\xff\xda"):]  # noqa: E731 - from Start Of Scan on
    original = source.path.read_bytes()
    kept = export_image(source, PRESETS["Print JPEG"], tmp_path / "out")  # q95 >= source q90
    assert not kept.reencoded and "no second compression" in kept.note
    assert scan(kept.path.read_bytes()) == scan(original)
    img = Image.open(kept.path)
    assert img.info["dpi"] == (300, 300) and xmp_of(kept.path) is not None and img.info.get("icc_profile")
    forced = export_image(source, PRESETS["Print JPEG"], tmp_path / "out", force_reencode=True)
    assert forced.reencoded and scan(forced.path.read_bytes()) != scan(original)
    smaller = ExportPreset("Small", format="jpeg", quality=70)
    assert not keeps_jpeg_data(source, smaller)  # a lower quality is a real re-encode (warned in the UI)


def test_original_is_byte_exact_and_strip_removes_metadata(tmp_path):
    source = make_source(tmp_path, size=(300, 200))
    original = export_image(source, PRESETS["Original"], tmp_path / "out")
    assert original.path.read_bytes() == source.path.read_bytes()
    stripped = export_image(source, ExportPreset("Bare", format="jpeg", metadata="strip"), tmp_path / "out")
    assert xmp_of(stripped.path) is None


def test_paper_size_and_effective_ppi(tmp_path):
    a4 = ExportPreset("A4", format="jpeg", resize="paper", paper="A4", ppi=300)
    assert a4.target_long_edge(5504, 3072) == 3508  # 297 mm at 300 ppi
    assert a4.target_long_edge(2752, 1536) == 2752  # never enlarged ...
    assert a4.effective_ppi(2752, 1536) == pytest.approx(235.4, abs=0.1)  # ... so the ppi says so
    source = make_source(tmp_path, size=(4000, 2232))
    result = export_image(source, a4, tmp_path / "out")
    assert max(Image.open(result.path).size) == 3508


def test_sixteen_bit_tiff(tmp_path):
    source = make_source(tmp_path, size=(320, 200))
    result = export_image(source, ExportPreset("T16", format="tiff", bit_depth=16, ppi=300), tmp_path / "out")
    img = Image.open(result.path)
    assert img.tag_v2[258] == (16, 16, 16) and img.tag_v2[259] == 8  # 16 bits, Deflate
    assert img.info["dpi"] == (300, 300) and profile_name(img.info["icc_profile"]).startswith("sRGB")
    assert xmp_of(result.path) is not None


def test_file_names_are_safe_and_unique(tmp_path):
    source = make_source(tmp_path, size=(60, 40))
    preset = ExportPreset("n", format="png", naming="{date}_{prompt:12}/{model}")
    first = export_image(source, preset, tmp_path / "out")
    second = export_image(source, preset, tmp_path / "out")
    assert first.path.name == "2026-11-21_A teapot -on-gemini-3-pro-image.png"
    assert second.path.name.endswith(" (2).png")
    assert not re.search(r'[\\/:*?"<>|]', first.path.name)


def test_unknown_preset_is_named_in_words():
    with pytest.raises(Exception, match="There is no export preset “Poster”"):
        preset_named(list(BUILT_IN_PRESETS), "Poster")
