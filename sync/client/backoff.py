"""When to try again: exponential back-off with full jitter, from 5 s to 30 min, with no maximum number of tries."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 5.0
    cap: float = 30 * 60.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        """Seconds to wait after one more failure (never gives up)."""
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** min(self.failures - 1, 30))
        return self.rng.uniform(self.base / 2, ceiling)

    def reset(self) -> None:
        self.failures = 0
