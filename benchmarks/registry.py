"""Registry benchmark: registrations per second, single committed registration time, the window's start time with
rows, its peak memory, and database size per letter, at 100,000 letters (or --letters N).

    python benchmarks/registry.py [--letters 100000] [--data-dir DIR] [--reuse] [--singles 300] [--starts 3]

One registration is measured in CPU time as well as by the clock (the machine may be shared), against its floor in the
same run: a raw sqlite3 insert of a letter-sized row, one transaction each, WAL and synchronous=FULL as the app. Its
CPU is given for its own transaction (the letter, its number, its event and its register row) and with the search
index entry written just after it (in the same call, in a transaction of its own).

The baseline measured in the same run is an empty office: single registrations into it, and the window opening on
it, so the ratios show what the size of the register costs. Prints figures and ends with one line
`letters=N reg_per_s=.. single_median_ms=.. single_p95_ms=.. single_cpu_ms=.. with_entry_cpu_ms=.. floor_cpu_ms=..
pages=OWN+ENTRY first_rows_ms=.. peak_rss_mb=.. bytes_per_letter=..`
so runs can be compared ("n/a" where a figure could not be measured).
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app_starts import app_command, child_env, measured_start  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from eoffice_desktop.core.demo.build import ensure_demo_office, generate_demo  # noqa: E402
from eoffice_desktop.core.office import open_store  # noqa: E402
from eoffice_desktop.core.registry.importer import guess_mapping, import_register  # noqa: E402
from eoffice_desktop.core.registry.letterform import LetterForm  # noqa: E402
from eoffice_desktop.core.registry.register import register_letter  # noqa: E402
from eoffice_desktop.core.registry.spreadsheet import read_table  # noqa: E402
from eoffice_desktop.core.storage.models import Letter  # noqa: E402


def build(data: Path, letters: int) -> float:
    """Registrations per second of the demo generator: 500 registrations per transaction."""
    store = open_store(data)
    started = time.perf_counter()
    generate_demo(
        store,
        letters,
        attachment_share=0.02,
        routed=200,
        progress=lambda done, total: print(f"\r  building {done}/{total}", end="", file=sys.stderr, flush=True),
    )
    elapsed = time.perf_counter() - started
    print(file=sys.stderr)
    store.close()
    return letters / elapsed


def insert_floor(count: int) -> tuple[list[float], list[float]]:
    """The floor: raw sqlite3 (WAL, synchronous=FULL as the app sets it), one transaction per row of a letter's size
    (its columns and a 1 KB payload, as the event holds it) into a table with two indexes: (wall ms, CPU ms) each."""
    folder = Path(tempfile.mkdtemp(prefix="eoffice-bench-floor-"))
    con = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(
        "CREATE TABLE letters (id TEXT PRIMARY KEY, number TEXT, year INT, seq INT, register_date TEXT, "
        "sender TEXT, subject TEXT, urgency TEXT, payload TEXT)"
    )
    con.execute("CREATE INDEX ix_number ON letters (number)")
    con.execute("CREATE INDEX ix_date ON letters (register_date, seq)")
    payload = "x" * 1024
    walls, cpus = [], []
    for n in range(count):
        row = (f"id-{n:08d}", f"{n:04d}/ກຕສ", 2026, n, date.today().isoformat(), "ກະຊວງການເງິນ", f"ທົດສອບ {n}", "normal")
        started, started_cpu = time.perf_counter(), time.process_time()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO letters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (*row, payload))
        con.execute("COMMIT")
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - started_cpu) * 1000)
    con.close()
    return walls, cpus


def single_registrations(
    data: Path, count: int, cpu: list[float] | None = None, entries: list[float] | None = None
) -> tuple[list[float], float]:
    """One committed transaction each, as a clerk saving the form (fsync included): (ms of each, registrations/s);
    the CPU ms of each go into `cpu`, and of that the CPU ms of its search index entry, written in a small transaction
    after the registration's (code that has one), into `entries`."""
    store = open_store(data)
    actor = ensure_demo_office(store)
    entry_cpu = [0.0]
    index_new_letters = getattr(store.db, "_index_new_letters", None)
    if index_new_letters is not None:

        def timed(how: object) -> None:
            started = time.process_time()
            index_new_letters(how)
            entry_cpu[0] += time.process_time() - started

        store.db._index_new_letters = timed  # type: ignore[method-assign]
    times = []
    started_all = time.perf_counter()
    for n in range(count):
        form = LetterForm(
            register_date=date.today(),
            sender_name="ກະຊວງການເງິນ" if n % 3 else f"ພາກສ່ວນໃໝ່ {n}",  # now and then a sender not yet known
            subject=f"ທົດສອບຄວາມໄວ {n}",
            urgency="urgent" if n % 5 == 0 else "normal",
        )
        started, started_cpu, entry_before = time.perf_counter(), time.process_time(), entry_cpu[0]
        register_letter(store, actor, form)
        times.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - started_cpu) * 1000)
        if entries is not None:
            entries.append((entry_cpu[0] - entry_before) * 1000)
    per_second = count / (time.perf_counter() - started_all)
    store.close()
    return times, per_second


