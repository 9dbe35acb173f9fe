"""Sorted first pages and the count label for words with filters, each beside a raw-SQLite floor of the same run.

Used by `benchmarks/search.py --filters` (or run alone: `python benchmarks/search_sorted.py --data-dir DIR`) on an
office the search benchmark built. For each query (a frequent or rarer word with a year, urgency, date range, status,
direction, sender, confidentiality...; also as a viewer who may not see confidential letters) it times the first page
sorted by date, number and sender, newest and oldest first, and the bounded count behind "more than 10,000 letters
found". Both are given as wall and CPU time (the machine is shared) beside two floors measured in the same run with
plain sqlite3: the register's own first page in that order (no words, no filters: reading 100 rows down an index), and
the index's bounded count of the words alone. The load average is printed before and after. With --check each first
page is also compared with the plain ORDER BY over every match (slow: that is what sorted pages avoid). With --words
the 20 queries of `benchmarks/search.py` (no filters; a phrase, two words, a short word, a sender's name) are sorted
too. A page over SLOW ms is also given beside the engine's own answer: plain sqlite3 sorting every match of the same
query (what any way of making the page must beat when no index holds the words in the sort's order).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from eoffice_desktop.core.office import open_store  # noqa: E402
from eoffice_desktop.core.search import query as search_query  # noqa: E402
from eoffice_desktop.core.search.access import viewer_by_username  # noqa: E402
from eoffice_desktop.core.search.clauses import plan_text  # noqa: E402
from eoffice_desktop.core.search.query import SearchQuery, search_letters  # noqa: E402
from eoffice_desktop.core.search.runner import APPROXIMATE_ABOVE  # noqa: E402
from eoffice_desktop.core.storage.models import Letter, Organisation  # noqa: E402

PAGE = 100
SLOW = 100.0  # ms of CPU: a page slower than this is measured beside SQLite sorting every match
TODAY = date.today()
YEAR = TODAY.year
SORTS = ("date", "number", "correspondent")
# The floor's ORDER BY for each sort: the register's rows in the order of the sort's own index.
FLOOR_ORDER = {
    "date": "register_date {d}, registry_seq {d}, id {d}",
    "number": "registry_year {d}, registry_seq {d}, registry_number {d}, id {d}",
    "correspondent": "(CASE WHEN direction = 'in' THEN sender_name ELSE recipients_text END) {d}, id {d}",
}
FLOOR_COLUMNS = (
    "id, registry_number, register_date, sender_name, sender_ref, subject, urgency, confidentiality, status, "
    "reply_due, attachment_count, provisional, direction"
)


def filter_queries(ministry: str) -> list[tuple[str, SearchQuery, str | None]]:
    """(label, query, viewer's username or None): the words of the 20 queries with the filters a clerk adds."""
    frequent, rarer, english = "ປະຊຸມ", "ຝຶກອົບຮົມ", "budget"
    recent = TODAY - timedelta(days=90)
    return [
        ("frequent word", SearchQuery(frequent), None),
        ("frequent + year -2", SearchQuery(frequent, year=YEAR - 2), None),
        ("frequent + year -2 + urgent", SearchQuery(frequent, year=YEAR - 2, urgency="urgent"), None),
        ("frequent + very urgent", SearchQuery(frequent, urgency="very_urgent"), None),
        ("frequent + last 90 days", SearchQuery(frequent, date_from=recent, date_to=TODAY), None),
        (
            "frequent + a month 3 years ago",
            SearchQuery(frequent, date_from=date(YEAR - 3, 3, 1), date_to=date(YEAR - 3, 3, 31)),
            None,
        ),  # fmt: skip
        ("frequent + void letters", SearchQuery(frequent, status="void"), None),
        ("frequent + with void", SearchQuery(frequent, include_void=True), None),
        ("frequent + incoming", SearchQuery(frequent, direction="in"), None),
        ("frequent + one ministry", SearchQuery(frequent, sender_org_id=ministry), None),
        ("frequent + provinces", SearchQuery(frequent, sender_kind="province"), None),
        ("frequent + secret", SearchQuery(frequent, confidentiality="secret"), None),
        ("frequent + overdue", SearchQuery(frequent, overdue=True), None),
        ("frequent, restricted viewer", SearchQuery(frequent), "khamla"),
        ("frequent + year -1, restricted viewer", SearchQuery(frequent, year=YEAR - 1), "khamla"),
        ("rarer word + year -1", SearchQuery(rarer, year=YEAR - 1), None),
        ("rarer word + urgent + incoming", SearchQuery(rarer, urgency="urgent", direction="in"), None),
        ("english + year + confidential", SearchQuery(english, year=YEAR - 3, confidentiality="confidential"), None),
        ("english + last 90 days + out", SearchQuery(english, date_from=recent, date_to=TODAY, direction="out"), None),
        ("short word + year", SearchQuery("ກງ", year=YEAR - 1), None),
        # Senders' names whose letters sort late by sender: their matches lie far down that order.
        ("a province's name", SearchQuery("ຈຳປາສັກ"), None),
        ("an agency's name", SearchQuery("ອົງການກວດສອບ"), None),
        ("filters only: year + urgent", SearchQuery(year=YEAR - 2, urgency="urgent"), None),
    ]


def far_end_queries(first: str, last: str) -> list[tuple[str, SearchQuery, str | None]]:
    """A sender's name as a phrase with a filter, its letters at one end of the sender order: sorted from the other
    end, the page lies behind every other letter (the first and the last sender of incoming letters)."""
    return [
        ("first sender's name + incoming", SearchQuery(f'"{first}"', direction="in"), None),
        ("last sender's name + incoming", SearchQuery(f'"{last}"', direction="in"), None),
    ]


def timed(fn) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    started, started_cpu = time.perf_counter(), time.process_time()
    result = fn()
    return (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000, result


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def quick_count(session, q: SearchQuery, viewer):  # type: ignore[no-untyped-def]
    """What the results label shows first: the code's own first count when it has one, else the bounded count."""
    first = getattr(search_query, "first_count", None)
    if first is not None:
        return first(session, q, viewer, APPROXIMATE_ABOVE)
    return search_query.count_matches(session, q, viewer, at_most=APPROXIMATE_ABOVE)


def _floors(raw: sqlite3.Connection) -> dict[tuple[str, bool], float]:
    """CPU ms of the register's first page down each sort index, newest and oldest first, in plain sqlite3."""
    floor: dict[tuple[str, bool], float] = {}
    for sort in SORTS:
        for descending in (True, False):
            order = FLOOR_ORDER[sort].format(d="DESC" if descending else "ASC")
            sql = f"SELECT {FLOOR_COLUMNS} FROM letters ORDER BY {order} LIMIT {PAGE}"
            raw.execute(sql).fetchall()
            floor[sort, descending] = min(timed(lambda sql=sql: raw.execute(sql).fetchall())[1] for _ in range(3))
    return floor


def _count_floor(raw: sqlite3.Connection, q: SearchQuery) -> float:
    """CPU ms of the index's own bounded count of the words (no filters), plain sqlite3; NaN without indexed words."""
    match = plan_text(q.text).match
    if match is None:
        return float("nan")
    bound = APPROXIMATE_ABOVE + 1
    sql = f"SELECT count(*) FROM (SELECT rowid FROM letter_search WHERE letter_search MATCH ? LIMIT {bound})"
    return min(timed(lambda: raw.execute(sql, (match,)).fetchall())[1] for _ in range(3))


def _plain_page(session, q: SearchQuery, viewer, sort: str, descending: bool) -> list[str]:  # type: ignore[no-untyped-def]
    """The first page by a plain ORDER BY over every match: what the sorted page must equal."""
    from eoffice_desktop.core.search.clauses import base_select, sort_order  # noqa: PLC0415
    from eoffice_desktop.core.storage.models import Letter  # noqa: PLC0415

    order = sort_order(sort, descending, off_index=bool(q.text))  # as the search sorts all matches
    rows = base_select(session, q, viewer, TODAY, Letter.id).order_by(*order).limit(PAGE)
    return list(session.scalars(rows))


def _engine_floor(raw: sqlite3.Connection, session, q: SearchQuery, viewer, sort: str, descending: bool) -> float:  # type: ignore[no-untyped-def]
    """CPU ms of plain sqlite3 sorting every match of the query for the first page (the search's own SQL when it
    sorts the matches: `query.search_letters` without a walk)."""
    from eoffice_desktop.core.search.clauses import ROW_COLUMNS, base_select, sort_order  # noqa: PLC0415

    text = bool(plan_text(q.text).match or plan_text(q.text).short)
    rows = base_select(session, q, viewer, TODAY, *ROW_COLUMNS).order_by(*sort_order(sort, descending, off_index=text))
    sql = str(rows.limit(PAGE).compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
    raw.execute(sql).fetchall()
    return min(timed(lambda: raw.execute(sql).fetchall())[1] for _ in range(2))


def search_queries() -> list[tuple[str, SearchQuery, str | None]]:
    """The 20 queries of `benchmarks/search.py`, as filter_queries gives them."""
    from search import queries  # noqa: PLC0415  (benchmarks/search.py)

    return [(f"{label} {q.text}".strip(), q, None) for label, q in queries()]


def measure_filters(data: Path, repeat: int = 1, check: bool = False, words: bool = False) -> dict[str, float]:
    raw = sqlite3.connect(f"file:{data / 'eoffice.sqlite'}?mode=ro", uri=True)
    store = open_store(data, lock=False)
    page_wall: list[float] = []
    page_cpu: list[float] = []
    count_wall: list[float] = []
    count_cpu: list[float] = []
    count_floors: list[float] = []
    mismatches: list[str] = []
    slow: list[str] = []
    print(f"load average before the filter queries: {os.getloadavg()[0]:.2f}")
    try:
        with store.db.session() as s:
            ministry = s.scalar(
                select(Organisation.id).where(Organisation.kind == "ministry").order_by(Organisation.id)
            )
            assert ministry is not None
            senders = select(Letter.sender_name).where(Letter.direction == "in", Letter.sender_name != "")
            first = s.scalar(senders.order_by(Letter.sender_name))
            last = s.scalar(senders.order_by(Letter.sender_name.desc()))
            assert first and last
            floor = _floors(raw)
            listed = ", ".join(f"{k[0]} {'desc' if k[1] else 'asc'} {v:.2f}" for k, v in floor.items())
            print(f"floor, the register's first page down each sort index (CPU ms): {listed}")
            print(f"{'query':42} {'sort':>15} {'wall ms':>8} {'CPU ms':>7} {'floor':>6} {'ratio':>6}")
            queries = [*filter_queries(ministry), *far_end_queries(first, last), *(search_queries() if words else [])]
            for label, q, username in queries:
                viewer = viewer_by_username(s, username) if username else None
                for sort in SORTS:
                    for descending in (True, False):

                        def page(q=q, sort=sort, descending=descending, viewer=viewer):  # type: ignore[no-untyped-def]
                            return search_letters(s, q, 0, PAGE, sort, descending, viewer=viewer)

                        cold = page()  # once cold
                        if check and [r.id for r in cold] != _plain_page(s, q, viewer, sort, descending):
                            mismatches.append(f"{label} {sort} {'desc' if descending else 'asc'}")
                        runs = [timed(page) for _ in range(repeat)]
                        wall = statistics.median(r[0] for r in runs)
                        cpu = statistics.median(r[1] for r in runs)
                        page_wall.append(wall)
                        page_cpu.append(cpu)
                        base = floor[sort, descending]
                        shown = sort[:6] + (" desc" if descending else " asc")
                        print(f"{label[:42]:42} {shown:>15} {wall:8.1f} {cpu:7.1f} {base:6.2f} {cpu / base:5.0f}x")
                        if cpu > SLOW:
                            engine = _engine_floor(raw, s, q, viewer, sort, descending)
                            slow.append(f"{label} {shown}: {cpu:.0f} ms, SQLite sorting every match {engine:.0f} ms "
                                        f"({cpu / engine:.2f}x)")  # fmt: skip
                            print(f"{'':42} {'':>15} SQLite sorting every match: {engine:.1f} ms CPU")
                wall, cpu, total = timed(lambda q=q, viewer=viewer: quick_count(s, q, viewer))
                count_wall.append(wall)
                count_cpu.append(cpu)
                base = _count_floor(raw, q)
                if base == base:
                    count_floors.append(base)
                print(f"{label[:42]:42} {'first count':>15} {wall:8.1f} {cpu:7.1f} {base:6.2f} {cpu / base:5.0f}x"
                      f"  -> {total}")  # fmt: skip
            s.rollback()
    finally:
        store.close()
        raw.close()
    floors = list(floor.values())
    figures = {
        "page_wall_median": statistics.median(page_wall),
        "page_wall_p95": p95(page_wall),
        "page_cpu_median": statistics.median(page_cpu),
        "page_cpu_p95": p95(page_cpu),
        "page_cpu_max": max(page_cpu),
        "count_wall_p95": p95(count_wall),
        "count_cpu_median": statistics.median(count_cpu),
        "count_cpu_p95": p95(count_cpu),
        "count_cpu_max": max(count_cpu),
        "floor_median": statistics.median(floors),
        "count_floor_median": statistics.median(count_floors),
    }
    print(f"load average after the filter queries: {os.getloadavg()[0]:.2f}")
    if check:
        print(f"pages compared with the plain ORDER BY: {len(page_cpu)}, different: {mismatches or 'none'}")
    print(f"pages over {SLOW:.0f} ms of CPU: {len(slow)}" + "".join(f"\n  {line}" for line in slow))
    ratio = figures["page_cpu_p95"] / figures["floor_median"]
    print(
        f"sorted first pages with filters ({len(page_cpu)}): wall median {figures['page_wall_median']:.1f} ms, "
        f"p95 {figures['page_wall_p95']:.1f} ms; CPU median {figures['page_cpu_median']:.1f} ms, "
        f"p95 {figures['page_cpu_p95']:.1f} ms, max {figures['page_cpu_max']:.1f} ms; "
        f"floor median {figures['floor_median']:.2f} ms (CPU ratio at p95 {ratio:.0f}x)"
    )
    print(
        f"first count with filters ({len(count_cpu)}): CPU median {figures['count_cpu_median']:.1f} ms, "
        f"p95 {figures['count_cpu_p95']:.1f} ms, max {figures['count_cpu_max']:.1f} ms "
        f"(wall p95 {figures['count_wall_p95']:.1f} ms); "
        f"floor (the index's bounded count) median {figures['count_floor_median']:.2f} ms"
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, help="an office built by benchmarks/search.py")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="also compare each page with the plain ORDER BY's")
    parser.add_argument("--words", action="store_true", help="also the 20 queries of search.py, sorted")
    args = parser.parse_args()
    measure_filters(Path(args.data_dir), args.repeat, args.check, args.words)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
