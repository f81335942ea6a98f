"""The gallery's queries on a real SQLite library: search, filters, marks, boards, lineage,
schema migration, read-only opening and recall from dropped files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import replace

import pytest

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.export.exporter import ExportSource, export_image
from nbp_desktop.core.export.presets import BUILT_IN_PRESETS
from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.library.database import _SCHEMA, DATABASE_FILE, SCHEMA_VERSION, LibraryDatabase
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.gallery_index import (PICK, REJECT, GalleryFilter, GalleryIndex, SortOrder,
                                                    match_expression)
from nbp_desktop.core.library.recall import recall_spec
from nbp_desktop.core.recovery import open_library_read_only
from tests.library_builder import build_library


@pytest.fixture
def library(tmp_path):
    data_dir = tmp_path / "lib"
    records = build_library(data_dir, 80, seed=3)
    index = GalleryIndex(LibraryDatabase(data_dir))
    yield data_dir, records, index
    index.database.close()


def ids(items) -> list[str]:
    return [i.id for i in items]


def test_search_matches_prompts_and_model_replies_by_word_prefix(library):
    _, records, index = library
    expected = {r.id for r in records if "lighthouse" in r.prompt}
    assert expected
    assert set(ids(index.items(GalleryFilter(text="lightho")))) == expected
    # The model's reply is searchable too ("Here is the … as a …").
    both = {r.id for r in records if "lighthouse" in r.prompt and "watercolour" in r.prompt}
    assert set(ids(index.items(GalleryFilter(text="lighthouse watercol")))) == both
    assert set(ids(index.items(GalleryFilter(text="here lighthouse")))) == expected  # words in the reply
    # FTS syntax typed by a user is taken as words, never as an error.
    for text in ['"unbalanced', "a AND OR NOT", "NEAR(", "*", "col:thing", "-x"]:
        index.items(GalleryFilter(text=text))
    assert match_expression("  ") is None


def test_filters_narrow_and_sort_orders(library):
    _, records, index = library
    some = [r.id for r in records[:10]]
    index.set_mark(some[:4], "flag", PICK)
    index.set_mark(some[4:6], "flag", REJECT)
    index.set_mark(some[:3], "rating", 4)
    index.set_mark([some[0]], "rating", 5)
    index.set_mark(some[6:8], "label", 2)
    everything = index.items(GalleryFilter())
    assert len(everything) == 80
    assert ids(everything) == [r.id for r in sorted(records, key=lambda r: r.created, reverse=True)]
    assert set(ids(index.items(GalleryFilter(picks_only=True)))) == set(some[:4])
    assert set(some[4:6]).isdisjoint(ids(index.items(GalleryFilter(hide_rejects=True))))
    assert len(index.items(GalleryFilter(hide_rejects=True))) == 78
    assert set(ids(index.items(GalleryFilter(min_rating=4)))) == set(some[:3])
    assert ids(index.items(GalleryFilter(sort=SortOrder.RATING)))[:1] == [some[0]]
    assert set(ids(index.items(GalleryFilter(label=2)))) == set(some[6:8])
    for column in ("connection", "size", "aspect_ratio"):
        value = getattr(records[0], column)
        expected = {r.id for r in records if getattr(r, column) == value}
        assert set(ids(index.items(GalleryFilter(**{column: value})))) == expected
    start, end = records[10].created, records[20].created
    ranged = index.items(GalleryFilter(created_from=start, created_before=end))
    assert set(ids(ranged)) == {r.id for r in records[10:20]}
    costs = [i.cost for i in index.items(GalleryFilter(sort=SortOrder.COST))]
    assert costs == sorted(costs, reverse=True)
    choices = index.choices()
    assert choices["connection"] == ["studio", "vertex-eu"] and "16:9" in choices["aspect_ratio"]


def test_listings_come_in_keyset_pages_that_join_up_in_every_order(library):
    """The first screenful and each page after it are index seeks (the key of the last cell
    shown, never an OFFSET that counts the rows before), and the pages join up exactly."""
    _, records, index = library
    index.set_mark([r.id for r in records[:30]], "rating", 3)  # ties: the later key columns decide
    index.set_mark([r.id for r in records[30:35]], "flag", PICK)
    first_plan = index.query_plan(GalleryFilter(), 400)
    assert first_plan == ["SCAN i USING INDEX images_listing_newest"]  # in order: no sorting of everything
    page = index.items(GalleryFilter(), 7)
    assert index.query_plan(GalleryFilter(), 7, after=page[-1]) == [
        "SEARCH i USING INDEX images_listing_newest ((created,id)<(?,?))"]
    assert index.query_plan(GalleryFilter(picks_only=True), 7, after=page[-1]) == [
        "SEARCH i USING INDEX images_listing_flag (flag=? AND (created,id)<(?,?))"]
    assert index.query_plan(GalleryFilter(sort=SortOrder.RATING), 7, after=page[-1]) == [
        "SEARCH i USING INDEX images_listing_rating ((rating,created,id)<(?,?,?))"]
    for spec in [GalleryFilter(sort=order) for order in SortOrder] + [
            GalleryFilter(picks_only=True), GalleryFilter(text="lighthouse", sort=SortOrder.RATING)]:
        whole = index.items(spec)
        pages, after = [], None
        while chunk := index.items(spec, 7, after):
            pages += chunk
            after = chunk[-1]
        assert ids(pages) == ids(whole), spec.sort
        if not spec.text:  # (a few search matches are sorted: see the next test)
            assert not any("TEMP B-TREE" in step for step in index.query_plan(spec, 7)), spec
        assert index.count_matching(spec) == len(whole)
    assert index.count() == 80


def test_search_is_answered_by_the_full_text_index(library, monkeypatch):
    """Few matches are fetched from the FTS5 index and sorted; many are found by walking the
    listing's index in order and keeping those the FTS5 index names. Either way the same cells."""
    _, records, index = library
    expected = [r.id for r in sorted(records, key=lambda r: (r.created, r.id), reverse=True)
                if "lighthouse" in r.prompt]
    spec = GalleryFilter(text="lighthouse")
    few_plan = index.query_plan(spec, 400)
    assert any("images_fts VIRTUAL TABLE INDEX" in step for step in few_plan)
    assert ids(index.items(spec)) == expected
    monkeypatch.setattr("nbp_desktop.core.library.gallery_index.FEW_MATCHES", 1)
    many_plan = index.query_plan(spec, 400)
    assert any("images_fts VIRTUAL TABLE INDEX" in step for step in many_plan)
    assert "SCAN i USING INDEX images_listing_newest" in many_plan
    assert not any("TEMP B-TREE" in step for step in many_plan)
    assert ids(index.items(spec)) == expected
    assert index.count_matching(spec) == len(expected)


