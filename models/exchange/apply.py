"""Writing a confirmed preview: one transaction, checked again inside it, audited in bulk."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from models.base import Actor, now
from models.db import write
from models.errors import Cancelled, DeskError
from models.exchange.bulk import BulkWriter, new_uids, paused_gc
from models.exchange.mapping import fields_by_position, remember_mapping
from models.exchange.matching import Existing
from models.exchange.results import (
    CellError,
    ImportResult,
    Preview,
    RowPreview,
    RowStatus,
    SheetPreview,
)

Progress = Callable[[int, int], None] | None
IsCancelled = Callable[[], bool] | None

CHUNK_ROWS = 5000  # rows between progress reports and cancel checks while writing


class ImportFailed(DeskError):
    """The import was not done; ``errors`` lists the cells in error when that is why."""

    code = "import_has_errors"

    def __init__(self, code: str, errors: list[CellError] | None = None, **params: Any):
        super().__init__(code, **params)
        self.errors = errors or []


def apply(
    preview: Preview,
    actor: Actor,
    *,
    skip_errors: bool = False,
    conflict_choices: Mapping[str, str] | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> ImportResult:
    """Write what the preview shows, in one transaction.

    Rows in error are refused unless ``skip_errors``; a conflict keeps the record here
    unless ``conflict_choices[uid] == 'theirs'``. Raises Cancelled (nothing written) when
    ``cancelled()`` turns true, ImportFailed('preview_stale') when the data changed since
    the preview.
    """
    sheets = preview.data_sheets
    if not sheets:
        raise ImportFailed("import_no_kind", file=preview.file_name)
    errors = preview.errors
    if errors and not skip_errors:
        raise ImportFailed("import_has_errors", errors, file=preview.file_name, count=len(errors))
    choices = conflict_choices or {}
    result = ImportResult()
    plans: list[tuple[SheetPreview, list[RowPreview], list[RowPreview]]] = []
    for sheet in sheets:
        creates: list[RowPreview] = []
        updates: list[RowPreview] = []
        for row in sheet.rows:
            if row.status is RowStatus.ERROR:
                result.skipped += 1
            elif row.status is RowStatus.UNCHANGED:
                result.unchanged += 1
            elif row.status is RowStatus.CONFLICT:
                if choices.get(row.uid or "") == "theirs":
                    updates.append(row)
                    result.conflicts_taken += 1
                else:
                    result.conflicts_kept += 1
            elif row.status is RowStatus.UPDATE:
                updates.append(row)
            else:
                creates.append(row)
        plans.append((sheet, creates, updates))
    total = sum(len(c) + len(u) for _, c, u in plans)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    note = f"import: {preview.file_name}"
    with paused_gc(), write():
        stamp = now()
        for sheet, creates, updates in plans:
            assert sheet.kind is not None
            _recheck(sheet, creates, updates)
            writer = BulkWriter(sheet.kind, actor, stamp, note)
            fresh = new_uids(len(creates))  # sorted across chunks: indexes grow at the end
            for start in range(0, len(creates), CHUNK_ROWS):
                chunk = creates[start : start + CHUNK_ROWS]
                result.created_uids.extend(writer.create(chunk, fresh[start : start + CHUNK_ROWS]))
                step(len(chunk))
            for start in range(0, len(updates), CHUNK_ROWS):
                chunk = updates[start : start + CHUNK_ROWS]
                if not writer.update(chunk):
                    raise ImportFailed("preview_stale", file=preview.file_name)
                step(len(chunk))
            writer.flush_audit()
            result.created += len(creates)
            result.updated += len(updates)
            if sheet.mapping_source == "user":
                headers = [""] * (max((c.index for c in sheet.columns), default=-1) + 1)
                for c in sheet.columns:
                    headers[c.index] = c.header
                remember_mapping(sheet.kind, headers, fields_by_position(sheet.columns, headers))
        if cancelled is not None and cancelled():
            raise Cancelled()
    return result


def _recheck(sheet: SheetPreview, creates: list[RowPreview], updates: list[RowPreview]) -> None:
    """Inside the write lock: the records are still as the preview saw them."""
    assert sheet.kind is not None
    if not creates and not updates:
        return
    now_ = Existing.load(sheet.kind, keys_only=True)
    stale = ImportFailed("preview_stale", file=sheet.name)
    for row in updates:
        current = now_.by_uid.get(row.uid or "")
        if current is None or current[0] != row.seen_version:
            raise stale
    if not (now_.by_uid or now_.trashed or now_.by_key):
        return  # nothing here yet (a first import): no new row can clash
    for row in creates:
        if row.uid is not None and (row.uid in now_.by_uid or row.uid in now_.trashed):
            raise stale
        key = sheet.kind.key_of(row.values)
        if key is not None and key in now_.by_key:
            raise stale
