"""What a failed attempt means for money: may it be sent again on its own, and may it have
been billed?

The rule: once Google's answer has begun (a ``200`` status line arrived) Google has produced
the image and billed it, so the request is never re-sent by itself; the job ends with a
sentence that says so, and the user can press Retry. A request that was sent but got no
answer at all (a timeout, a dropped connection, a gateway that gave up waiting) may have been
billed too. Automatic retries stay for failures that provably did not reach generation: the
request never got out (connect errors), or Google answered with an error (429, 503, ...).
"""

from __future__ import annotations

import enum
from dataclasses import replace

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.google import GoogleText

# A gateway's 504: it stopped waiting while Google may still have been generating.
_GATEWAY_GAVE_UP = frozenset({504})


class SendStage(enum.Enum):
    """How far one attempt got."""

    NOT_SENT = "not_sent"  # the request body never got out in full
    SENT = "sent"  # sent, but no status line came back
    ERROR_ANSWER = "error_answer"  # Google (or a gateway) answered with an error status
    ANSWER_BEGUN = "answer_begun"  # a 200 status line arrived: the image exists and is billed


def stage_of(request_sent: bool, status: int | None) -> SendStage:
    if status is not None:
        return SendStage.ANSWER_BEGUN if status == 200 else SendStage.ERROR_ANSWER
    return SendStage.SENT if request_sent else SendStage.NOT_SENT


def judge_failure(error: NbpError, stage: SendStage, timeout: float | None = None) -> NbpError:
    """``error`` as the user should see it, given how far the attempt got."""
    if stage is SendStage.ANSWER_BEGUN and (error.retryable or error.kind in (
            ErrorKind.TIMEOUT, ErrorKind.NETWORK, ErrorKind.TRUNCATED_BODY)):
        return replace(error, kind=ErrorKind.TRUNCATED_BODY,
                       message=GoogleText.tr("The answer was cut off after Google produced it — "
                                             "you may have been billed."),
                       may_have_been_billed=True)
    if stage is SendStage.SENT and error.kind is ErrorKind.TIMEOUT:
        if timeout:
            sentence = GoogleText.tr("The request timed out after it reached Google (no answer "
                                     "within {seconds} s) — you may have been billed.") \
                .format(seconds=f"{timeout:.0f}")
        else:
            sentence = GoogleText.tr("The request timed out after it reached Google — you may "
                                     "have been billed.")
        return replace(error, message=sentence, may_have_been_billed=True)
    if stage is SendStage.SENT and error.kind in (ErrorKind.NETWORK, ErrorKind.TRUNCATED_BODY):
        return replace(error, kind=ErrorKind.NETWORK,
                       message=GoogleText.tr("The connection broke after the request reached "
                                             "Google, before its answer came — you may have "
                                             "been billed."),
                       may_have_been_billed=True)
    if stage is SendStage.ERROR_ANSWER and error.http_status in _GATEWAY_GAVE_UP:
        return replace(error, message=GoogleText.tr("{error} You may have been billed.")
                       .format(error=error.message),
                       may_have_been_billed=True)
    return error


def may_send_again(error: NbpError) -> bool:
    """Whether the client may repeat the request without the user asking."""
    return error.retryable and not error.may_have_been_billed
