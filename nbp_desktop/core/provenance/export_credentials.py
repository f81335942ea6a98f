"""Content Credentials through an export: when a preset changes the file, the export gets a
new signed C2PA manifest whose parent ingredient is the original (with Google's manifest), and
whose actions say what we did. Or, when the preset says so, all provenance is stripped.

Blocking: called from export_image, which runs in worker threads.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import c2pa

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.provenance import ProvenanceText
from nbp_desktop.core.provenance.content_credentials import MIME_BY_SUFFIX
from nbp_desktop.core.provenance.parent_ingredient import LABEL, IngredientCache
from nbp_desktop.core.provenance.signing import SigningIdentity, current_identity
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from nbp_desktop.core.export.exporter import ExportSource
    from nbp_desktop.core.export.presets import ExportPreset
    from nbp_desktop.core.settings import Settings

KEEP, STRIP = "keep", "strip"
CHOICES = (KEEP, STRIP)
EXPORT_MIME = {"jpeg": "image/jpeg", "png": "image/png", "tiff": "image/tiff"}
# Shown as translate("ProvenanceText", STRIP_EXPLANATION).
STRIP_EXPLANATION = QT_TRANSLATE_NOOP(
    "ProvenanceText", "Stripping provenance removes Google's Content Credentials (the signed C2PA manifest "
    "that says the image was made by AI), no new credentials are added, and the AI source type and "
    "credit lines are left out of the XMP. The Original preset still copies the file byte for byte.")
_ALGORITHMS = {"es256": c2pa.C2paSigningAlg.ES256, "es384": c2pa.C2paSigningAlg.ES384,
               "es512": c2pa.C2paSigningAlg.ES512, "ps256": c2pa.C2paSigningAlg.PS256,
               "ed25519": c2pa.C2paSigningAlg.ED25519}
_PARENT = LABEL


class SigningUnavailable(NbpError):
    """Our signing certificate cannot be used: the user may export without a new manifest."""


class ExportSigning:
    """The signing identity for a run of exports, loaded once on first need (keychain, key
    generation); ``unsigned()`` is the user's choice to export without new credentials."""

    def __init__(self, load: Callable[[], SigningIdentity] | None) -> None:
        self._load = load
        self._identity: SigningIdentity | None = None
        self._lock = threading.Lock()

    @classmethod
    def unsigned(cls) -> ExportSigning:
        return cls(None)

    @classmethod
    def for_settings(cls, settings: Settings) -> ExportSigning:
        """From the app's settings (``export.signing_certificate``, ``export.timestamp_url``)."""
        from nbp_desktop.core.connections.secrets import SecretStore

        store = SecretStore(settings.profile_id)
        export = settings.export
        return cls(lambda: current_identity(store, getattr(export, "signing_certificate", ""),
                                            getattr(export, "timestamp_url", "")))

    @property
    def signs(self) -> bool:
        return self._load is not None

    def identity(self) -> SigningIdentity:
        with self._lock:
            if self._identity is None:
                if self._load is None:
                    raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr("No signing certificate was chosen."))
                try:
                    self._identity = self._load()
                except NbpError as exc:
                    raise SigningUnavailable(exc.kind, exc.message, detail=exc.detail) from None
            return self._identity


@dataclass(frozen=True)
class ExportChange:
    """What an export did to the picture, for the manifest's actions."""

    resized: bool = False
    colour_converted: bool = False
    reencoded: bool = False
    format_changed: bool = False
    metadata_changed: bool = False

    def actions(self) -> list[dict[str, Any]]:
        agent = {"name": APP_NAME, "version": __version__}
        actions: list[dict[str, Any]] = [{"action": "c2pa.opened", "softwareAgent": agent,
                                           "parameters": {"ingredientIds": [_PARENT]}}]
        if self.resized:
            actions.append({"action": "c2pa.resized", "softwareAgent": agent})
        if self.colour_converted:
            actions.append({"action": "c2pa.color_adjustments", "softwareAgent": agent,
                            "parameters": {"description": "converted to the preset's colour profile"}})
        if self.format_changed:
            actions.append({"action": "c2pa.converted", "softwareAgent": agent})
        elif self.reencoded:
            actions.append({"action": "c2pa.transcoded", "softwareAgent": agent})
        if self.metadata_changed:
            actions.append({"action": "c2pa.edited.metadata", "softwareAgent": agent})
        return actions


