"""What the review screen says about an item: its facts, its state, and what the person
looking at it can do next — or why not, in the model's words (R-5.4)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from models import messages
from models.base import Actor
from models.errors import DeskError
from models.reviews import workflow
from models.reviews.schema import Decision
from models.reviews.status import ReviewState
from models.topics.backlog import TopicRow
from models.topics.model import Stage
from ui.labels import role_label

translate = QCoreApplication.translate
OK, NOTE, STOP = "#2e7d32", "#8a4b00", "#b71c1c"
STATUS_COLOURS = {"open": "#1f5fbf", "approved": OK, "changes": NOTE, "rejected": STOP}


def facts_text(row: TopicRow) -> str:
    """形式 · 渠道 · 负责人 · 截止."""
    parts = [row.form, "、".join(row.channels), row.owner_name]
    if row.due_on:
        parts.append(translate("ReviewScreen", "due %1").replace("%1", f"{row.due_on:%Y-%m-%d}"))
    return " · ".join(p for p in parts if p)


def status_html(s: ReviewState) -> str:
    colour = STATUS_COLOURS.get(s.status, "#555555")
    text = html.escape(s.text(messages.language()))
    extra = ""
    if s.round_number:
        extra = translate("ReviewScreen", "round %1, version %2")
        extra = extra.replace("%1", str(s.round_number)).replace("%2", str(s.draft_number))
        extra = f" <span style='color:#666'>({html.escape(extra)})</span>"
    return f"<b style='color:{colour}'>{text}</b>{extra}"


def hint(
    s: ReviewState, stage: Stage, actor: Actor, mine: bool, publish: DeskError | None
) -> tuple[str, str]:
    """(text, colour) of the line under the title: what I can do, or why not."""
    lang = messages.language()
    if stage is Stage.WRITE:
        return translate("ReviewScreen", "The draft is being written; submit it for review."), NOTE
    if stage is not Stage.REVIEW:
        return "", OK
    if s.status == "open" and s.pending is not None:
        if not mine:
            text = translate("ReviewScreen", "Waiting at %1 (signed by a %2).")
            text = text.replace("%1", s.pending.name).replace("%2", role_label(s.pending.role))
            return text, NOTE
        refusal = workflow.decide_refusal(actor, s.topic_uid, Decision.APPROVE)
        if refusal is None:
            text = translate("ReviewScreen", "You sign %1: approve, request changes or reject.")
            return text.replace("%1", s.pending.name), OK
        if isinstance(refusal, DeskError) and refusal.code in (
            "review_own_content",
            "review_one_level",
        ):
            return refusal.message(lang), STOP
        before = translate("ReviewScreen", "Before approving: %1").replace(
            "%1", refusal.message(lang)
        )
        return before, NOTE
    if s.status in ("changes", "rejected") and s.asked is not None:
        text = translate(
            "ReviewScreen",
            "%1 asked for changes: address the comments, edit the draft and resubmit; it "
            "returns to %1.",
        )
        if s.status == "rejected":
            text = translate(
                "ReviewScreen",
                "%1 rejected the draft: revise it and resubmit; it starts again at the first "
                "level.",
            )
        return text.replace("%1", s.asked.name), STOP
    if s.status == "approved":
        if publish is None:
            text = translate("ReviewScreen", "Every level approved: the item can move to %1.")
            return text.replace("%1", Stage.PUBLISH.label()), OK
        return publish.message(lang), NOTE
    if s.status == "none":
        return translate("ReviewScreen", "Not submitted yet: submit the latest version."), NOTE
    return "", OK


def decided_text(decision: Decision, level: str, title: str) -> str:
    texts = {
        Decision.APPROVE: translate("ReviewScreen", "Approved %1 of “%2”."),
        Decision.CHANGES: translate("ReviewScreen", "Requested changes at %1 of “%2”."),
        Decision.REJECT: translate("ReviewScreen", "Rejected “%2” at %1."),
    }
    return texts[decision].replace("%1", level).replace("%2", title)


def submitted_text(s: ReviewState) -> str:
    level = s.pending.name if s.pending else ""
    text = translate("ReviewScreen", "Submitted “%1”; it waits at %2.")
    return text.replace("%1", s.title).replace("%2", level)
