"""What changed between two draft versions, for a reviewer (R-5.4): history and a coloured diff.

The diff comes from :func:`models.topics.drafts.diff_versions`; this module only draws its
structured spans. Insertions have a green background, deletions a red one and are struck
through (readable without colour too); inside a changed line Chinese is compared by character.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.topics import drafts, textdiff
from models.topics.drafts import DraftDiff, DraftVersionRow
from ui import notify
from ui.table_model import CENTER, Column, RowTableModel

INSERT_COLOR, DELETE_COLOR = "#c9f2c9", "#ffd1d1"
INSERTED = f"background-color:{INSERT_COLOR}; color:#0f5a1c;"
DELETED = f"background-color:{DELETE_COLOR}; color:#9b1c1c; text-decoration:line-through;"
BLANK = "background-color:#f2f2f2;"
CELL = "white-space:pre-wrap; padding:1px 6px;"
NUMBER = "color:#888888; padding:1px 4px;"

translate = QCoreApplication.translate  # lupdate finds calls named translate


def _span_html(kind: str, text: str) -> str:
    escaped = html.escape(text)
    if kind == textdiff.INSERT:
        return f'<span style="{INSERTED}">{escaped}</span>'
    if kind == textdiff.DELETE:
        return f'<span style="{DELETED}">{escaped}</span>'
    return escaped


def _spans_html(spans: Iterable[textdiff.Span], keep: tuple[str, ...]) -> str:
    return "".join(_span_html(s.kind, s.text) for s in spans if s.kind in keep)


def _number(value: int | None) -> str:
    return f'<td align="right" style="{NUMBER}">{value or ""}</td>'


def side_by_side_html(diff: DraftDiff) -> str:
    """Old version on the left, new on the right, line by line."""
    rows = []
    for line in diff.text.lines:
        old = _spans_html(line.spans, (textdiff.EQUAL, textdiff.DELETE))
        new = _spans_html(line.spans, (textdiff.EQUAL, textdiff.INSERT))
        old_style = BLANK if line.kind == textdiff.INSERT else ""
        new_style = BLANK if line.kind == textdiff.DELETE else ""
        rows.append(
            f"<tr>{_number(line.old_no)}"
            f'<td width="48%" style="{CELL}{old_style}">{old or "&nbsp;"}</td>'
            f"{_number(line.new_no)}"
            f'<td width="48%" style="{CELL}{new_style}">{new or "&nbsp;"}</td></tr>'
        )
    return _document(diff, "".join(rows))


def inline_html(diff: DraftDiff) -> str:
    """One column that reads like tracked changes: removed and added pieces in place."""
    marks = {textdiff.INSERT: "+", textdiff.DELETE: "−", textdiff.CHANGE: "~", textdiff.EQUAL: ""}
    rows = []
    for line in diff.text.lines:
        text = _spans_html(line.spans, (textdiff.EQUAL, textdiff.DELETE, textdiff.INSERT))
        rows.append(
            f"<tr>{_number(line.new_no or line.old_no)}"
            f'<td style="{NUMBER}">{marks[line.kind]}</td>'
            f'<td width="94%" style="{CELL}">{text or "&nbsp;"}</td></tr>'
        )
    return _document(diff, "".join(rows))


def _document(diff: DraftDiff, rows: str) -> str:
    summary = translate("diff_view", "%1 character(s) added, %2 removed")
    summary = summary.replace("%1", str(diff.text.inserted_chars))
    summary = summary.replace("%2", str(diff.text.deleted_chars))
    if not diff.text.changed:
        summary = translate("diff_view", "The text is the same in both versions.")
    parts = [f"<p><b>{html.escape(summary)}</b></p>"]
    for label, items, style in (
        (translate("diff_view", "Attachments added:"), diff.attachments_added, INSERTED),
        (translate("diff_view", "Attachments removed:"), diff.attachments_removed, DELETED),
    ):
        if items:
            names = "、".join(
                f'<span style="{style}">{html.escape(a.caption or a.ref)}</span>' for a in items
            )
            parts.append(f"<p>{html.escape(label)} {names}</p>")
    parts.append(f'<table width="100%" cellspacing="0" cellpadding="0">{rows}</table>')
    return "".join(parts)


def version_label(v: DraftVersionRow) -> str:
    """ "v3 · 张伟 · 2026-11-20 10:00", the same in every list."""
    return f"v{v.number} · {v.author_name or '—'} · {v.created_at:%Y-%m-%d %H:%M}"


class DiffView(QWidget):
    """A diff of two versions, side by side or inline (the user's choice)."""

    SIDE_BY_SIDE, INLINE = "side", "inline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("Side by side"), self.SIDE_BY_SIDE)
        self.mode_combo.addItem(self.tr("Inline"), self.INLINE)
        added, removed = html.escape(self.tr("added")), html.escape(self.tr("removed"))
        self.legend = QLabel(self)
        self.legend.setText(
            f'<span style="{INSERTED}">&nbsp;{added}&nbsp;</span>&nbsp;&nbsp;'
            f'<span style="{DELETED}">&nbsp;{removed}&nbsp;</span>'
        )
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        # lines wrap to the width; a rounding pixel of the table must not add a scroll bar
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.diff: DraftDiff | None = None

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.mode_combo)
        top.addStretch(1)
        top.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.mode_combo.currentIndexChanged.connect(self._render)

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def set_diff(self, diff: DraftDiff | None) -> None:
        self.diff = diff
        self._render()

    @Slot()
    def _render(self) -> None:
        if self.diff is None:
            self.browser.setPlainText(self.tr("Save two versions to see what changed."))
        elif self.mode() == self.INLINE:
            self.browser.setHtml(inline_html(self.diff))
        else:
            self.browser.setHtml(side_by_side_html(self.diff))


