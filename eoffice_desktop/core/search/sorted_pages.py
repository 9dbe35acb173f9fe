"""The first pages of a search sorted by date, number or sender without sorting every match.

Sorting all matches costs what reading them costs: 300,000 letters hold a common Lao word in a register of a million,
and checking each against a year or urgency costs half a second more. A page sorted by a column instead walks the
letters in that order down the column's index (`sorted_walk.py`), a stretch at a time; SQLite applies the filters to
the stretch, and the words are checked on the letters that pass (`text_check.py`), until the page is full:

- words matching few letters (up to SMALL): SQLite sorts the matches; that is cheaper than any walk;
- otherwise the walk, narrowed to a year or a date range where the sort's index begins with it; the index also holds
  the columns the usual filters test (status, year, date, urgency, confidentiality, direction), so SQLite tests them
  on the index (0.3 µs a letter) and reads a letter's row only for the rest; a filter that leaves few letters far
  down the walk makes it long, so once the walk has used half the CPU sorting the matches would, it is stopped and
  the matches are sorted after all;
- sorted by sender between two dates: when the letters between the dates are far fewer than a walk would read, those
  are checked and sorted instead; with a sender filter, one sender's letters lie together in that order, perhaps at
  its far end: each sender's letters are walked down `ix_letters_sort_sender` and the walks merged;
- sorted by sender otherwise, or words too short for the index in any order: one statement walks the letters and
  searches each one's document as it reaches it (`Walk.documents_holding`); by sender the page may lie far down the
  order, behind other senders' letters the words do not match: where it ends is looked at first, and beyond what
  searching documents affords for the cost of listing the words' matches, they are listed once and the walk tests
  each letter's key against the list, or SQLite sorts them when the page lies further still (`_walk_by_sender`);
- a current holder or "signed" leaves a few letters: SQLite starts from those.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import islice
from typing import Any

from sqlalchemy import Select, column, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from eoffice_desktop.core.search import clauses
from eoffice_desktop.core.search.access import Viewer, visible_clause
from eoffice_desktop.core.search.sorted_split import (
    Letters,
    Sampled,
    Sender,
    best_cut,
    page_end,
    ranked_letters,
    sample_matches,
    split_page,
)
from eoffice_desktop.core.search.sorted_walk import KEYED, ROWID, Walk, dated_letters, sender_walks, walk_for
from eoffice_desktop.core.search.text_check import Words, matching, searched

WALKED = ("date", "number", "correspondent")  # the sort orders with an index of their own across both registers
SMALL = 10_000
SAMPLE = 2_000  # matches counted to estimate how many there are (the newest: 0.5 ms for a word, 12 for two),
MIN_SAMPLE = 500  # or at least this many once reading them has taken
SAMPLE_S = 0.003  # this many seconds of CPU (two Lao words: 7 µs a match)
DOCUMENTS = 64  # documents searched for the words to measure what that costs a key (spread over the index: 0.3 ms)
FIRST_STRETCH = 200  # letters passing the filters read by a walk's first step at least; each step reads 4 times more
SORT_US = 1.7  # CPU per match when SQLite sorts the matches (its letter, the filters), besides reading the match
BUDGET_SHARE = 0.5  # a walk may use this share of what sorting the matches would cost, and at least
MIN_BUDGET_S = 0.03  # this many seconds of CPU, before it stops and the matches are sorted after all
LISTING_SHARE = 1.0  # a walk by sender searching documents may cost this share of what listing the matches would
WALK_MARGIN = 1.5  # sorted by sender, the page's end is taken where the sample shows this many times a page of matches
SURE = 10  # a documents' walk expected to cost less than the listing over this is not checked against the senders
LISTED_US = 0.3  # one letter of a walk by sender whose key is tested against the words' list (after the listing)
SORTED_US = 2.5  # one match sorted by SQLite by sender with the filters (its letter read), after the listing
JSON_US = 0.3  # one match of the words' list handed back to SQLite as JSON (the list split in two parts)
INDEX_US = 0.5  # one letter of a walk read from the sort's index and tested against the filters there
CALIBRATION = 256  # letters of a walk by sender whose documents are searched to measure what a letter costs
BUDGET_STEPS = 20_000  # steps of SQLite's machine between two looks at a walk's CPU (about half a millisecond)
FAR = 4  # a page's end this many times further than a documents' walk affords, among
SAMPLED_BEFORE = 16  # at least this many sampled letters, is not counted on the index
DATED = 0.1  # sorted by sender between two dates: check those letters when fewer than this times a walk's length


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
    if sort not in WALKED or q.holder_id is not None or q.signed:
        return None
    by_sender = sort == "correspondent" and (q.sender_org_id is not None or q.sender_kind is not None)
    if plan.match is None and not plan.short and not by_sender:
        return None  # no words: the filters go straight to SQL, which walks the same index when it pays
    words = estimate_words(session, plan)
    if words.estimated <= SMALL:
        return None
    wanted = offset + limit
    if sort == "correspondent" and (q.date_from is not None or q.date_to is not None):
        dated, count = dated_letters(session, q)
        walked = wanted / max(words.estimated / max(words.top_key, 1) * count / max(words.top_key, 1), 1e-9)
        if count < DATED * walked:  # fewer letters between the dates than the walk would read to find a page
            return _sorted_dated(session, q, viewer, today, sort, descending, words, dated, count, offset, limit)
    if by_sender:
        # One sender's letters lie together in this order, perhaps at its far end: a walk per sender instead.
        walks = sender_walks(session, q, descending)
        if not walks:
            return []  # no such sender: no letter passes
    else:
        walks = [walk_for(session, q, sort, descending)]
    where = [*clauses.filter_clauses(replace(q, text=""), today, by_key=True), visible_clause(session, viewer)]
    one = len(walks) == 1 and words.any
    found: list[int] | None
    if one and sort == "correspondent" and words.plan.match is not None:
        found = _walk_by_sender(session, walks[0], where, words, wanted)
    elif one and (sort == "correspondent" or words.plan.match is None):
        found = _walk_documents(session, walks[0], where, words, wanted, _budget_s(words))
    else:
        found = _walk(session, walks, where, words, wanted)
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
    rows = dated.stretch(connection, 0, count + 1, where)
    found = [
        rowid
        for at in range(0, len(rows), 4096)
        for rowid in _matching_rows(_raw(session), words, rows[at : at + 4096])
    ]
    chosen: Select[Any] = select(column("value")).select_from(func.json_each(json.dumps(found)))
    page = (
        select(*clauses.ROW_COLUMNS)
        .where(ROWID.in_(chosen))
        .order_by(*clauses.sort_order(sort, descending, off_index=True))
        .offset(offset)
        .limit(limit)
    )
    return [clauses.SearchRow(*row) for row in session.execute(page)]


def _matching_rows(raw: sqlite3.Connection, words: Words, rows: list[Any], check: Any = matching) -> list[int]:
    """The rowids of `rows` (rowid, letter id, ...) whose letters the words match, in order (found by `check`)."""
    if not words.any:
        return [row[0] for row in rows]
    ids = [row[1] for row in rows]
    keys = dict(
        raw.execute(
            "SELECT letter_id, key FROM letter_search_keys WHERE letter_id IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)],
        )
    )
    hits = check(raw, words, [keys[letter_id] for letter_id in ids])
    return [row[0] for row in rows if keys[row[1]] in hits]


class _Budget:
    """Stops SQLite once the walk has used `seconds` of this thread's CPU (checked every BUDGET_STEPS steps of
    SQLite's machine)."""

    def __init__(self, raw: sqlite3.Connection, seconds: float) -> None:
        self.raw, self.deadline, self.spent = raw, time.thread_time() + seconds, False

    def _check(self) -> int:
        self.spent = self.spent or time.thread_time() > self.deadline
        return int(self.spent)

    def __enter__(self) -> _Budget:
        self.raw.set_progress_handler(self._check, BUDGET_STEPS)
        return self

    def __exit__(self, *exc: object) -> None:
        self.raw.set_progress_handler(None, 0)


