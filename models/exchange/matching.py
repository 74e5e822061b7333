"""Matching file rows to records: by uid first, else by the kind's natural key; duplicates
within the file, renames onto a taken key, and conflicts with changes made here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from models.errors import Cancelled
from models.exchange.cells import fingerprinter, read_records
from models.exchange.kinds import UID_FIELD, Kind
from models.exchange.results import CellError, Change, ColumnMapping, RowPreview, RowStatus


@dataclass
class Existing:
    """The records of a kind in the database when the preview was made."""

    kind: Kind
    by_uid: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    by_key: dict[Any, str] = field(default_factory=dict)
    trashed: set[str] = field(default_factory=set)
    # What the file's rows used so far, across its sheets: key or uid → first Excel row.
    seen_keys: dict[Any, int] = field(default_factory=dict)
    seen_targets: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, kind: Kind, *, keys_only: bool = False) -> Existing:
        """All records of the kind, or (keys_only) just their uids, versions and keys."""
        names = kind.natural_key if keys_only else kind.fields
        out = cls(kind)
        for uid, version, deleted_at, *vals in read_records(kind, alive=False, keys_only=keys_only):
            if deleted_at is not None:
                out.trashed.add(uid)
                continue
            values = dict(zip(names, vals, strict=True))
            out.by_uid[uid] = (version, values)
            key = kind.key_of(values)
            if key is not None:
                out.by_key[key] = uid
        return out


CHECK_EVERY = 1000  # rows between progress reports and cancel checks


class RowMatcher:
    """Decides each row's status, remembering what earlier rows of the file used."""

    def __init__(
        self, kind: Kind, sheet: str, existing: Existing, columns: dict[str, ColumnMapping]
    ) -> None:
        self.kind = kind
        self.sheet = sheet
        self.existing = existing
        self.columns = columns
        self.seen_keys = existing.seen_keys
        self.seen_targets = existing.seen_targets
        self.key_column = columns.get(kind.natural_key[0]) if kind.natural_key else None
        self._fingerprint: Callable[[list[Any]], str] | None = None

    def _error(self, row: int, field_name: str, code: str, **params: Any) -> CellError:
        col = self.columns.get(field_name) or self.key_column
        letter, header = (col.letter, col.header) if col is not None else ("A", "")
        return CellError(self.sheet, row, letter, header, code, params)

    def match_all(
        self,
        numbers: list[int],
        rows: list[dict[str, Any]],
        errors: dict[int, list[CellError]],
        uids: list[str | None],
        tokens: list[tuple[int, str | None] | None],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[RowPreview]:
        """Match every row of a sheet (positions in the lists are the rows' order)."""
        key_of, by_key, seen = self.kind.key_of, self.existing.by_key, self.seen_keys
        new = RowStatus.NEW
        out: list[RowPreview] = []
        append = out.append
        total = len(rows)
        for n, (number, values, uid) in enumerate(zip(numbers, rows, uids, strict=True)):
            if n % CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(n, total)
            key = key_of(values)
            if uid is None and key is not None and key not in by_key and key not in seen:
                if n not in errors:  # the common case of a big import: a new record
                    seen[key] = number
                    append(RowPreview(number, new, values, None, None, [], []))
                    continue
            append(self._match(number, values, errors.get(n, []), uid, tokens[n], key))
        if progress is not None:
            progress(total, total)
        return out

    def _match(
        self,
        row: int,
        values: dict[str, Any],
        errors: list[CellError],
        uid: str | None,
        token: tuple[int, str | None] | None,
        key: Any,
    ) -> RowPreview:
        kind, existing = self.kind, self.existing
        key_name = kind.natural_key[0] if kind.natural_key else ""
        target: str | None = None
        if uid is not None:
            if uid in existing.by_uid:
                target = uid
            elif uid in existing.trashed:
                errors.append(self._error(row, UID_FIELD, "uid_trashed"))
            elif key is not None and key in existing.by_key:
                errors.append(
                    self._error(row, key_name, "uid_key_clash", value=values.get(key_name, ""))
                )
        elif key is not None:
            target = existing.by_key.get(key)
        if key is not None:
            if key in self.seen_keys:
                errors.append(
                    self._error(
                        row,
                        key_name,
                        "duplicate_key",
                        value=values.get(key_name, ""),
                        first=self.seen_keys[key],
                    )
                )
            else:
                self.seen_keys[key] = row
            owner = existing.by_key.get(key)
            if target is not None and owner is not None and owner != target:
                errors.append(
                    self._error(row, key_name, "key_taken", value=values.get(key_name, ""))
                )
        if target is not None:
            if target in self.seen_targets:
                errors.append(
                    self._error(row, UID_FIELD, "duplicate_uid", first=self.seen_targets[target])
                )
            else:
                self.seen_targets[target] = row
        if errors:
            return RowPreview(row, RowStatus.ERROR, values, uid=target or uid, errors=errors)
        if target is None:
            return RowPreview(row, RowStatus.NEW, values, uid=uid)
        version, old = existing.by_uid[target]
        changes = [Change(n, old.get(n), v) for n, v in values.items() if old.get(n) != v]
        if not changes:
            status = RowStatus.UNCHANGED
        elif self._changed_here(token, version, old):
            status = RowStatus.CONFLICT
        else:
            status = RowStatus.UPDATE
        return RowPreview(row, status, values, uid=target, seen_version=version, changes=changes)

    def _changed_here(
        self, token: tuple[int, str | None] | None, version: int, old: dict[str, Any]
    ) -> bool:
        """Did the record change here since the file was exported?

        The export's token carries the version and a fingerprint of the values as exported.
        Versions count edits per machine, so across machines only the fingerprint tells:
        when the record here no longer holds what was exported, both sides changed it.
        """
        if token is None:
            return False
        exported_version, exported_fingerprint = token
        if exported_fingerprint is not None:
            if self._fingerprint is None:
                self._fingerprint = fingerprinter(self.kind)
            values = [old.get(name) for name in self.kind.fields]
            return self._fingerprint(values) != exported_fingerprint
        return version > exported_version
