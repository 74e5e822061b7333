"""The Advertising-Law checker (R-2.1, R-2.2): wording the law or a platform forbids, found in
a title, a body or hashtags, with where it is and what to write instead.

The word lists live in ``resources/adlaw`` (the shipped default, see its README) and in the
table ``adlaw_term`` (the team's own words and allowed phrases, see terms.py).

How text is matched: both the text and the terms are *folded* character by character —
NFKC (full-width ＡＢＣ１％ → abc1%), case, traditional → simplified for the characters of
the list (國家級 → 国家级) — and characters people put inside a word to slip past a filter
are skipped: spaces of every kind, dashes, dots, stars, slashes, emoji and other symbols
(最 佳, 最-佳, 最*佳, 最🔥佳). Sentence punctuation (，。！) is kept, so a hit never spans
two clauses. Each folded character remembers its position in the original text, so a hit
carries ``start``/``end`` there. Terms made of Latin letters or digits only match whole
(TOP1 is not found in TOP10, 100% not in 1100%).

A hit inside an allowed phrase is dropped (最近 silences 最, 第一次 silences 第一), and a hit
inside a longer hit is dropped (史上最低价 rather than 最低价 and 最).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from models import messages
from models.db import database
from models.reviews.schema import AdlawTerm, Category, ContentField, Severity

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "adlaw"

# characters skipped inside words: separators, format and control characters, dashes,
# connectors, symbols (emoji, ★) and the ASCII marks people use as fillers
_SKIP_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "So", "Sk", "Pd", "Pc", "Mn"})
_SKIP_CHARS = frozenset("*·•.~|/\\+#'\"`^=_")


@dataclass(frozen=True)
class Entry:
    """One entry of a word list."""

    term: str
    category: Category
    severity: Severity
    basis: str
    suggestion: str
    platform: str = ""  # '' applies to every channel
    source: str = "default"  # default, platform or team


@dataclass(frozen=True)
class Hit:
    """A passage the checker flags: where (field, start, end in the original text), the
    wording found and the entry it matched."""

    field: ContentField
    start: int
    end: int
    text: str  # the original wording, e.g. "最 佳"
    key: str  # the folded wording, e.g. "最佳" (what a waiver keys on)
    entry: Entry

    @property
    def term(self) -> str:
        return self.entry.term

    @property
    def category(self) -> Category:
        return self.entry.category

    @property
    def severity(self) -> Severity:
        return self.entry.severity

    @property
    def basis(self) -> str:
        return self.entry.basis

    @property
    def suggestion(self) -> str:
        return self.entry.suggestion

    @property
    def blocking(self) -> bool:
        return self.entry.severity is Severity.BLOCKING


@lru_cache(maxsize=1)
def _traditional() -> dict[str, str]:
    data = json.loads((RESOURCES / "traditional.json").read_text(encoding="utf-8"))
    return dict(data["map"])


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """What one character becomes for matching ('' when it is skipped)."""
    if ch in _SKIP_CHARS or unicodedata.category(ch) in _SKIP_CATEGORIES:
        return ""
    trad = _traditional()
    out = []
    for f in unicodedata.normalize("NFKC", ch).casefold():
        if f in _SKIP_CHARS or unicodedata.category(f) in _SKIP_CATEGORIES:
            continue
        out.append(trad.get(f, f))
    return "".join(out)


def fold(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for f in fold_char(ch):
            chars.append(f)
            origin.append(i)
    return "".join(chars), origin


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _occurrences(haystack: str, needle: str) -> Iterable[int]:
    start = haystack.find(needle)
    while start != -1:
        yield start
        start = haystack.find(needle, start + 1)


class WordList:
    """Entries and allowed phrases, folded once; :meth:`check` scans a text."""

    def __init__(self, entries: Iterable[Entry], allow: Iterable[str] = ()) -> None:
        self.terms: dict[str, Entry] = {}
        for entry in entries:  # a later entry with the same folded term wins (team > default)
            key = fold(entry.term)[0]
            if key:
                self.terms[key] = entry
        self.allow = tuple(sorted({f for a in allow if (f := fold(a)[0])}))

    @property
    def entries(self) -> list[Entry]:
        return list(self.terms.values())

    def check(self, text: str, field: ContentField = ContentField.BODY) -> list[Hit]:
        """Every hit in ``text``, in reading order."""
        folded, origin = fold(text)
        if not folded:
            return []
        allowed = [(s, s + len(a)) for a in self.allow for s in _occurrences(folded, a)]
        found: list[tuple[int, int, str]] = []
        for key in self.terms:
            whole = _word_char(key[0]), _word_char(key[-1])
            for s in _occurrences(folded, key):
                e = s + len(key)
                if whole[0] and s > 0 and _word_char(folded[s - 1]):
                    continue
                if whole[1] and e < len(folded) and _word_char(folded[e]):
                    continue
                if any(a <= s and e <= b for a, b in allowed):
                    continue
                found.append((s, e, key))
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        kept: list[tuple[int, int, str]] = []
        for s, e, key in found:
            weight = self._weight(key)
            # a hit inside a longer one of at least its severity says nothing new
            if any(
                a <= s and e <= b and (b - a) > (e - s) and self._weight(k) >= weight
                for a, b, k in kept
            ):
                continue
            kept.append((s, e, key))
        hits = []
        for s, e, key in kept:
            start, end = origin[s], origin[e - 1] + 1
            hits.append(Hit(field, start, end, text[start:end], key, self.terms[key]))
        return hits

    def _weight(self, key: str) -> int:
        return 1 if self.terms[key].severity is Severity.BLOCKING else 0

    def check_content(self, texts: dict[ContentField, str]) -> list[Hit]:
        """Hits in several fields (title, body, hashtags), field by field."""
        out: list[Hit] = []
        for field in ContentField:
            if texts.get(field):
                out.extend(self.check(texts[field], field))
        return out


@dataclass(frozen=True)
class Platform:
    """A platform's own list and the channel names it applies to."""

    name: str
    aliases: tuple[str, ...]
    entries: tuple[Entry, ...]


