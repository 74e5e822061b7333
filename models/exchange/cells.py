"""Between cells and stored values, per column: the parser an import uses for a column,
the value an export writes, and a record's fingerprint for conflict detection."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.errors import ValidationError
from models.exchange import values as V
from models.exchange.kinds import Choice, Column, ColumnType, Kind
from models.text import normalize

KEEP = object()  # an empty cell that leaves the field as it is (a new record: its default)

Parser = Callable[[Any], Any]


def choice_lookup(choices: list[Choice]) -> Callable[[str], Any]:
    table: dict[str, str] = {}
    for c in choices:
        for name in (c.value, c.en, c.zh, *c.aliases):
            table.setdefault(normalize(name), c.value)
    return lambda text: table.get(normalize(text))


def allowed_labels(column: Column) -> dict[str, str]:
    """The allowed values in both languages, for a bad_choice message."""
    choices = column.resolved_choices()
    return {
        "zh_CN": "、".join(c.zh for c in choices[:30]),
        "en": ", ".join(c.en for c in choices[:30]),
    }


def member_lookup() -> Callable[[str], Any]:
    """Alive members' names (case and spaces folded) → uid, read once per import."""
    from models.team import Member

    table = {
        normalize(name): uid
        for uid, name in Member.alive().select(Member.uid, Member.name).tuples()
    }
    return lambda text: table.get(normalize(text))


def _empty_value(field: Field) -> Any:
    if field.null:
        return None
    if isinstance(field, CharField | TextField):
        return ""
    return KEEP


def raw_parser(column: Column, *, date1904: bool, members: Callable[[str], Any] | None) -> Parser:
    """Cell → the column's Python value (dates, numbers, lists of choices…)."""
    t = column.type
    if t in (ColumnType.TEXT, ColumnType.LONGTEXT):
        return V.parse_text
    if t is ColumnType.INT:
        return V.parse_int
    if t is ColumnType.NUMBER:
        return V.parse_number
    if t is ColumnType.DATE:
        return lambda raw: V.parse_date(raw, date1904=date1904)
    if t is ColumnType.DATETIME:
        return lambda raw: V.parse_datetime(raw, date1904=date1904)
    if t is ColumnType.BOOL:
        tw, fw = column.true_words, column.false_words
        return lambda raw: V.parse_bool(raw, true_words=tw, false_words=fw)
    if t is ColumnType.MEMBER_REF:
        lookup = members or member_lookup()

        def parse_member(raw: Any) -> Any:
            try:
                return V.parse_choice(raw, lookup)
            except ValidationError as exc:
                raise ValidationError("unknown_member", **exc.params) from None

        return parse_member
    lookup = column.lookup or choice_lookup(column.resolved_choices())
    allowed = allowed_labels(column)

    def parse_choices(raw: Any) -> Any:
        try:
            if t is ColumnType.MULTI_CHOICE:
                return V.parse_multi_choice(raw, lookup)
            return V.parse_choice(raw, lookup)
        except ValidationError as exc:
            raise ValidationError("bad_choice", allowed=allowed, **exc.params) from None

    return parse_choices


def column_parser(
    kind: Kind, column: Column, *, date1904: bool, members: Callable[[str], Any] | None = None
) -> Parser:
    """Cell → stored value: parse, check required, clean with the kind's rules, check length."""
    parse = raw_parser(column, date1904=date1904, members=members)
    field: Field = kind.model._meta.fields[column.field]
    empty = _empty_value(field)
    max_length = getattr(field, "max_length", None) if isinstance(field, CharField) else None
    name = column.field
    clean = kind.field_rule(name) if kind.field_rule else partial(kind.clean_field, name)

    def parse_cell(raw: Any) -> Any:
        value = None if raw is None or raw == "" else parse(raw)
        if value is None or value == "" or value == []:  # an empty (or blank) cell
            if column.required:
                raise ValidationError("required", field=name)
            if empty is KEEP:
                return KEEP
            return clean([] if column.type is ColumnType.MULTI_CHOICE else empty)
        stored = clean(value)
        if max_length and isinstance(stored, str) and len(stored) > max_length:
            raise ValidationError("too_long", field=name, max=max_length)
        return stored

    if column.type not in (ColumnType.TEXT, ColumnType.LONGTEXT):
        return parse_cell
    blanks, odd = V.BLANKS, V.ODD_SPACES

    def parse_text_cell(raw: Any) -> Any:
        # Typed text with nothing to tidy but its outer spaces (nearly every cell) goes
        # straight to the field's rule; anything else takes the general way.
        if type(raw) is str:
            text = raw.strip(blanks)
            if text and "\r" not in text and (text.isascii() or not odd.search(text)):
                stored = clean(text)
                if max_length and type(stored) is str and len(stored) > max_length:
                    raise ValidationError("too_long", field=name, max=max_length)
                return stored
        return parse_cell(raw)

    return parse_text_cell


