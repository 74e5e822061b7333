"""The application-wide signal hub: after a write, which kind of record changed.

Pages connect to :attr:`RecordEvents.records_changed` and re-query themselves, so a write in
a dialog, a background import or a restore refreshes every page that shows those records.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

ALL = "*"  # every kind changed at once (a database restore)


class RecordEvents(QObject):
    """One instance per application; emit after a successful write."""

    # The table name of the changed records ("member", ...) or ALL.
    records_changed = Signal(str)


_hub: RecordEvents | None = None


def hub() -> RecordEvents:
    global _hub
    if _hub is None:
        _hub = RecordEvents()
    return _hub


def announce(kind: str) -> None:
    """Tell every page that records of ``kind`` changed; call it in the GUI thread."""
    hub().records_changed.emit(kind)


def concerns(kind: str, *mine: str) -> bool:
    """True when a ``records_changed`` event is about one of the kinds a page shows."""
    return kind == ALL or kind in mine
