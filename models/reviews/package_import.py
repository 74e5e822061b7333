"""Importing a review package that comes back (R-5.4): decisions and comments merged by uid.

:func:`read_package` reads and checks the workbook and writes nothing; :func:`apply_package`
writes what it found in one transaction, comments first (so that a level's comments accepted
in the package no longer hold up its approval), then decisions, each through the workflow's
own services: the reviewer named in the file must be a member who may sign the level,
separation of duties holds, and the decision is recorded as theirs at the time they wrote
(the import itself is one more audit entry, naming who imported the file).

A decision is a *conflict*, reported and not applied, when the draft changed since the
package was made (another version is now under review) or the level was decided here in
the meantime. A row the workflow refuses (not a member, the wrong role, no comment…) is an
error, with its sheet, row and column; errors stop the import unless ``skip_errors``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from models import base, messages, team
from models.base import Actor
from models.db import write
from models.errors import DeskError, NotFound
from models.exchange import safety
from models.exchange import values as V
from models.exchange.apply import ImportFailed
from models.exchange.kinds import header_key
from models.exchange.reader import Book, column_letter
from models.exchange.results import CellError
from models.exchange.safety import ImportRefused
from models.reviews import comments as comments_mod
from models.reviews import workflow
from models.reviews.hits import draft_of
from models.reviews.package import (
    COMMENT_COLUMNS,
    ITEM_COLUMNS,
    MARKER,
    MARKER_SHEET,
    Col,
)
from models.reviews.schema import CommentStatus, Decision, ReviewComment
from models.reviews.status import state
from models.text import normalize
from models.topics.model import Topic

DECISION_WORDS = {
    Decision.APPROVE: ("通过", "同意", "批准", "approve", "approved", "ok", "pass"),
    Decision.CHANGES: ("退回修改", "退回", "修改", "需修改", "changes", "request changes"),
    Decision.REJECT: ("驳回", "拒绝", "不通过", "reject", "rejected"),
}
STATUS_WORDS = {
    CommentStatus.OPEN: ("待处理", "打开", "重新打开", "open", "reopen"),
    CommentStatus.ADDRESSED: ("已修改，待确认", "已修改待确认", "已修改", "addressed"),
    CommentStatus.RESOLVED: ("已解决", "解决", "确认", "resolved", "accepted", "done"),
    CommentStatus.WITHDRAWN: ("已撤回", "撤回", "withdrawn"),
}


def _lookup(words: dict[Any, tuple[str, ...]], extra: dict[Any, str]) -> dict[str, Any]:
    table = {normalize(w): key for key, names in words.items() for w in names}
    table |= {normalize(v): k for k, v in extra.items()}
    return table


@dataclass(frozen=True)
class PackageAction:
    """One change the package asks for: a decision, a new comment, or a comment's status."""

    sheet: str
    row: int
    kind: str  # decision, comment, accept, reopen, withdraw
    topic_uid: str
    topic_title: str
    member_uid: str
    member_name: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class PackagePreview:
    """What importing a package would do; nothing written."""

    path: Path
    package_uid: str
    actions: list[PackageAction] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    conflicts: list[CellError] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)  # topic uid → version it showed


@dataclass
class PackageResult:
    """What an import did."""

    file_name: str
    applied: list[PackageAction] = field(default_factory=list)
    conflicts: list[CellError] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)

    def message(self, lang: str | None = None) -> str:
        return messages.text(
            "pkg_done",
            lang,
            file=self.file_name,
            applied=len(self.applied),
            conflicts=len(self.conflicts),
            errors=len(self.errors),
        )


class _Sheet:
    """A sheet of the package with its columns found by header (either language)."""

    def __init__(self, name: str, rows: list[list[Any]], columns: tuple[Col, ...]) -> None:
        self.name = name
        self.rows = rows
        header = rows[0] if rows else []
        keys = {header_key(V.shown(v)): i for i, v in enumerate(header) if not V.is_empty(v)}
        self.index = {
            n: keys.get(header_key(c.zh), keys.get(header_key(c.en))) for n, c in enumerate(columns)
        }
        self.headers = [V.shown(v) for v in header]
        self.columns = columns

    def matches(self) -> bool:
        return all(i is not None for i in self.index.values())

    def value(self, row: list[Any], col: int) -> Any:
        i = self.index[col]
        return row[i] if i is not None and i < len(row) else None

    def text(self, row: list[Any], col: int) -> str:
        raw = self.value(row, col)
        return "" if raw is None or V.is_empty(raw) else V.parse_text(raw)

    def error(self, row: int, col: int, code: str, **params: Any) -> CellError:
        i = self.index[col] or 0
        header = self.headers[i] if i < len(self.headers) else ""
        return CellError(self.name, row, column_letter(i), header, code, params)


def _refused(sheet: _Sheet, row: int, col: int, exc: DeskError) -> CellError:
    detail = {lang: exc.message(lang) for lang in messages.LANGUAGES}
    return sheet.error(row, col, "pkg_refused", detail=detail)


