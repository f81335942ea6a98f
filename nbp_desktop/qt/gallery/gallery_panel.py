"""The Library tab: find bar, boards, the grid and the loupe, over one library (this app's
own, or another one opened read-only or read-write).

Every database call runs in a worker thread; marks show at once and are written meanwhile.
Each change to the library is a core command (core/library/commands.py) run by one helper, so
each can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z, Ctrl+Y), deletions included.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QMenu, QMessageBox, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from nbp_desktop.core import formatting
from nbp_desktop.core.background_threads import background_executor
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.library.commands import (AddToBoard, CreateBoard, DeleteBoard, Library,
                                               LibraryCommand, MoveToTrash, Outcome, RemoveFromBoard,
                                               RenameBoard, Step, UndoStack, mark, mark_word)
from nbp_desktop.core.library.gallery_index import (UNFLAGGED, GalleryFilter, GalleryIndex, GalleryItem,
                                                    ListingStopped)
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.thumbnails import thumbnails_for_other_library
from nbp_desktop.core.provenance.credentials_index import CredentialsIndex
from nbp_desktop.qt.empty_state import EMPTY_BOARD, EMPTY_LIBRARY, NO_MATCH, EmptyState
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.gallery import GalleryText, os_trash
from nbp_desktop.qt.gallery.board_list import BoardList
from nbp_desktop.qt.gallery.find_bar import DEFAULT_EDGE, FindBar
from nbp_desktop.qt.gallery.gallery_model import GalleryModel, describe_marks
from nbp_desktop.qt.gallery.gallery_view import MARKS, GalleryView
from nbp_desktop.qt.gallery.loupe import Loupe
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.shortcuts import shortcut
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache

MAX_RESTORED_SELECTION = 2000
FIRST_SCREENS = 400  # a listing's first page: several screens' worth, shown before anything is counted
REST_PAGE = 5000  # then the rest, a keyset page per worker-thread call
# Thumbnails kept as pixmaps: several screens' worth at any cell size, so scrolling back is
# instant, while memory stays the same however many images have been scrolled past.
GRID_PIXMAP_BUDGET = 96 * 2**20
_CREDENTIALS_READER = background_executor(1, "credentials")  # one at a time: the grid stays smooth


@dataclass
class OpenLibrary:
    """The library the gallery shows."""
    index: GalleryIndex
    data_dir: Path
    own: bool  # this app's own library (where new results land)

    @property
    def read_only(self) -> bool:
        return self.index.read_only


class GalleryPanel(QWidget):
    open_requested = Signal(object)  # ImageRecord: show it in the Image tab
    recall_requested = Signal(object, bool)  # ImageRecord, all settings (False: the prompt only)
    drag_requested = Signal()
    library_changed = Signal()

    def __init__(self, library: OpenLibrary, messages: MessageBridge) -> None:
        super().__init__()
        self._reading_credentials = False
        self.messages = messages
        self.library = library
        self.own_data_dir = library.data_dir
        self._compared: list[str] = []
        self.undo_stack = UndoStack(Library(library.index, os_trash))
        self._command_lock = asyncio.Lock()
        self.target_board: int | None = None
        self.total = 0  # images in the library (before any filter)
        self.matching: int | None = 0  # images the filter lists; None while counting
        self._generation = 0
        self._listing_done: asyncio.Future[None] | None = None
        self.first_page_shown = asyncio.Event()  # set when a listing's first screenful is shown
        self.loaded = asyncio.Event()  # set after each listing is complete and counted (tests, benchmarks)
        self._tasks: set[asyncio.Task] = set()

        self.thumbnails = ThumbnailCache(library.data_dir, edge=self._device_edge(DEFAULT_EDGE),
                                         budget_bytes=GRID_PIXMAP_BUDGET)
        self.model = GalleryModel(self.thumbnails, self._prompt_of)
        self.view = GalleryView(self.model, DEFAULT_EDGE)
        self.empty_state = EmptyState(self.view, self._empty_text)
        self.find_bar = FindBar()
        self.boards = BoardList()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Gallery status"))
        self.banner = QWidget()
        self.banner_label = QLabel()
        self.back_button = QPushButton(self.tr("Back to my library"))
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(8, 4, 8, 4)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.back_button)
        self.banner.setStyleSheet("background: palette(highlight); color: palette(highlighted-text);")
        self.banner.hide()
        self.loupe: Loupe | None = None

        boards_column = QWidget()
        column = QVBoxLayout(boards_column)
        column.setContentsMargins(4, 0, 0, 4)
        column.addWidget(self.boards, 1)
        self.new_board_button = QPushButton(self.tr("New board…"))
        self.new_board_button.setToolTip(self.tr("A board collects images; an image can be on several boards"))
        self.new_board_button.clicked.connect(self.on_new_board)
        column.addWidget(self.new_board_button)
        split = QSplitter()
        split.addWidget(boards_column)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.find_bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._build_actions()

        self.find_bar.changed.connect(self.request_reload)
        self.find_bar.edge_changed.connect(self.set_edge)
        self.boards.board_chosen.connect(lambda _id: self.request_reload())
        self.boards.images_dropped.connect(self.on_images_dropped)
        self.boards.new_requested.connect(self.on_new_board)
        self.boards.rename_requested.connect(self.on_rename_board)
        self.boards.delete_requested.connect(self.on_delete_board)
        self.view.open_requested.connect(self.on_open_requested)
        self.view.loupe_requested.connect(self.on_loupe)
        self.view.compare_requested.connect(self.on_compare)
        self.view.board_requested.connect(self.on_add_to_target_board)
        self.view.delete_requested.connect(self.on_delete)
        self.view.drag_requested.connect(self.drag_requested)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_status())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self._reload_timer = QTimer(self, singleShot=True, interval=250)
        self._reload_timer.timeout.connect(self.request_reload)
        self.request_reload()  # the first listing, in the background while the window opens

    # ------------------------------------------------------------- actions
    def _build_actions(self) -> None:
        """Culling actions live on the grid (so typing elsewhere never marks an image) and are
        listed in the main window's Image menu."""
        self.mark_actions: list[QAction] = []
        for key, field_name, value in MARKS:
            action = QAction(mark_word(field_name, value), self.view)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, f=field_name, v=value: self.on_mark(f, v))
            self.view.addAction(action)
            self.mark_actions.append(action)
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.on_undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.on_redo)
        self.delete_action = QAction(self.tr("Move to Trash"), self)
        self.delete_action.setToolTip(self.tr("Move the selected images to the trash ({delete}); undo with {undo}")
                                      .format(delete=shortcut("trash").text(), undo=shortcut("undo").text()))
        self.delete_action.triggered.connect(self.on_delete)
        self.new_board_action = QAction(self.tr("New board…"), self)
        self.new_board_action.triggered.connect(self.on_new_board)
        self.add_to_board_action = QAction(self.tr("Add to target board"), self)
        self.add_to_board_action.setToolTip(self.tr("Add the selection to the board chosen last (B)"))
        self.add_to_board_action.triggered.connect(self.on_add_to_target_board)

    def _empty_text(self) -> str:
        if not self.total:
            return EMPTY_LIBRARY
        if self.find_bar.filter().active:
            return NO_MATCH
        return EMPTY_BOARD if self.boards.chosen_board() is not None else EMPTY_LIBRARY

    def focus_search(self) -> None:
        self.find_bar.search_edit.setFocus()
        self.find_bar.search_edit.selectAll()

    def _device_edge(self, edge: int) -> int:
        return round(edge * (self.devicePixelRatioF() or 1.0))

    def set_edge(self, edge: int) -> None:
        self.view.set_edge(edge)
        self.thumbnails.set_edge(self._device_edge(edge))
        self.view.viewport().update()

    # ------------------------------------------------------------ listing
    def current_filter(self) -> GalleryFilter:
        spec = self.find_bar.filter()
        spec.board_id = self.boards.chosen_board()
        return spec

    def request_reload(self) -> None:
        self._spawn(self.reload())

    def schedule_reload(self) -> None:
        """New results arrived: list again shortly (several jobs finishing make one reload)."""
        self._reload_timer.start()

    async def reload(self) -> None:
        """List the library as the filter asks. A newer listing makes this one stop; this
        returns when the newest one asked for is complete."""
        self._generation += 1
        done = self._listing_done = asyncio.get_running_loop().create_future()
        try:
            await self._list(self._generation)
        finally:
            if not done.done():
                done.set_result(None)
        while (newest := self._listing_done) is not done:
            done = newest
            await asyncio.shield(done)

    async def _list(self, generation: int) -> None:
        """The first screenful from a keyset page (an index seek, whatever the library's size),
        then the counts and the rest of the listing, all off the GUI thread."""
        spec = self.current_filter()
        index = self.library.index

        def stale() -> bool:
            return generation != self._generation or index is not self.library.index

        index.stop_reading()  # an older listing's count and remaining pages are of no use now
        try:
            first = await asyncio.to_thread(index.items, spec, FIRST_SCREENS)
        except NbpError as error:
            self.messages.show_exception(error)
            return
        if stale():
            return
        current = self.view.current_id()
        current_row = self.view.currentIndex().row()
        selected = self.view.selected_ids()
        opening = not self.model.items and not spec.active
        complete = len(first) < FIRST_SCREENS
        self.matching = len(first) if complete else None
        self.model.set_items(first)
        if opening and current is None and first:
            self.view.setCurrentIndex(self.model.index(0))
        self._restore_selection(current, current_row, selected, complete)
        placed = self.view.current_id()
        self.empty_state.refresh()
        self._update_status()
        self.first_page_shown.set()
        counting = asyncio.ensure_future(asyncio.to_thread(self._counts, index, spec))
        counting.add_done_callback(lambda task: self._show_counts(task, stale()))
        try:
            rest: list[GalleryItem] = []
            while not complete:
                try:
                    page = await asyncio.to_thread(index.items, spec, REST_PAGE, rest[-1] if rest else first[-1])
                except ListingStopped:
                    return  # a newer listing stopped it
                if stale():
                    return
                rest.extend(page)
                complete = len(page) < REST_PAGE
        except NbpError as error:
            self.messages.show_exception(error)
            return
        # One insertion for the rest: the grid lays out once, and keeps its place and selection.
        self.model.append_items(rest)
        if rest and self.view.current_id() == placed:  # (unless the user chose another meanwhile)
            self._restore_selection(current, current_row, selected, complete=True)
        self.matching = len(self.model.items)
        try:
            await counting  # the library's total, for the status line and the empty state
        except NbpError as error:
            self.messages.show_exception(error)
        if stale():
            return
        self.empty_state.refresh()  # its sentence depends on the total
        self._update_status()
        self.loaded.set()
        self._spawn(self.recheck_visible_files())
        self._spawn(self.read_content_credentials())
        # Then what the side column and the filter menus offer (after the grid is painted).
        boards, choices = await asyncio.to_thread(lambda: (index.boards(), index.choices()))
        if not stale():
            self.boards.set_boards(boards, self.total)
            self.find_bar.set_choices(choices)

    def _show_counts(self, task: asyncio.Future[tuple[int | None, int | None]], stale: bool) -> None:
        if task.cancelled() or task.exception() is not None or stale:
            return  # (a failure is said where the count is awaited)
        matching, total = task.result()
        if total is not None:
            self.total = total
        if matching is not None and self.matching is None:
            self.matching = matching
        self.empty_state.refresh()
        self._update_status()

    @staticmethod
    def _counts(index: GalleryIndex, spec: GalleryFilter) -> tuple[int | None, int | None]:
        """(images the filter lists, images in the library); None where a newer listing
        stopped the count."""
        total = index.count()
        return (index.count_matching(spec) if spec.active else total), total

    async def read_content_credentials(self) -> None:
        """Images not read yet get their Content Credentials read in a worker thread, a batch
        at a time, and their badges appear as each batch lands."""
        if self._reading_credentials:
            return
        self._reading_credentials = True
        try:
            library = self.library
            credentials = CredentialsIndex(library.index.database)
            read_any = False
            while library is self.library:
                states = await credentials.read_unread_in(_CREDENTIALS_READER)
                if not states:
                    break
                read_any = True
                if library is self.library:
                    self.model.set_credentials(states)
            if read_any and library is self.library and self.current_filter().has_content_credentials:
                self.request_reload()
        except NbpError as error:
            self.messages.show_exception(error)
        finally:
            self._reading_credentials = False

    async def recheck_visible_files(self) -> None:
        """The files on screen are looked at again at every listing and when the window comes
        back to the front: one deleted in the file manager shows as missing."""
        entries = [(item.id, item.path) for item in map(self.model.item, self.view.visible_rows())
                   if item is not None]
        await self.thumbnails.recheck(entries)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.isVisible():
            self._spawn(self.recheck_visible_files())

    def _restore_selection(self, current: str | None, old_row: int, selected: list[str], complete: bool) -> None:
        """Select again what was selected (``complete``: the whole listing is in the model, so
        an image not in it has left the view)."""
        rows = [r for r in (self.model.row_of(i) for i in selected[:MAX_RESTORED_SELECTION]) if r >= 0]
        row = self.model.row_of(current) if current else -1
        if row < 0 and current and not complete:
            return  # it may be further down: tried again when the rest has arrived
        if row < 0 and self.model.items and old_row >= 0:
            row = min(old_row, len(self.model.items) - 1)  # the next one, after it left the view
            rows = rows or [row]
        if row < 0:
            return
        selection = QItemSelection()
        for r in rows:
            selection.select(self.model.index(r), self.model.index(r))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.selectionModel().select(selection, flags)

    def _update_status(self) -> None:
        shown, selected = self.matching, len(self.view.selectionModel().selectedIndexes())
        if shown is None:
            parts = [self.tr("Counting images…")]
        elif shown != self.total:
            parts = [self.tr("{shown} of {total} images", None, self.total).format(
                shown=formatting.number(shown), total=formatting.number(self.total))]
        else:
            parts = [self.tr("{shown} images", None, shown).format(shown=formatting.number(shown))]
        if selected:
            parts.append(self.tr("{selected} selected", None, selected).format(selected=formatting.number(selected)))
        if self.library.read_only:
            parts.append(self.tr("read-only"))
        self.status.setText("  " + " · ".join(parts))

    def _prompt_of(self, image_id: str) -> str:
        records = self.library.index.records([image_id])
        return (records[0].prompt or "") if records else ""

    def selected_records(self) -> list[ImageRecord]:
        return self.library.index.records(self.view.selected_ids())

    # ------------------------------------------------------------ commands
    async def run_command(self, command: LibraryCommand) -> Outcome | None:
        """Every change to the library: applied off the GUI thread (one at a time, in the
        order asked), failures said through the message bridge, its inverse on the undo stack."""
        done = await self._apply(lambda stack: stack.run(command), replay=False)
        return done[1] if done is not None else None

    async def undo(self) -> None:
        await self._replay(redo=False)

    async def redo(self) -> None:
        await self._replay(redo=True)

    async def _replay(self, redo: bool) -> None:
        done = await self._apply(lambda stack: (stack.redo if redo else stack.undo)(), replay=True)
        if done is not None:
            said = self.tr("Redone: {step}.") if redo else self.tr("Undone: {step}.")
            self.messages.show_info(said.format(step=done[0]))

    async def _apply(self, call: Callable[[UndoStack], tuple[str, Outcome] | None],
                     replay: bool) -> tuple[str, Outcome] | None:
        if self._refuse_if_read_only():
            return None
        async with self._command_lock:
            stack = self.undo_stack
            try:
                done = await asyncio.to_thread(call, stack)
            except NbpError as error:
                self.messages.show_exception(error)
                self._update_undo()
                await self.reload()  # what is stored, not what was painted in hope
                return None
            self._update_undo()
            if done is not None and stack is self.undo_stack:  # (not if another library is shown now)
                await self._show(done[1], replay)
        return done

    async def _show(self, outcome: Outcome, replay: bool) -> None:
        if outcome.board_id is not None:
            self.target_board = outcome.board_id
        if outcome.board_deleted is not None and self.target_board == outcome.board_deleted:
            self.target_board = None
        for image_id in outcome.files_moved:
            self.thumbnails.forget(image_id)
        if outcome.message and not replay:  # an undo or redo says so itself
            undoable = outcome.files_moved or outcome.board_deleted is not None
            self.messages.show_info(self.tr("{message} Undo with {keys}.").format(message=outcome.message,
                                                                               keys=shortcut("undo").text())
                                    if undoable else outcome.message)
        if outcome.warning:
            self.messages.show_warning(outcome.warning)
        if outcome.error is not None:
            self.messages.show_exception(outcome.error)
        if outcome.marks is not None:
            self.model.set_marks(*outcome.marks)
            if self.current_filter().follows_marks:
                await self.reload()
        else:
            await self.reload()

    def _refuse_if_read_only(self) -> bool:
        if self.library.read_only:
            self.messages.show_warning(self.tr("This library is open read-only. Open it again read-write to "
                                               "change ratings, boards or files."))
            return True
        return False

    @property
    def undo_steps(self) -> list[Step]:
        return self.undo_stack.undo_steps

    def _update_undo(self) -> None:
        for action, steps, word, step_word in (
                (self.undo_action, self.undo_stack.undo_steps, self.tr("Undo"), self.tr("Undo {step}")),
                (self.redo_action, self.undo_stack.redo_steps, self.tr("Redo"), self.tr("Redo {step}"))):
            action.setEnabled(bool(steps))
            action.setText(step_word.format(step=steps[-1].text) if steps else word)

    @async_slot()
    async def on_undo(self) -> None:
        await self.undo()

    @async_slot()
    async def on_redo(self) -> None:
        await self.redo()


    # ------------------------------------------------------------ culling
    @async_slot(str, int)
    async def on_mark(self, field_name: str, value: int) -> None:
        await self.mark(field_name, value)

    async def mark(self, field_name: str, value: int, ids: list[str] | None = None) -> None:
        ids = ids if ids is not None else self.view.selected_ids()
        if not ids or self._refuse_if_read_only():
            return
        items = (self.model.item(self.model.row_of(i)) for i in ids)
        command = mark(field_name, value, ids, {i.id: getattr(i, field_name) for i in items if i is not None})
        self.model.set_marks(field_name, command.values)  # painted at once, written meanwhile
        await self.run_command(command)

    # ------------------------------------------------------------ deleting
    @async_slot()
    async def on_delete(self) -> None:
        await self.delete_selected()

    async def delete_selected(self) -> int:
        ids = self.view.selected_ids()
        if not ids:
            return 0
        outcome = await self.run_command(MoveToTrash(ids))
        return len(outcome.files_moved) if outcome is not None else 0

    # -------------------------------------------------------------- boards
    @async_slot(int, list)
    async def on_images_dropped(self, board_id: int, ids: list) -> None:
        await self.add_to_board(board_id, ids)

    @async_slot()
    async def on_add_to_target_board(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        board = self.target_board or self.boards.chosen_board()
        if board is None:
            board = await self.new_board()
            if board is None:
                return
        await self.add_to_board(board, ids)

    def _board_name(self, board_id: int) -> str:
        return next((b.name for b in self.boards.boards if b.id == board_id), self.tr("the board"))

    async def add_to_board(self, board_id: int, ids: list[str]) -> None:
        await self.run_command(AddToBoard(board_id, ids, self._board_name(board_id)))

    async def remove_from_board(self, board_id: int, ids: list[str]) -> None:
        await self.run_command(RemoveFromBoard(board_id, ids, self._board_name(board_id)))

    @async_slot()
    async def on_new_board(self) -> None:
        await self.new_board()

    async def new_board(self, name: str | None = None) -> int | None:
        if self._refuse_if_read_only():
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New board"), self.tr("Board name:"))
            if not ok:
                return None
        outcome = await self.run_command(CreateBoard(name))
        return outcome.board_id if outcome is not None else None

    @async_slot(int)
    async def on_rename_board(self, board_id: int) -> None:
        old = next((b.name for b in self.boards.boards if b.id == board_id), "")
        name, ok = QInputDialog.getText(self, self.tr("Rename board"), self.tr("Board name:"), text=old)
        if ok:
            await self.rename_board(board_id, name)

    async def rename_board(self, board_id: int, name: str) -> None:
        await self.run_command(RenameBoard(board_id, name))

    @async_slot(int)
    async def on_delete_board(self, board_id: int) -> None:
        await self.delete_board(board_id)

    async def delete_board(self, board_id: int) -> None:
        await self.run_command(DeleteBoard(board_id))

    def _context_menu(self, position) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        item = self.model.item(index.row())
        if item is None:
            return
        image_id = item.id
        ids = self.view.selected_ids()
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.on_open_requested(image_id))
        menu.addAction(self.tr("Loupe"), self.on_loupe)
        menu.addSeparator()
        menu.addAction(self.tr("Use all settings"), lambda: self._recall(image_id, True))
        menu.addAction(self.tr("Use prompt"), lambda: self._recall(image_id, False))
        menu.addSeparator()
        boards = menu.addMenu(self.tr("Add to board"))

        def adder(board_id: int) -> Callable[[], None]:
            return lambda: self._spawn(self.add_to_board(board_id, ids))

        for board in self.boards.boards:
            boards.addAction(board.name, adder(board.id))
        boards.addSeparator()
        boards.addAction(self.tr("New board…"), self.on_new_board)
        chosen = self.boards.chosen_board()
        if chosen is not None:
            name = next((b.name for b in self.boards.boards if b.id == chosen), "")
            menu.addAction(self.tr("Remove from “{board}”").format(board=name),
                           lambda: self._spawn(self.remove_from_board(chosen, ids)))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _recall(self, image_id: str, everything: bool) -> None:
        records = self.library.index.records([image_id])
        if records:
            self.recall_requested.emit(records[0], everything)

    # ---------------------------------------------------- loupe and opening
    @async_slot(str)
    async def on_open_requested(self, image_id: str) -> None:
        records = await asyncio.to_thread(self.library.index.records, [image_id])
        if records:
            self.open_requested.emit(records[0])

    def _loupe(self) -> Loupe:
        if self.loupe is None:
            self.loupe = Loupe(self.window())
            self.loupe.closed.connect(self.view.setFocus)
            self.loupe.step_requested.connect(self.on_loupe_step)
            self.loupe.mark_requested.connect(self.on_loupe_mark)
            self.loupe.board_requested.connect(self.on_add_to_target_board)  # B: the selection
        return self.loupe

    def _caption(self, image_id: str) -> str:
        item = self.model.item(self.model.row_of(image_id))
        if item is None:
            return ""
        return f"{item.width} × {item.height} · {describe_marks(item)}"

    @async_slot()
    async def on_loupe(self) -> None:
        await self.open_loupe()

    async def open_loupe(self) -> list[bool]:
        image_id = self.view.current_id()
        if image_id is None:
            return []
        item = self.model.item(self.model.row_of(image_id))
        if item is None:
            return []
        return await self._loupe().show_images([self.library.data_dir / item.path], [self._caption(image_id)])

    @async_slot()
    async def on_compare(self) -> None:
        await self.open_compare()

    async def open_compare(self) -> list[bool]:
        """The two selected images side by side (or the current one and the next)."""
        ids = self.view.selected_ids()
        if len(ids) < 2:
            row = self.view.currentIndex().row()
            ids = [i.id for i in (self.model.item(row), self.model.item(row + 1)) if i is not None]
        if len(ids) < 2:
            self.messages.show_warning(self.tr("Select two images to compare."))
            return []
        items = [item for i in ids[:2] if (item := self.model.item(self.model.row_of(i))) is not None]
        if len(items) < 2:
            return []
        self._compared = [i.id for i in items]
        return await self._loupe().show_images([self.library.data_dir / i.path for i in items],
                                               [self._caption(i.id) for i in items])

    @async_slot(int)
    async def on_loupe_step(self, step: int) -> None:
        row = self.view.currentIndex().row() + step
        if 0 <= row < len(self.model.items):
            self.view.setCurrentIndex(self.model.index(row))
            await self.open_loupe()

    @async_slot(str, int)
    async def on_loupe_mark(self, field_name: str, value: int) -> None:
        loupe = self._loupe()
        ids = self._compared[:2] if loupe.comparing else [self.view.current_id()]
        await self.mark(field_name, value, [i for i in ids if i])
        for position, image_id in enumerate(ids):
            if image_id:
                loupe.set_caption(position, self._caption(image_id))

    # ---------------------------------------------------- switching library
    def set_library(self, library: OpenLibrary) -> None:
        old = self.thumbnails
        self.library = library
        self.undo_stack = UndoStack(Library(library.index, os_trash))
        self._update_undo()
        self.target_board = None
        # A read-only library's missing thumbnails are made in this app's own cache instead.
        write_dir = thumbnails_for_other_library(self.own_data_dir, library.data_dir) if library.read_only else None
        self.thumbnails = ThumbnailCache(library.data_dir, edge=old.edge, budget_bytes=GRID_PIXMAP_BUDGET,
                                         write_dir=write_dir)
        self.model.thumbnails = self.thumbnails
        self.thumbnails.loaded.connect(self.model._on_thumbnail_loaded)
        self._spawn(old.close())
        self.model.set_items([])
        self.boards.choose(None)
        if library.own:
            self.banner.hide()
        else:
            if library.read_only:
                banner = self.tr("Viewing the library in {folder} (read-only). "
                                 "New images still go to your own library.")
            else:
                banner = self.tr("Viewing the library in {folder} (read-write). "
                                 "New images still go to your own library.")
            self.banner_label.setText(banner.format(folder=library.data_dir))
            self.banner.show()
        self.library_changed.emit()
        self.request_reload()

    # ----------------------------------------------------------- lifecycle
    def context_menu_for(self, menu: QMenu) -> None:
        """Fill the Image menu: culling, boards, trash."""
        for action, (_key, field_name, value) in zip(self.mark_actions, MARKS, strict=True):
            menu.addAction(action)
            if (field_name, value) in (("flag", UNFLAGGED), ("rating", 5)):  # after the flags, the stars
                menu.addSeparator()
        menu.addSeparator()
        menu.addAction(self.new_board_action)
        menu.addAction(self.add_to_board_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)

    def _spawn(self, coroutine) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def shutdown(self) -> None:
        self._reload_timer.stop()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.thumbnails.close()


def confirm_read_write(parent: QWidget, folder: Path) -> bool | None:
    """Ask how to open another library: True read-write, False read-only, None cancel."""
    box = QMessageBox(parent)
    box.setWindowTitle(GalleryText.tr("Open library"))
    box.setText(GalleryText.tr("Open the library in “{folder}”").format(folder=folder))
    box.setInformativeText(GalleryText.tr("Read-only never changes it (safe for a shared drive or another "
                                          "person's library). Read-write lets you rate, flag, collect and "
                                          "delete there."))
    read_only = box.addButton(GalleryText.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    read_write = box.addButton(GalleryText.tr("Open read-write"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is read_write:
        return True
    if box.clickedButton() is read_only:
        return False
    return None
