"""What a generation asks for and what comes back, independent of any connection kind."""

from nbp_desktop.core.translation import TranslationContext


class GenerationText(TranslationContext):
    """Words of what is said about a job's spec and its reference images (a translation
    context)."""
