"""Content Credentials (C2PA) and the provenance metadata Google writes: read, show, carry, sign."""

from nbp_desktop.core.translation import TranslationContext


class ProvenanceText(TranslationContext):
    """Words of Content Credentials: facts shown, signing messages (a translation context)."""
