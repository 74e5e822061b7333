"""A topic in full: its fields, its plan, its stage and history, its draft and publications.

Saving writes the changed topic fields and plan fields in one transaction, each with
optimistic locking; when someone saved in between, the conflict dialog lets the user keep
their changes or take the saved ones (R-5.2, R-5.3). Stage moves (R-5.1) save pending edits
first, since the rules look at what is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import db as dbmod
from models import messages
from models.errors import ConflictError, DeskError, NotFound, ValidationError
from models.topics import backlog, drafts, editing, stages
from models.topics.model import Stage
from ui import events, notify
from ui.conflict_dialog import ConflictDialog
from ui.page import PageContext
from ui.topics.backlog_model import when_text
from ui.topics.stage_panel import StagePanel
from ui.topics.topic_form import (
    SNAPSHOT_FIELDS,
    TopicForm,
    format_topic_value,
    snapshot_of_changes,
    topic_snapshot,
)

PLAN_FIELDS = ("core_message", "expected_effect", "outline")
SHOWN_KINDS = ("topic", "topic_plan", "draft_version", "publication", "member", "list_option")


class TopicDialog(QDialog):
    """Add a topic (``topic_uid`` None) or edit one; Apply keeps the dialog open."""

    saved = Signal(str)  # the topic's uid

    def __init__(
        self, ctx: PageContext, topic_uid: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.uid = topic_uid
        self.topic_version: int | None = None  # optimistic locking: what we loaded
        self.plan_version = 0
        self.conflict_dialog: ConflictDialog | None = None
        self.draft_dialog: QDialog | None = None
        self._pending: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
        self._close_after_save = False  # Save (not Apply) was pressed before a conflict
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.form = TopicForm(self)
        self.stage_panel = StagePanel(self.session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form.fields_page, self.tr("Topic"))
        self.tabs.addTab(self.form.plan_page, self.tr("Plan"))
        self.tabs.addTab(self.stage_panel, self.tr("Stage && history"))
        self.tabs.addTab(self._draft_page(), self.tr("Draft"))
        self.publications_page = QWidget(self)
        self.publications_layout = QVBoxLayout(self.publications_page)
        self.tabs.addTab(self.publications_page, self.tr("Publishing"))
        self.publications: QWidget | None = None

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

        self.stage_panel.move_requested.connect(self._on_stage_panel_move_requested)
        events.hub().records_changed.connect(self._on_records_changed)
        self.reload()

    def _draft_page(self) -> QWidget:
        page = QWidget(self)
        self.draft_button = QPushButton(self.tr("Write / Edit Draft…"), page)
        self.draft_button.clicked.connect(self.open_draft)
        self.draft_label = QLabel(page)
        self.draft_label.setWordWrap(True)
        self.draft_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QHBoxLayout()
        line.addWidget(self.draft_button)
        line.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(line)
        layout.addWidget(self.draft_label)
        layout.addStretch(1)
        return page

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the form from what is stored (also "take theirs" after a conflict)."""
        if self.uid is None:
            self.setWindowTitle(self.tr("New topic"))
            self.form.load(None, None)
            for number in (2, 3, 4):  # stage, draft, publishing: once the topic exists
                self.tabs.setTabEnabled(number, False)
            return
        row = backlog.topic_row(self.uid)
        plan = editing.plan_of(self.uid)
        self.topic_version, self.plan_version = row.version, plan.version
        self.setWindowTitle(self.tr("Topic — %1").replace("%1", row.title))
        self.form.load(row, plan)
        for number in (2, 3, 4):
            self.tabs.setTabEnabled(number, True)
        self._show_stage()
        self._show_draft()
        self._show_publications()

    def _show_stage(self) -> None:
        if self.uid is None:
            return
        try:
            self.stage_panel.show_topic(backlog.topic_row(self.uid))
        except NotFound:  # deleted while open
            self.stage_panel.setEnabled(False)

    def _show_draft(self) -> None:
        if self.uid is None:
            return
        latest = drafts.latest(self.uid)
        if latest is None:
            self.draft_label.setText(self.tr("No draft saved yet."))
            return
        preview = latest.body if len(latest.body) <= 400 else latest.body[:400] + "…"
        self.draft_label.setText(
            self.tr("Version %1 by %2, %3").replace("%1", str(latest.number))
            .replace("%2", latest.author_name)
            .replace("%3", when_text(latest.created_at))
            + "\n\n"
            + preview
        )  # fmt: skip

    def _show_publications(self) -> None:
        if self.uid is None or self.publications is not None:
            return
        layout = self.publications_layout
        try:
            from ui.topics.publications import PublicationsWidget  # part of the same issue
        except ImportError:
            layout.addWidget(QLabel(self.tr("The publishing plan is not available."), self))
            return
        self.publications = PublicationsWidget(self.ctx, self.uid, self.publications_page)
        layout.addWidget(self.publications)

    # -- saving ------------------------------------------------------------------------------

    def accept(self) -> None:
        self._close_after_save = True
        if self.save():
            super().accept()

    @Slot()
    def apply(self) -> bool:
        self._close_after_save = False
        return self.save()

    def save(self) -> bool:
        """Write what changed; False (with the errors shown) when it could not be saved."""
        self.form.clear_errors()
        if self.uid is None:
            return self._try(self._create)
        changes, plan = self.form.changes(), self.form.plan_changes()
        if not changes and not plan:
            return True
        self._pending = (changes, plan)
        return self._try(lambda: self._write(changes, plan))

    def _create(self) -> str:
        actor = self.session.actor()
        values = self.form.values()
        plan = {k: v for k, v in self.form.plan_values().items() if v.strip()}
        with dbmod.write():
            title = values.pop("title")
            topic = editing.add_topic(actor, title, **values)
            if plan:
                editing.save_plan(actor, topic.uid, 0, **plan)
        return topic.uid

    def _write(self, changes: dict[str, Any], plan: dict[str, Any]) -> str:
        assert self.uid is not None
        actor = self.session.actor()
        with dbmod.write():  # topic and plan: both or neither
            if changes:
                editing.edit_topic(actor, self.uid, self.topic_version, **changes)
            if plan:
                editing.save_plan(actor, self.uid, self.plan_version, **plan)
        return self.uid

    def _try(self, write: Any) -> bool:
        lang = messages.language()
        try:
            uid = write()
        except ValidationError as err:
            widget = self.form.show_error(str(err.params.get("field", "")), err.message(lang))
            if widget is not None:
                self._show_widget(widget)
            return False
        except ConflictError as err:
            self._show_conflict(err)
            return False
        except DeskError as err:
            self.form.general_error.show_text(err.message(lang))
            return False
        self.uid = uid
        self.reload()
        events.announce("topic")
        self.saved.emit(uid)
        return True

    def _show_widget(self, widget: QWidget) -> None:
        for number in range(self.tabs.count()):
            page = self.tabs.widget(number)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(number)
        widget.setFocus()

    def _show_conflict(self, err: ConflictError) -> None:
        changes, plan = self._pending
        if err.table == "topic":
            assert self.form.row is not None
            base = topic_snapshot(self.form.row)
            mine = snapshot_of_changes(changes)
        else:  # the plan
            stored = self.form.plan
            base = {f: getattr(stored, f) if stored else "" for f in PLAN_FIELDS}
            mine = dict(plan)
        theirs = {k: v for k, v in err.theirs.items() if k in (*SNAPSHOT_FIELDS, *PLAN_FIELDS)}
        theirs["version"] = err.theirs["version"]
        shown = ConflictError(err.table, err.uid, mine=mine, theirs=theirs)
        self.conflict_dialog = ConflictDialog(shown, base, format_topic_value, self)
        self.conflict_dialog.keep_mine_chosen.connect(self._on_conflict_keep_mine_chosen)
        self.conflict_dialog.take_theirs_chosen.connect(self._on_conflict_take_theirs_chosen)
        self.conflict_dialog.open()

    @Slot()
    def _on_conflict_keep_mine_chosen(self) -> None:
        assert self.conflict_dialog is not None
        err = self.conflict_dialog.err
        version = int(err.theirs["version"])  # save over the version we have now seen
        if err.table == "topic":
            self.topic_version = version
        else:
            self.plan_version = version
        changes, plan = self._pending
        if self._try(lambda: self._write(changes, plan)) and self._close_after_save:
            super().accept()

    @Slot()
    def _on_conflict_take_theirs_chosen(self) -> None:
        events.announce("topic")
        self.reload()  # their version, in the form; my changes are gone

    # -- stage and draft -----------------------------------------------------------------

    @Slot(int)
    def _on_stage_panel_move_requested(self, stage: int) -> bool:
        return self.move_to(Stage(stage))

    def move_to(self, to: Stage) -> bool:
        """Save pending edits, then move the topic; a refusal is shown and nothing moves."""
        if self.uid is None or (self.form.is_dirty() and not self.save()):
            return False
        try:
            moved = stages.move_topic(
                self.session.actor(),
                self.uid,
                to,
                expected_version=self.topic_version,
                comment=self.stage_panel.comment(),
            )
        except ConflictError as err:
            notify.desk_error(self, err)
            self.reload()
            return False
        except DeskError as err:
            notify.desk_error(self, err)
            return False
        self.topic_version = moved.version
        self.stage_panel.clear_comment()
        events.announce("topic")
        self.saved.emit(self.uid)
        return True

    @Slot()
    def open_draft(self) -> QDialog | None:
        """The draft editor (R-5.4) of this topic; pending edits are saved first."""
        if self.uid is None or (self.form.is_dirty() and not self.save()):
            return None
        try:
            from ui.topics.draft_editor import DraftEditorDialog  # part of the same issue
        except ImportError:
            notify.info(self, self.tr("The draft editor is not available."))
            return None
        dialog = DraftEditorDialog(self.ctx, self.uid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.draft_dialog = dialog
        return dialog

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if not events.concerns(kind, *SHOWN_KINDS) or self.uid is None:
            return
        self._show_stage()  # what may move now depends on the plan, the draft, the review
        self._show_draft()
        if events.concerns(kind, "member", "list_option") and not self.form.is_dirty():
            self.form.load(self.form.row, self.form.plan)  # new names and lists in the boxes