def read_package(path: str | os.PathLike[str]) -> PackagePreview:
    """Read and check a review package; raises ImportRefused for a file that is not one."""
    info = safety.inspect(Path(path))
    by_name = {s.name: s for s in info.sheets}
    if MARKER_SHEET not in by_name:
        raise ImportRefused("pkg_not_package", file=info.path.name)
    with Book(info) as book:
        marker = {V.shown(r[0]): V.shown(r[1]) for r in book.load(by_name[MARKER_SHEET]).rows}
        if marker.get("kind") != MARKER:
            raise ImportRefused("pkg_not_package", file=info.path.name)
        sheets = [book.load(s) for s in info.sheets if s.name != MARKER_SHEET and s.part]
    preview = PackagePreview(info.path, marker.get("package", ""))
    for raw in sheets:
        items = _Sheet(raw.name, raw.rows, ITEM_COLUMNS)
        if items.matches():
            _read_items(items, preview)
    for raw in sheets:  # after the items: a new comment is on the version the package showed
        notes = _Sheet(raw.name, raw.rows, COMMENT_COLUMNS)
        if notes.matches():
            _read_comments(notes, preview)
    return preview


def _member(sheet: _Sheet, row: int, col: int, name: str, preview: PackagePreview) -> Any:
    member = team.find_by_name(name) if name else None
    if member is None:
        preview.errors.append(sheet.error(row, col, "pkg_unknown_member", value=name))
    return member


def _topic(sheet: _Sheet, row: int, uid: str, preview: PackagePreview) -> Topic | None:
    try:
        return Topic.by_uid(uid)
    except NotFound:
        preview.errors.append(sheet.error(row, 0, "pkg_unknown_topic", value=uid))
        return None


def decision_conflict(sheet: _Sheet, row: int, action: PackageAction) -> CellError | None:
    """The decision's draft changed, or its level was decided here, since the package."""
    now = state(action.topic_uid)
    seen, level = action.values["draft_number"], action.values["level"]
    if now.draft_number != seen:
        return sheet.error(
            row, 8, "pkg_draft_changed", title=action.topic_title, old=seen, new=now.draft_number
        )
    if now.status != "open" or now.pending is None or now.pending.name != level:
        text = {lang: now.text(lang) for lang in messages.LANGUAGES}
        return sheet.error(
            row, 6, "pkg_level_moved", title=action.topic_title, level=level, now=text
        )
    return None


def _read_items(sheet: _Sheet, preview: PackagePreview) -> None:
    words = _lookup(DECISION_WORDS, {d: messages.text(f"review_decision_{d.value}", "en")
                                     for d in Decision})  # fmt: skip
    for n, row in enumerate(sheet.rows[1:], start=2):
        shown = sheet.value(row, 8)
        if isinstance(shown, int | float) and sheet.text(row, 0):
            preview.versions[sheet.text(row, 0)] = int(shown)
        said = sheet.text(row, 12)
        if not said:
            continue
        decision = words.get(normalize(said))
        if decision is None:
            preview.errors.append(sheet.error(n, 12, "pkg_bad_decision", value=said))
            continue
        topic = _topic(sheet, n, sheet.text(row, 0), preview)
        member = _member(sheet, n, 11, sheet.text(row, 11), preview)
        comment = sheet.text(row, 13)
        if decision is not Decision.APPROVE and not comment:
            preview.errors.append(sheet.error(n, 13, "pkg_needs_comment"))
            continue
        if topic is None or member is None:
            continue
        try:
            number = V.parse_int(sheet.value(row, 8))
            at = V.parse_datetime(sheet.value(row, 14))
        except DeskError as exc:
            preview.errors.append(_refused(sheet, n, 8, exc))
            continue
        values = dict(
            decision=decision, draft_number=number, level=sheet.text(row, 6),
            comment=comment, at=at,
        )  # fmt: skip
        action = PackageAction(
            sheet.name, n, "decision", topic.uid, topic.title, member.uid, member.name, values
        )
        conflict = decision_conflict(sheet, n, action)
        if conflict is not None:
            preview.conflicts.append(conflict)
            continue
        refusal = workflow.decide_refusal(member.actor(), topic.uid, Decision.CHANGES)
        if refusal is not None:
            preview.errors.append(_refused(sheet, n, 11, refusal))
            continue
        preview.actions.append(action)


def _read_comments(sheet: _Sheet, preview: PackagePreview) -> None:
    words = _lookup(STATUS_WORDS, {s: messages.text(f"comment_status_{s.value}", "en")
                                   for s in CommentStatus})  # fmt: skip
    for n, row in enumerate(sheet.rows[1:], start=2):
        uid, body = sheet.text(row, 0), sheet.text(row, 6)
        if uid:
            _comment_status(sheet, n, row, uid, words, preview)
        elif body:
            _new_comment(sheet, n, row, body, preview)


