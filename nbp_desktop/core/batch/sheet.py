"""A prompt sheet: one row per image, read from CSV or TSV with the ``csv`` module.

Row numbers are the ones a spreadsheet shows: the header is row 1, the first image row 2.
Every problem is reported as a sentence naming its row, and nothing is sent until every row
is valid or was skipped on purpose.
"""

from __future__ import annotations

import csv
import io
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nbp_desktop.core.batch import BatchText
from nbp_desktop.core.catalog import ModelInfo, estimate_cost, model_info
from nbp_desktop.core.errors import ErrorKind, NbpError

MAX_SHEET_BYTES = 50 * 1024 * 1024  # about 100,000 rows; a bigger file is refused unread
MAX_COUNT_PER_ROW = 16
BATCH_DISCOUNT = 0.5  # Google bills batch work at half the interactive price

# Column name as typed (normalised) -> the field it fills.
_COLUMNS = {
    "prompt": "prompt", "prompt template": "prompt",
    "aspect ratio": "aspect_ratio", "aspect": "aspect_ratio", "ratio": "aspect_ratio",
    "size": "size", "image size": "size",
    "count": "count", "images": "count", "variations": "count",
    "seed": "seed",
    "system instruction": "system_text", "system": "system_text",
    "reference paths": "references", "reference images": "references", "references": "references",
    "reference": "references", "refs": "references",
    "output name": "output_name", "file name": "output_name", "filename": "output_name",
    "name": "output_name",
    "tags": "tags", "tag": "tags",
}
_SEPARATORS = re.compile(r"[\s_\-]+")
_LIST_SPLIT = re.compile(r"[;|]")
_SAFE_NAME = re.compile(r"[^\w.\- ]+")


def _normalise(header: str) -> str:
    return _SEPARATORS.sub(" ", header.strip().lower())


@dataclass
class SheetRow:
    """One valid row, ready to become ``count`` requests."""

    row_number: int
    prompt: str
    aspect_ratio: str | None
    size: str
    count: int
    seed: int | None
    system_text: str | None
    references: list[Path]
    output_name: str | None
    tags: list[str]
    values: dict[str, str]  # every column as typed, for placeholders and the preview

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row_number, "prompt": self.prompt, "aspect_ratio": self.aspect_ratio,
                "size": self.size, "count": self.count, "seed": self.seed,
                "system_text": self.system_text, "references": [str(p) for p in self.references],
                "output_name": self.output_name, "tags": self.tags}


@dataclass
class RowProblem:
    row_number: int
    message: str  # a whole sentence that starts with "Row N"

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row_number, "message": self.message}


@dataclass
class PromptSheet:
    name: str  # the file's stem: the board its images go to
    path: Path | None
    model: str
    columns: list[str]
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def request_count(self) -> int:
        return sum(r.count for r in self.rows)

    @property
    def valid(self) -> bool:
        return not self.problems and bool(self.rows)

    def interactive_cost(self) -> float:
        return round(sum(estimate_cost(self.model, r.size, r.count, len(r.references))
                         for r in self.rows), 6)

    def batch_cost(self) -> float:
        return round(self.interactive_cost() * BATCH_DISCOUNT, 6)

    def require_valid(self, skip_bad_rows: bool = False) -> None:
        """Refuse to send a sheet with bad rows, unless they are skipped on purpose."""
        if not self.rows and not self.problems:
            raise NbpError(ErrorKind.INVALID_SETTING, empty_sheet_message(self.name))
        if self.problems and not skip_bad_rows:
            first = self.problems[0].message
            more = len(self.problems) - 1
            message = (BatchText.tr("{problem} (%n more row(s) with problems.)", None, more).format(
                problem=first) if more else first)
            raise NbpError(ErrorKind.INVALID_SETTING, message,
                           detail="\n".join(p.message for p in self.problems))
        if not self.rows:
            raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
                "No row of the sheet “{sheet}” can be sent; fix the rows listed.").format(sheet=self.name))

    def summary(self) -> dict[str, Any]:
        return {"sheet": self.name, "model": self.model, "rows": len(self.rows),
                "requests": self.request_count, "problems": [p.to_json() for p in self.problems],
                "interactive_cost_usd": self.interactive_cost(), "batch_cost_usd": self.batch_cost()}


