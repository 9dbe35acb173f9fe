"""A real central server over HTTP on 127.0.0.1, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from sync.server.app import create_app
from sync.server.database import ServerDatabase

PG_URL = os.environ.get("EOFFICE_TEST_PG_URL")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningServer:
    url: str
    database: ServerDatabase
    blob_dir: Path
    backend: str


def _postgres_database() -> tuple[str, str]:
    import psycopg

    if not PG_URL:
        if os.environ.get("EOFFICE_REQUIRE_PG") == "1":
            pytest.fail("EOFFICE_TEST_PG_URL is not set but PostgreSQL tests are required")
        pytest.skip("no PostgreSQL server (set EOFFICE_TEST_PG_URL)")
    name = "eoffice_test_" + secrets.token_hex(4)
    admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return PG_URL.rsplit("/", 1)[0] + "/" + name, name


def _drop_postgres(name: str) -> None:
    """Drop a test database. PostgreSQL's autovacuum may be working in it at that moment, and only a role allowed to
    signal other roles' processes can end that: wait for it instead (a few tries), rather than fail the test."""
    import psycopg

    admin = (PG_URL or "").replace("postgresql+psycopg://", "postgresql://")
    for attempt in range(20):
        try:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == 19:
                raise
            time.sleep(0.5)


def start_server(database: ServerDatabase, blob_dir: Path, backend: str) -> tuple[RunningServer, uvicorn.Server]:
    database.migrate()
    port = _free_port()
    config = uvicorn.Config(create_app(database, blob_dir), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    return RunningServer(f"http://127.0.0.1:{port}", database, blob_dir, backend), server


def serving(url: str, tmp_path: Path, backend: str) -> Iterator[RunningServer]:
    """The real central server on database `url`, over HTTP on 127.0.0.1, stopped at the end."""
    database = ServerDatabase(url)
    running, server = start_server(database, tmp_path / "server-blobs", backend)
    try:
        yield running
    finally:
        server.should_exit = True
        time.sleep(0.2)
        database.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    dropped = None
    if request.param == "postgres":
        url, dropped = _postgres_database()
    else:
        url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    yield from serving(url, tmp_path, request.param)
    if dropped:
        _drop_postgres(dropped)


@pytest.fixture
def central_sqlite(tmp_path: Path) -> Iterator[RunningServer]:
    """The real server on SQLite only: for tests whose subject does not depend on the database."""
    yield from serving(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path, "sqlite")
