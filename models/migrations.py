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


def _v3_training(database: Any) -> None:
    """Training courses, sessions, plans and attendance records (R-4.2)."""
    from peewee import DecimalField, FloatField, ForeignKeyField

    member = _table(database, "member", {})  # referenced only; created by step 1
    course = _table(
        database,
        "course",
        _record_fields()
        | dict(
            title=CharField(max_length=100, index=True),
            category=CharField(max_length=50, index=True),
            delivery=CharField(max_length=10, default="internal"),
            trainer=CharField(max_length=100, default=""),
            hours=FloatField(default=0),
            cost=DecimalField(max_digits=12, decimal_places=2, default=0),
            capacity=IntegerField(null=True),
            pass_mark=FloatField(null=True),
            required_roles=CharField(max_length=200, default=""),
            recur_months=IntegerField(null=True),
            notes=TextField(default=""),
        ),
    )
    session = _table(
        database,
        "course_session",
        _record_fields()
        | dict(
            course=ForeignKeyField(course, on_delete="RESTRICT"),
            starts_at=DateTimeField(index=True),
            ends_at=DateTimeField(null=True),
            place=CharField(max_length=200, default=""),
            trainer=CharField(max_length=100, default=""),
            hours=FloatField(null=True),
            notes=TextField(default=""),
        ),
    )
    plan = _table(
        database,
        "training_plan",
        _record_fields()
        | dict(
            period=CharField(max_length=10, index=True),
            title=CharField(max_length=100),
            notes=TextField(default=""),
        ),
    )
    item = _table(
        database,
        "plan_item",
        _record_fields()
        | dict(
            plan=ForeignKeyField(plan, on_delete="CASCADE"),
            course=ForeignKeyField(course, on_delete="RESTRICT"),
            audience_roles=CharField(max_length=200, default=""),
            audience_members=TextField(default=""),
            planned_sessions=IntegerField(default=1),
            notes=TextField(default=""),
        ),
    )
    record = _table(
        database,
        "training_record",
        _record_fields()
        | dict(
            session=ForeignKeyField(session, on_delete="RESTRICT"),
            member=ForeignKeyField(member, on_delete="RESTRICT"),
            status=CharField(max_length=10, default="attended"),
            signed_in_at=DateTimeField(null=True),
            hours=FloatField(default=0),
            score=FloatField(null=True),
            passed=BooleanField(null=True),
            certificate_name=CharField(max_length=100, default=""),
            certificate_no=CharField(max_length=100, default=""),
            certificate_expires=DateField(null=True, index=True),
            notes=TextField(default=""),
        ),
    )
    database.create_tables([course, session, plan, item, record])


