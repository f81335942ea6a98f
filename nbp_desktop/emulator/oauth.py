"""The OAuth token endpoint for service accounts, as Google's ``token_uri`` behaves.

It issues service-account key files whose ``token_uri`` points back at the emulator, and
checks each JWT bearer assertion the way Google does: RS256 signature by the registered key,
issuer, audience, expiry and the cloud-platform scope.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from typing import Any
from urllib.parse import parse_qs

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token"
CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenAuthority:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._public_keys: dict[str, rsa.RSAPublicKey] = {}  # client_email -> key
        self._revoked: set[str] = set()
        self._tokens: dict[str, tuple[str, float]] = {}  # token -> (email, expires at)
        self.token_requests = 0

    def create_service_account(self, token_uri: str, project_id: str = "nbp-emulator-project",
                               name: str = "nbp-desktop") -> dict[str, Any]:
        """A service-account key file (as a dict) that this authority will accept."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
        email = f"{name}-{secrets.token_hex(3)}@{project_id}.iam.gserviceaccount.com"
        with self._lock:
            self._public_keys[email] = key.public_key()
        return {
            "type": "service_account",
            "project_id": project_id,
            "private_key_id": secrets.token_hex(20),
            "private_key": pem,
            "client_email": email,
            "client_id": str(secrets.randbits(64)),
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": token_uri,
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{email}",
            "universe_domain": "googleapis.com",
        }

    def revoke(self, email: str) -> None:
        with self._lock:
            self._revoked.add(email)
            self._tokens = {t: v for t, v in self._tokens.items() if v[0] != email}

    def expire_all_tokens(self) -> None:
        """Make every issued token invalid, as after a key rotation: the next call gets 401."""
        with self._lock:
            self._tokens.clear()

    def token_is_valid(self, token: str) -> bool:
        with self._lock:
            entry = self._tokens.get(token)
        return entry is not None and entry[1] > time.time()

    def handle_token_request(self, body: bytes, token_uri: str) -> tuple[int, dict[str, Any]]:
        self.token_requests += 1
        form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return 400, {"error": "unsupported_grant_type",
                         "error_description": "Invalid grant_type."}
        try:
            claims = self._verify(form.get("assertion", ""), token_uri)
        except ValueError as exc:
            return 400, {"error": "invalid_grant", "error_description": str(exc)}
        token = "ya29.emu-" + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = (claims["iss"], time.time() + 3600)
        return 200, {"access_token": token, "expires_in": 3599, "token_type": "Bearer"}

    def _verify(self, assertion: str, token_uri: str) -> dict[str, Any]:
        try:
            header_b64, claims_b64, signature_b64 = assertion.split(".")
            header = json.loads(_b64url_decode(header_b64))
            claims: dict[str, Any] = json.loads(_b64url_decode(claims_b64))
            signature = _b64url_decode(signature_b64)
        except (ValueError, TypeError):
            raise ValueError("Invalid JWT: malformed assertion.") from None
        if header.get("alg") != "RS256":
            raise ValueError("Invalid JWT: alg must be RS256.")
        email = claims.get("iss", "")
        with self._lock:
            key = self._public_keys.get(email)
            revoked = email in self._revoked
        if key is None or revoked:
            raise ValueError("Invalid JWT Signature." if key is None else
                             "Invalid grant: account not found.")
        try:
            key.verify(signature, f"{header_b64}.{claims_b64}".encode(), padding.PKCS1v15(),
                       hashes.SHA256())
        except InvalidSignature:
            raise ValueError("Invalid JWT Signature.") from None
        if claims.get("aud") not in (GOOGLE_TOKEN_AUDIENCE, token_uri):
            raise ValueError("Invalid JWT: Token must be a short-lived token (60 minutes) and "
                             "in a reasonable timeframe. Check your iat and exp values in the "
                             "JWT claim.")
        now = time.time()
        if not (claims.get("iat", 0) - 300 <= now < claims.get("exp", 0)):
            raise ValueError("Invalid JWT: Token must be a short-lived token (60 minutes) and "
                             "in a reasonable timeframe.")
        if CLOUD_PLATFORM_SCOPE not in str(claims.get("scope", "")).split():
            raise ValueError("Invalid OAuth scope or ID token audience provided.")
        return claims
