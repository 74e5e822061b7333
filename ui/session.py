"""Who is using the app on the open database: the member recorded on every write."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from models import team
from models.base import Actor
from models.errors import NotFound
from models.team import MemberRow
from ui.settings import Settings


class Session(QObject):
    """The open database's location and the member chosen as "who I am" (kept per database)."""

    member_changed = Signal()

    def __init__(self, settings: Settings, location: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.location = location

    def member(self) -> MemberRow | None:
        """The current member, read fresh (a rename shows at once); None if unset or gone."""
        uid = self.settings.member_uid(self.location)
        if uid is None:
            return None
        try:
            return MemberRow.of(team.get(uid))
        except NotFound:  # trashed, purged, or another database was restored
            return None

    def actor(self) -> Actor:
        """The acting member for writes; the system actor only before anyone is chosen."""
        row = self.member()
        return Actor(row.uid, row.name) if row is not None else Actor.system()

    def set_member(self, uid: str | None) -> None:
        self.settings.set_member_uid(self.location, uid)
        self.settings.sync()
        self.member_changed.emit()
