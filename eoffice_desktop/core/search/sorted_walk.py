"""The letters in a sort's order, read a stretch at a time down that sort's index, with the search's filters applied.

Each sort (date, number, sender) has an index in exactly its order (migrations 0009 and 0012), so a stretch is the
next rows of that index; the letters of the stretch that pass the filters come back in the sort's order. A year or
date range narrows the walk to its part of the index where the index begins with it: by date within one year
(`ix_letters_sort_year_date`), by date between two dates, by number within a year or the years a date range touches.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, Select, case, literal_column, select, text
from sqlalchemy.orm import Session

from eoffice_desktop.core.search import clauses
from eoffice_desktop.core.storage.models import Letter, Organisation

INDEXES = {
    "date": "ix_letters_sort_date",
    "number": "ix_letters_sort_number",
    "correspondent": "ix_letters_sort_correspondent",
}
ROWID: ColumnElement[int] = literal_column("letters.rowid", Integer)
# Each letter's search key (migration 0016), held by the sender sort's index: a walk down it reaches each letter's
# document without looking its key up (2.2 µs a letter instead of 3.1). The other sorts' indexes look it up.
SEARCH_KEY: ColumnElement[int] = literal_column("letters.search_key", Integer)
KEYED = {"ix_letters_sort_correspondent"}


@dataclass(frozen=True)
class Walk:
    sort: str
    descending: bool
    index: str
    bounds: tuple[str, ...]  # SQL on the index's columns, narrowing the walk
    params: tuple[tuple[str, Any], ...]

    def stretch(
        self, connection: Connection, start: int, count: int, where: list[ColumnElement[bool]], keyed: bool = False
    ) -> list[Any]:
        """(letter rowid, letter id) of the letters start..start+count of the walk that pass `where`, in the sort's
        order; with `keyed`, also the sort's columns (to merge walks by). The filters' columns are in the index
        (migration 0012): SQLite tests them there and reads a letter's row only for a test that needs more (a
        sender, a viewer's own confidential letters)."""
        walk = select(ROWID, Letter.id, *(clauses.sort_columns(self.sort) if keyed else ()))
        return self.run(connection, walk.where(*where).offset(start).limit(count))

    def documents_holding(
        self, connection: Connection, count: int, where: list[ColumnElement[bool]], words: ColumnElement[bool]
    ) -> list[Any]:
        """(letter rowid, letter id) of the first `count` letters of the walk that pass `where` and whose search
        documents hold the words (`words`, a test on `clauses.DOCUMENTS`): one statement that stops at the
        count, each letter's document read as the walk reaches it (2-3 µs a letter)."""
        return self.run(connection, self._documents(select(ROWID, Letter.id)).where(*where, words).limit(count))

    def document_cost(
        self, connection: Connection, count: int, where: list[ColumnElement[bool]], words: ColumnElement[bool]
    ) -> tuple[int, float]:
        """How many of the first `count` letters of the walk that pass `where` were searched for the words, as
        `documents_holding` searches them, and the CPU seconds SQLite took (to measure what a letter costs)."""
        # (in a CASE the test stops at its first false term, as in the walk's WHERE; a bare column computes them all)
        tested = self._documents(select(case((words, 1), else_=0)).select_from(Letter))
        sql = self._sql(connection, tested.where(*where).limit(count))
        started = time.thread_time()
        searched = len(driver(connection).execute(sql).fetchall())
        return searched, time.thread_time() - started

    def keys_listed(
        self, connection: Connection, count: int, where: list[ColumnElement[bool]], listed: Select[Any]
    ) -> list[Any]:
        """(letter rowid, letter id) of the first `count` letters of the walk that pass `where` and whose search key
        is among `listed` (the words' matches, `Words.listed`): SQLite lists them once, before the walk's first
        letter, then tests each letter's key against that list (0.1 µs a letter with the key in the walk's index)."""
        return self.run(connection, select(ROWID, Letter.id).where(*where, SEARCH_KEY.in_(listed)).limit(count))

    def _documents(self, walk: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
        """`walk` with each letter's search document: by the key the walk's index holds (KEYED), else looked up."""
        if self.index in KEYED:
            return walk.join(clauses.DOCUMENTS, clauses.DOCUMENTS.c.id == SEARCH_KEY)
        return walk.join(clauses.keys, clauses.keys.c.letter_id == Letter.id).join(
            clauses.DOCUMENTS, clauses.DOCUMENTS.c.id == clauses.keys.c.key
        )

    def run(self, connection: Connection, walk: Select[*tuple[Any, ...]]) -> list[Any]:
        """The walk's rows, read down the walk's index within its bounds in the sort's order."""
        return self.rows(connection, walk).fetchall()

    def rows(self, connection: Connection, walk: Select[*tuple[Any, ...]]) -> sqlite3.Cursor:
        """`run`'s rows as SQLite finds them: it walks only as far as they are fetched (close the cursor after)."""
        return driver(connection).execute(self._sql(connection, walk))

    def _sql(self, connection: Connection, walk: Select[*tuple[Any, ...]]) -> str:
        """`walk` as SQL, within the walk's bounds, in the sort's order, down the walk's index."""
        walk = walk.where(*(text(bound).bindparams(**self._params(bound)) for bound in self.bounds)).order_by(
            *clauses.sort_order(self.sort, self.descending)
        )
        # SQLAlchemy has no index hints for SQLite: the statement is rendered, and the index named after `letters`.
        sql = str(walk.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
        head, found, rest = sql.partition("\nFROM letters ")
        assert found, sql
        return f"{head}\nFROM letters INDEXED BY {self.index} {rest}"

    def _params(self, bound: str) -> dict[str, Any]:
        return {name: value for name, value in self.params if f":{name}" in bound}


def driver(connection: Connection) -> sqlite3.Connection:
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def dated_letters(session: Session, q: Any) -> tuple[Walk, int]:
    """The letters registered between the query's two dates, walked by date, and how many there are (a count on the
    date index alone)."""
    walk = walk_for(session, replace(q, year=None), "date", False)
    where = " AND ".join(walk.bounds)
    count = session.scalar(
        text(f"SELECT count(*) FROM letters INDEXED BY ix_letters_sort_date WHERE {where}"), dict(walk.params)
    )
    return walk, count or 0


def sender_walks(session: Session, q: Any, descending: bool) -> list[Walk]:
    """Sorted by sender with a sender filter: one walk per sender organisation down `ix_letters_sort_sender`, whose
    letters lie together in the sender order; the walks are merged by that order (`sorted_pages`). That index holds
    only the sort's columns, so the other filters read each letter's row (about 2 µs a letter)."""
    orgs: set[str] | None = None
    if q.sender_org_id is not None:  # with the entries merged into it, as the filter has them
        group = select(Organisation.id).where(Organisation.id == q.sender_org_id).cte("merged", recursive=True)
        group = group.union(select(Organisation.id).where(Organisation.merged_into == group.c.id))
        orgs = set(session.scalars(select(group.c.id)))
    if q.sender_kind is not None:
        kind = set(session.scalars(select(Organisation.id).where(Organisation.kind == q.sender_kind)))
        orgs = kind if orgs is None else orgs & kind
    return [
        Walk("correspondent", descending, "ix_letters_sort_sender", ("sender_org_id = :org",), (("org", org),))
        for org in sorted(orgs or ())
    ]


def walk_for(session: Session, q: Any, sort: str, descending: bool) -> Walk:
    """The walk for `sort`, narrowed by the query's year or dates where the sort's index allows it."""
    bounds: list[str] = []
    params: dict[str, Any] = {}
    index = INDEXES[sort]
    if sort == "date":
        if q.year is not None:
            index = "ix_letters_sort_year_date"
            bounds.append("registry_year = :year")
            params["year"] = q.year
        if q.date_from is not None:
            bounds.append("register_date >= :date_from")
            params["date_from"] = q.date_from.isoformat()
        if q.date_to is not None:
            bounds.append("register_date <= :date_to")
            params["date_to"] = q.date_to.isoformat()
    elif sort == "number":
        dated = q.date_from is not None or q.date_to is not None
        years = [q.year] if q.year is not None else _years_with_dates(session, q.date_from, q.date_to) if dated else []
        if len(years) == 1:
            bounds.append("registry_year = :year")
            params["year"] = years[0]
            numbers = _numbers_between(session, years[0], q.date_from, q.date_to) if dated else None
            if numbers is not None:  # within a year, numbers follow the dates: walk only those of the dates
                bounds.append("registry_seq BETWEEN :first_seq AND :last_seq")
                params.update(first_seq=numbers[0], last_seq=numbers[1])
        elif years or dated:
            bounds.append("registry_year BETWEEN :first_year AND :last_year")
            params.update(first_year=min(years, default=1), last_year=max(years, default=0))
    return Walk(sort, descending, index, tuple(bounds), tuple(params.items()))


def _dates(first: date | None, last: date | None) -> dict[str, str]:
    return {"low": first.isoformat() if first else "", "high": last.isoformat() if last else "9999-99-99"}


def _numbers_between(session: Session, year: int, first: date | None, last: date | None) -> tuple[int, int] | None:
    """The lowest and highest sequence number of the year's letters registered between the two dates (a read of
    that part of the year-and-date index); None when one of them has no sequence number, which sorts first."""
    low, high, unnumbered = session.execute(
        text(
            "SELECT min(registry_seq), max(registry_seq), count(*) - count(registry_seq) "
            "FROM letters INDEXED BY ix_letters_sort_year_date "
            "WHERE registry_year = :year AND register_date BETWEEN :low AND :high"
        ),
        {"year": year, **_dates(first, last)},
    ).one()
    if unnumbered:
        return None
    return (1, 0) if low is None else (int(low), int(high))  # (1, 0): no letter, nothing to walk


def _years_with_dates(session: Session, first: date | None, last: date | None) -> list[int]:
    """The registry years that hold a letter registered between the two dates: one step of the year-and-date index
    per year of the register."""
    found: list[int] = []
    year = session.scalar(text("SELECT min(registry_year) FROM letters"))
    while year is not None:
        held = session.scalar(
            text(
                "SELECT 1 FROM letters INDEXED BY ix_letters_sort_year_date "
                "WHERE registry_year = :year AND register_date BETWEEN :low AND :high LIMIT 1"
            ),
            {"year": year, **_dates(first, last)},
        )
        if held:
            found.append(year)
        year = session.scalar(text("SELECT min(registry_year) FROM letters WHERE registry_year > :y"), {"y": year})
    return found
