"""How far a running migration is, for whoever shows it: a migration calls `report` as it goes."""

from __future__ import annotations

from collections.abc import Callable

_listener: Callable[[int, int], None] | None = None


def report(done: int, total: int) -> None:
    """A migration has done `done` of `total` parts of its work (nothing happens when nobody listens)."""
    if _listener is not None:
        _listener(done, total)
