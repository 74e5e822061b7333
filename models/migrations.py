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


def _v5_reviews(database: Any) -> None:
    """The review chain, rounds, decisions and comments (R-5.4), the team's Advertising-Law
    words and waivers (R-2.1, R-2.2), the read-only view ``review_log`` behind the exchange
    kind ``reviews``, and the default chain 初审 → 二审 → 合规/法务."""
    import uuid
    from datetime import datetime

    from peewee import ForeignKeyField

    stamp = datetime.now().replace(microsecond=0)
    member = _table(database, "member", {})  # referenced only; created by step 1
    topic = _table(database, "topic", {})  # referenced only; created by step 4
    draft = _table(database, "draft_version", {})  # referenced only; created by step 4
    level: Any = _table(
        database,
        "review_level",
        _record_fields()
        | dict(
            scope=CharField(max_length=40, default=""),
            position=IntegerField(),
            name=CharField(max_length=30),
            role=CharField(max_length=30),
            independent=BooleanField(default=True),
            recheck=CharField(max_length=60, default=",text,"),
        ),
    )
    level.add_index(level.scope, level.position)
    setting = _table(
        database,
        "review_setting",
        _record_fields()
        | dict(
            key=CharField(max_length=40, unique=True),
            value=CharField(max_length=200, default=""),
        ),
    )
    round_: Any = _table(
        database,
        "review_round",
        _record_fields()
        | dict(
            topic=ForeignKeyField(topic, index=True, on_delete="CASCADE"),
            draft=ForeignKeyField(draft, on_delete="CASCADE"),
            draft_number=IntegerField(),
            number=IntegerField(),
            chain=TextField(),
            level=IntegerField(default=1),
            status=CharField(max_length=12, default="open", index=True),
            reason=CharField(max_length=12, default="submit"),
            previous=ForeignKeyField("self", null=True, on_delete="SET NULL"),
            submitted_by=ForeignKeyField(member, on_delete="RESTRICT"),
            submitted_by_name=CharField(max_length=100, default=""),
            submitted_at=DateTimeField(index=True),
            level_since=DateTimeField(),
            closed_at=DateTimeField(null=True),
        ),
    )
    round_.add_index(round_.topic, round_.number, unique=True)
    decision = _table(
        database,
        "review_decision",
        _record_fields()
        | dict(
            round=ForeignKeyField(round_, index=True, on_delete="CASCADE"),
            draft_number=IntegerField(),
            level=IntegerField(),
            level_name=CharField(max_length=30),
            role=CharField(max_length=30),
            reviewer=ForeignKeyField(member, on_delete="RESTRICT"),
            reviewer_name=CharField(max_length=100, default=""),
            decision=CharField(max_length=10),
            comment=TextField(default=""),
            arrived_at=DateTimeField(),
            decided_at=DateTimeField(index=True),
            carried_from=ForeignKeyField("self", null=True, on_delete="SET NULL"),
        ),
    )
    comment = _table(
        database,
        "review_comment",
        _record_fields()
        | dict(
            topic=ForeignKeyField(topic, index=True, on_delete="CASCADE"),
            round=ForeignKeyField(round_, null=True, on_delete="SET NULL"),
            draft_number=IntegerField(null=True),
            level_name=CharField(max_length=30, default=""),
            author=ForeignKeyField(member, on_delete="RESTRICT"),
            author_name=CharField(max_length=100, default=""),
            body=TextField(),
            field=CharField(max_length=10, default=""),
            start=IntegerField(null=True),
            end=IntegerField(null=True),
            quote=TextField(default=""),
            status=CharField(max_length=10, default="open", index=True),
            raised_at=DateTimeField(),
            reply=TextField(default=""),
            addressed_by=ForeignKeyField(member, null=True, on_delete="RESTRICT"),
            addressed_at=DateTimeField(null=True),
            resolved_by=ForeignKeyField(member, null=True, on_delete="RESTRICT"),
            resolved_at=DateTimeField(null=True),
        ),
    )
    term = _table(
        database,
        "adlaw_term",
        _record_fields()
        | dict(
            term=CharField(max_length=50),
            category=CharField(max_length=20, default="absolute"),
            severity=CharField(max_length=10, default="warning"),
            basis=CharField(max_length=200, default=""),
            suggestion=CharField(max_length=200, default=""),
            platform=CharField(max_length=20, default="", index=True),
            allow=BooleanField(default=False),
            active=BooleanField(default=True),
        ),
    )
    waiver = _table(
        database,
        "adlaw_waiver",
        _record_fields()
        | dict(
            topic=ForeignKeyField(topic, index=True, on_delete="CASCADE"),
            field=CharField(max_length=10),
            term=CharField(max_length=50),
            matched=CharField(max_length=100),
            draft_number=IntegerField(null=True),
            start=IntegerField(default=0),
            end=IntegerField(default=0),
            quote=CharField(max_length=200, default=""),
            reason=TextField(),
            by=ForeignKeyField(member, on_delete="RESTRICT"),
            by_name=CharField(max_length=100, default=""),
            waived_at=DateTimeField(),
            revoked_at=DateTimeField(null=True),
            revoked_by=ForeignKeyField(member, null=True, on_delete="RESTRICT"),
            revoke_reason=TextField(default=""),
        ),
    )
    database.create_tables([level, setting, round_, decision, comment, term, waiver])
    # decisions (not the copies carried into a later round), comments and waivers, one row
    # each: what `main.py export reviews` writes for a compliance self-audit
    database.execute_sql(
        "CREATE VIEW review_log AS "
        "SELECT d.uid AS uid, d.created_at AS created_at, d.updated_at AS updated_at, "
        "d.version AS version, d.deleted_at AS deleted_at, t.title AS topic, "
        "d.draft_number AS draft_number, d.level_name AS level_name, 'decision' AS entry, "
        "d.reviewer_name AS person, d.decision AS outcome, d.comment AS body, '' AS quote, "
        "d.decided_at AS at "
        "FROM review_decision d JOIN review_round r ON r.id = d.round_id "
        "JOIN topic t ON t.id = r.topic_id WHERE d.carried_from_id IS NULL "
        "UNION ALL "
        "SELECT c.uid, c.created_at, c.updated_at, c.version, c.deleted_at, t.title, "
        "c.draft_number, c.level_name, 'comment', c.author_name, c.status, c.body, c.quote, "
        "c.raised_at FROM review_comment c JOIN topic t ON t.id = c.topic_id "
        "UNION ALL "
        "SELECT w.uid, w.created_at, w.updated_at, w.version, w.deleted_at, t.title, "
        "w.draft_number, '', 'waiver', w.by_name, "
        "CASE WHEN w.revoked_at IS NULL THEN 'waived' ELSE 'revoked' END, w.reason, w.quote, "
        "w.waived_at FROM adlaw_waiver w JOIN topic t ON t.id = w.topic_id"
    )
    bookkeeping = dict(created_at=stamp, updated_at=stamp, version=1)
    defaults = (
        ("初审", "content_planner", False, ",text,"),
        ("二审", "editor", True, ",text,attachments,"),
        ("合规/法务", "compliance", True, ",text,attachments,layout,"),
    )
    level.insert_many(
        [
            dict(
                uid=str(uuid.uuid4()),
                scope="",
                position=i,
                name=name,
                role=role,
                independent=independent,
                recheck=recheck,
                **bookkeeping,
            )
            for i, (name, role, independent, recheck) in enumerate(defaults, start=1)
        ]
    ).execute()
    setting.insert(
        uid=str(uuid.uuid4()), key="re_review_policy", value="all", **bookkeeping
    ).execute()