def pages_written(data: Path, count: int = 20) -> tuple[float, float]:
    """Pages one registration from a known sender writes (medians of `count`): its transaction's, and its search
    index entry's after it (0 for code that writes it inside). Counted by the write-ahead log's growth from an emptied
    log: SQLite appends one frame per page written, so this figure does not depend on the machine's load."""
    store = open_store(data)
    actor = ensure_demo_office(store)
    wal = store.data_dir.database.with_name(store.data_dir.database.name + "-wal")
    with store.db.session() as s:
        frame = int(s.connection().exec_driver_sql("PRAGMA page_size").scalar() or 4096) + 24  # (page + its header)
    before_entry: list[int] = []
    index_new_letters = getattr(store.db, "_index_new_letters", None)
    if index_new_letters is not None:

        def noted(how: object) -> None:
            before_entry.append(wal.stat().st_size)
            index_new_letters(how)

        store.db._index_new_letters = noted  # type: ignore[method-assign]
    own, entry = [], []
    for n in range(count):
        with store.db.session() as s:
            s.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before_entry.clear()
        form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject=f"ນັບໜ້າ {n}")
        register_letter(store, actor, form)
        size = wal.stat().st_size
        middle = before_entry[0] if before_entry else size
        own.append((middle - 32) / frame)  # (the log's own header: 32 bytes)
        entry.append((size - middle) / frame)
    store.close()
    return statistics.median(own), statistics.median(entry)


def import_rate(rows: int) -> tuple[float, float]:
    """Rows per second of `import_register` for a CSV register of `rows` historic letters (read, check, import),
    by the clock and by this process's CPU time."""
    folder = Path(tempfile.mkdtemp(prefix="eoffice-bench-import-"))
    lines = ["ເລກທີ,ວັນທີໄດ້ຮັບ,ຈາກ,ເລກທີໜັງສື,ເລື່ອງ,ຄວາມດ່ວນ"]
    senders = ("ກະຊວງການເງິນ", "ກະຊວງພາຍໃນ", "Ministry of Health", "ແຂວງຫຼວງພະບາງ")
    for n in range(1, rows + 1):
        day = date(2019, 1 + n % 12, 1 + n % 28).strftime("%d/%m/%Y")
        lines.append(f"{n:04d}/ກຕສ,{day},{senders[n % 4]},{n}/ກງ,ແຈ້ງການກ່ຽວກັບກອງປະຊຸມ {n},{'ດ່ວນ' if n % 7 == 0 else ''}")
    (folder / "register.csv").write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    store = open_store(folder / "office")
    actor = ensure_demo_office(store)
    started, started_cpu = time.perf_counter(), time.process_time()
    table = read_table(folder / "register.csv")
    report = import_register(store, actor, table, guess_mapping(table.headers))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    store.close()
    assert report.imported == rows, report.errors[:5]
    return rows / elapsed, rows / cpu


def window_start(data: Path) -> tuple[float | None, float | None, str]:
    """(ms from process start to the main window with rows, peak resident MB over the process's life, rows shown) of
    a real GUI process."""
    figures = measured_start(app_command(data), child_env(ROOT))
    if figures is None:
        return None, None, "?"
    return figures["first_rows_ms"], figures["life_peak_mb"], f"{figures.get('rows', 0):.0f}"


def _count_letters(data: Path) -> int:
    store = open_store(data, lock=False)
    try:
        with store.db.session() as s:
            return s.scalar(select(func.count()).select_from(Letter)) or 0
    finally:
        store.close()


