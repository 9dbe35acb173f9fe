"""The parts of a search query: the text plan, the filters, the visible letters, the columns and the orders.

Shared by the newest-first pages, the sorted pages and the counts (`query.py`, `sorted_pages.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, case, column, exists, func, literal_column, select, table
from sqlalchemy.orm import Session, aliased

from eoffice_desktop.core.ocr.confusions import skeleton_term
from eoffice_desktop.core.registry.register_query import SORT_KEYS, RegisterRow
from eoffice_desktop.core.routing.projection import INFO, OPEN
from eoffice_desktop.core.search.access import Viewer, visible_clause
from eoffice_desktop.core.search.request import SearchQuery
from eoffice_desktop.core.search.text import NUMBER_MARK, query_terms
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Letter, Organisation, RoutingStep

# Terms shorter than a trigram cannot use the index; they are checked with instr() on the indexed text instead.
MIN_INDEXED = 3
SEARCH_SORT_KEYS = ("recent", *SORT_KEYS)
# Statuses after which a letter no longer waits for a reply (the later ones arrive with routing).
CLOSED_STATUSES = ("void", "completed", "closed", "answered")

fts = table("letter_search", column("rowid", Integer), column("fields"), column("extra"))
keys = table("letter_search_keys", column("key", Integer), column("letter_id"))
# The documents the index was made from, as FTS5 keeps them in its content table (columns c0, c1: fields, extra):
# read by key without going through the index's virtual table (2 µs a document instead of 3).
DOCUMENTS = table("letter_search_content", column("id", Integer), column("c0"), column("c1"))


@dataclass(frozen=True)
class SearchRow(RegisterRow):
    """A register row that also says which register it comes from (results mix incoming and outgoing)."""

    direction: str = "in"
    in_scan: bool = False  # found through the text read from its scan (set by the search runner, ocr.store)


@dataclass(frozen=True)
class Plan:
    match: str | None  # FTS5 query for the long terms
    short: tuple[str, ...]  # terms checked with instr() (on the index's matches when there are any)
    # The terms of `match`, each with the strings it matches as (the term, and a Lao word's skeleton): a letter
    # matches `match` exactly when, for every term, one of them is inside `fields` or inside `extra` (a trigram
    # phrase is a substring of one column), so its document can be checked with instr() instead (`text_check.py`).
    indexed: tuple[tuple[str, ...], ...] = ()


_NUMBER = re.compile(f"{NUMBER_MARK}[0-9]+{NUMBER_MARK}")


def plan_text(text: str) -> Plan:
    """Terms of 3+ characters go to the index. A term with a number and more ("0123/ກຕສ") asks the index only for
    the number, which is rare, and checks the whole term on those rows: the office's abbreviation is in every
    registry number, and reading its trigrams' lists for a million letters costs more than the rest of the query."""
    indexed: list[str] = []
    checked: list[str] = []
    for term in query_terms(text):
        numbers = _NUMBER.findall(term)
        if len(term) < MIN_INDEXED:
            checked.append(term)
        elif numbers and "".join(numbers) != term:
            indexed.extend(n for n in numbers if n not in indexed)
            checked.append(term)
        elif term not in indexed:
            indexed.append(term)
    alternatives = tuple(_alternatives(t) for t in indexed)
    match = " AND ".join(_phrases(a) for a in alternatives)
    return Plan(match or None, tuple(checked), alternatives)


def _alternatives(term: str) -> tuple[str, ...]:
    """The term; a Lao word also as its skeleton, which only text read from scans is indexed under
    (`ocr.confusions`), so the reader's usual mistakes do not hide a scan."""
    shape = skeleton_term(term)
    return (term, shape) if shape else (term,)


def _phrases(alternatives: tuple[str, ...]) -> str:
    """A term's alternatives as an index phrase, or phrases ORed: the term in any column, its skeleton only in
    `extra`, where a scan's text and its skeletons are (a skeleton's letters are the Unicode's private ones, which
    typed text has not: saying so spares a walk's check of each letter's fields for it, `text_check.py`)."""
    phrases = ['"' + a.replace('"', '""') + '"' for a in alternatives]
    phrases[1:] = [f"extra : {phrase}" for phrase in phrases[1:]]
    return f"({' OR '.join(phrases)})" if len(phrases) > 1 else phrases[0]


def overdue_clause(today: date) -> ColumnElement[bool]:
    reply = aliased(Letter)
    answered = exists().where(reply.in_reply_to == Letter.id, reply.status != "void")
    return and_(
        Letter.reply_due.is_not(None),
        Letter.reply_due < today,
        Letter.status.not_in(CLOSED_STATUSES),
        ~answered,
    )


