"""Library commands on a real library: each command's inverse takes it back, and applying the
inverse again redoes it; the undo stack runs both ways."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.library.commands import (AddToBoard, CreateBoard, DeleteBoard, Library, MoveToTrash,
                                               RemoveFromBoard, RenameBoard, RestoreFromTrash, SetMarks,
                                               UndoStack, mark)
from nbp_desktop.core.library.database import LibraryDatabase
from nbp_desktop.core.library.gallery_index import PICK, REJECT, GalleryFilter, GalleryIndex
from nbp_desktop.core.library.library_index import ImageRecord
from tests.library_builder import build_library


class FolderTrash:
    """A trash folder on disk with the OS trash's contract (the Qt layer's uses QFile)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def move_to_trash(self, data_dir: Path, records: list[ImageRecord]):
        moved = {}
        for record in records:
            image = data_dir / record.path
            files = {}
            for path in (image, image.with_suffix(".json")):
                target = self.folder / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(path, target)
                files[path.relative_to(data_dir).as_posix()] = str(target)
            moved[record.id] = files
        return moved, None

    def restore_from_trash(self, data_dir: Path, files: dict[str, str]) -> list[str]:
        for relative, in_trash in files.items():
            shutil.move(in_trash, data_dir / relative)
        return []


@pytest.fixture
def library(tmp_path):
    data_dir = tmp_path / "lib"
    records = build_library(data_dir, 12, seed=4, thumbnails=False)
    index = GalleryIndex(LibraryDatabase(data_dir))
    yield Library(index, FolderTrash(tmp_path / "trash")), records
    index.database.close()


def marks(index: GalleryIndex, field_name: str, ids: list[str]) -> dict[str, int]:
    return {r.id: getattr(r, field_name) for r in index.records(ids)}


def test_marks_and_their_inverse(library):
    lib, records = library
    ids = [r.id for r in records[:3]]
    lib.index.set_mark(ids[:1], "rating", 2)
    command = mark("rating", 4, ids, marks(lib.index, "rating", ids))
    assert command.text == "4 stars (3 images)"
    inverse = command.apply(lib).inverse
    assert marks(lib.index, "rating", ids) == dict.fromkeys(ids, 4)
    again = inverse.apply(lib).inverse
    assert marks(lib.index, "rating", ids) == {ids[0]: 2, ids[1]: 0, ids[2]: 0}
    again.apply(lib)
    assert marks(lib.index, "rating", ids) == dict.fromkeys(ids, 4)
    # The same label again takes it off; flags; values out of range are refused.
    lib.index.set_mark(ids, "label", 3)
    assert mark("label", 3, ids, marks(lib.index, "label", ids)).values == dict.fromkeys(ids, 0)
    assert mark("flag", REJECT, ids, {}).text == "Reject (3 images)"
    with pytest.raises(ValueError):
        mark("rating", 6, ids, {})
    assert SetMarks("flag", {"no-such-image": PICK}).apply(lib).inverse is None  # nothing to undo


def test_boards_and_their_inverses(library):
    lib, records = library
    ids = [r.id for r in records[:4]]
    created = CreateBoard("Hero shots").apply(lib)
    board = created.board_id
    assert isinstance(created.inverse, DeleteBoard)
    added = AddToBoard(board, ids[:2], "Hero shots").apply(lib)
    assert added.message == "Added 2 images to “Hero shots”."
    again = AddToBoard(board, ids[:3], "Hero shots").apply(lib)  # only the new one is undone
    assert again.inverse.image_ids == [ids[2]]
    again.inverse.apply(lib)
    assert {i.id for i in lib.index.items(GalleryFilter(board_id=board))} == set(ids[:2])
    removed = RemoveFromBoard(board, ids[:1]).apply(lib)
    assert {i.id for i in lib.index.items(GalleryFilter(board_id=board))} == {ids[1]}
    removed.inverse.apply(lib)
    assert {i.id for i in lib.index.items(GalleryFilter(board_id=board))} == set(ids[:2])
    renamed = RenameBoard(board, "Finals").apply(lib)
    assert [b.name for b in lib.index.boards()] == ["Finals"]
    renamed.inverse.apply(lib)
    assert [b.name for b in lib.index.boards()] == ["Hero shots"]
    deleted = DeleteBoard(board).apply(lib)
    assert lib.index.boards() == [] and lib.index.records(ids[:1])  # images stay
    back = deleted.inverse.apply(lib)  # the board comes back with its images
    assert [(b.name, b.count) for b in lib.index.boards()] == [("Hero shots", 2)]
    back.inverse.apply(lib)
    assert lib.index.boards() == []
    with pytest.raises(NbpError):
        CreateBoard("  ").apply(lib)


