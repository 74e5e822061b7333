"""审核链设置: the review chain per content form or channel, and what an edit after approval
sends back through review (R-5.4).

Everyone may look; only the team lead saves (``models.reviews.chain.require_lead`` holds
whatever this dialog does — for others it opens read-only). Every chain and the policy are
saved together in one transaction (``models.reviews.tools_chain.save_settings``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import DeskError
from models.reviews import chain
from models.reviews.chain import LevelSpec, channel_scope, form_scope
from models.reviews.schema import Policy
from models.reviews.tools_chain import CHANNEL, FORM, save_settings, scope_parts, spec_of
from models.reviews.wording import ReviewInvalid
from models.team import Role
from models.topics import options
from ui import events
from ui.reviews.chain_table import LevelTable, normal_spec
from ui.session import Session
from ui.widgets import ErrorLabel

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_KINDS = ("review_level", "review_setting")


def is_lead(session: Session) -> bool:
    member = session.member()
    return member is not None and member.active and Role.TEAM_LEAD in member.roles


class ChainDialog(QDialog):
    """The chains (default, per form, per channel) with their levels, and the policy."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chain_dialog")
        self.setWindowTitle(self.tr("Review Chain Settings"))
        self.session = session
        self.read_only = not is_lead(session)
        self.loaded = {
            s: [normal_spec(spec_of(lv)) for lv in lvs] for s, lvs in chain.chains().items()
        }
        self.working = {s: list(specs) for s, specs in self.loaded.items()}
        self.loaded_policy = chain.policy()
        self.shown_scope: str | None = None

        self.notice = QLabel(
            self.tr("Only the team lead can change the review chain; you can look at it here."),
            self,
        )
        self.notice.setObjectName("read_only_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4e5; padding: 6px; border-radius: 4px;")
        self.notice.setVisible(self.read_only)

        self.scope_list = QListWidget(self)
        self.scope_list.setObjectName("scope_list")
        self.scope_combo = QComboBox(self)
        self.scope_combo.setToolTip(
            self.tr(
                "A content form or channel that needs its own chain, e.g. live streams with "
                "a script check"
            )
        )
        self.add_scope_button = QPushButton(self.tr("Add Chain"), self)
        self.remove_scope_button = QPushButton(self.tr("Remove This Chain"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Chains:"), self))
        left_layout.addWidget(self.scope_list, 1)
        left_layout.addWidget(self.scope_combo)
        adding = QHBoxLayout()
        adding.addWidget(self.add_scope_button)
        adding.addWidget(self.remove_scope_button)
        left_layout.addLayout(adding)

        self.table = LevelTable(self)
        self.chain_label = QLabel(self)
        self.chain_label.setWordWrap(True)
        self.add_level_button = QPushButton(self.tr("Add Level"), self)
        self.remove_level_button = QPushButton(self.tr("Remove Level"), self)
        self.up_button = QPushButton(self.tr("Move Up"), self)
        self.down_button = QPushButton(self.tr("Move Down"), self)
        buttons = QHBoxLayout()
        for button in (
            self.add_level_button,
            self.remove_level_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chain_label)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 640])

        self.policy_box = QGroupBox(self.tr("When approved content is edited"), self)
        self.policy_all = QRadioButton(self.tr("All levels sign again, from the first"), self)
        self.policy_invalidated = QRadioButton(
            self.tr(
                "Only from the first level whose approval the edit voids (see the columns "
                "on the right)"
            ),
            self,
        )
        policy_layout = QVBoxLayout(self.policy_box)
        policy_layout.addWidget(self.policy_all)
        policy_layout.addWidget(self.policy_invalidated)
        (
            self.policy_all if self.loaded_policy is Policy.ALL else self.policy_invalidated
        ).setChecked(True)

        self.rule_label = QLabel(
            self.tr(
                "A level is done when one member holding its role approves it. A topic uses the "
                "chain of its content form if there is one, else the longest chain among its "
                "channels, else the default chain. Drafts already in review keep the chain they "
                "started with; the next submission uses these settings."
            ),
            self,
        )
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: palette(placeholder-text);")
        self.error = ErrorLabel(self)
        self.error.setObjectName("chain_error")
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(
            standard.Close if self.read_only else standard.Save | standard.Cancel, self
        )
        self.save_button = self.buttons.button(standard.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.policy_box)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

        self.scope_list.currentItemChanged.connect(self._on_scope_list_current_item_changed)
        self.add_scope_button.clicked.connect(self.add_scope)
        self.remove_scope_button.clicked.connect(self.remove_scope)
        self.add_level_button.clicked.connect(self._on_add_level_button_clicked)
        self.remove_level_button.clicked.connect(self.table.remove_current)
        self.up_button.clicked.connect(lambda: self.table.move_current(-1))
        self.down_button.clicked.connect(lambda: self.table.move_current(1))
        self.table.set_read_only(self.read_only)
        self._fill_scopes("")
        editors = (
            self.scope_combo,
            self.add_scope_button,
            self.remove_scope_button,
            self.add_level_button,
            self.remove_level_button,
            self.up_button,
            self.down_button,
            self.policy_all,
            self.policy_invalidated,
        )
        for widget in editors:
            widget.setEnabled(not self.read_only)
        self._update_buttons()

    # -- chains ----------------------------------------------------------------------------------

    def scope_text(self, scope: str) -> str:
        kind, label = scope_parts(scope)
        if kind == FORM:
            return self.tr("Content form: %1").replace("%1", label)
        if kind == CHANNEL:
            return self.tr("Channel: %1").replace("%1", label)
        return self.tr("Default chain")

    def scopes(self) -> list[str]:
        return [self.scope_list.item(i).data(SCOPE_ROLE) for i in range(self.scope_list.count())]

    def select_scope(self, scope: str) -> None:
        for i in range(self.scope_list.count()):
            if self.scope_list.item(i).data(SCOPE_ROLE) == scope:
                self.scope_list.setCurrentRow(i)

    def _fill_scopes(self, select: str) -> None:
        self._keep_table()
        self.shown_scope = None
        self.scope_list.blockSignals(True)
        self.scope_list.clear()
        for scope in sorted(self.working, key=lambda s: (s != "", scope_parts(s)[0] != FORM, s)):
            item = QListWidgetItem(self.scope_text(scope), self.scope_list)
            item.setData(SCOPE_ROLE, scope)
        self.scope_list.blockSignals(False)
        self.select_scope(select)
        self.scope_combo.clear()
        for list_key, make in ((options.FORM, form_scope), (options.CHANNEL, channel_scope)):
            for label in options.labels(list_key):
                if make(label) not in self.working:
                    self.scope_combo.addItem(self.scope_text(make(label)), make(label))

    def _keep_table(self) -> None:
        if self.shown_scope is not None:
            self.working[self.shown_scope] = self.table.specs()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_scope_list_current_item_changed(
        self, current: QListWidgetItem | None, _: object
    ) -> None:
        self._keep_table()
        self.shown_scope = current.data(SCOPE_ROLE) if current is not None else None
        self.table.set_specs(self.working.get(self.shown_scope or "", []))
        if self.shown_scope:
            self.chain_label.setText(
                self.tr(
                    "Levels of this chain, signed from top to bottom; it replaces the default "
                    "chain for its topics."
                )
            )
        else:
            self.chain_label.setText(
                self.tr("Levels of the default chain, signed from top to bottom.")
            )
        self._update_buttons()

    @Slot()
    def add_scope(self) -> None:
        """A chain for the chosen form or channel, starting as a copy of the default chain."""
        scope = self.scope_combo.currentData()
        if not scope:
            return
        self._keep_table()
        self.working[scope] = list(self.working.get("", []))
        self._fill_scopes(scope)

    @Slot()
    def remove_scope(self) -> None:
        if not self.shown_scope:
            return
        scope, self.shown_scope = self.shown_scope, None
        del self.working[scope]
        self._fill_scopes("")

    @Slot()
    def _on_add_level_button_clicked(self) -> None:
        self.table.add_level(self.tr("New level"))

    def _update_buttons(self) -> None:
        self.remove_scope_button.setEnabled(not self.read_only and bool(self.shown_scope))
        self.add_scope_button.setEnabled(not self.read_only and self.scope_combo.count() > 0)

    # -- saving ----------------------------------------------------------------------------------

    def chosen_policy(self) -> Policy:
        return Policy.ALL if self.policy_all.isChecked() else Policy.INVALIDATED

    def changes(self) -> dict[str, list[LevelSpec]]:
        """The chains that differ from what was loaded (a removed one: no levels)."""
        self._keep_table()
        out = {
            s: specs
            for s, specs in self.working.items()
            if [normal_spec(x) for x in specs] != self.loaded.get(s)
        }
        out |= {s: [] for s in self.loaded if s not in self.working}
        return out

    def accept(self) -> None:
        if self.read_only or self.save():
            super().accept()

    def save(self) -> bool:
        """Save every change at once; False (and the error shown beside its chain) if refused."""
        self.error.show_text("")
        changes = self.changes()
        policy = self.chosen_policy()
        if not changes and policy is self.loaded_policy:
            return True
        lang = messages.language()
        try:
            save_settings(self.session.actor(), changes, policy)
        except ReviewInvalid as err:
            self._show_invalid(err, lang)
            return False
        except DeskError as err:
            self.error.show_text(err.message(lang))
            return False
        for kind in CHANGED_KINDS:
            events.announce(kind)
        return True

    def _show_invalid(self, err: ReviewInvalid, lang: str) -> None:
        scope = str(err.params.get("scope", self.shown_scope or ""))
        position = err.params.get("position")
        self.select_scope(scope)
        where = self.scope_text(scope)
        if isinstance(position, int):
            self.table.selectRow(position - 1)
            where = self.tr("%1, level %2").replace("%1", where).replace("%2", str(position))
        self.error.show_text(
            self.tr("%1: %2").replace("%1", where).replace("%2", err.message(lang))
        )
