"""A row table that marks rows needing care by colour AND an icon, never colour alone."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from models.training import CertificateStatus
from ui.table_model import AnyIndex, Column, RowTableModel
from ui.training import text as t

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Tone(Enum):
    """What needs attention; shown by colour AND an icon, beside words saying it (R-4.2)."""

    ALERT = "#c62828"  # expired, failed, over capacity
    WARN = "#a15c00"  # expiring within 90 days


def tone_icon(tone: Tone) -> QIcon:
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxCritical
        if tone is Tone.ALERT
        else QStyle.StandardPixmap.SP_MessageBoxWarning
    )
    return QApplication.style().standardIcon(pixmap)


def certificate_tone(status: CertificateStatus | None) -> Tone | None:
    if status is CertificateStatus.EXPIRED:
        return Tone.ALERT
    if status is CertificateStatus.EXPIRING:
        return Tone.WARN
    return None


ToneOf = Callable[[Any], Tone | None]


class ToneTableModel(RowTableModel):
    """A row table whose chosen columns are coloured and get an icon when a row needs care."""

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], str],
        tones: Mapping[int, ToneOf] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, key, parent=parent)
        self._tones = dict(tones or {})
        self._icons: dict[Tone, QIcon] = {}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        toned = role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole)
        if toned and index.isValid() and index.column() in self._tones:
            if index.row() >= self.rowCount():
                return None
            tone = self._tones[index.column()](self.row_at(index.row()))
            if tone is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(tone.value)
            if tone not in self._icons:
                self._icons[tone] = tone_icon(tone)
            return self._icons[tone]
        return super().data(index, role)


def sort_number(value: float | Decimal | None) -> int:
    """A number's sort key, exact to the hundredth; blanks sort first."""
    return -1 if value is None else round(value * 100)


def number_column(header: str, value: Callable[[Any], float | None], chars: int = 5) -> Column:
    """A right-aligned number that sorts as a number, blanks first."""
    return Column(
        header,
        lambda r: t.number_text(value(r)),
        lambda r: sort_number(value(r)),
        RIGHT,
        chars=chars,
    )
