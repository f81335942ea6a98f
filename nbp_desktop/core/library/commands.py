"""Library commands with undo (after Anki's CollectionOp): every change the user makes to the
library — culling marks, boards, moving images to the trash — is a command. Applying one
returns its inverse, the command that takes it back; applying that returns the command again,
so one stack of inverses gives both undo and redo.

Qt-free and blocking (SQLite, file moves): the GUI runs them in a worker thread, one at a time.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library import LibraryText
from nbp_desktop.core.library.gallery_index import LABELS, PICK, REJECT, UNFLAGGED, GalleryIndex
from nbp_desktop.core.library.library_index import ImageRecord

MARK_VALUES = {"flag": (PICK, REJECT, UNFLAGGED), "rating": tuple(range(6)),
               "label": tuple(range(len(LABELS)))}
UNDO_LIMIT = 100


def mark_word(field_name: str, value: int) -> str:
    """The user's word for a culling mark: "Pick", "3 stars", "Red label"."""
    if field_name == "flag":
        return {PICK: LibraryText.tr("Pick"), REJECT: LibraryText.tr("Reject"),
                UNFLAGGED: LibraryText.tr("Unflag")}[value]
    if field_name == "rating":
        return LibraryText.tr("%n star(s)", None, value) if value else LibraryText.tr("No stars")
    if value == 0:
        return LibraryText.tr("No label")
    return {1: LibraryText.tr("Red label"), 2: LibraryText.tr("Yellow label"),
            3: LibraryText.tr("Green label"), 4: LibraryText.tr("Blue label")}[value]


class FileTrash(Protocol):
    """The operating system's trash (the Qt layer provides it: QFile.moveToTrash)."""

    def move_to_trash(self, data_dir: Path, records: list[ImageRecord]
                      ) -> tuple[dict[str, dict[str, str]], NbpError | None]: ...

    def restore_from_trash(self, data_dir: Path, files: dict[str, str]) -> list[str]: ...


@dataclass
class Library:
    """What commands act on: one library's index and the trash its files go to."""
    index: GalleryIndex
    trash: FileTrash | None = None


@dataclass
class Outcome:
    """What applying a command did, for the user and the screen."""
    inverse: LibraryCommand | None  # None: nothing changed, so nothing to undo
    message: str = ""  # said to the user (info)
    warning: str = ""
    error: NbpError | None = None  # a part failed (the rest was done and can be undone)
    marks: tuple[str, dict[str, int]] | None = None  # field and new values, painted at once
    files_moved: list[str] = field(default_factory=list)  # images whose files left or came back
    board_id: int | None = None  # the board the command added to (the next "B" goes there)
    board_deleted: int | None = None


class LibraryCommand(ABC):
    text: str  # what it does, in the user's words: "Reject (2 images)"

    @abstractmethod
    def apply(self, library: Library) -> Outcome:
        """Blocking. Do it; the outcome holds the inverse."""


# ------------------------------------------------------------------ marks
@dataclass
class SetMarks(LibraryCommand):
    field_name: str  # flag | rating | label
    values: dict[str, int]  # image id -> value
    text: str = ""

    def apply(self, library: Library) -> Outcome:
        before = library.index.restore_marks(self.field_name, self.values)
        if not before:
            return Outcome(None)
        return Outcome(SetMarks(self.field_name, before, self.text),
                       marks=(self.field_name, {i: self.values[i] for i in before}))


def mark(field_name: str, value: int, ids: list[str], current: dict[str, int]) -> SetMarks:
    """Pick, reject, stars or a colour label for these images (``current``: their values of
    that field now). The same label key again takes the label off, as in Lightroom."""
    if value not in MARK_VALUES.get(field_name, ()):
        raise ValueError(f"{field_name} {value}")
    if field_name == "label" and value and ids and all(current.get(i) == value for i in ids):
        value = 0
    return SetMarks(field_name, {i: value for i in ids},
                    LibraryText.tr("{mark} (%n image(s))", None, len(ids)).format(
                        mark=mark_word(field_name, value)))


# ----------------------------------------------------------------- boards
@dataclass
class CreateBoard(LibraryCommand):
    """A new board; with ``image_ids`` a deleted board comes back with its images."""
    name: str
    image_ids: list[str] = field(default_factory=list)
    text: str = ""
    board_id: int | None = None  # the id it had before it was deleted

    def __post_init__(self) -> None:
        self.text = self.text or LibraryText.tr("New board “{name}”").format(name=self.name)

    def apply(self, library: Library) -> Outcome:
        board = library.index.create_board(self.name, self.board_id)
        if self.image_ids:
            library.index.add_to_board(board.id, self.image_ids)
        return Outcome(DeleteBoard(board.id, self.text), board_id=board.id)


@dataclass
class DeleteBoard(LibraryCommand):
    """Removes the board, never its images."""
    board_id: int
    text: str = ""

    def apply(self, library: Library) -> Outcome:
        name, ids = library.index.delete_board(self.board_id)
        text = self.text or LibraryText.tr("Delete board “{name}”").format(name=name)
        return Outcome(CreateBoard(name, ids, text, self.board_id), board_deleted=self.board_id,
                       message=LibraryText.tr("Board “{name}” deleted (its images stay in the library)."
                                              ).format(name=name))