def _comment_status(
    sheet: _Sheet, n: int, row: list[Any], uid: str, words: dict[str, Any], preview: PackagePreview
) -> None:
    said = sheet.text(row, 8)
    status = words.get(normalize(said)) if said else None
    if said and status is None:
        preview.errors.append(sheet.error(n, 8, "pkg_bad_status", value=said))
        return
    found = ReviewComment.alive().where(ReviewComment.uid == uid).first()
    if found is None:
        preview.errors.append(sheet.error(n, 0, "pkg_unknown_topic", value=uid))
        return
    current = CommentStatus(found.status)
    if status is None or status is current or status is CommentStatus.ADDRESSED:
        return
    kind = {
        CommentStatus.RESOLVED: "accept",
        CommentStatus.OPEN: "reopen",
        CommentStatus.WITHDRAWN: "withdraw",
    }[status]
    if kind in ("accept", "reopen") and current is not CommentStatus.ADDRESSED:
        preview.conflicts.append(
            sheet.error(n, 8, "pkg_comment_not_addressed", state=_status_words(current))
        )
        return
    member = _member(sheet, n, 5, sheet.text(row, 5), preview)
    if member is None:
        return
    topic = Topic.get_by_id(found.topic_id)
    preview.actions.append(
        PackageAction(sheet.name, n, kind, topic.uid, topic.title, member.uid, member.name,
                      {"comment_uid": uid})
    )  # fmt: skip


def _status_words(status: CommentStatus) -> dict[str, str]:
    return {lang: messages.text(f"comment_status_{status.value}", lang) for lang in ("zh_CN", "en")}


def _new_comment(sheet: _Sheet, n: int, row: list[Any], body: str, preview: PackagePreview) -> None:
    topic = _topic(sheet, n, sheet.text(row, 1), preview)
    member = _member(sheet, n, 5, sheet.text(row, 5), preview)
    if topic is None or member is None:
        return
    number = V.parse_int(sheet.value(row, 3)) if sheet.text(row, 3) else None
    number = number or preview.versions.get(topic.uid) or state(topic.uid).draft_number
    quote = sheet.text(row, 7)
    passage = None
    if quote and number:
        version = draft_of(topic, number)
        found = version.body.find(quote) if version is not None else -1
        if found < 0:
            preview.errors.append(sheet.error(n, 7, "pkg_quote_not_found", number=number))
            return
        passage = comments_mod.Passage(found, found + len(quote), draft_number=number)
    values = {"body": body, "passage": passage}
    preview.actions.append(
        PackageAction(sheet.name, n, "comment", topic.uid, topic.title, member.uid, member.name,
                      values)
    )  # fmt: skip


ORDER = {"comment": 0, "accept": 1, "reopen": 1, "withdraw": 1, "decision": 2}


def apply_package(
    preview: PackagePreview, importer: Actor, *, skip_errors: bool = False
) -> PackageResult:
    """Write the package's changes in one transaction (module docstring)."""
    if preview.errors and not skip_errors:
        raise ImportFailed(
            "import_has_errors", preview.errors, file=preview.path.name, count=len(preview.errors)
        )
    result = PackageResult(preview.path.name, [], list(preview.conflicts), list(preview.errors))
    with write():
        for action in sorted(preview.actions, key=lambda a: (ORDER[a.kind], a.sheet, a.row)):
            sheet = _Sheet(action.sheet, [], ITEM_COLUMNS)
            try:
                with write():  # a savepoint: a refused row leaves the others
                    if action.kind == "decision":
                        conflict = decision_conflict(sheet, action.row, action)
                        if conflict is not None:
                            result.conflicts.append(conflict)
                            continue
                    _apply(action)
                result.applied.append(action)
            except DeskError as exc:
                result.errors.append(_refused(sheet, action.row, 0, exc))
        base.audit(
            importer,
            "review_package",
            table="review_package",
            record_uid=preview.package_uid or base.new_uid(),
            note=f"{preview.path.name}: {len(result.applied)} applied, "
            f"{len(result.conflicts)} conflicts, {len(result.errors)} errors",
        )
    return result


def _apply(action: PackageAction) -> None:
    actor = Actor(action.member_uid, action.member_name)
    v = action.values
    if action.kind == "decision":
        workflow.decide(
            actor,
            action.topic_uid,
            v["decision"],
            draft_number=v["draft_number"],
            level=v["level"],
            comment=v["comment"],
            at=v["at"] if isinstance(v["at"], datetime) else None,
        )
    elif action.kind == "comment":
        comments_mod.add_comment(actor, action.topic_uid, v["body"], passage=v["passage"])
    elif action.kind == "accept":
        comments_mod.accept(actor, v["comment_uid"])
    elif action.kind == "reopen":
        comments_mod.reopen(actor, v["comment_uid"])
    else:
        comments_mod.withdraw(actor, v["comment_uid"])


def import_package(
    path: str | os.PathLike[str], importer: Actor, *, skip_errors: bool = False
) -> PackageResult:
    """Read and apply a package in one go (the command line)."""
    return apply_package(read_package(path), importer, skip_errors=skip_errors)
