"""Turning what Google (or a gateway, or the network) says went wrong into an NbpError with a
sentence a designer understands. Google's own text is kept in ``detail``."""

from __future__ import annotations

import json
import re
import ssl
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from nbp_desktop.core.errors import ErrorKind, NbpError, describe_wait
from nbp_desktop.core.google import GoogleText

PACIFIC = ZoneInfo("America/Los_Angeles")


def next_pacific_midnight(now: datetime | None = None) -> datetime:
    """Daily quotas reset at midnight Pacific time."""
    now = (now or datetime.now(PACIFIC)).astimezone(PACIFIC)
    tomorrow = (now + timedelta(days=1)).date()
    return datetime(tomorrow.year, tomorrow.month, tomorrow.day, tzinfo=PACIFIC)


def parse_duration(text: str | None) -> float | None:
    """'53s', '1.5s', '0.250s' (google.protobuf.Duration JSON) to seconds."""
    if not text:
        return None
    match = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)s\s*", str(text))
    return float(match.group(1)) if match else None


def _error_object(body: bytes) -> dict[str, Any] | None:
    """Google's ``{"error": {...}}`` (possibly wrapped in a one-element list), else None."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if isinstance(data, dict) and isinstance(error := data.get("error"), dict):
        return error
    return None


def _details(error: dict[str, Any], type_suffix: str) -> list[dict[str, Any]]:
    return [d for d in error.get("details", []) or []
            if isinstance(d, dict) and str(d.get("@type", "")).endswith(type_suffix)]


def _plain_text(body: bytes, limit: int = 300) -> str:
    text = body[:4000].decode("utf-8", "replace")
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", text).strip()[:limit]


def map_http_error(status: int, body: bytes, *, kind: str, model: str,
                   location: str | None = None) -> NbpError:
    """An error response from any of the four connection kinds."""
    if kind == "openai":
        return map_gateway_error(status, body, model=model)
    error = _error_object(body)
    if error is None:
        return _non_json_error(status, body, kind)
    message = str(error.get("message", "")).strip()
    google_status = str(error.get("status", ""))
    reasons = {str(d.get("reason", "")) for d in _details(error, "ErrorInfo")}
    reason_text = " ".join(reasons) + " " + str(error.get("code", "")) + " " + str(error.get("type", ""))
    lowered = message.lower()

    def err(kind_: ErrorKind, sentence: str, **extra: Any) -> NbpError:
        return NbpError(kind_, sentence, detail=message, http_status=status, **extra)

    if "API_KEY_INVALID" in reasons or "api key not valid" in lowered or "invalid_api_key" in reason_text \
            or (kind == "openai" and status == 401):
        return err(ErrorKind.INVALID_KEY,
                   GoogleText.tr("Your API key was rejected. Check that you copied the whole key "
                                 "and that it belongs to the right project."))
    if status == 429 or google_status == "RESOURCE_EXHAUSTED":
        # Checked first: Google's quota text says "check your plan and billing details".
        return _quota_error(error, message, status)
    if "BILLING_DISABLED" in reasons or "requires billing" in lowered \
            or "enable billing" in lowered or "billing to be enabled" in lowered:
        return err(ErrorKind.BILLING_DISABLED,
                   GoogleText.tr("Billing is not enabled for this project. Image generation "
                                 "needs a Google Cloud project with billing turned on."))
    if status == 401:
        return err(ErrorKind.UNAUTHENTICATED,
                   GoogleText.tr("Google did not accept the sign-in for this connection. The "
                                 "service account may have been deleted or its key revoked; add "
                                 "the connection again with a current key file."))
    if status == 403:
        if "SERVICE_DISABLED" in reasons or "has not been used" in lowered or "is disabled" in lowered:
            return err(ErrorKind.PERMISSION_DENIED,
                       GoogleText.tr("The API is not enabled for this project. Enable it in the "
                                     "Google Cloud console, wait a minute, then try again."))
        if kind == "vertex":
            return err(ErrorKind.PERMISSION_DENIED,
                       GoogleText.tr("This account is not allowed to use the model (permission "
                                     "denied). Give the service account the “Vertex AI User” "
                                     "role."))
        return err(ErrorKind.PERMISSION_DENIED,
                   GoogleText.tr("This account is not allowed to use the model (permission "
                                 "denied). Check the key's API restrictions."))
    if status == 404:
        if kind == "vertex" and location and location != "global":
            sentence = GoogleText.tr("The model “{model}” was not found. It may not be offered "
                                     "in region “{location}”: try the location “global”.")
        elif model != "gemini-3-pro-image":
            sentence = GoogleText.tr("The model “{model}” was not found. It may have been "
                                     "retired: try the model “gemini-3-pro-image”.")
        else:
            sentence = GoogleText.tr("The model “{model}” was not found. Check the model name "
                                     "and the location.")
        return err(ErrorKind.MODEL_NOT_FOUND, sentence.format(model=model, location=location))
    if status == 503:
        return err(ErrorKind.OVERLOADED, GoogleText.tr("Google is overloaded right now."))
    if status == 408:
        return err(ErrorKind.TIMEOUT,
                   GoogleText.tr("Google took too long to answer (request timeout)."))
    if status >= 500:
        return err(ErrorKind.SERVER_ERROR,
                   GoogleText.tr("Google had an internal problem (HTTP {status}).")
                   .format(status=status))
    if "content_policy" in reason_text or "safety" in lowered:
        return err(ErrorKind.PROMPT_BLOCKED,
                   GoogleText.tr("The prompt was blocked by the service's safety filter."))
    if "service tier" in lowered or "service_tier" in lowered or "servicetier" in lowered:
        return err(ErrorKind.BAD_REQUEST,
                   GoogleText.tr("Google does not take this service tier for the model "
                                 "“{model}”.").format(model=model))
    shown = message or google_status or f"HTTP {status}"
    return err(ErrorKind.BAD_REQUEST,
               GoogleText.tr("Google refused the request: {reason}").format(reason=shown))


# LiteLLM and other OpenAI-compatible gateways: the words they use for a bad key.
_BACKEND_EXCEPTION = re.compile(r"\b[A-Z][A-Za-z]*Exception - ")  # LiteLLM: "GeminiException - …"
_GATEWAY_KEY_WORDS = ("authentication error", "invalid proxy server token", "invalid api key",
                      "incorrect api key", "invalid_api_key", "no api key", "unauthorized",
                      "auth_error", "token not found", "invalid user key",
                      # a DB-less LiteLLM proxy answers a key that is not its master key so
                      "no_db_connection", "virtual key expected")


def map_gateway_error(status: int, body: bytes, *, model: str) -> NbpError:
    """An error from an OpenAI-compatible gateway, worded as the gateway's (it may sit in
    front of Google, or of something else entirely)."""
    error = _error_object(body)
    if error is None:
        text = _plain_text(body)
        if status in (401, 403):
            return NbpError(ErrorKind.INVALID_KEY,
                            GoogleText.tr("The gateway refused the API key (HTTP {status}). "
                                          "Check the key this connection uses.")
                            .format(status=status), detail=text, http_status=status)
        return NbpError(ErrorKind.NON_JSON_BODY if status < 500 else ErrorKind.SERVER_ERROR,
                        GoogleText.tr("The gateway answered with a web page instead of data "
                                      "(HTTP {status}).").format(status=status),
                        detail=text, http_status=status)
    message = str(error.get("message", "")).strip()
    code = f"{error.get('type', '')} {error.get('code', '')}".lower()
    lowered = message.lower()
    said = _first_sentence(message) or f"HTTP {status}"

    def err(kind_: ErrorKind, sentence: str, **extra: Any) -> NbpError:
        return NbpError(kind_, sentence, detail=message, http_status=status, **extra)

    if status in (401, 403) and _BACKEND_EXCEPTION.search(message):
        # LiteLLM names the provider that refused ("GeminiException - … API key not valid"): the
        # gateway's own credentials for the service behind it, not the user's key.
        return err(ErrorKind.PERMISSION_DENIED, GoogleText.tr(
            "The gateway took your key, but the service behind it refused the gateway's own credentials "
            "(HTTP {status}). Ask the gateway's operator to check them.").format(status=status))
    if status in (401, 403) or any(w in lowered or w in code for w in _GATEWAY_KEY_WORDS):
        return err(ErrorKind.INVALID_KEY,
                   GoogleText.tr("The gateway refused the API key (HTTP {status}). Check the "
                                 "key this connection uses for the gateway.")
                   .format(status=status))
    if status == 429:
        retry = None
        match = re.search(r"retry (?:in|after) ([0-9.]+)\s*s", message, re.IGNORECASE)
        if match:
            retry = float(match.group(1))
        return err(ErrorKind.QUOTA_PER_MINUTE,
                   GoogleText.tr("The gateway answered that its rate limit is reached "
                                 "(HTTP 429)."),
                   retry_after=retry)
    if status == 404 or "model_not_found" in code or ("not found" in lowered and model in message):
        return err(ErrorKind.MODEL_NOT_FOUND,
                   GoogleText.tr("The gateway does not serve the model “{model}” (HTTP "
                                 "{status}). Check the model name in the connection.")
                   .format(model=model, status=status))
    if "content_policy" in code or "safety" in lowered:
        return err(ErrorKind.PROMPT_BLOCKED,
                   GoogleText.tr("The gateway answered that the prompt was blocked by a safety "
                                 "filter."))
    if status == 503:
        return err(ErrorKind.OVERLOADED,
                   GoogleText.tr("The gateway answered that the model is unavailable: {reason}")
                   .format(reason=said))
    if status >= 500:
        return err(ErrorKind.SERVER_ERROR,
                   GoogleText.tr("The gateway answered with an error (HTTP {status}): {reason}")
                   .format(status=status, reason=said))
    return err(ErrorKind.BAD_REQUEST,
               GoogleText.tr("The gateway refused the request (HTTP {status}): {reason}")
               .format(status=status, reason=said))


def _first_sentence(message: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", message).strip()
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _quota_error(error: dict[str, Any], message: str, status: int) -> NbpError:
    quota_ids = [str(v.get("quotaId", "")) + " " + str(v.get("quotaMetric", ""))
                 for q in _details(error, "QuotaFailure") for v in q.get("violations", []) or []]
    retry = None
    for info in _details(error, "RetryInfo"):
        retry = parse_duration(info.get("retryDelay"))
    if retry is None:
        match = re.search(r"retry in ([0-9.]+)\s*s", message, re.IGNORECASE)
        retry = float(match.group(1)) if match else None
    if any("perday" in q.lower().replace("_", "") or "per_day" in q.lower() for q in quota_ids):
        resets = next_pacific_midnight()
        wait = (resets - datetime.now(PACIFIC)).total_seconds()
        return NbpError(ErrorKind.QUOTA_PER_DAY,
                        GoogleText.tr("Quota for today is used up; it resets at 00:00 Pacific "
                                      "(in {wait}).").format(wait=describe_wait(wait)),
                        detail=message, http_status=status, resets_at=resets)
    if quota_ids:
        sentence = GoogleText.tr("The per-minute quota is used up.")
    else:
        sentence = GoogleText.tr("Google's capacity for this model is busy (rate limited).")
    return NbpError(ErrorKind.QUOTA_PER_MINUTE, sentence, detail=message, http_status=status,
                    retry_after=retry)


def _non_json_error(status: int, body: bytes, kind: str) -> NbpError:
    text = _plain_text(body)
    if status in (401, 403) and kind != "openai":
        return NbpError(ErrorKind.PERMISSION_DENIED,
                        GoogleText.tr("Access was refused (HTTP {status}) before the request "
                                      "reached the model.").format(status=status),
                        detail=text, http_status=status)
    return NbpError(ErrorKind.NON_JSON_BODY,
                    GoogleText.tr("The server (or a proxy in between) answered with a web page "
                                  "instead of data (HTTP {status}).").format(status=status),
                    detail=text, http_status=status)


def map_transport_error(exc: BaseException, timeout: float | None = None) -> NbpError:
    """An httpx/OS error raised while connecting, sending or receiving."""
    detail = f"{type(exc).__name__}: {exc}"
    chain = _cause_chain(exc)
    if isinstance(exc, httpx.LocalProtocolError) and "header" in detail.lower():
        # Raised before anything is sent, quoting the header (the key) in full; NbpError
        # redacts the detail, and the request is not worth sending again.
        return NbpError(ErrorKind.INVALID_KEY,
                        GoogleText.tr("The stored key has a line break, tab or other invisible "
                                      "character inside it, so it cannot be sent. Edit the "
                                      "connection and paste the key again."), detail=detail)
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        if timeout:
            sentence = GoogleText.tr("Google did not answer within {seconds} s. The request "
                                     "timed out.").format(seconds=f"{timeout:.0f}")
        else:
            sentence = GoogleText.tr("Google did not answer. The request timed out.")
        return NbpError(ErrorKind.TIMEOUT, sentence, detail=detail)
    if any(isinstance(e, ssl.SSLError) for e in chain) or "CERTIFICATE_VERIFY_FAILED" in detail \
            or "SSL" in detail:
        return NbpError(ErrorKind.TLS,
                        GoogleText.tr("A secure connection could not be set up (TLS certificate "
                                      "problem). A proxy or antivirus may be intercepting "
                                      "traffic; set its certificate in Settings → Network."),
                        detail=detail)
    text = " ".join(str(e) for e in chain).lower()
    if "name or service not known" in text or "nodename nor servname" in text \
            or "getaddrinfo failed" in text or "temporary failure in name resolution" in text \
            or "no address associated" in text:
        return NbpError(ErrorKind.DNS,
                        GoogleText.tr("The server's address could not be looked up. Check your "
                                      "internet connection (or the base URL)."), detail=detail)
    if isinstance(exc, httpx.RemoteProtocolError) and ("incomplete" in text
                                                       or "complete message body" in text):
        return NbpError(ErrorKind.TRUNCATED_BODY,
                        GoogleText.tr("The connection broke while the image was downloading."),
                        detail=detail)
    return NbpError(ErrorKind.NETWORK,
                    GoogleText.tr("Could not reach the server. Check your internet connection."),
                    detail=detail)


def _cause_chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen
