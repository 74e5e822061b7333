"""Refresh the Chinese translation of the interface from the sources, then compile it.

Usage (from the repository root)::

    uv run python scripts/update_translations.py

1. ``pyside6-lupdate ui/*.py -target-language zh_CN -locations relative -no-obsolete
   -ts resources/i18n/marketing_desk_zh_CN.ts`` adds new ``tr()`` strings (marked
   ``type="unfinished"``) and drops strings no longer in the code, keeping the translations.
2. Translate every unfinished string in the .ts (Qt Linguist: ``pyside6-linguist``, or any
   text editor) and remove ``type="unfinished"``. tests/ui/test_translations.py fails while
   one is left.
3. ``pyside6-lrelease resources/i18n/marketing_desk_zh_CN.ts
   -qm resources/i18n/marketing_desk_zh_CN.qm`` compiles what the app loads; run this script
   again (or just that command) after translating.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "marketing_desk_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def sources(folder: Path) -> list[str]:
    """The Python files of ``folder`` (lupdate does not scan folders for .py files)."""
    return [str(p) for p in sorted(folder.rglob("*.py"))]


def lupdate(folder: Path, ts: Path, *extra: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(folder),
            "-target-language",
            "zh_CN",
            "-locations",
            "relative",
            *extra,
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def main() -> int:
    lupdate(ROOT / "ui", TS, "-no-obsolete")
    lrelease(TS, QM)
    unfinished = TS.read_text(encoding="utf-8").count('type="unfinished"')
    if unfinished:
        print(f"{unfinished} string(s) still need a Chinese translation in {TS}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
