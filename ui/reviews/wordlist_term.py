"""Add or edit one of the team's words, or one of its harmless phrases (R-2.1, R-2.2), with a
试一试 box that checks a sentence as if the entry were already saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from models.base import Record
from models.reviews import adlaw, terms
from models.reviews.adlaw import Entry, WordList
from models.reviews.schema import Category, Severity
from models.reviews.terms import TermRow
from models.topics import options
from ui.form_dialog import FormDialog
from ui.reviews.wordlist_models import category_text, platform_text, severity_text
from ui.reviews.wordlist_try import TryPanel, saved_words
from ui.session import Session


def platform_choices() -> list[str]:
    """The platforms a word may be kept for: the shipped lists, then the team's channels."""
    shipped = adlaw.platform_names()
    channels = [c for c in options.labels(options.CHANNEL) if c not in shipped]
    return [*shipped, *adlaw.team_platforms(), *[c for c in channels if c not in shipped]]


class TermDialog(FormDialog):
    """The form of one team word (``allow`` False) or harmless phrase (``allow`` True)."""

    kind = "adlaw_term"

    def __init__(
        self,
        session: Session,
        row: TermRow | None = None,
        *,
        allow: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, row.version if row else None, parent)
        self.setObjectName("term_dialog")
        self.row = row
        self.allow = row.allow if row is not None else allow
        if self.allow:
            title = self.tr("Edit Harmless Phrase") if row else self.tr("New Harmless Phrase")
        else:
            title = self.tr("Edit Word") if row else self.tr("New Word")
        self.setWindowTitle(title)

        self.term_edit = QLineEdit(self)
        self.term_edit.setMaxLength(terms.TERM_MAX)
        self.category_combo = QComboBox(self)
        for category in Category:
            self.category_combo.addItem(category_text(category), category.value)
        self.severity_combo = QComboBox(self)
        for severity in Severity:
            self.severity_combo.addItem(severity_text(severity), severity.value)
        self.severity_combo.setToolTip(
            self.tr("Blocking: 合规 cannot approve until it is fixed or waived; warning: a hint")
        )
        self.platform_combo = QComboBox(self)
        self.platform_combo.setEditable(True)
        self.platform_combo.addItem(platform_text(""), "")
        for name in platform_choices():
            self.platform_combo.addItem(name, name)
        self.platform_combo.setToolTip(
            self.tr("Every channel, or only content published on one platform")
        )
        self.basis_edit = QLineEdit(self)
        self.basis_edit.setMaxLength(terms.TEXT_MAX)
        self.basis_edit.setPlaceholderText(
            self.tr("e.g. 《广告法》第九条第（三）项, or the platform's rule")
        )
        self.suggestion_edit = QLineEdit(self)
        self.suggestion_edit.setMaxLength(terms.TEXT_MAX)
        self.suggestion_edit.setPlaceholderText(self.tr("What to write instead"))

        if self.allow:
            self.term_edit.setPlaceholderText(
                self.tr("e.g. 最近 — a phrase that only looks like a word of the list")
            )
            self.add_row("term", self.tr("Harmless phrase:"), self.term_edit)
            self.add_row("platform", self.tr("Platform:"), self.platform_combo)
            unused = (self.category_combo, self.severity_combo, self.basis_edit)
            for widget in (*unused, self.suggestion_edit):  # not in the form: never shown
                widget.hide()
        else:
            self.term_edit.setPlaceholderText(self.tr("The word or phrase to flag"))
            self.add_row("term", self.tr("Word:"), self.term_edit)
            self.add_row("category", self.tr("Category:"), self.category_combo)
            self.add_row("severity", self.tr("Severity:"), self.severity_combo)
            self.add_row("platform", self.tr("Platform:"), self.platform_combo)
            self.add_row("basis", self.tr("Legal basis:"), self.basis_edit)
            self.add_row("suggestion", self.tr("Suggested wording:"), self.suggestion_edit)

        self.try_panel = TryPanel(self, words_for=self.words_with_entry)
        self.try_panel.setTitle(self.tr("Try it (as if this entry were saved)"))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # FormDialog's: form, error line, buttons
        layout.insertWidget(1, self.try_panel, 1)
        self.setMinimumWidth(640)
        self._load(row)
        for signal in (
            self.term_edit.textChanged,
            self.category_combo.currentIndexChanged,
            self.severity_combo.currentIndexChanged,
            self.platform_combo.currentTextChanged,
        ):
            signal.connect(self.try_panel.run)
        self.platform_combo.currentTextChanged.connect(self._on_platform_combo_text_changed)

    def _load(self, row: TermRow | None) -> None:
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(Severity.WARNING.value))
        if row is None:
            return
        self.term_edit.setText(row.term)
        self.category_combo.setCurrentIndex(self.category_combo.findData(row.category.value))
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(row.severity.value))
        self.set_platform(row.platform)
        self.basis_edit.setText(row.basis)
        self.suggestion_edit.setText(row.suggestion)

    def set_platform(self, platform: str) -> None:
        found = self.platform_combo.findData(platform)
        if found < 0:
            self.platform_combo.addItem(platform, platform)
            found = self.platform_combo.count() - 1
        self.platform_combo.setCurrentIndex(found)

    def platform(self) -> str:
        typed = self.platform_combo.currentText().strip()
        found = self.platform_combo.findText(typed)
        return str(self.platform_combo.itemData(found) or "") if found >= 0 else typed

    def _on_platform_combo_text_changed(self, _text: str) -> None:
        self.try_panel.set_platform(self.platform())

    # -- the check with this entry -------------------------------------------------------------

    def entry(self) -> Entry | None:
        term = self.term_edit.text().strip()
        if not term or not adlaw.fold(term)[0]:
            return None
        return Entry(
            term,
            Category(self.category_combo.currentData()),
            Severity(self.severity_combo.currentData()),
            self.basis_edit.text().strip(),
            self.suggestion_edit.text().strip(),
            self.platform(),
            "team",
        )

    def words_with_entry(self, platform: str) -> WordList:
        """The saved lists for ``platform``, this entry in place of its saved version."""
        words = saved_words(platform)
        entries = [e for e in words.entries if not self._is_saved_self(e)]
        allowed = list(words.allow)
        if self.row is not None and self.row.allow:
            allowed = [a for a in allowed if a != adlaw.fold(self.row.term)[0]]
        entry = self.entry()
        applies = entry is not None and (not entry.platform or entry.platform == platform)
        if entry is not None and applies:
            if self.allow:
                allowed.append(entry.term)
            else:
                entries.append(entry)
        return WordList(entries, allowed)

    def _is_saved_self(self, entry: Entry) -> bool:
        row = self.row
        return (
            row is not None
            and entry.source == "team"
            and entry.term == row.term
            and entry.platform == row.platform
        )

    # -- saving --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"term": self.term_edit.text(), "platform": self.platform()}
        if not self.allow:
            values |= {
                "category": self.category_combo.currentData(),
                "severity": self.severity_combo.currentData(),
                "basis": self.basis_edit.text().strip(),
                "suggestion": self.suggestion_edit.text().strip(),
            }
        return values

    def loaded(self) -> dict[str, Any]:
        row = self.row
        assert row is not None
        values: dict[str, Any] = {"term": row.term, "platform": row.platform}
        if not self.allow:
            values |= {
                "category": row.category.value,
                "severity": row.severity.value,
                "basis": row.basis,
                "suggestion": row.suggestion,
            }
        return values

    def snapshot(self) -> dict[str, Any]:
        return self.loaded()

    def format_value(self, field: str, value: Any) -> str:
        if value is None:
            return ""
        if field == "category":
            return category_text(str(value))
        if field == "severity":
            return severity_text(str(value))
        if field == "platform":
            return platform_text(str(value))
        return str(value)

    def write_new(self, values: dict[str, Any]) -> Record:
        term = values.pop("term")
        row = terms.add_term(self.session.actor(), term, allow=self.allow, **values)
        return row  # type: ignore[return-value]  # a TermRow: the form only reads its uid

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        assert self.row is not None
        row = terms.edit_term(self.session.actor(), self.row.uid, version, **changes)
        return row  # type: ignore[return-value]
