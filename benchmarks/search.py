"""Search benchmark: time to the first page for 20 fixed queries (Lao, English, numbers, with and without filters)
at 1,000,000 letters (or --letters N), against a plain LIKE scan measured in the same run, plus database size.

    python benchmarks/search.py [--letters 1000000] [--real 5000] [--data-dir DIR] [--compare 100000] [--starts 5]
                                [--filters | --filters-only]

The first --real letters go through the demo generator (register_letter, events, projections, index triggers), which
also gives the registration rate with the index. The rest are the same generator's forms inserted straight into the
`letters` table in large transactions - the index triggers still index each one - because the full registration
path runs at ~100 letters/s here and would take hours for a million. --compare N also measures, on N letters, the
trigram index against a Lao word segmenter (ICU, if PyICU is installed) and an unindexed instr() scan.
--starts N opens the real app N times on the office (after one start that is not counted, which compiles the
bytecode as an installed app has it): milliseconds from process start to the window showing its first page of rows,
and the CPU time of the window's thread until then (the machine is shared; wall time is not all ours).
--filters also times words with filters (a year, urgency, dates, status, direction, sender, a restricted viewer) sorted
by date, number and sender, and the results label's first count, each beside a raw-SQLite floor of the same run
(`benchmarks/search_sorted.py`); --filters-only does only that.
Ends with one line `letters=N median_ms=.. p95_ms=.. like_median_ms=.. window_open_ms=..` so runs can be compared.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sqlalchemy import func, literal_column, or_, select, text  # noqa: E402

from eoffice_desktop.core.demo.build import generate_demo, make_form  # noqa: E402
from eoffice_desktop.core.office import open_store  # noqa: E402
from eoffice_desktop.core.registry.register_query import RegisterFilter, count_letters, fetch_page  # noqa: E402
from eoffice_desktop.core.search.clauses import filter_clauses  # noqa: E402
from eoffice_desktop.core.search.index import index_new_letters, optimize_index, reindex  # noqa: E402
from eoffice_desktop.core.search.query import SearchQuery, count_matches, search_letters  # noqa: E402
from eoffice_desktop.core.search.runner import APPROXIMATE_ABOVE  # noqa: E402
from eoffice_desktop.core.search.text import typed_terms  # noqa: E402
from eoffice_desktop.core.storage.ids import uuid7  # noqa: E402
from eoffice_desktop.core.storage.models import Letter, Organisation, Setting, User  # noqa: E402

PAGE = 100
TODAY = date.today()
YEAR = TODAY.year


def queries() -> list[tuple[str, SearchQuery]]:
    """The fixed set: 20 queries a registry office asks every day."""
    return [
        ("lao word", SearchQuery("ປະຊຸມ")),
        ("lao word", SearchQuery("ງົບປະມານ")),
        ("lao word", SearchQuery("ຝຶກອົບຮົມ")),
        ("lao word, tone first", SearchQuery("ນ\u0ec9\u0ecd\u0eb2ຖ້ວມ")),
        ("lao word", SearchQuery("ໄຂ້ເລືອດອອກ")),
        ("lao words", SearchQuery("ສະຖິຕິ ປະຊາກອນ")),
        ("lao + sender", SearchQuery("ກະຊວງການເງິນ ປະຊຸມ")),
        ("english word", SearchQuery("budget")),
        ("english word", SearchQuery("Workshop")),
        ("english phrase", SearchQuery('"Ministry of Finance"')),
        ("english words", SearchQuery("rural electrification")),
        ("mixed", SearchQuery("audit ງົບປະມານ")),
        ("registry number", SearchQuery("0123/ຊສຖ", year=YEAR - 1)),
        ("registry number", SearchQuery("123/ຊສຖ")),
        ("number alone", SearchQuery("4567")),
        ("short (2 chars)", SearchQuery("ກງ")),
        ("lao + filters", SearchQuery("ປະຊຸມ", year=YEAR - 2, urgency="urgent")),
        ("english + filters", SearchQuery("budget", direction="in", confidentiality="confidential")),
        ("filters only", SearchQuery(overdue=True, sender_kind="province")),
        ("lao + date range", SearchQuery("ງົບປະມານ", date_from=TODAY - timedelta(days=90), date_to=TODAY)),
    ]


def _progress(done: int, total: int) -> None:
    print(f"\r  {done}/{total} letters", end="", file=sys.stderr, flush=True)


def bulk_letters(  # type: ignore[no-untyped-def]
    store, start_index: int, count: int, seed: int, days: int, index_entries: bool = True
) -> None:
    """The demo generator's forms, inserted into `letters` in big transactions (the index triggers still run, and each
    transaction's index entries follow it as in the app, unless `index_entries` is False)."""
    rng = random.Random(seed + 1)
    with store.db.session() as s:
        # (not store.admin_actor(): it opens a second session inside the first, which waits for its own lock)
        office_id = s.scalar(select(Setting.value).where(Setting.key == "office.id"))
        user_id = s.scalar(select(User.id).where(User.roles.contains("admin")).order_by(User.username))
        orgs = {o.id: o.name_lo for o in s.scalars(select(Organisation).order_by(Organisation.name_lo))}
        seqs = {
            key: seq or 0
            for key, seq in s.execute(
                select(Letter.series_key, func.max(Letter.registry_seq)).group_by(Letter.series_key)
            )
        }
        s.rollback()
    org_ids = list(orgs)
    first = TODAY - timedelta(days=days)
    dates = sorted(first + timedelta(days=rng.randint(0, days)) for _ in range(count))
    columns = (
        "id, office_id, direction, registry_number, registry_year, registry_seq, series_key, provisional, "
        "registered_at, registered_by, register_date, letter_date, sender_org_id, sender_name, sender_ref, "
        "delivery_mode, subject, summary, doc_type, urgency, confidentiality, pages, reply_due, keywords, signatory, "
        "recipients_text, in_reply_to, status, void_reason, moved, attachment_count, field_versions, updated_hlc"
    )
    insert = f"INSERT INTO letters ({columns}) VALUES ({', '.join('?' * 33)})"
    batch = 20_000
    raw_engine = store.db.engine.raw_connection()
    conn: sqlite3.Connection = raw_engine.driver_connection  # type: ignore[assignment]
    try:
        for at in range(0, count, batch):
            letters, recipients = [], []
            for n in range(at, min(at + batch, count)):
                day = dates[n]
                direction = "in" if rng.random() < 0.6 else "out"
                form = make_form(rng, org_ids, day, direction, start_index + n)
                key = f"{direction}:{day.year}"
                seqs[key] = seqs.get(key, 0) + 1
                letter_id = uuid7()
                names = [orgs[o] for o in form.recipients]
                recipients.extend((letter_id, p, o) for p, o in enumerate(form.recipients))
                void = rng.random() < 0.01
                letters.append((
                    letter_id, office_id, direction, f"{seqs[key]:04d}/ຊສຖ", day.year, seqs[key], key, 0,
                    datetime.combine(day, dtime(9, 0)).isoformat(" "), user_id, day.isoformat(),
                    form.letter_date.isoformat() if form.letter_date else None, form.sender_org_id,
                    orgs.get(form.sender_org_id or "", ""), form.sender_ref, form.delivery_mode, form.subject,
                    form.summary, form.doc_type, form.urgency, form.confidentiality, form.pages,
                    form.reply_due.isoformat() if form.reply_due else None, form.keywords, form.signatory,
                    "; ".join(names), None, "void" if void else "registered", "duplicate" if void else "", 0, 0,
                    "{}", "",
                ))  # fmt: skip
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(insert, letters)
            conn.executemany("INSERT INTO letter_recipients(letter_id, position, org_id) VALUES (?, ?, ?)", recipients)
            conn.execute("COMMIT")
            if index_entries:  # as the app writes them after each transaction that adds letters (core/search/index.py)
                index_new_letters(conn)
            _progress(start_index + min(at + batch, count), start_index + count)
    finally:
        raw_engine.close()
    print(file=sys.stderr)


