"""The compose pane: everything one generation asks for, with only the choices the selected
model supports, and the cost estimate kept up to date as things change."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMenu, QPlainTextEdit, QPushButton, QSpinBox, QToolButton,
                               QVBoxLayout, QWidget)

from nbp_desktop.core.catalog import MODELS, ModelInfo, estimate_cost, model_info
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.money import estimate_text
from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.services import Services
from nbp_desktop.core.translation import TranslationContext
from nbp_desktop.qt.compose.reference_strip import ReferenceStrip
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.shortcuts import new_action, shortcut

HISTORY_SHOWN = 20


class ModelText(TranslationContext):
    """Words describing a model in the compose pane (a translation context)."""


class ComposePanel(QWidget):
    queue_requested = Signal()

    def __init__(self, services: Services, messages: MessageBridge) -> None:
        super().__init__()
        self.services = services
        self.messages = messages

        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setPlaceholderText(self.tr("Describe the image…   ({keys} queues it)")
                                            .format(keys=shortcut("queue").text()))
        self.prompt_edit.setAccessibleName(self.tr("Prompt"))
        self.prompt_edit.setTabChangesFocus(True)
        self.history_button = QToolButton()
        self.history_button.setText(self.tr("History"))
        self.history_button.setToolTip(self.tr("Earlier prompts"))
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self.history_button)
        self.history_menu.aboutToShow.connect(self._fill_history)
        self.history_button.setMenu(self.history_menu)

        self.system_toggle = QToolButton()
        self.system_toggle.setText(self.tr("System instruction"))
        self.system_toggle.setCheckable(True)
        self.system_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.system_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.system_toggle.setToolTip(self.tr("Standing instructions sent with every prompt (optional)"))
        self.system_edit = QPlainTextEdit()
        self.system_edit.setPlaceholderText(self.tr("e.g. You are a product photographer. Clean studio light."))
        self.system_edit.setAccessibleName(self.tr("System instruction"))
        self.system_edit.setMaximumHeight(80)
        self.system_edit.setTabChangesFocus(True)
        self.system_edit.hide()
        self.system_toggle.toggled.connect(self._on_system_toggled)

        self.references = ReferenceStrip(services.data_dir, messages)
        self.references_label = QLabel()
        add_reference = QPushButton(self.tr("Add…"))
        add_reference.setToolTip(self.tr("Add reference images from files"))
        add_reference.clicked.connect(self._pick_references)

        self.connection_box = QComboBox()
        self.connection_box.setAccessibleName(self.tr("Connection"))
        self.model_box = QComboBox()
        self.model_box.setEditable(True)  # new Google model ids must stay usable
        self.model_box.setAccessibleName(self.tr("Model"))
        self.model_box.setToolTip(self.tr("The model id; you can type a newer one"))
        for info in MODELS:
            self.model_box.addItem(info.model_id)
            self.model_box.setItemData(self.model_box.count() - 1, _model_summary(info),
                                       Qt.ItemDataRole.ToolTipRole)
        # What the chosen model is and takes: name, lifecycle dates, reference types.
        self.model_note = QLabel()
        self.model_note.setMinimumWidth(1)  # one line; the tooltip has the whole story
        self.model_note.setAccessibleName(self.tr("About the model"))
        self.aspect_box = QComboBox()
        self.aspect_box.setAccessibleName(self.tr("Aspect ratio"))
        self.size_box = QComboBox()
        self.size_box.setAccessibleName(self.tr("Size"))
        self.thinking_box = QComboBox()
        self.thinking_box.setAccessibleName(self.tr("Thinking level"))
        self.thinking_label = QLabel(self.tr("Thinking"))
        self.grounding_check = QCheckBox(self.tr("Google Search grounding"))
        self.grounding_check.setToolTip(self.tr("Let the model look things up on the web (billed separately)"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 50)
        self.count_spin.setAccessibleName(self.tr("Count"))
        self.count_spin.setToolTip(self.tr("How many jobs to queue with these settings"))
        self.variations_check = QCheckBox(self.tr("2×2 variations grid"))
        self.variations_check.setToolTip(self.tr("Four variations in one request (a quarter of the cost); "
                                                 "the grid and its four tiles are saved"))
        self.seed_edit = QLineEdit()
        self.seed_edit.setPlaceholderText(self.tr("random"))
        self.seed_edit.setValidator(QIntValidator(0, 2**31 - 1))
        self.seed_edit.setAccessibleName(self.tr("Seed"))
        self.estimate_label = QLabel()
        self.estimate_label.setAccessibleName(self.tr("Estimated cost"))
        self.estimate_label.setWordWrap(True)  # a long translation wraps; the Queue button stays in view
        self.queue_button = QPushButton(self.tr("Queue"))
        self.queue_button.setDefault(True)
        self.queue_button.setToolTip(self.tr("Queue this generation ({keys})").format(keys=shortcut("queue").text()))
        self.queue_button.clicked.connect(self.queue_requested.emit)

        prompt_row = QHBoxLayout()
        prompt_row.addWidget(QLabel("<b>{}</b>".format(self.tr("Prompt"))))
        prompt_row.addStretch(1)
        prompt_row.addWidget(self.history_button)
        references_row = QHBoxLayout()
        references_row.addWidget(QLabel("<b>{}</b>".format(self.tr("References"))))
        references_row.addWidget(self.references_label)
        references_row.addStretch(1)
        references_row.addWidget(add_reference)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Connection"), self.connection_box)
        form.addRow(self.tr("Model"), self.model_box)
        form.addRow("", self.model_note)
        form.addRow(self.tr("Aspect ratio"), self.aspect_box)
        form.addRow(self.tr("Size"), self.size_box)
        form.addRow(self.thinking_label, self.thinking_box)
        form.addRow(self.tr("Count"), self.count_spin)
        form.addRow(self.tr("Seed"), self.seed_edit)
        form.addRow("", self.grounding_check)
        form.addRow("", self.variations_check)
        bottom = QHBoxLayout()
        bottom.addWidget(self.estimate_label, 1)
        bottom.addWidget(self.queue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(prompt_row)
        layout.addWidget(self.prompt_edit, 3)
        layout.addWidget(self.system_toggle)
        layout.addWidget(self.system_edit)
        layout.addLayout(references_row)
        layout.addWidget(self.references)
        layout.addLayout(form)
        layout.addLayout(bottom)

        # The one owner of Ctrl+Enter here (the Queue menu shows this same action).
        self.queue_action = new_action(self, self.tr("Queue generation"), "queue",
                                       self.queue_requested.emit, self.tr("Queue this generation"))

        self.model_box.currentTextChanged.connect(self._on_model_changed)
        for signal in (self.size_box.currentTextChanged, self.count_spin.valueChanged,
                       self.variations_check.toggled, self.references.changed,
                       self.connection_box.currentTextChanged):
            signal.connect(self.update_estimate)
        defaults = services.settings.defaults
        self.model_box.setCurrentText(defaults.model)
        self._on_model_changed(defaults.model)
        self.size_box.setCurrentText(defaults.size)
        self.aspect_box.setCurrentText(defaults.aspect_ratio)
        self.reload_connections()

    # ------------------------------------------------------------------ state
    def reload_connections(self) -> None:
        current = self.connection_box.currentText()
        self.connection_box.blockSignals(True)
        self.connection_box.clear()
        for config in self.services.connections():
            self.connection_box.addItem(config.name)
            self.connection_box.setItemData(self.connection_box.count() - 1,
                                            config.kind.label, Qt.ItemDataRole.ToolTipRole)
        self.connection_box.blockSignals(False)
        wanted = current or self.services.settings.default_connection
        index = self.connection_box.findText(wanted)
        if index >= 0:
            self.connection_box.setCurrentIndex(index)
        self.update_estimate()  # the demo's price differs (signals were blocked above)

    def _on_system_toggled(self, shown: bool) -> None:
        self.system_edit.setVisible(shown)
        self.system_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _on_model_changed(self, model_id: str) -> None:
        info = model_info(model_id.strip() or MODELS[0].model_id)
        for box, values, preferred in ((self.size_box, info.sizes, "1K"),
                                       (self.aspect_box, info.aspect_ratios, "1:1")):
            previous = box.currentText() or preferred
            box.blockSignals(True)
            box.clear()
            box.addItems(list(values))
            box.setCurrentText(previous if previous in values else values[0])
            box.blockSignals(False)
        self.thinking_box.clear()
        if info.accepts_thinking_level:
            default = (self.tr("default ({level})").format(level=info.default_thinking_level)
                       if info.default_thinking_level else self.tr("default"))
            self.thinking_box.addItem(default, None)  # nothing sent: Google's default
            for level in info.thinking_levels:
                self.thinking_box.addItem(level, level)
        self.thinking_box.setVisible(info.accepts_thinking_level)
        self.thinking_label.setVisible(info.accepts_thinking_level)
        self.references.limit = info.max_reference_images
        self.model_note.setText(_model_line(info) if model_id.strip() else "")
        self.model_note.setToolTip(_model_summary(info))
        self.update_estimate()

    def update_estimate(self, *_args) -> None:
        model = self.model_box.currentText().strip()
        count = self.count_spin.value()
        references = self.references.count()
        tier = None
        with contextlib.suppress(NbpError):  # no connection chosen yet: standard prices
            tier = self.services.connection(self.connection_box.currentText()).tier_for(model)
        cost = estimate_cost(model, self.size_box.currentText() or "1K", count, references,
                             service_tier=tier)
        text = estimate_text(cost, self.connection_box.currentText())
        if self.variations_check.isChecked():
            text = self.tr("{estimate} (4 images per job)").format(estimate=text)
        if tier and tier != "standard":  # Google's tier names (Flex, Priority) stay as they are
            text = self.tr("{estimate} at the {tier} tier").format(estimate=text, tier=tier.capitalize())
        self.estimate_label.setText(text)
        self.references_label.setText(f"{references} / {self.references.limit}")

    def _fill_history(self) -> None:
        self.history_menu.clear()
        history = self.services.settings.window.prompt_history[:HISTORY_SHOWN]
        if not history:
            self.history_menu.addAction(self.tr("No earlier prompts")).setEnabled(False)
        for prompt in history:
            label = " ".join(prompt.split())
            action = self.history_menu.addAction(label[:70] + ("…" if len(label) > 70 else ""))
            action.setToolTip(prompt)
            action.triggered.connect(lambda _=False, p=prompt: self.prompt_edit.setPlainText(p))

    def _pick_references(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        # PDFs and videos are offered too; a model that does not take them says so when sending.
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add reference images"), "",
            self.tr("Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov "
                    "*.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)"))
        for name in files:
            self.references.tasks.spawn(self.references.add_file(Path(name)))

    # ------------------------------------------------------------ spec I/O
    def spec(self) -> JobSpec:
        thinking = self.thinking_box.currentData() if self.thinking_box.isVisible() else None
        seed = self.seed_edit.text().strip()
        return JobSpec(
            connection=self.connection_box.currentText(),
            prompt=self.prompt_edit.toPlainText().strip(),
            model=self.model_box.currentText().strip(),
            size=self.size_box.currentText(),
            aspect_ratio=self.aspect_box.currentText() or None,
            system_text=self.system_edit.toPlainText().strip() or None,
            reference_files=self.references.files(),
            thinking_level=thinking or None,
            grounding=self.grounding_check.isChecked(),
            seed=int(seed) if seed else None,
            variations_grid=self.variations_check.isChecked())

    def apply_spec(self, spec: JobSpec) -> None:
        """"Use these settings": an earlier image's parameters, ready to queue again."""
        self.prompt_edit.setPlainText(spec.prompt)
        self.model_box.setCurrentText(spec.model)
        self._on_model_changed(spec.model)
        self.size_box.setCurrentText(spec.size)
        if spec.aspect_ratio:
            self.aspect_box.setCurrentText(spec.aspect_ratio)
        self.system_edit.setPlainText(spec.system_text or "")
        self.system_toggle.setChecked(bool(spec.system_text))
        self.references.set_files(spec.reference_files)
        self.thinking_box.setCurrentIndex(max(0, self.thinking_box.findData(spec.thinking_level)))
        self.grounding_check.setChecked(spec.grounding)
        self.seed_edit.setText("" if spec.seed is None else str(spec.seed))
        self.variations_check.setChecked(spec.variations_grid)
        if self.connection_box.findText(spec.connection) >= 0:
            self.connection_box.setCurrentText(spec.connection)
        self.prompt_edit.setFocus()


def _model_line(info: ModelInfo) -> str:
    """The model in one short line under its id (the compose pane is narrow); the tooltip
    has the whole story."""
    if info.shutdown:
        return ModelText.tr("{model} · retired {date}").format(model=info.shown_name, date=info.shutdown)
    if info.deprecated:
        return ModelText.tr("{model} · deprecated {date}").format(model=info.shown_name, date=info.deprecated)
    if info.takes_documents:
        return ModelText.tr("{model} · PDF, video refs").format(model=info.shown_name)
    return info.shown_name


def _model_summary(info: ModelInfo) -> str:
    """One line about a model: its name, what it takes, and when Google retires it."""
    if info.takes_documents:
        first = ModelText.tr("{model}: {sizes}; takes images, PDFs and videos as references.")
    else:
        first = ModelText.tr("{model}: {sizes}; takes images as references.")
    parts = [first.format(model=info.shown_name, sizes=", ".join(info.sizes))]
    if info.lifecycle_note:
        parts.append(info.lifecycle_note)
    if info.notes:
        parts.append(info.notes_text)
    return " ".join(parts)
