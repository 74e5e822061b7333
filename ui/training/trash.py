"""The training trash: deleted courses, sessions, plans and records, to restore (R-4.2)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from models.base import Actor
from models.training import trash
from ui.session import Session
from ui.table_model import Column, RowTableModel
from ui.training import text as t
from ui.trash_base import TrashDialogBase

KINDS = trash.KINDS


@dataclass(frozen=True)
class TrashRow:
    """Something in the trash, worded for the list."""

    uid: str
    name: str
    details: str
    deleted_at: str


def _row(item: trash.TrashItem) -> TrashRow:
    if item.kind == "course":
        details = t.category_text(item.category)
    elif item.kind == "training_plan":
        details = t.period_text(item.period)
    elif item.kind == "course_session":
        details = t.datetime_text(item.starts_at)
    else:
        details = f"{item.course_title} {t.datetime_text(item.starts_at)}"
    return TrashRow(item.uid, item.name, details, t.datetime_text(item.deleted_at))


class TrainingTrashDialog(TrashDialogBase):
    """Lists one kind of deleted training records; Restore brings one back."""

    kinds = KINDS
    can_purge = False  # records keep their history; the trash only gives back

    def __init__(self, session: Session, kind: str = "course", parent: QWidget | None = None):
        self._first_kind = kind
        columns = [
            Column(self.tr("Name"), lambda r: r.name, chars=24),
            Column(self.tr("Details"), lambda r: r.details, chars=24),
            Column(self.tr("Deleted at"), lambda r: r.deleted_at, chars=16),
        ]
        super().__init__(session, RowTableModel(columns, key=lambda r: r.uid), parent)
        self.resize(720, 380)
        self.kind_combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def title(self) -> str:
        return self.tr("Training trash")

    def intro(self) -> str:
        return self.tr(
            "Deleted training records wait here. Restore brings one back with everything "
            "that belongs to it."
        )

    def empty_text(self) -> str:
        return self.tr("Nothing of this kind is in the trash.")

    def build_top(self) -> QHBoxLayout:
        self.kind_combo = QComboBox(self)
        names = [self.tr("Courses"), self.tr("Sessions"), self.tr("Plans"), self.tr("Records")]
        for value, name in zip(KINDS, names, strict=True):
            self.kind_combo.addItem(name, value)
        self.kind_combo.setCurrentIndex(KINDS.index(self._first_kind))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        return top

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def changed_kind(self) -> str:
        return self.kind()

    def rows(self) -> list[TrashRow]:
        return [_row(item) for item in trash.list_trash(self.kind())]

    def restore(self, actor: Actor, row: TrashRow) -> None:
        trash.restore(actor, self.kind(), row.uid)
