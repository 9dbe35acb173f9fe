"""The database tables: the event log (the truth) and the projections the screens read.

Projections are rebuilt from the log by `projections.rebuild`, so their columns can change with a migration.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Local settings of this PC and office (numbering template, language, device identity)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Event(Base):
    """The append-only log. `seq` is the local order of arrival; `hlc` is the order projections fold in."""

    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(64))
    schema: Mapped[int] = mapped_column(Integer, default=1)
    letter_id: Mapped[str | None] = mapped_column(String(36), index=True)
    office_id: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(96), index=True)
    dev_seq: Mapped[int] = mapped_column(Integer)
    prev: Mapped[str] = mapped_column(String(71))
    hash: Mapped[str] = mapped_column(String(71))
    payload: Mapped[str] = mapped_column(Text)
    deps: Mapped[str] = mapped_column(Text, default="[]")
    blobs: Mapped[str] = mapped_column(Text, default="[]")
    sig: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    server_pos: Mapped[int | None] = mapped_column(Integer)
    acked: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when the server refused the event for good: it leaves the outbox and shows in "Needs attention".
    refused: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("device_id", "dev_seq", name="uq_events_device_seq"),
        Index("ix_events_outbox", "acked", "seq"),
    )


class Office(Base):
    """Offices known to this PC: our own and those we exchange letters with."""

    __tablename__ = "offices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    name_lo: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")


class User(Base):
    """People of this office. The password hash never enters the event log."""

    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64))
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[str | None] = mapped_column(String(36))
    password_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Organisation(Base):
    """The office's address book: ministries, provinces, districts and others who write to us."""

    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name_lo: Mapped[str] = mapped_column(String(300), index=True)
    name_en: Mapped[str] = mapped_column(String(300), default="")
    abbr: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(32), default="other")
    province: Mapped[str] = mapped_column(String(100), default="")
    office_id: Mapped[str | None] = mapped_column(String(64))
    # The entry it was merged into (lists show that one; its letters are found under it). Field edits and the
    # merge are last writer by HLC: `field_versions` holds the HLC of each field's last change.
    merged_into: Mapped[str | None] = mapped_column(String(36))
    field_versions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    # A registration finds its sender by any of these names, compared lower-cased (migration 0014).
    __table_args__ = (
        Index("ix_organisations_lower_name_lo", text("lower(name_lo)")),
        Index("ix_organisations_lower_name_en", text("lower(name_en)")),
        Index("ix_organisations_lower_abbr", text("lower(abbr)")),
    )


# The columns a search's filters test, kept in the sort indexes after the sort's own (migration 0012).
_TESTED = ("status", "registry_year", "register_date", "urgency", "confidentiality", "direction")
TESTED_AFTER_SORT = {
    "date": tuple(c for c in _TESTED if c != "register_date"),
    "number": tuple(c for c in _TESTED if c != "registry_year"),
    "correspondent": _TESTED,
    "year_date": tuple(c for c in _TESTED if c not in ("registry_year", "register_date")),
}


