"""Settings: connections, generation defaults, queue and budget, network, library, appearance.
Every field maps onto the one typed schema (``core.settings``); Save writes it atomically."""

from __future__ import annotations

import asyncio
import copy

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QRadioButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from nbp_desktop.core.catalog import MODELS, model_info
from nbp_desktop.core.connections.secrets import SecretStore
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.services import Services
from nbp_desktop.core.settings import BudgetSettings, NetworkSettings, QueueSettings
from nbp_desktop.core.settings_schema import range_of
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.settings.connection_editor import ConnectionEditor
from nbp_desktop.qt.settings.content_credentials_page import ContentCredentialsPage
from nbp_desktop.qt.settings.language_choice import LanguageChoice
from nbp_desktop.qt.theme import THEMES


class SettingsDialog(QDialog):
    saved = Signal()  # settings were written; the window applies them
    connections_changed = Signal()
    problem = Signal(str)  # a sentence for the window's status bar (the dialog may be closed)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # Connections are written as each editor saves; Cancel puts these back.
        self._connections_before = [copy.deepcopy(c) for c in services.registry.list()]
        self._default_before = services.settings.default_connection
        self._secrets_before: dict[str, str | None] = {}  # read before a connection is changed
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(640, 460)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._connections_tab(), self.tr("Connections"))
        self.tabs.addTab(self._defaults_tab(), self.tr("Defaults"))
        self.tabs.addTab(self._queue_tab(), self.tr("Queue && budget"))
        self.tabs.addTab(self._network_tab(), self.tr("Network"))
        self.tabs.addTab(self._library_tab(), self.tr("Library"))
        self.credentials_page = ContentCredentialsPage(services)
        self.tabs.addTab(self.credentials_page, self.tr("Content Credentials"))
        self.tabs.addTab(self._appearance_tab(), self.tr("Appearance"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.load()

    # --------------------------------------------------------------- tabs
    def _connections_tab(self) -> QWidget:
        page = QWidget()
        self.connection_list = QListWidget()
        self.connection_list.setAccessibleName(self.tr("Connections"))
        self.connection_list.itemDoubleClicked.connect(lambda _item: self.edit_connection())
        backend = SecretStore.backend_name()
        if backend == "none":
            text = self.tr("<b>No system keychain is available.</b> Secrets cannot be stored safely, so "
                           "connections cannot be added. On Linux, install and unlock GNOME Keyring or "
                           "KWallet (Secret Service).")
        else:
            text = self.tr("Keys are stored in the system keychain ({backend}), never in a settings file.").format(
                backend=backend)
        self.keychain_label = QLabel(text)
        self.keychain_label.setWordWrap(True)
        self.test_label = QLabel()
        self.test_label.setWordWrap(True)
        buttons = QVBoxLayout()
        for label, slot in ((self.tr("Add…"), self.add_connection), (self.tr("Edit…"), self.edit_connection),
                            (self.tr("Remove"), self.remove_connection), (self.tr("Test"), self.test_connection)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.connection_list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.test_label)
        layout.addWidget(self.keychain_label)
        return page

    def _defaults_tab(self) -> QWidget:
        page = QWidget()
        self.default_model = QComboBox()
        self.default_model.setEditable(True)
        self.default_model.addItems([m.model_id for m in MODELS])
        self.default_size = QComboBox()
        self.default_aspect = QComboBox()
        self.default_model.currentTextChanged.connect(self._fill_default_choices)
        form = QFormLayout(page)
        form.addRow(self.tr("Model"), self.default_model)
        form.addRow(self.tr("Size"), self.default_size)
        form.addRow(self.tr("Aspect ratio"), self.default_aspect)
        return page

    def _fill_default_choices(self, model_id: str) -> None:
        info = model_info(model_id or MODELS[0].model_id)
        for box, values in ((self.default_size, info.sizes), (self.default_aspect, info.aspect_ratios)):
            current = box.currentText()
            box.clear()
            box.addItems(list(values))
            if current in values:
                box.setCurrentText(current)

    def _queue_tab(self) -> QWidget:
        page = QWidget()
        self.concurrency = QSpinBox()
        self.concurrency.setRange(*range_of(QueueSettings, "concurrency"))
        self.concurrency.setToolTip(self.tr("Jobs sent at the same time through one connection"))
        self.rpm = QSpinBox()
        self.rpm.setRange(*range_of(QueueSettings, "requests_per_minute"))
        self.rpm.setSpecialValueText(self.tr("no limit"))
        self.rpm.setToolTip(self.tr("Requests per minute per connection, kept on our side so Google's "
                                    "rate limits are not hit"))
        self.budget = QDoubleSpinBox()
        self.budget.setRange(*range_of(BudgetSettings, "limit_usd"))
        self.budget.setDecimals(2)
        self.budget.setPrefix("$ ")
        self.budget.setSpecialValueText(self.tr("no cap"))
        self.budget_period = QComboBox()
        self.budget_period.addItem(self.tr("per day"), "day")
        self.budget_period.addItem(self.tr("per month"), "month")
        form = QFormLayout(page)
        form.addRow(self.tr("Jobs at once per connection"), self.concurrency)
        form.addRow(self.tr("Requests per minute"), self.rpm)
        form.addRow("", QLabel(self.tr("A connection can have limits of its own (Connections → Edit). "
                                       "Changes apply at once.")))
        form.addRow(self.tr("Budget cap"), self.budget)
        form.addRow("", self.budget_period)
        form.addRow("", QLabel(self.tr("When the cap is reached the queue pauses; nothing is lost.")))
        return page

    def _network_tab(self) -> QWidget:
        page = QWidget()
        self.timeouts = {}
        form = QFormLayout(page)
        for size in ("1K", "2K", "4K"):
            spin = QSpinBox()
            spin.setRange(*range_of(NetworkSettings, f"timeout_{size.lower()}"))
            spin.setSuffix(self.tr(" s", "seconds"))
            self.timeouts[size] = spin
            form.addRow(self.tr("Timeout for {size}").format(size=size), spin)
        self.attempts = QSpinBox()
        self.attempts.setRange(*range_of(NetworkSettings, "max_attempts"))
        self.attempts.setToolTip(self.tr("Tries per job when Google is overloaded or the network drops"))
        self.proxy = QLineEdit()
        self.proxy.setPlaceholderText(self.tr("from the system (HTTPS_PROXY)"))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("none (system certificates)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.http2 = QCheckBox(self.tr("Use HTTP/2 where the server offers it"))
        form.addRow(self.tr("Attempts"), self.attempts)
        form.addRow(self.tr("Proxy"), self.proxy)
        form.addRow(self.tr("Extra CA certificate"), ca_row)
        form.addRow("", self.http2)
        form.addRow("", QLabel(self.tr("Proxy, certificate and HTTP/2 changes apply after a restart.")))
        return page

    def _choose_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer)"))
        if name:
            self.ca_file.setText(name)

    def _library_tab(self) -> QWidget:
        page = QWidget()
        folder = self.services.data_dir
        path = QLabel(str(folder))
        path.setWordWrap(True)
        show = QPushButton(self.tr("Show in file manager"))
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        form = QFormLayout(page)
        form.addRow(self.tr("Library folder"), path)
        form.addRow("", show)
        form.addRow("", QLabel(self.tr("To use another library folder, start the app with "
                                       "--data-dir FOLDER (or set NBP_DATA_DIR).")))
        return page

    def _appearance_tab(self) -> QWidget:
        page = QWidget()
        self.theme_group = QButtonGroup(page)
        layout = QVBoxLayout(page)
        names = {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for index, theme in enumerate(THEMES):
            button = QRadioButton(names[theme])
            button.setProperty("theme", theme)
            self.theme_group.addButton(button, index)
            layout.addWidget(button)
        self.language = LanguageChoice()
        layout.addSpacing(12)
        layout.addWidget(self.language)
        self.lag_monitor = QCheckBox(self.tr("Log event-loop stalls (for troubleshooting)"))
        layout.addSpacing(12)
        layout.addWidget(self.lag_monitor)
        layout.addStretch(1)
        return page

    # -------------------------------------------------------------- load/save
    def load(self) -> None:
        s = self.services.settings
        self.reload_connections()
        self.default_model.setCurrentText(s.defaults.model)
        self._fill_default_choices(s.defaults.model)
        self.default_size.setCurrentText(s.defaults.size)
        self.default_aspect.setCurrentText(s.defaults.aspect_ratio)
        self.concurrency.setValue(s.queue.concurrency)
        self.rpm.setValue(s.queue.requests_per_minute)
        self.budget.setValue(s.budget.limit_usd)
        self.budget_period.setCurrentIndex(max(0, self.budget_period.findData(s.budget.period)))
        for size, spin in self.timeouts.items():
            spin.setValue(int(s.network.timeouts_by_size()[size]))
        self.attempts.setValue(s.network.max_attempts)
        self.proxy.setText(s.network.proxy)
        self.ca_file.setText(s.network.ca_file)
        self.http2.setChecked(s.network.http2)
        self.theme_group.button(THEMES.index(s.theme) if s.theme in THEMES else 0).setChecked(True)
        self.lag_monitor.setChecked(s.window.debug_lag_monitor)
        self.language.set_value(s.language)

    def reload_connections(self) -> None:
        self.connection_list.clear()
        default = self.services.settings.default_connection
        for config in self.services.registry.list():
            extra = f" — {config.project}" if config.project else ""
            star = "  " + self.tr("(default)") if config.name == default else ""
            limits = self.services.runtime.queue_limits(config.name)
            if config.concurrency is None and config.requests_per_minute is None:
                own = ""
            elif limits.requests_per_minute:
                own = "  ·  " + self.tr("{jobs} at once, {requests}/min").format(
                    jobs=limits.concurrency, requests=limits.requests_per_minute)
            else:
                own = "  ·  " + self.tr("{jobs} at once").format(jobs=limits.concurrency)
            item = QListWidgetItem(f"{config.name}  ·  {config.kind.label}{extra}{own}{star}")
            item.setData(256, config.name)
            self.connection_list.addItem(item)

    def _apply_fields(self) -> None:
        s = self.services.settings
        s.defaults.model = self.default_model.currentText().strip() or s.defaults.model
        s.defaults.size = self.default_size.currentText() or s.defaults.size
        s.defaults.aspect_ratio = self.default_aspect.currentText() or s.defaults.aspect_ratio
        s.queue.concurrency = self.concurrency.value()
        s.queue.requests_per_minute = self.rpm.value()
        s.budget.limit_usd = round(self.budget.value(), 2)
        s.budget.period = self.budget_period.currentData()
        s.network.timeout_1k = float(self.timeouts["1K"].value())
        s.network.timeout_2k = float(self.timeouts["2K"].value())
        s.network.timeout_4k = float(self.timeouts["4K"].value())
        s.network.max_attempts = self.attempts.value()
        s.network.proxy = self.proxy.text().strip()
        s.network.ca_file = self.ca_file.text().strip()
        s.network.http2 = self.http2.isChecked()
        checked_theme = self.theme_group.checkedButton()
        if checked_theme is not None:
            s.theme = checked_theme.property("theme")
        s.window.debug_lag_monitor = self.lag_monitor.isChecked()
        s.language = self.language.value()
        self.credentials_page.apply()

    @async_slot()
    async def save(self) -> None:
        self._apply_fields()
        try:
            await asyncio.to_thread(self.services.registry.settings_file.save, self.services.settings)
        except (NbpError, OSError) as error:
            self.error_label.setText(str(error))
            return
        self.saved.emit()
        self.accept()

    def reject(self) -> None:
        super().reject()
        if self._connections_changed():
            self._restore_connections()

    def _connections_changed(self) -> bool:
        return (self.services.registry.list() != self._connections_before
                or bool(self._secrets_before))

    @async_slot()
    async def _restore_connections(self) -> None:
        """Cancel: connections added here are removed, edited or removed ones come back."""
        registry = self.services.registry
        before = {c.name: c for c in self._connections_before}
        try:
            for config in registry.list():
                if config.name not in before or config.name in self._secrets_before:
                    await asyncio.to_thread(registry.remove, config.name)
                    self.services.forget_authenticator(config.name)
            for name, secret in self._secrets_before.items():
                if name in before and secret:
                    await asyncio.to_thread(registry.add, copy.deepcopy(before[name]), secret)
            registry.settings.connections.sort(key=lambda c: [*before, c.name].index(c.name))
            registry.settings.default_connection = self._default_before
            await asyncio.to_thread(registry.settings_file.save, registry.settings)
        except (NbpError, OSError) as error:
            self.problem.emit(str(error))
        self.connections_changed.emit()

    # ------------------------------------------------------------ connections
    def _selected_name(self) -> str | None:
        item = self.connection_list.currentItem()
        return item.data(256) if item else None

    def add_connection(self) -> None:
        editor = ConnectionEditor(self.services, self)
        editor.accepted.connect(self._after_connection_edit)
        editor.open()

    async def _remember_secret(self, name: str) -> None:
        if name not in self._secrets_before and name in {c.name for c in self._connections_before}:
            self._secrets_before[name] = await asyncio.to_thread(
                self.services.registry.secrets.get, name)

    @async_slot()
    async def edit_connection(self) -> None:
        name = self._selected_name()
        if name:
            await self._remember_secret(name)
            editor = ConnectionEditor(self.services, self, existing=self.services.registry.get(name))
            editor.accepted.connect(self._after_connection_edit)
            editor.open()

    def _after_connection_edit(self) -> None:
        self.reload_connections()
        self.connections_changed.emit()

    @async_slot()
    async def remove_connection(self) -> None:
        name = self._selected_name()
        if not name:
            return
        answer = QMessageBox.question(self, self.tr("Remove connection"),
                                      self.tr("Remove “{name}” and delete its key from the keychain?").format(
                                          name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        await self._remember_secret(name)
        try:
            await asyncio.to_thread(self.services.registry.remove, name)
        except NbpError as error:
            self.error_label.setText(error.message)
        self.services.forget_authenticator(name)
        self._after_connection_edit()

    @async_slot()
    async def test_connection(self) -> None:
        name = self._selected_name()
        if not name:
            return
        self.test_label.setText(self.tr("Testing “{name}”…").format(name=name))
        try:
            message = await self.services.test_connection(self.services.registry.get(name))
            self.test_label.setText(f"✓ {message}")
        except NbpError as error:
            self.test_label.setText(error.message)
