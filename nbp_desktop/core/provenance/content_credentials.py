"""Reading an image's Content Credentials (its C2PA manifest) with the official CAI library,
and saying what they mean in words.

Blocking (c2pa reads and validates the whole file): the GUI calls it from worker threads.
Never raises for what is in the file: a manifest that cannot be read is "damaged", not a crash.
"""

from __future__ import annotations

import io
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import c2pa

from nbp_desktop.core.provenance import ProvenanceText
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP

MIME_BY_SUFFIX = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
                  ".tif": "image/tiff", ".tiff": "image/tiff", ".webp": "image/webp"}
IPTC_SOURCE_TYPES = "http://cv.iptc.org/newscodes/digitalsourcetype/"
# Translated where shown (ProvenanceText.tr); the keys are C2PA's and IPTC's own names.
_SOURCE_TYPE_WORDS = {"trainedAlgorithmicMedia": QT_TRANSLATE_NOOP("ProvenanceText", "made by a generative AI model"),
                      "compositeWithTrainedAlgorithmicMedia":
                          QT_TRANSLATE_NOOP("ProvenanceText", "a composite including AI-generated parts"),
                      "algorithmicMedia": QT_TRANSLATE_NOOP("ProvenanceText", "made by an algorithm"),
                      "digitalCapture": QT_TRANSLATE_NOOP("ProvenanceText", "a camera capture"),
                      "digitalCreation": QT_TRANSLATE_NOOP("ProvenanceText", "made with digital tools")}
_ACTION_WORDS = {"c2pa.created": QT_TRANSLATE_NOOP("ProvenanceText", "created"),
                 "c2pa.opened": QT_TRANSLATE_NOOP("ProvenanceText", "opened"),
                 "c2pa.resized": QT_TRANSLATE_NOOP("ProvenanceText", "resized"),
                 "c2pa.color_adjustments": QT_TRANSLATE_NOOP("ProvenanceText", "colours adjusted"),
                 "c2pa.transcoded": QT_TRANSLATE_NOOP("ProvenanceText", "re-encoded"),
                 "c2pa.converted": QT_TRANSLATE_NOOP("ProvenanceText", "converted to another format"),
                 "c2pa.edited.metadata": QT_TRANSLATE_NOOP("ProvenanceText", "metadata edited"),
                 "c2pa.edited": QT_TRANSLATE_NOOP("ProvenanceText", "edited"),
                 "c2pa.placed": QT_TRANSLATE_NOOP("ProvenanceText", "placed"),
                 "c2pa.cropped": QT_TRANSLATE_NOOP("ProvenanceText", "cropped")}

NONE, PRESENT, DAMAGED = "none", "present", "damaged"


