"""The app's icons: small SVG files under resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ui.i18n import ROOT

ICON_DIR = ROOT / "resources" / "icons"


def icon(name: str) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
