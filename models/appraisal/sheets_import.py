"""Reading the lead's appraisal workbook back (R-4.3): preview every change, then apply it
in one transaction.

Each member sheet's rows are found by the keys in hidden column J, so inserted or moved
rows do not matter. What is read: KPI actuals (a changed one is marked as corrected by the
lead), the lead's ratings, item comments, the lead's comment, the interview (date, reward or
penalty, strengths, points to improve) and the development plan (a blank line with text
adds an action). Scores, totals and grades in the file are ignored: the preview shows the
totals and grades the app computes from the new values. The self-assessment (the member's
own words) and the training needs (linked records) are not read.

A value changed in the file for a record that was also changed in the app since the export
is a conflict: the app's value stays and the preview lists it. A final appraisal refuses
changes (reopen it first). The import changes content only, never an appraisal's state.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from models import base, messages
from models.appraisal import visibility
from models.appraisal.cycles import touch
from models.appraisal.schema import Appraisal, AppraisalItem, DevelopmentAction, State
from models.appraisal.sheet_reader import (
    FieldChange,
    MemberChanges,
    SheetProblem,
    SheetReader,
    SheetsPreview,
    cell_at,
    row_key,
)
from models.appraisal.sheet_text import KEY_COL
from models.appraisal.views import build_rows
from models.base import Actor
from models.db import write
from models.errors import DeskError, WorkflowError
from models.exchange import safety
from models.exchange.reader import Book
from models.team import Member

messages.register(
    {
        "sheets_not_ours": (
            "{file} is not an appraisal workbook exported by this app (no appraisal found).",
            "{file} 不是本程序导出的考核工作簿（未找到考核数据）。",
        ),
        "sheets_unknown": (
            "The appraisal on this sheet no longer exists here; the sheet was skipped.",
            "本工作表对应的考核在程序中已不存在，已跳过。",
        ),
        "sheets_problem": (
            "Sheet “{sheet}”, cell {cell}: {detail}",
            "工作表“{sheet}”{cell} 单元格：{detail}",
        ),
        "sheets_has_errors": (
            "{file} has {count} problems; fix them and preview again. Nothing was imported.",
            "{file} 中有 {count} 处问题，请修正后重新预览。未导入任何内容。",
        ),
        "sheets_stale": (
            "The appraisal of {name} changed while the preview was open; preview the file again.",
            "预览期间 {name} 的考核已被修改；请重新预览该文件。",
        ),
    }
)


class SheetsImportFailed(DeskError):
    """The workbook cannot be imported; ``code`` says why, nothing was written."""

    code = "sheets_has_errors"


def preview_sheets(actor: Actor, path: str | os.PathLike[str]) -> SheetsPreview:
    """Read the workbook and list what would change; nothing is written (team lead only)."""
    visibility.require_lead(actor)
    source = Path(path).expanduser()
    info = safety.inspect(source)
    out = SheetsPreview(source.name)
    with Book(info) as book:
        for sheet in info.sheets:
            if not sheet.is_worksheet or sheet.part is None:
                continue
            rows = book.load(sheet).rows
            kind, uid, version = row_key(cell_at(rows, 0, KEY_COL))
            if kind != "a" or uid is None:
                continue
            found = Appraisal.alive().where(Appraisal.uid == uid).first()
            if found is None:
                out.errors.append(SheetProblem(sheet.name, "A1", "sheets_unknown", {}))
                continue
            SheetReader(out, sheet.name, rows, build_rows([found])[0], version).read()
    if not out.members and not out.errors:
        raise SheetsImportFailed("sheets_not_ours", file=source.name)
    return out


def _current(change: FieldChange) -> Any:
    """The stored value now, as the preview read it (for the staleness check)."""
    if change.record == "item":
        return getattr(AppraisalItem.by_uid(change.record_uid or ""), change.field)
    if change.record == "appraisal":
        return getattr(Appraisal.by_uid(change.record_uid or ""), change.field)
    if change.record == "action":
        x = DevelopmentAction.by_uid(change.record_uid or "")
        if change.field == "owner":
            owner = Member.get_or_none(Member._meta.primary_key == x.owner_id)
            return owner.uid if owner else None
        return getattr(x, change.field)
    return None


def apply_sheets(actor: Actor, preview: SheetsPreview) -> int:
    """Write the previewed changes in one transaction; returns how many values changed.

    Refused when the preview has problems, when an appraisal became final, or when a value
    changed in the app since the preview (preview again then).
    """
    visibility.require_lead(actor)
    if preview.errors:
        raise SheetsImportFailed(
            "sheets_has_errors", file=preview.file_name, count=len(preview.errors)
        )
    note = f"import: {preview.file_name}"
    count = 0
    with write():
        for m in preview.changed:
            appraisal = Appraisal.by_uid(m.appraisal_uid)
            if appraisal.state == State.FINAL.value:
                raise WorkflowError("appraisal_locked", name=m.member_name)
            grouped: dict[tuple[str, str | None], dict[str, Any]] = {}
            for ch in m.changes:
                if ch.record != "new_action" and _current(ch) != ch.old:
                    raise WorkflowError("sheets_stale", name=m.member_name)
                grouped.setdefault((ch.record, ch.record_uid), {})
                if ch.record == "new_action":
                    _add_action(actor, appraisal, ch.new)
                else:
                    grouped[(ch.record, ch.record_uid)][ch.field] = ch.new
                count += 1
            for (record, uid), values in grouped.items():
                if uid is not None and values:
                    _write(actor, record, uid, values, note)
            touch(appraisal)
    return count


def _write(actor: Actor, record: str, uid: str, values: dict[str, Any], note: str) -> None:
    if record == "item":
        if "actual" in values:
            values["actual_source"] = "manual" if values["actual"] is not None else ""
        base.update(AppraisalItem, uid, values, None, actor, note=note)
    elif record == "appraisal":
        base.update(Appraisal, uid, values, None, actor, note=note)
    elif record == "action":
        if "owner" in values:
            values["owner"] = Member.by_uid(values["owner"]) if values["owner"] else None
        base.update(DevelopmentAction, uid, values, None, actor, note=note)


def _add_action(actor: Actor, appraisal: Appraisal, value: dict[str, Any]) -> None:
    owner = Member.by_uid(value["owner"]) if value["owner"] else appraisal.member
    position = DevelopmentAction.alive().where(DevelopmentAction.appraisal == appraisal).count()
    base.create(
        DevelopmentAction, actor, appraisal=appraisal, position=position,
        action=value["action"], owner=owner, due_on=value["due_on"],
    )  # fmt: skip


__all__ = [
    "FieldChange",
    "MemberChanges",
    "SheetProblem",
    "SheetsImportFailed",
    "SheetsPreview",
    "apply_sheets",
    "preview_sheets",
]
