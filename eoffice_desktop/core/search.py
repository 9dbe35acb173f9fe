"""Searching letters: one text box over numbers, subjects, names and notes, combined with filters and permissions.

Text goes through the trigram index `letter_search` (docs/search.md); rows come back as the register's rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, case, column, exists, func, literal_column, select, table
from sqlalchemy.orm import Session, aliased

from eoffice_desktop.core.models import Letter, Organisation, RoutingStep
from eoffice_desktop.core.register_query import SORT_KEYS, RegisterRow
from eoffice_desktop.core.routing_projection import INFO, OPEN
from eoffice_desktop.core.search_access import Viewer, visible_clause
from eoffice_desktop.core.search_query import SearchQuery
from eoffice_desktop.core.search_sorted import sorted_page
from eoffice_desktop.core.search_text import NUMBER_MARK, query_terms
from eoffice_desktop.core.signing.tables import Signature
from eoffice_shared.refusals import Invalid

# Terms shorter than a trigram cannot use the index; they are checked with instr() on the indexed text instead.
MIN_INDEXED = 3
SEARCH_SORT_KEYS = ("recent", *SORT_KEYS)
# Statuses after which a letter no longer waits for a reply (the later ones arrive with routing).
CLOSED_STATUSES = ("void", "completed", "closed", "answered")

fts = table("letter_search", column("rowid", Integer), column("fields"), column("extra"))
keys = table("letter_search_keys", column("key", Integer), column("letter_id"))


@dataclass(frozen=True)
class SearchRow(RegisterRow):
    """A register row that also says which register it comes from (results mix incoming and outgoing)."""

    direction: str = "in"
    in_scan: bool = False  # found through the text read from its scan (set by the search runner, ocr.store)


@dataclass(frozen=True)
class _Plan:
    match: str | None  # FTS5 query for the long terms
    short: tuple[str, ...]  # terms checked with instr() (on the index's matches when there are any)


_NUMBER = re.compile(f"{NUMBER_MARK}[0-9]+{NUMBER_MARK}")


def _plan(text: str) -> _Plan:
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
    match = " AND ".join('"' + t.replace('"', '""') + '"' for t in indexed)
    return _Plan(match or None, tuple(checked))


def overdue_clause(today: date) -> ColumnElement[bool]:
    reply = aliased(Letter)
    answered = exists().where(reply.in_reply_to == Letter.id, reply.status != "void")
    return and_(
        Letter.reply_due.is_not(None),
        Letter.reply_due < today,
        Letter.status.not_in(CLOSED_STATUSES),
        ~answered,
    )


def _filters(q: SearchQuery, today: date, by_key: bool = False) -> list[ColumnElement[bool]]:
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
    if q.sender_org_id is not None:  # with the entries merged into it, which hold its older letters
        group = select(Organisation.id).where(Organisation.id == q.sender_org_id).cte("merged", recursive=True)
        group = group.union(select(Organisation.id).where(Organisation.merged_into == group.c.id))
        where.append(Letter.sender_org_id.in_(select(group.c.id)))
    if q.sender_kind is not None:
        where.append(Letter.sender_org_id.in_(select(Organisation.id).where(Organisation.kind == q.sender_kind)))
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


def _text_clauses(plan: _Plan) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if plan.match is not None:
        where.append(literal_column("letter_search").op("MATCH")(plan.match))
    for term in plan.short:
        where.append((func.instr(fts.c.fields, term) > 0) | (func.instr(fts.c.extra, term) > 0))
    return where


# A literal 'in', not a bound value: the index ix_letters_sort_correspondent is on this very expression.
_CORRESPONDENT = case((Letter.direction == literal_column("'in'"), Letter.sender_name), else_=Letter.recipients_text)
_ROW_COLUMNS = (
    Letter.id,
    Letter.registry_number,
    Letter.register_date,
    _CORRESPONDENT,
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


def _base(
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
    plan = _plan(q.text)
    has_text = plan.match is not None or bool(plan.short)
    where = [*_filters(q, today, by_key=has_text or in_key_order), visible_clause(session, viewer)]
    if candidates is not None:
        where.append(keys.c.key.in_(select(column("value")).select_from(func.json_each(candidates))))
    elif has_text:
        where.append(keys.c.key.in_(select(fts.c.rowid).where(*_text_clauses(plan))))
    return select(*columns).select_from(keys).join(Letter, Letter.id == keys.c.letter_id).where(*where)


def _recent_page(
    session: Session, q: SearchQuery, viewer: Viewer | None, today: date, offset: int, limit: int, descending: bool
) -> list[SearchRow]:
    """Newest first without sorting all matches: read the index's matches in key order, a batch at a time (each
    four times larger), and keep those that pass the filters, until the page is full or the matches run out.

    The index streams matches in rowid order, so a frequent word costs one small batch and a rare one a few.
    """
    plan = _plan(q.text)
    wanted = offset + limit
    found: list[SearchRow] = []
    edge: int | None = None
    batch = max(200, 2 * wanted)
    while len(found) < wanted:
        hits = select(fts.c.rowid).where(*_text_clauses(plan))
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
        page = _base(session, rest, viewer, today, *_ROW_COLUMNS, candidates=matched, in_key_order=True)
        page = page.order_by(keys.c.key.desc() if descending else keys.c.key).limit(wanted - len(found))
        found.extend(SearchRow(*row) for row in session.execute(page))
        if count < batch:
            break
        edge, batch = far, min(batch * 4, 100_000)
    return found[offset:wanted]


def _order(sort: str, descending: bool, off_index: bool = False) -> list[Any]:
    columns: dict[str, list[Any]] = {
        "number": [Letter.registry_year, Letter.registry_seq, Letter.registry_number],
        "date": [Letter.register_date, Letter.registry_seq],
        "correspondent": [_CORRESPONDENT],
        "subject": [Letter.subject],
        "urgency": [Letter.urgency],
        "status": [Letter.status],
        "due": [Letter.reply_due],
    }
    chosen = [*columns[sort], Letter.id] if sort in columns else [keys.c.key]
    if off_index:
        chosen = [func.unlikely(c) for c in chosen]
    return [c.desc() if descending else c.asc() for c in chosen]


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
    plan = _plan(q.text)
    if sort == "recent" and limit is not None and (plan.match is not None or plan.short):
        return _recent_page(session, q, viewer, today, offset, limit, descending)
    if limit is not None:
        page = sorted_page(session, q, viewer, today, sort, descending, offset, limit)
        if page is not None:
            return page
    query = _base(session, q, viewer, today, *_ROW_COLUMNS, in_key_order=sort == "recent")
    # With words, the matches are sorted: walking a sort index instead and checking each letter against the list of
    # matches could cross the whole register for a few of them (`unlikely(x)` is x, and keeps SQLite off the index).
    text = plan.match is not None or bool(plan.short)
    query = query.order_by(*_order(sort, descending, off_index=text)).offset(offset).limit(limit)
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
        return session.scalar(_base(session, q, viewer, today or date.today(), func.count())) or 0
    plan = _plan(q.text)
    if plan.match is None and not plan.short:
        first = _base(session, q, viewer, today or date.today(), literal_column("1")).limit(at_most + 1)
    else:
        # Driven by the index's matches (a join, not an IN list SQLite would read in full before the first row).
        rest = replace(q, text="")
        where = [*_filters(rest, today or date.today(), by_key=True), visible_clause(session, viewer)]
        first = (
            select(literal_column("1"))
            .select_from(fts)
            .join(keys, keys.c.key == fts.c.rowid)
            .join(Letter, Letter.id == keys.c.letter_id)
            .where(*_text_clauses(plan), *where)
            .limit(at_most + 1)
        )
    return session.scalar(select(func.count()).select_from(first.subquery())) or 0
