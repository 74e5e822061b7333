"""Which items go into a review package: those waiting at the levels ticked here (R-5.4,
working across machines). A reviewer outside the office signs one level, so the levels
their roles sign are ticked first when a member is chosen."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.reviews.queue import counts_by_level


class PackageLevelsDialog(QDialog):
    """A check box per level with items waiting; ``levels()`` once accepted."""

    def __init__(self, counts: dict[str, int] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("package_levels_dialog")
        self.setWindowTitle(self.tr("Export Review Package"))
        self.counts = counts if counts is not None else counts_by_level()
        note = QLabel(
            self.tr(
                "For a reviewer who does not share this database: the drafts waiting at the "
                "levels you tick, with their comments, in one Excel workbook. The reviewer "
                "fills in decisions and comments and sends it back; import it with "
                "“Import Review Package…”."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("Items waiting at:"), self))
        self.boxes: dict[str, QCheckBox] = {}
        for level, count in self.counts.items():
            box = QCheckBox(self.tr("%1 (%n item(s))", "", count).replace("%1", level), self)
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.boxes[level] = box
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Next…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update()

    def set_levels(self, levels: list[str]) -> None:
        for name, box in self.boxes.items():
            box.setChecked(name in levels)

    def levels(self) -> list[str] | None:
        """The ticked levels; None when every level is ticked (the whole queue)."""
        chosen = [name for name, box in self.boxes.items() if box.isChecked()]
        return None if len(chosen) == len(self.boxes) else chosen

    def count(self) -> int:
        return sum(self.counts[n] for n, box in self.boxes.items() if box.isChecked())

    @Slot()
    def _update(self) -> None:
        self.ok_button.setEnabled(self.count() > 0)
