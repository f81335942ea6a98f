"""The user's connections: settings in ``settings.json``, secrets in the keychain."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind, ConnectionText
from nbp_desktop.core.connections.secrets import (SecretStore, check_service_account_size,
                                                  clean_api_key)
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.google.auth import (ApiKeyAuth, Authenticator, ServiceAccountAuth,
                                          parse_service_account)
from nbp_desktop.core.google.transport import tls_verify
from nbp_desktop.core.settings import Settings, SettingsFile


class ConnectionRegistry:
    """Blocking (keychain calls may wait on the OS); async callers use a worker thread."""

    def __init__(self, data_dir: Path, settings_file: SettingsFile | None = None,
                 settings: Settings | None = None) -> None:
        self.settings_file = settings_file or SettingsFile(data_dir)
        self.settings = settings if settings is not None else self.settings_file.load()
        if not self.settings_file.path.exists():
            # Persist the profile id before any secret is filed under it.
            self.settings_file.save(self.settings)
        self.secrets = SecretStore(self.settings.profile_id)
        # By a hash of kind and secret (never the secret itself): called from worker threads.
        self._authenticators: dict[str, Authenticator] = {}
        self._authenticators_lock = threading.Lock()

    def list(self) -> list[ConnectionConfig]:
        return list(self.settings.connections)

    def get(self, name: str) -> ConnectionConfig:
        return self.settings.connection(name)

    def add(self, config: ConnectionConfig, secret: str, source: str | None = None) -> ConnectionConfig:
        """Add (or replace) a connection. The secret is validated and stored in the keychain
        first, so a failure leaves no connection without its secret."""
        self.notes: list[str] = []  # what was tidied in the secret, to tell the user
        if config.kind is ConnectionKind.VERTEX:
            check_service_account_size(secret, source)
            secret = secret.strip().lstrip("\ufeff")
        else:
            secret, self.notes = clean_api_key(secret, config.kind.secret_label)
        if not secret:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           ConnectionText.tr("The {label} is empty.")
                           .format(label=config.kind.secret_label))
        if config.kind is ConnectionKind.VERTEX:
            info = parse_service_account(secret, source)
            config.project = config.project or info.get("project_id")
            config.account = info.get("client_email")
        config.validate()
        self.secrets.set(config.name, secret)
        self.settings.connections = [c for c in self.settings.connections if c.name != config.name]
        self.settings.connections.append(config)
        if not self.settings.default_connection:
            self.settings.default_connection = config.name
        self.settings_file.save(self.settings)
        return config

    def update(self, old_name: str, config: ConnectionConfig) -> ConnectionConfig:
        """Change a connection's settings and keep its secret (moved if the name changed)."""
        self.get(old_name)
        config.validate()
        if config.name != old_name:
            secret = self.secrets.get(old_name)
            if secret is None:
                raise NbpError(ErrorKind.SECRET_MISSING,
                               ConnectionText.tr("The secret of “{name}” is not in the keychain "
                                                 "any more; enter it again.")
                               .format(name=old_name))
            self.secrets.set(config.name, secret)
            self.secrets.delete(old_name)
        self.settings.connections = [config if c.name == old_name else c
                                     for c in self.settings.connections]
        if self.settings.default_connection == old_name:
            self.settings.default_connection = config.name
        self.settings_file.save(self.settings)
        return config

    def remove(self, name: str) -> int:
        """Remove a connection and its secret. For a name with no connection (an add that was
        killed half-way), the keychain entries it left are removed; how many is returned."""
        if name not in {c.name for c in self.settings.connections}:
            removed = self.secrets.delete(name)
            if removed:
                return removed
        self.get(name)
        self.secrets.delete(name)
        self.settings.connections = [c for c in self.settings.connections if c.name != name]
        if self.settings.default_connection == name:
            self.settings.default_connection = (self.settings.connections[0].name
                                                if self.settings.connections else "")
        self.settings_file.save(self.settings)
        return 0  # no leftovers: the connection and its secret are gone

    def authenticator(self, config: ConnectionConfig) -> Authenticator:
        """One per credential: connections that share a service account share its token."""
        secret = self.secrets.get(config.name)
        if secret is None:
            raise NbpError(ErrorKind.SECRET_MISSING,
                           ConnectionText.tr("The {label} for “{name}” is not in the keychain "
                                             "any more. Edit the connection and enter it again.")
                           .format(label=config.kind.secret_label, name=config.name))
        credential = hashlib.sha256(f"{config.kind}\n{secret}".encode()).hexdigest()
        with self._authenticators_lock:
            auth = self._authenticators.get(credential)
            if auth is None:
                auth = authenticator_for(config, secret, self.settings)
                self._authenticators[credential] = auth
        return auth


def authenticator_for(config: ConnectionConfig, secret: str, settings: Settings) -> Authenticator:
    if config.kind is ConnectionKind.VERTEX:
        info = parse_service_account(secret, ConnectionText.tr("The key stored for “{name}”")
                                     .format(name=config.name))
        return ServiceAccountAuth(info, verify=tls_verify(settings.network.ca_file),
                                  proxy=settings.network.proxy or None)
    return ApiKeyAuth(secret, bearer=config.kind is ConnectionKind.OPENAI)
