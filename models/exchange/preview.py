"""The preview of an import: every sheet, column and row, computed before anything is written.

Cells are parsed column by column with a cache per column (a department or a role list is
parsed and cleaned once, not once per row), which keeps a 50,000-row import near the speed
of reading the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any

from models.errors import ValidationError
from models.exchange import safety
from models.exchange.bulk import paused_gc
from models.exchange.cells import KEEP, column_parser
from models.exchange.kinds import (
    INSTRUCTIONS_SHEETS,
    LISTS_SHEET,
    UID_FIELD,
    VERSION_FIELD,
    Kind,
    header_key,
)
from models.exchange.mapping import match_sheet
from models.exchange.matching import Existing, RowMatcher
from models.exchange.reader import Book, RawSheet
from models.exchange.results import (
    CellError,
    ColumnMapping,
    Preview,
    SheetPreview,
    SheetStatus,
)
from models.exchange.safety import SheetInfo
from models.exchange.values import is_empty, parse_uid, parse_version

Progress = Callable[[int, int], None] | None
IsCancelled = Callable[[], bool] | None

CHECK_EVERY = 1000  # rows between progress reports and cancel checks


def preview(
    path: str | os.PathLike[str],
    *,
    kind_overrides: Mapping[str, str | None] | None = None,
    mapping_overrides: Mapping[str, Mapping[str, str | None]] | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> Preview:
    """What importing ``path`` would do. Raises ImportRefused for an unusable file.

    ``kind_overrides`` maps a sheet name to a kind name (None: do not import the sheet);
    ``mapping_overrides`` maps a sheet name to {column letter: field or None (ignore)}.
    """
    info = safety.inspect(Path(path))
    kind_overrides = kind_overrides or {}
    mapping_overrides = mapping_overrides or {}
    existing: dict[str, Existing] = {}
    sheets: list[SheetPreview] = []
    with paused_gc(), Book(info) as book:
        for sheet in info.sheets:
            skipped = _skip_status(sheet)
            if skipped is not None and sheet.name not in kind_overrides:
                sheets.append(SheetPreview(sheet.name, skipped))
                continue
            raw = book.load(sheet)
            forced = sheet.name in kind_overrides
            match = match_sheet(
                sheet.name,
                raw.rows,
                kind_override=kind_overrides.get(sheet.name),
                kind_forced=forced,
                column_overrides=mapping_overrides.get(sheet.name),
            )
            result = SheetPreview(
                sheet.name,
                SheetStatus.DATA,
                match.kind,
                None if match.header_row is None else match.header_row + 1,
                match.columns,
                signature=match.signature,
                mapping_source=match.source,
            )
            if forced and kind_overrides.get(sheet.name) is None:
                result.status = SheetStatus.SKIPPED
            elif match.header_row is None:
                result.status = SheetStatus.EMPTY
            elif match.kind is None:
                result.status = SheetStatus.NO_KIND
            else:
                kind = match.kind
                if kind.name not in existing:
                    existing[kind.name] = Existing.load(kind)
                builder = _SheetBuilder(result, raw, info.date1904, existing[kind.name])
                builder.build(progress, cancelled)
            sheets.append(result)
    return Preview(Path(path), sheets, info.date1904)


def _skip_status(sheet: SheetInfo) -> SheetStatus | None:
    if not sheet.is_worksheet:
        return SheetStatus.NOT_WORKSHEET
    if header_key(sheet.name) in INSTRUCTIONS_SHEETS:
        return SheetStatus.INSTRUCTIONS
    if sheet.state != "visible" or sheet.name == LISTS_SHEET:
        return SheetStatus.HIDDEN
    return None


class _SheetBuilder:
    """Parses a matched sheet's data rows and decides each row's status."""

    def __init__(self, sheet: SheetPreview, raw: RawSheet, date1904: bool, existing: Existing):
        assert sheet.kind is not None and sheet.header_row is not None
        self.sheet = sheet
        self.kind: Kind = sheet.kind
        self.raw = raw
        self.date1904 = date1904
        self.existing = existing
        self.first = sheet.header_row  # index of the first data row (header row + 1 - 1)

    def build(self, progress: Progress, cancelled: IsCancelled) -> None:
        kind, sheet = self.kind, self.sheet
        mapped = [c for c in sheet.columns if c.field is not None]
        fields = {c.field for c in mapped}
        for name in kind.required_fields:
            if name not in fields:
                column = kind.column(name)
                sheet.problems.append(
                    CellError(
                        sheet.name,
                        self.first,
                        "A",
                        "",
                        "missing_column",
                        {"column": {"zh_CN": column.zh, "en": column.en}},
                    )
                )
        if sheet.problems:
            return
        data = self.raw.rows[self.first :]
        keep = _data_rows(data, mapped, self.raw.rows[self.first - 1])
        kept = [data[j] for j in keep]
        errors: dict[int, list[CellError]] = {}  # by position in keep
        by_field: dict[str, ColumnMapping] = {str(c.field): c for c in mapped}
        columns = {
            name: self._parse_column(c, list(map(itemgetter(c.index), kept)), keep, errors)
            for name, c in by_field.items()
        }
        uids = columns.pop(UID_FIELD, None) or [None] * len(keep)
        tokens = columns.pop(VERSION_FIELD, None) or [None] * len(keep)
        names = list(columns)
        # Row by row: one dict per row from the parsed columns (built in C by zip).
        parsed = zip(*columns.values(), strict=True)
        rows = [dict(zip(names, values, strict=True)) for values in parsed]
        for name, column_values in columns.items():
            if KEEP in column_values:  # empty cells that leave a field be (KEEP equals itself only)
                for n, v in enumerate(column_values):
                    if v is KEEP:
                        del rows[n][name]
        for n, row_errors in errors.items():
            for e in row_errors:
                rows[n].pop(_field_of(e, mapped) or "", None)
        if kind.check_row is not None:
            self._check_rows(rows, keep, errors, by_field)
        matcher = RowMatcher(kind, sheet.name, self.existing, by_field)
        numbers = [self.first + j + 1 for j in keep]
        sheet.rows = matcher.match_all(numbers, rows, errors, uids, tokens, progress, cancelled)

    def _check_rows(
        self,
        rows: list[dict[str, Any]],
        keep: list[int],
        errors: dict[int, list[CellError]],
        by_field: dict[str, ColumnMapping],
    ) -> None:
        """The kind's rules across fields, on rows without errors so far."""
        assert self.kind.check_row is not None
        for n, values in enumerate(rows):
            if n in errors:
                continue
            try:
                self.kind.check_row(values)
            except ValidationError as exc:
                named = by_field.get(str(exc.params.get("field", "")))
                col = named or next(iter(by_field.values()))
                row = self.first + keep[n] + 1
                error = CellError(
                    self.sheet.name, row, col.letter, col.header, exc.code, dict(exc.params)
                )
                errors[n] = [error]

    def _parse_column(
        self,
        col: ColumnMapping,
        cells: list[Any],
        keep: list[int],
        errors: dict[int, list[CellError]],
    ) -> list[Any]:
        """Parse one column of the kept rows; errors go to ``errors`` by position.

        Each distinct cell value is parsed once (a department, a role list, a date typed
        the same way), then spread over the column.
        """
        assert col.field is not None
        if col.field == UID_FIELD:
            parse: Callable[[Any], Any] = parse_uid
        elif col.field == VERSION_FIELD:
            parse = parse_version
        else:
            column = self.kind.column(col.field)
            parse = column_parser(self.kind, column, date1904=self.date1904)
        keys = cells
        if bool in set(map(type, cells)):  # True == 1.0 as a key: keep them apart
            keys = [(bool, v) if type(v) is bool else v for v in cells]
        results: dict[Any, Any] = {}
        failures: dict[Any, ValidationError] = {}
        for key, raw in dict(zip(keys, cells, strict=True)).items():
            try:
                results[key] = parse(raw)
            except ValidationError as exc:
                results[key] = None
                failures[key] = exc
        out = list(map(results.__getitem__, keys))
        bad: dict[int, ValidationError] = {}
        if failures:
            bad = {n: failures[k] for n, k in enumerate(keys) if k in failures}
        flags = self.raw.formula_flags
        if flags:
            position = {j: n for n, j in enumerate(keep)}
            for (r, c), (code, shown_value) in flags.items():
                n = position.get(r - self.first, -1) if c == col.index else -1
                if n >= 0:
                    bad[n] = ValidationError(code, value=shown_value)
        for n in sorted(bad):
            problem = bad[n]
            row = self.first + keep[n] + 1
            error = CellError(
                self.sheet.name, row, col.letter, col.header, problem.code, dict(problem.params)
            )
            errors.setdefault(n, []).append(error)
        return out


def _field_of(error: CellError, mapped: list[ColumnMapping]) -> str | None:
    for c in mapped:
        if c.letter == error.column:
            return c.field
    return None


def _data_rows(data: list[list[Any]], mapped: list[ColumnMapping], header: list[Any]) -> list[int]:
    """Positions of the rows to import: not empty in the mapped columns, not a repeated
    header (people paste the header again above a second block)."""
    keep: list[int] = []
    columns = [c.index for c in mapped]
    first, head = columns[0], header[columns[0]]
    for j, row in enumerate(data):
        v = row[first]
        if _blank(v) and all(_blank(row[i]) for i in columns):
            continue
        if v == head and all(row[i] == header[i] for i in columns):
            continue
        keep.append(j)
    return keep


def _blank(v: Any) -> bool:
    return v is None or v == "" or (type(v) is str and is_empty(v))
