"""A draft's attachments (R-5.3): links to images, videos or web pages, each with a caption.

The draft stores where a file is (a path or a URL), never the file; "Open" hands it to the
system's viewer. The list is part of the draft: a change marks the draft as unsaved.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.topics import drafts
from models.topics.drafts import Attachment
from ui import notify
from ui.settings import Settings
from ui.widgets import ErrorLabel

translate = QCoreApplication.translate  # lupdate finds calls named translate
MEDIA_PATTERNS = "*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov *.m4v"


def kind_label(kind: str) -> str:
    names = {
        "image": translate("attachments", "Image"),
        "video": translate("attachments", "Video"),
        "audio": translate("attachments", "Audio"),
        "document": translate("attachments", "Document"),
        "link": translate("attachments", "Web link"),
    }
    return names.get(kind, kind)


def url_of(ref: str) -> QUrl:
    """A web address as it is; anything else is a file on this computer or a shared drive."""
    if "://" in ref:
        return QUrl(ref)
    return QUrl.fromLocalFile(str(Path(ref).expanduser()))


class AttachmentDialog(QDialog):
    """A file (chosen with Browse…) or a web link, and a caption saying what it shows."""

    def __init__(
        self, attachment: Attachment | None, folder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attachment"))
        self.folder = folder
        self.ref_edit = QLineEdit(attachment.ref if attachment else "", self)
        self.ref_edit.setPlaceholderText(self.tr("A file, or a link starting with https://"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.caption_edit = QLineEdit(attachment.caption if attachment else "", self)
        self.caption_edit.setMaxLength(drafts.CAPTION_MAX)
        self.caption_edit.setPlaceholderText(self.tr("What it shows, e.g. 主图 or 拍摄脚本"))
        self.error = ErrorLabel(self)
        where = QHBoxLayout()
        where.addWidget(self.ref_edit, 1)
        where.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File or link:"), where)
        form.addRow(self.tr("Caption:"), self.caption_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    def attachment(self) -> Attachment:
        return Attachment(self.ref_edit.text().strip(), self.caption_edit.text().strip())

    def accept(self) -> None:
        if not self.attachment().ref:
            self.error.show_text(self.tr("Choose a file with Browse…, or paste a link."))
            return
        super().accept()

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a File"),
            self.folder,
            self.tr("Images and videos (%1);;All files (*)").replace("%1", MEDIA_PATTERNS),
        )
        if path:
            self.ref_edit.setText(path)
            if not self.caption_edit.text():
                self.caption_edit.setText(Path(path).stem)


class AttachmentsPanel(QWidget):
    """The list of attachments with Add, Edit, Open and Remove; ``changed`` after an edit."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.items: list[Attachment] = []
        self.read_only = False
        self.dialog: AttachmentDialog | None = None
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Caption"), self.tr("File or link")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.resizeSection(1, 220)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self.add_attachment)
        self.edit_button.clicked.connect(self.edit_attachment)
        self.open_button.clicked.connect(self.open_attachment)
        self.remove_button.clicked.connect(self.remove_attachment)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(self.items)

    def set_attachments(self, items: Iterable[Attachment]) -> None:
        self.items = list(items)
        self._fill()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @Slot()
    def add_attachment(self) -> AttachmentDialog:
        return self._open_dialog(None)

    @Slot()
    def edit_attachment(self) -> AttachmentDialog | None:
        row = self.current_row()
        return None if row is None else self._open_dialog(row)

    @Slot()
    def remove_attachment(self) -> None:
        row = self.current_row()
        if row is not None:
            del self.items[row]
            self._fill()
            self.changed.emit()

    @Slot()
    def open_attachment(self) -> None:
        row = self.current_row()
        if row is None:
            return
        ref = self.items[row].ref
        url = url_of(ref)
        if url.isLocalFile() and not Path(url.toLocalFile()).exists():
            notify.error(
                self,
                self.tr(
                    "The file “%1” cannot be found; it may have been moved or renamed. "
                    "Use Edit… to point the attachment to its new place."
                ).replace("%1", ref),
            )
            return
        QDesktopServices.openUrl(url)

    def _open_dialog(self, row: int | None) -> AttachmentDialog:
        current = self.items[row] if row is not None else None
        dialog = AttachmentDialog(current, self.settings.last_folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog, row))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_accepted(self, dialog: AttachmentDialog, row: int | None) -> None:
        attachment = dialog.attachment()
        if "://" not in attachment.ref and Path(attachment.ref).parent.is_dir():
            self.settings.last_folder = attachment.ref  # the next Browse… starts there
        if row is None:
            self.items.append(attachment)
        else:
            self.items[row] = attachment
        self._fill()
        self.changed.emit()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, a in enumerate(self.items):
            for column, text in enumerate((kind_label(a.kind), a.caption, a.ref)):
                item = QTableWidgetItem(text)
                item.setToolTip(a.ref)
                self.table.setItem(row, column, item)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has = self.current_row() is not None
        self.add_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(has and not self.read_only)
        self.remove_button.setEnabled(has and not self.read_only)
        self.open_button.setEnabled(has)

    @Slot(QTableWidgetItem)
    def _on_table_item_double_clicked(self, item: QTableWidgetItem) -> None:
        self.open_attachment()
