"""Small workbooks of the review (history, metrics, the package), written with XlsxWriter in
the exchange's look: a bold frozen header, sized columns, wrapped long text, real dates,
text Excel would read as a formula kept as text. The file appears only when complete."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from models.exchange.layout import FORMULA_TRIGGERS, Formats, print_setup, row_height
from models.exchange.writer import ExportFailed


@dataclass(frozen=True)
class Col:
    """A column of a report: header in both languages, width, and whether it wraps."""

    zh: str
    en: str
    width: float = 14
    wrap: bool = False

    def header(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


class Report:
    """A workbook being written; ``close()`` moves it into place."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.dest = Path(path).expanduser()
        self.tmp = self.dest.with_name(f".{self.dest.stem}.partial.xlsx")
        self.book = Workbook(str(self.tmp))
        self.fmt = Formats(self.book)

    def table(
        self, name: str, columns: Sequence[Col], rows: Sequence[Sequence[Any]], lang: str
    ) -> Worksheet:
        """A sheet with a header row and one row per item."""
        sheet = self.book.add_worksheet(name[:31])
        sheet.set_row(0, 24)
        for c, col in enumerate(columns):
            sheet.set_column(c, c, col.width)
            sheet.write_string(0, c, col.header(lang), self.fmt.header)
        sheet.freeze_panes(1, 0)
        print_setup(sheet)
        sheet.repeat_rows(0)
        if rows:
            sheet.autofilter(0, 0, len(rows), len(columns) - 1)
        for r, row in enumerate(rows, start=1):
            height = 0.0
            for c, (col, value) in enumerate(zip(columns, row, strict=True)):
                self.cell(sheet, r, c, value, col.wrap)
                if col.wrap and isinstance(value, str):
                    height = max(height, row_height(value, col.width) or 0.0)
            if height:
                sheet.set_row(r, height)
        return sheet

    def cell(self, sheet: Worksheet, r: int, c: int, value: Any, wrap: bool = False) -> None:
        fmt = self.fmt
        if value is None or value == "":
            return
        if isinstance(value, datetime):
            sheet.write_datetime(r, c, value, fmt.datetime)
        elif isinstance(value, date):
            sheet.write_datetime(r, c, datetime.combine(value, datetime.min.time()), fmt.date)
        elif isinstance(value, bool):
            sheet.write_string(r, c, str(value), fmt.text)
        elif isinstance(value, int | float):
            sheet.write_number(r, c, value)
        else:
            text = str(value)
            quoted = text[0] in FORMULA_TRIGGERS
            style = (fmt.wrap_quoted if quoted else fmt.wrap) if wrap else None
            if not wrap:
                style = fmt.quoted if quoted else fmt.text
            sheet.write_string(r, c, text, style)

    def close(self) -> Path:
        try:
            self.book.close()
            os.replace(self.tmp, self.dest)
        except (OSError, XlsxWriterException) as exc:
            self.tmp.unlink(missing_ok=True)
            raise ExportFailed(file=str(self.dest), detail=str(exc)) from None
        return self.dest
