"""How far a migration that takes long has come: it calls `report(done, total)` as it goes (rows rewritten, say), and
the window shown while eOffice updates an office's data moves its bar; when nobody listens, a report does nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

_listener: Callable[[int, int], None] | None = None


def report(done: int, total: int) -> None:
    """Within the migration running now: `done` of `total` units of its own. A stop asked meanwhile ends the migration
    here (its transaction is rolled back)."""
    if _listener is not None:
        _listener(done, total)


@contextmanager
def listening(listener: Callable[[int, int], None]) -> Iterator[None]:
    """`listener` hears the reports while the migrations run (Database._migrate)."""
    global _listener
    _listener = listener
    try:
        yield
    finally:
        _listener = None
