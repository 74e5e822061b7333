"""Bulk inserts and updates of one kind's records with their audit entries.

Runs inside the caller's write transaction. On SQLite the rows go through the driver's
executemany with values converted the way peewee stores them (50,000 members in a fraction
of a second; peewee's insert_many converts every value in Python and is several times
slower). Other databases use peewee's insert_many in chunks under the 32,766-variable limit.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from itertools import repeat
from typing import Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    FloatField,
    IntegerField,
    TextField,
    Value,
    chunked,
    fn,
)

from models import db as dbmod
from models.base import BOOKKEEPING, Actor, AuditEntry, to_json_value
from models.exchange.kinds import Kind
from models.exchange.results import RowPreview

SQLITE_MAX_VARIABLES = 32_766
_AUDIT_FIELDS: list[Field] = [
    AuditEntry.at,
    AuditEntry.actor_uid,
    AuditEntry.actor_name,
    AuditEntry.action,
    AuditEntry.table,
    AuditEntry.record_uid,
    AuditEntry.before,
    AuditEntry.after,
    AuditEntry.note,
]
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # as base.audit writes


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of rows are built: the objects
    live until the job ends anyway, and each collection would walk all of them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# A hex digit → the RFC 4122 variant digit its low two bits give (8, 9, a or b).
_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def new_uids(n: int) -> list[str]:
    """n random version-4 UUIDs as text, like base.new_uid (one urandom call, not n).

    Sorted, so the uid indexes of the record and the audit log grow at their end.
    """
    hexes = os.urandom(16 * n).hex()
    variant = _VARIANT
    out = []
    for i in range(0, 32 * n, 32):
        h = hexes[i : i + 32]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[h[16]]}{h[17:20]}-{h[20:32]}")
    out.sort()
    return out


def _sqlite_converter(field: Field) -> Callable[[Any], Any] | None:
    """How the value of a field goes to sqlite3 (None: as it is)."""
    if isinstance(field, CharField | TextField | IntegerField | FloatField):
        return None
    if isinstance(field, DateTimeField):  # the shared time stamp comes as text already
        return lambda v: v if v is None or type(v) is str else v.isoformat(" ")
    if isinstance(field, DateField):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(field, BooleanField):  # sqlite3 stores a bool as 1 or 0 itself
        return None
    return field.db_value


class BulkWriter:
    """Creates and updates records of a kind, collecting their audit entries."""

    def __init__(self, kind: Kind, actor: Actor, stamp: datetime, note: str) -> None:
        self.kind = kind
        self.model = kind.model
        self.actor = actor
        self.stamp = stamp
        self.note = note
        self.sqlite = dbmod.is_sqlite()
        self.fields = [f for f in self.model._meta.sorted_fields if f.name != "id"]
        self.business = [f.name for f in self.fields if f.name not in BOOKKEEPING]
        self.audit_rows: list[tuple[Any, ...]] = []
        self.table = self.model._meta.table_name
        # The same time stamp goes into every row: converted once for sqlite3.
        self.stamp_db: Any = stamp.isoformat(" ") if self.sqlite else stamp

    def _defaults(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            if f.name in self.business:
                default = f.default
                out[f.name] = default() if callable(default) else default
        return out

    def create(self, rows: list[RowPreview], fresh_uids: list[str] | None = None) -> list[str]:
        """Insert new records for ``rows``; their audit entries wait for flush_audit().

        ``fresh_uids`` (one per row) are used for rows whose file gave no uid.
        """
        n = len(rows)
        fresh_uids = fresh_uids or new_uids(n)
        uids = [row.uid or fresh for row, fresh in zip(rows, fresh_uids, strict=True)]
        fixed = {"created_at": self.stamp_db, "updated_at": self.stamp_db, "version": 1}
        defaults = self._defaults()
        columns: dict[str, list[Any]] = {}
        values = [row.values for row in rows]
        for f in self.fields:  # column by column: one pass per field, no dict per record
            name = f.name
            if name == "uid":
                columns[name] = uids
            elif name == "deleted_at":
                columns[name] = [None] * n
            elif name in fixed:
                columns[name] = [fixed[name]] * n
            else:
                default = defaults.get(name)
                columns[name] = list(map(dict.get, values, repeat(name), repeat(default)))
        key = self.model._meta.primary_key
        last = self.model.select(fn.MAX(key)).scalar() or 0
        # The shared stamp is text already and deleted_at is empty: no conversion needed.
        ready = {"created_at", "updated_at", "deleted_at"}
        self._insert_columns(self.model, self.fields, [columns[f.name] for f in self.fields], ready)
        self._audit_created(key > last)
        return uids

    def _audit_created(self, new: Any) -> None:
        """One "create" entry per record just inserted (``new`` picks them out), made by the
        database from the records themselves: who created which record from which file.

        The values are the record's first version, which base.first_version() gives back,
        so the log holds no second copy of a 50,000-row file.
        """
        model = self.model
        picked = model.select(
            Value(self.stamp_db),
            Value(self.actor.uid),
            Value(self.actor.name),
            Value("create"),
            Value(self.table),
            model.uid,
            Value(None),
            Value(None),
            Value(self.note),
        ).where(new)
        AuditEntry.insert_from(picked, _AUDIT_FIELDS).execute()

    def update(self, rows: list[RowPreview]) -> bool:
        """Write the changes; False when a record is no longer at the version seen."""
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        for row in rows:
            changed = tuple(c.field for c in row.changes)
            params = tuple(c.new for c in row.changes) + (self.stamp_db, row.uid, row.seen_version)
            groups.setdefault(changed, []).append(params)
            version = row.seen_version or 0
            before = {c.field: to_json_value(c.old) for c in row.changes} | {"version": version}
            after = {c.field: to_json_value(c.new) for c in row.changes} | {"version": version + 1}
            self.audit_rows.append(self._audit("update", row.uid or "", before, after))
        for changed, group in groups.items():
            if not self._update(changed, group):
                return False
        return True

    def _audit(
        self, action: str, uid: str, before: dict[str, Any] | None, after: dict[str, Any]
    ) -> tuple[Any, ...]:
        return (
            self.stamp_db,
            self.actor.uid,
            self.actor.name,
            action,
            self.table,
            uid,
            _JSON(before) if before else None,
            _JSON(after) if after else None,
            self.note,
        )

    def flush_audit(self) -> None:
        self._insert(AuditEntry, _AUDIT_FIELDS, self.audit_rows, {"at"})
        self.audit_rows = []

    def _insert(
        self,
        model: Any,
        fields: list[Field],
        rows: list[tuple[Any, ...]],
        ready: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        """Insert rows (tuples in the order of ``fields``)."""
        if not rows:
            return
        if self.sqlite and all(f.name in ready or _sqlite_converter(f) is None for f in fields):
            # Nothing to convert (the audit log): the tuples go in as they are.
            sql, _ = model.insert_many([rows[0]], fields=fields).sql()
            dbmod.database.obj.cursor().executemany(sql, rows)
            return
        self._insert_columns(model, fields, [list(c) for c in zip(*rows, strict=True)], ready)

    def _insert_columns(
        self,
        model: Any,
        fields: list[Field],
        columns: list[list[Any]],
        ready: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        """Insert rows given column by column; ``ready`` fields need no conversion."""
        if not columns or not columns[0]:
            return
        if self.sqlite:
            for i, f in enumerate(fields):
                convert = None if f.name in ready else _sqlite_converter(f)
                if convert is not None:
                    columns[i] = [convert(v) for v in columns[i]]
        rows = list(zip(*columns, strict=True))
        if not self.sqlite:
            for chunk in chunked(rows, max(1, SQLITE_MAX_VARIABLES // len(fields))):
                model.insert_many(chunk, fields=fields).execute()
            return
        sql, _ = model.insert_many([rows[0]], fields=fields).sql()
        dbmod.database.obj.cursor().executemany(sql, rows)

    def _update(self, names: tuple[str, ...], params: list[tuple[Any, ...]]) -> bool:
        model = self.model
        if not self.sqlite:
            for *vals, stamp, uid, version in params:
                changes: dict[Any, Any] = dict(zip(names, vals, strict=True))
                query = model.update(**changes, updated_at=stamp, version=model.version + 1).where(
                    model.uid == uid, model.version == version
                )
                if query.execute() != 1:
                    return False
            return True
        meta = model._meta
        columns = [meta.fields[n] for n in names] + [meta.fields["updated_at"]]
        sets = ", ".join(f'"{f.column_name}" = ?' for f in columns)
        sql = (
            f'UPDATE "{meta.table_name}" SET {sets}, "version" = "version" + 1 '
            'WHERE "uid" = ? AND "version" = ?'
        )
        converters = [(i, c) for i, f in enumerate(columns) if (c := _sqlite_converter(f))]
        rows = _converted(params, converters)
        cursor = dbmod.database.obj.cursor()
        cursor.executemany(sql, rows)
        return cursor.rowcount == len(rows)


def _converted(
    rows: list[tuple[Any, ...]], converters: list[tuple[int, Callable[[Any], Any]]]
) -> list[tuple[Any, ...]]:
    """Convert some columns of many rows (column-wise: one pass per converted column)."""
    if not converters or not rows:
        return rows
    columns: list[Any] = list(zip(*rows, strict=True))
    for i, convert in converters:
        columns[i] = [convert(v) for v in columns[i]]
    return list(zip(*columns, strict=True))
