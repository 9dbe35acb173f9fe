"""What the console's chart and USB column are made from: the server's requests, refusals, errors and bytes per day
(counted in memory by a middleware, added to the database at most once a minute), and each USB bundle read in."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.admin import now
from sync.server.console.tables import ActivityDay, BundleRead
from sync.server.database import ServerDatabase

FIELDS = ("requests", "refused", "errors", "bytes_in", "bytes_out")
FLUSH_EVERY = 60.0  # seconds
log = logging.getLogger("eoffice.server")


class Activity:
    """This process's counts not yet in the database, by day (UTC)."""

    def __init__(self, database: ServerDatabase, every: float = FLUSH_EVERY) -> None:
        self.database, self.every = database, every
        self.counts: dict[date, Counter[str]] = {}
        self.lock = threading.Lock()
        self.flushed_at = time.monotonic()

    def add(self, day: date, counts: Counter[str]) -> None:
        with self.lock:
            self.counts.setdefault(day, Counter()).update(counts)

    def pending(self) -> dict[date, Counter[str]]:
        with self.lock:
            return {day: Counter(counts) for day, counts in self.counts.items()}

    def due(self) -> bool:
        return time.monotonic() - self.flushed_at >= self.every

    def flush(self) -> None:
        """Add the counts to the database (each process adds its own: an update, or the day's first row)."""
        self.flushed_at = time.monotonic()
        with self.lock:
            taken, self.counts = self.counts, {}
        try:
            with self.database.write() as s:
                for day, counts in sorted(taken.items()):
                    changes = {name: getattr(ActivityDay, name) + counts[name] for name in FIELDS}
                    done = s.execute(update(ActivityDay).where(ActivityDay.day == day).values(**changes))
                    if not done.rowcount:  # type: ignore[attr-defined]
                        s.add(ActivityDay(day=day, **{name: counts[name] for name in FIELDS}))
        except SQLAlchemyError:  # (another process added the day's first row at the same moment): next time
            log.warning("the day's traffic counts were not saved; they are kept for the next try")
            for day, counts in taken.items():
                self.add(day, counts)


class CountActivity:
    """ASGI middleware: one request, its status class and its bytes in and out (as sent, compressed or not)."""

    def __init__(self, app: ASGIApp, activity: Activity) -> None:
        self.app, self.activity = app, activity

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        counts: Counter[str] = Counter(requests=1)
        status = 500

        async def receiving() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                counts["bytes_in"] += len(message.get("body", b""))
            return message

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                counts["bytes_out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receiving, sending)
        finally:
            counts["refused" if 400 <= status < 500 else "errors"] += status >= 400
            self.activity.add(datetime.now(UTC).date(), counts)
        if self.activity.due():  # after the answer went out: nobody waits for it
            await run_in_threadpool(self.activity.flush)


@dataclass(frozen=True)
class Day:
    day: date
    requests: int = 0
    refused: int = 0
    errors: int = 0
    bytes_in: int = 0
    bytes_out: int = 0


def days(session: Session, activity: Activity | None, count: int = 30) -> list[Day]:
    """The last `count` days (UTC), oldest first, every day present (zero when quiet)."""
    today = datetime.now(UTC).date()
    first = today - timedelta(days=count - 1)
    totals: dict[date, Counter[str]] = {first + timedelta(days=i): Counter() for i in range(count)}
    for row in session.scalars(select(ActivityDay).where(ActivityDay.day >= first)):
        if row.day in totals:
            totals[row.day].update({name: getattr(row, name) for name in FIELDS})
    for day, counts in (activity.pending() if activity is not None else {}).items():
        if day in totals:
            totals[day].update(counts)
    return [Day(day, **{name: counts[name] for name in FIELDS}) for day, counts in sorted(totals.items())]


def record_bundle(session: Session, office_id: str, relayed_by: str, accepted: int, refused: int, files: int) -> None:
    session.add(
        BundleRead(
            at=now(),
            office_id=office_id,
            relayed_by=relayed_by,
            accepted=accepted,
            refused=refused,
            files=files,
        )
    )
