"""Secrets (API keys, service-account JSON) in the OS keychain, through ``keyring``.

Never in a settings file, and never a silent plaintext fallback: with no keychain the user is
told why and what to do. Windows Credential Manager holds about 1280 characters per entry, so
long values (a service-account JSON is 2-2.5 KB) are stored as numbered chunks on every
platform alike. Calls can block (D-Bus, OS prompts); async callers run them in a thread.
"""

from __future__ import annotations

import sys

import keyring
import keyring.errors

from nbp_desktop import APP_NAME
from nbp_desktop.core.errors import ErrorKind, NbpError

CHUNK_CHARS = 1000  # well under Windows' 2560-byte (UTF-16) credential blob
_CHUNKED = "nbp-chunks:"


def _no_keyring_message() -> str:
    if sys.platform.startswith("linux"):
        how = ("Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and "
               "sign in to a desktop session, then try again.")
    else:
        how = "Check that your system keychain is unlocked, then try again."
    return f"No system keychain is available, so the secret cannot be stored safely. {how}"


class SecretStore:
    """Keychain entries for one data dir, named ``<profile>/<connection name>``."""

    def __init__(self, profile_id: str, service: str = APP_NAME) -> None:
        self.profile_id = profile_id
        self.service = service

    def _user(self, name: str, chunk: int | None = None) -> str:
        user = f"{self.profile_id}/{name}"
        return user if chunk is None else f"{user}#{chunk}"

    @staticmethod
    def backend_name() -> str:
        """Which keychain is in use, for the settings pane; 'none' if there is none."""
        backend = keyring.get_keyring()
        name = type(backend).__module__.replace("keyring.backends.", "") + "." + type(backend).__name__
        if backend.priority <= 0 or "fail" in name:
            return "none"
        return name

    def set(self, name: str, value: str) -> None:
        with _keyring_errors():
            old_chunks = self._chunk_count(name)
            if len(value) <= CHUNK_CHARS:
                keyring.set_password(self.service, self._user(name), value)
                count = 0
            else:
                pieces = [value[i:i + CHUNK_CHARS] for i in range(0, len(value), CHUNK_CHARS)]
                for index, piece in enumerate(pieces):
                    keyring.set_password(self.service, self._user(name, index), piece)
                count = len(pieces)
                # The header is written last, so a half-written value is never read back.
                keyring.set_password(self.service, self._user(name), f"{_CHUNKED}{count}")
            for index in range(count, old_chunks):
                self._delete_quietly(self._user(name, index))

    def get(self, name: str) -> str | None:
        with _keyring_errors():
            head = keyring.get_password(self.service, self._user(name))
            if head is None or not head.startswith(_CHUNKED):
                return head
            pieces = []
            for index in range(int(head[len(_CHUNKED):])):
                piece = keyring.get_password(self.service, self._user(name, index))
                if piece is None:
                    return None
                pieces.append(piece)
            return "".join(pieces)

    def delete(self, name: str) -> None:
        with _keyring_errors():
            chunks = self._chunk_count(name)
            self._delete_quietly(self._user(name))
            for index in range(chunks):
                self._delete_quietly(self._user(name, index))

    def _chunk_count(self, name: str) -> int:
        head = keyring.get_password(self.service, self._user(name))
        if head and head.startswith(_CHUNKED):
            return int(head[len(_CHUNKED):])
        return 0

    def _delete_quietly(self, user: str) -> None:
        try:
            keyring.delete_password(self.service, user)
        except keyring.errors.PasswordDeleteError:
            pass


class _keyring_errors:
    """Turns keyring's exceptions into NbpError with a sentence for the user."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None or isinstance(exc, NbpError):
            return False
        if isinstance(exc, keyring.errors.NoKeyringError):
            raise NbpError(ErrorKind.NO_KEYRING, _no_keyring_message(), detail=str(exc)) from None
        if isinstance(exc, keyring.errors.KeyringLocked):
            raise NbpError(ErrorKind.NO_KEYRING,
                           "The system keychain is locked. Unlock it and try again.",
                           detail=str(exc)) from None
        if isinstance(exc, (keyring.errors.KeyringError, OSError)):
            raise NbpError(ErrorKind.NO_KEYRING,
                           "The system keychain refused to store or read the secret.",
                           detail=f"{type(exc).__name__}: {exc}") from None
        return False