def test_marks_return_previous_values_and_refuse_nonsense(library):
    _, records, index = library
    first = records[0].id
    assert index.set_mark([first], "rating", 3) == {first: 0}
    assert index.set_mark([first], "rating", 5) == {first: 3}
    index.restore_marks("rating", {first: 3})
    assert index.records([first])[0].rating == 3
    with pytest.raises(ValueError):
        index.set_mark([first], "rating", 6)
    with pytest.raises(ValueError):
        index.set_mark([first], "sha256", 1)


def test_boards_counts_costs_and_membership(library):
    _, records, index = library
    board = index.create_board("  Hero   shots ")
    assert board.name == "Hero shots"
    with pytest.raises(NbpError, match="already a board"):
        index.create_board("hero SHOTS")
    chosen = [r.id for r in records[:3]]
    assert index.add_to_board(board.id, chosen) == chosen
    assert index.add_to_board(board.id, chosen[:1]) == []  # already there
    other = index.create_board("Client B")
    index.add_to_board(other.id, chosen[:1])  # an image on two boards
    boards = {b.name: b for b in index.boards()}
    assert boards["Hero shots"].count == 3
    assert boards["Hero shots"].cost == pytest.approx(sum(r.cost for r in records[:3]))
    assert set(ids(index.items(GalleryFilter(board_id=board.id)))) == set(chosen)
    assert index.boards_of(chosen[0]) == ["Client B", "Hero shots"]
    index.rename_board(board.id, "Finals")
    name, members = index.delete_board(board.id)
    assert (name, sorted(members)) == ("Finals", sorted(chosen))
    assert [b.name for b in index.boards()] == ["Client B"]
    assert len(index.items(GalleryFilter())) == 80  # deleting a board keeps its images


