"""A guard against a fault of PySide6 6.12 on Python 3.11: its calls drop references to None, True and False.

Those wheels are built for Python 3.12+, where None, True and False are immortal (PEP 683) and their reference
counts are never checked; on 3.11 every void call or emit takes one reference away, and after some thousands the
interpreter aborts ("deallocating None"). The fault is measured at start; when present, the three objects get a
reference count so large that it never reaches zero - what Python 3.12 does for them. Remove this module once the
project requires Python 3.12 or a PySide6 release without the fault.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_HEADROOM = 1 << 40


def _void_call_loses_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 8


def make_singletons_immortal() -> bool:
    """True when the fault was found and the guard applied (idempotent)."""
    if sys.version_info >= (3, 12) or not _void_call_loses_none():
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    return True


APPLIED = make_singletons_immortal()
