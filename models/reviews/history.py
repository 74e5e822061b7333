"""The review history of a topic, read from the append-only audit log, and its export to
Excel for a compliance self-audit (R-5.4, R-7.3).

Every submission, decision, comment step and waiver writes an audit entry in the same
transaction (workflow.py, comments.py, hits.py); this module only reads them. An entry's
time is the time of the act it records (a decision made elsewhere and imported from a
review package keeps the reviewer's time), else the time it was written.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from models import messages
from models.base import AuditEntry
from models.reviews.report import Col, Report
from models.reviews.schema import (
    AdlawWaiver,
    ContentField,
    ReviewComment,
    ReviewDecision,
    ReviewRound,
)
from models.topics.model import Stage, Topic

# audit action → event shown
EVENTS = {
    "review_submit": "submitted",
    "review_resubmit": "resubmitted",
    "review_edited": "edited",
    "review_carry": "carried",
    "review_approve": "approved",
    "review_changes": "changes_requested",
    "review_reject": "rejected",
    "comment_raise": "comment_raised",
    "comment_address": "comment_addressed",
    "comment_accept": "comment_accepted",
    "comment_reopen": "comment_reopened",
    "comment_withdraw": "comment_withdrawn",
    "adlaw_waive": "hit_waived",
    "adlaw_unwaive": "waiver_revoked",
    "stage": "stage_moved",
}
TABLES = ("review_round", "review_decision", "review_comment", "adlaw_waiver", "topic")

messages.register(
    {
        "history_submitted": ("Submitted", "送审"),
        "history_resubmitted": ("Resubmitted", "重新送审"),
        "history_edited": ("Edited during or after review", "审核中或通过后修改"),
        "history_carried": ("Approval carried over", "沿用上一轮的通过"),
        "history_approved": ("Approved", "通过"),
        "history_changes_requested": ("Changes requested", "退回修改"),
        "history_rejected": ("Rejected", "驳回"),
        "history_comment_raised": ("Comment raised", "提出意见"),
        "history_comment_addressed": ("Comment addressed", "意见已处理"),
        "history_comment_accepted": ("Comment accepted", "确认意见已解决"),
        "history_comment_reopened": ("Comment reopened", "重新打开意见"),
        "history_comment_withdrawn": ("Comment withdrawn", "撤回意见"),
        "history_hit_waived": ("Advertising-Law hit waived", "豁免广告法禁用词"),
        "history_waiver_revoked": ("Waiver revoked", "撤销豁免"),
        "history_stage_moved": ("Stage moved", "阶段变更"),
    }
)


@dataclass(frozen=True)
class HistoryEntry:
    """One step of a topic's review history."""

    at: datetime
    actor_name: str
    event: str
    topic_uid: str
    topic_title: str
    draft_number: int | None
    level_name: str
    detail: str  # a comment, reply or reason as written; see describe()
    record_uid: str
    seq: int = 0  # the audit entry's number: orders steps made in the same second
    extra: tuple[str, ...] = ()  # stage codes of a move; field, wording, word of a waiver

    def label(self, lang: str | None = None) -> str:
        return messages.text(f"history_{self.event}", lang)

    def describe(self, lang: str | None = None) -> str:
        """The details in the reader's language (stage names, the waived field)."""
        lang = messages.normalize_language(lang or messages.language())
        if self.event == "stage_moved" and len(self.extra) == 2:
            moved = _move(*self.extra, lang)
            return f"{moved}：{self.detail}" if self.detail else moved
        if self.event in ("submitted", "resubmitted", "edited") and len(self.extra) == 2:
            return _round_text(self.draft_number, *self.extra, lang)
        if self.event == "carried" and len(self.extra) == 1:
            was = _version(int(self.extra[0]), lang)
            return f"{was} → {_version(self.draft_number or 0, lang)}"
        if self.event in ("hit_waived", "waiver_revoked") and len(self.extra) == 3:
            field, quote, term = self.extra
            where = messages.text(f"adlaw_field_{field}", lang)
            return f"{where}“{quote}”（{term}）：{self.detail}"
        return self.detail


def _when(value: Any, fallback: datetime) -> datetime:
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return fallback
    return fallback


CHUNK = 500  # values per IN (…): SQLite allows 32,766 variables a statement


def _chunked_in(model: Any, field: Any, values: Iterable[Any]) -> list[Any]:
    items = list(values)
    out: list[Any] = []
    for start in range(0, len(items), CHUNK):
        out += list(model.select().where(field.in_(items[start : start + CHUNK])))
    return out


