"""The Qt item model of the team table: member snapshots and their columns (R-4.1)."""

from __future__ import annotations

from typing import Any

from models.team import MemberRow
from ui.labels import active_text, date_text, role_label, roles_text
from ui.table_model import CENTER, Column, RowTableModel


class MemberTableModel(RowTableModel):
    """Members as shown in the team page and the trash; inactive members are greyed."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(self.tr("Name"), lambda m: m.name, chars=10),
            Column(
                self.tr("Roles"),
                lambda m: roles_text(m.roles),
                tooltip=lambda m: "\n".join(role_label(r) for r in m.roles),
                chars=30,
            ),
            Column(self.tr("Email"), lambda m: m.email, chars=24),
            Column(self.tr("Phone"), lambda m: m.phone, chars=14),
            Column(self.tr("Department"), lambda m: m.department, chars=12),
            Column(self.tr("Joined on"), lambda m: date_text(m.joined_on), align=CENTER, chars=12),
            Column(
                self.tr("Status"),
                lambda m: active_text(m.active),
                sort_key=lambda m: int(m.active),
                align=CENTER,
                chars=8,
            ),
            Column(self.tr("Notes"), lambda m: m.notes.replace("\n", " "), tooltip=_notes),
        ]
        super().__init__(columns, key=_uid, muted=_inactive, parent=parent)

    def member(self, row: int) -> MemberRow:
        return self.row_at(row)


def _uid(m: MemberRow) -> str:
    return m.uid


def _inactive(m: MemberRow) -> bool:
    return not m.active


def _notes(m: MemberRow) -> str:
    return m.notes