def build(data: Path, letters: int, real: int, seed: int, days: int, existing: int, one_pass: bool) -> dict[str, float]:
    """Add letters until there are `letters`: first `real` through the demo generator, the rest in bulk. With
    `one_pass` the bulk letters are inserted without the triggers and indexed afterwards by `reindex` (the code of
    `eoffice reindex`), which on this shared 2-core machine is the difference between minutes and over an hour."""
    store = open_store(data)
    figures: dict[str, float] = {}
    try:
        if existing == 0:
            real = min(real, letters)
            started = time.perf_counter()
            generate_demo(store, real, seed=seed, attachment_share=0, days=days, progress=_progress)
            figures["real_per_s"] = real / (time.perf_counter() - started)
            print(file=sys.stderr)
            store.db.engine.dispose()
            figures["real_bytes_per_letter"] = _db_bytes(data) / max(real, 1)
            existing = real
        if letters > existing:
            names = ["letter_search_insert", "letter_search_recipient_added"]
            triggers: list[str] = []
            if one_pass:  # (the triggers as this office has them, put back as they were)
                with store.db.session() as s, s.begin():
                    for name in names:
                        triggers.append(s.scalar(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": name}))
                        s.execute(text(f"DROP TRIGGER {name}"))
            started = time.perf_counter()
            bulk_letters(store, existing, letters - existing, seed + existing, days, index_entries=not one_pass)
            figures["bulk_per_s"] = (letters - existing) / (time.perf_counter() - started)
            if one_pass:
                started = time.perf_counter()
                with store.db.session() as s, s.begin():
                    for trigger in triggers:
                        s.execute(text(trigger))
                    reindex(s)
                figures["reindex_s"] = time.perf_counter() - started
    finally:
        store.close()
    return figures


def _db_bytes(data: Path) -> int:
    return sum(p.stat().st_size for p in data.glob("eoffice.sqlite*"))


def like_page(session, q: SearchQuery) -> list[str]:  # type: ignore[no-untyped-def]
    """The baseline: the same words by LIKE on the text columns, newest first, with the same filters."""
    columns = (Letter.subject, Letter.summary, Letter.sender_name, Letter.recipients_text, Letter.keywords,
               Letter.registry_number, Letter.sender_ref, Letter.signatory)  # fmt: skip
    where = filter_clauses(q, TODAY)
    for term in typed_terms(q.text):
        where.append(or_(*(c.like(f"%{term}%") for c in columns)))
    query = select(Letter.id).where(*where).order_by(literal_column("letters.rowid").desc()).limit(PAGE)
    return list(session.scalars(query))


CPU: list[float] = []  # CPU time of this process for each timed call: the machine is shared, wall time is not ours


def timed(fn, repeat: int, cpu: list[float] | None = None) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - started_cpu) * 1000)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def measure(data: Path, repeat: int) -> dict[str, float]:
    store = open_store(data, lock=False)
    first, like, by_date, counts = [], [], [], []
    sorted_cpu: list[float] = []  # CPU ms of the first page sorted by date, number and sender
    by_column: list[float] = []  # wall ms of the same
    bounded: list[float] = []  # wall ms of the "more than 10,000" count
    try:
        with store.db.session() as s:
            started = time.perf_counter()
            fetch_page(s, RegisterFilter(direction="in"), 0, PAGE)
            count_letters(s, RegisterFilter(direction="in"))
            register_open_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            search_letters(s, SearchQuery(), 0, PAGE)
            count_matches(s, SearchQuery())
            search_open_ms = (time.perf_counter() - started) * 1000
            print(
                f"{'query':44} {'matches':>8} {'first page ms':>14} {'by date ms':>11} {'count ms':>9} {'LIKE ms':>8}"
            )
            for kind, q in queries():
                search_letters(s, q, 0, PAGE)  # once cold; the box runs each query as the user types anyway
                t_first = timed(lambda q=q: search_letters(s, q, 0, PAGE), repeat, CPU)
                t_date = timed(lambda q=q: search_letters(s, q, 0, PAGE, sort="date"), 1)
                for column in ("date", "number", "correspondent"):
                    search_letters(s, q, 0, PAGE, sort=column)  # once cold, as the first page above
                    by_column += timed(lambda q=q, c=column: search_letters(s, q, 0, PAGE, sort=c), 1, sorted_cpu)
                bounded += timed(lambda q=q: count_matches(s, q, at_most=APPROXIMATE_ABOVE), 1)
                started = time.perf_counter()
                total = count_matches(s, q)
                t_count = (time.perf_counter() - started) * 1000
                t_like = timed(lambda q=q: like_page(s, q), max(1, repeat // 2))
                first += t_first
                like += t_like
                by_date += t_date
                counts.append(t_count)
                label = f"{kind}: {q.text or '-'}"[:44]
                print(
                    f"{label:44} {total:8d} {statistics.median(t_first):14.1f} {t_date[0]:11.1f} {t_count:9.1f} "
                    f"{statistics.median(t_like):8.1f}"
                )
            s.rollback()
            sizes = dict(s.execute(text("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")).all())
            s.rollback()
    finally:
        store.close()
    index_bytes = sum(v for k, v in sizes.items() if k.startswith("letter_search"))
    return {
        "median_ms": statistics.median(first),
        "p95_ms": p95(first),
        "like_median_ms": statistics.median(like),
        "like_p95_ms": p95(like),
        "by_date_median_ms": statistics.median(by_date),
        "by_date_p95_ms": p95(by_date),
        "count_median_ms": statistics.median(counts),
        "count_max_ms": max(counts),
        "register_open_ms": register_open_ms,
        "search_open_ms": search_open_ms,
        "index_bytes": float(index_bytes),
        "sorted_median_ms": statistics.median(by_column),
        "sorted_p95_ms": p95(by_column),
        "sorted_cpu_median_ms": statistics.median(sorted_cpu),
        "sorted_cpu_p95_ms": p95(sorted_cpu),
        "bounded_median_ms": statistics.median(bounded),
        "bounded_p95_ms": p95(bounded),
        "cpu_median_ms": statistics.median(CPU),
        "cpu_p95_ms": p95(CPU),
    }


def window_open(data: Path, starts: int) -> tuple[float, float, str] | None:
    """(median ms from process start to the window with its first page of rows, median CPU ms of the window's
    thread until then, rows shown) over `starts` starts of the real app, after one start that is not counted."""
    with tempfile.TemporaryDirectory(prefix="eoffice-bench-pyc-") as pycache:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            EOFFICE_MEASURE_STARTUP="1",
            PYTHONPATH=str(ROOT),
            PYTHONPYCACHEPREFIX=pycache,  # an installed app has its bytecode compiled
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        runs: list[dict[str, str]] = []
        for _ in range(starts + 1):
            out = subprocess.run(
                [sys.executable, "-m", "eoffice_desktop", "--data-dir", str(data)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            runs.append(dict(part.split("=", 1) for part in out.split() if "=" in part))
    ok = [run for run in runs[1:] if "first_rows_ms" in run]
    if not ok:
        return None
    return (
        statistics.median(float(run["first_rows_ms"]) for run in ok),
        statistics.median(float(run.get("gui_cpu_ms", "nan")) for run in ok),
        ok[-1].get("rows", "?"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=1_000_000)
    parser.add_argument("--real", type=int, default=5_000, help="letters through the full registration path")
    parser.add_argument("--days", type=int, default=3650, help="spread the letters over this many days")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", help="build here (kept); reused if it already holds the letters")
    parser.add_argument(
        "--one-pass", action="store_true", help="index the bulk letters in one pass at the end (eoffice reindex)"
    )
    parser.add_argument("--build-only", action="store_true", help="build (or extend) the office and stop")
    parser.add_argument("--optimize", action="store_true", help="merge the index into one segment before measuring")
    parser.add_argument("--compare", type=int, default=0, help="also compare index kinds on this many letters")
    parser.add_argument("--starts", type=int, default=5, help="open the app this many times on the office (0: not)")
    parser.add_argument(
        "--filters", action="store_true", help="also words with filters, sorted pages and counts (search_sorted.py)"
    )
    parser.add_argument("--filters-only", action="store_true", help="only the words with filters (after any build)")
    args = parser.parse_args()

    tmp = None
    if args.data_dir:
        data = Path(args.data_dir)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="eoffice-search-bench-")
        data = Path(tmp.name) / "office"
    built: dict[str, float] = {}
    existing = 0
    if (data / "eoffice.sqlite").exists():
        con = sqlite3.connect(data / "eoffice.sqlite")
        existing = con.execute("SELECT count(*) FROM letters").fetchone()[0]
        con.close()
    if existing >= args.letters:
        print(f"Reusing {data} ({existing} letters).", file=sys.stderr)
        letters = existing
    else:
        print(f"Building {args.letters} letters in {data} ({existing} there) ...", file=sys.stderr)
        started = time.perf_counter()
        built = build(data, args.letters, args.real, args.seed, args.days, existing, args.one_pass)
        built["build_s"] = time.perf_counter() - started
        letters = args.letters
    if args.build_only:
        print(" ".join(f"{name}={value:.1f}" for name, value in built.items()))
        return 0
    if args.optimize:
        store = open_store(data)
        started = time.perf_counter()
        with store.db.session() as s, s.begin():
            optimize_index(s)
        built["optimize_s"] = time.perf_counter() - started
        store.close()
        print(f"Index merged into one segment in {built['optimize_s']:.0f} s.", file=sys.stderr)
    if args.filters or args.filters_only:
        from search_sorted import measure_filters  # noqa: PLC0415

        measure_filters(data, max(1, args.repeat // 2))
        if args.filters_only:
            return 0
    load_before = os.getloadavg()[0]
    figures = measure(data, args.repeat)
    print(f"load average (2 cores, shared): {load_before:.1f} before, {os.getloadavg()[0]:.1f} after the queries")
    total_bytes = _db_bytes(data)
    print()
    for name, value in built.items():
        print(f"{name}: {value:.1f}")
    print(f"database: {total_bytes / 1e6:.0f} MB, {total_bytes / letters:.0f} bytes per letter "
          f"(search index {figures['index_bytes'] / letters:.0f} bytes per letter)")  # fmt: skip
    print(
        f"first page, recent first: median {figures['median_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms "
        f"(CPU time: median {figures['cpu_median_ms']:.1f} ms, p95 {figures['cpu_p95_ms']:.1f} ms)"
    )
    print(
        f"first page, sorted by date: median {figures['by_date_median_ms']:.1f} ms, "
        f"p95 {figures['by_date_p95_ms']:.1f} ms"
    )
    print(
        f"first page sorted by date, number or sender (60 pages): median {figures['sorted_median_ms']:.1f} ms, "
        f"p95 {figures['sorted_p95_ms']:.1f} ms (CPU: median {figures['sorted_cpu_median_ms']:.1f} ms, "
        f"p95 {figures['sorted_cpu_p95_ms']:.1f} ms)"
    )
    print(f"count of matches: median {figures['count_median_ms']:.1f} ms, max {figures['count_max_ms']:.1f} ms")
    print(
        f'count up to {APPROXIMATE_ABOVE:,} (the label\'s "more than"): median {figures["bounded_median_ms"]:.1f} ms, '
        f"p95 {figures['bounded_p95_ms']:.1f} ms"
    )
    print(f"LIKE scan baseline: median {figures['like_median_ms']:.1f} ms, p95 {figures['like_p95_ms']:.1f} ms "
          f"(ratio LIKE/index at the median: {figures['like_median_ms'] / figures['median_ms']:.1f}x)")  # fmt: skip
    print(f"open with rows (core): register page+count {figures['register_open_ms']:.0f} ms, "
          f"empty search page+count {figures['search_open_ms']:.0f} ms")  # fmt: skip
    if args.compare:
        from search_compare import compare  # noqa: PLC0415

        compare(data, min(args.compare, letters))
    opened = window_open(data, args.starts) if args.starts else None
    if opened is not None:
        print(f"window open with rows (real app, median of {args.starts} starts, load average "
              f"{os.getloadavg()[0]:.1f}): {opened[0]:.0f} ms, of which CPU time of the window's thread "
              f"{opened[1]:.0f} ms; {opened[2]} rows shown")  # fmt: skip
    print(
        f"letters={letters} median_ms={figures['median_ms']:.1f} p95_ms={figures['p95_ms']:.1f} "
        f"like_median_ms={figures['like_median_ms']:.1f} sorted_p95_ms={figures['sorted_p95_ms']:.1f} "
        f"sorted_cpu_p95_ms={figures['sorted_cpu_p95_ms']:.1f} bounded_p95_ms={figures['bounded_p95_ms']:.1f} "
        f"window_open_ms={'n/a' if opened is None else f'{opened[0]:.0f}'}"
    )
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
