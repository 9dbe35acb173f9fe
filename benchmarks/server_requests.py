"""The central server's CPU per request, by kind of request: the requests of `server_load.py`'s sync cycle (push 50
events, pull, blobs/have, a 256 KiB chunk, complete) sent kind by kind to a real `eoffice-server serve`, and the
server's CPU time (and PostgreSQL's) measured around each kind; `/v1/health` and the floor's insert beside them.

    python benchmarks/server_requests.py [--offices 300] [--cycles 2] [--connections 8] [--workers 1]
                                         [--pg-url URL | --sqlite] [--server-code DIR ...] [--py-spy FILE]

Each office makes `--cycles` cycles; the kinds are sent one after the other across all offices (every office's push,
then every office's pull, ...), `--connections` at a time, so each kind's CPU is measured alone. With several
`--server-code` checkouts (e.g. the code before a change and this one) each is measured in turn on its own copy of
the prepared offices, in the same run, and the table gives them side by side. The floor
(`benchmarks/server_floor.py`) is measured first in the same run. Ends with one line per code:
`code=.. push_ms=.. pull_ms=.. ... cycle_ms=.. floor_ms=..`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
import zstandard  # noqa: E402

from benchmarks.load_offices import PREPARED, offices_ready  # noqa: E402
from benchmarks.server_floor import measure_floor  # noqa: E402
from benchmarks.server_load import BATCH, Files, Office  # noqa: E402
from benchmarks.server_processes import CpuMeter, free_port, fresh_database, serving  # noqa: E402
from sync.protocol.messages import CHUNK_SIZE  # noqa: E402

KINDS = ("push", "pull", "blobs/have", "chunk", "complete", "health")
PER_CYCLE = {"push": 1, "pull": 1, "blobs/have": 1, "chunk": 4, "complete": 1}


@dataclass
class Measured:
    code: str
    cpu_ms: dict[str, float] = field(default_factory=dict)  # server CPU per request, by kind
    db_ms: dict[str, float] = field(default_factory=dict)
    wall_ms: dict[str, float] = field(default_factory=dict)

    def cycle(self) -> float:
        """Server CPU per request over one cycle (8 requests in the cycle's proportions)."""
        total = sum(self.cpu_ms[kind] * n for kind, n in PER_CYCLE.items())
        return total / sum(PER_CYCLE.values())


async def _kind(
    base: str, offices: list[Office], kind: str, connections: int, files: Files, state: dict[str, Any]
) -> int:
    """Send every office's request of this kind (`connections` at a time); returns how many were sent."""
    gate = asyncio.Semaphore(connections)
    packer = zstandard.ZstdCompressor(level=3)
    sent = [0]

    async def call(client: aiohttp.ClientSession, method: str, url: str, **kw: Any) -> Any:
        async with client.request(method, url, **kw) as answer:
            body = await answer.read()
            if answer.status >= 400:
                raise SystemExit(f"{kind}: HTTP {answer.status} {body[:200]!r}")
        sent[0] += 1
        return json.loads(body) if body else {}

    async def one(office: Office, client: aiohttp.ClientSession) -> None:
        async with gate:
            if kind == "push":
                batch = [office.event("office.created", {"code": office.code})] if office.dev_seq == 0 else []
                batch += [office.letter() for _ in range(BATCH - len(batch))]
                body = packer.compress(json.dumps({"events": batch}).encode("utf-8"))
                headers = {"Content-Encoding": "zstd", "Content-Type": "application/json"}
                reply = await call(client, "POST", "/v1/push", data=body, headers=headers)
                if any(r["status"] != "accepted" for r in reply["results"]):
                    raise SystemExit(f"push refused: {reply['results'][:2]}")
            elif kind == "pull":
                params = {"after": office.cursor, "limit": 500, "own": office.dev_seq}
                data = await call(client, "GET", "/v1/pull", params=params)
                office.cursor = data["next"]
            elif kind == "blobs/have":
                data, blob, hashes = files.new()
                state[office.code] = (data, blob, hashes)
                await call(client, "POST", "/v1/blobs/have", json={"hashes": [blob]})
            elif kind == "chunk":
                data, blob, hashes = state[office.code]
                for index, chunk_hash in enumerate(hashes):
                    await call(
                        client,
                        "PUT",
                        f"/v1/blobs/{blob}/chunks/{index}",
                        data=data[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE],
                        headers={"X-Chunk-Sha256": chunk_hash},
                    )
            elif kind == "complete":
                data, blob, _ = state[office.code]
                await call(client, "POST", f"/v1/blobs/{blob}/complete", json={"size": len(data)})
            else:
                await call(client, "GET", "/v1/health")

    clients = state["clients"]
    await asyncio.gather(*(one(office, clients[office.code]) for office in offices))
    return sent[0]


async def _measure(base: str, offices: list[Office], cycles: int, connections: int, meter: Any) -> Measured:
    measured = Measured("")
    files = Files()
    state: dict[str, Any] = {
        "clients": {
            o.code: aiohttp.ClientSession(base_url=base, headers={"Authorization": f"Bearer {o.token}"})
            for o in offices
        }
    }
    totals: dict[str, list[float]] = {kind: [0.0, 0.0, 0.0, 0] for kind in KINDS}  # type: ignore[misc]
    try:
        for _ in range(cycles):
            for kind in KINDS:
                meter.start()
                started = time.perf_counter()
                count = await _kind(base, offices, kind, connections, files, state)
                wall = time.perf_counter() - started
                server, database = meter.stop()
                meter.backends.clear()
                meter.stopped.clear()
                total = totals[kind]
                total[0] += server
                total[1] += database
                total[2] += wall
                total[3] += count
    finally:
        for client in state["clients"].values():
            await client.close()
    for kind, (server, database, wall, count) in totals.items():
        measured.cpu_ms[kind] = server / count * 1000
        measured.db_ms[kind] = database / count * 1000
        measured.wall_ms[kind] = wall / count * 1000
    return measured


@contextmanager
def _sampling(server_pid: int, out: Path | None) -> Iterator[None]:
    """With `out`: py-spy samples the server's processes while the requests are sent (stopped with SIGINT, which
    makes it write what it sampled)."""
    if out is None:
        yield
        return
    beside = Path(sys.executable).with_name("py-spy")
    command = [str(beside) if beside.exists() else "py-spy", "record", "--subprocesses", "--nonblocking"]
    command += ["-r", "200", "-f", "raw", "-o", str(out), "-p", str(server_pid)]
    spy = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    try:
        yield
    finally:
        spy.send_signal(signal.SIGINT)
        spy.wait(timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offices", type=int, default=300)
    parser.add_argument("--cycles", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--pg-url", default=os.environ.get("EOFFICE_TEST_PG_URL", ""))
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--server-code", type=Path, action="append", help="a checkout to run the server from")
    parser.add_argument("--floor-requests", type=int, default=3000)
    parser.add_argument("--prepared", type=Path, default=PREPARED)
    parser.add_argument("--py-spy", type=Path, help="sample the (last) server with py-spy into this file")
    args = parser.parse_args()
    pg_url = "" if args.sqlite else args.pg_url
    codes = [path.resolve() for path in (args.server_code or [ROOT])]
    load_before = os.getloadavg()[0]
    results: list[Measured] = []
    with tempfile.TemporaryDirectory(prefix="eoffice-requests-") as folder:
        floor = None
        if args.floor_requests:
            with fresh_database(pg_url, Path(folder), "eoffice_floor") as floor_db:
                floor = measure_floor(floor_db, args.workers, args.floor_requests, 50)
        for n, code in enumerate(codes):
            place = Path(folder) / f"code{n}"
            place.mkdir()
            with offices_ready(pg_url, place, args.offices, args.prepared, False, code) as (database, pcs, _):
                offices = [Office.enrolled(pc) for pc in pcs]
                port = free_port()
                command = [sys.executable, "-m", "sync.server.cli", "--data-dir", str(place / "server")]
                command += ["--database", database.url, "serve", "--port", str(port), "--workers", str(args.workers)]
                with serving(command, port, code) as pids:
                    meter = CpuMeter(pids, database)
                    spy = args.py_spy if n == len(codes) - 1 else None
                    with _sampling(pids[0], spy):
                        measured = asyncio.run(
                            _measure(f"http://127.0.0.1:{port}", offices, args.cycles, args.connections, meter)
                        )
            measured.code = str(code)
            results.append(measured)
    kind_db = "PostgreSQL" if pg_url else "SQLite"
    print(
        f"{os.cpu_count()} cores, load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after; {kind_db}, "
        f"{args.workers} worker(s), {args.offices} offices x {args.cycles} cycles, {args.connections} at a time"
    )
    if floor is not None:
        print(f"floor: server {floor.server_ms:.2f} ms, database {floor.database_ms:.2f} ms per request")
    header = "".join(f"{kind:>12}" for kind in KINDS)
    print(f"{'server CPU ms per request':<28}{header}{'cycle':>10}{'ratio':>8}")
    for m in results:
        cells = "".join(f"{m.cpu_ms[kind]:12.2f}" for kind in KINDS)
        ratio = f"{m.cycle() / floor.server_ms:8.1f}" if floor else ""
        print(f"{Path(m.code).name[:27]:<28}{cells}{m.cycle():10.2f}{ratio}")
        if pg_url:
            cells = "".join(f"{m.db_ms[kind]:12.2f}" for kind in KINDS)
            print(f"{'  database':<28}{cells}")
    for m in results:
        cells = " ".join(f"{kind.replace('/', '_')}_ms={m.cpu_ms[kind]:.2f}" for kind in KINDS)
        floor_ms = f" floor_ms={floor.server_ms:.2f}" if floor else ""
        print(f"code={Path(m.code).name} {cells} cycle_ms={m.cycle():.2f}{floor_ms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
