"""What the server's administration (offices, enrolment codes, devices, the directory) refuses, and the server's clock:
below both `admin.py` and `directory.py`, so each can use the other's refusals without importing it."""

from __future__ import annotations

from datetime import UTC, datetime


class AdminError(ValueError):
    pass


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
