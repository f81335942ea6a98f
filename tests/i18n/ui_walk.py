"""Walk every window, dialog, menu, context menu, tooltip, placeholder and header of the real
app and note each text a person can see, then find the English ones left in a translated run.

Used by ``test_every_window_translated.py`` and by ``tests/i18n_report.py`` (the list of
sentences still unmarked, per window and widget, from a walk with the pseudo-translation).

A text counts as untranslated when, in a translated run, it still carries words of the
English run: the same text as English showed anywhere, or one of the English sentences
inside it. With the pseudo-translation (every marked sentence comes back as ``⟦…⟧``) any
English word outside the brackets is one. Words that stay the same in every language are
allowed (product names, formats, model ids, key names) and so is what the walk itself typed
in (prompts, connection and board names, paths).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication,
                               QComboBox, QDialog, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu,
                               QMessageBox, QPlainTextEdit, QTabBar, QTextEdit, QToolButton, QWidget)

from tests.i18n.pseudo import CLOSE, OPEN

log = logging.getLogger(__name__)

#: Words that stay the same in every language (checked case-sensitively, as whole words).
ALLOWED_WORDS = frozenset({
    "nbp", "desktop", "nbp-desktop", "Nano", "Banana", "Pro", "Google", "Gemini", "AI", "Studio", "Vertex",
    "API", "OpenAI", "LiteLLM", "JPEG", "JPG", "PNG", "TIFF", "WebP", "HEIC", "HEIF", "ICC", "CMYK", "RGB",
    "sRGB", "Adobe", "Display", "P3", "C2PA", "XMP", "IPTC", "EXIF", "CSV", "TSV", "JSONL", "JSON", "PEM",
    "PKCS", "URL", "HTTP", "HTTPS", "OAuth", "ID", "Cloud", "Storage", "gs", "GB", "MB", "KB", "kB", "TB",
    "bytes", "px", "ppi", "dpi", "Ctrl", "Shift", "Alt", "Meta", "Cmd", "Esc", "Tab", "Del", "Enter", "Return",
    "Space", "Backspace", "PgUp", "PgDown", "Home", "End", "Ins", "F1", "OK", "ms",
    "Standard", "Flex", "Priority",  # Google's service tiers, named as Google names them
})
#: Words a language writes exactly as English does (French "Image", German "Format"...): not
#: left-over English when the walk meets them alone in that language.
SAME_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"Image", "Format", "Mode", "Date", "Loupe", "Zoom", "Prompt", "Seed", "Proxy",
                     "Original", "saturation", "Standard"}),
    "de": frozenset({"Tokens", "Format", "Prompt", "Seed", "Proxy", "Original", "Zoom", "Modus", "Board", "Boards",
                     "Batch", "Batches", "Details", "Export", "Start", "Name", "Status", "Label", "Labels"}),
    "zh_TW": frozenset({"Letter"}),  # Taiwan's Office names the US paper size so
    "es": frozenset({"Tokens", "Red", "perceptual", "Original", "Prompt", "Seed", "Proxy", "Zoom", "Formato",
                     "Estado"}),
}
#: Labels of Google's own pages that the app quotes as they appear there (aistudio.google.com).
GOOGLE_LABELS = ("Get API key",)
#: Whole texts that are the same in every language (Settings → Language names each language in itself).
ALLOWED_TEXTS = frozenset({"…", "—", "-", "×", "+", "%", "global", "jpeg", "png", "tiff",
                           "Français", "Deutsch", "Español", "English"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_CHUNK = re.compile(r"[^.!?:;—•|()\[\]\n“”\"]+")
_MODEL_ID = re.compile(r"\b[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+\b")  # gemini-3-pro-image, gpt-4o…
#: URLs and paths (gs://bucket/…), {placeholders} of name templates, Google's CODES (IMAGE_SAFETY).
_IDENTIFIERS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S*|\{[a-z_]+(?::\d+)?\}|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")

WALK_SIZE = QSize(1400, 900)  # the window the walk looks at


@dataclass(frozen=True)
class Seen:
    window: str   # the top-level window or popup it is in
    widget: str   # the chain of app classes down to the Qt widget, and which property
    text: str

    def line(self) -> str:
        return f"{self.window} | {self.widget} | {self.text}"


# ------------------------------------------------------------------ collecting texts
def plain(text: str) -> str:
    """What a person reads: no mnemonic ampersands, no HTML, whitespace collapsed."""
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _path(widget: QObject, root: QObject) -> str:
    """``ExportDialog › QGroupBox › QLabel``: the app's own classes on the way, and the leaf."""
    names = []
    node: QObject | None = widget
    while node is not None and node is not root:
        cls = type(node)
        if node is widget or cls.__module__.startswith("nbp_desktop"):
            name = cls.__name__ + (f"#{node.objectName()}" if node.objectName()
                                   and not node.objectName().startswith("qt_") else "")
            names.append(name)
        node = node.parent()
    names.append(type(root).__name__)
    return " › ".join(reversed(names))


