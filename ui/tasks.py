"""Run a function of ``models/`` off the GUI thread behind a cancellable progress dialog.

The job is a plain function that accepts keyword arguments ``progress(done, total)`` and
``cancelled() -> bool`` and raises :class:`models.errors.Cancelled` when asked to stop (its
``db.write()`` transaction then rolls back). The worker only emits signals; the outcome is
delivered to callbacks in the GUI thread. Peewee gives the worker thread its own SQLite
connection (WAL lets the GUI keep reading); it is closed when the job ends.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from models import db as dbmod
from models import messages
from models.errors import Cancelled, DeskError
from ui import notify

log = logging.getLogger(__name__)

Job = Callable[..., Any]  # job(progress=..., cancelled=...) -> result

_pool: QThreadPool | None = None
_running: set[Task] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def wait_all(msecs: int = 30_000) -> bool:
    """Wait for running jobs (at exit, so no transaction is cut off)."""
    return pool().waitForDone(msecs)


class _JobSignals(QObject):
    """What a worker may say; created in the GUI thread so receivers run there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()


class _Worker(QRunnable):
    def __init__(self, job: Job, signals: _JobSignals, cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._signals = signals
        self._cancel = cancel
        self._last_emit = 0.0
        self._last_percent = -1

    def _progress(self, done: int, total: int) -> None:
        # A job may report thousands of rows; a queued signal per row would flood the GUI.
        percent = int(done * 100 / total) if total > 0 else 0
        now = time.monotonic()
        if percent != self._last_percent or now - self._last_emit > 0.2 or done >= total:
            self._last_percent, self._last_emit = percent, now
            self._signals.progressed.emit(int(done), int(total))

    def run(self) -> None:
        outcome: tuple[str, Any]
        try:
            result = self._job(progress=self._progress, cancelled=self._cancel.is_set)
            outcome = ("ok", result)
        except Cancelled:
            outcome = ("cancelled", None)
        except DeskError as err:
            outcome = ("error", err)
        except Exception as exc:  # never a traceback for the user; the log keeps it
            log.exception("background job failed")
            failure = DeskError("error")
            failure.details = f"{type(exc).__name__}: {exc}"  # type: ignore[attr-defined]
            outcome = ("error", failure)
        finally:
            dbmod.close()  # this thread's connection only; the GUI thread keeps its own
        kind, value = outcome
        if kind == "ok":
            self._signals.succeeded.emit(value)
        elif kind == "cancelled":
            self._signals.stopped.emit()
        else:
            self._signals.failed.emit(value)


class Task(QObject):
    """One background job and its progress dialog; lives in the GUI thread.

    ``finished`` is emitted after the callback of the outcome ran; ``outcome`` is then
    "ok", "error" or "cancelled".
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        job: Job,
        label: str,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[DeskError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = True,
    ) -> None:
        super().__init__()
        self._parent = parent
        self._on_result = on_result
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._cancel = threading.Event()
        self.outcome: str | None = None
        self.result: Any = None
        self.error: DeskError | None = None
        self.progress_seen: list[tuple[int, int]] = []

        self._signals = _JobSignals()
        self._signals.progressed.connect(self._on_worker_progressed)
        self._signals.succeeded.connect(self._on_worker_succeeded)
        self._signals.failed.connect(self._on_worker_failed)
        self._signals.stopped.connect(self._on_worker_stopped)

        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(notify.app_title())
        self.dialog.setLabelText(label)
        self.dialog.setRange(0, 0)  # busy until the job reports a total
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # no flash for a quick job
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if cancellable:
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self._worker = _Worker(job, self._signals, self._cancel)

    def start(self) -> Task:
        _running.add(self)
        pool().start(self._worker)
        return self

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop; it raises Cancelled at its next check and rolls back."""
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.progress_seen.append((done, total))
        if total > 0 and self.dialog.maximum() != total:
            self.dialog.setRange(0, total)
        self.dialog.setValue(min(done, total))

    @Slot(object)
    def _on_worker_succeeded(self, result: Any) -> None:
        self.result = result
        self._end("ok")
        if self._on_result is not None:
            self._on_result(result)
        self.finished.emit()

    @Slot(object)
    def _on_worker_failed(self, err: DeskError) -> None:
        self.error = err
        self._end("error")
        if self._on_error is not None:
            self._on_error(err)
        else:
            notify.error(self._parent, err.message(messages.language()), _details(err))
        self.finished.emit()

    @Slot()
    def _on_worker_stopped(self) -> None:
        self._end("cancelled")
        if self._on_cancelled is not None:
            self._on_cancelled()
        else:
            show_status(self._parent, messages.text("cancelled"))
        self.finished.emit()

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        _running.discard(self)


def run_task(
    parent: QWidget | None,
    job: Job,
    label: str,
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[DeskError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> Task:
    """Start ``job`` in the worker pool and return its :class:`Task` (already running).

    Bind the job's own arguments with ``functools.partial``. Without ``on_error`` a core
    error is shown in a message box; without ``on_cancelled`` a quiet status message says
    nothing changed.
    """
    task = Task(parent, job, label, on_result, on_error, on_cancelled, cancellable)
    return task.start()


def show_status(widget: QWidget | None, text: str, msecs: int = 8000) -> None:
    """A quiet message in the status bar of the widget's main window, if it has one."""
    window = widget.window() if widget is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)


def _details(err: DeskError) -> str:
    return str(getattr(err, "details", ""))
