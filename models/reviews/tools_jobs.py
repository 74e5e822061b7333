"""The review workbooks as background jobs (R-5.4, R-7.3): metrics, history and the review
package written beside the chosen file and moved into place only when nobody cancelled.

The writers (metrics.export_metrics, history.export_history, package.export_package) make
a whole workbook in one go; a Cancel pressed meanwhile is honoured at the end, so the file
the user named — or the one it would have replaced — stays as it was. Each job takes
``progress(done, total)`` and ``cancelled()`` as ``ui.tasks.run_task`` passes them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from models.base import Actor
from models.errors import Cancelled
from models.exchange.writer import ExportFailed
from models.reviews import history, metrics, package
from models.reviews.package_import import (
    PackagePreview,
    PackageResult,
    apply_package,
    read_package,
)

Progress = Callable[[int, int], None]
Check = Callable[[], bool]


def period_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """A period of whole days, both ends included, as the writers' ``since``/``until``."""
    since = datetime.combine(first, time.min) if first is not None else None
    until = datetime.combine(last + timedelta(days=1), time.min) if last is not None else None
    return since, until


def _staged(dest: Path, write: Callable[[Path], Any], progress: Progress, cancelled: Check) -> Any:
    if cancelled():
        raise Cancelled()
    progress(0, 1)
    staging = dest.with_name(f".{dest.stem}.exporting.xlsx")
    try:
        result = write(staging)
        if cancelled():
            raise Cancelled()
        try:
            os.replace(staging, dest)
        except OSError as exc:  # e.g. the old file is open in Excel on Windows
            raise ExportFailed(file=str(dest), detail=exc.strerror or str(exc)) from None
    finally:
        staging.unlink(missing_ok=True)
    progress(1, 1)
    return result


def metrics_job(
    dest: Path,
    since: datetime | None,
    until: datetime | None,
    lang: str,
    *,
    progress: Progress,
    cancelled: Check,
) -> Path:
    """The metrics per level and per reviewer and level, in ``dest``."""

    def write(path: Path) -> Path:
        return metrics.export_metrics(path, since=since, until=until, lang=lang)

    _staged(dest, write, progress, cancelled)
    return dest


def history_job(
    dest: Path,
    since: datetime | None,
    until: datetime | None,
    lang: str,
    *,
    progress: Progress,
    cancelled: Check,
) -> Path:
    """Every review step recorded in the period, and the waivers, in ``dest`` (R-7.3)."""

    def write(path: Path) -> Path:
        return history.export_history(path, since=since, until=until, lang=lang)

    _staged(dest, write, progress, cancelled)
    return dest


def package_job(
    dest: Path, levels: list[str] | None, lang: str, *, progress: Progress, cancelled: Check
) -> int:
    """The review package of the items waiting at ``levels`` (all: None); how many items."""

    def write(path: Path) -> int:
        return package.export_package(path, levels=levels, lang=lang)

    return int(_staged(dest, write, progress, cancelled))


def read_package_job(path: Path, *, progress: Progress, cancelled: Check) -> PackagePreview:
    """Read and check a returned package; writes nothing (the preview comes first)."""
    progress(0, 1)
    preview = read_package(path)
    if cancelled():
        raise Cancelled()
    progress(1, 1)
    return preview


def apply_package_job(
    preview: PackagePreview,
    importer: Actor,
    skip_errors: bool,
    *,
    progress: Progress,
    cancelled: Check,
) -> PackageResult:
    """Apply a previewed package in one transaction (not cancellable once begun)."""
    progress(0, 1)
    result = apply_package(preview, importer, skip_errors=skip_errors)
    progress(1, 1)
    return result
