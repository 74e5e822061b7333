"""A later kind plugs in by declaring its columns: numbers, times, choices, member names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from peewee import CharField, DateTimeField, FloatField, IntegerField

from models import team
from models.base import Actor, AuditEntry, Record
from models.errors import ValidationError
from models.exchange import (
    Choice,
    Column,
    ColumnType,
    Kind,
    RowStatus,
    apply,
    export,
    get_kind,
    preview,
    register_kind,
    write_template,
)
from models.exchange import kinds as kinds_module
from models.team import Role


class Workshop(Record):
    """A training workshop (a stand-in for the courses kind of a later issue)."""

    title = CharField(max_length=100)
    hours = FloatField(null=True)
    seats = IntegerField(null=True)
    starts_at = DateTimeField(null=True)
    level = CharField(max_length=20, default="")
    trainer = CharField(max_length=36, default="")


def _clean(name: str, value: Any) -> Any:
    if name == "seats" and value is not None and value < 0:
        raise ValidationError("invalid", field="seats")
    return value


LEVELS = (Choice("basic", "Basic", "初级", ("入门",)), Choice("advanced", "Advanced", "高级"))

WORKSHOPS = Kind(
    name="workshops",
    zh="培训",
    en="Workshops",
    model=Workshop,
    natural_key=("title",),
    clean_field=_clean,
    columns=(
        Column("title", "课程名称", "Title", required=True, aliases=("课程",)),
        Column("hours", "学时", "Hours", ColumnType.NUMBER, example="3"),
        Column("seats", "名额", "Seats", ColumnType.INT),
        Column("starts_at", "开始时间", "Starts at", ColumnType.DATETIME),
        Column("level", "级别", "Level", ColumnType.CHOICE, choices=LEVELS),
        Column("trainer", "讲师", "Trainer", ColumnType.MEMBER_REF),
    ),
)


@pytest.fixture
def workshops(db: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Kind]:
    db.create_tables([Workshop])
    monkeypatch.setattr(kinds_module, "_KINDS", dict(kinds_module._KINDS))
    yield register_kind(WORKSHOPS)


def sheet_file(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "培训"
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_declared_kind_imports_numbers_times_choices_and_members(
    workshops: Kind, tmp_path: Path, actor: Actor
) -> None:
    zhang = team.add_member(actor, "张伟", [Role.EDITOR])
    path = sheet_file(
        tmp_path / "w.xlsx",
        [
            ["课程", "学时", "名额", "开始时间", "级别", "讲师"],
            ["SEO 实操", "3小时", "１２", "2026/11/20 14:00", "入门", "张伟"],
            ["SEM 进阶", 1.5, 30, datetime(2026, 12, 1, 9, 30), "高级", ""],
            ["直播带货", "两小时", "2.5", "2026-13-01 10:00", "专家", "李雷"],
            ["短视频", None, -5, None, None, None],
        ],
    )
    result = preview(path)
    (sheet,) = result.sheets
    assert sheet.kind is workshops
    first, second, bad, negative = sheet.rows
    assert first.values == {
        "title": "SEO 实操",
        "hours": 3.0,
        "seats": 12,
        "starts_at": datetime(2026, 11, 20, 14, 0),
        "level": "basic",
        "trainer": zhang.uid,
    }
    assert second.status is RowStatus.NEW and second.values["level"] == "advanced"
    codes = {e.header: e.code for e in bad.errors}
    assert codes == {
        "学时": "bad_number",
        "名额": "not_integer",
        "开始时间": "bad_date",
        "级别": "bad_choice",
        "讲师": "unknown_member",
    }
    by_header = {e.header: e.message("zh_CN") for e in bad.errors}
    assert by_header["讲师"] == "第 4 行「讲师」：没有名为“李雷”的成员"
    assert by_header["级别"] == "第 4 行「级别」：“专家”不在可选值中：初级、高级"
    assert negative.errors[0].code == "invalid"  # the kind's own rule
    done = apply(result, actor, skip_errors=True)
    assert done.created == 2 and Workshop.select().count() == 2
    assert AuditEntry.select().where(AuditEntry.table == "workshop").count() == 2


def test_a_declared_kind_exports_and_templates(
    workshops: Kind, tmp_path: Path, actor: Actor
) -> None:
    zhang = team.add_member(actor, "张伟", [Role.EDITOR])
    Workshop.create(
        title="SEO", hours=2.5, seats=12, starts_at=datetime(2026, 11, 20, 14), trainer=zhang.uid
    )
    path = tmp_path / "e.xlsx"
    assert export(get_kind("workshops"), path, "zh_CN") == 1
    sheet = openpyxl.load_workbook(path)["培训"]
    row = {sheet.cell(1, c).value: sheet.cell(2, c) for c in range(1, 9)}
    assert row["学时"].value == 2.5 and row["学时"].data_type == "n"
    assert row["名额"].value == 12
    assert row["开始时间"].is_date and "hh:mm" in row["开始时间"].number_format
    assert row["讲师"].value == "张伟"
    assert preview(path).sheets[0].rows[0].status is RowStatus.UNCHANGED
    template = openpyxl.load_workbook(write_template(workshops, tmp_path / "t.xlsx", "zh_CN"))
    lists = {str(v.sqref): v.formula1 for v in template["培训"].data_validations.dataValidation}
    assert lists["E2:E1048576"] == "'_lists'!$A$1:$A$2"  # levels
    assert lists["F2:F1048576"] == "'_lists'!$B$1:$B$1"  # members' names
    assert template["_lists"]["B1"].value == "张伟"