class Letter(Base):
    """One registered letter as the register shows it: the fold of its events."""

    __tablename__ = "letters"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    registry_number: Mapped[str] = mapped_column(String(64))
    registry_year: Mapped[int] = mapped_column(Integer)
    registry_seq: Mapped[int | None] = mapped_column(Integer)
    series_key: Mapped[str] = mapped_column(String(64), default="")
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    registered_by: Mapped[str] = mapped_column(String(64))
    # Date received (incoming) or date issued (outgoing): the date column of the paper register.
    register_date: Mapped[date] = mapped_column(Date)
    letter_date: Mapped[date | None] = mapped_column(Date)
    sender_org_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    sender_name: Mapped[str] = mapped_column(String(300), default="")
    sender_ref: Mapped[str] = mapped_column(String(100), default="")
    delivery_mode: Mapped[str] = mapped_column(String(16), default="hand")
    subject: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    doc_type: Mapped[str] = mapped_column(String(16), default="letter")
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    confidentiality: Mapped[str] = mapped_column(String(16), default="normal")
    pages: Mapped[int | None] = mapped_column(Integer)
    reply_due: Mapped[date | None] = mapped_column(Date)
    keywords: Mapped[str] = mapped_column(Text, default="")
    signatory: Mapped[str] = mapped_column(String(200), default="")
    recipients_text: Mapped[str] = mapped_column(Text, default="")
    in_reply_to: Mapped[str | None] = mapped_column(ForeignKey("letters.id"))
    # registered -> in_progress (routed) -> completed; or void
    status: Mapped[str] = mapped_column(String(16), default="registered")
    outcome: Mapped[str] = mapped_column(String(200), default="")
    holders_text: Mapped[str] = mapped_column(Text, default="")
    routing_due: Mapped[date | None] = mapped_column(Date)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    tracking_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    moved: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment_count: Mapped[int] = mapped_column(Integer, default=0)
    field_versions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    updated_hlc: Mapped[str] = mapped_column(String(96))

    __table_args__ = (
        # Not unique in the database: the log may bring a clash made elsewhere (two PCs without number blocks),
        # and the register must still show both; registration refuses a used number, `check` reports clashes.
        Index("ix_letters_office_number", "office_id", "direction", "registry_year", "registry_number"),
        Index("ix_letters_register", "direction", "registry_year", "registry_seq"),
        Index("ix_letters_date", "direction", "register_date"),
        Index("ix_letters_reply", "in_reply_to", sqlite_where=text("in_reply_to IS NOT NULL")),  # (most answer none)
        Index("ix_letters_series", "series_key", "registry_seq"),
        Index("ix_letters_number", "registry_number"),
        # The search's sort orders across both registers (migration 0009), then the columns its filters test
        # (0012): a sorted page walks one, checks the filters on the index alone, and stops at the page.
        Index("ix_letters_sort_date", "register_date", "registry_seq", "id", *TESTED_AFTER_SORT["date"]),
        Index(
            "ix_letters_sort_number",
            "registry_year",
            "registry_seq",
            "registry_number",
            "id",
            *TESTED_AFTER_SORT["number"],
        ),
        Index(
            "ix_letters_sort_correspondent",
            text("(CASE WHEN direction = 'in' THEN sender_name ELSE recipients_text END)"),
            "id",
            *TESTED_AFTER_SORT["correspondent"],
        ),
        Index(
            "ix_letters_sort_year_date",
            "registry_year",
            "register_date",
            "registry_seq",
            "id",
            *TESTED_AFTER_SORT["year_date"],
        ),
        Index(
            "ix_letters_sort_sender",
            "sender_org_id",
            text("(CASE WHEN direction = 'in' THEN sender_name ELSE recipients_text END)"),
            "id",
        ),
    )


class LetterRecipient(Base):
    """Recipients of an outgoing letter, in the order written on it."""

    __tablename__ = "letter_recipients"
    letter_id: Mapped[str] = mapped_column(ForeignKey("letters.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))


class Attachment(Base):
    """A scan or document of a letter; the bytes live in the blob store under `blob_hash`."""

    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    letter_id: Mapped[str] = mapped_column(ForeignKey("letters.id"), index=True)
    blob_hash: Mapped[str] = mapped_column(String(71))
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(64))


class NumberBlock(Base):
    """A range of one registry series that this PC may hand out (DESIGN section 3)."""

    __tablename__ = "number_blocks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    series_key: Mapped[str] = mapped_column(String(64), index=True)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    next: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default="local")


class FormTemplate(Base):
    """A filled registration form saved by a clerk for the next letter of the same kind."""

    __tablename__ = "form_templates"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    direction: Mapped[str] = mapped_column(String(3))
    fields: Mapped[dict[str, object]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(64))


class Department(Base):
    """An organisational unit of the office; letters can be routed to it as a whole."""

    __tablename__ = "departments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name_lo: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    head_user_id: Mapped[str | None] = mapped_column(String(64))


class RoutingStep(Base):
    """One hand-over of a letter to a person or a department, with its action, minute and due date."""

    __tablename__ = "routing_steps"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    letter_id: Mapped[str] = mapped_column(ForeignKey("letters.id"), index=True)
    parent_step_id: Mapped[str | None] = mapped_column(String(36))
    from_user_id: Mapped[str] = mapped_column(String(64), index=True)
    to_user_id: Mapped[str | None] = mapped_column(String(64), index=True)
    to_department_id: Mapped[str | None] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(16))
    minute: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    # sent -> acknowledged -> forwarded / returned / completed; or recalled; "copy" for redirected holders
    status: Mapped[str] = mapped_column(String(16), default="sent")
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    acted_by: Mapped[str | None] = mapped_column(String(64))
    flags: Mapped[str] = mapped_column(String(100), default="")
    sent_hlc: Mapped[str] = mapped_column(String(96))

    __table_args__ = (Index("ix_routing_open", "status", "to_user_id"),)


