"""Tables of the central server. One event store; a delivery feed per office with gap-free positions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ServerOffice(Base):
    """An office of the national directory (docs/directory.md); the enrolled ones also have PCs and a feed.
    Nothing is deleted: a dissolved office is closed, a duplicate merged into the office it repeats."""

    __tablename__ = "offices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_lo: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    # The id of the province office it lies in (its own id for a province; empty for national offices). Offices
    # made before the directory may hold a province's name here instead.
    province: Mapped[str] = mapped_column(String(100), default="")
    parent_id: Mapped[str | None] = mapped_column(String(64))
    # The office id its events carry: the one its first PC made offline before enrolling, or else `id`.
    event_office_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="other")
    status: Mapped[str] = mapped_column(String(16), default="active")  # active, closed, merged
    merged_into: Mapped[str | None] = mapped_column(String(64))
    # The directory version of its last change: a PC at version N fetches the offices changed after N.
    version: Mapped[int] = mapped_column(BigInteger, default=0, index=True)


class OfficeHistory(Base):
    """Each change to a directory office, with the office as it was after it (names, code, parent, status)."""

    __tablename__ = "office_history"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    office_id: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(16))  # added, renamed, moved, merged, closed, enrolled
    code: Mapped[str] = mapped_column(String(32))
    name_lo: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    parent_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="active")
    note: Mapped[str] = mapped_column(String(300), default="")


class Holiday(Base):
    """A national public holiday; a removed one is kept (`removed`) so PCs learn of the removal."""

    __tablename__ = "holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name_lo: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(BigInteger, default=0, index=True)


class EnrolmentCode(Base):
    """One-time code IT staff type into a new PC; only its hash is kept."""

    __tablename__ = "enrolment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime)
    app_version: Mapped[str] = mapped_column(String(40), default="")
    # The device of the same office this one took over (a PC restored from a backup and enrolled again): its events
    # still come from this PC, checked against its own chain.
    replaces: Mapped[str | None] = mapped_column(String(64), default=None)


class OfficeKey(Base):
    """A key of an office's USB bundles (32 random bytes), numbered per office: the first made the first time one of
    its enrolled PCs needs it, the next each time one of its PCs is revoked. Given only to its enrolled, unrevoked PCs,
    so every PC of the office (and the server) reads the bundles its PCs exchange by stick, and nobody else does; a
    revoked PC never gets a key made after its revocation (sync/server/office_keys.py)."""

    __tablename__ = "office_keys"
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    made_at: Mapped[datetime] = mapped_column(DateTime)


class BundleReturn(Base):
    """A PC's USB bundle read in, and the limits of the return bundle that answered it (sync/server/bundle_returns.py):
    the same bundle read in again (a retry after a broken link, a copy kept by an office that relays it) is answered
    from the same limits, so it reserves no new number block and brings no event the server took later."""

    __tablename__ = "bundle_returns"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    bundle: Mapped[str] = mapped_column(String(64), primary_key=True)  # the SHA-256 (hex) of its sealed manifest
    own: Mapped[int] = mapped_column(BigInteger)  # the `dev_seq` up to which the PC held its own events (basis.own)
    feed_next: Mapped[int] = mapped_column(BigInteger)  # the office's feed position the return went up to
    text_next: Mapped[int | None] = mapped_column(BigInteger, default=None)  # the readings of scans' text it went up to
    numbers: Mapped[str] = mapped_column(Text)  # the number blocks reserved and letters confirmed (acks.numbers, JSON)
    read_at: Mapped[datetime] = mapped_column(DateTime)


class EnrolFailure(Base):
    """A failed enrolment, counted against the client's address (`kind` "address") or the office whose valid code was
    refused ("office"), kept for the throttle's window: every server process reads the same counts
    (sync/server/enrol_throttle.py). The console's failed sign-ins are kept here too, per address ("signin") and per
    account from an address ("account"; sync/server/console/signin_throttle.py)."""

    __tablename__ = "enrol_failures"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))
    key: Mapped[str] = mapped_column(String(200))
    at: Mapped[float] = mapped_column(Float)  # seconds since the epoch (every process's clock)
    __table_args__ = (Index("ix_enrol_failures_key", "kind", "key", "at"), Index("ix_enrol_failures_at", "at"))


class DeviceChanges(Base):
    """One row: how many times a PC's credentials changed (SQLite: moved by a trigger on `devices` in the changing
    transaction; a server process that keeps PCs in memory drops them when it moves, sync/server/device_cache.py).
    PostgreSQL announces the changes instead (NOTIFY)."""

    __tablename__ = "device_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(BigInteger)


class StoredEvent(Base):
    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    office_id: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    dev_seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(64))
    letter_id: Mapped[str | None] = mapped_column(String(36), index=True)
    hash: Mapped[str] = mapped_column(String(71))
    body: Mapped[str] = mapped_column(Text)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    # The refusal code of an event refused for what it does (not for where it sits in its PC's chain): it is kept
    # only as a link of that chain, so the PC's later events still follow it; never delivered, in no feed.
    refused: Mapped[str | None] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("device_id", "dev_seq", name="uq_server_device_seq"),
        # The few events each PC has held (waiting for a gap to fill): a push reads them by this small index.
        Index("ix_events_held", "device_id", "dev_seq", postgresql_where=text("held"), sqlite_where=text("held")),
    )


class FeedHead(Base):
    """The last position of an office's feed; its row is locked while positions are handed out."""

    __tablename__ = "feed_heads"
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    pos: Mapped[int] = mapped_column(BigInteger, default=0)


