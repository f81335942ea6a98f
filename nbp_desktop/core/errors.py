"""One error family for everything a user can be told went wrong.

Every failure that reaches a person is an :class:`NbpError` with a machine ``kind`` (for
tests, scripts and ``--json``) and a ``message`` written for a designer. Google's own text,
when there is one, is kept apart in ``detail`` so the UI can show it on demand.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from nbp_desktop.core.redaction import redact
from nbp_desktop.core.translation import TranslationContext


class ErrorText(TranslationContext):
    """Words of the error sentences shared by the whole core (a translation context)."""


class ErrorKind(enum.StrEnum):
    # Credentials and access
    INVALID_KEY = "invalid_key"
    UNAUTHENTICATED = "unauthenticated"
    PERMISSION_DENIED = "permission_denied"
    BILLING_DISABLED = "billing_disabled"
    MODEL_NOT_FOUND = "model_not_found"
    BAD_REQUEST = "bad_request"
    # Capacity
    QUOTA_PER_MINUTE = "quota_per_minute"
    QUOTA_PER_DAY = "quota_per_day"
    OVERLOADED = "overloaded"
    SERVER_ERROR = "server_error"
    # Content
    PROMPT_BLOCKED = "prompt_blocked"
    IMAGE_SAFETY = "image_safety"
    IMAGE_RECITATION = "image_recitation"
    NO_IMAGE = "no_image"
    TEXT_ONLY = "text_only"
    # Transport and bodies
    TIMEOUT = "timeout"
    NETWORK = "network"
    DNS = "dns"
    TLS = "tls"
    NON_JSON_BODY = "non_json_body"
    TRUNCATED_BODY = "truncated_body"
    MALFORMED_BODY = "malformed_body"
    NOT_AN_IMAGE = "not_an_image"
    # Local input and set-up
    UNSUPPORTED_REFERENCE = "unsupported_reference"
    INVALID_SETTING = "invalid_setting"
    BAD_SERVICE_ACCOUNT = "bad_service_account"
    NO_KEYRING = "no_keyring"
    SECRET_MISSING = "secret_missing"
    CONNECTION_NOT_FOUND = "connection_not_found"
    DISK = "disk"
    READ_ONLY_LIBRARY = "read_only_library"
    LIBRARY_BUSY = "library_busy"  # another process holds the database's write lock
    CANCELED = "canceled"

    @classmethod
    def named(cls, name: str | None) -> ErrorKind:
        """The kind a journal recorded; one this version does not know (or none) is a server error."""
        try:
            return cls(name or cls.SERVER_ERROR)
        except ValueError:
            return cls.SERVER_ERROR


# Kinds where sending the same request again may succeed.
RETRYABLE_KINDS = frozenset({
    ErrorKind.QUOTA_PER_MINUTE,
    ErrorKind.OVERLOADED,
    ErrorKind.SERVER_ERROR,
    ErrorKind.TIMEOUT,
    ErrorKind.NETWORK,
    ErrorKind.TRUNCATED_BODY,
    ErrorKind.NON_JSON_BODY,
})


@dataclass
class NbpError(Exception):
    kind: ErrorKind
    message: str
    detail: str = ""  # Google's (or the OS's) own words, shown on demand
    http_status: int | None = None
    retry_after: float | None = None  # seconds the server asked us to wait
    resets_at: datetime | None = None  # daily quota reset, timezone-aware
    # Google may have produced (and billed) an answer: never re-sent on its own, and counted.
    may_have_been_billed: bool = False

    def __post_init__(self) -> None:
        # Error texts may quote a header or a key: secrets never reach what is shown or stored.
        self.message = redact(self.message)
        self.detail = redact(self.detail)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE_KINDS

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": str(self.kind), "message": self.message}
        if self.detail:
            data["detail"] = self.detail
        if self.http_status is not None:
            data["http_status"] = self.http_status
        if self.retry_after is not None:
            data["retry_after"] = self.retry_after
        if self.resets_at is not None:
            data["resets_at"] = self.resets_at.isoformat()
        if self.may_have_been_billed:
            data["may_have_been_billed"] = True
        return data


def describe_wait(seconds: float) -> str:
    """'5 h 12 min', '3 min', '8 s': how long until something, for a sentence."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return ErrorText.tr("{seconds} s").format(seconds=seconds)
    minutes = seconds // 60
    if minutes < 60:
        return ErrorText.tr("{minutes} min").format(minutes=minutes)
    return ErrorText.tr("{hours} h {minutes} min").format(hours=minutes // 60,
                                                          minutes=minutes % 60)
