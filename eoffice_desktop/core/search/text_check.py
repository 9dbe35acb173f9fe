"""Which of a list of index keys a query's words match, at the cost of whichever way is cheaper for that list.

A sorted page walks the letters in the sort's order and asks, for the letters that pass the filters, whether the
words match them (`sorted_pages.py`). Three ways, the cheapest for each batch of keys from what is known of the words:

- look each key up (about 27 µs each at a million letters for one word, 90-140 µs for two words or a phrase: the
  index is read at that key for each of their trigrams);
- read the index's matches between the batch's lowest and highest key once and keep the keys among them (0.13 µs per
  match for one common word, 1-4 µs for two words or a phrase; the sample of `sorted_pages.estimate_words` measures
  it for each query): cheap when the keys lie close together, as they do walking by date (keys grow with arrival).

- read each key's document and search it for the words (`instr`; a trigram phrase matches exactly where its term is
  inside one column, `clauses.Plan.indexed`): a few µs a key, growing with the document's length (a scan's text makes
  it long), measured for each query on a sample of keys spread over the index (`sorted_pages.estimate_words`). It wins
  when the keys lie far apart and the words are dear to look up: a phrase or two words walking by sender.

Words shorter than a trigram have no index list: their keys' documents are always read this way.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from eoffice_desktop.core.search.clauses import DOCUMENTS, Plan, fts, text_clauses

LOOKUP_US = 27.0  # one key looked up in the index for the words, at least; and
LOOKUP_READS = 60.0  # this many times what reading one match costs (a phrase or two words cost more of both)
READ_US = 0.25  # one match read from the index's list, for one common word (the sample measures each query's)
PASS_US = 0.3  # one key of the batch passed to SQLite and kept or not
LOOSE = 4  # trigrams of a long term listed for a loose listing (`Words.loose_sql`),
LOOSE_FROM = 12  # for a term of this many characters or more
DOCUMENT_US = 4.0  # one key's document read and searched (the sample measures each query's)


@dataclass(frozen=True)
class Words:
    """A query's words as plain SQL on `letter_search`, and what is known of how many letters they match."""

    plan: Plan
    estimated: float  # letters matched, estimated (exact below the bounded count's limit)
    top_key: int  # the highest index key: matches per key = estimated / top_key
    read_us: float = READ_US  # CPU per match reading the words' matches, as measured on the newest of them
    document_us: float = DOCUMENT_US  # CPU per key searching its document for the words, as measured on a sample
    newest: tuple[int, ...] = ()  # the keys of the newest matches (the sample the estimate was made from)
    first_us: float = 0.0  # CPU before the first match of a list of them (a phrase's or Lao words' lists read)
    next_us: float = READ_US  # CPU per match after the first (the listing's own cost per match)

    @property
    def any(self) -> bool:
        """Whether there are words to check at all (a page sorted by sender may have only filters)."""
        return self.plan.match is not None or bool(self.plan.short)

    @property
    def listing_us(self) -> float:
        """CPU listing every match: what the list costs before its first match, then each match."""
        return self.first_us + self.estimated * self.next_us

    @property
    def lookup_us(self) -> float:
        return LOOKUP_US + LOOKUP_READS * self.read_us

    def sql(self) -> tuple[str, list[object]]:
        parts: list[str] = []
        params: list[object] = []
        if self.plan.match is not None:
            parts.append("letter_search MATCH ?")
            params.append(self.plan.match)
        for term in self.plan.short:
            parts.append("(instr(fields, ?) > 0 OR instr(extra, ?) > 0)")
            params += [term, term]
        return " AND ".join(parts), params

    def loose_sql(self) -> tuple[str, list[object]] | None:
        """A MATCH for a few of the trigrams of each long term (and skeleton) instead of all of them, as `sql` gives
        it: every letter the words match, and perhaps a few more, whose documents must then be searched
        (`document_sql`). None when no term is long enough for that to pay (the phrase's lists cost 3-4 ms to start
        and 2-3 µs a match: 150 ms for a sender's name matching 50,000 letters; four of its trigrams, 34 ms)."""
        if (
            self.plan.match is None
            or self.plan.short
            or not any(len(a) >= LOOSE_FROM for t in self.plan.indexed for a in t)
        ):
            return None
        terms = []
        for alternatives in self.plan.indexed:
            phrases = [_loose(a) for a in alternatives]
            phrases[1:] = [f"extra : {phrase}" for phrase in phrases[1:]]
            terms.append(f"({' OR '.join(phrases)})" if len(phrases) > 1 else phrases[0])
        return "letter_search MATCH ?", [" AND ".join(terms)]

    def listed(self) -> Select[Any]:
        """The keys of every letter the words match, as a subquery (the index's own list of them)."""
        return select(fts.c.rowid).where(*text_clauses(self.plan))

    def _places(self) -> list[list[tuple[str, str]]]:
        """For each term, the (column, string) pairs any of which holds it, as the index matches it: the term in
        either column (c0: the letter's fields, c1: `extra`); a Lao word's skeleton only in `extra`
        (`clauses._phrases`)."""
        terms = [*self.plan.indexed, *((t,) for t in self.plan.short)]
        return [[("c0", term[0]), ("c1", term[0]), *(("c1", other) for other in term[1:])] for term in terms]

    def document_sql(self) -> tuple[str, list[object]]:
        """The same test on each letter's document (`DOCUMENTS`): every term inside one of its places."""
        parts = [
            "(" + " OR ".join(f"instr({column}, ?) > 0" for column, _ in places) + ")" for places in self._places()
        ]
        return " AND ".join(parts), [string for places in self._places() for _, string in places]

    def document_clause(self) -> ColumnElement[bool]:
        """`document_sql` as a clause on `DOCUMENTS`, for a statement that joins them."""
        return and_(
            *(
                or_(*(func.instr(DOCUMENTS.c[column], string) > 0 for column, string in places))
                for places in self._places()
            )
        )