def _version_columns() -> list[Column]:
    return [
        Column(
            translate("diff_view", "Version"),
            lambda v: f"v{v.number}",
            sort_key=lambda v: v.number,
            align=CENTER,
            chars=6,
        ),
        Column(translate("diff_view", "Author"), lambda v: v.author_name, chars=8),
        Column(
            translate("diff_view", "Saved at"), lambda v: f"{v.created_at:%Y-%m-%d %H:%M}", chars=15
        ),
        Column(
            translate("diff_view", "Note"), lambda v: v.note, tooltip=lambda v: v.note, chars=16
        ),
    ]


class HistoryPanel(QWidget):
    """Every saved version; pick two (or one, to compare with the one before) to see the diff."""

    restore_requested = Signal(object)  # the DraftVersionRow to load into the editor

    def __init__(self, topic_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic_uid = topic_uid
        self.model = RowTableModel(_version_columns(), key=lambda v: v.uid, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.old_combo = QComboBox(self)
        self.new_combo = QComboBox(self)
        self.restore_button = QPushButton(self.tr("Load into Editor"), self)
        self.restore_button.setToolTip(
            self.tr("Copy the newer version's text into the editor (saved as a new version)")
        )
        self.diff_view = DiffView(self)

        picks = QHBoxLayout()
        picks.addWidget(QLabel(self.tr("Compare"), self))
        picks.addWidget(self.old_combo, 1)
        picks.addWidget(QLabel(self.tr("with"), self))
        picks.addWidget(self.new_combo, 1)
        picks.addWidget(self.restore_button)
        hint = QLabel(self.tr("Select one version, or two with Ctrl, to compare them."), self)
        hint.setWordWrap(True)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(hint)
        upper_layout.addWidget(self.table)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(picks)
        lower_layout.addWidget(self.diff_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 430])  # a few versions; the diff is what is read
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.old_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.new_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.refresh()

    def versions(self) -> list[DraftVersionRow]:
        return self.model.rows()

    def refresh(self) -> None:
        """Re-read the versions and compare the last two (what changed in the last round)."""
        rows = drafts.versions(self.topic_uid)
        self.model.set_rows(rows)
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(True)
            combo.clear()
        self.old_combo.addItem(self.tr("v0 · empty"), 0)
        for v in rows:
            self.old_combo.addItem(version_label(v), v.number)
            self.new_combo.addItem(version_label(v), v.number)
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(False)
        if rows:
            self.compare(rows[-2].number if len(rows) > 1 else 0, rows[-1].number)
        else:
            self.diff_view.set_diff(None)
        self.restore_button.setEnabled(bool(rows))

    def compare(self, old_number: int, new_number: int) -> DraftDiff | None:
        """Show the diff of two versions (0 = an empty draft) and put them in the pickers."""
        for combo, number in ((self.old_combo, old_number), (self.new_combo, new_number)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(number))
            combo.blockSignals(False)
        try:
            diff = drafts.diff_versions(self.topic_uid, old_number, new_number)
        except DeskError as err:
            notify.desk_error(self, err)
            return None
        self.diff_view.set_diff(diff)
        return diff

    @Slot()
    def _on_combo_changed(self) -> None:
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        if old is not None and new is not None:
            self.compare(int(old), int(new))

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, *_: QItemSelection) -> None:
        picked = sorted(self.model.row_at(i.row()).number for i in self._selected())
        if len(picked) == 1:
            self.compare(picked[0] - 1, picked[0])
        elif len(picked) >= 2:
            self.compare(picked[0], picked[-1])

    def _selected(self) -> list:
        return self.table.selectionModel().selectedRows()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        number = self.new_combo.currentData()
        found = [v for v in self.versions() if v.number == number]
        if found:
            self.restore_requested.emit(found[0])
