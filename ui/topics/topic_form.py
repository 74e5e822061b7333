"""The fields of a topic and its plan (R-5.2, R-5.3) as two form pages, with their errors.

``values()``/``plan_values()`` hold what the form says in the types ``models.topics.editing``
takes; ``changes()``/``plan_changes()`` only what the user changed since ``load``, so that a
"keep mine" after a conflict never overwrites someone else's other edits.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models import team
from models.errors import NotFound
from models.topics import editing, options
from models.topics.backlog import TopicRow
from models.topics.editing import PlanRow
from models.topics.model import (
    Priority,
    Source,
    Stage,
    decode_items,
    encode_items,
    split_items,
)
from ui.topics.backlog_model import items_text
from ui.widgets import ErrorLabel, with_error

translate = QCoreApplication.translate
# the fields a conflict dialog shows, in the shape of Topic.snapshot()
SNAPSHOT_FIELDS = (
    "title",
    "source",
    "keywords",
    "audience",
    "form",
    "channels",
    "priority",
    "owner",
    "due_on",
    "tags",
    "notes",
    "stage",
)


def format_topic_value(field: str, value: Any) -> str:
    """A stored topic or plan value as a person reads it (for the conflict dialog)."""
    if value is None or value == "":
        return ""
    if field in ("keywords", "channels", "tags"):
        items = decode_items(value) if isinstance(value, str) else tuple(value)
        return items_text(items)
    if field == "source" and value in Source._value2member_map_:
        return Source(value).label()
    if field == "priority":
        return Priority(int(value)).label()
    if field == "stage":
        return Stage(int(value)).label()
    if field == "owner":
        try:
            return team.get(str(value)).name
        except NotFound:
            return str(value)
    return str(value)


def topic_snapshot(row: TopicRow) -> dict[str, Any]:
    """The loaded topic in the shape of a ConflictError's ``theirs`` (see Topic.snapshot)."""
    return {
        "title": row.title,
        "source": row.source.value,
        "keywords": encode_items(row.keywords),
        "audience": row.audience,
        "form": row.form,
        "channels": encode_items(row.channels),
        "priority": int(row.priority),
        "owner": row.owner_uid,
        "due_on": row.due_on.isoformat() if row.due_on else None,
        "tags": encode_items(row.tags),
        "notes": row.notes,
        "stage": int(row.stage),
    }


def snapshot_of_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Changes as the form gives them, in the stored shape (owner_uid → owner, lists …)."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "owner_uid":
            out["owner"] = value
        elif key in ("keywords", "tags", "channels"):
            out[key] = encode_items(split_items(value))
        elif key == "due_on":
            out[key] = value.isoformat() if isinstance(value, date) else value
        else:
            out[key] = value
    return out


