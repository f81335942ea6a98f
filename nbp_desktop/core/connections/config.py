"""A connection's settings (never its secret) and the endpoint URL each kind calls."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from typing import Any

from nbp_desktop.core.catalog import DEFAULT_MODEL, SERVICE_TIERS, model_info
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.settings_schema import (NAME, TEXT, TEXT_LIST, Nullable, OneOf, Problems,
                                              SettingsText, WholeNumber, read_checked, setting)
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, TranslationContext


class ConnectionText(TranslationContext):
    """Words of what is said about connections and their secrets (a translation context)."""


CONCURRENCY = WholeNumber(1, 32)  # jobs sent at once through one connection
REQUESTS_PER_MINUTE = WholeNumber(0, 10_000)  # 0: no client-side limit


class ConnectionKind(enum.StrEnum):
    AISTUDIO = "aistudio"
    VERTEX = "vertex"
    VERTEX_EXPRESS = "vertex-express"
    OPENAI = "openai"

    @property
    def label(self) -> str:
        if self is ConnectionKind.VERTEX_EXPRESS:
            return ConnectionText.tr("Vertex AI express mode")
        if self is ConnectionKind.OPENAI:
            return ConnectionText.tr("OpenAI-compatible gateway")
        return {"aistudio": "Google AI Studio", "vertex": "Vertex AI"}[self.value]  # names

    @property
    def secret_label(self) -> str:
        if self is ConnectionKind.VERTEX:
            return ConnectionText.tr("service-account key")
        return ConnectionText.tr("API key")


AISTUDIO_BASE = "https://generativelanguage.googleapis.com"
VERTEX_GLOBAL_BASE = "https://aiplatform.googleapis.com"


def vertex_base_url(location: str) -> str:
    if location == "global":
        return VERTEX_GLOBAL_BASE
    if location in ("us", "eu"):
        return f"https://aiplatform.{location}.rep.googleapis.com"
    return f"https://{location}-aiplatform.googleapis.com"


# The built-in emulator's connection (never saved): images are made locally, nobody bills them.
DEMO_CONNECTION = "Demo (built-in emulator)"


def is_billed(connection: str | None) -> bool:
    return connection != DEMO_CONNECTION


_KIND = OneOf(*(k.value for k in ConnectionKind))
_OPTIONAL_TEXT = Nullable(TEXT)
_TIER = OneOf(*SERVICE_TIERS)


@dataclass
class ConnectionConfig:
    name: str = setting(rule=NAME)
    kind: ConnectionKind = setting(rule=_KIND)
    # relays, private endpoints, the emulator
    base_url: str | None = setting(None, _OPTIONAL_TEXT)
    # Vertex: defaults to the key file's project_id
    project: str | None = setting(None, _OPTIONAL_TEXT)
    location: str | None = setting(None, _OPTIONAL_TEXT)  # Vertex: defaults to "global"
    model: str = setting(DEFAULT_MODEL, TEXT)
    # Vertex: the service account's e-mail, for display only
    account: str | None = setting(None, _OPTIONAL_TEXT)
    # None: the queue's setting (settings.queue)
    concurrency: int | None = setting(
        None, Nullable(CONCURRENCY), fallback=QT_TRANSLATE_NOOP("SettingsText", "the queue's setting"))
    requests_per_minute: int | None = setting(
        None, Nullable(REQUESTS_PER_MINUTE),
        fallback=QT_TRANSLATE_NOOP("SettingsText", "the queue's setting"))
    # Google's service tier (standard | flex | priority) and the models that refused it: those
    # get standard from then on.
    service_tier: str = setting("standard", _TIER)
    tier_refused_models: list[str] = setting(default_factory=list, rule=TEXT_LIST)

    def tier_for(self, model: str) -> str:
        """The service tier a request for ``model`` goes out with."""
        tier = (self.service_tier or "standard").lower()
        if (tier == "standard" or self.kind is ConnectionKind.OPENAI
                or model in self.tier_refused_models or tier in model_info(model).refused_tiers):
            return "standard"
        return tier

    def __post_init__(self) -> None:
        self.kind = ConnectionKind(self.kind)
        if self.kind is ConnectionKind.VERTEX and not self.location:
            self.location = "global"

    def validate(self) -> None:
        if not self.name.strip():
            raise NbpError(ErrorKind.INVALID_SETTING,
                           ConnectionText.tr("Give the connection a name."))
        if self.kind is ConnectionKind.OPENAI and not self.base_url:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           ConnectionText.tr("A gateway connection needs its base URL (for "
                                             "example https://relay.example.com)."))
        if self.base_url and not self.base_url.startswith(("http://", "https://")):
            raise NbpError(ErrorKind.INVALID_SETTING,
                           ConnectionText.tr("The base URL “{url}” must start with https:// (or "
                                             "http://).").format(url=self.base_url))
        if (self.service_tier or "standard").lower() not in SERVICE_TIERS:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           ConnectionText.tr("The service tier “{tier}” is not one of "
                                             "{choices}.")
                           .format(tier=self.service_tier, choices=", ".join(SERVICE_TIERS)))
        if self.kind is ConnectionKind.VERTEX and not self.project:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           ConnectionText.tr("A Vertex connection needs a project ID (it is "
                                             "usually read from the service-account file)."))

    def generate_url(self, model: str | None = None) -> str:
        model = model or self.model
        base = (self.base_url or "").rstrip("/")
        if self.kind is ConnectionKind.AISTUDIO:
            return f"{base or AISTUDIO_BASE}/v1beta/models/{model}:generateContent"
        if self.kind is ConnectionKind.VERTEX:
            loc = self.location or "global"
            return (f"{base or vertex_base_url(loc)}/v1/projects/{self.project}/locations/{loc}"
                    f"/publishers/google/models/{model}:generateContent")
        if self.kind is ConnectionKind.VERTEX_EXPRESS:
            return f"{base or VERTEX_GLOBAL_BASE}/v1/publishers/google/models/{model}:generateContent"
        if base.endswith("/v1"):
            base = base[:-3]
        return f"{base}/v1/images/generations"

    def check_url(self, model: str | None = None) -> str:
        """A free call that proves the credentials, the project and the model: countTokens
        on Google, the model list on a gateway (then one tiny request: core.google.gateway_check)."""
        if self.kind is ConnectionKind.OPENAI:
            return self.generate_url(model).removesuffix("/images/generations") + "/models"
        return self.generate_url(model).removesuffix(":generateContent") + ":countTokens"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = str(self.kind)
        return data

    @classmethod
    def read(cls, data: object, path: str, problems: Problems) -> ConnectionConfig | None:
        """Checked: a bad value takes its default (with a sentence); without a usable name
        and kind there is no connection (None)."""
        return read_checked(cls, data, path, problems, required=("name", "kind"),
                            left_out=SettingsText.tr("that connection is left out"))
