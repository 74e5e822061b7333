"""The ``members`` kind: team members in workbooks (R-4.1), the first kind of the exchange."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models import team
from models.exchange.kinds import Choice, Column, ColumnType, Kind, register_kind
from models.team import ROLE_NAMES, Member

ROLE_CHOICES = tuple(
    Choice(role.value, en, zh, others) for role, (en, zh, others) in ROLE_NAMES.items()
)


def _roles_to_cell(stored: Any, lang: str) -> str:
    sep = "、" if lang.startswith("zh") else ", "
    return sep.join(team.role_label(r, lang) for r in team.decode_roles(stored))


def clean_member_field(name: str, value: Any) -> Any:
    """team.clean's rules, field by field.

    The name's uniqueness is left out here: team.clean asks the database once per name,
    while the import matches every row against all members at once (a row whose name is a
    member's is an update of that member) and reports names used twice in the file.
    """
    if name == "name":
        return team.clean_name(value)
    return team.FIELD_RULES[name](value)


def member_field_rule(name: str) -> Callable[[Any], Any]:
    """clean_member_field of one field, found once per column."""
    return team.clean_name if name == "name" else team.FIELD_RULES[name]


MEMBERS = register_kind(
    Kind(
        name="members",
        zh="团队成员",
        en="Members",
        model=Member,
        natural_key=("name",),
        clean_field=clean_member_field,
        field_rule=member_field_rule,
        sheet_aliases=("成员", "成员名单", "花名册", "人员名单", "团队", "team", "roster"),
        order_by=("name",),
        columns=(
            Column(
                "name",
                "姓名",
                "Name",
                required=True,
                aliases=("成员", "成员姓名", "员工姓名", "名字", "full name", "member"),
                example="张伟",
                example_en="Zhang Wei",
                width=12,
            ),
            Column(
                "roles",
                "角色",
                "Roles",
                ColumnType.MULTI_CHOICE,
                required=True,
                aliases=("岗位", "职位", "职务", "职责", "role", "position"),
                choices=ROLE_CHOICES,
                lookup=team.parse_role,
                to_cell=_roles_to_cell,
                example="内容策划、数据分析",
                example_en="Content planner, Data analyst",
                width=26,
            ),
            Column(
                "email",
                "邮箱",
                "Email",
                aliases=("电子邮箱", "邮件", "邮箱地址", "e-mail", "mail"),
                example="zhangwei@example.com",
                width=26,
            ),
            Column(
                "phone",
                "电话",
                "Phone",
                aliases=("手机", "手机号", "手机号码", "联系电话", "电话号码", "mobile", "tel"),
                example="13800000000",
                width=16,
            ),
            Column(
                "department",
                "部门",
                "Department",
                aliases=("所属部门", "dept"),
                example="市场部",
                example_en="Marketing",
                width=14,
            ),
            Column(
                "joined_on",
                "入职日期",
                "Joined on",
                ColumnType.DATE,
                aliases=("入职时间", "入职", "加入日期", "join date", "start date", "joined"),
                example="2026-11-26",
                width=14,
            ),
            Column(
                "active",
                "在职",
                "Active",
                ColumnType.BOOL,
                aliases=("是否在职", "在职状态", "状态", "在职情况", "status"),
                true_words=("在职", "active"),
                false_words=("离职", "已离职", "inactive", "left"),
                example="是",
                example_en="Yes",
                width=8,
            ),
            Column(
                "notes",
                "备注",
                "Notes",
                ColumnType.LONGTEXT,
                aliases=("说明", "note", "remark", "remarks", "comment"),
                example="负责公众号",
                example_en="Runs the WeChat account",
                width=36,
            ),
        ),
    )
)
