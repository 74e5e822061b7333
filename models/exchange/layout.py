"""The look shared by templates and exports (XlsxWriter): header, widths, hints, drop-downs.

A bold, frozen header row with sized columns; red headers for required columns; an input
hint on each header cell (type, required, example); a drop-down list on every column whose
values come from a fixed set or from existing records, fed from a hidden ``_lists`` sheet.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from models import messages
from models.exchange.kinds import (
    BOOKKEEPING_COLUMNS,
    LISTS_SHEET,
    Column,
    ColumnType,
)
from models.exchange.reader import column_letter

LAST_ROW = 1_048_575  # validations cover the whole column below the header
FORMULA_TRIGGERS = "=+-@\t\r"  # first characters that make Excel read a formula


class Formats:
    """The cell formats of a workbook, made once."""

    def __init__(self, book: Workbook) -> None:
        base = {"font_name": "等线", "font_size": 11, "valign": "top"}
        header = base | {"bold": True, "bg_color": "#DDEBF7", "border": 1, "valign": "vcenter"}
        self.header = book.add_format(header)
        self.header_required = book.add_format(header | {"font_color": "#C00000"})
        self.header_book = book.add_format(header | {"font_color": "#808080", "bold": False})
        self.text = book.add_format(base | {"num_format": "@"})
        self.quoted = book.add_format(base | {"num_format": "@", "quote_prefix": True})
        self.wrap = book.add_format(base | {"num_format": "@", "text_wrap": True})
        self.wrap_quoted = book.add_format(
            base | {"num_format": "@", "text_wrap": True, "quote_prefix": True}
        )
        self.date = book.add_format(base | {"num_format": "yyyy-mm-dd", "align": "left"})
        self.datetime = book.add_format(base | {"num_format": "yyyy-mm-dd hh:mm", "align": "left"})
        self.int = book.add_format(base | {"num_format": "0"})
        self.number = book.add_format(base | {"num_format": "General"})
        self.grey = book.add_format(base | {"num_format": "@", "font_color": "#808080"})
        self.title = book.add_format(base | {"bold": True, "font_size": 14})
        self.plain = book.add_format(base | {"text_wrap": True})
        self.plain_red = book.add_format(base | {"text_wrap": True, "font_color": "#C00000"})

    def for_column(self, column: Column) -> Any:
        t = column.type
        if t is ColumnType.DATE:
            return self.date
        if t is ColumnType.DATETIME:
            return self.datetime
        if t is ColumnType.INT:
            return self.int
        if t is ColumnType.NUMBER:
            return self.number
        if t is ColumnType.LONGTEXT:
            return self.wrap
        if column in BOOKKEEPING_COLUMNS:
            return self.grey
        return self.text


def hint(column: Column, lang: str) -> str:
    """The input hint of a header cell (Excel allows 255 characters)."""
    if column in BOOKKEEPING_COLUMNS:
        return messages.text("tpl_bookkeeping_hint", lang)
    text = messages.text(
        "tpl_hint",
        lang,
        type=messages.text(f"type_{column.type.value}", lang),
        required=messages.text("required_mark" if column.required else "optional_mark", lang),
        example=column.example_for(lang) or "—",
    )
    return text[:255]


def write_header(
    book: Workbook,
    sheet: Worksheet,
    columns: list[Column],
    lang: str,
    fmt: Formats,
    *,
    column_formats: bool = True,
) -> None:
    """Header row, widths, frozen panes, hints and drop-downs.

    ``column_formats`` gives whole columns their format (text as text, dates as dates) so
    what people type into a template keeps its type. An export leaves it out: its cells
    carry their own format where it matters (dates, wrapped text), and a format on every
    cell of 50,000 rows would cost a third of the export's time.
    """
    sheet.set_row(0, 24)
    for i, column in enumerate(columns):
        if column in BOOKKEEPING_COLUMNS:
            head_fmt = fmt.header_book
        else:
            head_fmt = fmt.header_required if column.required else fmt.header
        sheet.set_column(i, i, column.width, fmt.for_column(column) if column_formats else None)
        sheet.write_string(0, i, column.header(lang), head_fmt)
        sheet.data_validation(
            0,
            i,
            0,
            i,
            {
                "validate": "any",
                "input_title": column.header(lang)[:32],
                "input_message": hint(column, lang),
            },
        )
    sheet.freeze_panes(1, 0)
    print_setup(sheet)
    sheet.repeat_rows(0)
    add_dropdowns(book, sheet, columns, lang)


def print_setup(sheet: Worksheet) -> None:
    """Printed landscape, one page wide."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)


def add_dropdowns(book: Workbook, sheet: Worksheet, columns: list[Column], lang: str) -> None:
    """A list validation per choice column, its values kept in the hidden _lists sheet."""
    lists: list[tuple[int, list[str], str]] = []
    for i, column in enumerate(columns):
        t = column.type
        if t is ColumnType.BOOL:
            yes_no = [messages.text("yes", lang), messages.text("no", lang)]
            lists.append((i, yes_no, "warning"))
        elif t in (ColumnType.CHOICE, ColumnType.MULTI_CHOICE, ColumnType.MEMBER_REF):
            labels = [c.label(lang) for c in column.resolved_choices()]
            if t is ColumnType.MEMBER_REF and not labels:
                labels = _member_names()
            if labels:
                style = "information" if t is ColumnType.MULTI_CHOICE else "warning"
                lists.append((i, labels, style))
    if not lists:
        return
    holder = book.get_worksheet_by_name(LISTS_SHEET) or book.add_worksheet(LISTS_SHEET)
    holder.hide()
    height = max(len(values) for _, values, _ in lists)
    for r in range(height):  # row by row: the holder may be in constant-memory mode
        for n, (_, values, _) in enumerate(lists):
            if r < len(values):
                holder.write_string(r, n, values[r])
    for n, (i, values, style) in enumerate(lists):
        letter = column_letter(n)
        sheet.data_validation(
            1,
            i,
            LAST_ROW,
            i,
            {
                "validate": "list",
                "source": f"='{LISTS_SHEET}'!${letter}$1:${letter}${len(values)}",
                "error_type": style,
                "ignore_blank": True,
            },
        )


def _member_names() -> list[str]:
    from models.team import Member

    return [m.name for m in Member.alive().select(Member.name).order_by(Member.name)]


LINE_HEIGHT = 15  # points per line of 11-point text
MAX_LINES = 15


def display_width(text: str) -> int:
    """Width in Excel's character units: Chinese and other wide characters count double."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def row_height(text: str, width: float) -> float | None:
    """The height a row needs to show ``text`` wrapped in a column ``width`` wide, or None
    when one line is enough (LibreOffice and Excel do not grow rows of written files)."""
    if "\n" not in text and (2 * len(text) <= width or display_width(text) <= width):
        return None
    lines = sum(
        max(1, -(-display_width(part) // max(int(width) - 1, 1))) for part in text.split("\n")
    )
    return LINE_HEIGHT * min(lines, MAX_LINES) + 3


def needs_quote(text: str) -> bool:
    """Text Excel would take for a formula if typed (formula injection): kept as text."""
    return bool(text) and text[0] in FORMULA_TRIGGERS
