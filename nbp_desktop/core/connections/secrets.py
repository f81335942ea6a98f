"""Secrets (API keys, service-account JSON) in the OS keychain, through ``keyring``.

Never in a settings file, and never a silent plaintext fallback: with no keychain the user is
told why and what to do. Windows Credential Manager holds about 1280 characters per entry, so
long values (a service-account JSON is 2-2.5 KB) are stored as numbered chunks on every
platform alike. Calls can block (D-Bus, OS prompts); async callers run them in a thread.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from types import TracebackType

import keyring
import keyring.errors

from nbp_desktop import APP_NAME
from nbp_desktop.core.connections.config import ConnectionText
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.redaction import remember_secret

CHUNK_CHARS = 1000  # well under Windows' 2560-byte (UTF-16) credential blob
_CHUNKED = "nbp-chunks:"
# A real service-account key file is 2-2.5 KB; anything far larger is not one, and storing it
# would take minutes of keychain calls.
MAX_SERVICE_ACCOUNT_BYTES = 64 * 1024
_BOM = "\ufeff"


def clean_api_key(text: str, label: str | None = None) -> tuple[str, list[str]]:
    """The key as it can be sent in a header, and notes for the user about what was tidied.
    Refused with a sentence (never quoting the key) when it cannot be a key. ``label`` names
    the key in the sentences (default: “API key”)."""
    label = label or ConnectionText.tr("API key")
    notes = []
    key = text.strip()
    if key.startswith(_BOM):
        key = key.lstrip(_BOM).strip()
        notes.append(ConnectionText.tr("An invisible byte-order mark at the start of the "
                                       "{label} was removed.").format(label=label))
    if not key:
        raise NbpError(ErrorKind.INVALID_SETTING,
                       ConnectionText.tr("The {label} is empty.").format(label=label))
    for position, char in enumerate(key, start=1):
        if char.isspace() or ord(char) < 0x20 or ord(char) == 0x7F:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           ConnectionText.tr("The {label} has {character} inside it (character "
                                             "{position}); it must be one line of letters and "
                                             "digits. Copy it again from the console.")
                           .format(label=label, character=_invisible_in_words(char),
                                   position=position))
        if not char.isascii():
            raise NbpError(ErrorKind.INVALID_SETTING,
                           ConnectionText.tr("The {label} contains a character that is not plain "
                                             "ASCII (character {position}); it may only have "
                                             "letters, digits and a few marks. Copy it again "
                                             "from the console.")
                           .format(label=label, position=position))
    return key, notes


def _invisible_in_words(char: str) -> str:
    if char in "\n\r":
        return ConnectionText.tr("a line break")
    if char == "\t":
        return ConnectionText.tr("a tab")
    if char == "\x00":
        return ConnectionText.tr("a NUL character")
    if char == " ":
        return ConnectionText.tr("a space")
    return ConnectionText.tr("an invisible character")


def read_service_account_file(path: Path) -> str:
    """The text of a key file the user chose: a regular file of sane size, read as UTF-8."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise NbpError(ErrorKind.BAD_SERVICE_ACCOUNT,
                           ConnectionText.tr("{path} is not a regular file; choose the JSON key "
                                             "file itself.").format(path=path))
        if info.st_size > MAX_SERVICE_ACCOUNT_BYTES:
            check_service_account_size("x" * info.st_size, f"“{path.name}”")
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NbpError(ErrorKind.BAD_SERVICE_ACCOUNT,
                       ConnectionText.tr("The service-account file {path} cannot be read.")
                       .format(path=path),
                       detail=str(exc)) from None


