"""The job engine: queue, journal, recovery, cost."""

from nbp_desktop.core.translation import TranslationContext


class JobText(TranslationContext):
    """Words of what the job queue tells a person (a translation context)."""
