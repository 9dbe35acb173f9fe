"""The server's database: SQLite in a data folder by default, PostgreSQL (psycopg 3) in production."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, event, inspect
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


class ServerDatabase:
    def __init__(self, url: str) -> None:
        self.url = url
        self.sqlite = url.startswith("sqlite")
        options: dict[str, Any] = {}
        if not self.sqlite:
            # A ping before each use costs a local round trip, and spares the requests that would otherwise fail
            # on the pool's dead connections after a database restart.
            options = {"pool_size": 10, "max_overflow": 20, "pool_pre_ping": True}
        self.engine: Engine = create_engine(url, **options)
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
        if session is not None:
            row = session.get(Meta, "epoch")
            return row.value if row else ""
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

    @contextmanager
    def lookup(self) -> Iterator[Session]:
        """For a single query: no transaction around it."""
        with self._lookups() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
