"""Failed enrolments, counted per client address and per office: past a limit, further attempts are refused with
429 for the rest of the window, before any code is looked up. A wrong code counts against the address it came from;
a valid code whose enrolment was refused (another office's data, a PC already enrolled, a wrong PC to replace)
counts against its office too, so one office's code tried from many addresses is stopped as well.

The counts live in the memory of each server process (nothing is written; a restart forgets them): with N worker
processes an address may fail up to N times the limit before every process refuses it.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

FAILURES_PER_ADDRESS = 10  # failed enrolments from one address ...
FAILURES_PER_OFFICE = 20  # ... or with valid codes of one office ...
WINDOW = 15 * 60.0  # ... within this many seconds, then refused until the oldest leaves the window
REMEMBERED = 10_000  # keys kept before the quiet ones are forgotten


class Throttled(Exception):
    """Too many failed enrolments; `seconds` until the next attempt may be made."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = max(1, math.ceil(seconds))

    def message(self) -> str:
        minutes = max(1, math.ceil(self.seconds / 60))
        return (
            f"Too many failed enrolment attempts were made from here or for this office; "
            f"try again in {minutes} minutes with a code checked with IT staff."
        )


class EnrolThrottle:
    def __init__(
        self,
        per_address: int = FAILURES_PER_ADDRESS,
        per_office: int = FAILURES_PER_OFFICE,
        window: float = WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = {"address": per_address, "office": per_office}
        self.window, self.clock = window, clock
        self.failures: dict[tuple[str, str], deque[float]] = {}

    def _recent(self, key: tuple[str, str], moment: float) -> deque[float]:
        times = self.failures.get(key, deque())
        while times and moment - times[0] >= self.window:
            times.popleft()
        return times

    def check(self, address: str | None = None, office: str | None = None) -> None:
        """Raise Throttled when the address (or the office) has used up its failures in the window."""
        moment = self.clock()
        for kind, value in (("address", address), ("office", office)):
            if value is None:
                continue
            times = self._recent((kind, value), moment)
            if len(times) >= self.limits[kind]:
                raise Throttled(times[-self.limits[kind]] + self.window - moment)

    def failed(self, address: str, office: str | None = None) -> None:
        moment = self.clock()
        if len(self.failures) > REMEMBERED:
            self.failures = {k: q for k, q in self.failures.items() if q and moment - q[-1] < self.window}
        for key in [("address", address)] + ([("office", office)] if office is not None else []):
            times = self._recent(key, moment)
            times.append(moment)
            self.failures[key] = times