@dataclass(frozen=True)
class ContentCredentials:
    """What an image's Content Credentials say, for the preview, the CLI and the gallery."""

    state: str  # none | present | damaged
    signer: str = ""
    signed_at: str = ""  # ISO time from the time-stamp (or the creating action), if any
    claim_generator: str = ""
    actions: tuple[str, ...] = ()  # the active manifest's, e.g. ("c2pa.created",)
    source_type: str = ""  # IPTC digital source type, short form ("trainedAlgorithmicMedia")
    trust: str = ""  # trusted | untrusted | invalid
    problems: tuple[str, ...] = ()  # C2PA failure codes other than "untrusted"
    manifests: int = 0
    ingredients: tuple[str, ...] = ()  # "title (signed by …)" of each ingredient with credentials
    detail: str = ""  # the library's own words, for a damaged manifest

    @property
    def present(self) -> bool:
        return self.state == PRESENT

    @property
    def summary(self) -> str:
        """One sentence: who signed, and whether that can be believed."""
        if self.state == NONE:
            return ProvenanceText.tr("No Content Credentials.")
        if self.state == DAMAGED:
            return ProvenanceText.tr("Damaged Content Credentials: the manifest in this file cannot be read.")
        signer = self.signer or ProvenanceText.tr("an unknown signer")
        if self.trust == "trusted":
            return ProvenanceText.tr("Signed by {signer}; the certificate is on this computer's trust list."
                                     ).format(signer=signer)
        if "assertion.dataHash.mismatch" in self.problems or "assertion.boxesHash.mismatch" in self.problems:
            return ProvenanceText.tr("Signed by {signer}, but the picture was changed after signing: the "
                                     "signature no longer matches the pixels.").format(signer=signer)
        if any("expired" in p for p in self.problems):
            return ProvenanceText.tr("Signed by {signer}, but the signing certificate had expired."
                                     ).format(signer=signer)
        if self.trust == "invalid":
            # {problems}: C2PA's own failure codes, as the standard names them.
            return ProvenanceText.tr("Signed by {signer}, but the signature is not valid ({problems})."
                                     ).format(signer=signer, problems=", ".join(self.problems))
        return ProvenanceText.tr("Signed by {signer}; the certificate is not on this computer's trust list."
                                 ).format(signer=signer)

    @property
    def actions_in_words(self) -> str:
        return ", ".join(ProvenanceText.tr(_ACTION_WORDS[a]) if a in _ACTION_WORDS else a.removeprefix("c2pa.")
                         for a in self.actions)

    @property
    def source_in_words(self) -> str:
        words = _SOURCE_TYPE_WORDS.get(self.source_type)
        return ProvenanceText.tr(words) if words else self.source_type

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["summary"] = self.summary
        data["actions"] = list(self.actions)
        data["problems"] = list(self.problems)
        data["ingredients"] = list(self.ingredients)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ContentCredentials:
        known = {f for f in cls.__dataclass_fields__}
        values: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items() if k in known}
        return cls(**values)


def reader_context(trust_anchors_pem: bytes | None = None) -> c2pa.Context:
    """Offline reading: never fetch a remote manifest or OCSP; optionally trust extra roots
    (our own installation's, to check our own signatures)."""
    settings: dict[str, Any] = {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False},
                                "builder": {"thumbnail": {"enabled": False}}}
    if trust_anchors_pem:
        settings["trust"] = {"user_anchors": trust_anchors_pem.decode("ascii")}
    return c2pa.Context.from_dict(settings)


def mime_of(path: Path, data: bytes | None = None) -> str:
    """By magic bytes where we have them (Google labels JPEG as PNG), else by suffix."""
    head = data[:12] if data is not None else _head(path)
    if head.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return MIME_BY_SUFFIX.get(Path(path).suffix.lower(), "application/octet-stream")


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(12)
    except OSError:
        return b""


def read_manifest_store(data: bytes, mime: str, trust_anchors_pem: bytes | None = None) -> dict[str, Any] | None:
    """The manifest store as c2pa reports it (JSON), or None when the file has none.
    Raises ``c2pa.C2paError`` for a manifest that is there but cannot be read."""
    try:
        with c2pa.Reader(mime, io.BytesIO(data), context=reader_context(trust_anchors_pem)) as reader:
            store: dict[str, Any] = json.loads(reader.json())
            store["_validation_state"] = reader.get_validation_state()
            return store
    except c2pa.C2paError.ManifestNotFound:
        return None
    except c2pa.C2paError.NotSupported:
        return None


def read_credentials(path: Path | None = None, data: bytes | None = None, mime: str = "",
                     trust_anchors_pem: bytes | None = None) -> ContentCredentials:
    """The Content Credentials of a file (or of bytes in memory); never raises for the file's
    content. An unreadable file is reported as having none (the caller says it is missing)."""
    if data is None:
        if path is None:
            raise ValueError("read_credentials needs a path or the data")
        try:
            data = Path(path).read_bytes()
        except OSError:
            return ContentCredentials(NONE)
    mime = mime or mime_of(Path(path or "image"), data)
    if mime not in MIME_BY_SUFFIX.values():
        return ContentCredentials(NONE)
    try:
        store = read_manifest_store(data, mime, trust_anchors_pem)
    except c2pa.C2paError as exc:
        return ContentCredentials(DAMAGED, detail=str(exc)[:300])
    except (ValueError, KeyError, TypeError) as exc:  # JSON the library wrote but we cannot use
        return ContentCredentials(DAMAGED, detail=str(exc)[:300])
    if store is None:
        return ContentCredentials(NONE)
    return describe_store(store)


