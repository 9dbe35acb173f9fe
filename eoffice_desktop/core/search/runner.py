"""Running searches off the GUI thread: one worker with its own read-only connection; a newer query cancels older.

Qt-free: results arrive through callbacks on the worker thread, which the GUI turns into queued signals.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from eoffice_desktop.core.journey.whereabouts import with_whereabouts
from eoffice_desktop.core.ocr.store import found_in_scans
from eoffice_desktop.core.search.access import Viewer
from eoffice_desktop.core.search.query import SearchQuery, SearchRow, count_matches, first_count, search_letters
from eoffice_desktop.core.search.text import register_sql_functions
from eoffice_desktop.core.storage.settings import get_setting

# Above this many matches the count is first given as "more than" it (a bounded count, milliseconds), then exactly.
APPROXIMATE_ABOVE = 10_000
PageCallback = Callable[[int, list[SearchRow]], None]
CountCallback = Callable[[int, int, bool], None]  # generation, count, exact (False: "more than count")
ErrorCallback = Callable[[int, str], None]


def reader_engine(database: Path) -> Engine:
    """An engine for reading only: no write lock is ever taken, so searching never delays a registration."""
    engine = create_engine(f"sqlite:///{database}", future=True)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
        register_sql_functions(dbapi_connection)

    return engine


@dataclass(frozen=True)
class _Job:
    generation: int
    query: SearchQuery
    sort: str
    descending: bool
    limit: int
    offset: int
    on_page: PageCallback
    on_count: CountCallback | None
    on_error: ErrorCallback | None


class SearchRunner:
    """Runs one search at a time. `submit` returns a generation number; callbacks carry it so stale results can be
    told apart, and a search superseded by a newer `submit` or `cancel` is interrupted and reports nothing."""

    def __init__(self, database: Path, viewer: Viewer | None, approximate_above: int = APPROXIMATE_ABOVE) -> None:
        self.viewer = viewer
        self.approximate_above = approximate_above
        self._engine = reader_engine(database)
        self._cond = threading.Condition()
        self._generation = 0
        self._pending: _Job | None = None
        self._running: sqlite3.Connection | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="search", daemon=True)
        self._thread.start()

    def submit(
        self,
        query: SearchQuery,
        on_page: PageCallback,
        on_count: CountCallback | None = None,
        on_error: ErrorCallback | None = None,
        sort: str = "recent",
        descending: bool = True,
        limit: int = 100,
        offset: int = 0,
    ) -> int:
        """Search for one page (`offset`, `limit`); with `on_count`, then count all matches."""
        with self._cond:
            self._generation += 1
            self._pending = _Job(self._generation, query, sort, descending, limit, offset, on_page, on_count, on_error)
            self._interrupt()
            self._cond.notify()
            return self._generation

    def cancel(self) -> None:
        with self._cond:
            self._generation += 1
            self._pending = None
            self._interrupt()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._pending = None
            self._interrupt()
            self._cond.notify()
        self._thread.join(timeout=10)
        self._engine.dispose()

    def _interrupt(self) -> None:
        if self._running is not None:
            self._running.interrupt()  # the running statement fails with "interrupted" at its next step

    def _current(self, generation: int) -> bool:
        with self._cond:
            return generation == self._generation and not self._closed

    def _loop(self) -> None:
        with self._engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            while True:
                with self._cond:
                    while self._pending is None and not self._closed:
                        self._cond.wait()
                    if self._closed:
                        return
                    job, self._pending = self._pending, None
                    self._running = raw
                try:
                    self._run(Session(bind=connection), job)
                except Exception as exc:  # a failing callback must not end the worker: later searches still run
                    if job.on_error is not None:
                        job.on_error(job.generation, f"The search failed: {exc}")
                finally:
                    with self._cond:
                        self._running = None
                    connection.rollback()

    def _run(self, session: Session, job: _Job) -> None:
        try:
            rows = search_letters(
                session, job.query, job.offset, job.limit, job.sort, job.descending, viewer=self.viewer
            )
            in_scan = found_in_scans(session, [r.id for r in rows], job.query.text)
            rows = [replace(r, in_scan=True) if r.id in in_scan else r for r in rows]
            rows = self._where(session, rows)
            if not self._current(job.generation):
                return
            job.on_page(job.generation, rows)
            if job.on_count is not None:
                self._count(session, job, rows)
        except OperationalError as exc:
            if not self._current(job.generation):
                return  # interrupted by a newer search: nothing to report
            if job.on_error is not None:
                job.on_error(job.generation, f"The search failed: {exc.orig}")
        except ValueError as exc:
            if job.on_error is not None and self._current(job.generation):
                job.on_error(job.generation, str(exc))

    def _where(self, session: Session, rows: list[SearchRow]) -> list[SearchRow]:
        """This office's outgoing letters on the page say where they are in the offices they went to, as in the
        register (read for this page's letters only; a letter another office sent here is not ours to follow)."""
        sent = [row for row in rows if row.direction == "out"]
        if not sent:
            return rows
        found = with_whereabouts(session, sent, office_id=get_setting(session, "office.id"))
        where = {row.id: row.where for row in found}
        return [replace(row, where=where[row.id]) if where.get(row.id) else row for row in rows]

    def _count(self, session: Session, job: _Job, rows: list[SearchRow]) -> None:
        """The count for the label: exact when the page was the last; else first a count in bounded time ("more
        than 10,000", or more than the letters it found so far), then the exact count when that one was not
        (interrupted like the rest by a newer search)."""
        assert job.on_count is not None
        if len(rows) < job.limit:
            total = job.offset + len(rows)
        else:
            bound = self.approximate_above
            total, exact = first_count(session, job.query, self.viewer, at_most=bound)
            if not exact:
                if not self._current(job.generation):
                    return
                if total > bound:
                    job.on_count(job.generation, bound, False)
                elif (below := round_below(max(total, job.offset + len(rows)))) > 0:
                    job.on_count(job.generation, below, False)
                total = count_matches(session, job.query, self.viewer)
        if self._current(job.generation):
            job.on_count(job.generation, total, True)


def round_below(known: int) -> int:
    """A round number under `known` (a lower bound of the count): "more than 4000" for 4,578 letters found so far,
    "more than 90" for a full first page of 100; 0 when nothing can be said."""
    if known <= 1:
        return 0
    step = 10 ** (len(str(known - 1)) - 1)
    return (known - 1) // step * step