def check_service_account_size(text: str, source: str | None = None) -> None:
    """Refuse what cannot be a key file before it reaches the keychain. ``source`` names the
    file as the sentence's subject (default: “The file”)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_SERVICE_ACCOUNT_BYTES:
        raise NbpError(ErrorKind.BAD_SERVICE_ACCOUNT,
                       ConnectionText.tr("{source} is {size} KB; a Google service-account key "
                                         "file is about 2 KB (at most {limit} KB is accepted). "
                                         "Choose the JSON key file the Google Cloud console "
                                         "downloaded.")
                       .format(source=source or ConnectionText.tr("The file"),
                               size=f"{size / 1024:.0f}", limit=MAX_SERVICE_ACCOUNT_BYTES // 1024))


def _no_keyring_message() -> str:
    if sys.platform.startswith("linux"):
        return ConnectionText.tr("No system keychain is available, so the secret cannot be "
                                 "stored safely. Install and unlock a Secret Service keychain "
                                 "(GNOME Keyring or KWallet) and sign in to a desktop session, "
                                 "then try again.")
    return ConnectionText.tr("No system keychain is available, so the secret cannot be stored "
                             "safely. Check that your system keychain is unlocked, then try "
                             "again.")


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
        remember_secret(value)
        with _keyring_errors():
            old_chunks = self._chunk_count(name)
            if len(value) <= CHUNK_CHARS:
                keyring.set_password(self.service, self._user(name), value)
                count = 0
            else:
                pieces = [value[i:i + CHUNK_CHARS] for i in range(0, len(value), CHUNK_CHARS)]
                written = 0
                try:
                    for index, piece in enumerate(pieces):
                        keyring.set_password(self.service, self._user(name, index), piece)
                        written = index + 1
                except BaseException:
                    # A failed or interrupted add leaves no pieces of a secret behind.
                    for index in range(max(written, old_chunks) + 1):
                        self._delete_quietly(self._user(name, index))
                    raise
                count = len(pieces)
                # The header is written last, so a half-written value is never read back.
                keyring.set_password(self.service, self._user(name), f"{_CHUNKED}{count}")
            for index in range(count, old_chunks):
                self._delete_quietly(self._user(name, index))

    def get(self, name: str) -> str | None:
        with _keyring_errors():
            head = keyring.get_password(self.service, self._user(name))
            if head is None or not head.startswith(_CHUNKED):
                remember_secret(head)
                return head
            pieces = []
            for index in range(int(head[len(_CHUNKED):])):
                piece = keyring.get_password(self.service, self._user(name, index))
                if piece is None:
                    return None
                pieces.append(piece)
            remember_secret("".join(pieces))
            return "".join(pieces)

    def delete(self, name: str) -> int:
        """Remove the secret and every piece of it, including the pieces an add that was
        killed half-way left without a header. Returns how many entries were removed."""
        removed = 0
        with _keyring_errors():
            chunks = self._chunk_count(name)
            removed += self._delete_quietly(self._user(name))
            index = 0
            while True:  # up to the first missing piece past the header's count
                gone = self._delete_quietly(self._user(name, index))
                removed += gone
                if not gone and index >= chunks:
                    break
                index += 1
        return removed

    def _chunk_count(self, name: str) -> int:
        head = keyring.get_password(self.service, self._user(name))
        if head and head.startswith(_CHUNKED):
            return int(head[len(_CHUNKED):])
        return 0

    def _delete_quietly(self, user: str) -> int:
        try:
            keyring.delete_password(self.service, user)
        except keyring.errors.PasswordDeleteError:
            return 0
        return 1


class _keyring_errors:
    """Turns keyring's exceptions into NbpError with a sentence for the user."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc is None or isinstance(exc, NbpError):
            return
        if isinstance(exc, keyring.errors.NoKeyringError):
            raise NbpError(ErrorKind.NO_KEYRING, _no_keyring_message(), detail=str(exc)) from None
        if isinstance(exc, keyring.errors.KeyringLocked):
            raise NbpError(ErrorKind.NO_KEYRING,
                           ConnectionText.tr("The system keychain is locked. Unlock it and try "
                                             "again."),
                           detail=str(exc)) from None
        if isinstance(exc, (keyring.errors.KeyringError, OSError)):
            raise NbpError(ErrorKind.NO_KEYRING,
                           ConnectionText.tr("The system keychain refused to store or read the "
                                             "secret."),
                           detail=f"{type(exc).__name__}: {exc}") from None
