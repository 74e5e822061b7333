"""The Chinese translation is complete, current with the sources, compiled, and used."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from models.team import ROLE_NAMES, Role
from ui.i18n import APP_QM, APP_TS, ROOT
from ui.labels import role_label

_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py"
)
assert _spec is not None and _spec.loader is not None
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)


def messages_of(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_string_has_a_chinese_translation():
    problems = []
    for key, message in messages_of(APP_TS).items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append((translation.get("type"), key))
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if message.get("numerus") == "yes" else [translation.text]
        if not texts or not all(t and t.strip() for t in texts):
            problems.append(("empty", key))
        elif message.get("numerus") == "yes" and not all("%n" in t for t in texts):
            problems.append(("no %n", key))
    assert problems == []


def test_the_ts_is_current_with_the_sources(tmp_path):
    fresh = tmp_path / "fresh_zh_CN.ts"
    update.lupdate(ROOT / "ui", fresh)  # what the code asks for today
    wanted = set(messages_of(fresh))
    have = set(messages_of(APP_TS))
    assert len(wanted) > 50
    assert sorted(wanted - have) == [], "run: uv run python scripts/update_translations.py"
    assert sorted(have - wanted) == [], "strings no longer in the code: run the script"


def test_the_qm_is_compiled_from_the_current_ts(tmp_path):
    qm = tmp_path / "check.qm"
    update.lrelease(APP_TS, qm)
    assert qm.read_bytes() == APP_QM.read_bytes(), (
        "run: uv run python scripts/update_translations.py"
    )


def test_the_qm_translates(qapp, zh):
    translator = QTranslator()
    assert translator.load(str(APP_QM))
    assert translator.translate("TeamPage", "Team") == "团队"
    # Installed (the zh fixture), plurals get their number.
    assert QCoreApplication.translate("TeamPage", "%n member(s)", "", 3) == "共 3 名成员"
    assert QCoreApplication.translate("DatabaseActions", "Restore") == "恢复"


def test_role_labels_match_the_core_in_both_languages(zh):
    for role in Role:
        assert role_label(role) == ROLE_NAMES[role][1]


def test_role_labels_in_english():
    for role in Role:
        assert role_label(role) == ROLE_NAMES[role][0]
    assert QCoreApplication.translate("labels", ", ") == ", "
