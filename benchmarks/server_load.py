"""Load on the central server: many offices syncing at once on loopback, each repeating push 50 events, pull its feed,
upload one 1 MB file in 256 KiB chunks, for a bounded time.

    python benchmarks/server_load.py [--offices 200] [--seconds 60] [--workers 2] [--pause 0] [--pg-url URL]

Cycles run back to back by default (the target's case: a closed loop); `--pause 30` starts each office's next cycle
about 30 s after the last one started, as the desktop's automatic sync does, to measure a server's capacity.

Each office pulls as the desktop does, without the events it pushed itself (`own`); the audit at the end reads every
feed whole. Starts `eoffice-server serve` on a fresh PostgreSQL database (dropped afterwards) and reports events/s,
requests/s, p50/p99 latency (all requests and per kind), errors, the CPU time per request of the load client, the
server processes and the database's server processes, and whether every office's feed, read again from 0, holds exactly
the events it pushed (none lost, none twice). The client is kept cheap (aiohttp, one connection per office, files made
from one random block with a new tail) so that it takes little of the CPU it shares with the server. The PostgreSQL URL
comes from --pg-url or EOFFICE_TEST_PG_URL (a role that may create databases). Ends with one line `offices=..
events_per_s=.. ... lost=.. duplicated=..`; exit status 1 when there were errors or lost or duplicated events.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import platform
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
import httpx  # noqa: E402
import psycopg  # noqa: E402
import zstandard  # noqa: E402

from sync.protocol.envelope import GENESIS, EventEnvelope  # noqa: E402
from sync.protocol.messages import CHUNK_SIZE  # noqa: E402
from sync.server.admin import add_office, new_enrolment_code  # noqa: E402
from sync.server.database import ServerDatabase  # noqa: E402

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
        self.pushed.append(envelope.id)
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

    def latencies(self) -> list[float]:
        return [value for values in self.by_kind.values() for value in values]

    async def call(self, client: aiohttp.ClientSession, kind: str, method: str, url: str, **kw: Any) -> Any:
        started = time.perf_counter()
        try:
            async with client.request(method, url, **kw) as response:
                body = await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            self.errors[f"{kind}: {type(exc).__name__}"] += 1
            return None
        self.by_kind.setdefault(kind, []).append(time.perf_counter() - started)
        if response.status >= 400:
            self.errors[f"{kind}: HTTP {response.status} {body[:120]!r}"] += 1
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

    def new(self) -> tuple[bytes, str, list[str]]:
        """(the file, its sha256 name, the checksum of each chunk)."""
        tail = os.urandom(16)
        data = self.block + tail
        digest = self.prefix.copy()
        digest.update(tail)
        last = hashlib.sha256(data[len(self.chunk_hashes) * CHUNK_SIZE :]).hexdigest()
        return data, "sha256:" + digest.hexdigest(), [*self.chunk_hashes, last]


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes so far (Linux /proc)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _database_pids(admin_url: str, name: str) -> list[int]:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        return [row[0] for row in conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", (name,))]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def enrol(client: aiohttp.ClientSession, office: Office, code: str) -> None:
    office.device_id = "dev_" + secrets.token_hex(6)
    async with client.post(
        "/v1/devices/enrol", json={"code": code, "device_name": "load", "device_id": office.device_id}
    ) as answer:
        answer.raise_for_status()
        data = await answer.json()
    office.token, office.office_id = data["token"], data["office_id"]


async def pull_all(
    client: aiohttp.ClientSession, office: Office, stats: Stats | None, cursor: int, own: int = 0
) -> tuple[list[str], int]:
    """The feed from `cursor` to its end; with `own`, as the desktop asks: without the events it pushed itself."""
    seen: list[str] = []
    params = {"limit": 500} | ({"own": own} if own else {})
    while True:
        if stats is None:
            async with client.get("/v1/pull", params={"after": cursor, **params}) as response:
                data = await response.json() if response.status == 200 else None
        else:
            data = await stats.call(client, "pull", "GET", "/v1/pull", params={"after": cursor, **params})
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


def _session(base: str, token: str | None, timeout: float) -> aiohttp.ClientSession:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return aiohttp.ClientSession(base_url=base, headers=headers, timeout=aiohttp.ClientTimeout(total=timeout))


async def office_loop(
    base: str, office: Office, deadline: float, stats: Stats, cycles: Counter[str], files: Files, pause: float = 0.0
) -> None:
    """Sync cycles back to back (`pause` 0: the closed loop of the target), or one every `pause` seconds or so, as
    the desktop's automatic sync does (the first after a random part of it, so that offices do not all start in the
    same second)."""
    packer = zstandard.ZstdCompressor(level=3)
    async with _session(base, office.token, 300) as client:
        first = True
        if pause:
            await asyncio.sleep(random.uniform(0, pause))
        while time.monotonic() < deadline:
            cycle_started = time.monotonic()
            batch = [office.event("office.created", {"code": office.code})] if first else []
            batch += [office.letter() for _ in range(BATCH - len(batch))]
            first = False
            body = packer.compress(json.dumps({"events": batch}).encode("utf-8"))
            reply = await stats.call(
                client,
                "push",
                "POST",
                "/v1/push",
                data=body,
                headers={"Content-Encoding": "zstd", "Content-Type": "application/json"},
            )
            if reply is not None:
                refused = [r for r in reply["results"] if r["status"] != "accepted"]
                if refused:
                    stats.errors[f"push: {refused[0]['status']} {refused[0].get('code')}"] += len(refused)
                stats.events += len(batch) - len(refused)
            _ids, office.cursor = await pull_all(client, office, stats, office.cursor, office.dev_seq)
            data, blob, chunk_hashes = files.new()
            await stats.call(client, "blobs/have", "POST", "/v1/blobs/have", json={"hashes": [blob]})
            for index, chunk_hash in enumerate(chunk_hashes):
                await stats.call(
                    client,
                    "chunk",
                    "PUT",
                    f"/v1/blobs/{blob}/chunks/{index}",
                    data=data[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE],
                    headers={"X-Chunk-Sha256": chunk_hash},
                )
            await stats.call(client, "complete", "POST", f"/v1/blobs/{blob}/complete", json={"size": len(data)})
            cycles["done"] += 1
            if pause:
                rest = (pause - (time.monotonic() - cycle_started)) * random.uniform(0.9, 1.1)
                if time.monotonic() + rest >= deadline:
                    break  # its next sync would start after the end of the run
                await asyncio.sleep(max(0.0, rest))


@dataclass
class Usage:
    """CPU seconds used during the run by the load client, the server's processes and the database's."""

    client: float = 0.0
    server: float = 0.0
    database: float = 0.0


async def run(
    base: str, offices: list[Office], codes: list[str], seconds: float, measure: Any, pause: float = 0.0
) -> tuple[Stats, float, int, Usage]:
    async with _session(base, None, 60) as client:
        await asyncio.gather(*(enrol(client, office, code) for office, code in zip(offices, codes, strict=True)))
    stats, cycles, files = Stats(), Counter[str](), Files()
    before = measure()
    started = time.monotonic()
    await asyncio.gather(*(office_loop(base, o, started + seconds, stats, cycles, files, pause) for o in offices))
    elapsed = time.monotonic() - started
    after = measure()
    usage = Usage(*(b - a for a, b in zip(before, after, strict=True)))
    return stats, elapsed, cycles["done"], usage


async def audit(base: str, offices: list[Office]) -> tuple[int, int]:
    """Read every office's feed from 0: (events lost, events delivered twice)."""
    lost = duplicated = 0
    for office in offices:
        async with _session(base, office.token, 120) as client:
            seen, _ = await pull_all(client, office, None, 0)
        counts = Counter(seen)
        duplicated += sum(n - 1 for n in counts.values() if n > 1)
        lost += len(set(office.pushed) - set(counts))
    return lost, duplicated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offices", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--pause",
        type=float,
        default=0.0,
        help="seconds from the start of one sync cycle of an office to its next (0: back to back, the target's case)",
    )
    parser.add_argument("--pg-url", default=os.environ.get("EOFFICE_TEST_PG_URL", ""))
    args = parser.parse_args()
    if not args.pg_url:
        print("Give --pg-url postgresql+psycopg://user:pass@host/postgres (or set EOFFICE_TEST_PG_URL).")
        return 2
    name = "eoffice_load_" + secrets.token_hex(4)
    admin = args.pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = args.pg_url.rsplit("/", 1)[0] + "/" + name
    server = None
    try:
        database = ServerDatabase(url)
        database.migrate()
        offices = [Office(code=f"L{n:03d}") for n in range(args.offices)]
        with database.write() as s:
            for office in offices:
                add_office(s, office.code, f"ຫ້ອງການ {office.code}", f"Office {office.code}")
            codes = [new_enrolment_code(s, office.code) for office in offices]
        database.dispose()
        port = _free_port()
        data_dir = Path(tempfile.mkdtemp(prefix="eoffice-load-"))
        server_log = data_dir / "server.log"
        server = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "--data-dir", str(data_dir), "--database", url]
            + ["serve", "--port", str(port), "--workers", str(args.workers)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=server_log.open("wb"),  # one JSON line per request
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(f"{base}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            print("The server did not start:", server_log.read_text(errors="replace")[-2000:])
            return 1
        server_pids = _descendants(server.pid)

        def measure() -> tuple[float, float, float]:
            database_pids = _database_pids(admin, name)
            return time.process_time(), _cpu_seconds(server_pids), _cpu_seconds(database_pids)

        load_before = os.getloadavg()[0]
        stats, elapsed, cycles, usage = asyncio.run(run(base, offices, codes, args.seconds, measure, args.pause))
        lost, duplicated = asyncio.run(audit(base, offices))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
            shutil.rmtree(data_dir, ignore_errors=True)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    everything = stats.latencies()
    errors = sum(stats.errors.values())
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    rhythm = f"one sync cycle every ~{args.pause:.0f} s per office" if args.pause else "cycles back to back"
    print(
        f"offices {args.offices}, server workers {args.workers}, {rhythm}, {elapsed:.1f} s, {cycles} cycles completed"
    )
    print(f"events accepted {stats.events} ({stats.events / elapsed:.0f}/s), requests {len(everything)}")
    print(
        f"latency all requests: p50 {_pct(everything, 0.5) * 1000:.0f} ms, p99 {_pct(everything, 0.99) * 1000:.0f} ms"
    )
    for kind, values in sorted(stats.by_kind.items()):
        print(
            f"  {kind:<11} n={len(values):<6} p50 {_pct(values, 0.5) * 1000:7.0f} ms"
            f"  p99 {_pct(values, 0.99) * 1000:7.0f} ms  mean {statistics.fmean(values) * 1000:7.0f} ms"
        )
    requests = max(1, len(everything))
    per_request = [part / requests * 1000 for part in (usage.client, usage.server, usage.database)]
    print(
        f"CPU per request: client {per_request[0]:.1f} ms, server {per_request[1]:.1f} ms, "
        f"database {per_request[2]:.1f} ms (CPU busy: client {usage.client / elapsed:.2f}, "
        f"server {usage.server / elapsed:.2f}, database {usage.database / elapsed:.2f} cores)"
    )
    for message, count in stats.errors.most_common(5):
        print(f"  error x{count}: {message}")
    print(
        f"offices={args.offices} pause={args.pause:g} seconds={elapsed:.0f} events_per_s={stats.events / elapsed:.0f} "
        f"requests_per_s={len(everything) / elapsed:.1f} p50_ms={_pct(everything, 0.5) * 1000:.0f} "
        f"p99_ms={_pct(everything, 0.99) * 1000:.0f} errors={errors} lost={lost} duplicated={duplicated}"
    )
    return 1 if errors or lost or duplicated else 0


if __name__ == "__main__":
    raise SystemExit(main())
