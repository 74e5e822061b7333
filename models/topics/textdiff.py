"""A readable diff between two versions of a text (R-5.4: what changed since the last round).

Two forms of the same comparison: a unified text diff (for a plain view or an e-mail) and a
structured one the GUI can colour: lines marked equal/insert/delete/change, and inside a
changed line the inserted and deleted pieces. Chinese has no spaces between words, so inside
a line the text is compared character by character; runs of Latin letters and digits are
compared as whole words so that English and numbers stay readable.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

EQUAL, INSERT, DELETE, CHANGE = "equal", "insert", "delete", "change"
_TOKENS = re.compile(r"[A-Za-z0-9_]+|\s+|.", re.DOTALL)
# below this similarity two lines are shown as one deleted and one inserted, not as a change
PAIR_RATIO = 0.3


@dataclass(frozen=True)
class Span:
    """A piece of a line: unchanged (equal), added (insert) or removed (delete)."""

    kind: str
    text: str


@dataclass(frozen=True)
class DiffLine:
    """One line of the structured diff, with line numbers in the old and new text (1-based).

    ``spans`` reads as track changes: for a changed line, the removed and added pieces in
    reading order; for the other kinds, the whole line as one span of that kind.
    """

    kind: str
    old_no: int | None
    new_no: int | None
    old_text: str
    new_text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class TextDiff:
    """The comparison of two texts: structured lines, a unified diff and a count of changes."""

    lines: tuple[DiffLine, ...]
    unified: str
    inserted_chars: int
    deleted_chars: int

    @property
    def changed(self) -> bool:
        return any(line.kind != EQUAL for line in self.lines)


def inline_spans(old: str, new: str) -> tuple[Span, ...]:
    """The changes inside a line: characters (and whole Latin words) added and removed."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    spans: list[Span] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _add(spans, EQUAL, "".join(a[i1:i2]))
        else:
            _add(spans, DELETE, "".join(a[i1:i2]))
            _add(spans, INSERT, "".join(b[j1:j2]))
    return tuple(spans)


def _add(spans: list[Span], kind: str, text: str) -> None:
    if not text:
        return
    if spans and spans[-1].kind == kind:
        spans[-1] = Span(kind, spans[-1].text + text)
    else:
        spans.append(Span(kind, text))


def _ratio(old: str, new: str) -> float:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    if matcher.real_quick_ratio() < PAIR_RATIO or matcher.quick_ratio() < PAIR_RATIO:
        return 0.0
    return matcher.ratio()


def _replace(a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int) -> list[DiffLine]:
    """Lines replaced by others: pair each with its most similar counterpart (as difflib's
    Differ does), so that an inserted line does not shift every later line into a "change"."""
    best, bi, bj = PAIR_RATIO, -1, -1
    for j in range(j1, j2):
        for i in range(i1, i2):
            ratio = _ratio(a[i], b[j])
            if ratio > best:
                best, bi, bj = ratio, i, j
    if bi < 0:
        deleted = [
            DiffLine(DELETE, k + 1, None, a[k], "", _whole(DELETE, a[k])) for k in range(i1, i2)
        ]
        inserted = [
            DiffLine(INSERT, None, k + 1, "", b[k], _whole(INSERT, b[k])) for k in range(j1, j2)
        ]
        return deleted + inserted
    pair = DiffLine(CHANGE, bi + 1, bj + 1, a[bi], b[bj], inline_spans(a[bi], b[bj]))
    return [*_replace(a, b, i1, bi, j1, bj), pair, *_replace(a, b, bi + 1, i2, bj + 1, j2)]


def diff_texts(
    old: str, new: str, *, old_label: str = "old", new_label: str = "new", context: int = 3
) -> TextDiff:
    """Compare two texts line by line, then inside each changed line."""
    a, b = old.splitlines(), new.splitlines()
    lines: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for k in range(i2 - i1):
                same = a[i1 + k]
                lines.append(
                    DiffLine(EQUAL, i1 + k + 1, j1 + k + 1, same, same, _whole(EQUAL, same))
                )
        else:
            lines += _replace(a, b, i1, i2, j1, j2)
    inserted = sum(len(s.text) for line in lines for s in line.spans if s.kind == INSERT)
    deleted = sum(len(s.text) for line in lines for s in line.spans if s.kind == DELETE)
    unified = "\n".join(
        difflib.unified_diff(a, b, fromfile=old_label, tofile=new_label, lineterm="", n=context)
    )
    return TextDiff(tuple(lines), unified, inserted, deleted)


def _whole(kind: str, text: str) -> tuple[Span, ...]:
    return (Span(kind, text),) if text else ()
