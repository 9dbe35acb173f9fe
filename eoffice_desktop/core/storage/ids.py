"""Identifiers made where a record is created: UUIDv7 (time-ordered) and the hybrid logical clock.

Made on the device, so two offline PCs never need to ask anyone for an id.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import UTC, datetime

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def uuid7() -> str:
    """RFC 9562 UUIDv7; monotonic within one process even when the clock stands still."""
    global _last_ms, _last_rand
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            rand = _last_rand + 1
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 6  # 74 random bits
        _last_ms, _last_rand = ms, rand
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


# A remote clock further ahead than this does not drag ours forward (HLC "poisoning" bound).
MAX_REMOTE_AHEAD_MS = 24 * 3600 * 1000


def _format(wall_ms: int, counter: int, node: str) -> str:
    stamp = datetime.fromtimestamp(wall_ms / 1000, tz=UTC)
    return f"{stamp.strftime('%Y-%m-%dT%H:%M:%S')}.{wall_ms % 1000:03d}Z/{counter:04d}/{node}"


def parse_hlc(text: str) -> tuple[int, int, str]:
    stamp, counter, node = text.split("/", 2)
    dt = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return int(round(dt.timestamp() * 1000)), int(counter), node


class HybridClock:
    """Hybrid logical clock: wall time when it moves forward, a counter when it does not.

    Its text form sorts in time order, so projections can order events by plain string comparison.
    """

    def __init__(self, node: str, last: str | None = None) -> None:
        self.node = node
        self.wall_ms, self.counter = 0, 0
        if last:
            self.wall_ms, self.counter, _ = parse_hlc(last)

    def now(self) -> str:
        physical = time.time_ns() // 1_000_000
        if physical > self.wall_ms:
            self.wall_ms, self.counter = physical, 0
        else:
            self.counter += 1
        return _format(self.wall_ms, self.counter, self.node)

    def observe(self, remote: str) -> None:
        """Move past a timestamp seen on an incoming event, unless it is implausibly far ahead."""
        wall, counter, _ = parse_hlc(remote)
        physical = time.time_ns() // 1_000_000
        if wall - physical > MAX_REMOTE_AHEAD_MS:
            return
        if (wall, counter) > (self.wall_ms, self.counter):
            self.wall_ms, self.counter = wall, counter