def test_trash_and_its_inverse(library):
    lib, records = library
    record = records[0]
    original = lib.index.data_dir / record.path
    content = original.read_bytes()
    lib.index.set_mark([record.id], "rating", 5)
    moved = MoveToTrash([record.id]).apply(lib)
    assert moved.files_moved == [record.id] and moved.message == "Moved 1 image to the trash."
    assert not original.exists() and record.id not in {i.id for i in lib.index.items(GalleryFilter())}
    assert isinstance(moved.inverse, RestoreFromTrash)
    restored = moved.inverse.apply(lib)
    assert original.read_bytes() == content and original.with_suffix(".json").exists()
    assert lib.index.records([record.id])[0].rating == 5 and not lib.index.records([record.id])[0].trashed
    restored.inverse.apply(lib)
    assert not original.exists()


def test_the_undo_stack_undoes_and_redoes_in_order(library):
    lib, records = library
    stack = UndoStack(lib)
    first = records[0].id
    stack.run(mark("flag", PICK, [first], {}))
    stack.run(mark("rating", 3, [first], {}))
    board = stack.run(CreateBoard("Client"))[1].board_id
    assert [s.text for s in stack.undo_steps] == ["Pick (1 image)", "3 stars (1 image)", "New board “Client”"]
    assert stack.undo()[0] == "New board “Client”" and lib.index.boards() == []
    assert stack.undo()[0] == "3 stars (1 image)"
    assert lib.index.records([first])[0].rating == 0
    assert [s.text for s in stack.redo_steps] == ["New board “Client”", "3 stars (1 image)"]
    assert stack.redo()[0] == "3 stars (1 image)" and lib.index.records([first])[0].rating == 3
    assert stack.redo()[0] == "New board “Client”" and [b.name for b in lib.index.boards()] == ["Client"]
    assert stack.redo() is None and board is not None
    stack.undo()
    stack.run(mark("flag", REJECT, [first], {}))  # a new change drops what could be redone
    assert stack.redo_steps == []


def test_a_board_brought_back_keeps_its_id_so_later_steps_redo(library):
    lib, records = library
    stack = UndoStack(lib)
    board = stack.run(CreateBoard("Client"))[1].board_id
    stack.run(AddToBoard(board, [records[0].id], "Client"))
    stack.run(DeleteBoard(board))
    stack.undo()  # the board is back, under its own id, with its image
    assert [(b.id, b.count) for b in lib.index.boards()] == [(board, 1)]
    stack.undo()
    stack.undo()
    assert lib.index.boards() == []
    stack.redo()
    stack.redo()  # the add refers to the board by the id it had
    assert [(b.id, b.count) for b in lib.index.boards()] == [(board, 1)]


def test_a_change_the_database_refuses_is_a_sentence_and_stays_undoable(library):
    lib, records = library
    stack = UndoStack(lib)
    with pytest.raises(NbpError) as refused:
        stack.run(AddToBoard(4242, [records[0].id], "Gone"))  # a board deleted elsewhere
    assert refused.value.message == "This change (Add to “Gone”) could not be saved in the library."
    assert stack.undo_steps == []
