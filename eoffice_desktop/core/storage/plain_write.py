"""A write transaction on the database's own sqlite3 connection, without SQLAlchemy's session around it.

A registration runs only prepared statements (`core/storage/prepared.py`), so the session's begin, flushes, commit and
close were most of the Python it spent around SQLite's own work: about 0.12 ms of a 0.9 ms registration. Code that
runs in either kind of transaction takes a `Tx` (`prepared.Tx`: a `Session` or a `PlainWrite`); where it needs the
ORM it asks `needs_session`, which hands the session back, or says that this change must be made in one. The caller
then makes it again in a session from the start (`Database.write`): the plain transaction was rolled back, nothing
of it stays. Type checking keeps every ORM call behind `needs_session`.
"""

from __future__ import annotations

import sqlite3
from typing import Any


class PlainWrite:
    """One open write transaction (`Database.write_plain`): its connection, and what the transaction's code keeps
    for its length (`info`, as `Session.info`: the settings read once, the head of the event chain...)."""

    __slots__ = ("connection", "info")

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.info: dict[str, Any] = {}


class NeedsSession(Exception):
    """This change needs the ORM (a new address-book entry, an attachment, a letter it answers...): make it again
    in a session. Never reaches a person: the caller that opened the plain transaction catches it."""
