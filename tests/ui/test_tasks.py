"""Background jobs: progress, result, errors, cancel with rollback, backup and restore."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from models import db as dbmod
from models import team
from models.base import Actor
from models.errors import Cancelled, ValidationError
from models.team import Role
from ui import events, notify, tasks

ACTOR = Actor(None, "后台任务")


def add_members_job(n: int, started: threading.Event | None = None):
    """A models-side job: adds n members in one transaction, checking for cancel."""

    def job(*, progress, cancelled):
        connections.append(dbmod.database.connection())  # this worker thread's own
        with dbmod.write():
            for i in range(n):
                team.add_member(ACTOR, f"成员{i:03}", [Role.EDITOR])
                progress(i + 1, n)
                if started is not None and i == 2:
                    started.set()
                    while not cancelled():  # wait for the user's Cancel
                        threading.Event().wait(0.01)
                if cancelled():
                    raise Cancelled()
        return n

    connections: list[sqlite3.Connection] = []
    job.connections = connections  # type: ignore[attr-defined]
    return job


def test_job_reports_progress_and_result(qtbot, db):
    got: list[int] = []
    job = add_members_job(50)
    task = tasks.run_task(None, job, "Adding…", on_result=got.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.outcome == "ok" and got == [50]
    assert team.count() == 50  # the GUI thread's connection sees the worker's commit
    assert task.progress_seen[-1] == (50, 50)
    assert 1 < len(task.progress_seen) <= 50
    # The worker closed its own connection when the job ended (no leak per job).
    with pytest.raises(sqlite3.ProgrammingError):
        job.connections[0].execute("SELECT 1")


def test_cancel_rolls_back_and_says_so_quietly(qtbot, db):
    started = threading.Event()
    cancelled: list[bool] = []
    task = tasks.run_task(
        None, add_members_job(10, started), "Adding…", on_cancelled=lambda: cancelled.append(True)
    )
    qtbot.waitUntil(started.is_set, timeout=10_000)
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        cancel_button.click()  # the progress dialog's Cancel
    assert task.outcome == "cancelled" and cancelled == [True]
    assert team.count() == 0  # three members were added inside the transaction: rolled back


def test_default_cancel_message_goes_to_the_status_bar(qtbot, window):
    started = threading.Event()
    task = tasks.run_task(window, add_members_job(10, started), "Adding…")
    qtbot.waitUntil(started.is_set, timeout=10_000)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.cancel()
    assert window.statusBar().currentMessage() == "Cancelled; nothing was changed."


def test_core_error_is_shown_in_the_users_words(qtbot, monkeypatch, db):
    shown: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": shown.append(text))

    def job(*, progress, cancelled):
        raise ValidationError("required", field="name")

    task = tasks.run_task(None, job, "…")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.outcome == "error" and shown == ["Name is required."]


def test_unexpected_failure_shows_no_traceback(qtbot, monkeypatch, db):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(notify, "error", lambda p, text, details="": shown.append((text, details)))

    def job(*, progress, cancelled):
        raise KeyError("boom")

    task = tasks.run_task(None, job, "…")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert shown == [("Something went wrong.", "KeyError: 'boom'")]


def test_backup_and_restore_run_in_the_background(qtbot, monkeypatch, window, me, actor, tmp_path):
    backup = tmp_path / "backups" / "copy.db"
    task = window.database.backup_to(backup)
    assert task is not None and not window.database.backup_action.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.outcome == "ok" and window.database.backup_action.isEnabled()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT name FROM member").fetchall() == [("周敏",)]
    con.close()
    assert str(backup) in window.statusBar().currentMessage()

    team.add_member(actor, "新人", [Role.EDITOR])
    changed: list[str] = []
    events.hub().records_changed.connect(changed.append)
    task = window.database.restore_from(backup)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.outcome == "ok"
    assert [m.name for m in team.list_members()] == ["周敏"]
    assert changed == [events.ALL]
    assert window.pages[0].model.rowCount() == 1  # the page re-queried
    safety = Path(task.result)
    assert safety.exists() and "before-restore" in safety.name


def test_backup_refuses_to_overwrite_the_live_database(monkeypatch, window, db_path):
    shown: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": shown.append(text))
    assert window.database.backup_to(db_path) is None
    assert shown == ["Choose another file: this is the database in use."]
