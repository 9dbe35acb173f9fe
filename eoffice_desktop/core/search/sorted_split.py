"""Where the words' matches and the letters lie in the sender order, and a page sorted by sender made in two parts
when it lies far down that order.

A walk down the sender order reads every letter before the page's end; SQLite's sort reads every match's letter
(its row: about 3 µs a match). When the page lies far down the order (the letters of the order's last senders, with
a filter), both cost a great deal. Cut the order at a sender instead: the letters from there to the order's end are
walked on the index, each letter's key tested against the words' list (0.3-0.5 µs a letter), which gives every match
there; the matches before the cut are the others, and only those letters are read and sorted by SQLite. Every match
before the cut comes before every match after it, so the page is the first part's sorted matches, then the second
part's in the walk's order. The cut is placed where the two costs together are least, from two samples: matches
spread over the index (whose senders say how the matches lie along the order) and letters spread over the register
(how the letters lie).
"""

from __future__ import annotations

import json
import sqlite3
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, column, func, literal_column, select, text, union_all
from sqlalchemy.orm import Session

from eoffice_desktop.core.search import clauses
from eoffice_desktop.core.search.sorted_walk import ROWID, SEARCH_KEY, Walk, driver
from eoffice_desktop.core.search.text_check import Words, searched
from eoffice_desktop.core.storage.models import Letter

STRATA = 8  # the matches' sample: taken in this many equal parts of the index,
PER_STRATUM = 32  # this many in each (their senders read: 3 µs each)
CHECKED = 256  # letters after the cut whose documents are searched at a time (a loose listing's)
RANKED = 256  # letters spread over the register whose senders tell how the letters lie along the sender order
EPHEMERAL_US = 0.4  # one listed key put in SQLite's lookup of the list, for the list's walk after the cut
LISTED_CHARS = 8  # about this many characters a listed key in JSON
MIN_AFTER_S = 0.002  # the documents searched after the cut may cost at least this many seconds before the list's walk
AFTER_STEPS = 5_000  # steps of SQLite's machine between two looks at the documents' walk's CPU
# The sender order's expression as the sender sort's index has it (migration 0016), for SQL on that index.
CORRESPONDENT_SQL = "(CASE WHEN direction = 'in' THEN sender_name ELSE recipients_text END)"

Sender = tuple[bool, str]  # a sender as SQLite orders them: no sender first, then by the text's bytes


def in_order(value: str | None) -> Sender:
    """A sender as SQLite orders them (no sender first, then by the text's bytes, as Python orders its characters)."""
    return value is not None, value or ""


@dataclass(frozen=True)
class Sampled:
    """One match of the sample: its sender, how many matches it stands for, and whether it passes the filters."""

    sender: Sender
    weight: float
    passes: bool


def sample_matches(session: Session, words: Words, where: list[Any]) -> list[Sampled]:
    """The first PER_STRATUM matches of each of STRATA equal parts of the index, each standing for as many matches
    as its part is estimated to hold (the newest matches alone miss senders whose letters are older)."""
    where_words, params = words.sql()
    raw = driver(session.connection())
    # (Up from each part's start: FTS5 reads a phrase's lists down to a part far below the newest, 3-10 times dearer.)
    sql = f"SELECT rowid FROM letter_search WHERE {where_words} AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?"
    weights: dict[int, float] = {}
    for part in range(STRATA):
        low, high = words.top_key * part // STRATA + 1, words.top_key * (part + 1) // STRATA
        found = [key for (key,) in raw.execute(sql, [*params, low, high, PER_STRATUM])]
        held = len(found) if len(found) < PER_STRATUM else len(found) * (high - low + 1) / (found[-1] - low + 1)
        weights.update((key, held / len(found)) for key in found)
    sample: Select[Any] = select(column("value")).select_from(func.json_each(json.dumps(list(weights))))
    senders = (
        select(clauses.keys.c.key, clauses.CORRESPONDENT, _passing(where))
        .select_from(clauses.keys)
        .join(Letter, Letter.id == clauses.keys.c.letter_id)
        .where(clauses.keys.c.key.in_(sample))
    )
    return [Sampled(in_order(value), weights[key], bool(passes)) for key, value, passes in session.execute(senders)]


