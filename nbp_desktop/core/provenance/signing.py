"""Who signs the Content Credentials we add to exports: this installation's own key, or the
user's certificate (PEM or PKCS#12) from Settings.

The installation key and its certificates are made on first need and kept only in the OS
keychain. C2PA readers refuse a self-signed signing certificate, so the installation gets a
small private CA that issues the signing certificate; viewers still call the signer "unknown",
because that CA is on nobody's trust list. Blocking (keychain, key generation): call from a
worker thread.
"""

from __future__ import annotations

import datetime
import re
import secrets as token_source
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes, PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from nbp_desktop import APP_NAME
from nbp_desktop.core.connections.secrets import SecretStore
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.provenance import ProvenanceText
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP

INSTALLATION_CHAIN = "content-credentials/installation-chain"
INSTALLATION_KEY = "content-credentials/installation-key"
USER_CERTIFICATE_PASSWORD = "content-credentials/certificate-password"
# Shown as translate("ProvenanceText", UNKNOWN_SIGNER_NOTE).
UNKNOWN_SIGNER_NOTE = QT_TRANSLATE_NOOP(
    "ProvenanceText", "Exports are signed with this computer's own certificate; Content Credentials viewers "
    "will call the signer “unknown”, because no public trust list knows it. Use your own certificate in "
    "Settings to be named.")

# EKUs C2PA accepts for a signing certificate (C2PA 2.x, certificate profile).
_C2PA_CLAIM_SIGNING = ObjectIdentifier("1.3.6.1.4.1.62558.2.1")
_DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")
_PEM_KEY = re.compile(rb"-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?-----END \1PRIVATE KEY-----", re.S)
_SIGNING_EKUS = {ExtendedKeyUsageOID.EMAIL_PROTECTION, _DOCUMENT_SIGNING, _C2PA_CLAIM_SIGNING,
                 ExtendedKeyUsageOID.TIME_STAMPING, ExtendedKeyUsageOID.OCSP_SIGNING}


@dataclass(frozen=True)
class SigningIdentity:
    """A certificate chain (signing certificate first) and its private key, as PEM."""

    chain_pem: bytes
    key_pem: bytes
    origin: str  # "installation" | "user"
    timestamp_url: str = ""

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificates(self.chain_pem)[0]

    @property
    def root_pem(self) -> bytes:
        """The chain's last certificate: a trust anchor for checking our own signatures."""
        return x509.load_pem_x509_certificates(self.chain_pem)[-1].public_bytes(serialization.Encoding.PEM)

    @property
    def algorithm(self) -> str:
        """The C2PA signing algorithm name for the key."""
        key = self.certificate.public_key()
        if isinstance(key, ec.EllipticCurvePublicKey):
            return {256: "es256", 384: "es384", 521: "es512"}.get(key.curve.key_size, "es256")
        if isinstance(key, ed25519.Ed25519PublicKey):
            return "ed25519"
        return "ps256"

    @property
    def signer_name(self) -> str:
        return describe_subject(self.certificate)


def describe_subject(certificate: x509.Certificate) -> str:
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        names = certificate.subject.get_attributes_for_oid(oid)
        if names:
            return str(names[0].value)
    return certificate.subject.rfc4514_string() or "an unnamed certificate"


# ----------------------------------------------------------------- installation
def installation_identity(store: SecretStore) -> SigningIdentity:
    """This installation's signing identity, made and stored in the keychain on first need."""
    chain, key = store.get(INSTALLATION_CHAIN), store.get(INSTALLATION_KEY)
    if chain and key:
        identity = SigningIdentity(chain.encode("ascii"), key.encode("ascii"), "installation")
        if identity.certificate.not_valid_after_utc > _now() + datetime.timedelta(days=30):
            return identity
    identity = make_installation_identity()
    # The key is written last: a half-finished pair is never used (the chain alone is useless).
    store.set(INSTALLATION_CHAIN, identity.chain_pem.decode("ascii"))
    store.set(INSTALLATION_KEY, identity.key_pem.decode("ascii"))
    return identity


