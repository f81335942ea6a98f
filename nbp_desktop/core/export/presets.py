"""Export presets: what a file handed to another app looks like. Named, editable, stored in
the settings; five built in."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from nbp_desktop.core.export import ExportText
from nbp_desktop.core.known_fields import from_known_fields
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP

FORMATS = ("original", "jpeg", "png", "tiff")
PAPER_MM = {"A3": (297, 420), "A4": (210, 297), "A5": (148, 210), "Letter": (215.9, 279.4)}


@dataclass
class ExportPreset:
    name: str
    format: str = "jpeg"  # original | jpeg | png | tiff
    quality: int = 90  # JPEG 1-100
    subsampling: str = "4:2:0"  # JPEG chroma: 4:4:4 for print
    progressive: bool = False
    resize: str = "none"  # none | long_edge | paper
    long_edge: int = 2048  # px, for resize == long_edge
    paper: str = "A4"  # for resize == paper: fit the long edge to this paper at `ppi`
    ppi: int = 72  # written into the file (and used for paper sizes)
    icc: str = "srgb"  # srgb (embed sRGB) | convert (to `profile`) | none
    profile: str = ""  # path of an RGB or CMYK ICC profile, for icc == convert
    intent: str = "relative"  # perceptual | relative | saturation | absolute
    bit_depth: int = 8  # TIFF: 8 or 16
    metadata: str = "xmp"  # xmp (prompt, model, AI source type) | strip
    naming: str = "{prompt:40}_{id}"  # {prompt:N} {id} {model} {size} {date} {n}
    # keep: Google's Content Credentials stay, as the ingredient of our own signed manifest;
    # strip: no C2PA manifest and no provenance XMP (asked once in the GUI).
    content_credentials: str = "keep"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ExportPreset:
        return from_known_fields(cls, data)

    @property
    def extension(self) -> str:
        return {"jpeg": ".jpg", "png": ".png", "tiff": ".tif"}.get(self.format, "")

    def target_long_edge(self, width: int, height: int) -> int | None:
        """Pixels on the long edge after resizing, or None for no resize (never enlarges)."""
        long_side = max(width, height)
        if self.resize == "long_edge":
            return min(long_side, self.long_edge)
        if self.resize == "paper":
            paper_long_mm = max(PAPER_MM.get(self.paper, PAPER_MM["A4"]))
            return min(long_side, round(paper_long_mm / 25.4 * self.ppi))
        return None

    def effective_ppi(self, width: int, height: int) -> float | None:
        """For paper sizes: the ppi the image really has on that paper (below `ppi` when the
        source is too small to fill it)."""
        if self.resize != "paper":
            return None
        paper_long_in = max(PAPER_MM.get(self.paper, PAPER_MM["A4"])) / 25.4
        return round(min(max(width, height), self.target_long_edge(width, height) or 0) / paper_long_in, 1)


# The built-in names are stored in the settings and typed on the command line (--preset): they
# stay English there; shown_name() gives a window's words for them.
BUILT_IN_PRESETS: tuple[ExportPreset, ...] = (
    ExportPreset(QT_TRANSLATE_NOOP("ExportText", "Original"), format="original", metadata="xmp"),
    ExportPreset(QT_TRANSLATE_NOOP("ExportText", "Web JPEG"), format="jpeg", quality=82,
                 resize="long_edge", long_edge=2048, ppi=72, subsampling="4:2:0", progressive=True),
    ExportPreset(QT_TRANSLATE_NOOP("ExportText", "Print JPEG"), format="jpeg", quality=95,
                 subsampling="4:4:4", ppi=300),
    ExportPreset(QT_TRANSLATE_NOOP("ExportText", "Print TIFF"), format="tiff", ppi=300, bit_depth=8),
    ExportPreset("PNG", format="png", ppi=72),
)
_BUILT_IN_NAMES = frozenset(p.name for p in BUILT_IN_PRESETS)


def shown_name(preset: ExportPreset) -> str:
    """A preset's name in the user's language: a built-in one translated, the user's own as typed."""
    return ExportText.tr(preset.name) if preset.name in _BUILT_IN_NAMES else preset.name


def preset_named(presets: list[ExportPreset], name: str) -> ExportPreset:
    for preset in presets:
        if preset.name.lower() == name.lower():
            return preset
    from nbp_desktop.core.errors import ErrorKind, NbpError

    raise NbpError(ErrorKind.INVALID_SETTING, ExportText.tr(
        "There is no export preset “{name}” (presets: {presets}).").format(
            name=name, presets=", ".join(p.name for p in presets)))
