"""Export selected images with a preset: edit presets (format, JPEG quality with a live size
estimate, subsampling, size, colour profile, metadata, names), see when a JPEG would be
compressed a second time, and export with progress and cancel, a CSV and a contact sheet."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListView, QListWidget, QListWidgetItem, QMessageBox, QProgressBar, QPushButton,
                               QSlider, QSpinBox, QVBoxLayout, QWidget)

from nbp_desktop.core import formatting
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.export.batch import write_metadata_csv
from nbp_desktop.core.export.exporter import (ExportSource, estimate_size, export_image,
                                              is_second_compression, keeps_jpeg_data)
from nbp_desktop.core.export.presets import FORMATS, PAPER_MM, ExportPreset, shown_name
from nbp_desktop.core.export.xmp import SHORTENED_NOTE
from nbp_desktop.core.library.thumbnails import ensure_thumbnail
from nbp_desktop.core.provenance.export_credentials import (KEEP, STRIP, STRIP_EXPLANATION, ExportSigning,
                                                            SigningUnavailable)
from nbp_desktop.core.provenance.signing import UNKNOWN_SIGNER_NOTE
from nbp_desktop.core.services import Services
from nbp_desktop.core.translation import translate
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.export.contact_sheet import write_contact_sheet
from nbp_desktop.qt.tasks import TaskSet

STRIP_ICON = QSize(96, 96)
STRIP_SHOWN = 40  # thumbnails decoded for the strip; the rest are counted


def decode_thumbnail(path: Path, edge: int) -> QImage:
    """Worker thread: the image scaled to fit ``edge`` while decoding (never at full size)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > edge:
        reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def source_name(source: ExportSource) -> str:
    prompt = " ".join(source.prompt.split())
    return (prompt[:28] + "…" if len(prompt) > 28 else prompt) or source.path.name


