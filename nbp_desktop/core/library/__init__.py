"""The library on disk: where a generated image becomes a file."""

from nbp_desktop.core.translation import TranslationContext


class LibraryText(TranslationContext):
    """Words of the library's messages, commands and marks (a translation context)."""