def _action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    yield "action", action.text()
    if action.toolTip() and plain(action.toolTip()) not in (plain(action.text()), plain(action.text()).rstrip("…")):
        yield "action tooltip", action.toolTip()
    yield "action status tip", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield "submenu", menu.title()
        for sub in menu.actions():
            for kind, text in _action_texts(sub):
                yield f"{menu.title()} › {kind}", text


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model (its columnCount is private in Qt)
        return 1


def _model_texts(model: QAbstractItemModel, rows: int = 30) -> Iterator[tuple[str, str]]:
    for orientation, name in ((Qt.Orientation.Horizontal, "column header"),):
        for section in range(_columns(model)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield name, value
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in range(_columns(model)):
            index = model.index(row, column, QModelIndex())
            for role, name in ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "cell tooltip"),
                               (Qt.ItemDataRole.AccessibleTextRole, "cell accessible name")):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield name, value


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """Every text of one widget a person may read, with what it is."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "status tip", widget.statusTip()
    yield "what's this", widget.whatsThis()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QDockWidget):
        yield "title", widget.windowTitle()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.text()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "choice", widget.itemText(i)
            tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield "choice tooltip", tip
        if widget.isEditable() and widget.lineEdit() is not None:
            yield "placeholder", widget.lineEdit().placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
        for name in ("prefix", "suffix"):
            getter = getattr(widget, name, None)
            if getter is not None:
                yield name, getter()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QMenu):
        yield "menu title", widget.title()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    if isinstance(widget, QMessageBox):
        yield "informative text", widget.informativeText()
        yield "details", widget.detailedText()
    for action in widget.actions():  # menus, toolbars, context actions, key actions
        yield from _action_texts(action)


def collect(root: QWidget, window: str) -> list[Seen]:
    """The texts of ``root`` and every widget in it (hidden ones too: an error label or a
    page not shown yet is still text a person will read)."""
    seen: list[Seen] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and widget.window() is not root.window():
            continue  # a dialog of its own (walked as itself)
        for kind, raw in widget_texts(widget):
            text = plain(raw or "")
            if text:
                seen.append(Seen(window, f"{_path(widget, root)} ({kind})", text))
    return seen


def _fits(widget: QWidget) -> bool:
    return (isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton)) or (
        isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull() and bool(widget.text()))


def lengthen(root: QWidget, longer: float) -> None:
    """Every shown button's and one-line label's text made ``longer`` (as a translation
    might be), and the layouts redone, so ``cut_off`` sees where it would not fit."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.isVisible() and _fits(widget) and not GuiQt.mightBeRichText(widget.text()):
            text = widget.text()
            widget.setText(text + "·" * round(len(text) * longer))
    for widget in reversed(widgets):
        if widget.layout() is not None:
            widget.layout().activate()


