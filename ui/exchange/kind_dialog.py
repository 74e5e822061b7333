"""Choose the kind of record for a template or an export, named in the user's language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.exchange import Kind, all_kinds, get_kind

KIND_ROLE = Qt.ItemDataRole.UserRole


class KindDialog(QDialog):
    """A list of every registered kind (``models.exchange.all_kinds()``); OK chooses one."""

    kind_chosen = Signal(str)  # the kind's name, after OK

    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        lang = messages.language()
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.kind_list = QListWidget(self)
        for kind in all_kinds():
            columns = "、" if lang.startswith("zh") else ", "
            item = QListWidgetItem(kind.title(lang), self.kind_list)
            item.setData(KIND_ROLE, kind.name)
            item.setToolTip(columns.join(c.header(lang) for c in kind.columns))
        self.kind_list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setEnabled(self.kind_list.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind_list.itemDoubleClicked.connect(self._on_kind_list_item_double_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.kind_list)
        layout.addWidget(self.buttons)
        self.resize(380, 300)

    def kind(self) -> Kind | None:
        item = self.kind_list.currentItem()
        return get_kind(str(item.data(KIND_ROLE))) if item is not None else None

    def select(self, name: str) -> None:
        """Make the kind called ``name`` the current one (as a click would)."""
        for row in range(self.kind_list.count()):
            if self.kind_list.item(row).data(KIND_ROLE) == name:
                self.kind_list.setCurrentRow(row)
                return
        raise KeyError(name)

    def accept(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        super().accept()
        self.kind_chosen.emit(kind.name)

    @Slot(QListWidgetItem)
    def _on_kind_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.accept()
