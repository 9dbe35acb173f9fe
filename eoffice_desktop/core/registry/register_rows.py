"""The register's filter and its rows: plain data (no database code), shared by the queries (`register_query.py`),
the window's first page read without SQLAlchemy (`first_page.py`) and the table that shows them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class RegisterFilter:
    direction: str = "in"
    year: int | None = None
    status: str | None = None  # "registered", "void", or None for all but void
    urgency: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_void: bool = True
    office_id: str | None = None  # this office's own register (letters of other offices are arrivals)
    text: str = ""  # plain substring of number, subject, correspondent or reference (the full search is search.py)


@dataclass(frozen=True)
class Whereabouts:
    """Where an outgoing letter is in the offices it went to, in short (core/journey/whereabouts.py)."""

    kind: str  # on_way, delivered, registered, completed, returned, late, paper, sent_on
    count: int = 0  # offices that reached that stage (delivered, registered; paper: delivered on paper)
    total: int = 0  # offices it went to through the server (paper: on paper; delivered: both, when some on paper)
    office: str = ""  # the office a "returned", "late" or "sent_on" state names
    # sent_on: how far it got where it is now ("", delivered, registered, completed, returned; paper or
    # paper_delivered: `office` is an office without eOffice it was sent on to on paper, by its name)
    stage: str = ""


@dataclass(frozen=True)
class RegisterRow:
    id: str
    registry_number: str
    register_date: date
    correspondent: str
    sender_ref: str
    subject: str
    urgency: str
    confidentiality: str
    status: str
    reply_due: date | None
    attachment_count: int
    provisional: bool
    # an outgoing letter sent to other offices (read with its page); by keyword only: rows are made from SQL rows by
    # position, a search row adds its own columns after these
    where: Whereabouts | None = field(default=None, kw_only=True)
