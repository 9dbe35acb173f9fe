"""What the server benchmarks share: a fresh database (PostgreSQL or SQLite) made and dropped, a server process
started and awaited, the CPU time of processes and of PostgreSQL's backends, and percentiles."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg


@dataclass
class Database:
    """A database made for one run: its SQLAlchemy URL, and for PostgreSQL the admin URL and name (to find its
    backends' CPU time)."""

    url: str
    admin: str = ""
    name: str = ""
    watcher: psycopg.Connection[Any] | None = field(default=None, repr=False, compare=False)

    @property
    def sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def pids(self) -> list[int]:
        """PostgreSQL's backends serving this database now (none for SQLite: it runs inside the server)."""
        if self.sqlite:
            return []
        if self.watcher is None or self.watcher.closed:  # one connection for all the samples of a run
            self.watcher = psycopg.connect(self.admin, autocommit=True)
        rows = self.watcher.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", (self.name,))
        return [row[0] for row in rows]

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None


@contextmanager
def fresh_database(pg_url: str, folder: Path, prefix: str, template: str = "") -> Iterator[Database]:
    """A new empty database: on PostgreSQL when `pg_url` is given (a role that may create databases; dropped
    afterwards), else a SQLite file in `folder`. On PostgreSQL, `template`: a copy of that database instead."""
    if not pg_url:
        yield Database(f"sqlite:///{folder / (prefix + '.db')}")
        return
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin = pg_url.replace("postgresql+psycopg://", "postgresql://")
    for attempt in range(20):
        try:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
            break
        except psycopg.errors.ObjectInUse:  # the template is being accessed (autovacuum): a moment later
            if attempt == 19:
                raise
            time.sleep(0.5)
    try:
        yield Database(pg_url.rsplit("/", 1)[0] + "/" + name, admin, name)
    finally:
        drop_database(admin, name)


def drop_database(admin: str, name: str) -> None:
    """Drop a PostgreSQL database. Its autovacuum may be working in it, which only a role allowed to signal other
    roles' processes may end: wait for it instead (a few tries)."""
    for attempt in range(40):
        try:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == 39:
                raise
            time.sleep(0.5)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(command: list[str], port: int, cwd: Path, env: dict[str, str] | None = None) -> Iterator[list[int]]:
    """Start a server process (`command`, listening on `port`), wait until /v1/health answers, yield the pids of
    it and its workers; stop it afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="eoffice-bench-"))
    log = folder / "server.log"
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=log.open("wb"), env={**os.environ, **(env or {})}
    )
    try:
        for _ in range(600):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                if process.poll() is not None:
                    break
                time.sleep(0.1)
        else:
            process.poll()
        if process.returncode is not None:
            raise SystemExit("The server did not start: " + log.read_text(errors="replace")[-2000:])
        time.sleep(0.5)  # the other workers finish starting
        yield descendants(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes so far (Linux /proc)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def descendants(root: int) -> list[int]:
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


class CpuMeter:
    """CPU seconds used from `start()` to `stop()` by the server's processes and the database's backends. The
    backends are sampled every 0.2 s, so those a connection pool opens and closes meanwhile are counted too (all
    but their last 0.2 s)."""

    def __init__(self, server_pids: list[int], database: Database) -> None:
        self.server_pids, self.database = server_pids, database
        self.server_start = 0.0
        self.backends: dict[int, tuple[float, float]] = {}  # pid: (CPU when first seen, CPU when last seen)
        self.stopped = threading.Event()
        self.thread: threading.Thread | None = None

    def _sample(self, first: bool = False) -> None:
        for pid in self.database.pids():
            used = cpu_seconds([pid])
            start = self.backends.get(pid, (used if first else 0.0, 0.0))[0]
            self.backends[pid] = (start, max(used, self.backends.get(pid, (0.0, 0.0))[1]))

    def _loop(self) -> None:
        while not self.stopped.wait(0.2):
            self._sample()

    def start(self) -> None:
        self.server_start = cpu_seconds(self.server_pids)
        if not self.database.sqlite:
            self._sample(first=True)
            self.thread = threading.Thread(target=self._loop, daemon=True)
            self.thread.start()

    def stop(self) -> tuple[float, float]:
        """(server CPU seconds, database CPU seconds) since start."""
        server = cpu_seconds(self.server_pids) - self.server_start
        if self.thread is not None:
            self.stopped.set()
            self.thread.join()
            self._sample()
            self.database.close()
        return server, sum(last - first for first, last in self.backends.values())


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