def make_installation_identity(organisation: str = f"{APP_NAME} user", years: int = 10,
                               valid_from: datetime.datetime | None = None,
                               common_name: str = "") -> SigningIdentity:
    """A private CA and a C2PA signing certificate issued by it (ES256)."""
    start = valid_from or _now() - datetime.timedelta(days=1)
    end = start + datetime.timedelta(days=365 * years)
    tag = token_source.token_hex(4)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                         x509.NameAttribute(NameOID.COMMON_NAME, f"{APP_NAME} installation CA {tag}")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(start).not_valid_after(end)
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(_key_usage(sign_certificates=True), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = issue_certificate(ca, ca_key, key, organisation, common_name or f"{APP_NAME} installation {tag}",
                             start, end)
    chain = leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return SigningIdentity(chain, key_pem, "installation")


def issue_certificate(ca: x509.Certificate, ca_key: CertificateIssuerPrivateKeyTypes,
                      key: CertificateIssuerPrivateKeyTypes, organisation: str, common_name: str,
                      start: datetime.datetime, end: datetime.datetime,
                      signing: bool = True) -> x509.Certificate:
    """A leaf certificate from ``ca``; ``signing=False`` makes one C2PA must refuse (for tests
    and for the sentence that says so)."""
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(ca.subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(end)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                              critical=False))
    if signing:
        builder = (builder.add_extension(_key_usage(), critical=True)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False))
    else:
        builder = (builder.add_extension(_key_usage(sign=False), critical=True)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
    return builder.sign(ca_key, hashes.SHA256())


def _key_usage(sign: bool = True, sign_certificates: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=sign and not sign_certificates, content_commitment=False,
                         key_encipherment=not sign, data_encipherment=False, key_agreement=False,
                         key_cert_sign=sign_certificates, crl_sign=sign_certificates,
                         encipher_only=False, decipher_only=False)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


# ------------------------------------------------------------------------ user
def load_user_identity(path: Path, password: str | None, timestamp_url: str = "") -> SigningIdentity:
    """The user's certificate chain and key from a PEM file (chain and key together) or a
    PKCS#12 file; raises NbpError with a sentence that says what is wrong with it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "The signing certificate file {name} cannot be read.").format(name=path.name),
            detail=str(exc)) from None
    secret = password.encode("utf-8") if password else None
    if b"-----BEGIN" in data:
        certificates, key = _from_pem(data, secret, path.name)
    else:
        certificates, key = _from_pkcs12(data, secret, path.name)
    check_signing_certificate(certificates, key, path.name)
    chain = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return SigningIdentity(chain, key_pem, "user", timestamp_url)


def _from_pem(data: bytes, password: bytes | None, name: str) -> tuple[list[x509.Certificate], PrivateKeyTypes]:
    try:
        certificates = x509.load_pem_x509_certificates(data)
    except ValueError:
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "{name} holds no certificate; it needs the certificate chain and the private key.").format(
                name=name)) from None
    block = _PEM_KEY.search(data)
    if block is None:
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "{name} holds no private key; put the key in the same file as the certificate chain.").format(
                name=name))
    try:
        key = serialization.load_pem_private_key(block.group(0), password)
    except TypeError:
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "The private key in {name} is protected by a password; enter it in Settings.").format(
                name=name)) from None
    except ValueError as exc:
        raise _wrong_password(name, password, exc) from None
    return certificates, key


def _from_pkcs12(data: bytes, password: bytes | None,
                 name: str) -> tuple[list[x509.Certificate], PrivateKeyTypes]:
    try:
        key, certificate, others = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        raise _wrong_password(name, password, exc) from None
    if certificate is None or key is None:
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "{name} must hold both a certificate and its private key.").format(name=name))
    return [certificate, *others], key


def _wrong_password(name: str, password: bytes | None, exc: Exception) -> NbpError:
    text = str(exc).lower()
    if password is None and ("password" in text or "encrypted" in text):
        return NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "{name} is protected by a password; enter it in Settings.").format(name=name), detail=str(exc))
    if "password" in text or "mac" in text or "decrypt" in text or password is not None:
        return NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr("The password for {name} is wrong.").format(
            name=name), detail=str(exc))
    return NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
        "{name} is not a certificate file (PEM or PKCS#12) this app can read.").format(name=name),
        detail=str(exc))


def check_signing_certificate(certificates: list[x509.Certificate], key: PrivateKeyTypes, name: str) -> None:
    """The checks C2PA makes of a signing certificate, as sentences before an export fails."""
    leaf = certificates[0]
    who = describe_subject(leaf)
    now = _now()
    if leaf.not_valid_after_utc < now:
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "The certificate “{who}” in {name} expired on {date}.").format(
                who=who, name=name, date=f"{leaf.not_valid_after_utc:%Y-%m-%d}"))
    if leaf.not_valid_before_utc > now:
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "The certificate “{who}” in {name} is not valid before {date}.").format(
                who=who, name=name, date=f"{leaf.not_valid_before_utc:%Y-%m-%d}"))
    if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey)):
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or "
            "Ed25519).").format(name=name))
    if key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) != \
            leaf.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo):
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "The private key in {name} does not belong to the certificate “{who}”.").format(name=name, who=who))
    not_signing = NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
        "The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign "
        "documents (Content Credentials need one issued for document or e-mail signing).").format(
            who=who, name=name))
    try:
        if leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            raise not_signing
    except x509.ExtensionNotFound:
        pass
    try:
        if not leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature:
            raise not_signing
    except x509.ExtensionNotFound:
        pass
    try:
        usages = set(leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value)
        if not usages & _SIGNING_EKUS:
            raise not_signing
    except x509.ExtensionNotFound:
        raise not_signing from None
    if leaf.issuer == leaf.subject:
        raise NbpError(ErrorKind.INVALID_SETTING, ProvenanceText.tr(
            "The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by "
            "a certificate authority (include its chain in the file).").format(who=who, name=name))


# --------------------------------------------------------------------- choosing
def current_identity(store: SecretStore, certificate_path: str, timestamp_url: str = "") -> SigningIdentity:
    """The identity exports are signed with: the user's certificate when Settings name one
    (its password from the keychain), else this installation's."""
    if certificate_path:
        return load_user_identity(Path(certificate_path), store.get(USER_CERTIFICATE_PASSWORD), timestamp_url)
    identity = installation_identity(store)
    if timestamp_url:
        identity = SigningIdentity(identity.chain_pem, identity.key_pem, identity.origin, timestamp_url)
    return identity
