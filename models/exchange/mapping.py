"""Finding the header row, mapping its columns onto a kind's fields, remembering mappings.

Headers match a column's Chinese or English header or an alias, ignoring spaces, case,
full-width forms, '*' marks and bracketed hints. A mapping the user corrected is stored in
the ``import_mapping`` table under the signature of the header row and used again for the
next file with the same headers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from peewee import CharField, DateTimeField, TextField

from models.base import BaseModel, now
from models.db import write
from models.exchange.kinds import (
    BOOKKEEPING_COLUMNS,
    SERIAL_HEADERS,
    Kind,
    all_kinds,
    get_kind,
    header_key,
    header_key_loose,
)
from models.exchange.reader import column_letter
from models.exchange.results import ColumnMapping
from models.exchange.values import is_empty, shown

HEADER_SCAN_ROWS = 30  # the header is looked for in this many non-empty rows from the top
MIN_HEADER_SHARE = 0.75  # share of a sheet's headers that must match a kind…
MIN_HEADER_SHARE_NAMED = 0.5  # …or this much when the sheet is named like the kind


class ImportMapping(BaseModel):
    """A remembered column mapping (table created by migration step 2)."""

    kind = CharField(max_length=40)
    signature = CharField(max_length=64, unique=True)
    mapping = TextField()
    updated_at = DateTimeField(default=now)

    class Meta:
        table_name = "import_mapping"


@dataclass
class SheetMatch:
    """The header row found in a sheet and how its columns map onto a kind."""

    kind: Kind | None
    header_row: int | None  # index from 0
    columns: list[ColumnMapping]
    source: str = "auto"
    signature: str | None = None


def header_texts(row: list[Any]) -> list[str]:
    texts = [shown(v) if not is_empty(v) else "" for v in row]
    while texts and not texts[-1]:
        texts.pop()
    return texts


def signature(headers: Iterable[str]) -> str:
    keys = [header_key(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()


def _lookup_table(kind: Kind) -> dict[str, str]:
    table: dict[str, str] = {}
    for column in (*kind.columns, *BOOKKEEPING_COLUMNS):
        for key in column.match_keys():
            table.setdefault(key, column.field)
    return table


def auto_fields(kind: Kind, headers: list[str]) -> list[str | None]:
    """The field each header maps onto (None when it matches nothing); first one wins."""
    return _fields(_lookup_table(kind), _header_keys(headers))


def _header_keys(headers: list[str]) -> list[tuple[str, str] | None]:
    return [(header_key(t), header_key_loose(t)) if t else None for t in headers]


def _fields(table: dict[str, str], keys: list[tuple[str, str] | None]) -> list[str | None]:
    out: list[str | None] = []
    taken: set[str] = set()
    for pair in keys:
        found = (table.get(pair[0]) or table.get(pair[1])) if pair else None
        if found in taken:
            found = None
        if found:
            taken.add(found)
        out.append(found)
    return out


def _accepts(kind: Kind, headers: list[str], fields: list[str | None], sheet: str) -> bool:
    present = {f for f in fields if f}
    if not set(kind.required_fields) <= present:
        return False
    counted = [h for h in headers if h and header_key(h) not in SERIAL_HEADERS]
    if not counted:
        return False
    share = len(present) / len(counted)
    named = header_key(sheet) in {header_key(t) for t in (kind.zh, kind.en, *kind.sheet_aliases)}
    return share >= (MIN_HEADER_SHARE_NAMED if named else MIN_HEADER_SHARE)


def _candidates(rows: list[list[Any]]) -> list[int]:
    out: list[int] = []
    for i, row in enumerate(rows):
        if any(not is_empty(v) for v in row):
            out.append(i)
            if len(out) >= HEADER_SCAN_ROWS:
                break
    return out


def match_sheet(
    sheet: str,
    rows: list[list[Any]],
    *,
    kind_override: str | None = None,
    column_overrides: Mapping[str, str | None] | None = None,
    kind_forced: bool = False,
) -> SheetMatch:
    """Find the header row and the kind of a sheet.

    ``kind_forced`` with ``kind_override=None`` means the user chose not to import the
    sheet. ``column_overrides`` maps column letters to fields (None: ignore the column).
    """
    candidates = _candidates(rows)
    if not candidates:
        return SheetMatch(None, None, [])
    headers_of = {i: header_texts(rows[i]) for i in candidates}
    match = None
    if not kind_forced:
        match = _remembered_match(headers_of)
    if match is None:
        kinds = [get_kind(kind_override)] if kind_override else ([] if kind_forced else all_kinds())
        match = _best_match(sheet, headers_of, kinds, forced=kind_override is not None)
    if column_overrides and match.kind is not None:
        _apply_overrides(match, column_overrides)
    return match


def _best_match(
    sheet: str, headers_of: dict[int, list[str]], kinds: list[Kind], *, forced: bool
) -> SheetMatch:
    best: tuple[int, int, Kind, list[str | None]] | None = None
    tables = [(kind, _lookup_table(kind)) for kind in kinds]  # once, not per candidate row
    for i, headers in headers_of.items():
        keys = _header_keys(headers)
        for kind, table in tables:
            fields = _fields(table, keys)
            score = sum(1 for f in fields if f)
            if score and (forced or _accepts(kind, headers, fields, sheet)):
                if best is None or score > best[0]:
                    best = (score, i, kind, fields)
    if best is None:
        # No kind: report the row that looks most like a header (most text cells).
        i = max(headers_of, key=lambda k: (len({h for h in headers_of[k] if h}), -k))
        cols = _columns(headers_of[i], [None] * len(headers_of[i]), "none")
        if forced and kinds:
            return SheetMatch(kinds[0], i, cols, "user", signature(headers_of[i]))
        return SheetMatch(None, i, cols, "auto", signature(headers_of[i]))
    _, i, kind, fields = best
    source = "user" if forced else "auto"
    return SheetMatch(
        kind, i, _columns(headers_of[i], fields, "auto"), source, signature(headers_of[i])
    )


def _columns(headers: list[str], fields: list[str | None], source: str) -> list[ColumnMapping]:
    return [
        ColumnMapping(i, column_letter(i), h, f, source if f else "none")
        for i, (h, f) in enumerate(zip(headers, fields, strict=True))
        if h
    ]


def _apply_overrides(match: SheetMatch, overrides: Mapping[str, str | None]) -> None:
    assert match.kind is not None
    valid = set(match.kind.fields) | {c.field for c in BOOKKEEPING_COLUMNS}
    chosen = {letter.upper(): f for letter, f in overrides.items() if f is None or f in valid}
    for col in match.columns:
        if col.letter in chosen:
            col.field, col.source = chosen[col.letter], "user"
    user_fields = {c.field for c in match.columns if c.source == "user" and c.field}
    for col in match.columns:  # a field the user placed elsewhere leaves its old column
        if col.source != "user" and col.field in user_fields:
            col.field, col.source = None, "none"
    match.source = "user"


def _remembered_match(headers_of: dict[int, list[str]]) -> SheetMatch | None:
    signatures = {signature(h): i for i, h in headers_of.items()}
    found = {
        m.signature: m
        for m in ImportMapping.select().where(ImportMapping.signature.in_(list(signatures)))
    }
    for sig, i in signatures.items():
        if sig in found:
            record = found[sig]
            try:
                kind = get_kind(record.kind)
                fields = json.loads(record.mapping)["fields"]
            except Exception:  # an unknown kind or a damaged row: match afresh
                continue
            headers = headers_of[i]
            fields = (list(fields) + [None] * len(headers))[: len(headers)]
            fields = [f if f in kind.fields or f in _BOOK else None for f in fields]
            return SheetMatch(kind, i, _columns(headers, fields, "remembered"), "remembered", sig)
    return None


_BOOK = {c.field for c in BOOKKEEPING_COLUMNS}


def remember_mapping(kind: Kind | str, headers: list[str], fields: list[str | None]) -> None:
    """Store the mapping of a header row (fields by column position) for the next file."""
    kind_name = kind if isinstance(kind, str) else kind.name
    sig = signature(headers)
    payload = json.dumps({"fields": fields, "headers": headers}, ensure_ascii=False)
    with write():
        updated = (
            ImportMapping.update(kind=kind_name, mapping=payload, updated_at=now())
            .where(ImportMapping.signature == sig)
            .execute()
        )
        if not updated:
            ImportMapping.create(kind=kind_name, signature=sig, mapping=payload, updated_at=now())


def fields_by_position(columns: list[ColumnMapping], headers: list[str]) -> list[str | None]:
    out: list[str | None] = [None] * len(headers)
    for col in columns:
        if col.index < len(out):
            out[col.index] = col.field
    return out
