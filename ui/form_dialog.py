"""The shape every record form shares: fields with their error lines, save, conflicts.

A subclass lays out its fields with :meth:`FormDialog.add_row`, says what the form holds
(:meth:`values`), what was loaded (:meth:`loaded`), and how to create and update the record.
Saving happens in the dialog so that an error keeps it open beside the field concerned; a
stale version opens the conflict dialog (optimistic locking, as on the team page).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.base import Record
from models.errors import ConflictError, DeskError, ValidationError
from ui import events
from ui.conflict_dialog import ConflictDialog
from ui.session import Session
from ui.widgets import ErrorLabel, with_error


class FormDialog(QDialog):
    """Add or edit one training record; ``saved`` carries its uid after a successful write."""

    saved = Signal(str)

    kind = ""  # the event kind announced after a write (the table name)

    def __init__(
        self, session: Session, version: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.version = version  # optimistic locking: the version we loaded; None when new
        self.errors: dict[str, ErrorLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.conflict_dialog: ConflictDialog | None = None
        self._pending: dict[str, Any] = {}

    def add_row(
        self, field: str, label: str, widget: QWidget, focus: QWidget | None = None
    ) -> None:
        """A labelled field with its error line; ``focus`` is what gets focus on an error."""
        box, self.errors[field] = with_error(widget, self)
        self.field_widgets[field] = focus or widget
        self.form.addRow(label, box)

    # -- what subclasses say ----------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return self.version is None

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def loaded(self) -> dict[str, Any]:
        """The values as loaded, in the shape of values(); only used when editing."""
        raise NotImplementedError

    def snapshot(self) -> dict[str, Any]:
        """The loaded values in the shape of a ConflictError's ``theirs`` (stored values)."""
        return {}

    def format_value(self, field: str, value: Any) -> str:
        return "" if value is None else str(value)

    def write_new(self, values: dict[str, Any]) -> Record:
        raise NotImplementedError

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Record:
        raise NotImplementedError

    # -- saving -----------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """Only the fields the user changed, so "keep mine" never overwrites other edits."""
        loaded = self.loaded()
        return {k: v for k, v in self.values().items() if v != loaded.get(k)}

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Write the form; False (and the errors shown) when it could not be saved."""
        self._clear_errors()
        if self.is_new:
            return self._try(lambda: self.write_new(self.values()))
        changes = self.changes()
        if not changes:
            return True
        return self._try(lambda: self.write_changes(changes, self.version), changes)

    def _try(self, write: Callable[[], Record], changes: dict[str, Any] | None = None) -> bool:
        lang = messages.language()
        try:
            record = write()
        except ValidationError as err:
            field = str(err.params.get("field", ""))
            target = self.errors.get(field, self.general_error)
            target.show_text(err.message(lang))
            if field in self.field_widgets:
                self.field_widgets[field].setFocus()
            return False
        except ConflictError as err:
            self._show_conflict(err, changes or {})
            return False
        except DeskError as err:
            self.general_error.show_text(err.message(lang))
            return False
        events.announce(self.kind)
        self.saved.emit(record.uid)
        return True

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_text("")

    def _show_conflict(self, err: ConflictError, changes: dict[str, Any]) -> None:
        self._pending = changes
        self.conflict_dialog = ConflictDialog(err, self.snapshot(), self.format_value, self)
        self.conflict_dialog.keep_mine_chosen.connect(self._on_conflict_keep_mine_chosen)
        self.conflict_dialog.take_theirs_chosen.connect(self._on_conflict_take_theirs_chosen)
        self.conflict_dialog.open()

    @Slot()
    def _on_conflict_keep_mine_chosen(self) -> None:
        assert self.conflict_dialog is not None
        self.version = int(self.conflict_dialog.err.theirs["version"])  # save over what we saw
        if self._try(lambda: self.write_changes(self._pending, self.version), self._pending):
            super().accept()

    @Slot()
    def _on_conflict_take_theirs_chosen(self) -> None:
        events.announce(self.kind)  # the page shows their version
        self.reject()