@dataclass
class RenameBoard(LibraryCommand):
    board_id: int
    name: str
    text: str = ""

    def apply(self, library: Library) -> Outcome:
        old = library.index.rename_board(self.board_id, self.name)
        return Outcome(RenameBoard(self.board_id, old,
                                   self.text or LibraryText.tr("Rename “{name}”").format(name=old)))


@dataclass
class AddToBoard(LibraryCommand):
    board_id: int
    image_ids: list[str]
    board_name: str = ""  # "the board" when not given
    text: str = ""

    def __post_init__(self) -> None:
        self.board_name = self.board_name or LibraryText.tr("the board")
        self.text = self.text or LibraryText.tr("Add to “{board}”").format(board=self.board_name)

    def apply(self, library: Library) -> Outcome:
        added = library.index.add_to_board(self.board_id, self.image_ids)
        inverse = RemoveFromBoard(self.board_id, added, self.board_name, self.text) if added else None
        return Outcome(inverse, board_id=self.board_id,
                       message=LibraryText.tr("Added %n image(s) to “{board}”.", None, len(added)
                                              ).format(board=self.board_name))


@dataclass
class RemoveFromBoard(LibraryCommand):
    board_id: int
    image_ids: list[str]
    board_name: str = ""  # "the board" when not given
    text: str = ""

    def __post_init__(self) -> None:
        self.board_name = self.board_name or LibraryText.tr("the board")
        self.text = self.text or LibraryText.tr("Remove from “{board}”").format(board=self.board_name)

    def apply(self, library: Library) -> Outcome:
        removed = library.index.remove_from_board(self.board_id, self.image_ids)
        inverse = AddToBoard(self.board_id, removed, self.board_name, self.text) if removed else None
        return Outcome(inverse)


# ------------------------------------------------------------------ trash
@dataclass
class MoveToTrash(LibraryCommand):
    """Images and their sidecars to the OS trash; the index hides them and remembers where
    their files went (their marks and boards are kept for undo)."""
    image_ids: list[str]
    text: str = ""

    def __post_init__(self) -> None:
        self.text = self.text or LibraryText.tr("Move %n image(s) to the trash", None, len(self.image_ids))

    def apply(self, library: Library) -> Outcome:
        if library.trash is None:
            raise ValueError("no trash to move files to")
        records = library.index.records(self.image_ids)
        moved, error = library.trash.move_to_trash(library.index.data_dir, records)
        if moved:
            library.index.mark_trashed(moved)
        inverse = RestoreFromTrash(list(moved), self.text) if moved else None
        return Outcome(inverse, error=error, files_moved=list(moved),
                       message=LibraryText.tr("Moved %n image(s) to the trash.", None, len(moved))
                       if moved else "")


@dataclass
class RestoreFromTrash(LibraryCommand):
    image_ids: list[str]
    text: str = ""

    def apply(self, library: Library) -> Outcome:
        if library.trash is None:
            raise ValueError("no trash to restore files from")
        failed: list[str] = []
        for files in library.index.trashed_files(self.image_ids).values():
            failed += library.trash.restore_from_trash(library.index.data_dir, files)
        library.index.mark_restored(self.image_ids)
        warning = LibraryText.tr("%n file(s) could not be put back from the trash (emptied meanwhile?); "
                                 "they show as missing.", None, len(failed)) if failed else ""
        return Outcome(MoveToTrash(self.image_ids, self.text), warning=warning,
                       files_moved=list(self.image_ids))


# ------------------------------------------------------------------- undo
@dataclass
class Step:
    text: str  # the user's command, as the Undo and Redo menu items name it
    command: LibraryCommand  # what undoing (or redoing) it applies


class UndoStack:
    """One library's undo and redo: each step holds the command that takes a change back
    (or, on the redo side, does it again). Not thread-safe: one command at a time."""

    def __init__(self, library: Library, limit: int = UNDO_LIMIT) -> None:
        self.library = library
        self.limit = limit
        self.undo_steps: list[Step] = []
        self.redo_steps: list[Step] = []

    def run(self, command: LibraryCommand) -> tuple[str, Outcome]:
        outcome = _applied(command, self.library)
        if outcome.inverse is not None:
            self.undo_steps.append(Step(command.text, outcome.inverse))
            del self.undo_steps[:-self.limit]
            self.redo_steps.clear()
        return command.text, outcome

    def undo(self) -> tuple[str, Outcome] | None:
        return self._replay(self.undo_steps, self.redo_steps)

    def redo(self) -> tuple[str, Outcome] | None:
        return self._replay(self.redo_steps, self.undo_steps)

    def _replay(self, source: list[Step], target: list[Step]) -> tuple[str, Outcome] | None:
        if not source:
            return None
        step = source[-1]
        outcome = _applied(step.command, self.library)  # a failure leaves the step where it was
        source.pop()
        if outcome.inverse is not None:
            target.append(Step(step.text, outcome.inverse))
        return step.text, outcome


def _applied(command: LibraryCommand, library: Library) -> Outcome:
    try:
        return command.apply(library)
    except sqlite3.Error as exc:  # e.g. a board another process deleted meanwhile
        raise NbpError(ErrorKind.DISK, LibraryText.tr("This change ({command}) could not be saved in the "
                                                      "library.").format(command=command.text),
                       detail=f"{type(exc).__name__}: {exc}") from None