def page_end(sample: list[Sampled], needed: float, descending: bool) -> Sender | None:
    """The sender under which the `needed`-th match passing the filters lies, as the sample tells; None when fewer
    matches are estimated to pass them."""
    counted = 0.0
    for match in sorted((m for m in sample if m.passes), key=lambda m: m.sender, reverse=descending):
        counted += match.weight
        if counted >= needed:
            return match.sender
    return None


@dataclass(frozen=True)
class Letters:
    """How the register's letters lie along the sender order: the senders of RANKED letters spread over it, and of
    those among them that pass the filters."""

    total: int
    senders: tuple[Sender, ...]  # in ascending order
    passing: tuple[Sender, ...] = ()  # the same, of the letters that pass the filters

    def before(self, sender: Sender, descending: bool) -> float:
        """About how many letters come before `sender` in the order (ascending, or descending)."""
        return self.total * _earlier(self.senders, sender, descending) / max(len(self.senders), 1)

    def passing_before(self, sender: Sender, descending: bool) -> tuple[float, int]:
        """About how many letters passing the filters come before `sender` in the order, and how many of the sampled
        letters say so (the fewer, the rougher the figure)."""
        earlier = _earlier(self.passing, sender, descending)
        return self.total * earlier / max(len(self.senders), 1), earlier


def _earlier(senders: tuple[Sender, ...], sender: Sender, descending: bool) -> int:
    return len(senders) - bisect_right(senders, sender) if descending else bisect_left(senders, sender)