def cut_off(root: QWidget, window: str) -> list[Seen]:
    """Shown buttons, check boxes and one-line labels narrower than their text needs (a
    long translation cut off), in ``root``."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if _fits(widget):
            needed = widget.minimumSizeHint().width() if isinstance(widget, QLabel) else widget.sizeHint().width()
            if widget.width() + 1 < needed:
                found.append(Seen(window, f"{_path(widget, root)} (cut off: {widget.width()} of {needed} px)",
                                  plain(widget.text())))
    return found


# ------------------------------------------------------------------ judging texts
@dataclass
class Judge:
    """Finds the English left in a translated walk, given the English walk of the same app."""
    english: list[Seen]
    typed: Iterable[str] = ()  # what the walk typed in (prompts, names, paths)
    pseudo: bool = False
    language: str = ""  # its SAME_WORDS may stand alone

    def __post_init__(self) -> None:
        self.typed = sorted({t for t in self.typed if t}, key=len, reverse=True)
        self.english_texts = {s.text for s in self.english if self.words(s.text)}
        self.english_chunks = {c for s in self.english for c in self.chunks(s.text)}

    def words(self, text: str) -> list[str]:
        """The English-looking words of ``text`` once what may stay is taken out."""
        for typed in self.typed:  # type: ignore[union-attr]
            text = text.replace(typed, " ")
        for label in GOOGLE_LABELS:
            text = text.replace(label, " ")
        text = _IDENTIFIERS.sub(" ", text)
        text = _MODEL_ID.sub(" ", text)
        same = SAME_WORDS.get(self.language, frozenset())
        return [w for w in _WORD.findall(text) if w not in ALLOWED_WORDS and w not in same]

    def masked(self, text: str) -> str:
        """``text`` with what the walk typed in as ``‹…›`` and numbers as ``N``: one line in a
        report for all the images or jobs showing the same words."""
        for typed in self.typed:  # type: ignore[union-attr]
            text = text.replace(typed, "‹…›")
        return re.sub(r"\d+(?:[.,]\d+)*", "N", text)

    def chunks(self, text: str) -> list[str]:
        """The sentences and phrases of ``text`` long enough to be telling (two words or more)."""
        return [c.strip() for c in _CHUNK.findall(text) if len(self.words(c)) >= 2]

    def in_english(self, piece: str) -> bool:
        """Whether the English walk shows ``piece`` (as a whole text or inside one)."""
        if piece in self.english_texts:
            return True
        pattern = re.compile(rf"(?<![A-Za-z]){re.escape(piece)}(?![A-Za-z])")
        return any(pattern.search(text) for text in self.english_texts)

    def untranslated(self, seen: Iterable[Seen]) -> list[Seen]:
        found: dict[tuple[str, str], Seen] = {}  # the first window a widget's text shows in
        for item in seen:
            if item.text in ALLOWED_TEXTS or not self.words(item.text):
                continue
            if self.pseudo:  # a piece outside the brackets that English shows (Qt's own French is fine)
                outside = re.split(f"{OPEN}.*?{CLOSE}", item.text, flags=re.S)
                bad = any(self.words(piece) and self.in_english(piece.strip(" ,·:;—-")) for piece in outside)
            else:
                bad = item.text in self.english_texts or any(
                    chunk in self.english_chunks for chunk in self.chunks(item.text))
            if bad:
                found.setdefault((item.widget, self.masked(item.text)), item)
        return list(found.values())


# ------------------------------------------------------------------ walking the app
Trigger = Callable[[], object]


class Walk:
    """Opens each window in turn on a live main window and collects what it shows."""

    def __init__(self, main_window: QWidget) -> None:
        self.main = main_window
        self.seen: list[Seen] = []
        self.typed: set[str] = set()
        self.tasks: list[asyncio.Future] = []  # what the clicks started (kept until the end)
        self.cut: list[Seen] = []  # texts cut off (too long for their widget)
        self.longer = float(os.environ.get("NBP_WALK_LONGER", "0"))  # see lengthen()

    def take(self, root: QWidget, name: str) -> None:
        log.debug("walk: %s", name)
        self.seen.extend(collect(root, name))
        if self.longer:
            lengthen(root, self.longer)
        self.cut.extend(cut_off(root, name))

    async def settle(self, seconds: float = 0.05) -> None:
        await asyncio.sleep(seconds)  # Qt's events run meanwhile (never processEvents() in a task)

    async def popup(self, name: str, trigger: Trigger) -> None:
        """Run ``trigger`` as a click would, from Qt's event loop (it may open a modal dialog
        with ``exec()`` or a popup), note every new top-level window it opened and close them."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        harvested: list[QWidget] = []

        def harvest() -> None:
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible() and id(widget) not in before and widget not in harvested:
                    harvested.append(widget)
                    label = widget.windowTitle() or type(widget).__name__
                    self.take(widget, f"{name} [{type(widget).__name__}: {plain(label)}]")
                    if isinstance(widget, QDialog):
                        widget.reject()
                    else:
                        widget.close()

        def click() -> None:
            result = trigger()
            if asyncio.iscoroutine(result):
                self.tasks.append(asyncio.ensure_future(result))

        timer = QTimer()  # fires inside a nested exec() too
        timer.setInterval(100)
        timer.timeout.connect(harvest)
        timer.start()
        log.debug("walk: opening %s", name)
        QTimer.singleShot(0, click)
        try:
            for _ in range(20):
                await self.settle(0.1)
                if harvested:
                    break
            await self.settle(0.2)
            harvest()
        finally:
            timer.stop()

    async def dialog(self, name: str, dialog: QWidget | None) -> None:
        """Note a non-blocking dialog the app opened and close it."""
        if dialog is None:
            return
        await self.settle(0.2)
        self.take(dialog, name)
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()
        await self.settle()


