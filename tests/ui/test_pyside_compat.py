"""The guard for PySide6 releases that drop references to None/True on Python 3.11 keeps the app alive."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from eoffice_desktop.ui import pyside_compat


class _Emitter(QObject):
    ping = Signal(int)


def test_many_calls_and_emits_never_exhaust_none_or_true(qapp) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    for i in range(20000):  # enough to abort the interpreter without the guard on an affected release
        emitter.setObjectName("x")
        emitter.ping.emit(i)
    assert len(received) == 20000
    assert sys.getrefcount(None) > 1000 and sys.getrefcount(True) > 1000
    assert pyside_compat.make_singletons_immortal() in (True, False)  # applying twice is harmless
