"""`eoffice search` (the search box for IT staff and scripts) and `eoffice reindex` (rebuild the search index).

Search prints one letter per line, registry number first, tab-separated, or CSV with `--format csv`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.addressbook import find_by_name
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.search.access import Viewer, viewer_by_username
from eoffice_desktop.core.search.query import SEARCH_SORT_KEYS, SearchQuery, SearchRow, count_matches, search_letters
from eoffice_desktop.core.storage.models import Department, User

COLUMNS = (
    "registry_number",
    "direction",
    "register_date",
    "correspondent",
    "sender_ref",
    "subject",
    "urgency",
    "confidentiality",
    "status",
    "reply_due",
)


class UsageError(ValueError):
    pass


def _date(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} needs a date as YYYY-MM-DD, not {text!r}.") from None


def _holder_id(session: Session, name: str) -> str:
    """A user (by user name) or a department (by its Lao or English name) that letters can be held by."""
    name = name.strip()
    user_id = session.scalar(select(User.id).where(User.username == name))
    if user_id is not None:
        return user_id
    department_id = session.scalar(
        select(Department.id).where((Department.name_lo == name) | (func.lower(Department.name_en) == name.lower()))
    )
    if department_id is None:
        raise UsageError(f"No user or department named {name!r} in this office.")
    return department_id


def _query(args: argparse.Namespace, sender_org_id: str | None, holder_id: str | None) -> SearchQuery:
    return SearchQuery(
        text=" ".join(args.query),
        direction=args.direction,
        status=args.status,
        include_void=args.include_void,
        year=args.year,
        date_from=_date(args.date_from, "--from"),
        date_to=_date(args.date_to, "--to"),
        urgency=args.urgency,
        confidentiality=args.confidentiality,
        sender_org_id=sender_org_id,
        sender_kind=args.sender_kind,
        overdue=args.overdue,
        holder_id=holder_id,
        signed=args.signed,
    )


def _cell(row: SearchRow, name: str) -> str:
    value = getattr(row, name)
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value).replace("\t", " ").replace("\n", " ")


def _search(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    store = open_store(data_dir_of(args), lock=False)
    try:
        with store.db.session() as s:
            sender_org_id = None
            if args.sender:
                org = find_by_name(s, args.sender)
                if org is None:
                    raise UsageError(f"No organisation named {args.sender!r} in the address book.")
                sender_org_id = org.id
            holder_id = _holder_id(s, args.holder) if args.holder else None
            viewer: Viewer | None = None
            if args.as_user:
                viewer = viewer_by_username(s, args.as_user)
                if viewer is None:
                    raise UsageError(f"No user named {args.as_user!r} in this office.")
            if args.limit is not None and args.limit < 1:
                raise UsageError("--limit must be 1 or more.")
            query = _query(args, sender_org_id, holder_id)
            rows = search_letters(s, query, 0, args.limit, args.sort, not args.ascending, viewer=viewer)
            total = len(rows) if args.limit is None or len(rows) < args.limit else count_matches(s, query, viewer)
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        if args.format == "csv":
            writer = csv.writer(sys.stdout)
            writer.writerow(COLUMNS)
            for row in rows:
                writer.writerow([_cell(row, name) for name in COLUMNS])
        else:
            for row in rows:
                print("\t".join(_cell(row, name) for name in COLUMNS))
        if total > len(rows):
            print(f"{total} letters found; the first {len(rows)} are shown (--limit).", file=sys.stderr)
        else:
            print(f"{total} {'letter' if total == 1 else 'letters'} found.", file=sys.stderr)
    except UsageError as exc:
        print(f"eoffice search: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0


def _reindex(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    from eoffice_desktop.core import projections
    from eoffice_desktop.core.search.index import index_is_consistent, reindex

    store = open_store(data_dir_of(args))
    try:
        with store.db.write() as s:
            if args.from_log:
                events = projections.rebuild(s)
                print(f"{events} events folded again into the registers.", file=sys.stderr)
            stats = reindex(s)
            consistent = index_is_consistent(s)
        print(f"Search index rebuilt: {stats.letters} letters, {stats.extra_lines} notes.")
        if not consistent:
            print("eoffice reindex: the index still disagrees with the registers; run eoffice check.", file=sys.stderr)
            return 1
    finally:
        store.close()
    return 0


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    search = sub.add_parser("search", help="search letters: numbers, subjects, names, keywords (Lao and English)")
    add_data_dir(search)
    search.add_argument("query", nargs="*", help='words to find (all must match); "quote" a phrase')
    search.add_argument("--direction", choices=["in", "out"])
    search.add_argument("--status", help="only letters with this status (e.g. registered, void)")
    search.add_argument("--include-void", action="store_true", help="also list void letters")
    search.add_argument("--year", type=int, help="registry year")
    search.add_argument("--from", dest="date_from", help="first register date, YYYY-MM-DD")
    search.add_argument("--to", dest="date_to", help="last register date, YYYY-MM-DD")
    search.add_argument("--urgency", choices=["normal", "urgent", "very_urgent"])
    search.add_argument("--confidentiality", choices=["normal", "confidential", "secret"])
    search.add_argument("--sender", help="sender organisation: its Lao or English name or abbreviation")
    search.add_argument(
        "--sender-kind", choices=["ministry", "province", "district", "department", "company", "embassy", "other"]
    )
    search.add_argument("--overdue", action="store_true", help="reply due before today and not answered")
    search.add_argument("--holder", help="letters with this user (user name) or department now")
    search.add_argument("--signed", action="store_true", help="only letters with at least one signature")
    search.add_argument("--sort", choices=SEARCH_SORT_KEYS, default="recent")
    search.add_argument("--ascending", action="store_true", help="oldest / smallest first")
    search.add_argument("--limit", type=int, help="at most this many letters")
    search.add_argument("--as-user", help="show only what this user may see (default: the whole office)")
    search.add_argument("--format", choices=["text", "csv"], default="text")
    search.set_defaults(func=lambda args: _search(args, data_dir_of))

    again = sub.add_parser("reindex", help="rebuild the search index from the registers")
    add_data_dir(again)
    again.add_argument("--from-log", action="store_true", help="first fold the whole event log into the registers")
    again.set_defaults(func=lambda args: _reindex(args, data_dir_of))