def export_value(column: Column, stored: Any, lang: str) -> Any:
    """Stored value → what an export writes into the cell."""
    if column.to_cell is not None:
        return column.to_cell(stored, lang)
    if stored is None:
        return None
    t = column.type
    if t is ColumnType.BOOL:
        return ("是" if stored else "否") if lang.startswith("zh") else ("Yes" if stored else "No")
    if t in (ColumnType.CHOICE, ColumnType.MULTI_CHOICE):
        labels = {c.value: c.label(lang) for c in column.resolved_choices()}
        items = stored if isinstance(stored, list | tuple) else [stored]
        sep = "、" if lang.startswith("zh") else ", "
        return sep.join(labels.get(str(v), str(v)) for v in items)
    if t is ColumnType.MEMBER_REF:
        from models.team import Member

        member = Member.select(Member.name).where(Member.uid == stored).first()
        return member.name if member else ""
    return stored


def fingerprint(kind: Kind, values: dict[str, Any]) -> str:
    """A short hash of a record's stored values: tells whether it changed since an export."""
    return fingerprinter(kind)([values.get(name) for name in kind.fields])


def fingerprint_list(values: list[Any]) -> str:
    """The fingerprint of stored values listed in the kind's field order.

    Values come from the database through peewee on both machines (str, date, bool, int,
    float, None), whose repr is the same everywhere — but for references: see fingerprinter.
    """
    return f"{zlib.crc32(repr(values).encode('utf-8')):08x}"


def fingerprinter(kind: Kind) -> Callable[[list[Any]], str]:
    """fingerprint_list for the kind's records, with each reference (a local row id, which
    differs between two machines holding the same records) replaced by the uid it points at,
    so a record exported on one machine and unchanged on another has the same fingerprint."""
    meta = kind.model._meta
    swaps: list[tuple[int, dict[Any, str]]] = []
    for i, name in enumerate(kind.fields):
        field = meta.fields.get(name)
        if isinstance(field, ForeignKeyField) and "uid" in field.rel_model._meta.fields:
            rel = field.rel_model
            swaps.append((i, dict(rel.select(rel._meta.primary_key, rel.uid).tuples())))
    if not swaps:
        return fingerprint_list

    def swapped(values: list[Any]) -> str:
        values = list(values)
        for i, uids in swaps:
            values[i] = uids.get(values[i], values[i])
        return fingerprint_list(values)

    return swapped


def version_token(version: int, kind: Kind, values: dict[str, Any]) -> str:
    return f"v{version}.{fingerprint(kind, values)}"


def _reader(field: Field) -> Callable[[Any], Any] | None:
    """How a raw database value becomes what peewee would return (None: as it is)."""
    if isinstance(field, CharField | TextField | IntegerField | FloatField):
        return None
    if isinstance(field, BooleanField):
        return lambda v: v if v is None else bool(v)
    if isinstance(field, DateField) and not isinstance(field, DateTimeField):
        fast = date.fromisoformat

        def read_date(v: Any) -> Any:
            if type(v) is str and len(v) == 10:
                return fast(v)
            return field.python_value(v)

        return read_date
    return field.python_value


def read_records(kind: Kind, *, alive: bool, keys_only: bool = False) -> list[tuple[Any, ...]]:
    """(uid, version, deleted_at, *values) of the kind's records, as peewee would give them.

    Reads through the cursor and converts only the columns that need it, which for 50,000
    records is several times faster than peewee's per-value conversion.
    """
    model = kind.model
    names = kind.natural_key if keys_only else kind.fields
    fields: list[Any] = [model.uid, model.version, model.deleted_at]
    fields += [getattr(model, n) for n in names]
    query = model.select(*fields)
    if alive:
        query = query.where(model.deleted_at.is_null())
    if kind.order_by:
        query = query.order_by(*[getattr(model, n) for n in kind.order_by])
    rows: list[Any] = model._meta.database.execute(query).fetchall()
    readers = [(i, r) for i, f in enumerate(fields) if (r := _reader(f)) is not None]
    if not readers or not rows:
        return rows
    columns: list[Any] = list(zip(*rows, strict=True))
    for i, read in readers:
        columns[i] = [read(v) for v in columns[i]]
    return list(zip(*columns, strict=True))
