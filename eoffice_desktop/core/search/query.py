"""Searching letters: one text box over numbers, subjects, names and notes, combined with filters and permissions.

Text goes through the trigram index `letter_search` (docs/search.md); rows come back as the register's rows.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Select, bindparam, column, func, literal_column, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.search.access import Viewer, visible_clause
from eoffice_desktop.core.search.clauses import (
    CLOSED_STATUSES as CLOSED_STATUSES,
)
from eoffice_desktop.core.search.clauses import (
    MIN_INDEXED as MIN_INDEXED,
)
from eoffice_desktop.core.search.clauses import (
    ROW_COLUMNS,
    base_select,
    filter_clauses,
    fts,
    keys,
    plan_text,
    sort_order,
    text_clauses,
)
from eoffice_desktop.core.search.clauses import (
    SEARCH_SORT_KEYS as SEARCH_SORT_KEYS,
)
from eoffice_desktop.core.search.clauses import (
    SearchQuery as SearchQuery,
)
from eoffice_desktop.core.search.clauses import (
    SearchRow as SearchRow,
)
from eoffice_desktop.core.search.clauses import (
    holding_clause as holding_clause,
)
from eoffice_desktop.core.search.clauses import (
    overdue_clause as overdue_clause,
)
from eoffice_desktop.core.search.sorted_pages import sorted_page
from eoffice_desktop.core.storage.models import Letter
from eoffice_shared.refusals import Invalid

FIRST_COUNT_READ = 15_000  # matches the label's first count reads at most (about 35 ms of CPU for a common word)
FIRST_COUNT_DOCS = 8_000  # documents it reads at most for words too short for the index (about as long)
COUNTED_CHUNK = 512  # matches checked against the filters at a time (then the clock is read)
FIRST_COUNT_CPU = 0.03  # seconds of CPU the first count spends at most (a phrase's matches cost 10 µs each to read)


def _recent_page(
    session: Session, q: SearchQuery, viewer: Viewer | None, today: date, offset: int, limit: int, descending: bool
) -> list[SearchRow]:
    """Newest first without sorting all matches: read the index's matches in key order, a batch at a time (each
    four times larger), and keep those that pass the filters, until the page is full or the matches run out.

    The index streams matches in rowid order, so a frequent word costs one small batch and a rare one a few.
    """
    plan = plan_text(q.text)
    wanted = offset + limit
    found: list[SearchRow] = []
    edge: int | None = None
    batch = max(200, 2 * wanted)
    while len(found) < wanted:
        hits = select(fts.c.rowid).where(*text_clauses(plan))
        if edge is not None:
            hits = hits.where(fts.c.rowid < edge if descending else fts.c.rowid > edge)
        order = fts.c.rowid.desc() if descending else fts.c.rowid.asc()
        inner = hits.order_by(order).limit(batch).subquery()
        # One row back: the batch as a JSON list for the next query, its far end, its size (no row-by-row Python).
        matched, far, count = session.execute(
            select(
                func.json_group_array(inner.c.rowid),
                func.min(inner.c.rowid) if descending else func.max(inner.c.rowid),
                func.count(),
            )
        ).one()
        if not count:
            break
        rest = replace(q, text="")
        page = base_select(session, rest, viewer, today, *ROW_COLUMNS, candidates=matched, in_key_order=True)
        page = page.order_by(keys.c.key.desc() if descending else keys.c.key).limit(wanted - len(found))
        found.extend(SearchRow(*row) for row in session.execute(page))
        if count < batch:
            break
        edge, batch = far, min(batch * 4, 100_000)
    return found[offset:wanted]


def search_letters(
    session: Session,
    q: SearchQuery,
    offset: int = 0,
    limit: int | None = 100,
    sort: str = "recent",
    descending: bool = True,
    viewer: Viewer | None = None,
    today: date | None = None,
) -> list[SearchRow]:
    """One page of matching letters the viewer may see. "recent" (newest first) needs no sorting and is instant."""
    if sort not in SEARCH_SORT_KEYS:
        raise Invalid(
            "Unknown sort {sort}; choose one of {sorts}.",
            code="sort_unknown",
            sort=repr(sort),
            sorts=", ".join(SEARCH_SORT_KEYS),
        )
    today = today or date.today()
    plan = plan_text(q.text)
    if sort == "recent" and limit is not None and (plan.match is not None or plan.short):
        return _recent_page(session, q, viewer, today, offset, limit, descending)
    if limit is not None:
        page = sorted_page(session, q, viewer, today, sort, descending, offset, limit)
        if page is not None:
            return page
    query = base_select(session, q, viewer, today, *ROW_COLUMNS, in_key_order=sort == "recent")
    # With words, the matches are sorted: walking a sort index instead and checking each letter against the list of
    # matches could cross the whole register for a few of them (`unlikely(x)` is x, and keeps SQLite off the index).
    text = plan.match is not None or bool(plan.short)
    query = query.order_by(*sort_order(sort, descending, off_index=text)).offset(offset).limit(limit)
    return [SearchRow(*row) for row in session.execute(query)]


def count_matches(
    session: Session,
    q: SearchQuery,
    viewer: Viewer | None = None,
    today: date | None = None,
    at_most: int | None = None,
) -> int:
    """How many letters match (the results list's "N letters found"). With `at_most`, counting stops as soon as more
    than that many are found and returns `at_most + 1`: "more than N" costs a few thousand rows, not a million."""
    if at_most is None:
        return session.scalar(base_select(session, q, viewer, today or date.today(), func.count())) or 0
    plan = plan_text(q.text)
    if plan.match is None and not plan.short:
        first = base_select(session, q, viewer, today or date.today(), literal_column("1")).limit(at_most + 1)
    else:
        # Driven by the index's matches (a join, not an IN list SQLite would read in full before the first row).
        rest = replace(q, text="")
        where = [*filter_clauses(rest, today or date.today(), by_key=True), visible_clause(session, viewer)]
        first = (
            select(literal_column("1"))
            .select_from(fts)
            .join(keys, keys.c.key == fts.c.rowid)
            .join(Letter, Letter.id == keys.c.letter_id)
            .where(*text_clauses(plan), *where)
            .limit(at_most + 1)
        )
    return session.scalar(select(func.count()).select_from(first.subquery())) or 0


def first_count(
    session: Session,
    q: SearchQuery,
    viewer: Viewer | None = None,
    at_most: int = 10_000,
    today: date | None = None,
) -> tuple[int, bool]:
    """The results label's first count, in bounded time: (n, True) when n letters match, else (n, False) when at
    least n do (n is `at_most` + 1 when more than `at_most` do).

    With words, only the newest FIRST_COUNT_READ matches of the index are checked against the filters (or, for words
    too short for the index, the newest FIRST_COUNT_DOCS letters): a frequent word with a year or urgency could
    otherwise cost every one of its 300,000 matches (half a second). It also stops after FIRST_COUNT_CPU of CPU (a
    phrase's or two words' matches cost about 10 µs each to read and check): what it found by then is a lower bound.
    The exact count follows (`count_matches`) when it is needed."""
    plan = plan_text(q.text)
    if plan.match is None and not plan.short:
        found = count_matches(session, q, viewer, today, at_most=at_most)
        return found, found <= at_most
    where = [*filter_clauses(replace(q, text=""), today or date.today(), by_key=True), visible_clause(session, viewer)]
    # The matches, newest first (the index gives them in that order: nothing is read before the first), a chunk at a
    # time checked against the filters, until enough pass, FIRST_COUNT_READ are read or FIRST_COUNT_CPU is spent.
    newest: Select[Any] = select(fts.c.rowid).where(*text_clauses(plan)).order_by(fts.c.rowid.desc())
    if plan.match is None:  # short words only, which no index lists: the newest documents are read
        top = session.scalar(select(func.max(keys.c.key))) or 0
        newest = newest.where(fts.c.rowid > top - FIRST_COUNT_DOCS)
    chunk_keys: Select[Any] = select(column("value")).select_from(func.json_each(bindparam("chunk")))
    passing = (
        select(func.count())
        .select_from(keys)
        .join(Letter, Letter.id == keys.c.letter_id)
        .where(keys.c.key.in_(chunk_keys), *where)
    )
    deadline = time.thread_time() + FIRST_COUNT_CPU
    found = seen = 0
    result = session.execute(newest)
    try:
        for chunk in result.partitions(COUNTED_CHUNK):
            seen += len(chunk)
            found += session.scalar(passing, {"chunk": json.dumps([key for (key,) in chunk])}) or 0
            if found > at_most or seen > FIRST_COUNT_READ:
                return found, False
            if len(chunk) < COUNTED_CHUNK:
                break  # the last matches
            if time.thread_time() > deadline:
                return found, False
    finally:
        result.close()
    if plan.match is None:  # were all the letters read?
        return found, (session.scalar(select(func.min(keys.c.key))) or 0) > top - FIRST_COUNT_DOCS
    return found, True  # every match was read
