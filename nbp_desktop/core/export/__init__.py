"""Export for print and web: presets, colour, metadata, and files other apps accept."""

from nbp_desktop.core.translation import TranslationContext


class ExportText(TranslationContext):
    """Words of the export's messages and built-in preset names (a translation context)."""