def _fmt(value: float | None, digits: int = 0) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def _starts(data: Path, count: int) -> tuple[float | None, float | None, str]:
    runs = [window_start(data) for _ in range(count)]
    ok = [r for r in runs if r[0] is not None]
    if not ok:
        return None, None, "?"
    return statistics.median(r[0] for r in ok if r[0] is not None), max(r[1] or 0.0 for r in ok), ok[-1][2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", type=int, default=100_000)
    parser.add_argument("--data-dir", help="where to build the office (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse an office already built in --data-dir")
    parser.add_argument("--singles", type=int, default=300, help="single committed registrations to time")
    parser.add_argument("--starts", type=int, default=3, help="window starts to time (median)")
    parser.add_argument("--import-rows", type=int, default=2000, help="rows of the CSV register imported (0: skip)")
    args = parser.parse_args()
    data = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="eoffice-bench-")) / "office"
    empty = Path(tempfile.mkdtemp(prefix="eoffice-bench-empty-")) / "office"
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.platform()}; office in {data}")

    reused = args.reuse and (data / "eoffice.sqlite").exists()
    reg_per_s = None if reused else build(data, args.letters)
    print(f"batched registrations (demo generator, 500 per transaction): {_fmt(reg_per_s)}/s")

    existing = _count_letters(data)
    floor_wall, floor_cpu = insert_floor(args.singles)
    base_times, base_rate = single_registrations(empty, args.singles)
    cpu: list[float] = []
    entries: list[float] = []
    times, rate = single_registrations(data, args.singles, cpu, entries)
    median, p95 = statistics.median(times), _p95(times)
    base_median = statistics.median(base_times)
    cpu_median, floor_cpu_median, floor_median = (statistics.median(x) for x in (cpu, floor_cpu, floor_wall))
    owns = [total - entry for total, entry in zip(cpu, entries, strict=True)]
    own = statistics.median(owns)
    known, new = owns[1::3] + owns[2::3], owns[::3]  # every third letter comes from a new sender
    print(
        f"one registration, CPU: median {own:.2f} ms for its transaction (letter, number, event, register row; "
        f"target < 1 ms), {statistics.median(entries):.2f} ms for its search index entry after it, "
        f"{cpu_median:.2f} ms together; floor, raw sqlite3 WAL+FULL insert of a letter-sized row with two indexes, "
        f"same run: {floor_cpu_median:.3f} ms; ratio {own / floor_cpu_median:.1f}x (together "
        f"{cpu_median / floor_cpu_median:.1f}x)"
    )
    print(
        f"  its transaction from a known sender: median {statistics.median(known):.2f} ms; from a new sender (its "
        f"address-book entry made too): {statistics.median(new):.2f} ms"
    )
    own_pages, entry_pages = pages_written(data)
    print(
        f"pages written by one registration from a known sender: {own_pages:.0f} by its transaction, "
        f"{entry_pages:.0f} by its search index entry after it (median of 20; the floor writes 4)"
    )
    print(
        f"one registration, wall: median {median:.2f} ms; floor {floor_median:.3f} ms; "
        f"ratio {median / floor_median:.1f}x (load average {os.getloadavg()[0]:.1f})"
    )
    print(
        f"single committed registration into {existing:,} letters: median {median:.1f} ms, p95 {p95:.1f} ms, "
        f"{rate:.0f}/s (target < 20 ms); empty office: median {base_median:.1f} ms, p95 {_p95(base_times):.1f} ms, "
        f"{base_rate:.0f}/s; ratio {median / base_median:.2f}"
    )

    base_first, base_peak, _ = _starts(empty, args.starts)
    first_rows, peak, rows = _starts(data, args.starts)
    ratio = f"; ratio {first_rows / base_first:.2f}" if first_rows and base_first else ""
    print(
        f"process start to main window with rows: {_fmt(first_rows)} ms (median of {args.starts}, {rows} rows loaded; "
        f"target < 2000 ms); empty office: {_fmt(base_first)} ms{ratio}"
    )
    print(f"peak resident memory of the window process: {_fmt(peak)} MB (target < 200 MB); empty: {_fmt(base_peak)} MB")

    if args.import_rows:
        import_per_s, import_cpu_per_s = import_rate(args.import_rows)
        print(
            f"import of a {args.import_rows}-row CSV register (read, check, commit): {import_per_s:.0f} rows/s "
            f"({import_cpu_per_s:.0f} rows per CPU second; target > 500 rows/s)"
        )
    letters = _count_letters(data) or 1
    size = sum(f.stat().st_size for f in data.glob("eoffice.sqlite*"))
    print(
        f"database: {size / 1e6:.1f} MB for {letters} letters, {size / letters:.0f} bytes per letter (no attachments)"
    )
    print(
        f"letters={letters} reg_per_s={_fmt(reg_per_s)} single_median_ms={median:.1f} single_p95_ms={p95:.1f} "
        f"single_cpu_ms={own:.2f} with_entry_cpu_ms={cpu_median:.2f} floor_cpu_ms={floor_cpu_median:.3f} "
        f"pages={own_pages:.0f}+{entry_pages:.0f} "
        f"first_rows_ms={_fmt(first_rows)} peak_rss_mb={_fmt(peak)} bytes_per_letter={size / letters:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