class ChannelPicker(QWidget):
    """A check box per channel of the team's list (R-5.3 planned channels)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}

    def set_choices(self, labels: list[str]) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for number, label in enumerate(labels):
            box = QCheckBox(label, self)
            box.toggled.connect(self.changed)
            self.grid.addWidget(box, number // 4, number % 4)
            self.boxes[label] = box

    def channels(self) -> list[str]:
        return [label for label, box in self.boxes.items() if box.isChecked()]

    def set_channels(self, chosen: list[str] | tuple[str, ...]) -> None:
        missing = [c for c in chosen if c not in self.boxes]
        if missing:  # e.g. a channel the team has since hidden: keep it visible and checked
            self.set_choices([*self.boxes, *missing])
        for label, box in self.boxes.items():
            box.setChecked(label in chosen)


class TopicForm(QWidget):
    """Builds the two pages (``fields_page``, ``plan_page``) and reads and fills them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.row: TopicRow | None = None
        self.plan: PlanRow | None = None

        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(editing.TITLE_MAX)
        self.source_combo = QComboBox(self)
        for source in Source:
            self.source_combo.addItem(source.label(), source.value)
        self.keywords_edit = QLineEdit(self)
        self.keywords_edit.setPlaceholderText(self.tr("Separate with 、 or commas"))
        self.form_combo = QComboBox(self)
        self.priority_combo = QComboBox(self)
        for level in sorted(Priority, reverse=True):
            self.priority_combo.addItem(level.label(), int(level))
        self.owner_combo = QComboBox(self)
        self.due_known = QCheckBox(self.tr("Has a due date"), self)
        self.due_edit = QDateEdit(QDate.currentDate().addDays(14), self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Separate with 、 or commas"))
        self.notes_edit = QPlainTextEdit(self)

        self.audience_edit = QLineEdit(self)
        self.audience_edit.setMaxLength(editing.TEXT_MAX)
        self.audience_edit.setPlaceholderText(self.tr("e.g. 18–30 year-old women in big cities"))
        self.core_edit = QPlainTextEdit(self)
        self.core_edit.setPlaceholderText(self.tr("The one thing the audience should remember"))
        self.channels_picker = ChannelPicker(self)
        self.effect_edit = QPlainTextEdit(self)
        self.effect_edit.setPlaceholderText(self.tr("e.g. 5,000 reads, 300 sign-ups"))
        self.outline_edit = QPlainTextEdit(self)
        self.outline_edit.setPlaceholderText(self.tr("Outline of the copy, or the video script"))

        self.fields_page = self._fields_page()
        self.plan_page = self._plan_page()
        self.general_error = ErrorLabel(self)
        self.fill_choices()

        for edit in (self.title_edit, self.keywords_edit, self.tags_edit, self.audience_edit):
            edit.textEdited.connect(self.edited)
        for text in (self.notes_edit, self.core_edit, self.effect_edit, self.outline_edit):
            text.textChanged.connect(self.edited)
        for combo in (self.source_combo, self.form_combo, self.priority_combo, self.owner_combo):
            combo.activated.connect(self.edited)
        self.due_known.toggled.connect(self.due_edit.setEnabled)
        self.due_known.toggled.connect(self.edited)
        self.due_edit.dateChanged.connect(self.edited)
        self.channels_picker.changed.connect(self.edited)
        self.due_edit.setEnabled(False)

    def _cell(self, field: str, widget: QWidget, parent: QWidget) -> QWidget:
        box, self.errors[field] = with_error(widget, parent)
        self.widgets[field] = widget
        return box

    def _fields_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        due = QWidget(page)
        line = QHBoxLayout(due)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.due_known)
        line.addWidget(self.due_edit)
        line.addStretch(1)
        form.addRow(self.tr("Title *"), self._cell("title", self.title_edit, page))
        form.addRow(self.tr("Source"), self._cell("source", self.source_combo, page))
        form.addRow(self.tr("Keywords"), self._cell("keywords", self.keywords_edit, page))
        form.addRow(self.tr("Content form"), self._cell("form", self.form_combo, page))
        form.addRow(self.tr("Priority"), self._cell("priority", self.priority_combo, page))
        form.addRow(self.tr("Owner"), self._cell("owner", self.owner_combo, page))
        form.addRow(self.tr("Due date"), self._cell("due_on", due, page))
        form.addRow(self.tr("Tags"), self._cell("tags", self.tags_edit, page))
        form.addRow(self.tr("Notes"), self._cell("notes", self.notes_edit, page))
        return page

    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        intro = QLabel(self.tr("Writing starts when every item of the plan is filled in."), page)
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Target audience"), self._cell("audience", self.audience_edit, page))
        form.addRow(self.tr("Core message"), self._cell("core_message", self.core_edit, page))
        form.addRow(self.tr("Channels"), self._cell("channels", self.channels_picker, page))
        form.addRow(
            self.tr("Expected effect"), self._cell("expected_effect", self.effect_edit, page)
        )
        form.addRow(self.tr("Outline or script"), self._cell("outline", self.outline_edit, page))
        self.outline_edit.setMinimumHeight(140)
        return page

    # -- choices and loading ----------------------------------------------------------------

    def fill_choices(self) -> None:
        """The team's forms, channels and active members (plus what the topic already uses)."""
        row = self.row
        self.form_combo.clear()
        self.form_combo.addItem(self.tr("(none)"), "")
        forms = options.labels(options.FORM)
        if row is not None and row.form and row.form not in forms:
            forms.append(row.form)
        for label in forms:
            self.form_combo.addItem(label, label)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("(nobody yet)"), None)
        for member in team.list_members(include_inactive=False):
            self.owner_combo.addItem(member.name, member.uid)
        if row is not None and row.owner_uid and self.owner_combo.findData(row.owner_uid) < 0:
            left = self.tr("%1 (left the team)").replace("%1", row.owner_name)
            self.owner_combo.addItem(left, row.owner_uid)
        self.channels_picker.set_choices(options.labels(options.CHANNEL))

    def load(self, row: TopicRow | None, plan: PlanRow | None) -> None:
        self.row, self.plan = row, plan
        self.fill_choices()
        self.blockSignals(True)  # loading is not editing
        self.title_edit.setText(row.title if row else "")
        self._choose(self.source_combo, row.source.value if row else Source.OTHER.value)
        self.keywords_edit.setText(items_text(row.keywords) if row else "")
        self._choose(self.form_combo, row.form if row else "")
        self._choose(self.priority_combo, int(row.priority) if row else int(Priority.MEDIUM))
        self._choose(self.owner_combo, row.owner_uid if row else None)
        self.due_known.setChecked(bool(row and row.due_on))
        if row and row.due_on:
            self.due_edit.setDate(QDate(row.due_on.year, row.due_on.month, row.due_on.day))
        self.tags_edit.setText(items_text(row.tags) if row else "")
        self.notes_edit.setPlainText(row.notes if row else "")
        self.audience_edit.setText(row.audience if row else "")
        self.channels_picker.set_channels(row.channels if row else ())
        self.core_edit.setPlainText(plan.core_message if plan else "")
        self.effect_edit.setPlainText(plan.expected_effect if plan else "")
        self.outline_edit.setPlainText(plan.outline if plan else "")
        self.blockSignals(False)

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    # -- reading ------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The topic fields, as editing.add_topic/edit_topic take them."""
        due: date | None = None
        if self.due_known.isChecked():
            due = self.due_edit.date().toPython()  # type: ignore[assignment]
        return {
            "title": self.title_edit.text(),
            "source": self.source_combo.currentData(),
            "keywords": self.keywords_edit.text(),
            "audience": self.audience_edit.text(),
            "form": self.form_combo.currentData() or "",
            "channels": self.channels_picker.channels(),
            "priority": int(self.priority_combo.currentData()),
            "owner_uid": self.owner_combo.currentData(),
            "due_on": due,
            "tags": self.tags_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def plan_values(self) -> dict[str, Any]:
        return {
            "core_message": self.core_edit.toPlainText(),
            "expected_effect": self.effect_edit.toPlainText(),
            "outline": self.outline_edit.toPlainText(),
        }

    def changes(self) -> dict[str, Any]:
        """The topic fields the user changed since ``load`` (all of them for a new topic)."""
        row = self.row
        if row is None:
            return self.values()
        loaded: dict[str, Any] = {
            "title": row.title,
            "source": row.source.value,
            "keywords": list(row.keywords),
            "audience": row.audience,
            "form": row.form,
            "channels": list(row.channels),
            "priority": int(row.priority),
            "owner_uid": row.owner_uid,
            "due_on": row.due_on,
            "tags": list(row.tags),
            "notes": row.notes,
        }
        out = {}
        for key, value in self.values().items():
            same = split_items(value) if key in ("keywords", "tags") else value
            if key == "title":
                same = " ".join(str(value).split())
            elif key == "audience":
                same = str(value).strip()
            if same != loaded[key]:
                out[key] = value
        return out

    def plan_changes(self) -> dict[str, Any]:
        plan = self.plan
        before = {
            "core_message": plan.core_message if plan else "",
            "expected_effect": plan.expected_effect if plan else "",
            "outline": plan.outline if plan else "",
        }
        return {k: v for k, v in self.plan_values().items() if v.strip() != before[k]}

    def is_dirty(self) -> bool:
        return bool(self.changes() or self.plan_changes()) if self.row else True

    # -- errors ------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_text("")

    def show_error(self, field: str, text: str) -> QWidget | None:
        """Put ``text`` under the field (or in the general line); returns the field's widget."""
        field = "owner" if field == "owner_uid" else field
        label = self.errors.get(field, self.general_error)
        label.show_text(text)
        return self.widgets.get(field)