def test_lineage_shows_every_turn_and_branch(library):
    _data_dir, records, index = library
    root = records[0]
    edit_1 = replace(records[1], parent_id=root.id)
    edit_2 = replace(records[2], parent_id=edit_1.id)
    branch = replace(records[3], parent_id=root.id)
    index.add_images([edit_1, edit_2, branch])
    nodes = index.lineage(edit_2.id)
    assert [(n.record.id, n.depth) for n in nodes] == [
        (root.id, 0), (edit_1.id, 1), (edit_2.id, 2), (branch.id, 1)]
    assert nodes[0].children == [edit_1.id, branch.id]
    assert set(ids(index.items(GalleryFilter(has_edits=True)))) == {root.id, edit_1.id, edit_2.id, branch.id}


def test_reindexing_keeps_marks_and_search(library):
    _, records, index = library
    index.set_mark([records[5].id], "rating", 4)
    index.add_images([records[5]])  # recovery indexing the same image again
    assert index.records([records[5].id])[0].rating == 4
    assert records[5].id in ids(index.items(GalleryFilter(text=records[5].prompt.split()[1])))


def test_a_version_1_library_is_migrated_in_place(tmp_path):
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db = sqlite3.connect(data_dir / DATABASE_FILE)
    db.executescript(_SCHEMA)
    spec = {"connection": "studio", "prompt": "old teapot", "model": "gemini-3-pro-image",
            "size": "2K", "aspect_ratio": "16:9"}
    db.execute("INSERT INTO jobs (id, position, created, connection, model, size, spec, status,"
               " result_text) VALUES ('j1', 1, '2026-01-01', 'studio', 'm', '2K', ?, 'succeeded',"
               " 'a glazed teapot')", (json.dumps(spec),))
    db.execute("INSERT INTO images (id, job_id, path, sha256, mime, width, height, bytes, created,"
               " prompt) VALUES ('i1', 'j1', 'library/x.png', 'abc', 'image/png', 2752, 1536, 9,"
               " '2026-01-01', 'old teapot')")
    db.execute("INSERT INTO images (id, job_id, path, sha256, mime, width, height, bytes, created,"
               " prompt) VALUES ('i2', NULL, 'library/y.png', 'def', 'image/png', 1024, 1024, 9,"
               " '2026-01-02', 'lonely cube')")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    journal = Journal(data_dir)
    try:
        index = GalleryIndex(journal.database)
        first, second = index.records(["i1", "i2"])
        assert (first.size, first.aspect_ratio, first.model_text) == ("2K", "16:9", "a glazed teapot")
        assert (second.size, second.aspect_ratio) == ("1K", "1:1")  # from its pixels
        assert ids(index.items(GalleryFilter(text="glazed"))) == ["i1"]
        assert journal.database.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION == 5
    finally:
        journal.close()