def ranked_letters(session: Session, where: list[Any]) -> Letters:
    """The senders of RANKED letters spread over the register, and whether each passes the filters `where` (1 ms)."""
    top = session.scalar(text("SELECT max(rowid) FROM letters")) or 0
    spread = sorted({1 + at * top // RANKED for at in range(RANKED)})
    rows = [
        (in_order(value), bool(passes))
        for value, passes in session.execute(select(clauses.CORRESPONDENT, _passing(where)).where(ROWID.in_(spread)))
    ]
    return Letters(top, tuple(sorted(s for s, _ in rows)), tuple(sorted(s for s, passes in rows if passes)))


@dataclass(frozen=True)
class Cut:
    """Where the order is cut (the first sender of the part walked), and the estimated CPU (µs) of the two parts."""

    sender: Sender
    cost_us: float


def best_cut(sample: list[Sampled], letters: Letters, descending: bool, index_us: float, sort_us: float) -> Cut | None:
    """The sender to cut the order at for the least CPU: the letters from there to the order's end walked on the index
    (`index_us` each), the matches before it sorted by SQLite (`sort_us` each). None when no sender of the sample
    can start the walked part (the order's far end holds only letters without a sender)."""
    total = sum(m.weight for m in sample)
    best: Cut | None = None
    before = 0.0  # the sample's matches before the sender looked at, in the walk's order
    for match in sorted(sample, key=lambda m: m.sender, reverse=descending):
        walked = letters.total - letters.before(match.sender, descending)
        if match.sender[0] and (best is None or walked * index_us + before * sort_us < best.cost_us):
            best = Cut(match.sender, walked * index_us + before * sort_us)
        before += match.weight
    return best if best is not None and total else None


def split_page(session: Session, walk: Walk, where: list[Any], words: Words, wanted: int, cut: Sender) -> list[int]:
    """The rowids of the first `wanted` letters of the sender order that pass the filters and match the words, the
    order cut at the sender `cut`: the letters from it to the order's end walked (every match there), the other
    matches sorted by SQLite. The words' matches are listed once, for the part before the cut; a long phrase's from a
    few of its trigrams (`Words.loose_sql`: 34 ms instead of 150 for a sender's name), then the letters that part
    keeps are checked against their documents by SQLite as it sorts them."""
    connection = session.connection()
    raw = driver(connection)
    loose = words.loose_sql()
    where_words, params = loose or words.sql()
    listed = json.dumps([key for (key,) in raw.execute(f"SELECT rowid FROM letter_search WHERE {where_words}", params)])
    # (Both columns of the order are NOT NULL: every letter is within the bound or before the cut.)
    bound = f"{CORRESPONDENT_SQL} <= :cut" if walk.descending else f"{CORRESPONDENT_SQL} >= :cut"
    # The matches before the cut: the listed keys of no letter from the cut on (SQLite walks that part of the index
    # once and keeps its keys; testing each against the list would build the list's lookup as well).
    before = (
        select(column("value"))
        .select_from(func.json_each(bindparam("listed")))
        .where(text(f"value NOT IN (SELECT search_key FROM letters INDEXED BY {walk.index} WHERE {bound})"))
        .cte("before")
    )
    # Those that pass the filters. A letter's rowid is its key as long as the letters were never renumbered (keys
    # and rowids grow together): read by its rowid when its own key says so (one read instead of three: the key,
    # the letter by its id, its row), by the key's letter id otherwise.
    tests = list(where)
    if loose is not None:  # (each letter's document, once the letter passes the filters: the words, as the index
        # matches them, by the letter's own key: joined, or by the listed key, SQLite reads every document first)
        holding: Select[Any] = select(literal_column("1")).where(
            clauses.DOCUMENTS.c.id == SEARCH_KEY, words.document_clause()
        )
        tests.append(holding.exists())
    same: Any = (
        select(ROWID)
        .select_from(before)
        .join(Letter, and_(before.c.value == ROWID, before.c.value == SEARCH_KEY))
        .where(*tests)
        .correlate(None)
    )
    other = Letter.__table__.alias("keyed")  # (the letter whose rowid is the key, if it is the key's letter)
    keyed = and_(before.c.value == literal_column("keyed.rowid"), before.c.value == literal_column("keyed.search_key"))
    renumbered = (
        select(ROWID)
        .select_from(before)
        .join(clauses.keys, clauses.keys.c.key == before.c.value)
        .join(Letter, Letter.id == clauses.keys.c.letter_id)
        .where(~select(other.c.id).where(keyed).exists(), *tests)
        .correlate(None)
    )
    first = (
        select(ROWID)
        .select_from(Letter)
        .where(ROWID.in_(union_all(same, renumbered)))
        .order_by(*clauses.sort_order(walk.sort, walk.descending, off_index=True))
        .limit(wanted)
    )
    found = list(session.scalars(first, {"listed": listed, "cut": cut[1]}))
    if len(found) >= wanted:
        return found
    # Then the matches from the cut, in the walk's order, read as the page needs them.
    part = Walk(walk.sort, walk.descending, walk.index, (bound,), (("cut", cut[1]),))
    return found + _after_cut(session, part, where, words, wanted - len(found), listed)


def _after_cut(session: Session, part: Walk, where: list[Any], words: Words, wanted: int, listed: str) -> list[int]:
    """The first `wanted` matches of the walk from the cut (`part`) that pass the filters: each letter's document
    searched as the walk reaches it (the cut mostly falls where they lie together: a few letters' documents), and
    if that has cost what testing each key against the list would, the list's walk instead."""
    connection = session.connection()
    raw = driver(connection)
    budget_s = max(len(listed) / LISTED_CHARS * EPHEMERAL_US / 1e6, MIN_AFTER_S)
    deadline = time.thread_time() + budget_s
    raw.set_progress_handler(lambda: int(time.thread_time() > deadline), AFTER_STEPS)
    try:
        return [row[0] for row in part.documents_holding(connection, wanted, where, words.document_clause())]
    except sqlite3.OperationalError:
        if time.thread_time() <= deadline:
            raise
    finally:
        raw.set_progress_handler(None, 0)
    loose = words.loose_sql() is not None
    found: list[int] = []
    after = part.rows(connection, select(ROWID, SEARCH_KEY).where(*where, SEARCH_KEY.in_(_values(listed))))
    try:
        while len(found) < wanted and (batch := after.fetchmany(CHECKED if loose else wanted)):
            holding = searched(raw, words, [key for _, key in batch]) if loose else None
            found += [rowid for rowid, key in batch if holding is None or key in holding]
    finally:
        after.close()
    return found[:wanted]


def _passing(where: list[Any]) -> Any:
    """1 for a letter that passes the filters `where`, else 0 (a column of a statement on `letters`)."""
    return case((and_(*where), 1), else_=0) if where else literal_column("1")


def _values(keys: str) -> Select[Any]:
    """The keys (a JSON list) as a subquery SQLite reads once."""
    return select(column("value")).select_from(func.json_each(keys))