class SourceStrip(QListWidget):
    """The images about to be exported: a thumbnail and a name each."""

    def __init__(self, sources: list[ExportSource]) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Images to export"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(STRIP_ICON)
        self.setGridSize(QSize(STRIP_ICON.width() + 40, STRIP_ICON.height() + 40))
        self.setFixedHeight(STRIP_ICON.height() + 48)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tasks = TaskSet()
        for source in sources[:STRIP_SHOWN]:
            item = QListWidgetItem(source_name(source))
            item.setToolTip(f"{source.prompt}\n{source.path.name} · {source.width} × {source.height}")
            self.addItem(item)
        if len(sources) > STRIP_SHOWN:
            self.addItem(QListWidgetItem(self.tr("and %n more", None, len(sources) - STRIP_SHOWN)))
        self.sources = sources[:STRIP_SHOWN]

    def names(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    async def load_thumbnails(self) -> int:
        """Decodes the thumbnails (off the GUI thread); returns how many were shown."""
        shown = 0
        edge = int(STRIP_ICON.width() * self.devicePixelRatioF())
        for row, source in enumerate(self.sources):
            image = await asyncio.to_thread(decode_thumbnail, source.path, edge)
            if not image.isNull():
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                self.item(row).setIcon(QIcon(pixmap))
                shown += 1
        return shown


class ExportDialog(QDialog):
    def __init__(self, services: Services, sources: list[ExportSource], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.sources = sources
        self.settings = services.settings.export
        self._canceled = False
        self._estimate_task: asyncio.Task | None = None
        self.setWindowTitle(self.tr("Export %n image(s)", None, len(sources)))

        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(self.tr("Preset"))
        save_as = QPushButton(self.tr("Save as preset…"))
        save_as.clicked.connect(self.save_as_preset)
        self.format_box = QComboBox()
        format_words = {"original": self.tr("Original (exact copy)"), "jpeg": "JPEG", "png": "PNG", "tiff": "TIFF"}
        for value in FORMATS:
            self.format_box.addItem(format_words.get(value, value.upper()), value)
        self.quality = QSlider(Qt.Orientation.Horizontal)
        self.quality.setRange(1, 100)
        self.quality.setAccessibleName(self.tr("JPEG quality"))
        self.quality_label = QLabel()
        self.estimate_label = QLabel()
        self.estimate_label.setAccessibleName(self.tr("Estimated file size"))
        self.subsampling = QComboBox()
        self.subsampling.addItems(["4:4:4", "4:2:2", "4:2:0"])
        self.subsampling.setToolTip(self.tr("4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)"))
        self.progressive = QCheckBox(self.tr("Progressive"))
        self.resize_box = QComboBox()
        for label, value in ((self.tr("Original size"), "none"), (self.tr("Long edge"), "long_edge"),
                             (self.tr("Paper size"), "paper")):
            self.resize_box.addItem(label, value)
        self.long_edge = QSpinBox()
        self.long_edge.setRange(64, 16384)
        self.long_edge.setSuffix(" px")
        self.paper = QComboBox()
        for paper in PAPER_MM:  # ISO names are the same in every language; US Letter is not
            self.paper.addItem(self.tr("Letter") if paper == "Letter" else paper, paper)
        self.ppi = QSpinBox()
        self.ppi.setRange(1, 2400)
        self.ppi.setSuffix(" ppi")
        self.ppi_note = QLabel()
        self.icc_box = QComboBox()
        for label, value in ((self.tr("Embed sRGB"), "srgb"), (self.tr("Convert to profile…"), "convert"),
                             (self.tr("No profile"), "none")):
            self.icc_box.addItem(label, value)
        self.profile = QLineEdit()
        self.profile.setPlaceholderText(self.tr("an RGB or CMYK .icc profile (e.g. from your print shop)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_profile)
        self.intent = QComboBox()
        for label, intent in ((self.tr("relative"), "relative"), (self.tr("perceptual"), "perceptual"),
                              (self.tr("saturation"), "saturation"), (self.tr("absolute"), "absolute")):
            self.intent.addItem(label, intent)
        self.bits = QComboBox()
        self.bits.addItems(["8", "16"])
        self.metadata = QComboBox()
        for label, value in ((self.tr("Prompt, model and AI source (XMP)"), "xmp"),
                             (self.tr("Strip everything"), "strip")):
            self.metadata.addItem(label, value)
        self.credentials = QComboBox()
        self.credentials.setAccessibleName(self.tr("Content Credentials"))
        for label, value in ((self.tr("Keep Google's and sign what this export changes"), KEEP),
                             (self.tr("Strip all provenance"), STRIP)):
            self.credentials.addItem(label, value)
        self.credentials.setToolTip(self.tr("Content Credentials (C2PA) say who made the image and how it was "
                                            "changed. {signer_note}").format(
            signer_note=translate("ProvenanceText", UNKNOWN_SIGNER_NOTE)))
        self.naming = QLineEdit()
        self.naming.setToolTip("{prompt:40} {id} {model} {size} {date} {n}")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Compression warning"))
        self.use_original = QPushButton(self.tr("Use Original instead"))
        self.use_original.clicked.connect(lambda: self.choose_preset("Original"))
        self.reencode = QCheckBox(self.tr("Re-encode anyway"))
        self.folder = QLineEdit(self.settings.last_folder or str(Path.home()))
        pick = QPushButton(self.tr("Choose…"))
        pick.clicked.connect(self._choose_folder)
        self.csv_check = QCheckBox(self.tr("Write a CSV of the metadata"))
        self.sheet_check = QCheckBox(self.tr("Make a contact sheet (PDF)"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        preset_row = QHBoxLayout()
        # A long preset name narrows to "…", never the button beside it (long translations).
        self.preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_box.setMinimumContentsLength(12)
        preset_row.addWidget(self.preset_box, 1)
        preset_row.addWidget(save_as)
        form.addRow(self.tr("Preset"), preset_row)
        form.addRow(self.tr("Format"), self.format_box)
        quality_row = QHBoxLayout()
        quality_row.addWidget(self.quality, 1)
        quality_row.addWidget(self.quality_label)
        form.addRow(self.tr("JPEG quality"), quality_row)
        form.addRow("", self.estimate_label)
        chroma_row = QHBoxLayout()
        chroma_row.addWidget(self.subsampling)
        chroma_row.addWidget(self.progressive)
        form.addRow(self.tr("Chroma"), chroma_row)
        size_row = QHBoxLayout()
        for widget in (self.resize_box, self.long_edge, self.paper, self.ppi):
            size_row.addWidget(widget)
        form.addRow(self.tr("Size"), size_row)
        form.addRow("", self.ppi_note)
        icc_row = QHBoxLayout()
        icc_row.addWidget(self.icc_box)
        icc_row.addWidget(self.profile, 1)
        icc_row.addWidget(browse)
        form.addRow(self.tr("Colour"), icc_row)
        form.addRow(self.tr("Rendering intent"), self.intent)
        form.addRow(self.tr("TIFF bits"), self.bits)
        form.addRow(self.tr("Metadata"), self.metadata)
        form.addRow(self.tr("Content Credentials"), self.credentials)
        form.addRow(self.tr("File names"), self.naming)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(pick)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow("", self.csv_check)
        form.addRow("", self.sheet_check)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.use_original)
        warning_row.addWidget(self.reencode)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.strip = SourceStrip(sources)
        self.thumbnails_loaded = self.strip.tasks.spawn(self.strip.load_thumbnails())
        self.finished.connect(lambda _result: self.thumbnails_loaded.cancel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip)
        layout.addLayout(form)
        layout.addLayout(warning_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # A set minimum width overrides the layout's own, so take whichever is wider: long
        # translations of the row names and buttons must never be cut.
        self.setMinimumWidth(max(560, layout.minimumSize().width()))

        self._estimate_timer = QTimer(self)
        self._estimate_timer.setSingleShot(True)
        self._estimate_timer.setInterval(250)
        self._estimate_timer.timeout.connect(self._start_estimate)
        # Built-in names shown in the user's language; the stored name is the item's data.
        for preset in self.settings.presets:
            self.preset_box.addItem(shown_name(preset), preset.name)
        self.preset_box.currentIndexChanged.connect(lambda _i: self._load_preset(self.preset_name()))
        for signal in (self.format_box.currentTextChanged, self.quality.valueChanged,
                       self.subsampling.currentTextChanged, self.progressive.toggled,
                       self.resize_box.currentIndexChanged, self.long_edge.valueChanged,
                       self.paper.currentTextChanged, self.ppi.valueChanged,
                       self.icc_box.currentIndexChanged, self.profile.textChanged,
                       self.intent.currentTextChanged, self.bits.currentTextChanged,
                       self.metadata.currentIndexChanged, self.credentials.currentIndexChanged,
                       self.naming.textChanged):
            signal.connect(self._on_changed)
        self.choose_preset(self.settings.drag_preset)
        self._load_preset(self.preset_name())

    # ------------------------------------------------------------- preset I/O
    def preset_name(self) -> str:
        """The chosen preset's stored name (the box shows built-in ones translated)."""
        return self.preset_box.currentData() or ""

    def choose_preset(self, name: str) -> None:
        index = self.preset_box.findData(name)
        if index >= 0:
            self.preset_box.setCurrentIndex(index)

    def _load_preset(self, name: str) -> None:
        preset = next((p for p in self.settings.presets if p.name == name), None)
        if preset is None:
            return
        self._loading = True
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(preset.format)))
        self.quality.setValue(preset.quality)
        self.subsampling.setCurrentText(preset.subsampling)
        self.progressive.setChecked(preset.progressive)
        self.resize_box.setCurrentIndex(max(0, self.resize_box.findData(preset.resize)))
        self.long_edge.setValue(preset.long_edge)
        self.paper.setCurrentIndex(max(0, self.paper.findData(preset.paper)))
        self.ppi.setValue(preset.ppi)
        self.icc_box.setCurrentIndex(max(0, self.icc_box.findData(preset.icc)))
        self.profile.setText(preset.profile)
        self.intent.setCurrentIndex(max(0, self.intent.findData(preset.intent)))
        self.bits.setCurrentText(str(preset.bit_depth))
        self.metadata.setCurrentIndex(max(0, self.metadata.findData(preset.metadata)))
        self.credentials.setCurrentIndex(max(0, self.credentials.findData(preset.content_credentials)))
        self.naming.setText(preset.naming)
        self._loading = False
        self._on_changed()

    def preset(self) -> ExportPreset:
        return ExportPreset(
            name=self.preset_name(), format=self.format_box.currentData(),
            quality=self.quality.value(), subsampling=self.subsampling.currentText(),
            progressive=self.progressive.isChecked(), resize=self.resize_box.currentData(),
            long_edge=self.long_edge.value(), paper=self.paper.currentData(), ppi=self.ppi.value(),
            icc=self.icc_box.currentData(), profile=self.profile.text().strip(),
            intent=self.intent.currentData(), bit_depth=int(self.bits.currentText()),
            metadata=self.metadata.currentData(), content_credentials=self.credentials.currentData(),
            naming=self.naming.text() or "{prompt:40}_{id}")

    def _on_changed(self, *_args) -> None:
        if getattr(self, "_loading", False):
            return
        preset = self.preset()
        jpeg, tiff = preset.format == "jpeg", preset.format == "tiff"
        for widget in (self.quality, self.subsampling, self.progressive):
            widget.setEnabled(jpeg)
        self.bits.setEnabled(tiff)
        self.credentials.setEnabled(preset.format != "original")  # a byte copy keeps Google's as is
        self.quality_label.setText(str(preset.quality))
        self.long_edge.setVisible(preset.resize == "long_edge")
        self.paper.setVisible(preset.resize == "paper")
        self.profile.setEnabled(preset.icc == "convert")
        self.intent.setEnabled(preset.icc == "convert")
        first = self.sources[0] if self.sources else None
        if first is not None and preset.resize == "paper":
            effective = preset.effective_ppi(first.width, first.height)
            if effective and effective < preset.ppi - 0.5:
                note = self.tr("Effective resolution on {paper}: {ppi} ppi (the image is smaller than the "
                               "paper at this ppi)")
            else:
                note = self.tr("Effective resolution on {paper}: {ppi} ppi")
            self.ppi_note.setText(note.format(paper=preset.paper, ppi=f"{effective:.0f}"))
        else:
            self.ppi_note.setText("")
        self._update_warning(preset)
        self._estimate_timer.start()

    def _update_warning(self, preset: ExportPreset) -> None:
        jpeg_sources = [s for s in self.sources if is_second_compression(s, preset)]
        kept = [s for s in jpeg_sources if keeps_jpeg_data(s, preset)]
        if not jpeg_sources:
            self.warning.setText("")
        elif len(kept) == len(jpeg_sources) and not self.reencode.isChecked():
            self.warning.setText(self.tr("Google already sent JPEG: its data is kept as it is (no second "
                                         "compression); only size information and metadata are added."))
        else:
            self.warning.setText(self.tr("<b>Second compression:</b> Google already sent JPEG, and this "
                                         "preset compresses it again, losing detail. Use Original to hand "
                                         "over Google's file unchanged."))
        self.use_original.setVisible(bool(jpeg_sources))
        self.reencode.setVisible(bool(kept))

    def _start_estimate(self) -> None:
        if not self.sources:
            return
        if self._estimate_task is not None:
            self._estimate_task.cancel()
        self._estimate_task = asyncio.ensure_future(self._estimate(self.preset()))

    async def _estimate(self, preset: ExportPreset) -> None:
        source = self.sources[0]
        self.estimate_label.setText(self.tr("Estimating size…"))
        try:
            data = await asyncio.to_thread(source.path.read_bytes)
            if keeps_jpeg_data(source, preset) and not self.reencode.isChecked():
                size = len(data)
            else:
                size = await asyncio.to_thread(estimate_size, data, preset)
        except (NbpError, OSError) as error:
            self.estimate_label.setText(str(error))
            return
        estimate = self.tr("About {size} each (first image)") if len(self.sources) > 1 else self.tr("About {size}")
        self.estimate_label.setText(estimate.format(size=formatting.data_size(size)))

    def save_as_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save preset"), self.tr("Preset name:"),
                                        text=self.preset_box.currentText())
        if not ok or not name.strip():
            return
        preset = replace(self.preset(), name=name.strip())
        self.settings.presets = [p for p in self.settings.presets if p.name != preset.name] + [preset]
        self.services.registry.settings_file.save(self.services.settings)
        if self.preset_box.findData(preset.name) < 0:
            self.preset_box.addItem(preset.name, preset.name)
        self.choose_preset(preset.name)

    def _choose_profile(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Colour profile"), "",
                                              self.tr("ICC profiles (*.icc *.icm)"))
        if name:
            self.profile.setText(name)
            self.icc_box.setCurrentIndex(self.icc_box.findData("convert"))

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if name:
            self.folder.setText(name)

    def _cancel_or_close(self) -> None:
        if self.progress.isVisible():
            self._canceled = True
            self.status.setText(self.tr("Canceling after the current image…"))
        else:
            self.reject()

    # ------------------------------------------------------------------ export
    def confirm_strip(self, preset: ExportPreset) -> bool:
        """Asked once per preset: what stripping provenance removes."""
        if preset.name in self.settings.strip_confirmed:
            return True
        answer = QMessageBox.question(self, self.tr("Strip all provenance?"),
                                      self.tr("{explanation}\n\nStrip it?").format(
                                          explanation=translate("ProvenanceText", STRIP_EXPLANATION)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.settings.strip_confirmed = [*self.settings.strip_confirmed, preset.name]
        return True

    def confirm_unsigned(self, error: NbpError) -> bool:
        """The signing certificate cannot be used: export without a new manifest only if the
        user says so (Google's Content Credentials are then not in the changed files)."""
        answer = QMessageBox.question(
            self, self.tr("Export without Content Credentials?"),
            self.tr("{problem}\n\nExport anyway without new Content Credentials? The exported files will "
                    "then not carry Google's Content Credentials either (the Original preset keeps them).").format(
                problem=error.message))
        return answer == QMessageBox.StandardButton.Yes

    @async_slot()
    async def export(self) -> None:
        preset = self.preset()
        if preset.content_credentials == STRIP and preset.format != "original" and not self.confirm_strip(preset):
            self.status.setText(self.tr("Nothing exported: provenance was not stripped."))
            return
        signing = ExportSigning.for_settings(self.services.settings)
        folder = Path(self.folder.text()).expanduser()
        self.settings.last_folder = str(folder)
        self.export_button.setEnabled(False)
        self.progress.setRange(0, len(self.sources))
        self.progress.setValue(0)
        self.progress.show()
        self._canceled = False
        done = []
        try:
            for number, source in enumerate(self.sources, start=1):
                if self._canceled:
                    break
                try:
                    result = await asyncio.to_thread(export_image, source, preset, folder, number,
                                                     self.reencode.isChecked(), None, signing)
                except SigningUnavailable as error:
                    if not self.confirm_unsigned(error):
                        raise
                    signing = ExportSigning.unsigned()
                    result = await asyncio.to_thread(export_image, source, preset, folder, number,
                                                     self.reencode.isChecked(), None, signing)
                done.append((source, result))
                self.progress.setValue(number)
                self.status.setText(self.tr("{number} of {total}: {name}").format(
                    number=number, total=len(self.sources), name=result.path.name))
            if done and self.csv_check.isChecked():
                await asyncio.to_thread(write_metadata_csv, folder, done)
            if done and self.sheet_check.isChecked():
                data_dir = self.services.data_dir
                items = [(s, await asyncio.to_thread(ensure_thumbnail, data_dir, s.image_id, s.path))
                         for s, _ in done]
                await asyncio.to_thread(write_contact_sheet, folder / "contact-sheet.pdf", items,
                                        self.tr("%n images · {preset}", None, len(done)).format(
                                            preset=preset.name))
        except NbpError as error:
            self.status.setText(error.message)
            self.export_button.setEnabled(True)
            return
        finally:
            self.progress.hide()
        self.exported = [r for _, r in done]
        if self._canceled:
            self.status.setText(self.tr("Canceled: %n exported to {folder}.", None, len(done)).format(folder=folder))
        else:
            self.status.setText(self.tr("%n exported to {folder}.", None, len(done)).format(folder=folder))
        shortened = sum(1 for _, r in done if SHORTENED_NOTE in r.note)
        self.services.registry.settings_file.save(self.services.settings)
        self.export_button.setEnabled(True)
        if shortened:  # stays open: the user should read this
            self.status.setText(self.tr("{exported} The prompt of %n of them was too long for a JPEG's "
                                        "metadata, so it is shortened there; the full text stays in the "
                                        "library.", None, shortened).format(
                exported=self.tr("%n exported to {folder}.", None, len(done)).format(folder=folder)))
        elif not self._canceled:
            self.accept()
