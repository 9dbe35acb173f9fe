"""The first pages of a search sorted by date, number or sender without sorting every match.

Sorting all matches costs what reading them costs: 300,000 letters hold a common Lao word in a register of a million,
and checking each against a year or urgency costs half a second more. A page sorted by a column instead walks the
letters in that order down the column's index (`sorted_walk.py`), a stretch at a time; SQLite applies the filters to
the stretch, and the words are checked on the letters that pass (`text_check.py`), until the page is full:

- words matching few letters (up to SMALL): SQLite sorts the matches; that is cheaper than any walk;
- otherwise the walk, narrowed to a year or a date range where the sort's index begins with it; a filter that leaves
  few letters far down the walk makes it long, so after walking half as many letters as the words match (about
  what sorting them costs) the matches are sorted after all;
- sorted by sender between two dates: when the letters between the dates are fewer than a walk would read, those
  are checked and sorted instead; with a sender filter no walk is tried (one sender's letters lie together in that
  order, perhaps at its far end);
- a current holder or "signed" leaves a few letters: SQLite starts from those.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Select, column, func, select, text
from sqlalchemy.orm import Session

from eoffice_desktop.core.search import clauses
from eoffice_desktop.core.search.access import Viewer, visible_clause
from eoffice_desktop.core.search.sorted_walk import ROWID, Walk, dated_letters, walk_for
from eoffice_desktop.core.search.text_check import Words, matching

WALKED = ("date", "number", "correspondent")  # the sort orders with an index of their own across both registers
SMALL = 10_000
SAMPLE = 45_000  # matches counted to estimate how many there are (the newest: a few milliseconds)
FIRST_STRETCH = 2_000  # letters read per step of a walk; each step reads four times more
MIN_BUDGET = 50_000  # letters a walk may read before the matches are sorted instead, at least
BUDGET_SHARE = 0.5  # of the letters the words match, the share a walk may read (about what sorting them costs)
DATED = 2.0  # sorted by sender between two dates: check those letters when fewer than this times a walk's length


def sorted_page(
    session: Session,
    q: Any,  # SearchQuery
    viewer: Viewer | None,
    today: date,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[Any] | None:
    """One page of `query.search_letters` sorted by `sort`, or None when SQLite's own sort is the cheaper way."""
    plan = clauses.plan_text(q.text)
    if sort not in WALKED or (plan.match is None and not plan.short):
        return None  # no words: the filters go straight to SQL, which walks the same index when it pays
    if q.holder_id is not None or q.signed:
        return None
    if sort == "correspondent" and (q.sender_org_id is not None or q.sender_kind is not None):
        return None  # one sender's letters lie together in this order, maybe at its far end: no walk can be short
    words = estimate_words(session, plan)
    if words.estimated <= SMALL:
        return None
    wanted = offset + limit
    if sort == "correspondent" and (q.date_from is not None or q.date_to is not None):
        dated, count = dated_letters(session, q)
        walked = wanted / max(words.estimated / max(words.top_key, 1) * count / max(words.top_key, 1), 1e-9)
        if count < DATED * walked:  # fewer letters between the dates than the walk would read to find a page
            return _sorted_dated(session, q, viewer, today, sort, descending, words, dated, count, offset, limit)
    found = _walk(session, q, viewer, today, sort, descending, words, wanted)
    if found is None:
        return None
    return _rows(session, found[offset:wanted])


def _rows(session: Session, ids: list[int]) -> list[Any]:
    rows = session.execute(select(ROWID, *clauses.ROW_COLUMNS).where(ROWID.in_(ids)))
    by_rowid = {row[0]: clauses.SearchRow(*row[1:]) for row in rows}
    return [by_rowid[rowid] for rowid in ids]


def _sorted_dated(
    session: Session,
    q: Any,
    viewer: Viewer | None,
    today: date,
    sort: str,
    descending: bool,
    words: Words,
    dated: Walk,
    count: int,
    offset: int,
    limit: int,
) -> list[Any]:
    """The page from the letters between the query's dates: those that pass the filters and match the words,
    sorted by SQLite (a few thousand at most when this is chosen)."""
    connection = session.connection()
    where = [*clauses.filter_clauses(replace(q, text=""), today, by_key=True), visible_clause(session, viewer)]
    passed = connection.execute(dated.stretch(0, count + 1, where)).all()
    raw = _raw(session)
    found: list[int] = []
    for at in range(0, len(passed), 4096):
        batch = passed[at : at + 4096]
        hits = matching(raw, words, [key for key, _ in batch])
        found.extend(rowid for key, rowid in batch if key in hits)
    chosen: Select[Any] = select(column("value")).select_from(func.json_each(json.dumps(found)))
    page = (
        select(*clauses.ROW_COLUMNS)
        .where(ROWID.in_(chosen))
        .order_by(*clauses.sort_order(sort, descending, off_index=True))
        .offset(offset)
        .limit(limit)
    )
    return [clauses.SearchRow(*row) for row in session.execute(page)]


def _raw(session: Session) -> sqlite3.Connection:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def estimate_words(session: Session, plan: clauses.Plan) -> Words:
    """How many letters the words match: counted up to SAMPLE from the newest, and beyond that estimated from how
    far back the SAMPLE-th match lies. Short words alone have no index to count with: taken as matching all."""
    top = session.scalar(text("SELECT max(key) FROM letter_search_keys")) or 0
    if plan.match is None:
        return Words(plan, float(top), top)
    newest = (
        select(clauses.fts.c.rowid)
        .where(*clauses.text_clauses(plan))
        .order_by(clauses.fts.c.rowid.desc())
        .limit(SAMPLE)
        .subquery()
    )
    count, oldest = session.execute(select(func.count(), func.min(newest.c.rowid))).one()
    if count < SAMPLE:
        return Words(plan, float(count), top)
    return Words(plan, count * top / max(top - oldest + 1, 1), top)


def _walk(
    session: Session,
    q: Any,
    viewer: Viewer | None,
    today: date,
    sort: str,
    descending: bool,
    words: Words,
    wanted: int,
) -> list[int] | None:
    """The rowids of the first `wanted` letters in the sort's order that pass the filters and match the words; None
    when the walk would cost more than sorting the matches."""
    walk = walk_for(session, q, sort, descending)
    where = [*clauses.filter_clauses(replace(q, text=""), today, by_key=True), visible_clause(session, viewer)]
    connection = session.connection()
    raw = _raw(session)
    share = min(1.0, words.estimated / max(words.top_key, 1))  # of the letters, those the words match
    budget = max(int(words.estimated * BUDGET_SHARE), MIN_BUDGET)
    found: list[int] = []
    start, stretch = 0, max(FIRST_STRETCH, int(2 * wanted / max(share, 1e-6)))
    while len(found) < wanted:
        if start >= budget:
            return None
        count = min(stretch, budget - start)
        passed = connection.execute(walk.stretch(start, count, where)).all()
        at = 0
        while at < len(passed) and len(found) < wanted:
            # A batch about the size that should fill the page, so a full page stops the checking.
            size = min(4096, max(16, int(1.2 * (wanted - len(found)) / max(share, 1e-6))))
            batch = passed[at : at + size]
            hits = matching(raw, words, [key for key, _ in batch])
            found.extend(rowid for key, rowid in batch if key in hits)
            at += size
        if len(found) >= wanted:
            break
        if (connection.scalar(walk.length(start, count)) or 0) < count:
            break  # the walk's end
        start, stretch = start + count, stretch * 4
    return found[:wanted]