async def walk_app(window, emulator, library_dir: Path) -> Walk:
    """Every part of the app, opened on ``window`` (a MainWindow on a data dir holding a
    small library): both workspaces with results, the menus, every dialog, the context
    menus. Returns the walk (its texts, and what it typed in)."""
    from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
    from nbp_desktop.core.google.auth import ApiKeyAuth
    from nbp_desktop.qt.settings.connection_editor import ConnectionEditor
    from nbp_desktop.qt.settings.first_run import FirstRunDialog

    walk = Walk(window)
    services = window.services
    walk.typed.update({"studio", "vertex-eu", str(services.data_dir), str(library_dir), "Client review",
                       "Hero shots", "prompts.csv", "emulator-key"})
    services.add_temporary_connection(ConnectionConfig("studio", "aistudio", base_url=emulator.base_url),
                                      ApiKeyAuth("emulator-key"))
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText("studio")
    window.resize(WALK_SIZE)

    # The Generate workspace with a finished job, a failed one and a waiting one.
    prompts = ["a lighthouse at dusk", "a crowded night market", "a teapot on slate"]
    walk.typed.update(prompts)
    window.compose.prompt_edit.setPlainText(prompts[0])
    done = await window.queue_current()
    await window.engine.wait_for(done)
    emulator.service.faults.configure({"faults": [{"kind": "image_safety"}]})
    window.compose.prompt_edit.setPlainText(prompts[1])
    failed = await window.queue_current()
    await window.engine.wait_for(failed)
    emulator.service.faults.clear()
    window.engine.pause(QCoreApplication.translate(
        "QueuePanel", "Queue paused; running jobs finish, nothing new starts."))
    window.compose.prompt_edit.setPlainText(prompts[2])
    await window.queue_current()
    await window.show_job(window.engine.jobs[done[0]])
    window.queue.select_job(failed[0])
    await walk.settle(0.5)
    walk.typed.add(window.preview.reply_label.text())  # the model's own words
    window.tabs.setCurrentWidget(window.preview)
    await walk.settle(0.3)
    walk.take(window, "Main window (Generate)")
    for job_id in (done[0], failed[0]):
        job = window.engine.jobs[job_id]
        await walk.dialog("Queue context menu", window.queue.menu_for(job))
    button = getattr(window.preview, "rerender_button", None)
    if button is not None and button.menu() is not None:
        walk.take(button.menu(), "Re-render menu")
    await walk.popup("Edit this image", lambda: window.preview.ask_edit())
    window.engine.resume()

    # The Library workspace: the grid, the find bar, boards, the loupe, context menus.
    window.show_library()
    await window.gallery.reload()
    gallery = window.gallery
    board = await gallery.new_board("Client review")
    await gallery.new_board("Hero shots")
    await walk.settle(0.3)
    if gallery.model.rowCount():
        gallery.view.setCurrentIndex(gallery.model.index(0))
        await gallery.add_to_board(board, [gallery.view.current_id()])
        await walk.popup("Library context menu", lambda: gallery._context_menu(
            gallery.view.visualRect(gallery.model.index(0)).center()))
    await walk.settle(0.3)
    walk.take(window, "Main window (Library)")
    await walk.popup("Boards context menu", lambda: gallery.boards._menu(
        gallery.boards.visualItemRect(gallery.boards.item(gallery.boards.count() - 1)).center()))
    await walk.popup("Loupe", lambda: gallery.on_loupe())
    if gallery.loupe is not None:
        walk.take(gallery.loupe, "Loupe")
        gallery.loupe.close()
    from nbp_desktop.qt.gallery.find_bar import DateRangeDialog

    await walk.dialog("Date range", _opened(DateRangeDialog(window)))

    # The menu bar, every menu.
    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk.take(action.menu(), f"Menu {plain(action.text())}")

    # Every dialog.
    await walk.dialog("Settings", window.open_settings())
    for kind in ConnectionKind:
        await walk.dialog(f"Connection editor ({kind.value})",
                          _opened(ConnectionEditor(services, window, kind=kind)))
    window.queue.table.selectAll()
    window.queue.table.setFocus()
    await walk.dialog("Export", window.open_export())
    await walk.dialog("First start", _opened(FirstRunDialog(services, window)))
    await walk.dialog("Keyboard shortcuts", window.show_shortcuts())
    await walk.popup("About", window.show_about)
    sheet = library_dir / "prompts.csv"
    sheet.write_text("prompt,aspect ratio,size\na red kite,16:9,1K\nbad row,7:3,9K\n", encoding="utf-8")
    walk.typed.update({"a red kite", "bad row"})
    import_dialog = window.batches_pane.open_import()
    await import_dialog.load(sheet)
    await walk.dialog("Import prompt sheet", import_dialog)
    walk.take(window, "Main window (after the dialogs)")
    return walk


