"""Money, said explicitly: what a job or an image cost, what the demo would have cost on
Google, and whether a request that failed may still have been billed."""

from __future__ import annotations

from nbp_desktop.core.catalog import DEFAULT_MODEL, estimate_cost
from nbp_desktop.core.connections.config import DEMO_CONNECTION, is_billed
from nbp_desktop.core.errors import ErrorKind
from nbp_desktop.core.formatting import usd
from nbp_desktop.core.jobs.journal import JobRecord
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.jobs.spec import JobStatus
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, TranslationContext

__all__ = ["DEMO_CONNECTION", "MAY_BE_BILLED", "NOT_BILLED", "estimate_text", "failed_job_billing",
           "image_cost_text", "is_billed", "job_cost_text", "price_before_spending", "usd"]



class MoneyText(TranslationContext):
    """Words of the cost lines and billing notes (a translation context)."""


# What failed_job_billing answers; translated where shown (job_cost_text).
NOT_BILLED = QT_TRANSLATE_NOOP("MoneyText", "not billed")
MAY_BE_BILLED = QT_TRANSLATE_NOOP("MoneyText", "may have been billed")

# Google refuses these before the model runs, so they are not billed; anything else that failed
# after a request went out (a safety filter on the result, a dropped or timed-out answer, a
# cancel while it ran) may have been.
_REFUSED_BEFORE_GENERATION = frozenset({
    ErrorKind.INVALID_KEY, ErrorKind.UNAUTHENTICATED, ErrorKind.PERMISSION_DENIED,
    ErrorKind.BILLING_DISABLED, ErrorKind.MODEL_NOT_FOUND, ErrorKind.BAD_REQUEST,
    ErrorKind.QUOTA_PER_MINUTE, ErrorKind.QUOTA_PER_DAY, ErrorKind.OVERLOADED,
    ErrorKind.SERVER_ERROR, ErrorKind.DNS, ErrorKind.TLS, ErrorKind.UNSUPPORTED_REFERENCE,
    ErrorKind.INVALID_SETTING, ErrorKind.BAD_SERVICE_ACCOUNT, ErrorKind.NO_KEYRING,
    ErrorKind.SECRET_MISSING, ErrorKind.CONNECTION_NOT_FOUND,
})


def would_be(amount: float) -> str:
    return MoneyText.tr("{free} (demo: would be {cost} on Google)").format(free=usd(0), cost=usd(amount))


def estimate_text(amount: float, connection: str | None) -> str:
    """The compose pane's line before anything is sent."""
    if not is_billed(connection):
        return MoneyText.tr("Cost: {cost}").format(cost=would_be(amount))
    return MoneyText.tr("Estimated cost: {cost}").format(cost=usd(amount))


def failed_job_billing(job: JobRecord) -> str:
    """For a failed, canceled or interrupted job: "not billed" or "may have been billed"."""
    if not is_billed(job.connection) or job.sends == 0:
        return NOT_BILLED
    if job.actual_cost:  # the engine recorded a (possible) charge for it
        return MAY_BE_BILLED
    if job.status is JobStatus.FAILED and job.sends == 1 and job.error_kind in _REFUSED_BEFORE_GENERATION:
        return NOT_BILLED
    return MAY_BE_BILLED


def job_cost_text(job: JobRecord) -> tuple[str, str]:
    """(the queue's cost cell, its longer explanation)."""
    if job.status in (JobStatus.FAILED, JobStatus.CANCELED, JobStatus.INTERRUPTED):
        billing = failed_job_billing(job)
        if billing == NOT_BILLED:
            return MoneyText.tr(billing), MoneyText.tr("Google did not charge for this request.")
        return MoneyText.tr(billing), MoneyText.tr(
            "Google may have charged up to about {cost}: the request reached the model before it "
            "failed.").format(cost=usd(job.estimated_cost))
    if not is_billed(job.connection):
        return usd(0), MoneyText.tr("Demo: would be {cost} on Google.").format(cost=usd(job.estimated_cost))
    if job.actual_cost is not None:
        return usd(job.actual_cost), MoneyText.tr("Charged by Google (from its token counts).")
    return f"~{usd(job.estimated_cost)}", MoneyText.tr("Estimated before sending.")


def image_cost_text(record: ImageRecord) -> str:
    """The cost line of an image's facts."""
    if not is_billed(record.connection):
        return would_be(estimate_cost(record.model or DEFAULT_MODEL, record.size or "1K"))
    return usd(record.cost) if record.cost is not None else "—"


def price_before_spending(model: str, size: str, connection: str | None, references: int = 0) -> str:
    """What an action that sends a request (re-render, variations) will cost, before it does."""
    amount = estimate_cost(model, size, 1, references)
    if not is_billed(connection):
        return MoneyText.tr("free in the demo (would be {cost} on Google)").format(cost=usd(amount))
    return MoneyText.tr("about {cost}").format(cost=usd(amount))