def _v6_kpis_and_appraisals(database: Any) -> None:
    """KPIs, SMART goals and performance appraisals (R-1.1–R-1.3, R-4.3), with the built-in
    KPI definitions and one appraisal template per role (frozen data modules)."""
    import json
    import uuid
    from datetime import datetime

    from peewee import FloatField, ForeignKeyField

    from models.appraisal import builtin_v6 as appraisal_seed
    from models.kpi import builtin_v6 as kpi_seed

    stamp = datetime.now().replace(microsecond=0)
    member = _table(database, "member", {})  # referenced only; created by step 1
    course = _table(database, "course", {})  # referenced only; created by step 3
    kpi = _table(
        database,
        "kpi",
        _record_fields()
        | dict(
            code=CharField(max_length=40, index=True),
            name=CharField(max_length=50, index=True),
            name_en=CharField(max_length=80, default=""),
            category=CharField(max_length=20, index=True),
            unit=CharField(max_length=20, default=""),
            direction=CharField(max_length=10, default="higher"),
            aggregate=CharField(max_length=10, default="sum"),
            source=CharField(max_length=10, default="input"),
            numerator=CharField(max_length=40, default=""),
            denominator=CharField(max_length=40, default=""),
            scale=FloatField(default=1),
            threshold=FloatField(default=10),
            builtin=BooleanField(default=False),
            active=BooleanField(default=True),
            notes=TextField(default=""),
        ),
    )
    value: Any = _table(
        database,
        "kpi_value",
        _record_fields()
        | dict(
            kpi=ForeignKeyField(kpi, on_delete="RESTRICT", index=True),
            period=CharField(max_length=10, index=True),
            scope=CharField(max_length=36, default="team"),
            member=ForeignKeyField(member, null=True, on_delete="RESTRICT"),
            target=FloatField(null=True),
            actual=FloatField(null=True),
            cause=TextField(default=""),
            action=TextField(default=""),
            notes=TextField(default=""),
        ),
    )
    value.add_index(value.scope, value.period)
    goal = _table(
        database,
        "kpi_goal",
        _record_fields()
        | dict(
            statement=CharField(max_length=300),
            kpi=ForeignKeyField(kpi, on_delete="RESTRICT"),
            target=FloatField(),
            baseline=FloatField(null=True),
            period=CharField(max_length=10),
            deadline=DateField(index=True),
            owner=ForeignKeyField(member, null=True, on_delete="RESTRICT"),
            aligned_to=CharField(max_length=300, default=""),
            notes=TextField(default=""),
        ),
    )
    template = _table(
        database,
        "appraisal_template",
        _record_fields()
        | dict(
            role=CharField(max_length=30, index=True),
            title=CharField(max_length=100),
            items=TextField(default="[]"),
            bands=TextField(default="[]"),
            notes=TextField(default=""),
        ),
    )
    cycle = _table(
        database,
        "appraisal_cycle",
        _record_fields()
        | dict(
            period=CharField(max_length=10, index=True),
            title=CharField(max_length=100),
            notes=TextField(default=""),
        ),
    )
    appraisal = _table(
        database,
        "appraisal",
        _record_fields()
        | dict(
            cycle=ForeignKeyField(cycle, on_delete="RESTRICT", index=True),
            member=ForeignKeyField(member, on_delete="RESTRICT", index=True),
            role=CharField(max_length=30),
            template_title=CharField(max_length=100, default=""),
            bands=TextField(default="[]"),
            state=CharField(max_length=15, default="draft", index=True),
            self_assessment=TextField(default=""),
            submitted_at=DateTimeField(null=True),
            lead_comment=TextField(default=""),
            reviewed_at=DateTimeField(null=True),
            reviewer_name=CharField(max_length=100, default=""),
            interview_on=DateField(null=True),
            strengths=TextField(default=""),
            weaknesses=TextField(default=""),
            reward=CharField(max_length=20, default="none"),
            reward_note=TextField(default=""),
            finalized_at=DateTimeField(null=True),
        ),
    )
    item = _table(
        database,
        "appraisal_item",
        _record_fields()
        | dict(
            appraisal=ForeignKeyField(appraisal, on_delete="CASCADE", index=True),
            position=IntegerField(default=0),
            kind=CharField(max_length=10),
            name=CharField(max_length=50),
            description=TextField(default=""),
            weight=FloatField(),
            kpi_code=CharField(max_length=40, default=""),
            unit=CharField(max_length=20, default=""),
            direction=CharField(max_length=10, default="higher"),
            scope=CharField(max_length=10, default="member"),
            rule=TextField(default=""),
            scale=TextField(default=""),
            target=FloatField(null=True),
            actual=FloatField(null=True),
            actual_source=CharField(max_length=10, default=""),
            self_rating=FloatField(null=True),
            rating=FloatField(null=True),
            comment=TextField(default=""),
        ),
    )
    action = _table(
        database,
        "development_action",
        _record_fields()
        | dict(
            appraisal=ForeignKeyField(appraisal, on_delete="CASCADE", index=True),
            position=IntegerField(default=0),
            action=TextField(),
            owner=ForeignKeyField(member, null=True, on_delete="RESTRICT"),
            due_on=DateField(null=True),
            done=BooleanField(default=False),
        ),
    )
    need = _table(
        database,
        "training_need",
        _record_fields()
        | dict(
            appraisal=ForeignKeyField(appraisal, on_delete="CASCADE", index=True),
            course=ForeignKeyField(course, null=True, on_delete="RESTRICT"),
            topic=CharField(max_length=100, default=""),
            notes=TextField(default=""),
        ),
    )
    database.create_tables([kpi, value, goal, template, cycle, appraisal, item, action, need])
    bookkeeping = dict(created_at=stamp, updated_at=stamp, version=1)
    fields = ("code", "name", "name_en", "category", "unit", "direction", "aggregate", "source")
    kpi.insert_many(
        [
            dict(zip(fields, row[:8], strict=True))
            | dict(numerator=row[8], denominator=row[9], scale=row[10], threshold=row[11])
            | dict(uid=str(uuid.uuid4()), builtin=True, **bookkeeping)
            for row in kpi_seed.BUILTIN_KPIS
        ]
    ).execute()
    bands = json.dumps(appraisal_seed.bands_json(), ensure_ascii=False)
    template.insert_many(
        [
            dict(
                uid=str(uuid.uuid4()),
                role=role,
                title=title,
                items=json.dumps(appraisal_seed.items_json(role), ensure_ascii=False),
                bands=bands,
                **bookkeeping,
            )
            for role, (title, _, _) in appraisal_seed.TEMPLATES.items()
        ]
    ).execute()


STEPS: list[Step] = [
    Step(1, "team members and the audit log", _v1_team_and_audit),
    Step(2, "remembered import column mappings", _v2_import_mappings),
    Step(3, "training courses, sessions, plans and records", _v3_training),
    Step(4, "topics and publishing", _v4_topics),
    Step(5, "reviews and the Advertising-Law checker", _v5_reviews),
    Step(6, "KPIs, goals and appraisals", _v6_kpis_and_appraisals),
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
