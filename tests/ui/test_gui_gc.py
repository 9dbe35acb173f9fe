"""Cycles that hold Qt objects are collected on the GUI thread, never by a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from eoffice_desktop.ui.gui_gc import GuiGarbageCollector, due_generation


class _Holder:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector can free it
        self.qt = QObject()


def test_the_app_switches_automatic_collection_off_and_collects_on_the_gui_thread(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert app.findChild(GuiGarbageCollector) is not None
    assert not gc.isenabled()

    holder = _Holder()
    freed_on: list[str] = []
    gone = weakref.ref(holder, lambda _ref: freed_on.append(threading.current_thread().name))
    del holder

    kept: list[list[list[int]]] = []

    def allocate() -> None:  # far past the threshold: an enabled collector would run in this thread
        kept.append([[i] for i in range(200_000)])

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert gone() is not None, "a worker thread collected a cycle holding a Qt object"
    assert due_generation() is not None

    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    kept.clear()
    assert freed_on == [threading.main_thread().name]
