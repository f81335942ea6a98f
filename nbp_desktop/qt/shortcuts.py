"""Every keyboard shortcut, declared once: its keys, where it applies, and what it does.

Actions take their keys from here (`bind`), so a key has exactly one owner where the focus
is: window-wide keys are unique in the window, and a key used twice belongs to panes that
never hold the focus together (C compares the previous image in the Image tab and the
selection in the Library grid). An action bound here may also sit in a menu: the menu shows
its key, and Qt still honours the action's context. The Keyboard Shortcuts dialog is
generated from this table.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, TranslationContext


class ShortcutText(TranslationContext):
    """Words of the keyboard shortcuts: where they work and what they do (a translation context)."""


class Where(enum.Enum):
    """Where a shortcut works; the words (English, translated by ``title``) are the help
    dialog's section titles."""

    WINDOW = QT_TRANSLATE_NOOP("ShortcutText", "Anywhere")
    PROMPT = QT_TRANSLATE_NOOP("ShortcutText", "Compose pane")
    EDIT_BOX = QT_TRANSLATE_NOOP("ShortcutText", "“Edit this image” box")
    IMAGE = QT_TRANSLATE_NOOP("ShortcutText", "The image (Generate tab)")
    QUEUE = QT_TRANSLATE_NOOP("ShortcutText", "Queue")
    LIBRARY = QT_TRANSLATE_NOOP("ShortcutText", "Library grid")
    VIEWS = QT_TRANSLATE_NOOP("ShortcutText", "The image or the Library grid")

    @property
    def title(self) -> str:
        """The section title, in the user's language."""
        return ShortcutText.tr(self.value)

    @property
    def context(self) -> Qt.ShortcutContext:
        if self is Where.WINDOW:
            return Qt.ShortcutContext.WindowShortcut
        if self in (Where.LIBRARY, Where.VIEWS):  # the view itself: typing never triggers them
            return Qt.ShortcutContext.WidgetShortcut
        return Qt.ShortcutContext.WidgetWithChildrenShortcut


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]  # portable text ("Ctrl" is ⌘ on macOS); the first is the one shown
    where: Where
    help: str  # English, marked for lupdate where declared; ``description`` translates it
    shown_keys: str = ""  # for the help dialog when one line covers several actions

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(key) for key in self.keys]

    @property
    def description(self) -> str:
        """What the shortcut does, in the user's language."""
        return ShortcutText.tr(self.help)

    def text(self) -> str:
        """The keys as the user reads them, in the platform's words."""
        if self.shown_keys:
            return self.shown_keys
        keys = [QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in self.keys[:2]]
        if len(keys) == 1:
            return keys[0]
        return ShortcutText.tr("{first} or {second}").format(first=keys[0], second=keys[1])


def _digits(first: int, last: int) -> tuple[str, ...]:
    return tuple(str(n) for n in range(first, last + 1))


_W, _P, _E, _I, _Q, _L = (Where.WINDOW, Where.PROMPT, Where.EDIT_BOX, Where.IMAGE, Where.QUEUE,
                          Where.LIBRARY)