def _raw(session: Session) -> sqlite3.Connection:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def estimate_words(session: Session, plan: clauses.Plan) -> Words:
    """How many letters the words match: counted up to SAMPLE from the newest (fewer when they are dear to read),
    and beyond that estimated from how far back the last one counted lies; and what searching a document for them
    costs, on DOCUMENTS keys spread over the index (older letters may hold long scans). Short words alone have no
    index to count with: taken as matching all."""
    top = session.scalar(text("SELECT max(key) FROM letter_search_keys")) or 0
    if plan.match is None:
        return Words(plan, float(top), top)
    where, params = Words(plan, 0.0, top).sql()
    started = time.thread_time()
    newest = _raw(session).execute(
        f"SELECT rowid FROM letter_search WHERE {where} ORDER BY rowid DESC LIMIT {SAMPLE}", params
    )
    sample: list[int] = []
    first = started
    for (key,) in newest:  # (words dear to read, a phrase or Lao words: enough of a sample sooner)
        sample.append(key)
        if len(sample) == 1:
            first = time.thread_time()  # a phrase's or Lao words' lists are read before the first match (3-4 ms)
        if len(sample) % 100 == 0 and len(sample) >= MIN_SAMPLE and time.thread_time() - started > SAMPLE_S:
            break
    every = len(sample) < SAMPLE and newest.fetchone() is None
    newest.close()
    count = len(sample)
    ended = time.thread_time()
    read_us = (ended - started) * 1e6 / max(count, 1)
    next_us = (ended - first) * 1e6 / (count - 1) if count > 1 else read_us
    estimated = float(count) if every else count * top / max(top - sample[-1] + 1, 1)
    words = Words(
        plan, estimated, top, read_us, newest=tuple(sample), first_us=(first - started) * 1e6, next_us=next_us
    )
    spread = sorted({top - at * top // DOCUMENTS for at in range(DOCUMENTS)} - {0})
    if estimated <= SMALL or not spread:
        return words  # (SQLite sorts the matches: no batches to check)
    started = time.thread_time()
    searched(_raw(session), words, spread)
    return replace(words, document_us=(time.thread_time() - started) * 1e6 / len(spread))


def _far_end(
    session: Session,
    walk: Walk,
    where: list[Any],
    words: Words,
    wanted: int,
    budget_us: float,
    letters: Callable[[], Letters],
) -> tuple[Sender | None, list[Sampled] | None]:
    """Where the page ends in the sender order when searching each letter's document up to there would cost more
    than `budget_us` (else None: that walk pays), and the sample of matches taken to see it (None when not taken).
    Matches taken all over the index show where in the sender order the page's letters lie; when they lie under
    senders far down that order (a ministry's name, words of its own letters), the walk would search every letter
    before them: counted on the index (0.3 µs a letter) up to what the walk could afford."""
    if not words.newest or words.estimated <= len(words.newest):
        return None, None  # no sample, or it holds every match (then SQLite sorts them: not asked)
    walked = WALK_MARGIN * wanted * words.top_key / words.estimated  # letters searched if the matches lie evenly
    if walked * SURE * (words.document_us + INDEX_US) < budget_us:
        return None, None  # found long before the budget is spent even if they were this many times rarer
    affordable = int(budget_us / (_document_us(session, walk, where, words) + INDEX_US))
    sample = sample_matches(session, words, where)
    end = _named_end(sample, wanted, walk.descending)
    if end is None:
        return None, sample
    estimated, sampled = letters().passing_before(end, walk.descending)
    if sampled >= SAMPLED_BEFORE and estimated > FAR * affordable:
        return end, sample  # (far beyond what the walk affords: not counted)
    before = end[1] < clauses.CORRESPONDENT if walk.descending else clauses.CORRESPONDENT < end[1]  # noqa: SIM300
    # The letter the walk could not afford, if it lies before the page's end (the index read up to there at most).
    return (end if walk.stretch(session.connection(), affordable, 1, [*where, before]) else None), sample


def _named_end(sample: list[Sampled], wanted: int, descending: bool) -> Sender | None:
    """The sender under which the page ends, from the sample; None when the page needs most matches wherever they
    lie, or ends among letters with no name in the order (first)."""
    end = page_end(sample, WALK_MARGIN * wanted, descending)
    return end if end is not None and end[0] else None


def _document_us(session: Session, walk: Walk, where: list[Any], words: Words) -> float:
    """CPU per letter finding a letter's document and searching it for the words, measured on the walk's first
    CALIBRATION letters as the walk searches them (letters near each other in the sender order are alike: the same
    senders, the same words); besides the step down the index (INDEX_US)."""
    count, spent = walk.document_cost(session.connection(), CALIBRATION, where, words.document_clause())
    if count < CALIBRATION:
        return words.document_us  # (a short walk: what it costs matters little)
    return max(spent * 1e6 / count - INDEX_US, 0.1)


def _budget_s(words: Words) -> float:
    """The CPU seconds a walk may use before it stops and the matches are sorted after all."""
    sorting = words.estimated * (words.read_us + SORT_US) / 1e6  # seconds sorting every match would take
    return max(sorting * BUDGET_SHARE, MIN_BUDGET_S)


def _walk_by_sender(session: Session, walk: Walk, where: list[Any], words: Words, wanted: int) -> list[int] | None:
    """The page sorted by sender, or None when SQLite's sort of the matches is cheaper. Searching each letter's
    document as the walk reaches it (`Walk.documents_holding`: 2.5 µs a letter, nothing paid first) pays while the
    page ends before the letter where it has cost what listing the words' matches would. Beyond, the cheapest of
    three: the matches listed once and each letter's key tested against the list down to the page's end
    (`Walk.keys_listed`), the order cut in two (`sorted_split.split_page`), or SQLite's sort. Where the page ends is
    looked at first (`_far_end`); a documents' walk that gives up all the same is followed by that choice."""
    listing_us = words.listing_us * LISTING_SHARE  # listing every match
    letters = cache(lambda: ranked_letters(session, where))  # (read when first needed)
    end, sample = _far_end(session, walk, where, words, wanted, listing_us, letters)
    if end is None:
        found = _walk_documents(session, walk, where, words, wanted, max(listing_us / 1e6, MIN_BUDGET_S))
        if found is not None:
            return found
        if sample is None:  # the walk gave up: the page lies further down than thought
            sample = sample_matches(session, words, where)
        end = _named_end(sample, wanted, walk.descending)
    if end is not None and sample is not None and walk.index in KEYED:
        listed_us = letters().before(end, walk.descending) * LISTED_US + listing_us  # the list walked to the page's end
        sorting_us = words.listing_us + words.estimated * SORTED_US
        cut = best_cut(sample, letters(), walk.descending, LISTED_US, SORTED_US)
        split_us = cut.cost_us + words.listing_us + words.estimated * JSON_US if cut is not None else sorting_us
        if cut is not None and split_us < min(listed_us, sorting_us):
            return split_page(session, walk, where, words, wanted, cut.sender)
        if sorting_us < listed_us:
            return None  # the list walked that far would cost more than sorting the matches
    return [row[0] for row in walk.keys_listed(session.connection(), wanted, where, words.listed())]


def _walk(session: Session, walks: list[Walk], where: list[Any], words: Words, wanted: int) -> list[int] | None:
    """The rowids of the first `wanted` letters in the sort's order that pass the filters and match the words; None
    when the walk costs more than sorting the matches would (then it is stopped there). Several walks (one per
    sender) are merged by the sort's order."""
    connection = session.connection()
    raw = _raw(session)
    share = min(1.0, words.estimated / max(words.top_key, 1))  # of the letters, those the words match
    first = max(FIRST_STRETCH, int(1.5 * wanted / max(share, 1e-6)))
    keyed = len(walks) > 1
    streams = [_passing(connection, walk, where, first, keyed) for walk in walks]
    rows: Iterator[Any] = (
        streams[0] if not keyed else heapq.merge(*streams, key=lambda row: tuple(row[2:]), reverse=walks[0].descending)
    )
    found: list[int] = []
    checked = 0
    budget = _Budget(raw, _budget_s(words))
    try:
        with budget:
            while len(found) < wanted:
                if checked >= 50:  # the share the walk has found so far (short words have no estimate before)
                    share = max(len(found), 1) / checked
                size = min(4096, max(16, int(1.2 * (wanted - len(found)) / max(share, 1e-6))))
                if words.plan.match is None and words.any:
                    size = min(size, max(64, 2 * checked))  # no estimate to trust: at most double each time
                batch = list(islice(rows, size))
                if not batch:
                    break  # the walk's end
                found.extend(_matching_rows(raw, words, batch))
                checked += len(batch)
    except (OperationalError, sqlite3.OperationalError):  # through SQLAlchemy, or from the words' checks
        if budget.spent:
            return None
        raise
    return found[:wanted]


def _walk_documents(
    session: Session, walk: Walk, where: list[Any], words: Words, wanted: int, seconds: float
) -> list[int] | None:
    """The rowids of the first `wanted` letters of the walk that pass the filters and whose documents hold the
    words, in one statement (`Walk.documents_holding`); None when that costs more than `seconds` of CPU (then it is
    stopped there and the matches are sorted)."""
    budget = _Budget(_raw(session), seconds)
    try:
        with budget:
            rows = walk.documents_holding(session.connection(), wanted, where, words.document_clause())
    except sqlite3.OperationalError:
        if budget.spent:
            return None
        raise
    return [row[0] for row in rows]


def _passing(connection: Any, walk: Walk, where: list[Any], first: int, keyed: bool) -> Iterator[Any]:
    """The letters of a walk that pass `where`, read a stretch at a time as they are wanted, each stretch four
    times the one before."""
    start, stretch = 0, first
    while True:
        rows = walk.stretch(connection, start, stretch, where, keyed)
        yield from rows
        if len(rows) < stretch:
            return
        start, stretch = start + stretch, stretch * 4
