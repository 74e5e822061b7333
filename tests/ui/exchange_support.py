"""What the tests of the Excel exchange's GUI share: workbooks, patched dialogs, a busy pool.

No tests here; the name keeps it beside the tests that import it (tests/ui is no package).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from ui import notify, tasks
from ui.exchange import PreviewDialog
from ui.main_window import MainWindow

ROSTER = "as-users-make-them/team-roster-by-hand.xlsx"
ROSTER_NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "周敏"}


def workbook(path: Path, rows: list[list[Any]], title: str = "团队成员") -> Path:
    """A workbook as Excel or WPS would save it, from rows of cell values."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


class Said:
    """What the app told the user in message boxes (patched: a test cannot click them)."""

    def __init__(self) -> None:
        self.info: list[str] = []
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.answer = False  # what the user answers to a question

    def _info(self, parent: Any, text: str) -> None:
        self.info.append(text)

    def _error(self, parent: Any, text: str, details: str = "") -> None:
        self.errors.append(text)

    def _confirm(self, parent: Any, text: str, action: str) -> bool:
        self.questions.append(text)
        return self.answer


def patch_messages(monkeypatch: pytest.MonkeyPatch) -> Said:
    """Message boxes record their text instead of waiting for a click."""
    said = Said()
    monkeypatch.setattr(notify, "info", said._info)
    monkeypatch.setattr(notify, "error", said._error)
    monkeypatch.setattr(notify, "confirm", said._confirm)
    return said


def answer_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog returns ``path``; the list collects the names it suggested."""
    suggested: list[str] = []

    def get_save_file_name(parent: Any, caption: str, start: str, *_: Any) -> tuple[str, str]:
        suggested.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return suggested


def open_through_menu(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> PreviewDialog:
    """File ▸ Import…, choose ``path``, wait until the preview shows."""
    answer_open(monkeypatch, path)
    window.exchange.import_action.trigger()
    dialog = window.findChild(PreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.isVisible(), timeout=10_000)
    return dialog


def wait_task(qtbot: Any, task: tasks.Task | None) -> tasks.Task:
    assert task is not None
    if task.outcome is None:
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
    return task


def import_now(qtbot: Any, dialog: PreviewDialog) -> Any:
    """Click Import and wait for the transaction; returns the ImportResult."""
    assert dialog.import_button.isEnabled(), dialog.state_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        dialog.import_button.click()
    return blocker.args[0]


@contextmanager
def busy_pool() -> Iterator[None]:
    """Keep the worker threads busy, so a job just started waits in the queue.

    A test can then press Cancel before the job runs, whatever the speed of the machine.
    """
    pool = tasks.pool()
    release = threading.Event()
    for _ in range(pool.maxThreadCount()):
        pool.start(lambda: release.wait(10))
    try:
        yield
    finally:
        release.set()
        pool.waitForDone(10_000)
