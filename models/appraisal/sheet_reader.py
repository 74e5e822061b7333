"""Comparing one member sheet of the lead's workbook with its appraisal (R-4.3).

Rows are found by their keys in hidden column J (see sheet_layout.py); each value read is
compared with the stored one and listed as a change, or as a conflict when the record was
changed in the app since the export (its version differs from the one in the key). The
totals and grades after the change are computed with the app's own rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from models import messages
from models.appraisal.schema import State, parse_reward, reward_label
from models.appraisal.sheet_text import KEY_COL, t
from models.appraisal.views import AppraisalRow, ItemRow, grade_of, rescored, total_of
from models.errors import ValidationError
from models.exchange import values as V
from models.exchange.reader import column_letter
from models.team import Member
from models.text import normalize

DONE_WORDS = {normalize(w) for w in ("done", "完成", "已完成", "是", "√", "yes", "y")}
MANUAL_MARKS = tuple(messages.text("sheet_manual", lang) for lang in ("zh_CN", "en"))


@dataclass(frozen=True)
class FieldChange:
    """One value the file changes: where, what, old → new (values as stored)."""

    sheet: str
    cell: str
    record: str  # "appraisal", "item", "action" or "new_action"
    record_uid: str | None
    field: str
    subject: str  # the item's name, or the plan line's number
    label_code: str
    old: Any
    new: Any

    def label(self, lang: str | None = None) -> str:
        name = t(self.label_code, messages.normalize_language(lang))
        return f"{self.subject} · {name}" if self.subject else name

    def shown(self, value: Any, lang: str | None = None) -> str:
        """A value of this change as the preview shows it (names, labels, dates)."""
        lang = messages.normalize_language(lang)
        if value is None or value == "":
            return "—"
        if self.record == "new_action" and isinstance(value, dict):
            return str(value["action"])
        if self.field == "reward":
            return reward_label(value, lang)
        if self.field == "owner":
            found = Member.select(Member.name).where(Member.uid == value).scalar()
            return str(found or value)
        if isinstance(value, bool):
            return t("sheet_done" if value else "sheet_open", lang)
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def shown_old(self, lang: str | None = None) -> str:
        return self.shown(self.old, lang)

    def shown_new(self, lang: str | None = None) -> str:
        return self.shown(self.new, lang)


@dataclass(frozen=True)
class SheetProblem:
    """A cell the import cannot take, named by sheet and cell."""

    sheet: str
    cell: str
    code: str
    params: dict[str, Any]

    def message(self, lang: str | None = None) -> str:
        """Where and what: 工作表“张伟”G12 单元格：评分应在 1 到 5 之间…"""
        code = f"cell_{self.code}" if f"cell_{self.code}" in messages.CATALOG else self.code
        detail = messages.text(code, lang, **self.params)
        return messages.text(
            "sheets_problem", lang, sheet=self.sheet, cell=self.cell, detail=detail
        )


@dataclass
class MemberChanges:
    """A member sheet's changes, conflicts and the totals before and after."""

    appraisal_uid: str
    member_name: str
    sheet: str
    state: State
    changes: list[FieldChange] = field(default_factory=list)
    conflicts: list[FieldChange] = field(default_factory=list)
    old_total: float | None = None
    new_total: float | None = None
    old_grade: str | None = None
    new_grade: str | None = None


@dataclass
class SheetsPreview:
    """What importing a workbook would change, and what stops it (``errors``)."""

    file_name: str
    members: list[MemberChanges] = field(default_factory=list)
    errors: list[SheetProblem] = field(default_factory=list)

    @property
    def changed(self) -> list[MemberChanges]:
        return [m for m in self.members if m.changes]

    @property
    def is_clean(self) -> bool:
        return not self.errors

    @property
    def change_count(self) -> int:
        return sum(len(m.changes) for m in self.members)


def cell_at(rows: list[list[Any]], r: int, c: int) -> Any:
    return rows[r][c] if r < len(rows) and c < len(rows[r]) else None


def _same(old: Any, new: Any) -> bool:
    """Equal as the file can hold them: Excel keeps 15 significant digits of a number."""
    if old in (None, "") and new in (None, ""):
        return True
    if isinstance(old, int | float) and isinstance(new, int | float):
        return abs(old - new) <= 1e-9 * max(1.0, abs(old))
    return bool(old == new)


def row_key(raw: Any) -> tuple[str, str | None, int | None]:
    parts = str(raw or "").split("|")
    kind = parts[0]
    uid = parts[1] if len(parts) > 1 and parts[1] else None
    version = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
    return kind, uid, version


