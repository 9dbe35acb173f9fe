"""Statements that run for every letter registered, imported or received: written with SQLAlchemy Core against the
models, compiled once for SQLite, and run on the database connection of the session's transaction.

Through the ORM each of these costs about 100 µs of Python (identity map, unit of work, result loading), and about
20 µs as a Core statement on the session's connection; compiled once and handed to sqlite3 directly, 2-3 µs. A
registration runs a dozen of them, so this is most of what separates it from the database's own work.

The session's pending ORM changes are written first (as the ORM does before its own queries), so a statement sees
everything done earlier in the transaction. What these statements write is never in the session: read it back with
a query (`session.get` loads it from the database).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import Insert

from eoffice_desktop.core.storage.plain_write import NeedsSession, PlainWrite

# The transaction a statement runs in: an ORM session's, or a plain one (`core/storage/plain_write.py`).
Tx = Session | PlainWrite
_DIALECT = sqlite.dialect(paramstyle="qmark")
_MISSING = object()


@dataclass(frozen=True)
class _Compiled:
    text: str
    binds: list[tuple[str, Any]]  # each parameter's name and fixed value (_MISSING: none, the caller gives it)
    converted: list[tuple[int, Callable[[Any], Any]]]


class Prepared:
    """One Core statement, compiled at its first use; parameters by name, as SQLAlchemy takes them."""

    def __init__(self, statement: ClauseElement, columns: Iterable[str] | None = None) -> None:
        self.statement = statement
        self.columns = list(columns) if columns is not None else None  # an INSERT's columns (default: all)
        self._compiled: _Compiled | None = None

    def _compile(self) -> _Compiled:
        compiled = self.statement.compile(dialect=_DIALECT, column_keys=self.columns)
        assert isinstance(compiled, SQLCompiler)
        binds = []
        converted = []  # (position, processor) of the values the driver does not take as they are (dates, JSON...)
        for position, name in enumerate(compiled.positiontup or ()):
            bind = compiled.binds[name]
            processor = _DIALECT.type_descriptor(bind.type).bind_processor(_DIALECT)
            value = bind.effective_value if bind.value is not None or bind.callable is not None else _MISSING
            binds.append((name, value))
            if processor is not None:
                converted.append((position, processor))
        if isinstance(self.statement, Insert):
            _check_insert(self.statement, {name for name, _ in binds})
        self._compiled = _Compiled(str(compiled), binds, converted)
        return self._compiled

    def _values(self, params: Mapping[str, Any]) -> list[Any]:
        compiled = self._compiled or self._compile()
        values = [params.get(name, fixed) for name, fixed in compiled.binds]
        if _MISSING in values:
            missing = next(name for (name, _), value in zip(compiled.binds, values, strict=True) if value is _MISSING)
            raise KeyError(f"no value for {missing!r} in {compiled.text!r}")
        for position, processor in compiled.converted:
            value = values[position]
            if value is not None:
                values[position] = processor(value)
        return values

    def run(self, session: Tx, params: Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        values = self._values(params or {})
        return connection_of(session).execute(self.text, values)

    def run_many(self, session: Tx, rows: Iterable[Mapping[str, Any]]) -> None:
        values = [self._values(row) for row in rows]
        connection_of(session).executemany(self.text, values)

    @property
    def text(self) -> str:
        return (self._compiled or self._compile()).text


class PreparedInsert(Prepared):
    """An INSERT of a model's row, its values taken by column name from a mapping or an object's attributes (an ORM
    object never added to the session: the row is written, the session does not track it). Every column by default."""

    def __init__(self, model: type[DeclarativeBase], columns: Iterable[str] | None = None) -> None:
        names = list(columns) if columns is not None else [c.name for c in model.__table__.columns]
        super().__init__(insert(model), names)
        self.names = names

    def values_of(self, row: Mapping[str, Any] | object) -> dict[str, Any]:
        if isinstance(row, Mapping):
            return {name: row[name] for name in self.names}
        return {name: getattr(row, name) for name in self.names}

    def insert(self, session: Tx, row: Mapping[str, Any] | object) -> int:
        """Write the row; its rowid. (A mapping's values are taken as they are: keys beyond the columns are left.)"""
        rowid = self.run(session, row if isinstance(row, Mapping) else self.values_of(row)).lastrowid
        assert rowid is not None
        return rowid

    def insert_many(self, session: Tx, rows: Iterable[Mapping[str, Any] | object]) -> None:
        self.run_many(session, (self.values_of(row) for row in rows))


def _check_insert(statement: Insert, named: set[str]) -> None:
    """An INSERT run here gets no Python-side column defaults: every column that has one must be given a value."""
    table = statement.table
    missing = [c.name for c in getattr(table, "columns", ()) if c.default is not None and c.name not in named]
    if missing:
        raise ValueError(f"give {', '.join(missing)} explicitly: column defaults are not applied here")


def connection_of(session: Tx) -> sqlite3.Connection:
    """The sqlite3 connection of the transaction, after a session's pending changes are written."""
    if type(session) is PlainWrite:
        return session.connection
    assert isinstance(session, Session)
    session.flush()  # nearly free when nothing is pending
    transaction = session.get_transaction()
    held = session.info.get("sqlite3_connection")
    if held is not None and held[0] is transaction is not None:
        return held[1]  # asking the session for its connection costs more than most of these statements
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    session.info["sqlite3_connection"] = (session.get_transaction(), driver)
    return driver


def needs_session(tx: Tx) -> Session:
    """The ORM session of this transaction; NeedsSession when it is a plain one (its caller makes the change again
    in a session)."""
    if isinstance(tx, PlainWrite):
        raise NeedsSession()
    return tx
