"""What the server's administration (offices, enrolment codes, devices, the directory) refuses, and the server's clock:
below both `admin.py` and `directory.py`, so each can use the other's refusals without importing it."""

from __future__ import annotations

from datetime import UTC, datetime

from eoffice_shared.refusals import Refusal


class AdminError(Refusal, ValueError):
    """`code` names the refusal for a PC's own words (it travels as the error body's `reason`); the English sentence
    is for IT staff at the server's command line and console."""

    code = "admin_refused"


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
