"""The database layer: one proxy, ``open()``, write transactions, backup and restore.

Everything SQLite-specific (pragmas, BEGIN IMMEDIATE, the online backup API, triggers)
stays in this module so the rest of the core speaks portable SQL and a team can later point
the same code at a PostgreSQL server (``postgresql://user@host/db``).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from peewee import Database, DatabaseProxy, SqliteDatabase

from models.errors import DatabaseUnusable

database = DatabaseProxy()

APP_DIR_NAME = "MarketingDesk"
DB_FILE_NAME = "marketing-desk.db"
ENV_VAR = "MARKETING_DESK_DB"
BUSY_TIMEOUT_S = 15


def data_dir() -> Path:
    """The user's data folder for this app (created on demand by ``open``)."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_location(cli_value: str | None = None) -> str:
    """Where the database is: ``--db`` first, then ``$MARKETING_DESK_DB``, then the data folder."""
    return cli_value or os.environ.get(ENV_VAR) or str(data_dir() / DB_FILE_NAME)


def is_url(target: str) -> bool:
    return "://" in target


def open(target: str | os.PathLike[str], *, migrate: bool = True) -> Database:  # noqa: A001
    """Open (and by default migrate) the database at a file path or server URL.

    The returned database is also bound to the module-wide proxy that every model uses.
    """
    target = os.fspath(target)
    if is_url(target):
        from playhouse.db_url import connect

        try:
            db = connect(target)
        except Exception as exc:  # a missing driver or a bad URL
            raise DatabaseUnusable("db_unusable", path=target, reason=str(exc)) from exc
    else:
        path = Path(target).expanduser()
        if path.exists() and path.is_dir():
            raise DatabaseUnusable("db_unusable", path=str(path), reason="is a folder")
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0 and not _looks_like_sqlite(path):
            raise DatabaseUnusable("db_not_sqlite", path=str(path))
        db = SqliteDatabase(
            str(path),
            timeout=BUSY_TIMEOUT_S,
            pragmas={
                "journal_mode": "wal",
                "foreign_keys": 1,
                "busy_timeout": BUSY_TIMEOUT_S * 1000,
                "synchronous": "normal",
            },
            check_same_thread=False,
        )
    if not database.obj is None:  # noqa: E714 - close a previous database cleanly
        close()
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:
        raise DatabaseUnusable("db_unusable", path=target, reason=str(exc)) from exc
    if migrate:
        from models import migrations

        migrations.upgrade(db, None if is_url(target) else Path(target).expanduser())
    return db


def close() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def is_sqlite(db: Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, SqliteDatabase)


def path() -> Path | None:
    """The file of the open SQLite database, or None for a server."""
    if is_sqlite():
        return Path(database.obj.database)
    return None


@contextmanager
def write() -> Iterator[None]:
    """A write transaction that takes the write lock up front.

    On SQLite this is BEGIN IMMEDIATE, so two copies of the app on one file queue up on the
    busy timeout instead of failing half-way with "database is locked". Nested calls become
    savepoints.
    """
    db = database.obj
    if is_sqlite(db) and not db.in_transaction():
        with db.atomic("IMMEDIATE"):
            yield
    else:
        with db.atomic():
            yield


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def backup_path_for(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}")
    return candidate


def copy_file_backup(path: Path, label: str) -> Path:
    """Copy a closed or idle database file beside itself (used before migrations)."""
    dest = backup_path_for(path, label)
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(dest))
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return dest


def backup_to(dest: str | os.PathLike[str]) -> Path:
    """A consistent copy of the live database through SQLite's online backup API."""
    if not is_sqlite():
        raise DatabaseUnusable("backup_sqlite_only")
    dest_path = Path(dest).expanduser()
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    if dest_path.exists():
        dest_path.unlink()
    out = sqlite3.connect(str(dest_path))
    try:
        database.obj.connection().backup(out)
    finally:
        out.close()
    return dest_path


def restore_from(src: str | os.PathLike[str]) -> Path:
    """Replace the live database by a backup file; the current data is kept as a backup first.

    Returns the path of the safety copy. The source is checked (an SQLite file of this app,
    not newer than this version) before anything changes.
    """
    from models import migrations

    if not is_sqlite():
        raise DatabaseUnusable("backup_sqlite_only")
    src_path = Path(src).expanduser()
    if not src_path.is_file() or not _looks_like_sqlite(src_path):
        raise DatabaseUnusable("db_not_sqlite", path=str(src_path))
    migrations.check_backup_file(src_path)
    live = path()
    assert live is not None
    safety = backup_path_for(live, "before-restore")
    backup_to(safety)
    source = sqlite3.connect(str(src_path))
    try:
        source.backup(database.obj.connection())
    finally:
        source.close()
    migrations.upgrade(database.obj, live)
    return safety


def install_audit_guard(db: Database) -> None:
    """Make the audit log append-only at the database level (SQLite triggers)."""
    if not is_sqlite(db):
        return
    for op in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS audit_no_{op.lower()} BEFORE {op} ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


def remove_file_quietly(p: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        q = Path(str(p) + suffix)
        if q.exists():
            q.unlink()


__all__ = [
    "database",
    "open",
    "close",
    "write",
    "default_location",
    "data_dir",
    "backup_to",
    "restore_from",
]
