"""Every user setting, with its key and default in one place, stored through QSettings."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("zh_CN", "en")


def location_key(location: str | os.PathLike[str]) -> str:
    """A stable settings key for a database: its resolved path (or URL), hashed.

    QSettings treats '/' and '\\' in keys as groups, so the path itself cannot be the key.
    """
    text = os.fspath(location)
    if "://" not in text:
        text = str(Path(text).expanduser().resolve())
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class Settings:
    """Typed access to the app's settings; tests pass an INI file under tmp_path."""

    # Every key lives here; values that depend on a table or database fill the braces.
    GEOMETRY = "window/geometry"
    WINDOW_STATE = "window/state"
    LANGUAGE = "general/language"
    LAST_FOLDER = "general/last_folder"
    HEADER = "tables/{name}/header"
    PAGE_VIEW = "pages/{name}/view"
    MEMBER_UID = "identity/{key}/member_uid"
    MEMBER_DB = "identity/{key}/database"

    def __init__(self, ini_path: str | os.PathLike[str] | None = None) -> None:
        if ini_path is None:
            # Organisation and application names come from the QApplication (ui.app).
            self._q = QSettings()
        else:
            self._q = QSettings(os.fspath(ini_path), QSettings.Format.IniFormat)

    def file_name(self) -> str:
        return self._q.fileName()

    def sync(self) -> None:
        self._q.sync()

    # -- window and tables -------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(self.GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._q.setValue(self.GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(self.WINDOW_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue(self.WINDOW_STATE, value)

    def header_state(self, table: str) -> QByteArray | None:
        """Column widths, order and sort indicator of one table (QHeaderView.saveState)."""
        return self._bytes(self.HEADER.format(name=table))

    def page_view(self, page: str) -> int:
        """Which view of a page was last shown (e.g. the backlog's table 0 or board 1)."""
        return int(self._q.value(self.PAGE_VIEW.format(name=page), 0) or 0)

    def set_page_view(self, page: str, view: int) -> None:
        self._q.setValue(self.PAGE_VIEW.format(name=page), int(view))

    def set_header_state(self, table: str, state: QByteArray) -> None:
        self._q.setValue(self.HEADER.format(name=table), state)

    # -- general -----------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """'zh_CN' or 'en' when the user chose one; None to follow the system."""
        value = str(self._q.value(self.LANGUAGE, "") or "")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value in LANGUAGES:
            self._q.setValue(self.LANGUAGE, value)
        else:
            self._q.remove(self.LANGUAGE)

    @property
    def last_folder(self) -> str:
        """The folder of the last file opened or saved (backups, imports, exports)."""
        value = str(self._q.value(self.LAST_FOLDER, "") or "")
        return value if value and Path(value).is_dir() else str(Path.home())

    @last_folder.setter
    def last_folder(self, value: str | os.PathLike[str]) -> None:
        path = Path(value)
        self._q.setValue(self.LAST_FOLDER, str(path if path.is_dir() else path.parent))

    # -- who I am, per database ----------------------------------------------------------

    def member_uid(self, location: str | os.PathLike[str]) -> str | None:
        """The uid of the member using this database on this machine, if chosen."""
        value = self._q.value(self.MEMBER_UID.format(key=location_key(location)), "")
        return str(value) if value else None

    def set_member_uid(self, location: str | os.PathLike[str], uid: str | None) -> None:
        key = location_key(location)
        if uid:
            self._q.setValue(self.MEMBER_UID.format(key=key), uid)
            # The path beside the hash keeps the INI readable for someone fixing it by hand.
            self._q.setValue(self.MEMBER_DB.format(key=key), os.fspath(location))
        else:
            self._q.remove(f"identity/{key}")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None
