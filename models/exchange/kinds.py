"""Kinds of record the Excel exchange knows, declared as data: columns, keys and rules.

A later domain module (topics, courses, KPIs…) plugs into the import, export and templates by
declaring a :class:`Kind` with its :class:`Column` list and calling :func:`register_kind`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from models.base import Record
from models.errors import DeskError
from models.text import normalize


class ColumnType(StrEnum):
    """How a column's cells are read, written and hinted."""

    TEXT = "text"
    LONGTEXT = "longtext"
    INT = "int"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    MEMBER_REF = "member_ref"


@dataclass(frozen=True)
class Choice:
    """One allowed value of a choice column: the stored code and what people call it."""

    value: str
    en: str
    zh: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


ChoiceSource = Sequence[Choice] | Callable[[], Sequence[Choice]]


@dataclass(frozen=True)
class Column:
    """A field of a kind as it appears in a workbook (one column)."""

    field: str
    zh: str
    en: str
    type: ColumnType = ColumnType.TEXT
    required: bool = False
    aliases: tuple[str, ...] = ()
    # A fixed list or a callable reading existing records (e.g. members' names).
    choices: ChoiceSource | None = None
    # Text → stored choice value (None when unknown); default: look the text up in choices.
    lookup: Callable[[str], Any] | None = None
    # Stored value → cell value in an export; default: by type (labels, 是/否, dates…).
    to_cell: Callable[[Any, str], Any] | None = None
    example: str = ""
    example_en: str | None = None
    width: float = 14
    true_words: tuple[str, ...] = ()
    false_words: tuple[str, ...] = ()

    def header(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en

    def example_for(self, lang: str) -> str:
        if lang.startswith("zh") or self.example_en is None:
            return self.example
        return self.example_en

    def resolved_choices(self) -> list[Choice]:
        if self.choices is None:
            return []
        return list(self.choices() if callable(self.choices) else self.choices)

    def match_keys(self) -> set[str]:
        """Header spellings that map onto this column (normalised)."""
        return {header_key(h) for h in (self.zh, self.en, self.field, *self.aliases)}


@dataclass(frozen=True)
class Kind:
    """A kind of record that can be imported, exported and templated."""

    name: str
    zh: str
    en: str
    model: type[Record]
    columns: tuple[Column, ...]
    natural_key: tuple[str, ...]
    # One field's parsed value → stored value; raises ValidationError (e.g. wraps team.clean).
    clean_field: Callable[[str, Any], Any]
    # The whole row's stored values, for rules across fields; raises ValidationError.
    check_row: Callable[[dict[str, Any]], None] | None = None
    sheet_aliases: tuple[str, ...] = ()
    order_by: tuple[str, ...] = ()
    # Fields no column shows that check_row fills (a topic's search text): read and compared
    # with the records, so a row whose columns did not change stays unchanged.
    derived: tuple[str, ...] = ()
    # A field's name → its rule alone (value → stored value), when the kind has one per
    # field: the import then calls it straight for each distinct cell of the column.
    field_rule: Callable[[str], Callable[[Any], Any]] | None = None

    def title(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en

    def column(self, field_name: str) -> Column:
        for col in self.columns:
            if col.field == field_name:
                return col
        raise KeyError(field_name)

    @property
    def fields(self) -> tuple[str, ...]:
        return (*(c.field for c in self.columns), *self.derived)

    @property
    def required_fields(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.columns if c.required)

    def key_of(self, values: dict[str, Any]) -> Any:
        """The natural key of stored values, folded for comparison; None if incomplete.

        Text is compared case-insensitively, as team.clean compares names. A one-field key
        is the folded value itself, a longer one a tuple.
        """
        if len(self.natural_key) == 1:
            value = values.get(self.natural_key[0])
            if value is None or value == "":
                return None
            return value.lower() if type(value) is str else value
        parts: list[Any] = []
        for name in self.natural_key:
            value = values.get(name)
            if value is None or value == "":
                return None
            parts.append(value.lower() if isinstance(value, str) else value)
        return tuple(parts)


# Bookkeeping columns added to exports so a workbook round-trips across machines.
UID_FIELD = "__uid__"
VERSION_FIELD = "__version__"
UID_COLUMN = Column(
    UID_FIELD, "唯一编号", "UID", aliases=("uid", "记录编号", "record id"), width=38
)
VERSION_COLUMN = Column(VERSION_FIELD, "版本", "Version", aliases=("version",), width=12)
BOOKKEEPING_COLUMNS = (UID_COLUMN, VERSION_COLUMN)

# Headers of serial-number columns people add to every sheet; never counted against a match.
SERIAL_HEADERS = frozenset({"序号", "编号no", "no", "no.", "#", "序", "行号"})

# Names of the template's own sheets, skipped when reading.
INSTRUCTIONS_SHEETS = frozenset({"填写说明", "instructions", "说明"})
LISTS_SHEET = "_lists"

_KINDS: dict[str, Kind] = {}

# The modules that declare kinds, in the order `main.py kinds` lists them. They are imported
# on first use of the registry, not with this package: a domain package may then use the
# exchange's readers (a KPI platform report, a review package) without an import cycle.
KIND_MODULES = (
    "models.exchange.members",
    "models.topics.excel",
    "models.training.excel",
    "models.reviews.excel",
    "models.kpi.excel",
    "models.appraisal.excel",
)


def _registry() -> dict[str, Kind]:
    for module in KIND_MODULES:
        importlib.import_module(module)  # registers its kinds once; cached afterwards
    return _KINDS


class UnknownKind(DeskError):
    """A command named a kind that is not registered."""

    code = "cli_unknown_kind"


def register_kind(kind: Kind) -> Kind:
    _KINDS[kind.name] = kind
    return kind


def get_kind(name: str) -> Kind:
    kinds = _registry()
    try:
        return kinds[name]
    except KeyError:
        raise UnknownKind(kind=name, kinds=", ".join(sorted(kinds))) from None


def all_kinds() -> list[Kind]:
    return list(_registry().values())


def header_key(text: Any) -> str:
    """A header folded for matching: no spaces, case or full-width forms, no '*' marks."""
    key = normalize(str(text or "")).strip("*")
    return key


def header_key_loose(text: Any) -> str:
    """Like header_key, also without a bracketed hint: 入职日期(必填) → 入职日期."""
    key = header_key(text)
    for open_, close in (("(", ")"), ("[", "]"), ("【", "】"), ("<", ">")):
        while open_ in key and close in key and key.index(open_) < key.rindex(close):
            start, end = key.index(open_), key.rindex(close)
            key = key[:start] + key[end + 1 :]
    return key.strip("*")