def filter_clauses(q: SearchQuery, today: date, by_key: bool = False) -> list[ColumnElement[bool]]:
    """The filters as WHERE clauses. With `by_key` the letters come from index keys (a match list, or key order for
    newest first), so the direction index must not be offered: SQLite would otherwise walk every letter of that
    direction and probe the match list for each, or sort them all by key."""
    where: list[ColumnElement[bool]] = []
    if q.direction is not None:
        where.append((Letter.direction + "" if by_key else Letter.direction) == q.direction)
    if q.status is not None:
        where.append(Letter.status == q.status)
    elif not q.include_void:
        where.append(Letter.status != "void")
    # Nor the sort indexes that begin with the year or the date (migration 0009): SQLite would walk a whole year of
    # letters and probe the matches for each, where the matches alone are a few rows.
    year, day = (
        (func.unlikely(Letter.registry_year), func.unlikely(Letter.register_date))
        if by_key
        else (
            Letter.registry_year,
            Letter.register_date,
        )
    )
    if q.year is not None:
        where.append(year == q.year)
    if q.date_from is not None:
        where.append(day >= q.date_from)
    if q.date_to is not None:
        where.append(day <= q.date_to)
    if q.urgency is not None:
        where.append(Letter.urgency == q.urgency)
    if q.confidentiality is not None:
        where.append(Letter.confidentiality == q.confidentiality)
    # Never the sender index (migration 0012, for one sender sorted by sender): SQLite would read every letter of
    # the senders and sort them, where walking the letters in the page's order stops at the page (6 ms against 680).
    sender = func.unlikely(Letter.sender_org_id)
    if q.sender_org_id is not None:  # with the entries merged into it, which hold its older letters
        group = select(Organisation.id).where(Organisation.id == q.sender_org_id).cte("merged", recursive=True)
        group = group.union(select(Organisation.id).where(Organisation.merged_into == group.c.id))
        where.append(sender.in_(select(group.c.id)))
    if q.sender_kind is not None:
        where.append(sender.in_(select(Organisation.id).where(Organisation.kind == q.sender_kind)))
    if q.overdue:
        where.append(overdue_clause(today))
    if q.holder_id is not None:
        where.append(Letter.id.in_(holding_clause(q.holder_id)))
    if q.signed:
        where.append(exists().where(Signature.letter_id == Letter.id))
    return where


def holding_clause(holder_id: str) -> Select[Any]:
    """The letters a user or department holds now: an open routing step to them that is more than a copy."""
    return select(RoutingStep.letter_id).where(
        RoutingStep.status.in_(OPEN),
        RoutingStep.action != INFO,
        (RoutingStep.to_user_id == holder_id) | (RoutingStep.to_department_id == holder_id),
    )


def text_clauses(plan: Plan) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if plan.match is not None:
        where.append(literal_column("letter_search").op("MATCH")(plan.match))
    for term in plan.short:
        where.append((func.instr(fts.c.fields, term) > 0) | (func.instr(fts.c.extra, term) > 0))
    return where


# A literal 'in', not a bound value: the index ix_letters_sort_correspondent is on this very expression.
CORRESPONDENT = case((Letter.direction == literal_column("'in'"), Letter.sender_name), else_=Letter.recipients_text)
ROW_COLUMNS = (
    Letter.id,
    Letter.registry_number,
    Letter.register_date,
    CORRESPONDENT,
    Letter.sender_ref,
    Letter.subject,
    Letter.urgency,
    Letter.confidentiality,
    Letter.status,
    Letter.reply_due,
    Letter.attachment_count,
    Letter.provisional,
    Letter.direction,
)


def base_select(
    session: Session,
    q: SearchQuery,
    viewer: Viewer | None,
    today: date,
    *columns: Any,
    candidates: str | None = None,
    in_key_order: bool = False,
) -> Select[Any]:
    """The matching letters joined to their index keys; `keys.key` orders them by arrival on this PC.

    The text part is a subquery of index rowids, so SQLite reads the full-text index once, never once per letter.
    `candidates` (a JSON list of keys already matched by the text) replaces it when paging newest first.
    """
    plan = plan_text(q.text)
    has_text = plan.match is not None or bool(plan.short)
    where = [*filter_clauses(q, today, by_key=has_text or in_key_order), visible_clause(session, viewer)]
    if candidates is not None:
        where.append(keys.c.key.in_(select(column("value")).select_from(func.json_each(candidates))))
    elif has_text:
        where.append(keys.c.key.in_(select(fts.c.rowid).where(*text_clauses(plan))))
    return select(*columns).select_from(keys).join(Letter, Letter.id == keys.c.letter_id).where(*where)


def sort_columns(sort: str) -> list[Any]:
    """The columns a sort orders by, the last of them unique."""
    columns: dict[str, list[Any]] = {
        "number": [Letter.registry_year, Letter.registry_seq, Letter.registry_number],
        "date": [Letter.register_date, Letter.registry_seq],
        "correspondent": [CORRESPONDENT],
        "subject": [Letter.subject],
        "urgency": [Letter.urgency],
        "status": [Letter.status],
        "due": [Letter.reply_due],
    }
    return [*columns[sort], Letter.id] if sort in columns else [keys.c.key]


def sort_order(sort: str, descending: bool, off_index: bool = False) -> list[Any]:
    chosen = sort_columns(sort)
    if off_index:
        chosen = [func.unlikely(c) for c in chosen]
    return [c.desc() if descending else c.asc() for c in chosen]
