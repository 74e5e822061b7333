"""The 选题 trash: deleted topics, to restore or to delete for good."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.base import Actor
from models.topics import editing
from models.topics.editing import TrashedTopic
from ui.session import Session
from ui.table_model import Column, RowTableModel
from ui.topics.backlog_model import when_text
from ui.trash_base import TrashDialogBase


class TopicTrashDialog(TrashDialogBase):
    """Lists deleted topics; Restore brings one back, Delete for good removes it and its drafts."""

    kinds = ("topic",)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        model = RowTableModel(
            [
                Column(self.tr("Title"), lambda r: r.title, chars=30),
                Column(self.tr("Stage"), lambda r: r.stage.label(), chars=8),
                Column(self.tr("Owner"), lambda r: r.owner_name, chars=8),
                Column(self.tr("Deleted at"), lambda r: when_text(r.deleted_at), chars=16),
            ],
            key=lambda r: r.uid,
        )
        super().__init__(session, model, parent)
        self.refresh()

    def title(self) -> str:
        return self.tr("Deleted topics")

    def intro(self) -> str:
        return self.tr("Deleted topics wait here. Restore them, or delete them for good.")

    def rows(self) -> list[TrashedTopic]:
        return editing.list_trash()

    def restore(self, actor: Actor, row: TrashedTopic) -> None:
        editing.restore_topic(actor, row.uid)

    def purge(self, actor: Actor, row: TrashedTopic) -> None:
        editing.purge_topic(actor, row.uid)

    def purge_question(self, row: TrashedTopic) -> str:
        return self.tr(
            "Delete “%1” for good, with its plan, drafts and publications? This cannot be undone."
        ).replace("%1", row.title)
