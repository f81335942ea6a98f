"""Settings → Content Credentials: who signs the C2PA manifests added to exports. This
computer's own certificate (made on first need, kept in the keychain; viewers call it
"unknown"), or the user's own certificate chain and key (PEM or PKCS#12, its password in the
keychain); and an optional RFC 3161 time-stamp server."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QWidget)

from nbp_desktop.core.connections.secrets import SecretStore
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.provenance.signing import (UNKNOWN_SIGNER_NOTE, USER_CERTIFICATE_PASSWORD,
                                                 SigningIdentity, load_user_identity)
from nbp_desktop.core.services import Services
from nbp_desktop.core.translation import translate
from nbp_desktop.qt.event_loop import async_slot


class ContentCredentialsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        export = services.settings.export
        self.store = SecretStore(services.settings.profile_id)
        self.certificate = QLineEdit(export.signing_certificate)
        self.certificate.setPlaceholderText(self.tr("none: this computer's own certificate"))
        self.certificate.setAccessibleName(self.tr("Signing certificate file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        own = QPushButton(self.tr("Use this computer's own"))
        own.clicked.connect(self._use_own)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keychain"))
        self.password.setAccessibleName(self.tr("Certificate password"))
        self.check_button = QPushButton(self.tr("Check certificate"))
        self.check_button.clicked.connect(self.check)
        self.timestamp_url = QLineEdit(export.timestamp_url)
        self.timestamp_url.setPlaceholderText(self.tr("none (e.g. {url})").format(url="http://timestamp.digicert.com"))
        self.timestamp_url.setAccessibleName(self.tr("Time-stamp server"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Signing certificate status"))
        note = QLabel(translate("ProvenanceText", UNKNOWN_SIGNER_NOTE))
        note.setWordWrap(True)
        note.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.certificate, 1)
        file_row.addWidget(choose)
        file_row.addWidget(own)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.check_button)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Exports that change a file get new Content Credentials (C2PA) with "
                                   "Google's as their ingredient, signed by:")))
        form.addRow(self.tr("Certificate (PEM or PKCS#12)"), file_row)
        form.addRow(self.tr("Password"), password_row)
        form.addRow(self.tr("Time-stamp server"), self.timestamp_url)
        form.addRow("", self.status)
        form.addRow("", note)
        self._describe()

    def _describe(self, identity: SigningIdentity | None = None) -> None:
        if not self.certificate.text().strip():
            self.status.setText(self.tr("Signed with this computer's own certificate."))
        elif identity is not None:
            until = identity.certificate.not_valid_after_utc
            self.status.setText(self.tr("✓ “{signer}” can sign Content Credentials until {date}.").format(
                signer=identity.signer_name, date=f"{until:%Y-%m-%d}"))
        else:
            self.status.setText(self.tr("Your certificate is used; press Check certificate to test it."))

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Signing certificate"), "",
                                              self.tr("Certificates with key (*.pem *.p12 *.pfx)"))
        if name:
            self.certificate.setText(name)
            self._describe()

    def _use_own(self) -> None:
        self.certificate.clear()
        self.password.clear()
        self._describe()

    @async_slot()
    async def check(self) -> None:
        await self.check_certificate()

    async def check_certificate(self) -> bool:
        """Stores a newly typed password in the keychain, then loads the certificate the way
        exports will; the result is one sentence."""
        path = self.certificate.text().strip()
        if not path:
            self._describe()
            return True
        typed = self.password.text()
        self.status.setText(self.tr("Checking…"))
        try:
            if typed:
                await asyncio.to_thread(self.store.set, USER_CERTIFICATE_PASSWORD, typed)
                self.password.clear()
            password = await asyncio.to_thread(self.store.get, USER_CERTIFICATE_PASSWORD)
            identity = await asyncio.to_thread(load_user_identity, Path(path), password)
        except NbpError as error:
            self.status.setText(error.message)
            return False
        self._describe(identity)
        return True

    def apply(self) -> None:
        """Into the settings (saved by the dialog)."""
        export = self.services.settings.export
        export.signing_certificate = self.certificate.text().strip()
        export.timestamp_url = self.timestamp_url.text().strip()
