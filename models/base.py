"""Record conventions every table follows, and the generic write services.

A record has a ``uid`` that stays the same across machines and in exports, created and
updated timestamps, a ``version`` for optimistic locking and ``deleted_at`` for the trash.
Every write goes through :func:`create`, :func:`update`, :func:`trash`, :func:`restore` or
:func:`purge`, which run in one write transaction together with their audit entry.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from peewee import (
    AutoField,
    CharField,
    DateTimeField,
    IntegerField,
    IntegrityError,
    Model,
    TextField,
)

from models.db import database, write
from models.errors import ConflictError, NotFound, ValidationError

R = TypeVar("R", bound="Record")

BOOKKEEPING = ("id", "uid", "created_at", "updated_at", "version", "deleted_at")


def new_uid() -> str:
    return str(uuid.uuid4())


def now() -> datetime:
    """Local wall-clock time, second precision: what people see and type."""
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class Actor:
    """Who does something: the member using the app, or the command line."""

    uid: str | None
    name: str

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "system")


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Record(BaseModel):
    """Abstract base of every business table (R-x conventions in the README)."""

    uid = CharField(max_length=36, unique=True, default=new_uid)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)
    deleted_at = DateTimeField(null=True, index=True)

    @classmethod
    def alive(cls: type[R]) -> Any:
        return cls.select().where(cls.deleted_at.is_null())

    @classmethod
    def trashed(cls: type[R]) -> Any:
        return cls.select().where(cls.deleted_at.is_null(False))

    @classmethod
    def by_uid(cls: type[R], uid: str, *, include_deleted: bool = False) -> R:
        query = cls.select().where(cls.uid == uid)
        if not include_deleted:
            query = query.where(cls.deleted_at.is_null())
        record = query.first()
        if record is None:
            raise NotFound("not_found", table=cls._meta.table_name, uid=uid)
        return record

    def values(self) -> dict[str, Any]:
        """The business fields (no bookkeeping), as stored."""
        return {name: getattr(self, name) for name in self._meta.fields if name not in BOOKKEEPING}

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able picture of the record for the audit log and conflict dialogs."""
        return {k: to_json_value(v) for k, v in self.values().items()} | {"version": self.version}


class AuditEntry(BaseModel):
    """Append-only audit log: who, when, action, which record, values before and after."""

    id = AutoField()
    at = DateTimeField(default=now, index=True)
    actor_uid = CharField(max_length=36, null=True)
    actor_name = CharField(max_length=100)
    action = CharField(max_length=40)
    table = CharField(max_length=60)
    record_uid = CharField(max_length=36, index=True)
    before = TextField(null=True)
    after = TextField(null=True)
    note = TextField(null=True)

    def before_values(self) -> dict[str, Any]:
        return json.loads(self.before) if self.before else {}

    def after_values(self) -> dict[str, Any]:
        if self.after:
            return json.loads(self.after)
        if self.action == "create":  # a bulk import's entry: see first_version()
            return first_version(self)
        return {}


def _record_models(cls: type[Record] | None = None) -> Iterator[type[Record]]:
    for sub in (cls or Record).__subclasses__():
        yield sub
        yield from _record_models(sub)


def first_version(created: AuditEntry) -> dict[str, Any]:
    """The values a record was created with, for a "create" entry written without them.

    An Excel import of 50,000 rows writes one audit entry per record it creates (who, when,
    which file) but no copy of the values: the record is its own first version, and every
    later change keeps the values it replaced (``before``; a trash or purge keeps them all).
    So the record as it is now, with those changes undone newest first, is what was created.
    """
    table, uid = created.table, created.record_uid
    later = list(
        AuditEntry.select()
        .where(AuditEntry.record_uid == uid, AuditEntry.table == table, AuditEntry.id > created.id)
        .order_by(AuditEntry.id.desc())
    )
    model = next((m for m in _record_models() if m._meta.table_name == table), None)
    record = model.get_or_none(model.uid == uid) if model is not None else None
    values = record.snapshot() if record is not None else {}
    for entry in later:
        values.update(entry.before_values())
    return values | {"version": 1} if values else {}


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Model):
        return getattr(value, "uid", value.get_id())
    return value


