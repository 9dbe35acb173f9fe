"""Load on the central server: many offices syncing at once on loopback, each repeating push 50 events, pull its feed,
upload one 1 MB file in 256 KiB chunks, for a bounded time.

    python benchmarks/server_load.py [--offices 200] [--seconds 60] [--rate 0] [--workers N] [--pg-url URL | --sqlite]
                                     [--fresh] [--prepared DIR] [--drop-prepared] [--py-spy FILE]

Cycles run back to back by default (a closed loop: the server's throughput). `--rate 50` is the open loop of the
desktops' automatic sync: 50 cycles per second in all, each office's falling due every offices/50 seconds on a fixed
schedule whatever the server answers (3,000 offices at 50/s: each once a minute); a cycle still running when its
office's next falls due makes that one late, and cycle times count from when they fell due.

Each office pulls as the desktop does, without the events it pushed itself (`own`); the audit at the end reads every
feed whole. Starts `eoffice-server serve` (from this checkout, or `--server-code DIR` to compare another version in
the same run) on a database of its own, PostgreSQL (from --pg-url or EOFFICE_TEST_PG_URL, a role that may create
databases; dropped afterwards) or SQLite (without either, or with --sqlite), holding the offices' directory and one
enrolled PC per office, made through the server's admin code and its enrolment API and kept for the next run with
as many offices (`benchmarks/load_offices.py`: 3,000 offices take a minute the first time, a second after; `--fresh`
makes the kept copy again, `--drop-prepared` removes the copies and stops). First it measures the floor
(`benchmarks/server_floor.py`: a minimal FastAPI insert of a 5 KB row, same stack, same kind of database). Reports
cycles due/completed/late, events/s, requests/s, p50/p99 latency (all requests and per kind), errors, the CPU time per
request of the server processes and the database's backends and its ratio to the floor's, and whether every office's
feed, read again from 0, holds exactly the events it pushed (none lost, none twice). The client is kept cheap so
that it takes little of the CPU it shares with the server: one connection per office through a small HTTP/1.1 client
(`benchmarks/http_lean.py`: the same requests, headers and bodies aiohttp sent, at a fraction of its CPU), in the open
loop every push of the run compressed before the run starts, and files made from one random block with a new tail
without copying the block. Ends with one line `offices=.. rate=.. ... lost=.. duplicated=.. ratio=..`; exit
status 1 when there were errors, lost or duplicated events, or cycles not completed.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import os
import platform
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zstandard  # noqa: E402

from benchmarks.http_lean import Connection, HTTPError  # noqa: E402
from benchmarks.load_offices import PREPARED, EnrolledPC, drop_prepared, offices_ready  # noqa: E402
from benchmarks.server_floor import measure_floor  # noqa: E402
from benchmarks.server_processes import CpuMeter, descendants, free_port, fresh_database, pct, serving  # noqa: E402
from sync.protocol.envelope import GENESIS, EventEnvelope  # noqa: E402
from sync.protocol.messages import CHUNK_SIZE  # noqa: E402

BATCH = 50
BLOB_BYTES = 1024 * 1024


@dataclass
class Office:
    code: str
    token: str = ""
    office_id: str = ""
    device_id: str = "dev_" + "0" * 12
    user_id: str = field(default_factory=lambda: "usr_" + secrets.token_hex(6))
    dev_seq: int = 0
    prev: str = GENESIS
    cursor: int = 0
    pushed: list[str] = field(default_factory=list)
    bodies: list[tuple[bytes, int, list[str]]] = field(default_factory=list)  # pushes made ahead of the run

    def push_body(self, packer: zstandard.ZstdCompressor) -> tuple[bytes, int, list[str]]:
        """The next push: (its zstd body, the PC's dev_seq after it, its event ids): one made ahead of the run, or
        made now."""
        if self.bodies:
            return self.bodies.pop(0)
        batch = [self.event("office.created", {"code": self.code})] if self.dev_seq == 0 else []
        batch += [self.letter() for _ in range(BATCH - len(batch))]
        body = packer.compress(json.dumps({"events": batch}).encode("utf-8"))
        return body, self.dev_seq, [event["id"] for event in batch]

    def prepare(self, pushes: int, packer: zstandard.ZstdCompressor) -> None:
        """Make the bodies of the next `pushes` pushes now (before the run: the client's CPU goes to sending)."""
        self.bodies += [self.push_body(packer) for _ in range(pushes)]

    @classmethod
    def enrolled(cls, pc: EnrolledPC) -> Office:
        return cls(code=pc.code, token=pc.token, office_id=pc.office_id, device_id=pc.device_id)

    def event(self, kind: str, payload: dict[str, Any], letter_id: str | None = None) -> dict[str, Any]:
        self.dev_seq += 1
        now = datetime.now(UTC)
        envelope = EventEnvelope(
            id=str(uuid.uuid4()),
            type=kind,
            office_id=self.office_id,
            device_id=self.device_id,
            author_id=self.user_id,
            hlc=f"{now:%Y-%m-%dT%H:%M:%S.%f}Z/{self.dev_seq:08d}",
            dev_seq=self.dev_seq,
            prev=self.prev,
            payload=payload,
            letter_id=letter_id,
        )
        self.prev = envelope.content_hash()
        return envelope.to_dict()

    def letter(self) -> dict[str, Any]:
        seq = self.dev_seq + 1
        payload = {
            "direction": "in",
            "registry_number": f"{seq:04d}/{self.code}",
            "registry_year": datetime.now(UTC).year,
            "registry_seq": seq,
            "series_key": f"in:{datetime.now(UTC).year}",
            "provisional": False,
            "subject": "ເລື່ອງ ການກະກຽມກອງປະຊຸມປະຈຳປີ " + secrets.token_hex(4),
            "sender_name": "ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ",
            "recipients": [],
        }
        return self.event("letter.registered", payload, str(uuid.uuid4()))


@dataclass
class Stats:
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    events: int = 0
    client_cpu: float = 0.0  # CPU seconds of this load client over the run

    def latencies(self) -> list[float]:
        return [value for values in self.by_kind.values() for value in values]

    async def call(self, client: Connection, kind: str, method: str, url: str, **kw: Any) -> Any:
        started = time.perf_counter()
        try:
            status, body = await client.request(method, url, **kw)
        except (HTTPError, TimeoutError) as exc:
            self.errors[f"{kind}: {type(exc).__name__} {exc}"] += 1
            return None
        self.by_kind.setdefault(kind, []).append(time.perf_counter() - started)
        if status >= 400:
            self.errors[f"{kind}: HTTP {status} {body[:120]!r}"] += 1
            return None
        return json.loads(body) if body else {}


class Files:
    """1 MB files that differ (a new random tail on one random block), and their hashes, made cheaply: the load
    client shares the CPU with the server, and the server's work per file is the same."""

    def __init__(self) -> None:
        self.block = os.urandom(BLOB_BYTES - 16)
        self.prefix = hashlib.sha256(self.block)
        whole = BLOB_BYTES // CHUNK_SIZE - 1
        self.chunk_hashes = [
            hashlib.sha256(self.block[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE]).hexdigest() for i in range(whole)
        ]
        view = memoryview(self.block)
        self.chunks = [view[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE] for i in range(whole)]
        self.last_start = self.block[whole * CHUNK_SIZE :]
        self.last_prefix = hashlib.sha256(self.last_start)

    def parts(self) -> tuple[list[Any], str, list[str]]:
        """A new file as its chunks (the same bytes as `new`'s, without copying the shared block): (the chunks, its
        sha256 name, the checksum of each chunk)."""
        tail = os.urandom(16)
        digest, last = self.prefix.copy(), self.last_prefix.copy()
        digest.update(tail)
        last.update(tail)
        return (
            [*self.chunks, self.last_start + tail],
            "sha256:" + digest.hexdigest(),
            [*self.chunk_hashes, last.hexdigest()],
        )

    def new(self) -> tuple[bytes, str, list[str]]:
        """(the file, its sha256 name, the checksum of each chunk)."""
        tail = os.urandom(16)
        data = self.block + tail
        digest = self.prefix.copy()
        digest.update(tail)
        last = hashlib.sha256(data[len(self.chunk_hashes) * CHUNK_SIZE :]).hexdigest()
        return data, "sha256:" + digest.hexdigest(), [*self.chunk_hashes, last]


async def pull_all(
    client: Connection, office: Office, stats: Stats | None, cursor: int, own: int = 0
) -> tuple[list[str], int]:
    """The feed from `cursor` to its end; with `own`, as the desktop asks: without the events it pushed itself."""
    seen: list[str] = []
    rest = "&limit=500" + (f"&own={own}" if own else "")
    while True:
        target = f"/v1/pull?after={cursor}{rest}"
        if stats is None:
            status, body = await client.request("GET", target)
            data = json.loads(body) if status == 200 else None
        else:
            data = await stats.call(client, "pull", "GET", target)
        if data is None:
            return seen, cursor
        skipped = data["next"] - cursor - len(data["events"])
        if skipped < 0 or (skipped and not own):
            raise AssertionError(f"{office.code}: the feed skipped positions after {cursor}")
        if {event["device_id"] for event in data["events"]} & ({office.device_id} if own else set()):
            raise AssertionError(f"{office.code}: the PC was sent its own events back")
        seen += [event["id"] for event in data["events"]]
        cursor = data["next"]
        if not data["more"]:
            return seen, cursor


ZSTD_JSON = b"Content-Encoding: zstd\r\n"


async def one_cycle(
    client: Connection, office: Office, stats: Stats, files: Files, packer: zstandard.ZstdCompressor
) -> None:
    """One sync cycle as the desktop makes it: push 50 events, pull the feed without its own, one 1 MB file."""
    body, dev_seq, ids = office.push_body(packer)
    office.pushed += ids
    reply = await stats.call(
        client, "push", "POST", "/v1/push", body=body, headers=ZSTD_JSON, content_type="application/json"
    )
    if reply is not None:
        refused = [r for r in reply["results"] if r["status"] != "accepted"]
        if refused:
            stats.errors[f"push: {refused[0]['status']} {refused[0].get('code')}"] += len(refused)
        stats.events += len(ids) - len(refused)
    _ids, office.cursor = await pull_all(client, office, stats, office.cursor, dev_seq)
    chunks, blob, chunk_hashes = files.parts()
    have = json.dumps({"hashes": [blob]}).encode("utf-8")
    await stats.call(client, "blobs/have", "POST", "/v1/blobs/have", body=have, content_type="application/json")
    for index, (chunk, chunk_hash) in enumerate(zip(chunks, chunk_hashes, strict=True)):
        await stats.call(
            client,
            "chunk",
            "PUT",
            f"/v1/blobs/{blob}/chunks/{index}",
            body=chunk,
            headers=f"X-Chunk-Sha256: {chunk_hash}\r\n".encode("latin-1"),
            content_type="application/octet-stream",
        )
    done = json.dumps({"size": BLOB_BYTES}).encode("utf-8")
    await stats.call(
        client, "complete", "POST", f"/v1/blobs/{blob}/complete", body=done, content_type="application/json"
    )


@dataclass
class Cycles:
    """The sync cycles of a run. In the open loop each office's cycles fall due on a fixed schedule whatever the
    server does; one still running when the next falls due makes that one late (it starts when the first ends, and
    its time counts from when it fell due, so a slow server is not hidden by fewer cycles)."""

    due: int = 0
    done: int = 0
    late: int = 0
    times: list[float] = field(default_factory=list)  # from falling due (or starting, closed loop) to the end


def phases(offices: int, period: float, rng: random.Random) -> list[float]:
    """When each office's first cycle falls due, from the start: spread at random over one period."""
    return [rng.uniform(0, period) for _ in range(offices)]


def cycles_due(first: list[float], period: float, seconds: float) -> int:
    """How many cycles fall due before `seconds` when office i's fall due at first[i], first[i] + period, ..."""
    return sum(max(0, math.ceil((seconds - start) / period)) for start in first)


async def office_loop(
    base: str,
    office: Office,
    start: float,
    seconds: float,
    stats: Stats,
    cycles: Cycles,
    files: Files,
    period: float = 0.0,
    first: float = 0.0,
) -> None:
    """The office's cycles until `seconds` after `start`: back to back (`period` 0, a closed loop), or one due every
    `period` seconds from `first` on (the open loop of the desktops' automatic sync)."""
    packer = zstandard.ZstdCompressor(level=3)
    deadline = start + seconds
    client = Connection.to(base, office.token, 300)
    try:
        due = start + first
        while due < deadline if period else time.monotonic() < deadline:
            now = time.monotonic()
            if not period:
                due = now
            elif now < due:
                await asyncio.sleep(due - now)
            else:
                cycles.late += 1
            cycles.due += 1
            await one_cycle(client, office, stats, files, packer)
            cycles.times.append(time.monotonic() - due)
            cycles.done += 1
            due += period
    finally:
        client.close()


async def run(
    base: str, offices: list[Office], seconds: float, rate: float = 0.0, meter: Any = None
) -> tuple[Stats, Cycles, float, tuple[float, float]]:
    """Run the enrolled offices' cycles for `seconds`: back to back (`rate` 0) or `rate` cycles per second in all,
    each office one every len(offices) / rate seconds. Returns the stats, the cycles, the time taken and the CPU
    seconds the meter saw (server, database)."""
    stats, cycles, files = Stats(), Cycles(), Files()
    period = len(offices) / rate if rate else 0.0
    first = phases(len(offices), period, random.Random(7)) if rate else [0.0] * len(offices)
    if rate:  # every push of the run made before it: the same bodies, and the client's CPU left to the sending
        packer = zstandard.ZstdCompressor(level=3)
        for office, at in zip(offices, first, strict=True):
            office.prepare(cycles_due([at], period, seconds), packer)
    if meter is not None:
        meter.start()
    started, client_started = time.monotonic(), time.process_time()
    await asyncio.gather(
        *(
            office_loop(base, o, started, seconds, stats, cycles, files, period, at)
            for o, at in zip(offices, first, strict=True)
        )
    )
    elapsed = time.monotonic() - started
    stats.client_cpu = time.process_time() - client_started
    used = meter.stop() if meter is not None else (0.0, 0.0)
    return stats, cycles, elapsed, used


async def audit(base: str, offices: list[Office], at_once: int = 16) -> tuple[int, int]:
    """Read every office's feed from 0 (`at_once` offices at a time): (events lost, events delivered twice)."""
    gate = asyncio.Semaphore(at_once)

    async def one(office: Office) -> tuple[int, int]:
        async with gate:
            client = Connection.to(base, office.token, 120)
            try:
                seen, _ = await pull_all(client, office, None, 0)
            finally:
                client.close()
        counts = Counter(seen)
        return len(set(office.pushed) - set(counts)), sum(n - 1 for n in counts.values() if n > 1)

    found = await asyncio.gather(*(one(office) for office in offices))
    return sum(lost for lost, _ in found), sum(twice for _, twice in found)


@contextmanager
def sampling(server_pid: int, out: Path | None, seconds: float) -> Iterator[None]:
    """With `out`: py-spy samples the server's processes (those holding the GIL, 50 times a second) during the run,
    as collapsed stacks in `out` (flamegraph.pl draws them; `grep` and a sum read them)."""
    if out is None:
        yield
        return
    beside = Path(sys.executable).with_name("py-spy")  # installed in the same environment (dev extra)
    command = [str(beside) if beside.exists() else "py-spy", "record", "--subprocesses", "--gil", "--nonblocking"]
    command += ["-r", "50", "-f", "raw"]
    command += ["-o", str(out), "-d", str(int(seconds)), "-p", str(server_pid)]
    spy = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield
    finally:
        spy.wait(timeout=seconds + 120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offices", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rate", type=float, default=0.0, help="sync cycles per second in all (0: back to back)")
    parser.add_argument("--workers", type=int, default=0, help="server processes (default: 2 on PostgreSQL, 1 SQLite)")
    parser.add_argument("--pg-url", default=os.environ.get("EOFFICE_TEST_PG_URL", ""))
    parser.add_argument("--sqlite", action="store_true", help="on SQLite even when a PostgreSQL URL is known")
    parser.add_argument("--floor-requests", type=int, default=3000, help="requests of the floor (0: no floor)")
    parser.add_argument("--server-code", type=Path, default=ROOT, help="a checkout to run the server from")
    parser.add_argument("--prepared", type=Path, default=PREPARED, help="where the prepared offices are kept")
    parser.add_argument("--fresh", action="store_true", help="set the offices up again (new kept copy)")
    parser.add_argument("--drop-prepared", action="store_true", help="remove the kept copies, and stop")
    parser.add_argument("--py-spy", type=Path, help="sample the server processes with py-spy into this file")
    args = parser.parse_args()
    pg_url = "" if args.sqlite else args.pg_url
    if args.drop_prepared:
        print("removed:", ", ".join(drop_prepared(pg_url, args.prepared)) or "nothing")
        return 0
    workers = args.workers or (2 if pg_url else 1)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="eoffice-load-") as folder:
        floor = None
        if args.floor_requests:
            with fresh_database(pg_url, Path(folder), "eoffice_floor") as floor_db:
                floor = measure_floor(floor_db, workers, args.floor_requests, 50)
        server_code = args.server_code.resolve()
        ready = offices_ready(pg_url, Path(folder), args.offices, args.prepared, args.fresh, server_code)
        with ready as (database, pcs, prepared):
            print(f"setup: {prepared.how}, {prepared.seconds:.1f} s", flush=True)
            offices = [Office.enrolled(pc) for pc in pcs]
            port = free_port()
            command = [sys.executable, "-m", "sync.server.cli", "--data-dir", str(Path(folder) / "server")]
            command += ["--database", database.url, "serve", "--port", str(port), "--workers", str(workers)]
            with serving(command, port, server_code) as pids:
                base = f"http://127.0.0.1:{port}"
                meter = CpuMeter(pids, database)
                with sampling(pids[0], args.py_spy, args.seconds):
                    stats, cycles, elapsed, (server_cpu, database_cpu) = asyncio.run(
                        run(base, offices, args.seconds, args.rate, meter)
                    )
                restarted = len(set(descendants(pids[0])) - set(pids))  # workers the supervisor started again
                lost, duplicated = asyncio.run(audit(base, offices))
    everything = stats.latencies()
    errors = sum(stats.errors.values())
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    rhythm = (
        f"open loop: {args.rate:g} cycles/s in all, one every {args.offices / args.rate:.0f} s per office"
        if args.rate
        else "cycles back to back (closed loop)"
    )
    kind = "PostgreSQL" if pg_url else "SQLite"
    again = f"{restarted} started again by the supervisor"
    print(f"offices {args.offices}, {kind}, server workers {workers} ({again}), {rhythm}, {elapsed:.1f} s")
    print(f"cycles due {cycles.due}, completed {cycles.done}, late {cycles.late} (the office's last still running)")
    if not meter.database.sqlite:  # a pool that opens and closes connections makes PostgreSQL start a process each
        print(f"database backends seen during the run: {len(meter.backends)} (of the server's pools and listeners)")
    if cycles.times:
        print(f"cycle time (from falling due): p50 {pct(cycles.times, 0.5):.2f} s, p99 {pct(cycles.times, 0.99):.2f} s")
    print(f"events accepted {stats.events} ({stats.events / elapsed:.0f}/s), requests {len(everything)}")
    print(f"latency all requests: p50 {pct(everything, 0.5) * 1000:.0f} ms, p99 {pct(everything, 0.99) * 1000:.0f} ms")
    for kind_name, values in sorted(stats.by_kind.items()):
        print(
            f"  {kind_name:<11} n={len(values):<6} p50 {pct(values, 0.5) * 1000:7.0f} ms"
            f"  p99 {pct(values, 0.99) * 1000:7.0f} ms  mean {statistics.fmean(values) * 1000:7.0f} ms"
        )
    requests = max(1, len(everything))
    server_ms, database_ms = server_cpu / requests * 1000, database_cpu / requests * 1000
    print(
        f"CPU per request: server {server_ms:.2f} ms, database {database_ms:.2f} ms "
        f"(busy: server {server_cpu / elapsed:.2f}, database {database_cpu / elapsed:.2f} cores); "
        f"the load client {stats.client_cpu / requests * 1000:.2f} ms ({stats.client_cpu / elapsed:.2f} cores)"
    )
    ratio = ""
    if floor is not None:
        print(
            f"floor (minimal FastAPI insert of a 5 KB row, same stack, {floor.per_second:.0f}/s): server "
            f"{floor.server_ms:.2f} ms, database {floor.database_ms:.2f} ms per request; ratio server "
            f"{server_ms / floor.server_ms:.1f}x, server + database "
            f"{(server_ms + database_ms) / (floor.server_ms + floor.database_ms):.1f}x"
        )
        ratio = f" floor_ms={floor.server_ms:.2f} ratio={server_ms / floor.server_ms:.1f}"
    for message, count in stats.errors.most_common(5):
        print(f"  error x{count}: {message}")
    print(
        f"offices={args.offices} rate={args.rate:g} seconds={elapsed:.0f} cycles={cycles.done}/{cycles.due} "
        f"late={cycles.late} events_per_s={stats.events / elapsed:.0f} requests_per_s={len(everything) / elapsed:.1f} "
        f"p50_ms={pct(everything, 0.5) * 1000:.0f} p99_ms={pct(everything, 0.99) * 1000:.0f} errors={errors} "
        f"lost={lost} duplicated={duplicated} server_ms={server_ms:.2f}{ratio}"
    )
    return 1 if errors or lost or duplicated or cycles.done < cycles.due else 0


if __name__ == "__main__":
    raise SystemExit(main())
