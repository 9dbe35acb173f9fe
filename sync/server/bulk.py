"""Inserting a batch of rows in one statement. On PostgreSQL the rows travel as one JSON parameter
(`INSERT ... SELECT FROM json_to_recordset(...)`): a short statement the driver parses once and the server prepares
once, where a VALUES list of 50 rows is parsed anew for every batch and arrays cost a regex per element; on SQLite
an executemany."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, any_, bindparam, insert, text
from sqlalchemy.dialects import postgresql, sqlite
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
        columns = ", ".join(names)
        types = ", ".join(f"{name} {table.c[name].type.compile(dialect=dialect)}" for name in names)
        sql = (
            f"INSERT INTO {table.name} ({columns}) "
            f"SELECT {columns} FROM json_to_recordset(CAST(:rows AS json)) AS given({types})"
        )
        if returning:
            sql += f" RETURNING {', '.join(returning)}"
        given = json.dumps(list(rows), ensure_ascii=False, default=_json_value)
        result = session.execute(text(sql), {"rows": given})
        return [tuple(row) for row in result] if returning else []
    statement = insert(table)
    if not returning:
        session.execute(statement, list(rows))
        return []
    answered = session.execute(statement.returning(*(table.c[name] for name in returning)), list(rows))
    return [tuple(row) for row in answered]


def among(session: Session, column: Any, values: Collection[Any]) -> ColumnElement[bool]:
    """`column IN values`. On PostgreSQL `= ANY(one array parameter)`: the statement is the same for any number of
    values (prepared once, no list of placeholders to render each time)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(
            ColumnElement[bool], column == any_(bindparam(None, list(values), type_=postgresql.ARRAY(column.type)))
        )
    return cast(ColumnElement[bool], column.in_(values))


def insert_missing(session: Session, model: type[Base], row: dict[str, Any]) -> None:
    """Insert the row unless one with its primary key is there (one statement, no read before it)."""
    dialect = session.get_bind().dialect.name
    statement: Any = postgresql.insert(model) if dialect == "postgresql" else sqlite.insert(model)
    session.execute(statement.values(**row).on_conflict_do_nothing())


def _json_value(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot insert a {type(value).__name__} in bulk")
