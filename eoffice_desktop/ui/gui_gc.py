"""Python's cycle collector runs on the GUI thread only.

Qt objects must be destroyed on the thread that owns them. Left alone, Python collects reference cycles in whichever
thread happens to allocate when a generation's threshold is crossed; when that is a worker thread and a cycle holds a
widget or a signal object, Qt destroys it from the wrong thread and the process dies (seen as a segmentation fault in a
worker thread, "Garbage-collecting"). So automatic collection is switched off and a timer on the GUI thread collects
when Python's own counters say a collection is due. Reference counting still frees everything outside cycles at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 1000


def due_generation() -> int | None:
    """The oldest generation whose counter passed its threshold, as Python would collect it; None if none is due."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = None
    for generation, (count, threshold) in enumerate(zip(counts, thresholds, strict=False)):
        if threshold and count > threshold:
            due = generation
    return due


def collect_if_due() -> int:
    generation = due_generation()
    return gc.collect(generation) if generation is not None else 0


class GuiGarbageCollector(QObject):
    """Owned by the application object: switches automatic collection off and collects on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui-garbage-collector")
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start()
