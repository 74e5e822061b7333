"""The preview and the outcome of an import, as plain data the UI and the CLI show."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from models import messages
from models.exchange.kinds import Kind


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    ERROR = "error"


class SheetStatus(StrEnum):
    DATA = "data"  # matched to a kind; rows below
    NO_KIND = "no_kind"
    NO_HEADER = "no_header"
    EMPTY = "empty"
    HIDDEN = "hidden"
    INSTRUCTIONS = "instructions"
    NOT_WORKSHEET = "not_worksheet"
    SKIPPED = "skipped"  # the user chose not to import it


@dataclass(slots=True)
class CellError:
    """What is wrong with one cell: where (sheet, Excel row, column) and a message code."""

    sheet: str
    row: int  # as Excel shows it (1-based)
    column: str  # letter, e.g. "D"
    header: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def detail(self, lang: str | None = None) -> str:
        """What is wrong, without the place: 无法识别的日期“2026-13-01”."""
        lang = messages.normalize_language(lang or messages.language())
        # A parameter may carry its own wording per language (e.g. the allowed choices).
        params = {
            k: (v.get(lang, next(iter(v.values()), "")) if isinstance(v, dict) else v)
            for k, v in self.params.items()
        }
        cell_code = f"cell_{self.code}"
        if cell_code in messages.CATALOG:
            return messages.text(cell_code, lang, **params)
        return messages.text(self.code, lang, **params)

    def message(self, lang: str | None = None) -> str:
        """第 7 行「入职日期」：无法识别的日期“2026-13-01”."""
        if not self.header:
            return messages.text("cell_error_row", lang, row=self.row, detail=self.detail(lang))
        return messages.text(
            "cell_error", lang, row=self.row, header=self.header, detail=self.detail(lang)
        )

    def full_message(self, lang: str | None = None) -> str:
        """The message with the sheet's name, for a list across sheets."""
        if not self.header:
            detail = self.detail(lang)
            row = messages.text("cell_error_row", lang, row=self.row, detail=detail)
            return messages.text("sheet_prefix", lang, sheet=self.sheet, text=row)
        return messages.text(
            "cell_error_sheet",
            lang,
            sheet=self.sheet,
            row=self.row,
            header=self.header,
            detail=self.detail(lang),
        )

    def line(self, lang: str | None = None) -> str:
        """One line for the command line: ``sheet!row column: message``."""
        place = f"{self.header}({self.column})" if self.header else self.column
        return f"{self.sheet}!{self.row} {place}: {self.detail(lang)}"


@dataclass(slots=True)
class Change:
    """One field of an update: its value here (old) and in the file (new)."""

    field: str
    old: Any
    new: Any


@dataclass(slots=True)
class RowPreview:
    """One data row of a sheet and what importing it would do."""

    row: int  # Excel row number
    status: RowStatus
    values: dict[str, Any]  # stored values of the mapped fields (what would be written)
    uid: str | None = None  # the record it updates, or the uid a new record gets from the file
    seen_version: int | None = None  # the record's version when the preview was made
    changes: list[Change] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)


@dataclass(slots=True)
class ColumnMapping:
    """A column of the sheet and the field it fills (None: not imported)."""

    index: int
    letter: str
    header: str
    field: str | None
    source: str  # auto, remembered, user, none

    @property
    def ignored(self) -> bool:
        return self.field is None


@dataclass
class SheetPreview:
    """A sheet of the workbook: which kind it holds and what would happen to each row."""

    name: str
    status: SheetStatus
    kind: Kind | None = None
    header_row: int | None = None  # Excel row number of the header
    columns: list[ColumnMapping] = field(default_factory=list)
    rows: list[RowPreview] = field(default_factory=list)
    problems: list[CellError] = field(default_factory=list)  # sheet-wide, e.g. missing column
    signature: str | None = None
    mapping_source: str = "auto"  # auto, remembered or user

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    def counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in RowStatus}
        for r in self.rows:
            out[r.status.value] += 1
        return out

    @property
    def errors(self) -> list[CellError]:
        return self.problems + [e for r in self.rows for e in r.errors]

    @property
    def importable(self) -> bool:
        return self.status is SheetStatus.DATA and self.kind is not None and not self.problems

    def note(self, lang: str | None = None) -> str:
        """Why a sheet is skipped, or its summary when it holds data."""
        lang = messages.normalize_language(lang or messages.language())
        if self.status is SheetStatus.DATA and self.kind is not None:
            counts = self.counts()
            return messages.text(
                "sheet_summary", lang, sheet=self.name, kind=self.kind.title(lang), **counts
            )
        shown: list[str] = []
        for column in self.columns:
            text = " ".join(column.header.split())
            if text not in shown:
                shown.append(text)
        headers = "、".join(shown[:12])
        return messages.text(
            f"sheet_{self.status.value}", lang, sheet=self.name, headers=headers, rows=30
        )


@dataclass
class Preview:
    """Everything an import would do, computed without writing anything."""

    path: Path
    sheets: list[SheetPreview]
    date1904: bool = False

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def data_sheets(self) -> list[SheetPreview]:
        return [s for s in self.sheets if s.status is SheetStatus.DATA and s.kind is not None]

    @property
    def errors(self) -> list[CellError]:
        return [e for s in self.data_sheets for e in s.errors]

    @property
    def error_count(self) -> int:
        return len(self.errors)

    @property
    def is_clean(self) -> bool:
        return bool(self.data_sheets) and self.error_count == 0

    @property
    def conflicts(self) -> list[tuple[SheetPreview, RowPreview]]:
        return [(s, r) for s in self.data_sheets for r in s.rows if r.status is RowStatus.CONFLICT]

    def counts(self) -> dict[str, int]:
        total = {s.value: 0 for s in RowStatus}
        for sheet in self.data_sheets:
            for key, n in sheet.counts().items():
                total[key] += n
        return total


@dataclass
class ImportResult:
    """What an import wrote."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows in error left out
    conflicts_kept: int = 0  # the record here was kept
    conflicts_taken: int = 0  # the file's values were written
    created_uids: list[str] = field(default_factory=list)

    def message(self, lang: str | None = None) -> str:
        return messages.text(
            "import_done",
            lang,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
            kept=self.conflicts_kept,
        )
