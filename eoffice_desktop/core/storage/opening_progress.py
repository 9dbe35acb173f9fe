"""What an opening of the office database that takes time tells as it goes (checking the file, copying it before an
update, updating it, saving the update: `Step`), and its stop, asked from any thread, which ends the copy or the update
and leaves the database as it was (`UpdateStopped`)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from eoffice_desktop.core.storage.integrity import DatabaseRefused

CHECKING, COPYING, UPDATING, SAVING = "checking", "copying", "updating", "saving"
_EVERY = 10_000  # SQLite instructions between two looks at the stop while a migration's statement runs


class Step:
    """`stage` is CHECKING (no measure), COPYING (`done` of `total` bytes), UPDATING (`step` of `steps` revisions
    applied, and within the next one `done` of `total` units when its migration reports them:
    core/storage/migration_progress.py) or SAVING (every revision applied: their transaction is checked and committed,
    no measure, no stop). (A plain class: this module loads at every start of the GUI, a dataclass takes a millisecond
    to make.)"""

    __slots__ = ("done", "stage", "step", "steps", "total")

    def __init__(self, stage: str, done: int = 0, total: int = 0, step: int = 0, steps: int = 0) -> None:
        self.stage, self.done, self.total, self.step, self.steps = stage, done, total, step, steps

    def __repr__(self) -> str:
        return f"Step({self.stage!r}, {self.done}, {self.total}, {self.step}, {self.steps})"


class UpdateStopped(DatabaseRefused):
    """The user stopped the copy or the update of the office's data: nothing was changed."""

    code = "update_stopped"
    english = (
        "The update of the office's data was stopped. Nothing was changed. Start eOffice again when you have time "
        "for it."
    )


class OpeningProgress:
    """Handed to `open_store`: `listener` hears each `Step` on the thread that opens the database; `stop()` may be
    called from any thread."""

    def __init__(self, listener: Callable[[Step], None]) -> None:
        self.listener = listener
        self._stop = threading.Event()
        self._step = self._steps = 0
        self._saving = False
        self._lock = threading.Lock()

    def stop(self) -> bool:
        """False, and nothing stopped, once the update is being saved (a commit under way is not interrupted)."""
        with self._lock:
            if self._saving:
                return False
            self._stop.set()
            return True

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        if self._stop.is_set():
            raise UpdateStopped()

    def tell(self, stage: str, done: int = 0, total: int = 0) -> None:
        """Say where the opening is, then end it there if a stop was asked (even by the listener itself)."""
        self.check()
        self.listener(Step(stage, done, total, self._step, self._steps))
        self.check()

    def updating(self, steps: int) -> None:
        """The migrations begin: `steps` revisions to apply."""
        self._step, self._steps = 0, steps
        self.tell(UPDATING)

    def applied(self, **_alembic: Any) -> None:
        """Alembic's `on_version_apply`: one revision done (inside the migrations' transaction)."""
        self._step = min(self._step + 1, self._steps)
        self.tell(UPDATING)

    def within(self, done: int, total: int) -> None:
        """A migration's own report (migration_progress.report)."""
        self.tell(UPDATING, done, total)

    def saving(self) -> None:
        """Every revision is applied: their transaction is checked and committed now, which takes seconds on a large
        office, and can no longer be stopped (a stop asked until here ends the update here)."""
        with self._lock:
            self.check()
            self._saving = True
        self.listener(Step(SAVING, 0, 0, self._step, self._steps))

    @contextmanager
    def watching(self, connection: sqlite3.Connection) -> Iterator[None]:
        """While the migrations run on `connection`: a stop interrupts the statement running then (a table rebuilt,
        an index made), so the transaction is rolled back at once instead of at the end of a long statement."""
        connection.set_progress_handler(lambda: 1 if self._stop.is_set() else 0, _EVERY)
        try:
            yield
        finally:
            connection.set_progress_handler(None, 0)
