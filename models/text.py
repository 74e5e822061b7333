"""Text normalisation shared by header matching, role names and search."""

from __future__ import annotations

import unicodedata

_SPACES = {"\u00a0", "\u3000", "\u2002", "\u2003", "\u2009", "\u200b", "\ufeff"}


def normalize(text: str) -> str:
    """Fold full-width forms (NFKC), case and every kind of space away, for matching keys."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    # split() drops exactly the characters isspace() knows (in C); the zero-width ones
    # in _SPACES are not among them.
    return "".join(folded.split()).replace("\u200b", "").replace("\ufeff", "")


def clean_cell_text(text: str) -> str:
    """Trim ordinary and non-breaking spaces around a typed value; keep inner new lines."""
    for ch in _SPACES:
        text = text.replace(ch, " ")
    return text.strip()