def empty_sheet_message(name: str) -> str:
    return BatchText.tr("The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, "
                        "size, count, seed, system instruction, reference paths, output name, tags) and "
                        "each row after it one image.").format(sheet=name)


def read_sheet(path: Path, model: str) -> PromptSheet:
    """Read and check a CSV/TSV file. Blocking (reads the file); the size is checked first so
    a huge file is refused before it is read."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr("The sheet {path} cannot be opened.").format(path=path),
                       detail=str(exc)) from None
    if size > MAX_SHEET_BYTES:
        raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
            "The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 "
            "rows); nothing was read from row 1 on. Split it into smaller sheets.").format(
                sheet=path.name, size=_describe_bytes(size), limit=_describe_bytes(MAX_SHEET_BYTES)))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr("The sheet {path} cannot be read.").format(path=path),
                       detail=str(exc)) from None
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else None
    return parse_sheet(data, name=path.stem, model=model, base_folder=path.parent,
                       delimiter=delimiter, path=path)


def parse_sheet(data: bytes | str, name: str, model: str, base_folder: Path,
                delimiter: str | None = None, path: Path | None = None) -> PromptSheet:
    """Parse sheet text (a file's bytes, or a table pasted as text)."""
    text = data if isinstance(data, str) else _decode(data, name)
    if not text.strip():
        raise NbpError(ErrorKind.INVALID_SETTING, empty_sheet_message(name))
    if delimiter is None:
        first_line = text.split("\n", 1)[0]
        delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None) or []
    columns = [_normalise(h) for h in header]
    sheet = PromptSheet(name=name, path=path, model=model, columns=[h.strip() for h in header])
    fields: dict[str, int] = {}
    for index, column in enumerate(columns):
        if column in _COLUMNS and _COLUMNS[column] not in fields:
            fields[_COLUMNS[column]] = index
    if "prompt" not in fields:
        columns_found = ", ".join(repr(h.strip()) for h in header)
        raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
            "Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name "
            "one column “prompt”.").format(sheet=name, columns=columns_found or BatchText.tr("empty")))
    by_name = {c: i for i, c in enumerate(columns)}
    info = model_info(model)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            sheet.problems.append(RowProblem(reader.line_num, BatchText.tr(
                "Row {row} cannot be read as a table row ({error}).").format(row=reader.line_num, error=exc)))
            continue
        row_number = reader.line_num
        if not any(c.strip() for c in cells):
            continue  # blank lines between blocks are common in hand-made sheets
        values = {header[i].strip(): (cells[i] if i < len(cells) else "") for i in range(len(header))}
        row, problem = _check_row(row_number, cells, fields, by_name, info, base_folder)
        if problem:
            sheet.problems.append(RowProblem(row_number, problem))
        elif row is not None:
            row.values = values
            sheet.rows.append(row)
    if not sheet.rows and not sheet.problems:
        raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
            "The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image "
            "from row 2 on.").format(sheet=name))
    return sheet


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise NbpError(ErrorKind.INVALID_SETTING, BatchText.tr(
            "Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet "
            "was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it "
            "again.").format(row=row, sheet=name, byte=f"0x{data[exc.start]:02X}", column=column)) from None


def _placeholders(template: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(template) if f]


