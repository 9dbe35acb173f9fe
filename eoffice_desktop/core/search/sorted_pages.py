"""The first pages of a search sorted by date, number or sender without sorting every match.

Sorting all matches costs what reading them costs: 300,000 letters hold a common Lao word in a register of a million.
A page sorted by a column instead walks the letters in that order (an index of migration 0006) and keeps those that
match, so it stops after a page of them. How a letter is checked depends on how many letters the words match, which
a bounded count of the index's matches tells in a few milliseconds:

- few (up to SMALL): SQLite sorts them; that is cheaper than any walk, which could cross the whole register;
- many (up to LARGE): their index keys are read into a set once, and the walk tests each letter against it;
- more: each letter on the walk is looked up in the index (a few hundred letters make a page at that density).

With filters besides the register (a year, a date range, urgency...) the letters that pass may all lie far down the
walk, so SQLite sorts the matches as before (`query.search_letters` keeps it from walking an index then).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import exists, func, literal_column, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.search import clauses
from eoffice_desktop.core.search.access import Viewer

WALKED = ("date", "number", "correspondent")  # the sort orders with an index of their own across both registers
SMALL = 10_000
LARGE = 45_000  # reading 45,000 keys costs about what 100 pages' worth of lookups on the walk cost
FIRST_STRETCH = 2_000  # letters read per step of a walk; each step reads four times more


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
    if replace(q, text="", direction=None) != type(q)():
        return None  # a filter may leave few letters far down the walk; the matches are sorted instead
    text = clauses.text_clauses(plan)
    if plan.match is not None:
        matched = session.scalar(
            select(func.count()).select_from(select(clauses.fts.c.rowid).where(*text).limit(LARGE + 1).subquery())
        )
        if (matched or 0) <= SMALL:
            return None
    else:
        matched = LARGE + 1  # short words only: no index to count with; checking each letter on the walk is cheaper
    rest = replace(q, text="")
    order = clauses.sort_order(sort, descending)
    wanted = offset + limit
    if matched is not None and matched <= LARGE:
        keys = set(session.scalars(select(clauses.fts.c.rowid).where(*text)))
        walk = clauses.base_select(session, rest, viewer, today, clauses.keys.c.key, *clauses.ROW_COLUMNS)
        return _walk(session, walk.order_by(*order), keys, wanted)[offset:]
    probe = exists(
        select(literal_column("1")).select_from(clauses.fts).where(*text, clauses.fts.c.rowid == clauses.keys.c.key)
    )
    page = clauses.base_select(session, rest, viewer, today, *clauses.ROW_COLUMNS).where(probe)
    return [clauses.SearchRow(*row) for row in session.execute(page.order_by(*order).offset(offset).limit(limit))]


def _walk(session: Session, walk: Any, keys: set[int], wanted: int) -> list[Any]:
    """Read the letters in order, a stretch at a time, keeping those whose index key is in `keys`."""
    found: list[Any] = []
    start, stretch = 0, FIRST_STRETCH
    connection = session.connection()
    while len(found) < wanted:
        rows = connection.execute(walk.offset(start).limit(stretch)).all()
        found.extend(clauses.SearchRow(*row[1:]) for row in rows if row[0] in keys)
        if len(rows) < stretch:
            break
        start, stretch = start + stretch, stretch * 4
    return found[:wanted]
