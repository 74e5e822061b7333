"""Wording of the core's messages in English and Chinese.

The core raises errors with a code and parameters (see errors.py). The headless command line
cannot use Qt's translator, so the wording of these domain messages lives here, in both
languages, and the GUI shows the same text (it passes its own language). Strings that belong
to widgets go through Qt's ``tr()`` instead. A test checks that every code has both.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

LANGUAGES = ("zh_CN", "en")
_current = "en"


def detect_language(env: Mapping[str, str] | None = None) -> str:
    """zh_CN when the system locale is Chinese, English otherwise (POSIX variables)."""
    env = os.environ if env is None else env
    for key in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(key, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def normalize_language(lang: str | None) -> str:
    if not lang:
        return detect_language()
    return "zh_CN" if lang.lower().replace("-", "_").startswith("zh") else "en"


def set_language(lang: str | None) -> str:
    global _current
    _current = normalize_language(lang)
    return _current


def language() -> str:
    return _current


# Field names that messages mention; kinds of the Excel exchange add theirs.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Name", "姓名"),
    "roles": ("Roles", "角色"),
    "email": ("Email", "邮箱"),
    "phone": ("Phone", "电话"),
    "department": ("Department", "部门"),
    "joined_on": ("Joined on", "入职日期"),
    "active": ("Active", "在职"),
    "notes": ("Notes", "备注"),
}

CATALOG: dict[str, tuple[str, str]] = {
    "error": ("Something went wrong.", "出错了。"),
    "invalid": ("The value of {field} is not valid.", "「{field}」的值无效。"),
    "unknown_field": ("Unknown field {field}.", "未知字段「{field}」。"),
    "required": ("{field} is required.", "「{field}」不能为空。"),
    "too_long": ("{field} may have at most {max} characters.", "「{field}」最多 {max} 个字符。"),
    "duplicate_name": (
        "A member named “{value}” already exists.",
        "已存在名为“{value}”的成员。",
    ),
    "roles_required": ("Choose at least one role.", "请至少选择一个角色。"),
    "bad_email": ("“{value}” is not an email address.", "“{value}”不是有效的邮箱地址。"),
    "bad_date": ("“{value}” is not a date.", "“{value}”不是有效的日期。"),
    "not_found": ("The record no longer exists.", "该记录已不存在。"),
    "still_referenced": (
        "Other records still refer to this one, so it stays in the trash. Restore it, or "
        "deactivate it instead of deleting it for good.",
        "仍有其他记录引用它，因此保留在回收站中。可以恢复它，或改为停用而不是彻底删除。",
    ),
    "not_in_trash": ("The record is not in the trash.", "该记录不在回收站中。"),
    "permission_denied": ("You may not do this.", "您没有执行此操作的权限。"),
    "workflow": ("This step is not allowed now.", "当前不允许此操作。"),
    "conflict": (
        "Someone else changed this record since you opened it.",
        "自您打开以来，此记录已被他人修改。",
    ),
    "cancelled": ("Cancelled; nothing was changed.", "已取消，未做任何更改。"),
    "schema_too_new": (
        "This database was written by a newer version of Marketing Desk (schema {found}; "
        "this version knows up to {supported}). Please update the app; the file was not "
        "opened or changed.",
        "此数据库由更新版本的营销工作台创建（结构版本 {found}，当前版本最高支持 {supported}）。"
        "请先升级程序；文件未被打开或修改。",
    ),
    "db_unusable": (
        "Cannot open the database {path}: {reason}",
        "无法打开数据库 {path}：{reason}",
    ),
    "db_not_sqlite": (
        "{path} is not a Marketing Desk database file.",
        "{path} 不是营销工作台的数据库文件。",
    ),
    "not_our_backup": (
        "{path} is not a Marketing Desk backup.",
        "{path} 不是营销工作台的备份文件。",
    ),
    "backup_sqlite_only": (
        "Backup and restore work on a local database file only.",
        "备份与恢复仅适用于本地数据库文件。",
    ),
    # command line
    "cli_backup_done": ("Backup written to {path}.", "备份已保存到 {path}。"),
    "cli_restore_done": (
        "Database restored from {src}; the previous data was kept in {safety}.",
        "已从 {src} 恢复数据库；原数据已保存为 {safety}。",
    ),
    "cli_demo_done": (
        "Sample data added: {members} members, {courses} courses with {training_records} "
        "training records, {topics} topics with {drafts} draft versions and {publications} "
        "publications, {reviews} items in review, {kpi_values} KPI values, {kpi_goals} goals "
        "and {appraisals} appraisals.",
        "已添加示例数据：{members} 名成员，{courses} 门课程及 {training_records} 条培训记录，"
        "{topics} 个选题及 {drafts} 个稿件版本、{publications} 条发布计划，{reviews} 项审核，"
        "{kpi_values} 条 KPI 数据，{kpi_goals} 个目标，{appraisals} 份绩效考核。",
    ),
    "cli_demo_exists": (
        "The database already has members; sample data not added.",
        "数据库中已有成员，未添加示例数据。",
    ),
    "cli_adcheck_no_text": (
        "Give the text to check, --file FILE, or - to read standard input.",
        "请给出要检查的文本、--file 文件，或用 - 从标准输入读取。",
    ),
    "cli_file_missing": ("File not found: {path}", "找不到文件：{path}"),
    "cli_unknown_kind": (
        "Unknown kind “{kind}”. Known kinds: {kinds}",
        "未知的数据类型“{kind}”。可用类型：{kinds}",
    ),
}


def register(messages: Mapping[str, tuple[str, str]]) -> None:
    """Add the messages of a domain module (each module keeps its wording near its rules)."""
    CATALOG.update(messages)


def register_fields(labels: Mapping[str, tuple[str, str]]) -> None:
    FIELD_LABELS.update(labels)


def field_label(field: str, lang: str | None = None) -> str:
    lang = normalize_language(lang or _current)
    en, zh = FIELD_LABELS.get(field, (field, field))
    return zh if lang == "zh_CN" else en


def text(code: str, lang: str | None = None, **params: Any) -> str:
    """The message for ``code`` in ``lang`` (default: the current language)."""
    lang = normalize_language(lang or _current)
    en, zh = CATALOG.get(code, CATALOG["error"])
    template = zh if lang == "zh_CN" else en
    if "field" in params:
        params = dict(params, field=field_label(str(params["field"]), lang))
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