def describe_store(store: dict[str, Any]) -> ContentCredentials:
    manifests = store.get("manifests") or {}
    active = manifests.get(store.get("active_manifest") or "")
    if not isinstance(active, dict):
        return ContentCredentials(DAMAGED, detail="The manifest store has no active manifest.",
                                  manifests=len(manifests))
    signature = active.get("signature_info") or {}
    actions = _actions(active)
    source_type = next((a.get("digitalSourceType", "") for a in actions if a.get("digitalSourceType")), "")
    when = signature.get("time") or next((a.get("when", "") for a in actions if a.get("when")), "")
    generator = active.get("claim_generator") or ", ".join(
        " ".join(str(part) for part in (info.get("name"), info.get("version")) if part)
        for info in active.get("claim_generator_info") or [] if isinstance(info, dict))
    codes = [s.get("code", "") for s in store.get("validation_status") or [] if isinstance(s, dict)]
    problems = tuple(c for c in codes if c and c != "signingCredential.untrusted")
    state = store.get("_validation_state") or ""
    if state == "Trusted":
        trust = "trusted"
    elif problems or (state == "Invalid" and "signingCredential.untrusted" not in codes):
        trust = "invalid"
    else:
        trust = "untrusted"
    ingredients = []
    for ingredient in active.get("ingredients") or []:
        parent = manifests.get(ingredient.get("active_manifest") or "")
        if isinstance(parent, dict):
            by = _signer(parent.get("signature_info") or {})
            ingredients.append(ProvenanceText.tr("{title} (signed by {signer})").format(
                title=ingredient.get("title") or ProvenanceText.tr("an earlier version"), signer=by))
    return ContentCredentials(
        PRESENT, signer=_signer(signature), signed_at=str(when), claim_generator=generator,
        actions=tuple(str(a.get("action", "")) for a in actions),
        source_type=str(source_type).removeprefix(IPTC_SOURCE_TYPES), trust=trust, problems=problems,
        manifests=len(manifests), ingredients=tuple(ingredients))


def _signer(signature: dict[str, Any]) -> str:
    return str(signature.get("issuer") or signature.get("common_name") or "")


def _actions(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for assertion in manifest.get("assertions") or []:
        if isinstance(assertion, dict) and str(assertion.get("label", "")).startswith("c2pa.actions"):
            found.extend(a for a in (assertion.get("data") or {}).get("actions") or [] if isinstance(a, dict))
    return found


def facts(credentials: ContentCredentials) -> list[tuple[str, str]]:
    """What the preview shows, one row per fact."""
    title = ProvenanceText.tr("Content Credentials")
    if credentials.state == NONE:
        return [(title, ProvenanceText.tr("none"))]
    if credentials.state == DAMAGED:
        return [(title, ProvenanceText.tr("damaged Content Credentials (cannot be read)"))]
    rows = [(title, credentials.summary)]
    if credentials.signed_at:
        rows.append((ProvenanceText.tr("Signed"), credentials.signed_at.replace("T", " ")[:19]))
    if credentials.actions:
        rows.append((ProvenanceText.tr("Actions"), credentials.actions_in_words))
    if credentials.source_type:
        rows.append((ProvenanceText.tr("Source type"), credentials.source_in_words))
    if credentials.claim_generator:
        rows.append((ProvenanceText.tr("Made with"), credentials.claim_generator))
    if credentials.ingredients:
        rows.append((ProvenanceText.tr("Made from"), "; ".join(credentials.ingredients)))
    return rows