def _opened(dialog: QDialog) -> QDialog:
    dialog.open()
    return dialog


# ------------------------------------------------------------------ one walk, start to end
def make_library(folder: Path) -> set[str]:
    """A small library (12 images, two connections) in ``folder`` to walk over, built once and
    copied for each walk; returns its prompts (user data, the same in every language)."""
    from tests.library_builder import build_library

    records = build_library(folder, 12, 7, True, ("studio", "vertex-eu"), None, 1)
    return {r.prompt for r in records}


async def walk_in_language(code: str, qm_folder: Path | None, template: Path, work: Path, emulator,
                           typed: Iterable[str] = (), locale_name: str | None = None) -> Walk:
    """Walk the whole app with ``code``'s translation installed (``"en"``: none)."""
    from PySide6.QtCore import QLocale

    from nbp_desktop.core.workspace import Workspace
    from nbp_desktop.qt.main_window import MainWindow
    from nbp_desktop.qt.messages import MessageBridge
    from nbp_desktop.qt.translations.loading import install_language

    data_dir = work / f"walk-{code}"
    shutil.rmtree(data_dir, ignore_errors=True)
    shutil.copytree(template, data_dir)
    (data_dir / "settings.json").write_text(json.dumps({"window": {"welcome_seen": True}}))
    previous_locale = QLocale()
    installed = install_language(code, qm_folder)
    QLocale.setDefault(QLocale(locale_name or (code if code != "en" else "en_US")))
    try:
        async with Workspace(data_dir) as workspace:
            window = MainWindow(workspace, MessageBridge())
            # The size the walk looks at, from the first layout on (the first start fits the
            # window to the test's small offscreen screen, and docks keep their first widths).
            window.resize(WALK_SIZE)
            window.lay_out_docks()
            window.show()
            try:
                walk = await walk_app(window, emulator, data_dir)
                walk.typed.update(typed)
                return walk
            finally:
                await window.shutdown()
                window.hide()
                window.deleteLater()
                for widget in QApplication.topLevelWidgets():  # anything a walk step left open
                    if widget.isVisible():
                        widget.close()
    finally:
        installed.remove()
        QLocale.setDefault(previous_locale)
