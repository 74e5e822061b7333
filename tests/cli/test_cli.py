"""The headless command line, run as a user would: `main.py` in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, db: Path | None = None, lang: str = "en") -> subprocess.CompletedProcess:
    env = dict(os.environ, LANG="en_US.UTF-8" if lang == "en" else "zh_CN.UTF-8")
    env.pop("LC_ALL", None)
    env.pop("MARKETING_DESK_DB", None)
    cmd = [sys.executable, str(ROOT / "main.py")]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, timeout=120)


def names_in(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(n for (n,) in con.execute("SELECT name FROM member WHERE deleted_at IS NULL"))
    finally:
        con.close()


def test_version_and_help():
    r = run("--version")
    assert r.returncode == 0 and "Marketing Desk" in r.stdout
    r = run("--help", lang="zh")
    assert r.returncode == 0 and "导入工作簿" in r.stdout
    r = run("--lang", "en", "--help", lang="zh")
    assert "import a workbook" in r.stdout


def test_unusable_arguments_exit_2(tmp_path):
    assert run("frobnicate", db=tmp_path / "a.db").returncode == 2
    assert run("restore", str(tmp_path / "missing.db"), db=tmp_path / "a.db").returncode == 2


def test_demo_then_backup_and_restore(tmp_path):
    db = tmp_path / "desk.db"
    r = run("demo", db=db, lang="zh")
    assert r.returncode == 0 and "示例数据" in r.stdout
    team = names_in(db)
    assert "周敏" in team and len(team) >= 8
    backup = tmp_path / "backup.db"
    assert run("backup", str(backup), db=db).returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE member SET deleted_at = '2026-01-01' WHERE name = '周敏'")
    con.commit()
    con.close()
    assert "周敏" not in names_in(db)
    r = run("restore", str(backup), db=db)
    assert r.returncode == 0, r.stderr
    assert names_in(db) == team
    assert list(tmp_path.glob("desk.before-restore-*.db"))


def test_newer_database_refused_with_exit_2(tmp_path):
    db = tmp_path / "desk.db"
    run("demo", db=db)
    con = sqlite3.connect(db)
    con.execute("UPDATE app_meta SET value = '999' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    r = run("demo", db=db, lang="zh")
    assert r.returncode == 2 and "更新版本" in r.stderr and "Traceback" not in r.stderr


def test_environment_variable_chooses_the_database(tmp_path):
    db = tmp_path / "from-env.db"
    env = dict(os.environ, MARKETING_DESK_DB=str(db), LANG="en_US.UTF-8")
    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo"], capture_output=True, text=True, env=env
    )
    assert r.returncode == 0 and db.exists()


def test_headless_commands_do_not_load_qt(tmp_path):
    code = (
        "import sys; sys.argv = ['main.py']; sys.path.insert(0, {!r}); import main\n"
        "rc = main.main(['--db', {!r}, 'demo'])\n"
        "print(rc, 'PySide6' in sys.modules)".format(str(ROOT), str(tmp_path / "d.db"))
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.stdout.split()[-2:] == ["0", "False"], r.stderr


def test_members_template_export_import_round_trip(tmp_path):
    db = tmp_path / "desk.db"
    run("demo", db=db)
    template = tmp_path / "template.xlsx"
    assert run("template", "members", str(template), db=db).returncode == 0
    assert openpyxl.load_workbook(template).sheetnames
    exported = tmp_path / "members.xlsx"
    r = run("export", "members", str(exported), db=db)
    assert r.returncode == 0, r.stderr
    other = tmp_path / "other.db"
    r = run("import", str(exported), db=other)
    assert r.returncode == 0, r.stdout + r.stderr
    assert names_in(other) == names_in(db)
    r = run("import", str(exported), db=other)  # same file again: updates, no duplicates
    assert r.returncode == 0
    assert names_in(other) == names_in(db)


def test_import_with_errors_exits_1_and_writes_nothing(tmp_path):
    db = tmp_path / "desk.db"
    book = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "成员"
    ws.append(["姓名", "角色", "入职日期"])
    ws.append(["张三", "编辑", "2026-01-05"])
    ws.append(["李四", "编辑", "2026-13-01"])
    wb.save(book)
    r = run("import", str(book), db=db, lang="zh")
    assert r.returncode == 1
    assert "成员!3" in r.stdout + r.stderr and "2026-13-01" in r.stdout + r.stderr
    r = run("import", str(book), "--dry-run", db=db)
    assert r.returncode == 1
    assert names_in(db) == []
    r = run("import", str(book), "--skip-errors", db=db)
    assert r.returncode == 0
    assert names_in(db) == ["张三"]


def test_unusable_file_exits_2(tmp_path):
    db = tmp_path / "desk.db"
    fake = tmp_path / "fake.xlsx"
    fake.write_text("姓名,角色\n张三,编辑\n", encoding="utf-8")
    r = run("import", str(fake), db=db, lang="zh")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert names_in(db) == []


def test_kinds_lists_members(tmp_path):
    r = run("kinds", db=tmp_path / "k.db")
    assert r.returncode == 0 and "members" in r.stdout


@pytest.mark.parametrize("lang, word", [("zh", "示例数据"), ("en", "Sample data")])
def test_messages_follow_the_language(tmp_path, lang, word):
    assert word in run("demo", db=tmp_path / "x.db", lang=lang).stdout


def test_adcheck_prints_hits_and_exits_1_on_a_blocking_one(tmp_path):
    """R-2.1: `main.py adcheck` for scripts; nothing printed for a clean text."""
    db = tmp_path / "ad.db"
    r = run("adcheck", "全网最低价，国家级品质", db=db, lang="zh")
    assert r.returncode == 1
    lines = r.stdout.strip().splitlines()
    assert {line.split("\t")[0] for line in lines} >= {"国家级"}
    assert all(len(line.split("\t")) == 5 for line in lines)
    r = run("adcheck", "第一季度上新，最近很受欢迎", db=db)
    assert (r.returncode, r.stdout) == (0, "")
    text = tmp_path / "copy.txt"
    text.write_text("顶级原料", encoding="utf-8")
    assert run("adcheck", "--file", str(text), db=db).returncode == 1
    env = dict(os.environ, LANG="en_US.UTF-8")
    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "adcheck", "-"],
        input="最近上新", capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert (r.returncode, r.stdout) == (0, "")
    assert run("adcheck", db=db).returncode == 2


def test_appraisal_sheets_for_the_lead_only(tmp_path):
    """R-4.3: the team lead's workbook of a period's appraisal sheets."""
    db = tmp_path / "desk.db"
    assert run("demo", db=db).returncode == 0
    book = tmp_path / "sheets.xlsx"
    r = run("--as", "张伟", "appraisal-sheets", "--period", "2026-Q3", str(book), db=db)
    assert r.returncode == 2 and not book.exists()
    r = run("--as", "周敏", "appraisal-sheets", "--period", "2026-Q3", str(book), db=db)
    assert r.returncode == 0, r.stderr
    assert len(openpyxl.load_workbook(book).sheetnames) >= 2


def test_appraisal_items_go_through_export_and_import_for_the_lead_only(tmp_path):
    """R-4.3: the appraisals kind carries everyone's scores: --as must name the team lead."""
    db = tmp_path / "desk.db"
    assert run("demo", db=db).returncode == 0
    book = tmp_path / "items.xlsx"
    r = run("--as", "张伟", "export", "appraisals", str(book), db=db)
    assert r.returncode == 2 and "team lead" in r.stderr and not book.exists()
    r = run("--as", "周敏", "export", "appraisals", str(book), db=db)
    assert r.returncode == 0, r.stderr
    assert openpyxl.load_workbook(book).active.max_row > 50
    r = run("--as", "周敏", "import", "--dry-run", str(book), db=db)
    assert r.returncode == 0, r.stderr
    assert "96 unchanged, 0 conflicts, 0 in error" in r.stdout
