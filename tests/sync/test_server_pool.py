"""The server's PostgreSQL connection pool: connections in steady use are not pinged before each request, and one
that lay idle while its database process went away (a database restart) is replaced before a request gets it."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sync.server import database as database_module
from sync.server.admin import device_for_token
from sync.server.database import ServerDatabase
from tests.sync.conftest import PG_URL, _drop_postgres, _postgres_database


@pytest.fixture
def postgres() -> Iterator[ServerDatabase]:
    url, name = _postgres_database()
    database = ServerDatabase(url)
    database.migrate()
    yield database
    database.dispose()
    _drop_postgres(name)


def _backend(database: ServerDatabase) -> int:
    with database.lookup() as s:
        return int(s.scalar(text("SELECT pg_backend_pid()")) or 0)


def _restart(database: ServerDatabase) -> None:
    """End every database process serving the pool's connections, as a database restart does."""
    name = database.engine.url.database
    with psycopg.connect((PG_URL or "").replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))


def test_an_idle_connection_whose_database_process_ended_is_replaced_before_use(postgres, monkeypatch):
    first = _backend(postgres)
    _restart(postgres)
    monkeypatch.setattr(database_module, "PING_AFTER_IDLE", 0.0)  # every pooled connection counts as idle
    with postgres.write() as s:  # pinged, found dead, replaced: the transaction does not fail
        s.execute(text("SELECT 1"))
    assert _backend(postgres) != first


def test_a_connection_in_steady_use_is_not_pinged_and_a_dead_one_fails_once(postgres, monkeypatch):
    first = _backend(postgres)
    _restart(postgres)
    monkeypatch.setattr(database_module, "PING_AFTER_IDLE", 3600.0)  # used a moment ago: handed out as it is
    with pytest.raises(DBAPIError) as failed, postgres.lookup() as s:
        s.execute(text("SELECT 1"))
    assert failed.value.connection_invalidated  # the pool drops it, and the others as old
    assert _backend(postgres) != first


def test_the_device_check_is_asked_again_on_a_new_connection_after_a_restart(postgres, monkeypatch):
    _backend(postgres)
    _restart(postgres)
    monkeypatch.setattr(database_module, "PING_AFTER_IDLE", 3600.0)
    assert device_for_token(postgres, "no such token") is None  # answered, not an error