def _v4_topics(database: Any) -> None:
    """The topic backlog and content pipeline (R-5.1 … R-5.7), with the indexes its queries use."""
    import uuid
    from datetime import datetime

    from peewee import ForeignKeyField, SmallIntegerField

    stamp = datetime.now().replace(microsecond=0)
    member = _table(database, "member", {})  # referenced only; created by step 1
    option: Any = _table(
        database,
        "list_option",
        _record_fields()
        | dict(
            list_key=CharField(max_length=20),
            label=CharField(max_length=30),
            position=IntegerField(default=0),
            active=BooleanField(default=True),
        ),
    )
    option.add_index(option.list_key, option.position)
    # Every sortable column of the backlog has an index (R-5.2 at 100k topics). deleted_at
    # has none here: nearly every row is NULL, and without statistics SQLite would pick that
    # index for "deleted_at IS NULL" and then sort the whole table for each page. Owner and
    # stage are indexed only by the partial indexes below: with plain ones beside them,
    # SQLite's planner (once ANALYZE or PRAGMA optimize has run) groups by the plain index
    # and reads every row (≈110 ms instead of ≈10 ms at 100k topics).
    topic: Any = _table(
        database,
        "topic",
        _record_fields()
        | dict(
            deleted_at=DateTimeField(null=True),
            created_at=DateTimeField(index=True),
            updated_at=DateTimeField(index=True),
            title=CharField(max_length=200, index=True),
            source=CharField(max_length=20, default="other", index=True),
            keywords=CharField(max_length=500, default=""),
            audience=CharField(max_length=500, default=""),
            form=CharField(max_length=30, default="", index=True),
            channels=CharField(max_length=500, default=""),
            priority=SmallIntegerField(default=2, index=True),
            owner=ForeignKeyField(member, null=True, index=False, on_delete="SET NULL"),
            due_on=DateField(null=True, index=True),
            tags=CharField(max_length=500, default=""),
            notes=TextField(default=""),
            stage=SmallIntegerField(default=1, index=False),
            parked_from=SmallIntegerField(null=True),
            dropped_from=SmallIntegerField(null=True),
            stage_changed_at=DateTimeField(),
            weak=BooleanField(default=False),
            archived_at=DateTimeField(null=True),
            search_text=TextField(default=""),
        ),
    )
    # Partial covering indexes of the topics in the backlog (not trashed, not archived): the
    # row count, the board's count per stage, the channel filter's count and the owner and
    # due-date segments of the segmented orders read these small indexes, not the wide rows.
    alive = topic.deleted_at.is_null() & topic.archived_at.is_null()
    covered = (topic.owner, topic.due_on, topic.channels)
    topic.add_index(*covered, where=alive, name="topic_alive_owner_due")
    topic.add_index(topic.stage, *covered, where=alive, name="topic_alive_stage")
    plan = _table(
        database,
        "topic_plan",
        _record_fields()
        | dict(
            topic=ForeignKeyField(topic, unique=True, on_delete="CASCADE"),
            core_message=TextField(default=""),
            expected_effect=TextField(default=""),
            outline=TextField(default=""),
        ),
    )
    draft: Any = _table(
        database,
        "draft_version",
        _record_fields()
        | dict(
            topic=ForeignKeyField(topic, index=True, on_delete="CASCADE"),
            number=IntegerField(),
            body=TextField(default=""),
            body_format=CharField(max_length=10, default="markdown"),
            attachments=TextField(default="[]"),
            author=ForeignKeyField(member, null=True, on_delete="SET NULL"),
            author_name=CharField(max_length=100, default=""),
            note=CharField(max_length=500, default=""),
        ),
    )
    draft.add_index(draft.topic, draft.number, unique=True)
    publication = _table(
        database,
        "publication",
        _record_fields()
        | dict(
            topic=ForeignKeyField(topic, index=True, on_delete="CASCADE"),
            channel=CharField(max_length=30, index=True),
            planned_at=DateTimeField(index=True),
            title=CharField(max_length=200, default=""),
            summary=TextField(default=""),
            hashtags=CharField(max_length=500, default=""),
            status=CharField(max_length=12, default="planned", index=True),
            url=CharField(max_length=1000, default=""),
            published_at=DateTimeField(null=True),
        ),
    )
    guide = _table(
        database,
        "style_guide",
        _record_fields()
        | {
            name: TextField(default="")
            for name in ("core_values", "tone", "visual", "wording", "words_use", "words_avoid")
        },
    )
    database.create_tables([option, topic, plan, draft, publication, guide])
    seeds = {
        "form": ("图文", "短视频", "直播", "长文"),
        "channel": ("微博", "微信公众号", "抖音", "小红书", "B站", "知乎", "百度"),
    }
    bookkeeping = dict(created_at=stamp, updated_at=stamp, version=1)
    option.insert_many(
        [
            dict(uid=str(uuid.uuid4()), list_key=key, label=label, position=i, **bookkeeping)
            for key, labels in seeds.items()
            for i, label in enumerate(labels)
        ]
    ).execute()
    guide.insert(uid=str(uuid.uuid4()), **bookkeeping).execute()
    dbmod.install_char_index(database, "topic", "search_text", "topic_search")


STEPS: list[Step] = [
    Step(1, "team members and the audit log", _v1_team_and_audit),
    Step(2, "remembered import column mappings", _v2_import_mappings),
    Step(3, "training courses, sessions, plans and records", _v3_training),
    Step(4, "topics and publishing", _v4_topics),
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
