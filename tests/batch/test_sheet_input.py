"""Bad prompt sheets: each problem is a sentence that names its row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nbp_desktop.core.batch.sheet import MAX_SHEET_BYTES, parse_sheet, read_sheet
from nbp_desktop.core.catalog import DEFAULT_MODEL
from nbp_desktop.core.errors import NbpError

from tests.conftest import run_cli


def _read(path: Path, text: str | bytes):
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return read_sheet(path, DEFAULT_MODEL)


def _refused(path: Path, text: str | bytes) -> str:
    with pytest.raises(NbpError) as raised:
        _read(path, text)
    return raised.value.message


def test_placeholders_columns_and_bom(tmp_path):
    (tmp_path / "shoe.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    sheet = _read(tmp_path / "Campaign.csv",
                  "\ufeffPrompt,Aspect Ratio,Size,Count,Seed,System Instruction,Reference Paths,"
                  "Output Name,Tags,product,background\n"
                  "\"A {product} on {background}, studio light\",4:5,2K,3,42,Be bold,shoe.png,"
                  "hero/shot 1,\"spring, hero\",red sneaker,white marble\n")
    [row] = sheet.rows
    assert row.prompt == "A red sneaker on white marble, studio light"
    assert (row.row_number, row.aspect_ratio, row.size, row.count, row.seed) == (2, "4:5", "2K", 3, 42)
    assert row.system_text == "Be bold" and row.references == [tmp_path / "shoe.png"]
    assert row.tags == ["spring", "hero"] and row.output_name == "hero_shot 1"
    assert sheet.name == "Campaign" and sheet.request_count == 3


def test_tsv_and_pasted_tables(tmp_path):
    sheet = _read(tmp_path / "s.tsv", "prompt\tsize\na cat, sitting\t1K\n")
    assert sheet.rows[0].prompt == "a cat, sitting"
    pasted = parse_sheet("prompt\tratio\nsunset\t16:9\n", name="Pasted", model=DEFAULT_MODEL,
                         base_folder=tmp_path)
    assert pasted.rows[0].aspect_ratio == "16:9"


def test_missing_prompt_column(tmp_path):
    message = _refused(tmp_path / "s.csv", "description,size\na cat,1K\n")
    assert message.startswith("Row 1 (the header) of “s” has no “prompt” column")
    assert "'description', 'size'" in message


def test_bad_ratio_bad_count_and_missing_reference_are_listed_by_row(tmp_path):
    sheet = _read(tmp_path / "s.csv",
                  "prompt,aspect ratio,count,references\n"
                  "fine,1:1,1,\n"
                  "wide,7:3,1,\n"
                  "many,1:1,zero,\n"
                  "with ref,1:1,1,missing/hero.png\n"
                  "placeholder {colour},1:1,1,\n")
    assert [r.row_number for r in sheet.rows] == [2]
    messages = {p.row_number: p.message for p in sheet.problems}
    assert messages[3].startswith("Row 3: the aspect ratio “7:3” is not one Nano Banana Pro makes")
    assert messages[4].startswith("Row 4: the count “zero” must be a whole number")
    assert messages[5].startswith("Row 5: the reference image “missing/hero.png” does not exist")
    assert str(tmp_path / "missing" / "hero.png") in messages[5]
    assert messages[6] == ("Row 6: the prompt uses {colour} but the sheet has no “colour” column.")
    with pytest.raises(NbpError) as raised:
        sheet.require_valid()
    assert raised.value.message.startswith("Row 3: the aspect ratio")
    assert "(3 more rows with problems.)" in raised.value.message
    sheet.require_valid(skip_bad_rows=True)  # skipping bad rows on purpose is allowed


def test_a_2_gb_sheet_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as sparse:
        sparse.truncate(2 * 1024 ** 3)  # a sparse file: nothing is written to disk
    assert path.stat().st_size > MAX_SHEET_BYTES
    with pytest.raises(NbpError) as raised:
        read_sheet(path, DEFAULT_MODEL)
    assert raised.value.message.startswith("The sheet “huge.csv” is 2.0 GB, more than a prompt sheet may be")
    assert "nothing was read from row 1 on" in raised.value.message


def test_latin_1_sheet_names_the_row(tmp_path):
    text = "prompt,tags\nplain row,a\nCafé crème on a table,b\n".encode("latin-1")
    message = _refused(tmp_path / "menu.csv", text)
    assert message.startswith("Row 3 of “menu” is not UTF-8 text (byte 0xE9 at character 4)")
    assert "Latin-1" in message and "CSV UTF-8" in message


@pytest.mark.parametrize("text", ["", "\n\n", "prompt,size\n"])
def test_empty_sheet(tmp_path, text):
    message = _refused(tmp_path / "empty.csv", text)
    assert "row 1" in message.lower() and "“empty”" in message
    assert "row 2" in message.lower() or "each row after it" in message


def test_the_command_line_lists_bad_rows_and_sends_nothing(tmp_path, data_dir):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("prompt,aspect ratio\nok,1:1\nwide,7:3\n", encoding="utf-8")
    proc = run_cli("batch", "submit", str(sheet), "--check", data_dir=data_dir)
    assert proc.returncode == 1
    assert "Row 3: the aspect ratio “7:3” is not one Nano Banana Pro makes" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run_cli("batch", "submit", str(sheet), "--check", "--skip-bad-rows", "--json",
                   data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["requests"] == 1
