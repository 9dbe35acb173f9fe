"""The floor of the central server's cost per request: a minimal FastAPI handler that validates a JSON body and
inserts it (a 5 KB row) in one transaction, served by the same stack as `eoffice-server serve` (uvicorn, the same
worker count and options, the same database engine settings: pool, pre-ping, SQLite pragmas), on the same database.

    python benchmarks/server_floor.py [--requests 4000] [--connections 50] [--workers 2] [--pg-url URL | --sqlite]

Prints the server's CPU time per request (and PostgreSQL's), requests/s and latency, ending with one line
`floor server_ms=.. database_ms=.. requests_per_s=..`. `benchmarks/server_load.py` runs it in the same run as the
load and prints the product's CPU per request as a ratio of it. The PostgreSQL URL comes from --pg-url or
EOFFICE_TEST_PG_URL; without either (or with --sqlite) it runs on SQLite, as the server's default.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from pydantic import BaseModel, ConfigDict  # noqa: E402
from sqlalchemy import Column, Integer, MetaData, Table, Text, insert  # noqa: E402

from benchmarks.server_processes import (  # noqa: E402
    CpuMeter,
    Database,
    free_port,
    fresh_database,
    pct,
    serving,
)

ROW_BYTES = 5 * 1024
METADATA = MetaData()
ROWS = Table("floor_rows", METADATA, Column("id", Integer, primary_key=True), Column("body", Text, nullable=False))


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    body: str


def floor_app() -> Any:
    """The minimal app (uvicorn factory), on the database named by EOFFICE_FLOOR_DB."""
    from fastapi import FastAPI

    from sync.server.database import ServerDatabase

    engine = ServerDatabase(os.environ["EOFFICE_FLOOR_DB"]).engine
    app = FastAPI()

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/floor")
    def put(row: Row) -> dict[str, bool]:
        with engine.begin() as conn:
            conn.execute(insert(ROWS).values(body=row.body))
        return {"ok": True}

    return app


@dataclass
class Floor:
    requests: int
    seconds: float
    server_ms: float  # CPU per request
    database_ms: float
    latencies: list[float]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def line(self) -> str:
        return (
            f"floor server_ms={self.server_ms:.2f} database_ms={self.database_ms:.2f} "
            f"requests_per_s={self.per_second:.0f} p50_ms={pct(self.latencies, 0.5) * 1000:.1f} "
            f"p99_ms={pct(self.latencies, 0.99) * 1000:.1f}"
        )


async def _drive(base: str, requests: int, connections: int) -> tuple[list[float], float]:
    body = {"body": secrets.token_hex(ROW_BYTES // 2)}
    latencies: list[float] = []
    left = [requests]

    async def one_connection() -> None:
        async with aiohttp.ClientSession(base_url=base, timeout=aiohttp.ClientTimeout(total=120)) as client:
            while left[0] > 0:
                left[0] -= 1
                started = time.perf_counter()
                async with client.post("/floor", json=body) as answer:
                    await answer.read()
                    if answer.status != 200:
                        raise SystemExit(f"the floor's handler answered {answer.status}")
                latencies.append(time.perf_counter() - started)

    started = time.monotonic()
    await asyncio.gather(*(one_connection() for _ in range(connections)))
    return latencies, time.monotonic() - started


def measure_floor(database: Database, workers: int, requests: int, connections: int) -> Floor:
    """Start the floor's server on `database` (a fresh one: its table is made here), warm it up, and measure."""
    from sync.server.database import ServerDatabase

    made = ServerDatabase(database.url)
    METADATA.create_all(made.engine)
    made.dispose()
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "benchmarks.server_floor:floor_app", "--factory"]
    command += ["--workers", str(workers), "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    command += ["--timeout-keep-alive", "30"]
    with serving(command, port, ROOT, {"EOFFICE_FLOOR_DB": database.url}) as pids:
        base = f"http://127.0.0.1:{port}"
        asyncio.run(_drive(base, min(requests, 20 * connections), connections))  # pools filled, code warm
        meter = CpuMeter(pids, database)
        meter.start()
        latencies, seconds = asyncio.run(_drive(base, requests, connections))
        server_used, db_used = meter.stop()
    return Floor(requests, seconds, server_used / requests * 1000, db_used / requests * 1000, latencies)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=0, help="server processes (default: 2 on PostgreSQL, 1 SQLite)")
    parser.add_argument("--pg-url", default=os.environ.get("EOFFICE_TEST_PG_URL", ""))
    parser.add_argument("--sqlite", action="store_true", help="on SQLite even when a PostgreSQL URL is known")
    args = parser.parse_args()
    pg_url = "" if args.sqlite else args.pg_url
    workers = args.workers or (2 if pg_url else 1)
    load = os.getloadavg()[0]
    with (
        tempfile.TemporaryDirectory(prefix="eoffice-floor-") as folder,
        fresh_database(pg_url, Path(folder), "eoffice_floor") as database,
    ):
        floor = measure_floor(database, workers, args.requests, args.connections)
    kind = "PostgreSQL" if pg_url else "SQLite"
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {load:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after; {kind}, {workers} server process(es), {args.connections} connections"
    )
    print(
        f"minimal FastAPI insert of a {ROW_BYTES // 1024} KB row: {floor.requests} requests in {floor.seconds:.1f} s "
        f"({floor.per_second:.0f}/s), CPU per request: server {floor.server_ms:.2f} ms, database "
        f"{floor.database_ms:.2f} ms"
    )
    print(floor.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
