"""Tables of the console and the check page: administrators, their sessions, the audit log, and the verification
codes of signatures the server learned from `letter.signed` events."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.models import Base


class ConsoleUser(Base):
    """An administrator of the console (not an office user). `province_id`: the province office a provincial
    administrator may act on (empty for a national one)."""

    __tablename__ = "console_users"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # national, provincial
    province_id: Mapped[str] = mapped_column(String(64), default="")
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    failed: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ConsoleSession(Base):
    """A signed-in browser: only the hash of its cookie is kept, with the token its forms must carry (CSRF)."""

    __tablename__ = "console_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """One action of an administrator (or a refused sign-in). Only ever added: the console has no way to change it."""

    __tablename__ = "console_audit"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class SignatureCode(Base):
    """The verification code of a signature an office sent (`letter.signed`) and what its printed stamp already says:
    the public check page reads only this (and the registry number and revocation)."""

    __tablename__ = "signature_codes"
    code: Mapped[str] = mapped_column(String(19), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    letter_id: Mapped[str] = mapped_column(String(36), index=True)
    office_id: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    signer_name: Mapped[str] = mapped_column(String(300), default="")
    signer_title: Mapped[str] = mapped_column(String(300), default="")
    cert_serial: Mapped[str] = mapped_column(String(40), default="")
    signed_at: Mapped[str] = mapped_column(String(32), default="")


class ActivityDay(Base):
    """The server's traffic on one day (UTC), for the console's chart: requests, refusals (4xx), errors (5xx) and
    bytes received and sent. Each server process adds what it counted, at most a minute late."""

    __tablename__ = "console_activity_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    requests: Mapped[int] = mapped_column(BigInteger, default=0)
    refused: Mapped[int] = mapped_column(BigInteger, default=0)
    errors: Mapped[int] = mapped_column(BigInteger, default=0)
    bytes_in: Mapped[int] = mapped_column(BigInteger, default=0)
    bytes_out: Mapped[int] = mapped_column(BigInteger, default=0)


class BundleRead(Base):
    """A USB bundle of an office read in: relayed by a PC of `relayed_by` (an office above it, or itself), or read in
    at the server by IT staff (`relayed_by` empty)."""

    __tablename__ = "console_bundle_reads"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    office_id: Mapped[str] = mapped_column(String(64), index=True)
    relayed_by: Mapped[str] = mapped_column(String(64), default="")
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    files: Mapped[int] = mapped_column(Integer, default=0)


class FileWanted(Base):
    """A file (attachment, scan, signed PDF copy) an office's events refer to, and whether the server holds it yet:
    what the console counts as files waiting to be uploaded. Filled from the events as the console is read."""

    __tablename__ = "console_files"
    office_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hash: Mapped[str] = mapped_column(String(71), primary_key=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