class _Lookup:
    """The review records and topics a list of audit entries mentions, loaded once."""

    def __init__(self, entries: list[AuditEntry]) -> None:
        wanted: dict[str, set[str]] = defaultdict(set)
        for a in entries:
            wanted[a.table].add(a.record_uid)
        self.rounds = {
            r.uid: r for r in _chunked_in(ReviewRound, ReviewRound.uid, wanted["review_round"])
        }
        found = _chunked_in(ReviewDecision, ReviewDecision.uid, wanted["review_decision"])
        parents = {
            r.id: r for r in _chunked_in(ReviewRound, ReviewRound.id, {d.round_id for d in found})
        }
        self.decisions = {d.uid: (d, parents[d.round_id]) for d in found}
        self.comments = {
            c.uid: c
            for c in _chunked_in(ReviewComment, ReviewComment.uid, wanted["review_comment"])
        }
        self.waivers = {
            w.uid: w for w in _chunked_in(AdlawWaiver, AdlawWaiver.uid, wanted["adlaw_waiver"])
        }
        topic_ids = {r.topic_id for r in [*self.rounds.values(), *parents.values()]}
        topic_ids |= {x.topic_id for x in [*self.comments.values(), *self.waivers.values()]}
        topics = _chunked_in(Topic, Topic.id, topic_ids)
        topics += _chunked_in(Topic, Topic.uid, wanted["topic"])
        self.topics = {t.id: t for t in topics}
        self.topic_uids = {t.uid: t for t in topics}

    def entry(self, a: AuditEntry) -> HistoryEntry | None:
        event = EVENTS.get(a.action)
        if event is None:
            return None
        after = a.after_values()
        head = (a.actor_name, event)
        if a.table == "review_round" and a.record_uid in self.rounds:
            r = self.rounds[a.record_uid]
            t = self.topics[r.topic_id]
            when = _when(after.get("submitted_at"), a.at)
            notes = dict(p.partition(": ")[::2] for p in (a.note or "").split("; "))
            extra: tuple[str, ...] = (notes.get("changed", ""), notes.get("carried", ""))
            return HistoryEntry(
                when, *head, t.uid, t.title, r.draft_number, "", "", r.uid, a.id, extra
            )
        if a.table == "review_decision" and a.record_uid in self.decisions:
            d, r = self.decisions[a.record_uid]
            t = self.topics[r.topic_id]
            when = _when(after.get("decided_at"), a.at) if event != "carried" else a.at
            was = (a.note or "").partition(" -> ")[0].lstrip("v")
            extra = (was,) if event == "carried" and was.isdigit() else ()
            return HistoryEntry(
                when, *head, t.uid, t.title, d.draft_number, d.level_name, d.comment, d.uid,
                a.id, extra,
            )  # fmt: skip
        if a.table == "review_comment" and a.record_uid in self.comments:
            c = self.comments[a.record_uid]
            t = self.topics[c.topic_id]
            stamp = {"comment_raised": "raised_at", "comment_addressed": "addressed_at"}
            when = _when(after.get(stamp.get(event, "resolved_at")), a.at)
            detail = {
                "comment_raised": _quoted(c.body, c.quote),
                "comment_addressed": after.get("reply") or c.body,
                "comment_reopened": a.note or c.body,
            }.get(event, c.body)
            return HistoryEntry(
                when, *head, t.uid, t.title, c.draft_number, c.level_name, detail, c.uid, a.id
            )
        if a.table == "adlaw_waiver" and a.record_uid in self.waivers:
            w = self.waivers[a.record_uid]
            t = self.topics[w.topic_id]
            when = _when(after.get("waived_at" if event == "hit_waived" else "revoked_at"), a.at)
            reason = w.reason if event == "hit_waived" else w.revoke_reason
            extra = (ContentField(w.field).value, w.quote, w.term)
            return HistoryEntry(
                when, *head, t.uid, t.title, w.draft_number, "", reason, w.uid, a.id, extra
            )
        if a.table == "topic" and a.record_uid in self.topic_uids:
            t = self.topic_uids[a.record_uid]
            moves, _, comment = (a.note or "").partition(": ")
            old, _, new = moves.partition(" -> ")
            return HistoryEntry(
                a.at, *head, t.uid, t.title, None, "", comment, t.uid, a.id, (old, new)
            )
        return None


def _version(number: int | None, lang: str) -> str:
    return f"第 {number} 版" if lang == "zh_CN" else f"version {number}"


def _round_text(number: int | None, changed: str, carried: str, lang: str) -> str:
    """第 4 版；改动：文字；沿用：初审 — from the submission's audit note."""
    zh = lang == "zh_CN"
    parts = [_version(number, lang)]
    if changed:
        kinds = [messages.text(f"review_change_{k}", lang) for k in changed.split(",") if k]
        parts.append(("改动：" if zh else "changed: ") + ("、" if zh else ", ").join(kinds))
    if carried:
        parts.append(("沿用：" if zh else "carried over: ") + carried)
    return ("；" if zh else "; ").join(parts)


def _quoted(body: str, quote: str) -> str:
    return f"“{quote}”：{body}" if quote else body


def _move(old: str, new: str, lang: str) -> str:
    try:
        return f"{Stage[old.upper()].label(lang)} → {Stage[new.upper()].label(lang)}"
    except KeyError:
        return f"{old} → {new}"


