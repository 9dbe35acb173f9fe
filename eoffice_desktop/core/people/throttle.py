"""Wrong passwords slow the next tries down: plain data, held by the window from its start."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class LoginThrottle:
    """After 3 wrong passwords for a user name, each further try must wait longer (1, 2, 4 ... 30 s)."""

    FREE_TRIES = 3
    MAX_DELAY = 30.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def delay_for(self, username: str) -> float:
        """The wait imposed after the failures so far (0 while under the free tries)."""
        with self._lock:
            extra = self._failures.get(username, (0, 0.0))[0] - self.FREE_TRIES
        return 0.0 if extra < 0 else min(self.MAX_DELAY, 2.0**extra)

    def remaining(self, username: str) -> float:
        """Seconds still to wait before the next try is accepted."""
        with self._lock:
            last = self._failures.get(username, (0, 0.0))[1]
        return max(0.0, last + self.delay_for(username) - self._clock())

    def failed(self, username: str) -> None:
        with self._lock:
            count = self._failures.get(username, (0, 0.0))[0]
            self._failures[username] = (count + 1, self._clock())

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(username, None)
