"""The image client: turns a GenerationRequest into HTTP and the answer into a result."""

from nbp_desktop.core.translation import TranslationContext


class GoogleText(TranslationContext):
    """Words of what the image client tells a person about Google's (or a gateway's) answer
    (a translation context)."""
