"""The Qt binding keeps Python's reference counts straight when signals are emitted.

PySide6 6.12.0 dropped a reference to ``True`` on every emit of a signal declared in Python;
after a few hundred emits (every record change announces one) Python 3.11 aborted with
"bool_dealloc". pyproject.toml excludes that release; this test catches a binding that does it.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal

from ui import events


class Emitter(QObject):
    bare = Signal()
    text = Signal(str)


def test_emitting_signals_leaves_the_count_of_true_alone(qapp: object) -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.bare.connect(lambda: received.append(None))
    emitter.text.connect(received.append)
    events.hub().records_changed.connect(received.append)
    # Pages of earlier tests may still listen to the hub: collect them first, and no
    # collection during the loop (freeing objects that hold True would move the count).
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(True)
        for _ in range(200):
            emitter.bare.emit()
            emitter.text.emit("topic")
            events.announce("topic")
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    assert len(received) == 600
    # The faulty binding loses 600 here; a stray reference or two elsewhere is no fault.
    assert abs(after - before) < 50
