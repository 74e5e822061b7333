"""The brand style guide all content follows (R-5.6): one record, versioned, kept in the app.

Core values, tone, visual identity and wording rules are free text; the words to use and the
words to avoid are lists (one per line or separated by commas), and :func:`check_wording`
finds avoided words in a draft. Saving passes the version that was loaded: when a colleague
saved in between, :class:`~models.errors.ConflictError` carries both versions. Each save is in
the audit log, which is the guide's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models import base, messages
from models.base import Actor
from models.db import write
from models.errors import ValidationError
from models.topics.model import StyleGuide, split_items

FIELDS = ("core_values", "tone", "visual", "wording", "words_use", "words_avoid")
LIST_FIELDS = ("words_use", "words_avoid")

messages.register_fields(
    {
        "core_values": ("Core values", "核心价值"),
        "tone": ("Tone of voice", "语气调性"),
        "visual": ("Visual identity", "视觉规范"),
        "wording": ("Wording rules", "用语规范"),
        "words_use": ("Words to use", "推荐用语"),
        "words_avoid": ("Words to avoid", "禁用词"),
    }
)


@dataclass(frozen=True)
class StyleGuideRow:
    """A snapshot of the style guide; ``version`` is what a save must pass back."""

    uid: str
    core_values: str
    tone: str
    visual: str
    wording: str
    words_use: tuple[str, ...]
    words_avoid: tuple[str, ...]
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class GuideRevision:
    """One saved change of the guide: who, when, and which parts changed."""

    at: datetime
    actor_name: str
    version: int
    fields: tuple[str, ...]


def _guide() -> StyleGuide:
    found = StyleGuide.alive().order_by(StyleGuide.id).first()
    if found is None:  # the migration creates it; only a hand-edited file lacks it
        found = base.create(StyleGuide, Actor.system())
    return found


def _row(g: StyleGuide) -> StyleGuideRow:
    return StyleGuideRow(
        g.uid,
        g.core_values,
        g.tone,
        g.visual,
        g.wording,
        tuple(split_items(g.words_use)),
        tuple(split_items(g.words_avoid)),
        g.updated_at,
        g.version,
    )


def get_guide() -> StyleGuideRow:
    return _row(_guide())


def save_guide(actor: Actor, expected_version: int | None, **changes: Any) -> StyleGuideRow:
    """Save changed parts of the guide; raises ConflictError if it changed since it was loaded."""
    with write():
        values: dict[str, str] = {}
        for key, value in changes.items():
            if key not in FIELDS:
                raise ValidationError("unknown_field", field=key)
            if key in LIST_FIELDS:
                values[key] = "\n".join(split_items(value))
            else:
                values[key] = str(value or "").strip()
        guide = _guide()
        return _row(base.update(StyleGuide, guide.uid, values, expected_version, actor))


def guide_history() -> list[GuideRevision]:
    """Every saved change of the guide, newest first."""
    out = []
    for entry in reversed(base.history(_guide().uid)):
        if entry.action != "update":
            continue
        after = entry.after_values()
        fields = tuple(k for k in after if k != "version")
        out.append(GuideRevision(entry.at, entry.actor_name, int(after.get("version", 0)), fields))
    return out


@dataclass(frozen=True)
class WordingHit:
    """An avoided word found in a text, at ``start`` (a character offset)."""

    word: str
    start: int


def check_wording(text: str, guide: StyleGuideRow | None = None) -> list[WordingHit]:
    """Where the text uses a word the guide says to avoid (case-insensitive), in text order."""
    guide = guide or get_guide()
    folded = text.casefold()
    hits = []
    for word in guide.words_avoid:
        key = word.casefold()
        start = folded.find(key)
        while start >= 0:
            hits.append(WordingHit(word, start))
            start = folded.find(key, start + len(key))
    return sorted(hits, key=lambda h: (h.start, h.word))
