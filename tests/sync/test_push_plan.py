"""PostgreSQL's plan for a push's look-up of its letters walks the indexes, even on statistics gone stale the way a
young server's go: analysed when `events` and `letter_access` held a handful of rows on one letter, then tens of
thousands added with autovacuum off. The statement is the one the server sends (`push.LETTERS_KNOWN` through
`bulk.run_sql`'s rewriting); written `IN (SELECT json_array_elements_text(...))` it was planned as a hash join over
every row of both tables (481 ms a push at 80,000 events)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from sync.server.bulk import _for_driver
from sync.server.database import ServerDatabase
from sync.server.push import KNOWN_EVENTS, LETTERS_KNOWN
from tests.sync.conftest import _drop_postgres, _postgres_database

TABLES = {"events", "letter_access"}


@pytest.fixture
def stale() -> Iterator[psycopg.Connection[Any]]:
    url, name = _postgres_database()
    database = ServerDatabase(url)
    database.migrate()
    database.dispose()
    try:
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
            for table in TABLES:
                conn.execute(f"ALTER TABLE {table} SET (autovacuum_enabled = false)")
            _add(conn, 1, 100, letters=1)  # a young server: a hundred events, all on one letter
            conn.execute("ANALYZE events")
            conn.execute("ANALYZE letter_access")
            _add(conn, 101, 80_000, letters=20_000)  # then months of work, with no ANALYZE since
            yield conn
    finally:
        _drop_postgres(name)


def _add(conn: psycopg.Connection[Any], first: int, last: int, letters: int) -> None:
    conn.execute(
        "INSERT INTO events (id, office_id, device_id, dev_seq, type, letter_id, hash, body, held, received_at) "
        "SELECT 'event-' || g, 'office', 'pc', g, 'letter.registered', 'letter-' || (g %% %s::int), 'sha256:', '{}', "
        "false, now() FROM generate_series(%s::int, %s::int) AS g",
        (letters, first, last),
    )
    conn.execute(
        "INSERT INTO letter_access (letter_id, office_id, owner) SELECT 'letter-' || g, 'office', true "
        "FROM generate_series(0, %s::int - 1) AS g ON CONFLICT DO NOTHING",
        (letters,),
    )


def _scans(plan: dict[str, Any]) -> Iterator[tuple[str, str]]:
    yield plan["Node Type"], plan.get("Relation Name", "")
    for below in plan.get("Plans", []):
        yield from _scans(below)


def _plan(conn: psycopg.Connection[Any], sql: str, params: tuple[object, ...]) -> list[tuple[str, str]]:
    (answer,) = conn.execute("EXPLAIN (FORMAT JSON) " + _for_driver(sql, True), params).fetchone()  # type: ignore[misc]
    return list(_scans(answer[0]["Plan"]))


def test_a_pushs_letter_look_up_walks_the_indexes_on_stale_statistics(stale: psycopg.Connection[Any]):
    given = json.dumps([f"letter-{n}" for n in range(0, 10_000, 200)])  # a batch's fifty letters
    nodes = _plan(stale, LETTERS_KNOWN, (given, given))
    read_whole = [(kind, table) for kind, table in nodes if kind == "Seq Scan" and table in TABLES]
    assert read_whole == [], nodes
    assert {table for _, table in nodes} >= TABLES  # (each table is read, by its index)

    ids = json.dumps([f"event-{n}" for n in range(500, 1000, 10)])  # and the batch's own events, by their ids
    nodes = _plan(stale, KNOWN_EVENTS, (ids, "pc", 500, 1000, "pc"))
    assert [(kind, table) for kind, table in nodes if kind == "Seq Scan" and table == "events"] == [], nodes