def audit(
    actor: Actor,
    action: str,
    record: Record | None = None,
    *,
    table: str | None = None,
    record_uid: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str | None = None,
) -> AuditEntry:
    """Append an audit entry; call it inside the write transaction of the change."""
    return AuditEntry.create(
        actor_uid=actor.uid,
        actor_name=actor.name,
        action=action,
        table=table or (record._meta.table_name if record is not None else ""),
        record_uid=record_uid or (record.uid if record is not None else ""),
        before=json.dumps(before, ensure_ascii=False, sort_keys=True) if before else None,
        after=json.dumps(after, ensure_ascii=False, sort_keys=True) if after else None,
        note=note,
    )


def history(record_uid: str) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where(AuditEntry.record_uid == record_uid)
        .order_by(AuditEntry.at, AuditEntry.id)
    )


def create(model: type[R], actor: Actor, **values: Any) -> R:
    with write():
        record = model.create(**values)
        audit(actor, "create", record, after=record.snapshot())
        return record


def update(
    model: type[R],
    uid: str,
    changes: dict[str, Any],
    expected_version: int | None,
    actor: Actor,
    *,
    action: str = "update",
    note: str | None = None,
) -> R:
    """Save ``changes`` if the record is still at ``expected_version``.

    ``expected_version=None`` skips the check (used by imports that resolved conflicts
    explicitly). Raises :class:`ConflictError` when someone saved it in between, carrying
    both versions so the UI can let the user choose.
    """
    with write():
        current = model.by_uid(uid)
        if expected_version is not None and current.version != expected_version:
            raise ConflictError(
                model._meta.table_name,
                uid,
                mine={k: to_json_value(v) for k, v in changes.items()},
                theirs=current.snapshot(),
            )
        before = current.snapshot()
        real = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not real:
            return current
        stamp = now()
        query = model.update(**real, updated_at=stamp, version=model.version + 1).where(
            model.uid == uid, model.version == current.version
        )
        if query.execute() != 1:  # a writer on a server database got in between
            fresh = model.by_uid(uid)
            raise ConflictError(model._meta.table_name, uid, mine=changes, theirs=fresh.snapshot())
        saved = model.by_uid(uid)
        after = saved.snapshot()
        audit(
            actor,
            action,
            saved,
            before={k: before[k] for k in after if before.get(k) != after[k]},
            after={k: after[k] for k in after if before.get(k) != after[k]},
            note=note,
        )
        return saved


def trash(model: type[Record], uid: str, actor: Actor) -> None:
    """Soft delete: the record leaves every list and waits in the trash."""
    with write():
        record = model.by_uid(uid)
        model.update(deleted_at=now(), version=model.version + 1).where(model.uid == uid).execute()
        audit(actor, "trash", record, before=record.snapshot())


def restore(model: type[Record], uid: str, actor: Actor) -> None:
    with write():
        record = model.by_uid(uid, include_deleted=True)
        model.update(deleted_at=None, version=model.version + 1).where(model.uid == uid).execute()
        audit(actor, "restore", record, after=record.snapshot())


def purge(model: type[Record], uid: str, actor: Actor) -> None:
    """Delete for good a record that is in the trash (emptying the trash)."""
    with write():
        record = model.by_uid(uid, include_deleted=True)
        if record.deleted_at is None:
            raise NotFound("not_in_trash", table=model._meta.table_name, uid=uid)
        audit(actor, "purge", record, before=record.snapshot())
        try:
            with database.atomic():
                record.delete_instance()
        except IntegrityError as exc:  # other records still point at it: keep it
            raise ValidationError("still_referenced", table=model._meta.table_name) from exc
