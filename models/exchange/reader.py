"""Reading a checked workbook's sheets with python-calamine: values, merged cells, formulas.

Calamine reads shared and inline strings, rich text and both date systems, and gives a
formula cell its cached value. What it cannot tell (a formula with no cached value, an error
value) is found in the sheet's XML, which the safety checks have already unpacked.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from python_calamine import CalamineWorkbook

from models.exchange import safety
from models.exchange.safety import ImportRefused, SheetInfo, WorkbookInfo

# (row, column), both from 0 → (message code, value shown)
FormulaFlags = dict[tuple[int, int], tuple[str, str]]


@dataclass
class RawSheet:
    """A sheet's cells laid out from A1 (row i is Excel row i + 1)."""

    name: str
    rows: list[list[Any]]
    formula_flags: FormulaFlags = field(default_factory=dict)


class Book:
    """An open workbook: its checked structure and the calamine reader."""

    def __init__(self, info: WorkbookInfo) -> None:
        self.info = info
        self.file_name = info.path.name
        try:
            self._book = CalamineWorkbook.from_path(str(info.path))
        except BaseException as exc:  # calamine raises its own types, pyo3 may panic
            _reraise_system(exc)
            raise _damaged(self.file_name, exc) from None

    def close(self) -> None:
        self._book.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def load(self, sheet: SheetInfo) -> RawSheet:
        """The sheet's cells, after the size checks on its XML; merged ranges filled."""
        if sheet.part is None:  # not checked, so not handed to the parser
            raise ImportRefused("xlsx_damaged", file=self.file_name, detail=sheet.name)
        with zipfile.ZipFile(self.info.path) as zf:
            xml = zf.read(sheet.part)
        safety.check_extent(xml, sheet.name, self.file_name)
        flags = formula_flags(xml)
        del xml
        try:
            calamine_sheet = self._book.get_sheet_by_name(sheet.name)
            rows = calamine_sheet.to_python(skip_empty_area=False)
            merged = calamine_sheet.merged_cell_ranges or []
        except BaseException as exc:
            _reraise_system(exc)
            raise _damaged(self.file_name, exc) from None
        safety.check_rows(len(rows), sheet.name, self.file_name)
        fill_merged(rows, merged)
        return RawSheet(sheet.name, rows, flags)


def _reraise_system(exc: BaseException) -> None:
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit | MemoryError):
        raise exc


def _damaged(file_name: str, exc: BaseException) -> ImportRefused:
    if type(exc).__name__ == "PasswordError":
        return ImportRefused("xlsx_encrypted", file=file_name)
    detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    return ImportRefused("xlsx_damaged", file=file_name, detail=detail)


def fill_merged(rows: list[list[Any]], merged: list[Any]) -> None:
    """Give every cell of a merged range the value of its top-left cell (calamine leaves
    them empty), so a department merged over three members' rows applies to all three."""
    height = len(rows)
    for (r1, c1), (r2, c2) in merged:
        if r1 >= height or c1 >= len(rows[r1]):
            continue
        value = rows[r1][c1]
        if value == "" or value is None:
            continue
        for r in range(r1, min(r2, height - 1) + 1):
            row = rows[r]
            for c in range(c1, min(c2, len(row) - 1) + 1):
                if (r, c) != (r1, c1) and (row[c] == "" or row[c] is None):
                    row[c] = value


# A formula's closing tag (a shared formula's first cell has one too), the same with a
# namespace prefix, or an error value; found fast by plain search, then looked at closely.
_FORMULA_MARKERS = (b"</f>", b":f>", b't="e"')
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>|<(?:\w+:)?v/>")


def formula_flags(xml: bytes) -> FormulaFlags:
    """Formula cells with no cached value, and cells holding an error value (#DIV/0!…)."""
    flags: FormulaFlags = {}
    if not any(marker in xml for marker in _FORMULA_MARKERS):
        return flags
    for m in _CELL.finditer(xml):
        attrs, body = m.group(1), m.group(2) or b""
        ref = _REF.search(attrs)
        if ref is None:
            continue
        t = _TYPE.search(attrs)
        kind = t.group(1) if t else b"n"
        value = _VALUE.search(body)
        pos = (int(ref.group(2)) - 1, column_index(ref.group(1).decode()))
        if kind == b"e":
            flags[pos] = (
                "formula_error",
                value.group(1).decode() if value and value.group(1) else "",
            )
        elif _FORMULA.search(body) and value is None:
            flags[pos] = ("formula_no_value", "")
    return flags


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
