"""Add or edit a connection: the kind, where it points, and its secret (API key or a
service-account file, which can be dropped in). "Test connection" makes a real call (free at
Google; one tiny text request through a gateway) before anything is saved. Secrets go to the OS keychain only."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLayout, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from nbp_desktop.core.catalog import DEFAULT_MODEL, MODELS, SERVICE_TIERS
from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.connections.registry import authenticator_for
from nbp_desktop.core.connections.secrets import clean_api_key, read_service_account_file
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.google.auth import parse_service_account
from nbp_desktop.core.services import Services
from nbp_desktop.core.settings_schema import range_of
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from nbp_desktop.qt.event_loop import async_slot

# Shown through translate("ConnectionEditor", …).
KIND_HELP = {
    ConnectionKind.AISTUDIO: QT_TRANSLATE_NOOP(
        "ConnectionEditor", "An API key from Google AI Studio (aistudio.google.com → Get API key). "
                            "Image generation needs a project with billing enabled."),
    ConnectionKind.VERTEX: QT_TRANSLATE_NOOP(
        "ConnectionEditor", "A service-account key file (JSON) from the Google Cloud console. "
                            "Drop the file here; the project is read from it."),
    ConnectionKind.VERTEX_EXPRESS: QT_TRANSLATE_NOOP(
        "ConnectionEditor", "An API key for Vertex AI express mode (no project needed)."),
    ConnectionKind.OPENAI: QT_TRANSLATE_NOOP(
        "ConnectionEditor", "A relay or gateway that speaks the OpenAI images API (LiteLLM and "
                            "others): its base URL and key. The gateway retries by itself, so the "
                            "app sends each request once (one retry layer, not two)."),
}


class ServiceAccountDrop(QLabel):
    """A drop target for the key file."""

    def __init__(self, on_file) -> None:
        super().__init__()
        self.setText(self.tr("Drop the service-account JSON file here"))
        self.on_file = on_file
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(56)
        self.setWordWrap(True)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Service-account file drop area"))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.on_file(Path(urls[0].toLocalFile()))


class ConnectionEditor(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 existing: ConnectionConfig | None = None,
                 kind: ConnectionKind = ConnectionKind.AISTUDIO) -> None:
        super().__init__(parent)
        self.services = services
        self.existing = existing
        self.saved: ConnectionConfig | None = None
        self._service_account_text = ""
        self.setWindowTitle(self.tr("Edit connection") if existing else self.tr("Add connection"))
        self.setMinimumWidth(520)

        self.kind_box = QComboBox()
        for k in ConnectionKind:
            self.kind_box.addItem(k.label, k.value)
        self.kind_box.setAccessibleName(self.tr("Kind"))
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.model_box = QComboBox()
        self.model_box.setEditable(True)
        self.model_box.addItems([m.model_id for m in MODELS])
        self.model_box.setCurrentText(DEFAULT_MODEL)
        self.model_box.setAccessibleName(self.tr("Model"))
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("API key"))
        show = QAction(self.tr("Show"), self.key_edit)
        show.setCheckable(True)
        show.toggled.connect(lambda on: self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.key_edit.addAction(show, QLineEdit.ActionPosition.TrailingPosition)
        self.drop = ServiceAccountDrop(self.load_service_account)
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._browse)
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.project_edit = QLineEdit()
        self.project_edit.setAccessibleName(self.tr("Project"))
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText("global")
        self.location_edit.setAccessibleName(self.tr("Location"))
        self.tier_box = QComboBox()
        self.tier_box.setAccessibleName(self.tr("Service tier"))
        tier_labels = (self.tr("Standard"), self.tr("Flex: half price, answers may take minutes"),
                       self.tr("Priority: faster, costs more"))
        for tier, label in zip(SERVICE_TIERS, tier_labels, strict=True):
            self.tier_box.addItem(label, tier)
        self.tier_box.setToolTip(self.tr("Google's service tier for this connection; a model that refuses "
                                         "it gets Standard from then on"))
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setPlaceholderText(self.tr("optional: a relay, private endpoint or the emulator"))
        self.base_url_edit.setAccessibleName(self.tr("Base URL"))
        self.concurrency_spin, self.rpm_spin = self._limit_spins()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Test result"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("A real call to check the key, project and model: free at Google; "
                                            "through a gateway, one tiny text request (a fraction of a cent)"))
        self.test_button.clicked.connect(self.run_test)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind"), self.kind_box)
        self.form.addRow("", self.help_label)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("API key"), self.key_edit)
        sa_row = QWidget()
        sa_layout = QVBoxLayout(sa_row)
        sa_layout.setContentsMargins(0, 0, 0, 0)
        sa_layout.addWidget(self.drop)
        line = QHBoxLayout()
        line.addWidget(self.account_label, 1)
        line.addWidget(browse)
        sa_layout.addLayout(line)
        self.form.addRow(self.tr("Key file"), sa_row)
        self.form.addRow(self.tr("Project"), self.project_edit)
        self.form.addRow(self.tr("Location"), self.location_edit)
        self.form.addRow(self.tr("Base URL"), self.base_url_edit)
        self.form.addRow(self.tr("Model"), self.model_box)
        self.form.addRow(self.tr("Jobs at once"), self.concurrency_spin)
        self.form.addRow(self.tr("Requests per minute"), self.rpm_spin)
        self.form.addRow(self.tr("Service tier"), self.tier_box)
        self._rows = {"key": self.key_edit, "file": sa_row, "project": self.project_edit,
                      "location": self.location_edit}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.test_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        # The dialog grows with a wrapped error instead of squeezing the drop zone (the
        # explicit minimum width would otherwise switch off the layout's minimum height).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)

        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        if existing is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(str(existing.kind)))
            self.name_edit.setText(existing.name)
            self.model_box.setCurrentText(existing.model)
            self.project_edit.setText(existing.project or "")
            self.location_edit.setText(existing.location or "")
            self.base_url_edit.setText(existing.base_url or "")
            self.key_edit.setPlaceholderText(self.tr("unchanged (stored in the keychain)"))
            self.account_label.setText(existing.account or "")
            self._show_limit(self.concurrency_spin, existing.concurrency)
            self._show_limit(self.rpm_spin, existing.requests_per_minute)
            self.tier_box.setCurrentIndex(max(0, self.tier_box.findData(existing.service_tier)))
            self.kind_box.setEnabled(False)
        else:
            self.kind_box.setCurrentIndex(self.kind_box.findData(str(kind)))
        self._on_kind_changed()

    @property
    def kind(self) -> ConnectionKind:
        return ConnectionKind(self.kind_box.currentData())

    def _on_kind_changed(self, *_args) -> None:
        kind = self.kind
        self.help_label.setText(translate("ConnectionEditor", KIND_HELP[kind]))
        vertex = kind is ConnectionKind.VERTEX
        for key, widget in self._rows.items():
            visible = (key == "key") != vertex
            widget.setVisible(visible)
            self.form.labelForField(widget).setVisible(visible)
        if not self.name_edit.text() or self.name_edit.text() in [k.label for k in ConnectionKind]:
            self.name_edit.setText(kind.label)
        self.base_url_edit.setPlaceholderText(
            self.tr("required: https://…") if kind is ConnectionKind.OPENAI
            else self.tr("optional: a relay, private endpoint or the emulator"))
        gateway = kind is ConnectionKind.OPENAI  # tiers are Google's; a gateway has its own terms
        self.tier_box.setVisible(not gateway)
        self.form.labelForField(self.tier_box).setVisible(not gateway)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Service-account key file"), "", self.tr("JSON (*.json)"))
        if name:
            self.load_service_account(Path(name))

    def load_service_account(self, path: Path) -> bool:
        try:
            text = read_service_account_file(path)
            info = parse_service_account(text, f"“{path.name}”")
        except (OSError, UnicodeDecodeError):
            self._reject_file(path, NbpError(ErrorKind.BAD_SERVICE_ACCOUNT,
                                             self.tr("“{name}” cannot be read.").format(name=path.name)))
            return False
        except NbpError as error:
            self._reject_file(path, error)
            return False
        self._service_account_text = text
        self.project_edit.setText(info.get("project_id", ""))
        if not self.location_edit.text():
            self.location_edit.setText("global")
        self.account_label.setText(info.get("client_email", ""))
        self.drop.setText(f"✓ {path.name}")
        self.result_label.setText("")
        return True

    def _reject_file(self, path: Path, error: NbpError) -> None:
        """The drop zone stays a drop zone (try another file); the sentence goes below."""
        self._service_account_text = ""
        self.drop.setText(self.tr("✗ {name}: drop another key file here").format(name=path.name))
        self._show_error(error)

    def _config(self) -> ConnectionConfig:
        config = ConnectionConfig(
            name=self.name_edit.text().strip(), kind=self.kind,
            base_url=self.base_url_edit.text().strip() or None,
            project=self.project_edit.text().strip() or None,
            location=self.location_edit.text().strip() or None,
            model=self.model_box.currentText().strip() or DEFAULT_MODEL,
            account=self.account_label.text() or None,
            service_tier=self.tier_box.currentData() if self.kind is not ConnectionKind.OPENAI
            else "standard")
        config.concurrency = self._limit(self.concurrency_spin)
        config.requests_per_minute = self._limit(self.rpm_spin)
        if self.existing is not None and config.service_tier == self.existing.service_tier:
            config.tier_refused_models = list(self.existing.tier_refused_models)
        return config

    # A spin box's lowest value stands for "the queue's setting" (None in the settings).
    def _limit_spins(self) -> tuple[QSpinBox, QSpinBox]:
        queue = self.services.settings.queue
        spins = []
        for field, current, tip in (
                ("concurrency", f"{queue.concurrency}",
                 self.tr("Jobs sent at the same time through this connection")),
                ("requests_per_minute", self.tr("no limit") if not queue.requests_per_minute
                 else f"{queue.requests_per_minute}",
                 self.tr("Requests per minute through this connection (0: no limit), kept on our side "
                         "so Google's rate limits are not hit"))):
            low, high = range_of(ConnectionConfig, field)
            spin = QSpinBox()
            spin.setRange(low - 1, high)
            spin.setSpecialValueText(self.tr("as in Settings → Queue ({current})").format(current=current))
            spin.setValue(low - 1)
            spin.setToolTip(tip)
            spin.setAccessibleName(self.tr("Jobs at once") if field == "concurrency"
                                   else self.tr("Requests per minute"))
            spins.append(spin)
        return spins[0], spins[1]

    @staticmethod
    def _show_limit(spin: QSpinBox, value: int | None) -> None:
        spin.setValue(spin.minimum() if value is None else value)

    @staticmethod
    def _limit(spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() else spin.value()

    def _secret(self) -> str:
        return self._service_account_text if self.kind is ConnectionKind.VERTEX else self.key_edit.text().strip()

    def _show_error(self, error: NbpError) -> None:
        self.result_label.setText(f"<span style='color:#d9534f'>{error.message}</span>")
        self.result_label.setToolTip(error.detail)
        self.adjustSize()  # a wrapped sentence makes the dialog taller, never the rows smaller

    @async_slot()
    async def run_test(self) -> None:
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Testing…"))
        try:
            config = self._config()
            config.validate()
            secret = self._secret()
            if secret and config.kind is not ConnectionKind.VERTEX:
                secret, _notes = clean_api_key(secret, config.kind.secret_label)  # as on save
            if secret:
                auth = authenticator_for(config, secret, self.services.settings)
            elif self.existing is not None:
                auth = await self.services.authenticator(self.existing)
            else:
                raise NbpError(ErrorKind.INVALID_SETTING,
                               self.tr("Enter the {secret} first.").format(secret=config.kind.secret_label))
            message = await self.services.test_connection(config, auth)
            self.result_label.setText(f"<span style='color:#3a9d5d'>✓ {message}</span>")
        except NbpError as error:
            self._show_error(error)
        finally:
            self.test_button.setEnabled(True)

    @async_slot()
    async def save(self) -> None:
        try:
            config = self._config()
            secret = self._secret()
            registry = self.services.registry
            if self.existing is not None and not secret:
                self.saved = await asyncio.to_thread(registry.update, self.existing.name, config)
            else:
                if self.existing is not None and self.existing.name != config.name:
                    await asyncio.to_thread(registry.remove, self.existing.name)
                self.saved = await asyncio.to_thread(registry.add, config, secret,
                                                     f"“{self.drop.text().lstrip('✓ ')}”")
            self.services.forget_authenticator(config.name)
            if self.existing is not None:
                self.services.forget_authenticator(self.existing.name)
        except NbpError as error:
            self._show_error(error)
            return
        self.accept()