class SheetReader:
    """Compares one member sheet with the appraisal it was exported from."""

    def __init__(
        self, out: SheetsPreview, name: str, rows: list[list[Any]], row: AppraisalRow, v: int | None
    ):
        self.out, self.name, self.rows, self.a, self.version = out, name, rows, row, v
        self.items = {i.uid: i for i in row.items}
        self.actions = {x.uid: x for x in row.actions}
        self.m = MemberChanges(row.uid, row.member_name, name, row.state)
        self.new_items: dict[str, ItemRow] = dict(self.items)

    def problem(self, r: int, c: int, exc: ValidationError) -> None:
        cell = f"{column_letter(c)}{r + 1}"
        self.out.errors.append(SheetProblem(self.name, cell, exc.code, dict(exc.params)))

    def parse(self, r: int, c: int, how: str) -> Any:
        raw = cell_at(self.rows, r, c)
        try:
            if V.is_empty(raw):
                return "" if how == "text" else None
            if how == "number":
                return V.parse_number(raw)
            if how == "date":
                return V.parse_date(raw)
            return V.parse_text(raw)
        except ValidationError as exc:
            self.problem(r, c, exc)
            raise

    def note(
        self, r: int, c: int, record: str, uid: str | None, fld: str, subject: str, code: str,
        old: Any, new: Any, version: int | None, current: int | None,
    ) -> None:  # fmt: skip
        if _same(old, new):
            return
        change = FieldChange(self.name, f"{column_letter(c)}{r + 1}", record, uid, fld, subject,
                             code, old, new)  # fmt: skip
        if version is not None and current is not None and version != current:
            self.m.conflicts.append(change)
        else:
            self.m.changes.append(change)

    def read(self) -> None:
        a = self.a
        for r in range(1, len(self.rows)):
            kind, uid, version = row_key(cell_at(self.rows, r, KEY_COL))
            try:
                if kind in ("k", "q") and uid in self.items:
                    self.item(r, self.items[uid], version)
                elif kind == "f" and uid is not None:
                    self.field(r, uid)
                elif kind == "d" and uid in self.actions:
                    self.action(r, uid, version)
                elif kind == "n":
                    self.new_action(r)
            except ValidationError:
                continue  # already listed as a problem of its cell
        items = tuple(self.new_items[i.uid] for i in a.items)
        self.m.old_total, self.m.old_grade = a.total, a.grade
        self.m.new_total = total_of(items)
        self.m.new_grade = grade_of(self.m.new_total, a.bands)
        if (self.m.changes or self.m.conflicts) and a.state is State.FINAL:
            self.out.errors.append(
                SheetProblem(self.name, "A1", "appraisal_locked", {"name": a.member_name})
            )
        self.out.members.append(self.m)

    def item(self, r: int, item: ItemRow, version: int | None) -> None:
        if item.kind.value == "kpi":
            actual = self.parse(r, 3, "number")
            self.note(r, 3, "item", item.uid, "actual", item.name, "col_actual", item.actual,
                      actual, version, item.version)  # fmt: skip
            self.new_items[item.uid] = rescored(self.new_items[item.uid], actual=actual)
        else:
            rating = self.parse(r, 6, "number")
            if rating is not None and not 1 <= rating <= item.top:
                exc = ValidationError("appraisal_bad_rating", value=f"{rating:g}", max=item.top)
                self.problem(r, 6, exc)
                raise exc
            self.note(r, 6, "item", item.uid, "rating", item.name, "col_rating", item.rating,
                      rating, version, item.version)  # fmt: skip
            self.new_items[item.uid] = rescored(self.new_items[item.uid], rating=rating)
        comment = self.parse(r, 8, "text")
        for mark in MANUAL_MARKS:
            comment = comment.removesuffix(mark).rstrip()
        self.note(r, 8, "item", item.uid, "comment", item.name, "col_comment", item.comment,
                  comment, version, item.version)  # fmt: skip

    def field(self, r: int, name: str) -> None:
        a, v = self.a, self.version
        if name in ("lead_comment", "strengths", "weaknesses"):
            text = self.parse(r, 2, "text")
            code = {"lead_comment": "sheet_lead_comment", "strengths": "sheet_strengths",
                    "weaknesses": "sheet_weaknesses"}[name]  # fmt: skip
            self.note(
                r, 2, "appraisal", a.uid, name, "", code, getattr(a, name), text, v, a.version
            )
        elif name == "interview":
            held = self.parse(r, 2, "date")
            self.note(r, 2, "appraisal", a.uid, "interview_on", "", "sheet_interview_on",
                      a.interview_on, held, v, a.version)  # fmt: skip
            text = self.parse(r, 6, "text")
            label, _, rest = text.replace(":", "：").partition("：")
            reward = parse_reward(label) if text else parse_reward("none")
            if reward is None:
                exc = ValidationError("appraisal_bad_reward", value=label)
                self.problem(r, 6, exc)
                raise exc
            self.note(r, 6, "appraisal", a.uid, "reward", "", "sheet_reward", a.reward.value,
                      reward.value, v, a.version)  # fmt: skip
            self.note(r, 6, "appraisal", a.uid, "reward_note", "", "sheet_reward", a.reward_note,
                      rest.strip(), v, a.version)  # fmt: skip

    def _owner(self, r: int) -> Member | None:
        name = self.parse(r, 5, "text")
        if not name:
            return None
        key = normalize(name)
        for m in Member.alive():
            if normalize(m.name) == key:
                return m
        exc = ValidationError("unknown_member", value=name)
        self.problem(r, 5, exc)
        raise exc

    def action(self, r: int, uid: str, version: int | None) -> None:
        x = self.actions[uid]
        text, owner = self.parse(r, 1, "text"), self._owner(r)
        done = normalize(self.parse(r, 7, "text")) in DONE_WORDS
        due = self.parse(r, 8, "date")
        for c, fld, code, old, new in (
            (1, "action", "col_action", x.action, text),
            (5, "owner", "col_owner", x.owner_uid, owner.uid if owner else None),
            (7, "done", "col_status", x.done, done),
            (8, "due_on", "col_due", x.due_on, due),
        ):
            if fld == "action" and not new:
                self.problem(r, c, exc := ValidationError("required", field="appraisal_action"))
                raise exc
            self.note(r, c, "action", uid, fld, f"#{x.position + 1}", code, old, new, version,
                      x.version)  # fmt: skip

    def new_action(self, r: int) -> None:
        text = self.parse(r, 1, "text")
        if not text:
            return
        owner = self._owner(r)
        due = self.parse(r, 8, "date")
        value = {"action": text, "owner": owner.uid if owner else None, "due_on": due}
        self.m.changes.append(
            FieldChange(
                self.name,
                f"B{r + 1}",
                "new_action",
                None,
                "new",
                f"#{r + 1}",
                "col_action",
                None,
                value,
            )  # fmt: skip
        )
