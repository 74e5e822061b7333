"""The database layer and record conventions (issue 2, parts 2–4)."""

from __future__ import annotations

import sqlite3
import string
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import models
from models import base, migrations, team
from models import db as dbmod
from models.base import AuditEntry
from models.errors import ConflictError, NotFound, SchemaTooNew, ValidationError
from models.team import Member, Role

ROOT = Path(__file__).resolve().parents[2]


def test_importing_models_does_not_load_qt():
    code = (
        "import sys, models, models.team, models.base, models.demo, models.migrations\n"
        "import pkgutil, importlib\n"
        "for m in pkgutil.walk_packages(models.__path__, 'models.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_sqlite_pragmas(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_default_location_prefers_flag_then_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("MARKETING_DESK_DB", str(tmp_path / "env.db"))
    assert dbmod.default_location("x.db") == "x.db"
    assert dbmod.default_location(None) == str(tmp_path / "env.db")
    monkeypatch.delenv("MARKETING_DESK_DB")
    assert dbmod.default_location(None).endswith("marketing-desk.db")


def test_fresh_database_is_at_latest_version(db):
    assert migrations.current_version(db) == migrations.LATEST
    assert not list(Path(db.database).parent.glob("*backup*"))


def test_migration_from_older_schema_backs_up_and_keeps_data(db_path):
    old = models.open(db_path, migrate=False)
    migrations.upgrade(old, db_path, target=1)
    old.execute_sql(
        "INSERT INTO member (uid, created_at, updated_at, version, name, roles, email, phone,"
        " department, active, notes) VALUES ('u-1', '2025-01-01', '2025-01-01', 1, '张伟',"
        " ',editor,', '', '', '', 1, '')"
    )
    dbmod.close()
    assert not db_path.with_name("desk.db").read_bytes() == b""

    models.open(db_path)
    assert migrations.current_version(dbmod.database.obj) == migrations.LATEST
    backups = list(db_path.parent.glob("desk.backup-v1-*.db"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT value FROM app_meta").fetchone()[0] == "1"
    assert con.execute("SELECT name FROM member").fetchall() == [("张伟",)]
    con.close()
    assert team.get("u-1").role_list == [Role.EDITOR]
    dbmod.close()


def test_database_from_newer_version_is_refused_untouched(db_path):
    models.open(db_path)
    dbmod.database.obj.execute_sql(
        "UPDATE app_meta SET value = ? WHERE key = 'schema_version'", (str(migrations.LATEST + 5),)
    )
    dbmod.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNew) as info:
        models.open(db_path)
    assert "更新版本" in info.value.message("zh_CN")
    dbmod.close()
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*backup*"))


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("hello")
    with pytest.raises(models.errors.DatabaseUnusable):
        models.open(bogus)
    assert bogus.read_text() == "hello"


def test_record_conventions_on_create(db, actor):
    m = team.add_member(actor, "张伟", [Role.CONTENT_PLANNER, Role.EDITOR])
    assert len(m.uid) == 36 and m.version == 1
    assert m.created_at == m.updated_at
    assert Member.by_uid(m.uid).role_list == [Role.CONTENT_PLANNER, Role.EDITOR]


def test_saving_a_stale_version_raises_a_conflict_with_both_versions(db, actor):
    m = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    team.edit_member(actor, m.uid, 1, phone="111")  # someone else saves first
    with pytest.raises(ConflictError) as info:
        team.edit_member(actor, m.uid, 1, phone="222")
    assert info.value.mine == {"phone": "222"}
    assert info.value.theirs["phone"] == "111" and info.value.theirs["version"] == 2
    assert team.get(m.uid).phone == "111"
    # choosing "keep mine" re-saves against the version now stored
    team.edit_member(actor, m.uid, info.value.theirs["version"], phone="222")
    assert team.get(m.uid).phone == "222"


def test_trash_and_restore(db, actor):
    m = team.add_member(actor, "李娜", [Role.DATA_ANALYST])
    team.trash_member(actor, m.uid)
    assert team.list_members() == []
    assert [r.name for r in team.list_trash()] == ["李娜"]
    with pytest.raises(NotFound):
        team.get(m.uid)
    team.restore_member(actor, m.uid)
    assert [r.name for r in team.list_members()] == ["李娜"]
    assert team.list_trash() == []


def test_restore_refuses_when_the_name_was_taken_meanwhile(db, actor):
    m = team.add_member(actor, "刘洋", [Role.EDITOR])
    team.trash_member(actor, m.uid)
    team.add_member(actor, "刘洋", [Role.EDITOR])
    with pytest.raises(ValidationError) as info:
        team.restore_member(actor, m.uid)
    assert info.value.code == "duplicate_name"


def test_purge_only_from_the_trash(db, actor):
    m = team.add_member(actor, "陈静", [Role.CRM])
    with pytest.raises(NotFound):
        team.purge_member(actor, m.uid)
    team.trash_member(actor, m.uid)
    team.purge_member(actor, m.uid)
    assert Member.select().count() == 0


def test_audit_log_records_who_what_before_and_after(db, actor):
    m = team.add_member(actor, "杨帆", [Role.COMPLIANCE])
    team.edit_member(actor, m.uid, 1, email="yf@example.com")
    team.set_active(actor, m.uid, False)
    team.trash_member(actor, m.uid)
    team.restore_member(actor, m.uid)
    entries = base.history(m.uid)
    assert [e.action for e in entries] == ["create", "update", "update", "trash", "restore"]
    assert all(e.actor_name == "测试员" and e.table == "member" for e in entries)
    assert entries[0].after_values()["name"] == "杨帆"
    assert entries[1].before_values() == {"email": "", "version": 1}
    assert entries[1].after_values() == {"email": "yf@example.com", "version": 2}
    assert entries[2].after_values()["active"] is False


def test_audit_log_is_append_only(db, actor):
    team.add_member(actor, "赵磊", [Role.PROJECT_MANAGER])
    with pytest.raises(Exception, match="append-only"):
        AuditEntry.update(actor_name="someone else").execute()
    with pytest.raises(Exception, match="append-only"):
        AuditEntry.delete().execute()
    assert AuditEntry.select().count() == 1


def test_a_failed_write_leaves_neither_record_nor_audit(db, actor):
    with pytest.raises(RuntimeError), dbmod.write():
        team.add_member(actor, "黄丽", [Role.EDITOR])
        raise RuntimeError("boom")
    assert Member.select().count() == 0
    assert AuditEntry.select().count() == 0


def test_validation_names_the_field(db, actor):
    with pytest.raises(ValidationError) as info:
        team.add_member(actor, "  ", [Role.EDITOR])
    assert info.value.params["field"] == "name"
    assert info.value.message("zh_CN") == "「姓名」不能为空。"
    with pytest.raises(ValidationError) as info:
        team.add_member(actor, "某人", [])
    assert info.value.code == "roles_required"
    with pytest.raises(ValidationError) as info:
        team.add_member(actor, "某人", [Role.CRM], email="not-an-address")
    assert info.value.code == "bad_email"
    team.add_member(actor, "Ann Lee", [Role.CRM])
    with pytest.raises(ValidationError) as info:
        team.add_member(actor, "ann  lee", [Role.CRM])
    assert info.value.code == "duplicate_name"


def test_roles_parse_from_the_names_people_type():
    assert team.parse_role("合规审核") is Role.COMPLIANCE
    assert team.parse_role(" 内容策划 ") is Role.CONTENT_PLANNER
    assert team.parse_role("Team Lead") is Role.TEAM_LEAD
    assert team.parse_role("ｅｄｉｔｏｒ") is Role.EDITOR
    assert team.parse_role("厨师") is None


def test_role_filter_matches_exactly(db, actor):
    team.add_member(actor, "甲", [Role.EDITOR])
    team.add_member(actor, "乙", [Role.CONTENT_PLANNER, Role.TEAM_LEAD])
    assert [r.name for r in team.list_members(role=Role.TEAM_LEAD)] == ["乙"]
    assert [r.name for r in team.list_members(role=Role.EDITOR)] == ["甲"]


def test_writers_wait_for_each_other_instead_of_failing(db, db_path, actor):
    """BEGIN IMMEDIATE + busy timeout: a second copy of the app queues up (issue 2, part 2)."""
    other = sqlite3.connect(db_path, timeout=1, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO app_meta (key, value) VALUES ('other-copy', 'was here')")
    released = threading.Event()

    def release_later():
        time.sleep(0.6)
        other.commit()
        released.set()

    threading.Thread(target=release_later).start()
    started = time.monotonic()
    team.add_member(actor, "吴强", [Role.CHANNEL_OPERATOR])
    assert released.is_set() and time.monotonic() - started >= 0.5
    assert team.count() == 1
    other.close()


def test_backup_and_restore(db, db_path, actor, tmp_path):
    team.add_member(actor, "周敏", [Role.TEAM_LEAD])
    backup = dbmod.backup_to(tmp_path / "copy.db")
    team.add_member(actor, "张伟", [Role.CONTENT_PLANNER])
    safety = dbmod.restore_from(backup)
    assert [r.name for r in team.list_members()] == ["周敏"]
    con = sqlite3.connect(safety)
    assert sorted(n for (n,) in con.execute("SELECT name FROM member")) == ["周敏", "张伟"]
    con.close()


def test_restore_refuses_a_foreign_file(db, tmp_path, actor):
    team.add_member(actor, "周敏", [Role.TEAM_LEAD])
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE x (a)").connection.close()
    with pytest.raises(models.errors.DatabaseUnusable):
        dbmod.restore_from(foreign)
    assert team.count() == 1


def test_every_message_has_both_languages_with_the_same_placeholders():
    from models import messages

    fields = string.Formatter()
    for code, (en, zh) in messages.CATALOG.items():
        assert en.strip() and zh.strip(), code
        names_en = {f for _, f, _, _ in fields.parse(en) if f}
        names_zh = {f for _, f, _, _ in fields.parse(zh) if f}
        assert names_en == names_zh, code
    for field, (en, zh) in messages.FIELD_LABELS.items():
        assert en and zh, field


def test_language_follows_the_system_locale():
    from models import messages

    assert messages.detect_language({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert messages.detect_language({"LANG": "en_US.UTF-8"}) == "en"
    assert messages.detect_language({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"}) == "zh_CN"


def test_demo_fills_a_team_once(db):
    from models import demo

    first = demo.fill()
    assert first["members"] >= 8
    assert demo.fill()["members"] == 0
    leads = team.list_members(role=Role.TEAM_LEAD)
    assert leads and all(r.active for r in leads)
    assert any(not r.active for r in team.list_members())