@lru_cache(maxsize=1)
def _default() -> tuple[tuple[Entry, ...], tuple[str, ...]]:
    data = json.loads((RESOURCES / "terms.json").read_text(encoding="utf-8"))
    entries = tuple(_entry(e, "", "default") for e in data["entries"])
    return entries, tuple(data["allow"])


def _entry(data: dict[str, str], platform: str, source: str, basis: str = "") -> Entry:
    return Entry(
        data["term"],
        Category(data["category"]),
        Severity(data["severity"]),
        data.get("basis") or basis,
        data.get("suggestion", ""),
        platform,
        source,
    )


@lru_cache(maxsize=1)
def platforms() -> tuple[Platform, ...]:
    """The shipped platform lists (小红书, 抖音, 微博, 微信, B站, 知乎)."""
    data = json.loads((RESOURCES / "platforms.json").read_text(encoding="utf-8"))
    return tuple(
        Platform(
            name,
            tuple(p["aliases"]),
            tuple(_entry(e, name, "platform", p["basis"]) for e in p["entries"]),
        )
        for name, p in data["platforms"].items()
    )


def platform_names() -> list[str]:
    return [p.name for p in platforms()]


def team_platforms() -> list[str]:
    """Platforms the team gave words of its own that no shipped list covers (e.g. 快手)."""
    if database.obj is None:
        return []
    shipped = set(platform_names())
    query = AdlawTerm.alive().select(AdlawTerm.platform).distinct()
    return sorted({t.platform for t in query if t.platform and t.platform not in shipped})


def platforms_for(channels: Iterable[str]) -> list[str]:
    """The platforms whose name or alias a channel's name contains ("微信公众号" → 微信),
    the team's own platforms included."""
    keys = [fold(c)[0] for c in channels]
    named = [(p.name, (p.name, *p.aliases)) for p in platforms()]
    named += [(name, (name,)) for name in team_platforms()]
    out = []
    for name, spellings in named:
        folded = [fold(n)[0] for n in spellings]
        if any(n and n in k for k in keys for n in folded):
            out.append(name)
    return out


def default_wordlist(platform_list: Iterable[str] = ()) -> WordList:
    """The shipped lists only: the default and the given platforms'."""
    entries, allow = _default()
    chosen = set(platform_list)
    extra = [e for p in platforms() if p.name in chosen for e in p.entries]
    return WordList([*entries, *extra], allow)


def _team_terms() -> list[AdlawTerm]:
    if database.obj is None:  # the checker also runs without a database (tests, scripts)
        return []
    query = AdlawTerm.alive().where(AdlawTerm.active == True)  # noqa: E712 - peewee
    return list(query.order_by(AdlawTerm.id))


def wordlist(platform_list: Iterable[str] = (), *, team: bool = True) -> WordList:
    """The lists a check uses: default, the platforms', and the team's words (for every
    channel or for one of the platforms); the team's allowed phrases are added."""
    chosen = list(platform_list)
    entries, allow = _default()
    extra = [e for p in platforms() if p.name in set(chosen) for e in p.entries]
    words: list[Entry] = []
    allowed = list(allow)
    for t in _team_terms() if team else []:
        if t.platform and t.platform not in chosen:
            continue
        if t.allow:
            allowed.append(t.term)
            continue
        words.append(
            Entry(
                t.term,
                Category(t.category),
                Severity(t.severity),
                t.basis,
                t.suggestion,
                t.platform,
                "team",
            )
        )
    return WordList([*entries, *extra, *words], allowed)


def check(
    text: str,
    *,
    field: ContentField = ContentField.BODY,
    platform_list: Iterable[str] = (),
    words: WordList | None = None,
) -> list[Hit]:
    """The hits in one text (default list, the platforms', and the team's)."""
    return (words or wordlist(platform_list)).check(text, field)


def category_label(category: Category | str, lang: str | None = None) -> str:
    return messages.text(f"adlaw_cat_{Category(category).value}", lang)


def severity_label(severity: Severity | str, lang: str | None = None) -> str:
    return messages.text(f"adlaw_sev_{Severity(severity).value}", lang)


def adcheck_cmd(text: str, out: TextIO, *, platform_list: Iterable[str] = ()) -> int:
    """``main.py adcheck``: one line per hit — term, category, severity, legal basis and
    suggestion, tab-separated, in the current language — and nothing for a clean text.
    Returns 1 when a blocking hit remains, else 0."""
    lang = messages.language()
    hits = check(text, platform_list=platform_list)
    for hit in hits:
        cells = (
            hit.term,
            category_label(hit.category, lang),
            severity_label(hit.severity, lang),
            hit.basis,
            hit.suggestion,
        )
        out.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
    return 1 if any(h.blocking for h in hits) else 0
