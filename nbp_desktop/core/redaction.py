"""The one place where secrets are taken out of text before it is shown, logged or journalled.

An HTTP library's error may quote a whole header value (an API key with a line break in it
does exactly that), a proxy may echo a query string, a key file may be pasted where a key was
expected. Every error text passes through :func:`redact`; it removes the secrets this process
has read from the keychain (in every spelling an error message may use: raw, ``repr``,
bytes ``repr``, line by line) and anything shaped like a credential.
"""

from __future__ import annotations

import json
import logging
import re
import threading

REDACTED = "[redacted]"
_MIN_SECRET_PIECE = 8  # shorter pieces of a secret would blank out ordinary words

_known: set[str] = set()
_lock = threading.Lock()

# Credential shapes, whoever's they are.
_VALUE = r"(?!\[redacted\])[^\s'\",&}]+"  # a value not already taken out
_PATTERNS = [
    re.compile(r"AIza[0-9A-Za-z_\-]{20,}"),  # Google API keys
    re.compile(r"ya29\.[0-9A-Za-z_\-.]+"),  # OAuth access tokens
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)",
               re.DOTALL),
    re.compile(r"(\"private_key(?:_id)?\"\s*:\s*\")[^\"]*"),
    re.compile(r"((?:x-goog-api-key|authorization|api[-_]?key)['\"]?\s*[:=]\s*(?-i:b)?['\"]?"
               r"(?>(?:(?:bearer|basic)\s+)?))" + _VALUE, re.IGNORECASE),
    re.compile(r"((?:bearer|basic)\s+)" + _VALUE, re.IGNORECASE),
    re.compile(r"([?&]key=)[^&\s'\"]+", re.IGNORECASE),
    re.compile(r"\bsk-[0-9A-Za-z_\-]{16,}"),  # OpenAI-style gateway keys
    re.compile(r"(header value:?\s*(?-i:b)?['\"])[^'\"]*", re.IGNORECASE),  # h11 quotes it whole
]


def _spellings(secret: str) -> set[str]:
    """The ways an error message may quote ``secret``. A service-account file is not one
    secret but holds two (its private key and the key's id); its other fields are not
    secret and are left alone."""
    try:
        info = json.loads(secret)
    except ValueError:
        info = None
    if isinstance(info, dict):
        forms: set[str] = set()
        for field_name in ("private_key", "private_key_id"):
            value = info.get(field_name)
            if isinstance(value, str):
                forms |= {value, value.replace("\n", "\\n")}
                forms |= {line for line in value.splitlines() if "PRIVATE KEY" not in line}
        return {f for f in forms if len(f) >= _MIN_SECRET_PIECE}
    forms = {secret, secret.strip(), repr(secret)[1:-1],
             repr(secret.encode("utf-8", "backslashreplace"))[2:-1]}
    forms |= {piece for piece in re.split(r"[\s\x00]+", secret)}
    return {f for f in forms if len(f) >= _MIN_SECRET_PIECE}


def remember_secret(secret: str | None) -> None:
    """A secret this process holds: from now on it is taken out of every text."""
    if not secret:
        return
    with _lock:
        _known.update(_spellings(secret))


def redact(text: str | None) -> str:
    """``text`` with every known secret and every credential-shaped string replaced."""
    if not text:
        return text or ""
    for pattern in _PATTERNS:  # credential shapes first: their markers stay readable
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text) if pattern.groups else pattern.sub(REDACTED, text)
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFormatter(logging.Formatter):
    """Log lines (and the tracebacks in them) pass through :func:`redact` too."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def redact_logs() -> None:
    """Every log record of the process is written through :class:`RedactingFormatter`."""
    root = logging.getLogger()
    if any(isinstance(h.formatter, RedactingFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.setLevel(logging.WARNING)
    handler.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
