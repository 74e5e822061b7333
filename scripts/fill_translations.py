"""Fill unfinished Chinese translations from a JSON file, then compile the catalogue.

Helpers working in parallel: run it as ``flock /tmp/ts.lock uv run python scripts/...``.

Usage (from the repository root)::

    uv run python scripts/fill_translations.py zh.json

``zh.json`` maps an English source string to its Chinese translation, or a context name to
such a mapping when the same English needs different Chinese in different places::

    {"Approve": "通过", "ReviewScreen": {"Reject": "退回"}}

Only messages still marked ``type="unfinished"`` are filled; run
``scripts/update_translations.py`` first so lupdate has added the new strings. Plural
messages (``numerus="yes"``) get the one Chinese form in their single ``<numerusform>``.
Prints what is still unfinished afterwards.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import update_translations
from update_translations import TS


def lookup(table: dict, context: str, source: str) -> str | None:
    scoped = table.get(context)
    if isinstance(scoped, dict) and isinstance(scoped.get(source), str):
        return scoped[source]
    found = table.get(source)
    return found if isinstance(found, str) else None


def fill(ts: Path, table: dict) -> list[tuple[str, str]]:
    """Fill what ``table`` knows; return the (context, source) pairs still unfinished."""
    tree = ET.parse(ts)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            chinese = lookup(table, name, source)
            if chinese is None:
                missing.append((name, source))
                continue
            del translation.attrib["type"]
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                for form in forms:
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = chinese
            else:
                translation.text = chinese
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> int:
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    missing = fill(TS, table)
    update_translations.main()  # lupdate rewrites the file in its own layout, then lrelease
    for context, source in missing:
        print(f"unfinished: [{context}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
