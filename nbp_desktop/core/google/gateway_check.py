"""The connection test of an OpenAI-compatible gateway: the key is accepted and the model is
listed (``GET /v1/models``), then one tiny text request (``POST /v1/chat/completions``, text
only, a few output tokens: a fraction of a cent, never an image) proves that the gateway
reaches the model behind it. A gateway that offers no chat endpoint gets the first check only,
and the sentence says so. Each failure is said in the gateway's terms, naming whose side
failed: the user's key, the gateway, or the service behind it."""

from __future__ import annotations

from typing import Any

import httpx

from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionText
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.google.error_mapping import map_transport_error

TIMEOUT = 60.0  # the backend may think for a while, even for a word
# Text only and a few tokens: an image model asked for text answers in words, and costs what a
# handful of text tokens cost.
TINY_REQUEST_TOKENS = 8


def chat_url(config: ConnectionConfig) -> str:
    return config.generate_url().removesuffix("/images/generations") + "/chat/completions"


def tiny_request(model: str) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "Reply with the word OK."}],
            "max_tokens": TINY_REQUEST_TOKENS, "modalities": ["text"]}


def check_listed(config: ConnectionConfig, response: httpx.Response) -> None:
    """The gateway accepted the key; it must also list the model."""
    try:
        listed = [str(m.get("id")) for m in response.json().get("data", []) if isinstance(m, dict)]
    except (ValueError, AttributeError):
        listed = []
    if config.model not in listed:
        more = "…" if len(listed) > 8 else ""
        offered = ", ".join(listed[:8]) + more if listed else ConnectionText.tr("none")
        raise NbpError(ErrorKind.MODEL_NOT_FOUND,
                       ConnectionText.tr("The gateway accepted the key but does not list the "
                                         "model “{model}” (it lists: {models}).")
                       .format(model=config.model, models=offered), detail=response.text[:300])


async def reach_the_model(http: httpx.AsyncClient, config: ConnectionConfig,
                          headers: dict[str, str]) -> str:
    """After the listing passed: one tiny request through the gateway. Returns the sentence
    for a working connection or raises NbpError naming what failed."""
    try:
        response = await http.post(chat_url(config), json=tiny_request(config.model), headers=headers,
                                   timeout=TIMEOUT)
    except httpx.HTTPError as exc:
        raise map_transport_error(exc, timeout=TIMEOUT) from None
    status = response.status_code
    said = _gateway_said(response)
    if status == 200:
        return ConnectionText.tr("“{name}” works: the gateway accepted the key, lists {model}, and the "
                                   "model answered a one-word test through it.").format(
            name=config.name, model=config.model)
    if status in (404, 405, 501):
        return ConnectionText.tr("“{name}” works as far as the gateway shows: it accepted the key and "
                                   "lists {model}. It offers no small request that reaches the model, "
                                   "so whether the model answers shows with the first image.").format(
            name=config.name, model=config.model)
    if status in (401, 403):
        # Our key passed the model list a moment ago: what was refused is the gateway's own
        # credentials with the service behind it.
        raise NbpError(ErrorKind.PERMISSION_DENIED,
                       ConnectionText.tr("The gateway accepted your key and lists {model}, but the service "
                                           "behind it refused the gateway's own credentials (HTTP {status}). "
                                           "Ask the gateway's operator to check them.").format(
                           model=config.model, status=status),
                       detail=said, http_status=status)
    if status == 429:
        raise NbpError(ErrorKind.QUOTA_PER_MINUTE,
                       ConnectionText.tr("The gateway accepted the key and lists {model}, but has no free "
                                           "capacity for it right now (HTTP 429): {said}").format(
                           model=config.model, said=_short(said)),
                       detail=said, http_status=status)
    if status >= 500:
        raise NbpError(ErrorKind.SERVER_ERROR,
                       ConnectionText.tr("The gateway accepted the key and lists {model}, but could not get "
                                           "an answer from the model behind it (HTTP {status}): {said}").format(
                           model=config.model, status=status, said=_short(said)),
                       detail=said, http_status=status)
    # 400 and the like: the gateway took issue with the small request itself (a parameter
    # it does not pass on), which says nothing about the images.
    return ConnectionText.tr("“{name}” works as far as the gateway shows: it accepted the key and lists "
                               "{model}, but refused the small test request (HTTP {status}: {said}), so "
                               "whether the model answers shows with the first image.").format(
        name=config.name, model=config.model, status=status, said=_short(said))


def _gateway_said(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        error = None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    if isinstance(error, str):
        return error
    return response.text[:300]


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
