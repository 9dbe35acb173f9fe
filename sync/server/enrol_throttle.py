"""Failed enrolments, counted per client address and per office: past a limit, further attempts are refused with
429 for the rest of the window, before any code is looked up. A wrong code counts against the address it came from;
a valid code whose enrolment was refused (another office's data, a PC already enrolled, a wrong PC to replace)
counts against its office too, so one office's code tried from many addresses is stopped as well.

The server keeps the counts in its database (`SharedEnrolThrottle`, table `enrol_failures`): every worker process, and
every server behind the same proxy, refuses an address once it has failed the limit in all of them together.
`EnrolThrottle` keeps them in one process's memory.

An IPv6 client is counted by its /64 network (one household or office line has a whole /64 and may use any address
in it): otherwise it could try the limit again from each address, and write as many rows. The table holds at most
MAX_ROWS failures, the oldest dropped first, whatever the number of addresses the failures come from.
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from sync.server.bulk import run_sql

if TYPE_CHECKING:
    from sync.server.database import ServerDatabase

FAILURES_PER_ADDRESS = 10  # failed enrolments from one address ...
FAILURES_PER_OFFICE = 20  # ... or with valid codes of one office ...
WINDOW = 15 * 60.0  # ... within this many seconds, then refused until the oldest leaves the window
REMEMBERED = 10_000  # keys kept before the quiet ones are forgotten
MAX_ROWS = 100_000  # failures kept in the database at most (a few MB), the oldest dropped first


def address_key(address: str) -> str:
    """What an address is counted as: an IPv4 address itself, an IPv6 address its /64 network (an IPv4 address
    written as IPv6 as the IPv4 address); anything else (a name, "-") as given."""
    try:
        parsed = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)


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
        address = address_key(address) if address is not None else None
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
        for key in [("address", address_key(address))] + ([("office", office)] if office is not None else []):
            times = self._recent(key, moment)
            times.append(moment)
            self.failures[key] = times


KEY_LENGTH = 200  # as the table's column


class SharedEnrolThrottle:
    """The same rules with the failures in the database: one indexed read per check, one insert per failure (and the
    failures older than the window, or past MAX_ROWS, dropped then). Two processes failing at the same moment may both
    pass the check before either has written: the limit holds up to the attempts under way at once. Both run in the
    enrolment route's worker thread, never on the event loop."""

    def __init__(
        self,
        database: ServerDatabase,
        per_address: int = FAILURES_PER_ADDRESS,
        per_office: int = FAILURES_PER_OFFICE,
        window: float = WINDOW,
        clock: Callable[[], float] = time.time,  # every process's clock: the moments are compared across them
        kinds: tuple[str, str] = ("address", "office"),
    ) -> None:
        """`kinds`: the table's names of the two counts (the console's sign-ins count theirs apart, in the same
        table and within the same bound)."""
        self.database = database
        self.kinds = kinds
        self.limits = {kinds[0]: per_address, kinds[1]: per_office}
        self.window, self.clock = window, clock

    def check(self, address: str | None = None, office: str | None = None) -> None:
        moment = self.clock()
        address = address_key(address) if address else None
        asked = [(kind, value[:KEY_LENGTH]) for kind, value in zip(self.kinds, (address, office), strict=True) if value]
        if not asked:
            return
        with self.database.lookup() as s:
            for kind, value in asked:
                limit = self.limits[kind]
                rows = run_sql(
                    s,
                    "SELECT at FROM enrol_failures WHERE kind = ? AND key = ? AND at > ? ORDER BY at DESC LIMIT ?",
                    (kind, value, moment - self.window, limit),
                )
                if len(rows) >= limit:
                    raise Throttled(float(rows[-1][0]) + self.window - moment)

    def failed(self, address: str, office: str | None = None) -> None:
        moment = self.clock()
        keys = [(self.kinds[0], address_key(address)[:KEY_LENGTH])]
        keys += [(self.kinds[1], office[:KEY_LENGTH])] if office is not None else []
        with self.database.write() as s:
            run_sql(s, "DELETE FROM enrol_failures WHERE at <= ?", (moment - self.window,))
            for kind, value in keys:
                run_sql(s, "INSERT INTO enrol_failures (kind, key, at) VALUES (?, ?, ?)", (kind, value, moment))
            # Ids grow with each failure: those more than MAX_ROWS behind the newest are the oldest (by the primary
            # key, one indexed range).
            run_sql(
                s,
                "DELETE FROM enrol_failures WHERE id <= (SELECT max(id) FROM enrol_failures) - ?",
                (MAX_ROWS,),
            )
