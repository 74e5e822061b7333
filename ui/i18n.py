"""Choosing the interface language and loading the app's and Qt's translations."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
APP_QM = I18N_DIR / "marketing_desk_zh_CN.qm"
APP_TS = I18N_DIR / "marketing_desk_zh_CN.ts"


def system_language() -> str:
    """zh_CN on a Chinese system (any Chinese locale), English otherwise."""
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def choose_language(cli: str | None, saved: str | None) -> str:
    """``--lang`` first, then the saved choice, then the system locale."""
    for choice in (cli, saved):
        if choice:
            return "zh_CN" if choice.lower().replace("-", "_").startswith("zh") else "en"
    return system_language()


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the app's translation and Qt's own (standard buttons, dialogs) for ``lang``.

    English is the source language, so it needs none. The translators are parented to the
    application so they live as long as it does.
    """
    if lang != "zh_CN":
        return []
    installed = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for qm in (qt_dir / "qtbase_zh_CN.qm", APP_QM):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:  # the app still works, in English
            log.warning("translation %s could not be loaded", qm)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
