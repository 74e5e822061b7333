"""The 回收站 Trash of the team: deleted members, to restore or to delete for good."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models import team
from models.base import Actor
from models.team import MemberRow
from ui.session import Session
from ui.team_model import MemberTableModel
from ui.trash_base import TrashDialogBase


class TrashDialog(TrashDialogBase):
    """Lists trashed members; Restore brings one back, Delete for good purges it."""

    kinds = ("member",)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, MemberTableModel(), parent)
        self.refresh()

    def title(self) -> str:
        return self.tr("Trash")

    def intro(self) -> str:
        return self.tr("Deleted members wait here. Restore them, or delete them for good.")

    def rows(self) -> list[MemberRow]:
        return team.list_trash()

    def restore(self, actor: Actor, row: MemberRow) -> None:
        team.restore_member(actor, row.uid)

    def purge(self, actor: Actor, row: MemberRow) -> None:
        team.purge_member(actor, row.uid)

    def purge_question(self, row: MemberRow) -> str:
        return self.tr("Delete “%1” for good? This cannot be undone.").replace("%1", row.name)