def _entries(audit: list[AuditEntry], since: datetime | None, until: datetime | None) -> Any:
    """The audit entries as history, in a period, oldest first; with their lookup."""
    lookup = _Lookup(audit)
    out = [e for a in audit if (e := lookup.entry(a)) is not None]
    out = [e for e in out if (since is None or e.at >= since) and (until is None or e.at < until)]
    out.sort(key=lambda e: (e.at, e.seq))
    return out, lookup


def _topic_audit(topic: Topic) -> list[AuditEntry]:
    rounds = list(
        ReviewRound.select(ReviewRound.id, ReviewRound.uid).where(ReviewRound.topic == topic)
    )
    uids = [topic.uid, *(r.uid for r in rounds)]
    uids += [
        d.uid for d in _chunked_in(ReviewDecision, ReviewDecision.round, [r.id for r in rounds])
    ]
    uids += [
        c.uid for c in ReviewComment.select(ReviewComment.uid).where(ReviewComment.topic == topic)
    ]
    uids += [w.uid for w in AdlawWaiver.select(AdlawWaiver.uid).where(AdlawWaiver.topic == topic)]
    found = _chunked_in(AuditEntry, AuditEntry.record_uid, uids)
    return [a for a in found if a.table in TABLES and a.action in EVENTS]


def _period_audit(since: datetime | None, until: datetime | None) -> list[AuditEntry]:
    """Review steps recorded in the period, and the topics' moves into or out of 审核 and
    发布 (other stage moves say nothing about the review)."""
    query = AuditEntry.select().where(
        AuditEntry.table.in_(TABLES), AuditEntry.action.in_(list(EVENTS))
    )
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    keep = ("review", "publish")
    return [
        a
        for a in query.order_by(AuditEntry.id)
        if a.table != "topic" or any(s in keep for s in (a.note or "").split(":")[0].split(" -> "))
    ]


def history(topic_uid: str) -> list[HistoryEntry]:
    """Every review step of one topic (and its stage moves), oldest first."""
    topic = Topic.by_uid(topic_uid, include_deleted=True)
    return list(_entries(_topic_audit(topic), None, None)[0])


def audit_trail(since: datetime | None = None, until: datetime | None = None) -> list[HistoryEntry]:
    """The review steps of every topic recorded in a period (a quarterly self-audit, R-7.3)."""
    return list(_entries(_period_audit(since, until), since, until)[0])


HISTORY_COLUMNS = (
    Col("时间", "Time", 17),
    Col("选题", "Topic", 28),
    Col("稿件版本", "Draft version", 9),
    Col("事件", "Event", 16),
    Col("审核级别", "Review level", 11),
    Col("操作人", "By", 10),
    Col("说明", "Details", 50, wrap=True),
)
WAIVER_COLUMNS = (
    Col("选题", "Topic", 28),
    Col("位置", "Field", 8),
    Col("词语", "Word", 12),
    Col("原文", "Wording", 16),
    Col("豁免理由", "Reason", 40, wrap=True),
    Col("豁免人", "Waived by", 10),
    Col("豁免时间", "Waived at", 17),
    Col("稿件版本", "Draft version", 9),
    Col("撤销时间", "Revoked at", 17),
    Col("撤销理由", "Why revoked", 30, wrap=True),
)


def export_history(
    path: str | os.PathLike[str],
    *,
    topic_uid: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    lang: str | None = None,
) -> Path:
    """A workbook of the review history (one topic, or every topic in a period) and of the
    waivers it includes, for a compliance self-audit (R-7.3)."""
    lang = messages.normalize_language(lang or messages.language())
    if topic_uid is not None:
        topic = Topic.by_uid(topic_uid, include_deleted=True)
        entries, lookup = _entries(_topic_audit(topic), since, until)
    else:
        entries, lookup = _entries(_period_audit(since, until), since, until)
    rows = [
        (
            e.at,
            e.topic_title,
            e.draft_number,
            e.label(lang),
            e.level_name,
            e.actor_name,
            e.describe(lang),
        )
        for e in entries
    ]
    waived = {e.record_uid for e in entries if e.event in ("hit_waived", "waiver_revoked")}
    waivers = [lookup.waivers[u] for u in sorted(waived, key=lambda u: lookup.waivers[u].id)]
    waiver_rows = [
        (
            lookup.topics[w.topic_id].title,
            messages.text(f"adlaw_field_{w.field}", lang),
            w.term,
            w.quote,
            w.reason,
            w.by_name,
            w.waived_at,
            w.draft_number,
            w.revoked_at,
            w.revoke_reason,
        )
        for w in waivers
    ]
    report = Report(path)
    zh = lang == "zh_CN"
    report.table("审核记录" if zh else "Review history", HISTORY_COLUMNS, rows, lang)
    report.table("豁免记录" if zh else "Waivers", WAIVER_COLUMNS, waiver_rows, lang)
    return report.close()
