"""The gallery: review, cull, find and collect the library offline."""

from nbp_desktop.core.translation import TranslationContext


class GalleryText(TranslationContext):
    """Words of the gallery shown outside a widget's own methods (a translation context)."""