def _cell(cells: list[str], fields: dict[str, int], key: str) -> str:
    index = fields.get(key)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _check_row(row_number: int, cells: list[str], fields: dict[str, int], by_name: dict[str, int],
               info: ModelInfo, base_folder: Path) -> tuple[SheetRow | None, str | None]:
    row = row_number
    template = _cell(cells, fields, "prompt")
    if not template:
        return None, BatchText.tr("Row {row} has no prompt.").format(row=row)
    try:
        names = _placeholders(template)
    except ValueError:
        return None, BatchText.tr("Row {row}: the prompt has an unmatched “{open}” or “{close}”; write "
                                  "{open}{open} or {close}{close} for a literal brace.").format(
            row=row, open="{", close="}")
    filled: dict[str, str] = {}
    for placeholder in names:
        key = _normalise(placeholder)
        if key not in by_name:
            return None, BatchText.tr("Row {row}: the prompt uses {placeholder} but the sheet has no "
                                      "“{column}” column.").format(
                row=row, placeholder=f"{{{placeholder}}}", column=placeholder)
        index = by_name[key]
        value = cells[index].strip() if index < len(cells) else ""
        if not value:
            return None, BatchText.tr("Row {row}: the prompt uses {placeholder} but that cell is empty."
                                      ).format(row=row, placeholder=f"{{{placeholder}}}")
        filled[placeholder] = value
    prompt = template.format_map(filled) if names else template.replace("{{", "{").replace("}}", "}")

    ratio = _cell(cells, fields, "aspect_ratio") or None
    if ratio is not None and ratio not in info.aspect_ratios:
        return None, BatchText.tr("Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use "
                                  "one of {ratios}.").format(row=row, ratio=ratio, model=info.shown_name,
                                                             ratios=", ".join(info.aspect_ratios))
    size = (_cell(cells, fields, "size") or "1K").upper()
    if size not in info.sizes:
        return None, BatchText.tr("Row {row}: the size “{size}” is not one {model} makes; use {sizes}."
                                  ).format(row=row, size=size, model=info.shown_name, sizes=", ".join(info.sizes))
    count_text = _cell(cells, fields, "count") or "1"
    if not count_text.isdigit() or not 1 <= int(count_text) <= MAX_COUNT_PER_ROW:
        return None, BatchText.tr("Row {row}: the count “{count}” must be a whole number from 1 to {most}."
                                  ).format(row=row, count=count_text, most=MAX_COUNT_PER_ROW)
    seed_text = _cell(cells, fields, "seed")
    seed = None
    if seed_text:
        try:
            seed = int(seed_text)
        except ValueError:
            return None, BatchText.tr("Row {row}: the seed “{seed}” is not a whole number.").format(
                row=row, seed=seed_text)
    references: list[Path] = []
    for item in _LIST_SPLIT.split(_cell(cells, fields, "references")):
        item = item.strip()
        if not item:
            continue
        ref = Path(item).expanduser()
        if not ref.is_absolute():
            ref = base_folder / ref
        if not ref.is_file():
            return None, BatchText.tr("Row {row}: the reference image “{name}” does not exist (looked for "
                                      "{path}).").format(row=row, name=item, path=ref)
        references.append(ref)
    if len(references) > info.max_reference_images:
        return None, BatchText.tr("Row {row}: %n reference image(s); {model} takes at most {most}.", None,
                                  len(references)).format(row=row, model=info.shown_name,
                                                          most=info.max_reference_images)
    output_name = _SAFE_NAME.sub("_", _cell(cells, fields, "output_name")).strip() or None
    tags = [t.strip() for t in re.split(r"[,;|]", _cell(cells, fields, "tags")) if t.strip()]
    return SheetRow(row_number=row_number, prompt=prompt, aspect_ratio=ratio, size=size,
                    count=int(count_text), seed=seed,
                    system_text=_cell(cells, fields, "system_text") or None,
                    references=references, output_name=output_name, tags=tags, values={}), None


def _describe_bytes(size: int) -> str:
    if size >= 1024 ** 3:
        return f"{size / 1024 ** 3:.1f} GB"
    if size >= 1024 ** 2:
        return f"{size / 1024 ** 2:.0f} MB"
    return f"{size / 1024:.0f} kB"
