"""The server's database: SQLite in a data folder by default, PostgreSQL (psycopg 3) in production."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, event, inspect, select
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from sync.server.models import Meta

MIGRATIONS = Path(__file__).with_name("migrations")
FIRST_REVISION = "0001"
MIGRATION_LOCK = 0x0E0FF1CE  # any constant shared by all server processes
_MIGRATING = threading.Lock()  # SQLite serves from one process: a lock in it is enough


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def disk_failed(exc: BaseException) -> bool:
    """Did the database refuse a write because its disk is full or failing? SQLite's SQLITE_FULL or SQLITE_IOERR
    (with any extended code), PostgreSQL's disk_full (53100) or io_error (58030)."""
    given = getattr(exc, "orig", exc)
    code = getattr(given, "sqlite_errorcode", None)
    return (isinstance(code, int) and code & 0xFF in (10, 13)) or getattr(given, "sqlstate", None) in ("53100", "58030")


PING_AFTER_IDLE = 2.0  # seconds


def _note_use(_dbapi_connection: Any, record: Any) -> None:
    if record is not None:
        record.info["used"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """A connection that lay unused for a while is pinged before it is handed out: after a database restart the
    pool's connections are dead, and a request given one would fail. A connection in steady use is not (a ping per
    request is a round trip more); if the database restarts under it, the error invalidates the whole pool."""
    if time.monotonic() - record.info.get("used", 0.0) < PING_AFTER_IDLE:
        return
    try:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        dbapi_connection.execute("SELECT 1")
        dbapi_connection.autocommit = autocommit
    except Exception as exc:
        raise DisconnectionError(str(exc)) from exc  # the pool drops it and hands out another


class ServerDatabase:
    def __init__(self, url: str) -> None:
        self.url = url
        self.sqlite = url.startswith("sqlite")
        options: dict[str, Any] = {}
        if not self.sqlite:
            # As many kept connections as requests a busy process serves at once, so that few are opened and
            # closed under load (PostgreSQL starts a process for each).
            options = {"pool_size": 20, "max_overflow": 10}
        self.engine: Engine = create_engine(url, **options)
        if not self.sqlite:
            event.listen(self.engine.pool, "checkout", _ping_if_idle)
            event.listen(self.engine.pool, "checkin", _note_use)
        if self.sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)

            @event.listens_for(self.engine, "connect")
            def _manual(dbapi_connection: Any, _record: Any) -> None:
                dbapi_connection.isolation_level = None

            @event.listens_for(self.engine, "begin")
            def _begin(conn: Any) -> None:
                immediate = conn.get_execution_options().get("begin_immediate", False)
                conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(self.engine.execution_options(begin_immediate=True), expire_on_commit=False)
        # One-statement reads need no transaction (on PostgreSQL each would cost a BEGIN and a ROLLBACK).
        lookups = self.engine if self.sqlite else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._lookups = sessionmaker(lookups, expire_on_commit=False)

    def migrate(self) -> str:
        """Bring the schema to the newest revision (Alembic) and make the epoch; returns the epoch. Several server
        processes starting at once take turns (an advisory lock on PostgreSQL)."""
        with _MIGRATING, self.engine.connect() as lock:
            if not self.sqlite:
                lock.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
            try:
                config = alembic_config(self.engine)
                tables = set(inspect(self.engine).get_table_names())
                if "server_meta" in tables and "alembic_version" not in tables:
                    command.stamp(config, FIRST_REVISION)  # made by `migrate` before the server had migrations
                command.upgrade(config, "head")
            finally:
                if not self.sqlite:
                    lock.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
                    lock.commit()
        with self.write() as s:
            epoch = s.get(Meta, "epoch")
            if epoch is None:
                epoch = Meta(key="epoch", value=secrets.token_hex(8))
                s.add(epoch)
            return epoch.value

    def revision(self) -> str:
        with self.engine.connect() as conn:
            return ",".join(sorted(MigrationContext.configure(conn).get_current_heads()))

    def new_epoch(self) -> str:
        """Announce that this database was restored from a backup: devices re-push what it lacks."""
        with self.write() as s:
            epoch = s.get(Meta, "epoch")
            value = secrets.token_hex(8)
            if epoch is None:
                s.add(Meta(key="epoch", value=value))
            else:
                epoch.value = value
            return value

    def epoch(self, session: Session | None = None) -> str:
        if session is not None:  # a plain read: asked on every pull
            return session.scalar(select(Meta.value).where(Meta.key == "epoch")) or ""
        with self.lookup() as s:
            return self.epoch(s)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._writers() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def read_row(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        """The first row of one read straight through the driver, for the reads every request makes (the device's
        token): no session, no transaction (autocommit for the one statement), no SQL compiling. `sql` marks its
        parameters with `?`."""
        for attempt in (1, 2):
            raw = self.engine.raw_connection()  # from the pool (pinged if it lay idle)
            try:
                return self._read_row(raw, sql, params)
            except self.engine.dialect.loaded_dbapi.OperationalError as exc:
                # The connection is gone (a database restart): the pool drops it and the connections as old as it,
                # as SQLAlchemy does on such an error in a session. A read is safe to ask once more.
                self.engine.pool._invalidate(raw, exc)
                if attempt == 2:
                    raise
            finally:
                raw.close()  # back to the pool
        raise AssertionError("unreachable")

    def _read_row(self, raw: Any, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        if self.sqlite:
            cursor = raw.cursor()
            cursor.execute(sql, params)
            return cast(tuple[Any, ...] | None, cursor.fetchone())
        driver = raw.driver_connection
        driver.autocommit = True
        try:
            with driver.cursor() as cursor:
                cursor.execute(sql.replace("?", "%s"), params)
                return cast(tuple[Any, ...] | None, cursor.fetchone())
        finally:
            if not driver.closed:
                driver.autocommit = False  # as the pool's other users expect

    def device_changes(self) -> Callable[[], int]:
        """SQLite: a reader of the counter of changes to PCs (`device_changes`), on a connection of its own (any
        thread may ask; one at a time)."""
        import sqlite3

        path = self.engine.url.database or ""
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        lock = threading.Lock()

        def count() -> int:
            with lock:
                row = conn.execute("SELECT n FROM device_changes WHERE id = 1").fetchone()
            return int(row[0]) if row else -1

        return count

    def listener(self) -> Any:
        """A new connection of its own to the PostgreSQL database, outside the pool, in autocommit (for LISTEN)."""
        import psycopg

        args, options = self.engine.dialect.create_connect_args(self.engine.url)
        return psycopg.connect(*args, **options, autocommit=True)

    @contextmanager
    def lookup(self) -> Iterator[Session]:
        """For a single query: no transaction around it."""
        with self._lookups() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
