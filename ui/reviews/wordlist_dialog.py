"""广告法词库: the shipped word lists (read-only), the team's own words for every channel or
one platform, and its harmless phrases, with a 试一试 box (R-2.1, R-2.2).

The team lead and compliance reviewers edit (``models.reviews.terms`` checks it); others
read. Removing sends an entry to the trash; pausing keeps it listed but out of the check.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.reviews import adlaw, terms
from models.reviews.terms import TermRow
from models.team import Role
from ui import events, notify, tasks
from ui.reviews.wordlist_models import (
    allow_model,
    builtin_allowed,
    builtin_entries,
    builtin_model,
    term_model,
)
from ui.reviews.wordlist_term import TermDialog
from ui.reviews.wordlist_try import TryPanel
from ui.session import Session
from ui.table_model import RowTableModel
from ui.table_view import build_table, select_key, selected_source_row

KIND = "adlaw_term"


def may_edit(session: Session) -> bool:
    """The rule of ``terms._require_editor``, to open the dialog read-only for others."""
    member = session.member()
    roles = member.roles if member is not None and member.active else ()
    return Role.TEAM_LEAD in roles or Role.COMPLIANCE in roles


class BuiltinTab(QWidget):
    """The shipped lists: general or one platform's; searchable, never edited here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_combo = QComboBox(self)
        self.list_combo.setObjectName("builtin_list")
        self.list_combo.addItem(self.tr("General list (every channel)"), None)
        for name in adlaw.platform_names():
            self.list_combo.addItem(self.tr("%1 list").replace("%1", name), name)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search words and suggestions"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = builtin_model(self)
        self.proxy, self.table = build_table(self, self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        note = QLabel(
            self.tr(
                "These lists ship with the app and are updated with it. Add the team's own "
                "words on the next tab; a team word with the same spelling takes precedence."
            ),
            self,
        )
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.list_combo)
        top.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.list_combo.currentIndexChanged.connect(self.refresh)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.model.set_rows(builtin_entries(self.list_combo.currentData()))


class TermsTab(QWidget):
    """The team's words (``allow`` False) or harmless phrases (``allow`` True)."""

    def __init__(self, session: Session, allow: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.allow = allow
        self.editable = may_edit(session)
        self.model: RowTableModel = allow_model(self) if allow else term_model(self)
        self.proxy, self.table = build_table(self, self.model)
        self.table.setObjectName("allow_table" if allow else "term_table")
        new_text = self.tr("Add Phrase…") if allow else self.tr("Add Word…")
        self.add_button = QPushButton(new_text, self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.setToolTip(self.tr("A paused entry stays listed but is not checked"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("To the trash; restore it from there"))
        if allow:
            hint = self.tr(
                "Phrases that contain a listed word but are harmless, e.g. 最近 or 第一季度: a "
                "hit inside one of them is not flagged."
            )
        else:
            hint = self.tr(
                "The team's own words, for every channel or for one platform (e.g. what "
                "小红书 or 抖音 restrict). They are checked along with the built-in lists."
            )
        label = QLabel(hint, self)
        label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.pause_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.allowed_label: QLabel | None = None
        if allow:
            self.allowed_label = QLabel(
                self.tr("Built-in harmless phrases (never flagged): %1").replace(
                    "%1", "、".join(builtin_allowed())
                ),
                self,
            )
            self.allowed_label.setWordWrap(True)
            self.allowed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.allowed_label)
        self.dialog: TermDialog | None = None

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.pause_button.clicked.connect(self.toggle_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def rows(self) -> list[TermRow]:
        return self.model.rows()

    def current(self) -> TermRow | None:
        row = selected_source_row(self.table, self.proxy)
        return self.model.row_at(row) if row is not None else None

    def select(self, uid: str) -> bool:
        return select_key(self.table, self.proxy, self.model, uid)

    def refresh(self, select: str | None = None) -> None:
        current = self.current()
        keep = select or (current.uid if current else None)
        self.model.set_rows([t for t in terms.list_terms() if t.allow == self.allow])
        if keep:
            self.select(keep)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        current = self.current()
        self.add_button.setEnabled(self.editable)
        for button in (self.edit_button, self.pause_button, self.remove_button):
            button.setEnabled(self.editable and current is not None)
        paused = current is not None and not current.active
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    # -- writes ------------------------------------------------------------------------------

    def add(self) -> TermDialog:
        return self._open(TermDialog(self.session, allow=self.allow, parent=self))

    @Slot()
    def edit_selected(self) -> TermDialog | None:
        current = self.current()
        if current is None or not self.editable:
            return None
        return self._open(TermDialog(self.session, current, parent=self))

    def _open(self, dialog: TermDialog) -> TermDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.refresh)
        dialog.open()
        return dialog

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected()

    @Slot()
    def toggle_selected(self) -> None:
        current = self.current()
        if current is None:
            return
        self._write(
            lambda: terms.edit_term(
                self.session.actor(), current.uid, current.version, active=not current.active
            ),
            current.uid,
        )

    @Slot()
    def remove_selected(self) -> None:
        current = self.current()
        if current is None:
            return
        self._write(lambda: terms.remove_term(self.session.actor(), current.uid), None)
        tasks.show_status(self, self.tr("“%1” moved to the trash.").replace("%1", current.term))

    def _write(self, write: Callable[[], object], select: str | None) -> None:
        try:
            write()
        except DeskError as err:
            notify.desk_error(self, err)
        self.refresh(select)
        events.announce(KIND)


class WordListDialog(QDialog):
    """The tabs of lists above the 试一试 box; the box checks with what is saved."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordlist_dialog")
        self.setWindowTitle(self.tr("Advertising-Law Word Lists"))
        self.session = session
        self.notice = QLabel(
            self.tr(
                "Only the team lead or a compliance reviewer edits the team's lists; you can "
                "look at them here."
            ),
            self,
        )
        self.notice.setObjectName("read_only_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4e5; padding: 6px; border-radius: 4px;")
        self.notice.setVisible(not may_edit(session))
        self.tabs = QTabWidget(self)
        self.builtin = BuiltinTab(self)
        self.words = TermsTab(session, allow=False, parent=self)
        self.allowed = TermsTab(session, allow=True, parent=self)
        self.tabs.addTab(self.builtin, self.tr("Built-in"))
        self.tabs.addTab(self.words, self.tr("Team Words"))
        self.tabs.addTab(self.allowed, self.tr("Harmless Phrases"))
        self.try_panel = TryPanel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.try_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 320])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1000, 720)
        events.hub().records_changed.connect(self._on_records_changed)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, KIND, "list_option"):
            self.words.refresh()
            self.allowed.refresh()
            self.try_panel.fill_platforms()
            self.try_panel.run()

    def tables(self) -> list[QTableView]:
        return [self.builtin.table, self.words.table, self.allowed.table]
