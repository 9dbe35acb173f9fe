"""Inserting a batch of rows in one statement. On PostgreSQL the rows travel as one JSON parameter
(`INSERT ... SELECT FROM json_to_recordset(...)`): a short statement the driver parses once and the server prepares
once, where a VALUES list of 50 rows is parsed anew for every batch and arrays cost a regex per element; on SQLite
an executemany."""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Dialect, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sync.server.models import Base


def insert_rows(
    session: Session, model: type[Base], rows: Sequence[dict[str, Any]], returning: Sequence[str] = ()
) -> list[tuple[Any, ...]]:
    """Insert `rows` (all with the same keys) into the model's table; returns the `returning` columns of every row,
    in no set order (return a key with them)."""
    if not rows:
        return []
    table = cast(Table, model.__table__)
    names = list(rows[0])
    dialect = session.get_bind().dialect
    if dialect.name == "postgresql":
        sql = _recordset_insert(table, tuple(names), tuple(returning), dialect)
        given = json.dumps(rows if isinstance(rows, list) else list(rows), ensure_ascii=False, default=_json_value)
        return _execute(session, sql, (given,))
    if _whole_rows(table, tuple(names)):  # SQLite, every column given: the rows as they are, through the driver
        if session.new or session.dirty or session.deleted:
            session.flush()
        per = max(1, SQLITE_PARAMETERS // len(names))
        found: list[tuple[Any, ...]] = []
        for start in range(0, len(rows), per):
            part = rows[start : start + per]
            sql = _values_insert(table.name, tuple(names), len(part), tuple(returning))
            found += _execute(session, sql, tuple(_sqlite_value(row[name]) for row in part for name in names))
        return found
    statement = insert(table)
    if not returning:
        session.execute(statement, list(rows))
        return []
    answered = session.execute(statement.returning(*(table.c[name] for name in returning)), list(rows))
    return [tuple(row) for row in answered]


SQLITE_PARAMETERS = 32_000  # SQLite takes up to 32,766 parameters in one statement (3.32 and later)


@functools.lru_cache(maxsize=64)
def _whole_rows(table: Table, names: tuple[str, ...]) -> bool:
    """Whether rows with these columns leave out only the table's own numbering (no default is to be filled in)."""
    left_out = {column.name for column in table.columns} - set(names)
    numbered = (
        not left_out
        or len(table.primary_key.columns) == 1
        and all(
            table.c[name].primary_key and table.c[name].autoincrement is not False and _kind(table, name) is int
            for name in left_out
        )
    )
    return numbered and all(_kind(table, name) in (str, int, float, bool, datetime) for name in names)


def _kind(table: Table, name: str) -> object:
    try:
        return table.c[name].type.python_type
    except NotImplementedError:
        return None


@functools.lru_cache(maxsize=512)
def _values_insert(table: str, names: tuple[str, ...], count: int, returning: tuple[str, ...]) -> str:
    """`INSERT ... VALUES (?, ...), ...` for `count` rows (SQLite), with its RETURNING clause."""
    row = "(" + ", ".join("?" for _ in names) + ")"
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES " + ", ".join(row for _ in range(count))
    return sql + (f" RETURNING {', '.join(returning)}" if returning else "")


@functools.lru_cache(maxsize=64)
def _recordset_insert(table: Table, names: tuple[str, ...], returning: tuple[str, ...], dialect: Dialect) -> str:
    """The statement for `insert_rows` on PostgreSQL, made once per table and columns."""
    columns = ", ".join(names)
    types = ", ".join(f"{name} {table.c[name].type.compile(dialect=dialect)}" for name in names)
    sql = (
        f"INSERT INTO {table.name} ({columns}) "
        f"SELECT {columns} FROM json_to_recordset(CAST(%s AS json)) AS given({types})"
    )
    if returning:
        sql += f" RETURNING {', '.join(returning)}"
    return sql


def run_sql(session: Session, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """A statement of the hot path, written once for both databases and sent to the driver as it is: no statement
    objects to build and no compiled-statement cache to look up (several times cheaper than a `select()`). `?` marks
    the parameters; `IN (LIST)` takes a list given as one JSON text (`as_list`). Returns the rows."""
    if session.new or session.dirty or session.deleted:
        session.flush()  # as the ORM's own reads do: what this session added is seen
    return _execute(session, _for_driver(sql, session.get_bind().dialect.name == "postgresql"), params)


def _execute(session: Session, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Run `sql` (the driver's own text) on the session's connection, in its transaction, with the driver's cursor:
    no SQLAlchemy result or execution context. The driver's errors are raised as SQLAlchemy's (IntegrityError ...)."""
    connection = session.connection()
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    dbapi = connection.dialect.loaded_dbapi
    try:
        cursor.execute(sql, params)
        return cast(list[tuple[Any, ...]], cursor.fetchall()) if _gives_rows(sql) else []
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, params, exc, dbapi.Error) from exc
    finally:
        cursor.close()


@functools.lru_cache(maxsize=256)
def _gives_rows(sql: str) -> bool:
    """Whether the statement answers with rows (asking the cursor builds a description of every column)."""
    words = sql.upper()
    return words.lstrip().startswith(("SELECT", "WITH")) or " RETURNING " in words


@functools.lru_cache(maxsize=256)
def _for_driver(sql: str, postgres: bool) -> str:
    sql = sql.replace(" IN (LIST)", POSTGRES_LIST if postgres else SQLITE_LIST)
    return sql.replace("?", "%s") if postgres else sql


# On PostgreSQL the list is an array made once (an InitPlan), compared with `= ANY`: the planner then walks the
# column's index for each value. Written `IN (SELECT json_array_elements_text(...))` it planned a hash join over the
# whole table whenever it believed a value matched many rows (statistics of a fresh or young table): a push's
# look-up of its letters read every row of `events` and `letter_access` (481 ms at 80,000 events, 5 ms this way).
POSTGRES_LIST = " = ANY(ARRAY(SELECT json_array_elements_text(CAST(? AS json))))"
SQLITE_LIST = " IN (SELECT value FROM json_each(?))"


def as_list(values: Collection[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def insert_missing(session: Session, model: type[Base], row: dict[str, Any]) -> None:
    """Insert the row unless one with its primary key is there (one statement, no read before it, sent to the driver
    as it is: both databases take `ON CONFLICT DO NOTHING`)."""
    table = cast(Table, model.__table__)
    sql = _insert_missing_sql(table.name, tuple(row))
    sqlite_ = session.get_bind().dialect.name == "sqlite"
    run_sql(session, sql, tuple(_sqlite_value(v) if sqlite_ else v for v in row.values()))


@functools.lru_cache(maxsize=64)
def _insert_missing_sql(table: str, names: tuple[str, ...]) -> str:
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks}) ON CONFLICT DO NOTHING"


def _sqlite_value(value: object) -> object:
    """A value as SQLAlchemy stores it in SQLite (a DateTime as text with microseconds)."""
    if isinstance(value, datetime):  # (SQLAlchemy keeps the fields of an aware one and drops its offset)
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return value


def _json_value(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot insert a {type(value).__name__} in bulk")