def searched(connection: sqlite3.Connection, words: Words, keys: Sequence[int]) -> set[int]:
    """The keys among `keys` whose documents hold the words."""
    where, params = words.document_sql()
    sql = f"SELECT id FROM {DOCUMENTS.name} WHERE id IN (SELECT value FROM json_each(?)) AND {where}"
    return {key for (key,) in connection.execute(sql, [json.dumps(list(keys)), *params])}


def matching(connection: sqlite3.Connection, words: Words, keys: Sequence[int]) -> set[int]:
    """The keys among `keys` whose letters the words match."""
    if not keys:
        return set()
    if words.plan.match is None:  # short words only: read each key's document
        return searched(connection, words, keys)
    where, params = words.sql()
    low, high = min(keys), max(keys)
    in_range = words.estimated * (high - low + 1) / max(words.top_key, 1)
    ranged, looked_up = in_range * words.read_us + len(keys) * PASS_US, len(keys) * words.lookup_us
    if len(keys) * words.document_us < min(ranged, looked_up):
        return searched(connection, words, keys)
    if ranged < looked_up:
        sql = (
            "SELECT value FROM json_each(?) WHERE value IN "
            f"(SELECT rowid FROM letter_search WHERE {where} AND rowid BETWEEN ? AND ?)"
        )
        return {key for (key,) in connection.execute(sql, [json.dumps(list(keys)), *params, low, high])}
    sql = f"SELECT 1 FROM letter_search WHERE {where} AND rowid = ?"
    return {key for key in keys if connection.execute(sql, [*params, key]).fetchone() is not None}


def _loose(string: str) -> str:
    """A term as an index query: the whole phrase when short, else LOOSE trigrams spread over it, all required."""
    if len(string) < LOOSE_FROM:
        return '"' + string.replace('"', '""') + '"'
    last = len(string) - 3
    at = sorted({round(i * last / (LOOSE - 1)) for i in range(LOOSE)})
    return "(" + " AND ".join('"' + string[i : i + 3].replace('"', '""') + '"' for i in at) + ")"
