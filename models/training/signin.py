"""Sign-in sheets (签到表, R-4.2): read one as trainers circulate it, turn it into records.

The sheet has title rows above a header row containing 姓名; times and scores are often typed
as text (``2026/11/20 14:02``, ``2026年11月20日 13:58``, ``85分``, full-width ``９０``). The
reader here is small and local; the Excel exchange engine may take it over later, calling
:func:`models.training.signin_import.import_signin` with the rows it parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from models import messages
from models.errors import ValidationError
from models.text import clean_cell_text, normalize

HEADER_SEARCH_ROWS = 20
ABSENT_WORDS = ("请假", "缺席", "未到", "缺勤", "未参加", "未签到")
BLANK_MARKS = {"", "-", "--", "—", "/", "无"}

# Header words people use, matched as parts of the normalised header text.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "学员", "参训人", "name"),
    "time": ("签到", "时间", "sign"),
    "score": ("成绩", "分数", "得分", "score"),
    "note": ("备注", "说明", "情况", "note"),
}

_DATE = r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?"
_CLOCK = r"(\d{1,2})\s*[:时点]\s*(\d{1,2})\s*分?(?:\s*:\s*(\d{1,2})\s*秒?)?"
_DATE_TIME = re.compile(rf"^{_DATE}(?:\s*{_CLOCK})?$")
_TIME_ONLY = re.compile(rf"^{_CLOCK}$")
_DATE_ANYWHERE = re.compile(_DATE)
_SCORE = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:分|points?|pts?)?$")


def is_absent(signed_in_at: datetime | None, score: float | None, note: str) -> bool:
    """Absent when the note says so (请假/缺席/未到…) or there is neither a time nor a score."""
    if any(word in note for word in ABSENT_WORDS):
        return True
    return signed_in_at is None and score is None


@dataclass(frozen=True)
class SigninRow:
    """One person on a sign-in sheet, as read; ``row`` is the sheet's row number (0: typed)."""

    name: str
    signed_in_at: datetime | None
    score: float | None
    note: str = ""
    row: int = 0

    @property
    def absent(self) -> bool:
        return is_absent(self.signed_in_at, self.score, self.note)


def parse_time(value: Any, day: date | None = None) -> datetime | None:
    """A sign-in time from a datetime cell, an Excel serial or typed text; None when blank.

    A bare clock time (``13:58``) needs ``day``, the training date. Raises ValueError.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time.min)
    if isinstance(value, time):
        if day is None:
            raise ValueError("a time without a date")
        return datetime.combine(day, value.replace(microsecond=0))
    if isinstance(value, int | float) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        return parse_time(from_excel(value), day)
    typed = normalize(clean_cell_text(str(value)))
    if typed in BLANK_MARKS or any(word in typed for word in ABSENT_WORDS):
        return None
    if m := _DATE_TIME.match(typed):
        y, mo, d, hh, mm, ss = (int(g) if g else 0 for g in m.groups())
        return datetime(y, mo, d, hh, mm, ss)
    if (m := _TIME_ONLY.match(typed)) and day is not None:
        hh, mm, ss = (int(g) if g else 0 for g in m.groups())
        return datetime.combine(day, time(hh, mm, ss))
    raise ValueError(f"not a time: {value!r}")


def parse_score(value: Any) -> float | None:
    """A score from a number or text like ``'92'``, ``'85分'``, ``'９０'``; None when blank."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    typed = normalize(clean_cell_text(str(value)))
    if typed in BLANK_MARKS or any(word in typed for word in ABSENT_WORDS):
        return None
    if m := _SCORE.match(typed):
        return float(m[1])
    raise ValueError(f"not a score: {value!r}")


@dataclass(frozen=True)
class SigninIssue:
    """A cell that could not be read; its row is left out of ``SigninSheet.rows``."""

    code: str
    sheet: str
    row: int
    column: str
    value: str

    def message(self, lang: str | None = None) -> str:
        return messages.text(
            self.code, lang, sheet=self.sheet, row=self.row, column=self.column, value=self.value
        )


@dataclass(frozen=True)
class SigninSheet:
    """A sign-in sheet as read: its title lines, training day if written there, the rows."""

    sheet: str
    title_lines: tuple[str, ...]
    day: date | None
    header_row: int
    rows: tuple[SigninRow, ...]
    issues: tuple[SigninIssue, ...]


def _find_columns(cells: tuple[Any, ...]) -> dict[str, int] | None:
    """Column index of each known field in a header row, or None when it has no 姓名.

    Earlier words win (a 姓名 column beats a 学员编号 column), each column is used once.
    """
    heads = [normalize(str(c)) if c is not None else "" for c in cells]
    if not any("姓名" in h for h in heads):
        return None
    found: dict[str, int] = {}
    for key, words in COLUMNS.items():
        for word in words:
            hit = next(
                (i for i, h in enumerate(heads) if word in h and i not in found.values()), None
            )
            if hit is not None:
                found[key] = hit
                break
    return found


def _title_day(lines: Iterable[str]) -> date | None:
    for line in lines:
        if m := _DATE_ANYWHERE.search(normalize(line)):
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def read_signin_sheet(path: str | Path) -> SigninSheet:
    """Read the first sheet that has a 姓名 header within its first 20 rows.

    Raises ValidationError when the file is not a readable .xlsx or has no such header.
    """
    import openpyxl
    from openpyxl.utils import get_column_letter

    path = Path(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a zip, XML or encryption problem: say so, never a traceback
        raise ValidationError("training_signin_not_xlsx", file=path.name, reason=str(exc)) from exc
    try:
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # other programs write wrong sizes; read every row
            rows = list(sheet.iter_rows(values_only=True))
            for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
                columns = _find_columns(cells)
                if columns is None:
                    continue
                titles = tuple(
                    " ".join(clean_cell_text(str(c)) for c in r if c not in (None, ""))
                    for r in rows[:index]
                )
                day = _title_day(titles)
                people: list[SigninRow] = []
                issues: list[SigninIssue] = []
                for number, row in enumerate(rows[index + 1 :], start=index + 2):
                    got = _read_row(row, columns, day, sheet.title, number, get_column_letter)
                    if isinstance(got, SigninRow):
                        people.append(got)
                    elif got is not None:
                        issues.append(got)
                return SigninSheet(
                    sheet.title,
                    tuple(t for t in titles if t),
                    day,
                    index + 1,
                    tuple(people),
                    tuple(issues),
                )
    finally:
        book.close()
    raise ValidationError("training_signin_no_header", file=path.name, rows=HEADER_SEARCH_ROWS)


def _read_row(
    row: tuple[Any, ...],
    columns: dict[str, int],
    day: date | None,
    sheet: str,
    number: int,
    letter: Any,
) -> SigninRow | SigninIssue | None:
    def cell(key: str) -> Any:
        i = columns.get(key)
        return row[i] if i is not None and i < len(row) else None

    name = clean_cell_text(str(cell("name") or ""))
    if not name:
        return None  # blank lines and footers without a name
    note = clean_cell_text(str(cell("note") or ""))
    try:
        signed = parse_time(cell("time"), day)
    except ValueError:
        return SigninIssue(
            "training_signin_bad_time",
            sheet,
            number,
            letter(columns["time"] + 1),
            str(cell("time")),
        )
    try:
        score = parse_score(cell("score"))
    except ValueError:
        return SigninIssue(
            "training_signin_bad_score",
            sheet,
            number,
            letter(columns["score"] + 1),
            str(cell("score")),
        )
    return SigninRow(name, signed, score, note, number)
