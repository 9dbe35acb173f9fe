"""Projection tables of signatures and of the office's trust anchors (CA certificates and revocation lists).

Both are folds of events (`letter.signed`, `trust.ca_added`, `trust.crl_published`), rebuilt with the rest.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from eoffice_desktop.core.storage.models import Base


class Signature(Base):
    """One signature on a letter; the CMS bytes and the signed manifest stay in the event (`event_id`)."""

    __tablename__ = "signatures"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    letter_id: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    signer_user_id: Mapped[str] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    cert_serial: Mapped[str] = mapped_column(String(64), default="")
    cert_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(32), index=True)
    pdf_blobs: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The last verification on this PC: a status code of signing.status, or "unchecked" until verified.
    status: Mapped[str] = mapped_column(String(16), default="unchecked")
    status_detail: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_signatures_status", "status"),)


class TrustItem(Base):
    """A CA certificate or CRL this office trusts or uses; `id` is the SHA-256 of the DER."""

    __tablename__ = "trust_items"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # "ca" or "crl"
    der: Mapped[bytes] = mapped_column(LargeBinary)
    subject: Mapped[str] = mapped_column(String(500), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