SHORTCUTS: dict[str, Shortcut] = {
    "queue": Shortcut(("Ctrl+Return", "Ctrl+Enter"), _P, QT_TRANSLATE_NOOP("ShortcutText", "Queue the generation")),
    "send_edit": Shortcut(("Ctrl+Return", "Ctrl+Enter"), _E, QT_TRANSLATE_NOOP("ShortcutText", "Queue the edit")),
    "settings": Shortcut(("Ctrl+,",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Settings")),
    "export": Shortcut(("Ctrl+E",), _W,
                       QT_TRANSLATE_NOOP("ShortcutText", "Export what you see: the image on screen, or the "
                                                         "Library's selection")),
    "open_library": Shortcut(("Ctrl+Shift+O",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Open another library")),
    "import_sheet": Shortcut(("Ctrl+Shift+B",), _W,
                             QT_TRANSLATE_NOOP("ShortcutText", "Import a prompt sheet (batch or queue)")),
    "quit": Shortcut(("Ctrl+Q",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Quit")),
    "undo": Shortcut(("Ctrl+Z",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Undo the last change to the library")),
    "redo": Shortcut(("Ctrl+Shift+Z", "Ctrl+Y"), _W, QT_TRANSLATE_NOOP("ShortcutText", "Redo what was undone")),
    "paste_reference": Shortcut(("Ctrl+Shift+V",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Paste a reference image")),
    "copy_prompt": Shortcut(("Ctrl+Shift+C",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Copy the shown image's prompt")),
    "copy_image": Shortcut(("Ctrl+Alt+C",), _W,
                           QT_TRANSLATE_NOOP("ShortcutText", "Copy the shown image (in the drag preset)")),
    "find": Shortcut(("Ctrl+F",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Search the library")),
    "fit": Shortcut(("Ctrl+0",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Fit the image in the view")),
    "actual_size": Shortcut(("Ctrl+1",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Actual pixels (100%)")),
    "zoom_in": Shortcut(("Ctrl++", "Ctrl+="), _W, QT_TRANSLATE_NOOP("ShortcutText", "Zoom in (or the wheel)")),
    "zoom_out": Shortcut(("Ctrl+-",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Zoom out (or the wheel)")),
    # In the order they sit on screen: compose (left), the two tabs, the queue (right).
    "show_compose": Shortcut(("Ctrl+2",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Go to the prompt")),
    "show_image": Shortcut(("Ctrl+3",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Go to the image (Generate tab)")),
    "show_library": Shortcut(("Ctrl+4",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Go to the Library")),
    "show_queue": Shortcut(("Ctrl+5",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Go to the queue")),
    "minimize": Shortcut(("Ctrl+M",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Minimize the window")),
    "help": Shortcut(("F1",), _W, QT_TRANSLATE_NOOP("ShortcutText", "Keyboard shortcuts")),
    "edit_image": Shortcut(("E",), _I, QT_TRANSLATE_NOOP("ShortcutText", "Edit this image…")),
    "compare_previous": Shortcut(("C",), _I, QT_TRANSLATE_NOOP("ShortcutText", "Compare with the previous image")),
    "cancel_job": Shortcut(("Delete",), _Q, QT_TRANSLATE_NOOP("ShortcutText", "Cancel the selected jobs")),
    "retry_job": Shortcut(("Ctrl+R",), _Q, QT_TRANSLATE_NOOP("ShortcutText", "Run the selected jobs again")),
    "move_job_up": Shortcut(("Ctrl+Up",), _Q, QT_TRANSLATE_NOOP("ShortcutText", "Move the selected job up")),
    "move_job_down": Shortcut(("Ctrl+Down",), _Q, QT_TRANSLATE_NOOP("ShortcutText", "Move the selected job down")),
    "hide_panels": Shortcut(("Tab",), Where.VIEWS,
                            QT_TRANSLATE_NOOP("ShortcutText", "Hide the side panels, and show them again")),
    "full_screen": Shortcut(("F",), Where.VIEWS, QT_TRANSLATE_NOOP("ShortcutText", "Full screen, and back")),
    "pick": Shortcut(("P",), _L, QT_TRANSLATE_NOOP("ShortcutText", "Pick")),
    "reject": Shortcut(("X",), _L, QT_TRANSLATE_NOOP("ShortcutText", "Reject")),
    "unflag": Shortcut(("U",), _L, QT_TRANSLATE_NOOP("ShortcutText", "Unflag")),
    "stars": Shortcut(_digits(1, 5), _L, QT_TRANSLATE_NOOP("ShortcutText", "1 to 5 stars"), shown_keys="1 – 5"),
    "no_stars": Shortcut(("0",), _L, QT_TRANSLATE_NOOP("ShortcutText", "No stars")),
    "labels": Shortcut(_digits(6, 9), _L, QT_TRANSLATE_NOOP("ShortcutText", "Red, yellow, green, blue label"),
                       shown_keys="6 – 9"),
    "loupe": Shortcut(("Space",), _L, QT_TRANSLATE_NOOP("ShortcutText", "Loupe at 100%")),
    "compare_selection": Shortcut(("C",), _L, QT_TRANSLATE_NOOP("ShortcutText", "Compare the two selected images")),
    "add_to_board": Shortcut(("B",), _L, QT_TRANSLATE_NOOP("ShortcutText", "Add the selection to the last board")),
    "trash": Shortcut(("Delete", "Backspace"), _L,
                      QT_TRANSLATE_NOOP("ShortcutText", "Move the selection to the trash")),
    "open_image": Shortcut(("Return", "Enter"), _L,
                           QT_TRANSLATE_NOOP("ShortcutText", "Open large in the Generate tab")),
}


def shortcut(name: str) -> Shortcut:
    return SHORTCUTS[name]


def bind(action: QAction, name: str) -> QAction:
    """Give ``action`` the keys and context of shortcut ``name``; its tooltip names the key."""
    entry = SHORTCUTS[name]
    action.setShortcuts(entry.sequences())
    action.setShortcutContext(entry.where.context)
    tip = action.toolTip()
    if tip and entry.text() not in tip:
        action.setToolTip(ShortcutText.tr("{tip} ({keys})").format(tip=tip, keys=entry.text()))
    return action


def new_action(owner: QWidget, text: str, name: str, slot, tip: str = "") -> QAction:
    """An action with the keys of ``name`` that works while ``owner`` (or, for pane
    shortcuts, a child of it) has the focus."""
    action = QAction(text, owner)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    bind(action, name)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def show_keys(action: QAction, name: str) -> QAction:
    """A menu entry for what a pane's own action does by key (the trash in the Library grid):
    the menu shows the key, which stays with the pane's action (one owner per key)."""
    text = action.text().split("\t")[0]
    action.setText(f"{text}\t{SHORTCUTS[name].text()}")
    return action


def keys_of(name: str) -> list[QKeySequence]:
    return SHORTCUTS[name].sequences()


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: the registry, by where each key works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows: list[tuple[str, str, bool]] = []  # (text, keys, is a section title)
        for where in Where:
            entries = [s for s in SHORTCUTS.values() if s.where is where]
            if entries:
                rows.append((where.title, "", True))
                rows += [(entry.description, entry.text(), False) for entry in entries]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, (text, keys, title) in enumerate(rows):
            item = QTableWidgetItem(text)
            if title:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.table.setSpan(row, 0, 1, 2)
            self.table.setItem(row, 0, item)
            key_item = QTableWidgetItem(keys)
            key_font = key_item.font()
            key_font.setBold(True)
            key_item.setFont(key_font)
            self.table.setItem(row, 1, key_item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 760)

    def rows(self) -> list[tuple[str, str]]:
        """(what, keys) as shown, section titles included (with no keys)."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
