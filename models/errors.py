"""Typed errors raised by the domain core; the UI and the CLI word them (see messages.py)."""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """Base of every error the core raises on purpose.

    ``code`` names a message in :mod:`models.messages`; ``params`` fill its placeholders.
    """

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code}: {params}" if params else self.code)

    def message(self, lang: str | None = None) -> str:
        from models.messages import text

        return text(self.code, lang, **self.params)


class ValidationError(DeskError):
    """A value a user gave breaks a rule; ``params['field']`` names the field when known."""

    code = "invalid"


class NotFound(DeskError):
    code = "not_found"


class PermissionDenied(DeskError):
    code = "permission_denied"


class WorkflowError(DeskError):
    code = "workflow"


class ConflictError(DeskError):
    """Someone else saved the record since it was loaded (optimistic locking).

    ``mine`` holds the values the caller tried to save, ``theirs`` the stored values now.
    """

    code = "conflict"

    def __init__(self, table: str, uid: str, mine: dict[str, Any], theirs: dict[str, Any]):
        super().__init__(self.code, table=table, uid=uid)
        self.table = table
        self.uid = uid
        self.mine = mine
        self.theirs = theirs


class SchemaTooNew(DeskError):
    code = "schema_too_new"


class DatabaseUnusable(DeskError):
    code = "db_unusable"


class Cancelled(DeskError):
    """A long job was cancelled by the user; its transaction was rolled back."""

    code = "cancelled"
