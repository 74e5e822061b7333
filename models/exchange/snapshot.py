"""The audit snapshot of a new record as JSON text, for tens of thousands of records at once.

Produces exactly what ``base.audit`` stores for ``record.snapshot()`` (json.dumps with
sorted keys, ensure_ascii=False) from a tuple of field values, with one string template per
kind instead of building and encoding a dict per record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from peewee import BooleanField, CharField, DateField, DateTimeField, Field, IntegerField, TextField

from models.base import to_json_value


def _dump(value: Any) -> str:
    return json.dumps(to_json_value(value), ensure_ascii=False, sort_keys=True)


def _text(value: Any) -> str:
    return encode_basestring(value) if type(value) is str else _dump(value)


_BOOLS = {True: "true", False: "false", None: "null"}


def _bool(value: Any) -> str:
    return _BOOLS[bool(value) if value is not None else None]


def _int(value: Any) -> str:
    return str(value) if type(value) is int else _dump(value)


def _date(value: Any) -> str:
    return "null" if value is None else f'"{value.isoformat()}"'


def _formatter(field: Field) -> Callable[[Any], str]:
    if isinstance(field, CharField | TextField):
        return _text
    if isinstance(field, BooleanField):
        return _bool
    if isinstance(field, IntegerField):
        return _int
    if isinstance(field, DateTimeField | DateField):
        return _date
    return _dump


class SnapshotEncoder:
    """Encodes (business values…, version) as the JSON of ``Record.snapshot()``."""

    def __init__(self, fields: Sequence[Field]) -> None:
        names = [f.name for f in fields] + ["version"]
        formatters = [_formatter(f) for f in fields] + [_int]
        order = sorted(range(len(names)), key=lambda i: names[i])
        self._order = order
        self._formatters = [formatters[i] for i in order]
        parts = [f"{json.dumps(names[i], ensure_ascii=False)}: %s" for i in order]
        self._template = "{" + ", ".join(parts) + "}"

    def encode(self, values: Sequence[Any]) -> str:
        return self._template % tuple(
            fmt(values[i]) for fmt, i in zip(self._formatters, self._order, strict=True)
        )

    def encode_columns(self, columns: Sequence[Sequence[Any]]) -> list[str]:
        """The snapshots of many records given column by column (same order as encode)."""
        formatted = []
        for fmt, i in zip(self._formatters, self._order, strict=True):
            column = columns[i]
            types = set(map(type, column))  # in C, not a generator per value
            if fmt is _text and types <= {str}:
                fmt = encode_basestring  # the C function, straight
            elif fmt is _bool and types <= {bool}:
                fmt = _BOOLS.__getitem__
            formatted.append(list(map(fmt, column)))
        template = self._template
        return [template % values for values in zip(*formatted, strict=True)]