def add_export_manifest(original: bytes, original_mime: str, exported: bytes, export_mime: str,
                        change: ExportChange, identity: SigningIdentity, title: str,
                        ingredient_archive: bytes | None = None) -> bytes:
    """``exported`` with a new signed manifest: the original (and whatever manifest it carries)
    as the parent ingredient, our actions, and this app as the claim generator.
    ``ingredient_archive``: that ingredient as read before (parent_ingredient.py), so the
    original is not read and validated again."""
    manifest = {
        "claim_generator_info": [{"name": APP_NAME, "version": __version__}],
        "title": title,
        "format": export_mime,
        "assertions": [{"label": "c2pa.actions.v2", "data": {"actions": change.actions()}}],
    }
    # No re-reading of what was just signed (the tests read every preset back), no thumbnails.
    context = c2pa.Context.from_dict({"builder": {"thumbnail": {"enabled": False}},
                                      "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False,
                                                 "verify_after_sign": False}})
    info = c2pa.C2paSignerInfo(alg=_ALGORITHMS[identity.algorithm], sign_cert=identity.chain_pem,
                               private_key=identity.key_pem,
                               ta_url=identity.timestamp_url.encode() if identity.timestamp_url else None)
    try:
        with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest, context) as builder:
            if ingredient_archive is not None:
                builder.add_ingredient_from_archive(io.BytesIO(ingredient_archive))
            else:
                ingredient = {"title": f"original{_suffix(original_mime)}", "relationship": "parentOf",
                              "label": _PARENT}
                builder.add_ingredient(ingredient, original_mime, io.BytesIO(original))
            out = io.BytesIO()
            builder.sign(signer, export_mime, io.BytesIO(exported), out)
            return out.getvalue()
    except c2pa.C2paError as exc:
        text = str(exc)
        if "timestamp" in text.lower() or "tsa" in text.lower() or "http" in text.lower():
            raise SigningUnavailable(ErrorKind.NETWORK, ProvenanceText.tr(
                "The time-stamp server {url} could not be reached or refused the request.").format(
                    url=identity.timestamp_url), detail=text) from None
        if "certificate" in text.lower() or "signature" in text.lower() or "sign" in text.lower():
            raise SigningUnavailable(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
                "The certificate “{signer}” was refused for signing Content Credentials.").format(
                    signer=identity.signer_name), detail=text) from None
        raise NbpError(ErrorKind.NOT_AN_IMAGE, ProvenanceText.tr(
            "Content Credentials could not be added to the export."), detail=text) from None


def _suffix(mime: str) -> str:
    return next((s for s, m in MIME_BY_SUFFIX.items() if m == mime), "")


# ------------------------------------------------------------- exporter hooks
@dataclass(frozen=True)
class WithCredentials:
    data: bytes
    note: str = ""
    signed: bool = False  # our manifest was added


def with_content_credentials(original: bytes, original_mime: str, exported: bytes, source: ExportSource,
                             preset: ExportPreset, signing: ExportSigning | None,
                             reencoded: bool) -> WithCredentials:
    """The exported bytes as they are written: with our signed manifest (keep), or as they are
    (strip, or the user chose to go on without a signer)."""
    export_mime = EXPORT_MIME.get(preset.format)
    if preset.content_credentials == STRIP or export_mime is None:
        return WithCredentials(exported)
    if signing is None or not signing.signs:
        return WithCredentials(exported, "no new Content Credentials (no signing certificate)")
    target = preset.target_long_edge(source.width, source.height)
    change = ExportChange(resized=target is not None and target != max(source.width, source.height),
                          colour_converted=preset.icc == "convert", reencoded=reencoded,
                          format_changed=export_mime != original_mime, metadata_changed=True)
    identity = signing.identity()
    archive = None
    if source.ingredients is not None:
        try:
            archive = IngredientCache(source.ingredients).archive(source.image_id, source.path, original,
                                                                  original_mime)
        except c2pa.C2paError:
            archive = None  # add_export_manifest reads the original itself and says what failed
    signed = add_export_manifest(original, original_mime, exported, export_mime, change, identity,
                                 f"{source.image_id}{_suffix(export_mime)}", archive)
    return WithCredentials(signed, "new Content Credentials signed, with the original's as their ingredient",
                           signed=True)
