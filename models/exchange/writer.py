"""Templates and exports of a kind, written with XlsxWriter.

Exports carry each record's uid and version token so a workbook edited in Excel on another
machine imports as updates, not duplicates. Text that Excel would read as a formula is
written as text; dates are real dates with a date format; long text wraps. The file appears
only when complete (written beside it, then moved into place), so a cancelled export leaves
nothing behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.workbook import Workbook

from models import messages
from models.errors import Cancelled, DeskError
from models.exchange import safety
from models.exchange.bulk import paused_gc
from models.exchange.cells import export_value, fingerprinter, read_records
from models.exchange.kinds import BOOKKEEPING_COLUMNS, Column, ColumnType, Kind
from models.exchange.layout import (
    FORMULA_TRIGGERS,
    Formats,
    print_setup,
    row_height,
    write_header,
)

Progress = Callable[[int, int], None] | None
IsCancelled = Callable[[], bool] | None

CHECK_EVERY = 1000


class ExportFailed(DeskError):
    code = "export_write_failed"


def _lang(lang: str | None) -> str:
    return messages.normalize_language(lang or messages.language())


def _target(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    dest = Path(path).expanduser()
    return dest, dest.with_name(f".{dest.stem}.partial.xlsx")


def _finish(book: Workbook, tmp: Path, dest: Path) -> None:
    try:
        book.close()
        os.replace(tmp, dest)
    except (OSError, XlsxWriterException) as exc:
        tmp.unlink(missing_ok=True)
        raise ExportFailed(file=str(dest), detail=str(exc)) from None


def write_template(kind: Kind, path: str | os.PathLike[str], lang: str | None = None) -> Path:
    """An empty workbook for ``kind`` with hints, drop-downs and an instructions sheet."""
    lang = _lang(lang)
    dest, tmp = _target(path)
    book = Workbook(str(tmp))
    fmt = Formats(book)
    sheet = book.add_worksheet(kind.title(lang)[:31])
    notes = book.add_worksheet(messages.text("tpl_sheet", lang))
    write_header(book, sheet, list(kind.columns), lang, fmt)
    _instructions(notes, kind, lang, fmt)
    sheet.activate()
    _finish(book, tmp, dest)
    return dest


INSTRUCTION_WIDTHS = (16, 8, 30, 40, 24)


def _instructions(sheet: Any, kind: Kind, lang: str, fmt: Formats) -> None:
    title = kind.title(lang)
    for c, column_width in enumerate(INSTRUCTION_WIDTHS):
        sheet.set_column(c, c, column_width)
    print_setup(sheet)
    sheet.write_string(0, 0, messages.text("tpl_title", lang, kind=title), fmt.title)
    lines = [
        messages.text("tpl_rows", lang, kind=title),
        messages.text("tpl_required", lang),
        messages.text("tpl_dates", lang),
        messages.text("tpl_multi", lang),
        messages.text("tpl_bool", lang),
        messages.text(
            "tpl_uid",
            lang,
            uid=BOOKKEEPING_COLUMNS[0].header(lang),
            version=BOOKKEEPING_COLUMNS[1].header(lang),
        ),
        messages.text(
            "tpl_limits",
            lang,
            rows=f"{safety.MAX_ROWS_PER_SHEET:,}",
            mb=safety.MAX_FILE_BYTES // 1024 // 1024,
        ),
    ]
    width = sum(INSTRUCTION_WIDTHS)
    for r, line in enumerate(lines, start=2):
        text = f"{r - 1}. {line}"
        sheet.merge_range(r, 0, r, len(INSTRUCTION_WIDTHS) - 1, text, fmt.plain)
        height = row_height(text, width)
        if height:
            sheet.set_row(r, height)
    r0 = len(lines) + 3
    heads = ("tpl_col_header", "tpl_col_required", "tpl_col_type", "tpl_col_choices")
    for c, code in enumerate((*heads, "tpl_col_example")):
        sheet.write_string(r0, c, messages.text(code, lang), fmt.header)
    sep = "、" if lang.startswith("zh") else ", "
    for r, column in enumerate(kind.columns, start=r0 + 1):
        cells = [
            column.header(lang),
            messages.text("yes" if column.required else "no", lang),
            messages.text(f"type_{column.type.value}", lang),
            sep.join(c.label(lang) for c in column.resolved_choices()),
            column.example_for(lang),
        ]
        for c, text in enumerate(cells):
            red = column.required and c == 0
            sheet.write_string(r, c, text, fmt.plain_red if red else fmt.plain)
        heights = [row_height(t, w) or 0 for t, w in zip(cells, INSTRUCTION_WIDTHS, strict=True)]
        if max(heights):
            sheet.set_row(r, max(heights))


def export(
    kind: Kind,
    path: str | os.PathLike[str],
    lang: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> int:
    """Write every record of ``kind`` (not those in the trash); returns how many."""
    with paused_gc():  # tens of thousands of rows: no collection walking them all
        return _export(kind, path, _lang(lang), progress, cancelled)


def _export(
    kind: Kind, path: str | os.PathLike[str], lang: str, progress: Progress, cancelled: IsCancelled
) -> int:
    records = read_records(kind, alive=True)
    fingerprint = fingerprinter(kind)
    total = len(records)
    dest, tmp = _target(path)
    book = Workbook(str(tmp), {"constant_memory": True})
    fmt = Formats(book)
    sheet = book.add_worksheet(kind.title(lang)[:31])
    columns = [*kind.columns, *BOOKKEEPING_COLUMNS]
    write_header(book, sheet, columns, lang, fmt, column_formats=False)
    sheet.autofilter(0, 0, max(total, 1), len(columns) - 1)
    texts, others = _plan(sheet, list(kind.columns), lang, fmt)
    # Long text wraps; rows holding it are made tall enough to show it.
    long_text = [(i, c.width) for i, c in enumerate(kind.columns) if c.type is ColumnType.LONGTEXT]
    uid_col, version_col = len(kind.columns), len(kind.columns) + 1
    write_string, triggers = sheet.write_string, FORMULA_TRIGGERS
    r = 0
    try:
        for r, (uid, version, _, *vals) in enumerate(records, start=1):
            if long_text:
                height = max(
                    (row_height(vals[i], w) or 0.0 for i, w in long_text if vals[i]), default=0.0
                )
                if height:
                    sheet.set_row(r, height)
            for i, plain, quoted, convert in texts:
                value = vals[i]
                if value is not None and convert is not None:
                    value = convert(value)
                elif type(value) is not str:  # a number kept in a text field
                    value = _as_text(value)
                if value:  # text Excel would take for a formula gets a quote prefix
                    write_string(r, i, value, quoted if value[0] in triggers else plain)
            for i, write, cell_format in others:
                if vals[i] is not None:
                    write(r, i, vals[i], cell_format)
            write_string(r, uid_col, uid)
            write_string(r, version_col, f"v{version}.{fingerprint(vals)}")
            if r % CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(r, total)
    except BaseException:
        _abandon(book, tmp)
        raise
    _finish(book, tmp, dest)
    if progress is not None:
        progress(r, total)
    return r


TextPlan = list[tuple[int, Any, Any, Callable[[Any], str] | None]]
OtherPlan = list[tuple[int, Callable[..., Any], Any]]


def _plan(sheet: Any, columns: list[Column], lang: str, fmt: Formats) -> tuple[TextPlan, OtherPlan]:
    """How each column is written: text (with its formats and a converter for stored values
    that are not the text shown), or dates and numbers with their writer and format."""
    texts: TextPlan = []
    others: OtherPlan = []
    for i, column in enumerate(columns):
        t = column.type
        if t is ColumnType.DATE:
            others.append((i, sheet.write_datetime, fmt.date))
        elif t is ColumnType.DATETIME:
            others.append((i, sheet.write_datetime, fmt.datetime))
        elif t in (ColumnType.INT, ColumnType.NUMBER):  # General shows numbers as typed
            others.append((i, sheet.write_number, None))
        else:
            long = t is ColumnType.LONGTEXT
            plain, quoted = (fmt.wrap, fmt.wrap_quoted) if long else (None, fmt.quoted)
            plain_text = column.to_cell is None and t in (ColumnType.TEXT, ColumnType.LONGTEXT)
            texts.append((i, plain, quoted, None if plain_text else _converter(column, lang)))
    return texts, others


def _converter(column: Column, lang: str) -> Callable[[Any], str]:
    """Stored value → cell text, remembered per distinct value (roles, yes/no repeat)."""
    cache: dict[Any, str] = {}

    def convert(value: Any) -> str:
        text = cache.get(value)
        if text is None:
            text = cache[value] = _as_text(export_value(column, value, lang))
        return text

    return convert


def _abandon(book: Workbook, tmp: Path) -> None:
    for sheet in book.worksheets():  # constant-memory row files
        fh = getattr(sheet, "row_data_fh", None)
        if fh is not None:
            fh.close()
    tmp.unlink(missing_ok=True)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