class Delegation(Base):
    """An official's inbox handed to a colleague for a period (leave, mission)."""

    __tablename__ = "delegations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    from_user_id: Mapped[str] = mapped_column(String(64), index=True)
    to_user_id: Mapped[str] = mapped_column(String(64), index=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class BlobSync(Base):
    """Where each attachment file stands with the server: to upload, uploaded, to download, or held back."""

    __tablename__ = "blob_sync"
    hash: Mapped[str] = mapped_column(String(71), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))  # upload, download, done, held
    size: Mapped[int] = mapped_column(Integer, default=0)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SyncIssue(Base):
    """Something sync could not do that a person must see: an event the server refused, with its reason."""

    __tablename__ = "sync_issues"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    letter_id: Mapped[str | None] = mapped_column(String(36))
    code: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class DirectoryOffice(Base):
    """An office of the national directory, as the server last sent it (server data: never an event, never rebuilt
    from the log). `place`, `search_key` and `parents_key` are made here for the office search
    (core/addresses/directory.py)."""

    __tablename__ = "directory_offices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    name_lo: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(16), default="other")
    province: Mapped[str] = mapped_column(String(100), default="")
    parent_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="active")
    merged_into: Mapped[str | None] = mapped_column(String(64))
    event_office_id: Mapped[str | None] = mapped_column(String(64), index=True)
    former: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[code, name_lo, name_en], ...]
    place: Mapped[str] = mapped_column(String(1000), default="")  # "ເມືອງ X · ແຂວງ Y": its parents, nearest first
    code_key: Mapped[str] = mapped_column(String(64), default="")  # folded code (prefix match)
    search_key: Mapped[str] = mapped_column(Text, default="")  # folded code, names and former names
    parents_key: Mapped[str] = mapped_column(Text, default="")  # its parents' folded names, nearest first


class NationalHoliday(Base):
    """A public holiday of the national calendar (from the server with the directory)."""

    __tablename__ = "national_holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name_lo: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")


class OcrFile(Base):
    """How far the reading of one stored scan has come (derived data, kept beside the original, never in it)."""

    __tablename__ = "ocr_files"
    blob_hash: Mapped[str] = mapped_column(String(71), primary_key=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16))  # reading, done, failed
    message: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class OcrPage(Base):
    """The text of one page of a stored scan, as read by OCR or taken from the PDF's own text layer."""

    __tablename__ = "ocr_pages"
    blob_hash: Mapped[str] = mapped_column(String(71), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)  # from 0
    text: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)  # 0-100; -1 for a text layer
    source: Mapped[str] = mapped_column(String(8))  # ocr, layer
    read_at: Mapped[datetime] = mapped_column(DateTime)
    # The reader reads a page two ways and shows the better reading; the other is kept for search only (its
    # skeleton is indexed, ocr.confusions), as it reads some words right that the shown one misreads.
    other_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Which version of the reader read it (ocr.engine.READER_VERSION), and whether the server has it: a page read
    # here waits to be sent (False); a page the server gave this PC, or that it took, is shared (True).
    reader: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The text came from the server (another PC, of this office or of the one that sent the scan, read it): after
    # the server is restored from a backup, only the pages read here are sent again, by the PC that read them.
    taken: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