class FeedEntry(Base):
    __tablename__ = "feed"
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    pos: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    event_seq: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (UniqueConstraint("office_id", "event_seq", name="uq_feed_event"),)


class LetterAccess(Base):
    """Which offices may see a letter: the one that registered it, and those it is addressed or routed to."""

    __tablename__ = "letter_access"
    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[bool] = mapped_column(Boolean, default=False)


class LetterLink(Base):
    """How a letter takes part in a forwarding chain, as its owner registered it (the first registration only; only
    letters with a link get a row): the other office's letter it was registered from (`arrived_from`), the owner's
    incoming letter it sends on (`forwards`), the first letter of its journey (`origin`, whose tracking code every
    letter of the journey carries). Relayed reports are checked against these links."""

    __tablename__ = "letter_links"
    __table_args__ = (Index("ix_letter_links_origin", "origin", "owner_office_id"),)
    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    owner_office_id: Mapped[str] = mapped_column(String(64))
    arrived_from: Mapped[str | None] = mapped_column(String(36), index=True)
    forwards: Mapped[str | None] = mapped_column(String(36), index=True)
    origin: Mapped[str | None] = mapped_column(String(36))


class HeardOffice(Base):
    """An office whose own word reached a letter that sends another office's letter on: its receipt or tracking report
    on it, or a report relayed there about it by the office the letter went to. Only such an office may be the one the
    owner's relayed report on the letter it sends on tells of (`about_office_id`)."""

    __tablename__ = "heard_offices"
    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class OfficeMember(Base):
    """People of each office as learned from its events (authors must be one of them)."""

    __tablename__ = "office_members"
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64))


class OrgOffice(Base):
    """An organisation of one office's address book: the office that added it (only that office may say which
    enrolled office it stands for) and, if it is one, the office that letters addressed to it are delivered to."""

    __tablename__ = "org_offices"
    org_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str | None] = mapped_column(String(64))
    owner_office_id: Mapped[str | None] = mapped_column(String(64), index=True)
    link_hlc: Mapped[str] = mapped_column(String(96), default="")  # the HLC of the owner's last change of the link


class ServerBlob(Base):
    __tablename__ = "blobs"
    hash: Mapped[str] = mapped_column(String(71), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class BlobAccess(Base):
    __tablename__ = "blob_access"
    hash: Mapped[str] = mapped_column(String(71), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    # Why the office may read it: the office whose letter gave it the file, or the office itself when it uploaded
    # the bytes (None: granted before revision 0010, not known). The text read from the file comes from there.
    via_office: Mapped[str | None] = mapped_column(String(64), default=None)


class OfficeFiles(Base):
    """The files an office has sent (uploaded, or carried by its USB bundles), counted as they come, and the bounds
    IT staff set for it (None: the server's defaults, sync/server/quotas.py)."""

    __tablename__ = "office_files"
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    files: Mapped[int] = mapped_column(BigInteger, default=0)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    files_limit: Mapped[int | None] = mapped_column(BigInteger, default=None)
    bytes_limit: Mapped[int | None] = mapped_column(BigInteger, default=None)


class ScanText(Base):
    """The text one office's PCs read from one page of a stored file (derived data: docs/sync-protocol.md). One row
    per file, page and office; a newer reader's reading replaces the row (with a new `seq`, so PCs pull it again)."""

    __tablename__ = "scan_texts"
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    hash: Mapped[str] = mapped_column(String(71))
    page: Mapped[int] = mapped_column(Integer)
    office_id: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))  # the PC that read it (it does not pull its own readings)
    pages: Mapped[int] = mapped_column(Integer)  # how many pages the file has
    reader: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(8))
    confidence: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    other_text: Mapped[str] = mapped_column(Text)
    pushed_at: Mapped[datetime] = mapped_column(DateTime)

    # SQLite: AUTOINCREMENT, so the `seq` of a replaced reading is never given again (without it, the newest row's
    # number is reused once that row is deleted: behind the cursor of every PC that took the older reading).
    __table_args__ = (
        UniqueConstraint("hash", "page", "office_id", name="uq_scan_text_page"),
        {"sqlite_autoincrement": True},
    )


class NumberSeries(Base):
    """The next number the server will hand out of one office's registry series; locked while a block is cut."""

    __tablename__ = "number_series"
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    series_key: Mapped[str] = mapped_column(String(48), primary_key=True)
    next: Mapped[int] = mapped_column(BigInteger, default=1)


class IssuedBlock(Base):
    """A block of numbers given to one device (kept so a register's gaps can be explained)."""

    __tablename__ = "number_blocks"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    office_id: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    series_key: Mapped[str] = mapped_column(String(48))
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    issued_at: Mapped[datetime] = mapped_column(DateTime)


class ConfirmedNumber(Base):
    """The final number of a letter that was registered offline with a provisional one; asked again, the same."""

    __tablename__ = "number_confirmations"
    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(64))
    series_key: Mapped[str] = mapped_column(String(48))
    seq: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(64))
    confirmed_at: Mapped[datetime] = mapped_column(DateTime)


class IssuedCertificate(Base):
    """A signing certificate the server's CA issued to an official of an office, and its revocation."""

    __tablename__ = "certificates"
    serial: Mapped[str] = mapped_column(String(40), primary_key=True)  # hex
    office_id: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(300))
    pem: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
