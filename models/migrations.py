"""Schema versions: an ordered list of steps in code, keyed on a stored version number.

Each step runs in its own transaction. Before the first step runs on an existing file, the
file is copied to a dated backup beside it. A database written by a newer version of the app
is refused. Steps define the tables as they were at that version (frozen), never by
importing today's models, so an old file always migrates the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    IntegerField,
    Model,
    TextField,
)

from models import db as dbmod
from models.errors import DatabaseUnusable, SchemaTooNew


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    apply: Callable[[Any], None]


def _table(database: Any, table_name: str, fields: dict[str, Any]) -> type[Model]:
    meta = type("Meta", (), {"database": database, "table_name": table_name})
    return type(f"Frozen_{table_name}", (Model,), {**fields, "Meta": meta})


def _record_fields() -> dict[str, Any]:
    return {
        "uid": CharField(max_length=36, unique=True),
        "created_at": DateTimeField(),
        "updated_at": DateTimeField(),
        "version": IntegerField(default=1),
        "deleted_at": DateTimeField(null=True, index=True),
    }


def _v1_team_and_audit(database: Any) -> None:
    member = _table(
        database,
        "member",
        _record_fields()
        | dict(
            name=CharField(max_length=50, index=True),
            roles=CharField(max_length=200, default=""),
            email=CharField(max_length=200, default=""),
            phone=CharField(max_length=50, default=""),
            department=CharField(max_length=100, default=""),
            joined_on=DateField(null=True),
            active=BooleanField(default=True),
            notes=TextField(default=""),
        ),
    )
    audit = _table(
        database,
        "audit_entry",
        dict(
            at=DateTimeField(index=True),
            actor_uid=CharField(max_length=36, null=True),
            actor_name=CharField(max_length=100),
            action=CharField(max_length=40),
            table=CharField(max_length=60),
            record_uid=CharField(max_length=36, index=True),
            before=TextField(null=True),
            after=TextField(null=True),
            note=TextField(null=True),
        ),
    )
    database.create_tables([member, audit])
    dbmod.install_audit_guard(database)


def _v2_import_mappings(database: Any) -> None:
    """Remembered column mappings of the Excel import (one row per header signature)."""
    mapping = _table(
        database,
        "import_mapping",
        dict(
            kind=CharField(max_length=40),
            signature=CharField(max_length=64, unique=True),
            mapping=TextField(),
            updated_at=DateTimeField(),
        ),
    )
    database.create_tables([mapping])


STEPS: list[Step] = [
    Step(1, "team members and the audit log", _v1_team_and_audit),
    Step(2, "remembered import column mappings", _v2_import_mappings),
]

LATEST = STEPS[-1].version

_META_DDL = "CREATE TABLE IF NOT EXISTS app_meta (key VARCHAR(64) PRIMARY KEY, value TEXT)"


def current_version(database: Any) -> int:
    database.execute_sql(_META_DDL)
    row = database.execute_sql("SELECT value FROM app_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _set_version(database: Any, version: int) -> None:
    database.execute_sql("DELETE FROM app_meta WHERE key = 'schema_version'")
    database.execute_sql(
        f"INSERT INTO app_meta (key, value) VALUES ('schema_version', {database.param})",
        (str(version),),
    )


def upgrade(database: Any, path: Path | None, *, target: int | None = None) -> Path | None:
    """Bring the database up to ``target`` (default: the latest); returns the backup made."""
    target = LATEST if target is None else target
    found = current_version(database)
    if found > LATEST:
        raise SchemaTooNew("schema_too_new", found=found, supported=LATEST)
    backup: Path | None = None
    pending = [s for s in STEPS if found < s.version <= target]
    if pending and found > 0 and path is not None:
        backup = dbmod.copy_file_backup(path, f"backup-v{found}")
    for step in pending:
        with database.atomic():
            step.apply(database)
            _set_version(database, step.version)
    return backup


def check_backup_file(path: Path) -> None:
    """Refuse to restore a file that is not ours or was written by a newer version."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            row = con.execute("SELECT value FROM app_meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseUnusable("not_our_backup", path=str(path)) from exc
        if row is None:
            raise DatabaseUnusable("not_our_backup", path=str(path))
        if int(row[0]) > LATEST:
            raise SchemaTooNew("schema_too_new", found=int(row[0]), supported=LATEST)
    finally:
        con.close()
