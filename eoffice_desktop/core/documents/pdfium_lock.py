"""PDFium (through pypdfium2) is not thread-safe, and the app uses it from worker threads (the preview, the printed
copy, printing): every use holds this one lock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

PDFIUM = threading.RLock()

P = ParamSpec("P")
R = TypeVar("R")


def with_pdfium(fn: Callable[P, R]) -> Callable[P, R]:
    """Run `fn` holding the PDFium lock."""

    @wraps(fn)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        with PDFIUM:
            return fn(*args, **kwargs)

    return locked