def test_read_only_opening_changes_nothing_and_refuses_changes(library, tmp_path):
    data_dir, records, index = library
    index.database.close()
    before = {p: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    journal, report = open_library_read_only(data_dir)
    try:
        ro = GalleryIndex(journal.database)
        assert len(ro.items(GalleryFilter())) == 80 and not report.messages
        with pytest.raises(NbpError) as caught:
            ro.set_mark([records[0].id], "flag", PICK)
        assert caught.value.kind is ErrorKind.READ_ONLY_LIBRARY
        with pytest.raises(NbpError):
            ro.create_board("nope")
    finally:
        journal.close()
    after = {p: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert after == before  # not a byte written, no -wal or -shm left behind
    # The index reopens for the fixture's teardown.
    index.database = LibraryDatabase(data_dir)


def test_read_only_opening_of_an_unreadable_database_shows_the_files(tmp_path):
    data_dir = tmp_path / "broken"
    build_library(data_dir, 12, seed=9)
    (data_dir / DATABASE_FILE).write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"{DATABASE_FILE}{suffix}").unlink(missing_ok=True)
    journal, report = open_library_read_only(data_dir)
    try:
        assert len(GalleryIndex(journal.database).items(GalleryFilter())) == 12
        assert report.database_unreadable and "could not be read" in report.messages[0]
    finally:
        journal.close()
    assert (data_dir / DATABASE_FILE).read_bytes().startswith(b"this is not")
    with pytest.raises(NbpError, match="not an nbp-desktop library"):
        open_library_read_only(tmp_path)


def test_recall_from_an_original_a_copy_an_export_and_a_stranger(library, tmp_path):
    data_dir, records, index = library
    record = records[7]
    original = data_dir / record.path
    assert recall_spec(original, index).prompt == record.prompt
    copy = tmp_path / "renamed copy.png"
    copy.write_bytes(original.read_bytes())
    spec = recall_spec(copy, index)
    assert (spec.prompt, spec.aspect_ratio, spec.seed) == (record.prompt, record.aspect_ratio, 7)
    preset = next(p for p in BUILT_IN_PRESETS if p.name == "Print JPEG")
    source = ExportSource.from_library(original, record.id, record.mime, record.width, record.height)
    exported = export_image(source, preset, tmp_path / "out").path
    assert hashlib.sha256(exported.read_bytes()).hexdigest() != record.sha256
    assert recall_spec(exported, index).prompt == record.prompt  # via its XMP
    stranger = tmp_path / "stranger.png"
    from PIL import Image

    Image.new("RGB", (8, 8), "red").save(stranger)
    assert recall_spec(stranger, index) is None
    assert recall_spec(tmp_path / "absent.png", index) is None


def test_size_and_ratio_from_pixels():
    from nbp_desktop.core.catalog import size_and_ratio_of

    assert size_and_ratio_of(5504, 3072) == ("4K", "16:9")
    assert size_and_ratio_of(1000, 1000) == ("1K", "1:1")
    assert size_and_ratio_of(0, 10) == (None, None)
    record = ImageRecord(id="x", job_id=None, path="p", sha256="s", mime="image/png", width=2528,
                         height=1696, bytes=1, created="")
    assert (record.size, record.aspect_ratio) == ("2K", "3:2")


def test_an_image_put_back_from_the_trash_by_hand_shows_again(library):
    data_dir, records, index = library
    record = records[4]
    original = data_dir / record.path
    aside = data_dir / "elsewhere.png"
    original.rename(aside)
    index.mark_trashed({record.id: {record.path: str(aside)}})
    assert record.id not in ids(index.items(GalleryFilter()))
    index.database.close()
    from nbp_desktop.core.jobs.process_lock import ProcessLock
    from nbp_desktop.core.recovery import open_library

    lock = ProcessLock(data_dir)
    try:
        journal, _ = open_library(data_dir, lock)
        assert record.id not in ids(GalleryIndex(journal.database).items(GalleryFilter()))  # still in the trash
        journal.close()
        aside.rename(original)  # the user restores it from the OS trash
        journal, _ = open_library(data_dir, lock)
        assert record.id in ids(GalleryIndex(journal.database).items(GalleryFilter()))
        journal.close()
    finally:
        lock.release()
    index.database = LibraryDatabase(data_dir)
