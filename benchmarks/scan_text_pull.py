"""The server's answer to `GET /v1/scan-text/pull` with many offices' text on it, on PostgreSQL and SQLite.

    EOFFICE_TEST_PG_URL=postgresql+psycopg://USER:PASS@HOST/postgres python benchmarks/scan_text_pull.py [--rows N]

Fills a fresh database with N readings of files of 1,000 offices (each office may read its own files; the asking
office may read 50 files, given by one of them) and times `readings_after` (the route's query, without HTTP) for a PC
100 rows behind (a routine sync) and for a new PC (cursor 0: one answer reads at most MAX_SCANNED rows). Floor, same
run: `newest` (one index lookup, what `GET /v1/hello` adds). Without EOFFICE_TEST_PG_URL only SQLite is measured.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from sync.server.api_scan_text import MAX_SCANNED, newest, readings_after  # noqa: E402
from sync.server.database import ServerDatabase  # noqa: E402
from sync.server.models import Device  # noqa: E402

INSERT_TEXT = (
    "INSERT INTO scan_texts (hash, page, office_id, device_id, pages, reader, source, confidence, text, other_text, "
    "pushed_at) VALUES (:h, 0, :o, 'dev_other', 1, 1, 'ocr', 80, :t, '', :at)"
)


def fill(database: ServerDatabase, rows: int) -> None:
    at = datetime(2026, 12, 6)
    with database.write() as s:
        for start in range(0, rows, 10_000):
            batch = [
                {"h": f"sha256:{i:064x}", "o": f"o{i % 1000}", "t": "ຂໍ້ຄວາມ " * 100, "at": at}
                for i in range(start, min(rows, start + 10_000))
            ]
            s.execute(text(INSERT_TEXT), batch)
            s.execute(text("INSERT INTO blob_access (hash, office_id, via_office) VALUES (:h, :o, :o)"), batch)
        mine = [{"h": f"sha256:{i:064x}"} for i in range(1, rows, max(1, rows // 50))]
        s.execute(text("INSERT INTO blob_access (hash, office_id, via_office) VALUES (:h, 'me', 'o1')"), mine)
    if not database.sqlite:
        with database.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")


def timed(work, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2] * 1000


def measure(database: ServerDatabase, rows: int) -> None:
    fill(database, rows)
    me = Device(id="dev_me", office_id="me", name="bench", token_hash="-", enrolled_at=datetime(2026, 12, 6))

    def pull(after: int) -> None:
        with database.read() as s:
            readings_after(s, me, after, 1, 100)

    def floor() -> None:
        with database.read() as s:
            newest(s)

    base = timed(floor)
    near, new = timed(lambda: pull(rows - 100)), timed(lambda: pull(0), 3)
    name = database.engine.dialect.name
    print(
        f"{name}: {rows} readings; median ms: floor (newest) {base:.1f}, a PC 100 rows behind {near:.1f} "
        f"({near / base:.1f}x), a new PC (reads {min(rows, MAX_SCANNED)} rows) {new:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eoffice-scan-pull-") as tmp:
        database = ServerDatabase(f"sqlite:///{tmp}/server.sqlite")
        database.migrate()
        measure(database, args.rows)
        database.dispose()
    url = os.environ.get("EOFFICE_TEST_PG_URL")
    if url:
        import psycopg

        admin, name = url.replace("postgresql+psycopg://", "postgresql://"), "eoffice_bench_" + secrets.token_hex(4)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        try:
            database = ServerDatabase(url.rsplit("/", 1)[0] + "/" + name)
            database.migrate()
            measure(database, args.rows)
            database.dispose()
        finally:
            for _ in range(20):  # autovacuum may be working in it: wait for it
                try:
                    with psycopg.connect(admin, autocommit=True) as conn:
                        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                    break
                except psycopg.errors.InsufficientPrivilege:
                    time.sleep(1)
    print(f"load={os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
