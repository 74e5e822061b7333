"""The tables of the word-list dialog: the shipped lists, the team's words, its allowed
phrases (R-2.1, R-2.2). Rows are snapshots (``adlaw.Entry``, ``terms.TermRow``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from models import messages
from models.reviews import adlaw
from models.reviews.adlaw import Entry
from models.reviews.schema import Severity
from models.reviews.terms import TermRow
from ui.table_model import Column, RowTableModel

translate = QCoreApplication.translate


def category_text(category: str) -> str:
    return adlaw.category_label(category, messages.language())


def severity_text(severity: str) -> str:
    return adlaw.severity_label(severity, messages.language())


def severity_rank(severity: Severity) -> int:
    return 0 if severity is Severity.BLOCKING else 1


def platform_text(platform: str) -> str:
    """'' reads as every channel."""
    return platform or translate("ReviewWordList", "Every channel")


def source_text(entry: Entry) -> str:
    if entry.source == "team":
        return translate("ReviewWordList", "Team")
    if entry.source == "platform":
        return translate("ReviewWordList", "%1 list").replace("%1", entry.platform)
    return translate("ReviewWordList", "Built-in")


def builtin_columns() -> list[Column]:
    return [
        Column(translate("ReviewWordList", "Word"), lambda e: e.term, chars=10),
        Column(
            translate("ReviewWordList", "Category"), lambda e: category_text(e.category), chars=14
        ),
        Column(
            translate("ReviewWordList", "Severity"),
            lambda e: severity_text(e.severity),
            sort_key=lambda e: severity_rank(e.severity),
            chars=6,
        ),
        Column(
            translate("ReviewWordList", "Platform"), lambda e: platform_text(e.platform), chars=8
        ),
        Column(
            translate("ReviewWordList", "Suggested wording"),
            lambda e: e.suggestion,
            tooltip=lambda e: e.suggestion,
            chars=30,
        ),
        Column(
            translate("ReviewWordList", "Legal basis"),
            lambda e: e.basis,
            tooltip=lambda e: e.basis,
            chars=40,
        ),
    ]


def term_columns() -> list[Column]:
    return [
        Column(translate("ReviewWordList", "Word"), lambda t: t.term, chars=10),
        Column(
            translate("ReviewWordList", "Category"), lambda t: category_text(t.category), chars=14
        ),
        Column(
            translate("ReviewWordList", "Severity"),
            lambda t: severity_text(t.severity),
            sort_key=lambda t: severity_rank(t.severity),
            chars=6,
        ),
        Column(
            translate("ReviewWordList", "Platform"), lambda t: platform_text(t.platform), chars=8
        ),
        Column(translate("ReviewWordList", "In use"), lambda t: _in_use(t), chars=5),
        Column(
            translate("ReviewWordList", "Suggested wording"),
            lambda t: t.suggestion,
            tooltip=lambda t: t.suggestion,
            chars=24,
        ),
        Column(
            translate("ReviewWordList", "Legal basis"),
            lambda t: t.basis,
            tooltip=lambda t: t.basis,
            chars=30,
        ),
    ]


def allow_columns() -> list[Column]:
    return [
        Column(translate("ReviewWordList", "Harmless phrase"), lambda t: t.term, chars=16),
        Column(
            translate("ReviewWordList", "Platform"), lambda t: platform_text(t.platform), chars=10
        ),
        Column(translate("ReviewWordList", "In use"), lambda t: _in_use(t), chars=6),
    ]


def _in_use(row: TermRow) -> str:
    return (
        translate("ReviewWordList", "Yes") if row.active else translate("ReviewWordList", "Paused")
    )


def builtin_model(parent: QObject) -> RowTableModel:
    return RowTableModel(builtin_columns(), key=lambda e: f"{e.platform}/{e.term}", parent=parent)


def term_model(parent: QObject) -> RowTableModel:
    return RowTableModel(
        term_columns(), key=lambda t: t.uid, muted=lambda t: not t.active, parent=parent
    )


def allow_model(parent: QObject) -> RowTableModel:
    return RowTableModel(
        allow_columns(), key=lambda t: t.uid, muted=lambda t: not t.active, parent=parent
    )


def builtin_entries(platform: str | None) -> list[Entry]:
    """The shipped default list (platform None) or one platform's own list."""
    if platform is None:
        return adlaw.default_wordlist().entries
    found = next((p for p in adlaw.platforms() if p.name == platform), None)
    return list(found.entries) if found is not None else []


def builtin_allowed() -> list[str]:
    """The shipped harmless phrases (最近, 第一次 …), as matched."""
    return list(adlaw.default_wordlist().allow)
