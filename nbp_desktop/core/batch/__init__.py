"""Batch generation from a prompt sheet: Google's Batch API (AI Studio) and batch prediction
jobs (Vertex) at half the interactive price, or the interactive queue."""

from nbp_desktop.core.translation import TranslationContext


class BatchText(TranslationContext):
    """Words of the batch and prompt-sheet messages (a translation context)."""

