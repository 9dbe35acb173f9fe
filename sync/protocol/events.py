"""The event types of an office's log, and the newest envelope `schema` of each that this version reads.

A PC that receives an event of a type it does not know, or of a newer schema, keeps it (in the log, so chains and
digests hold) but sets it aside instead of folding it into its tables, and says so (docs/sync-protocol.md).
"""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    """Every kind of event, by its name on the wire (`type` in the envelope); docs/sync-protocol.md describes the
    payload of each."""

    # The office, its people and their stand-ins
    OFFICE_CREATED = "office.created"
    OFFICE_SHARING_SET = "office.sharing_set"  # what this office tells the offices its letters come from
    USER_CREATED = "user.created"
    USER_UPDATED = "user.updated"
    DEPARTMENT_CREATED = "department.created"
    DELEGATION_SET = "delegation.set"
    DELEGATION_CANCELLED = "delegation.cancelled"
    # The office's address book
    ORG_ADDED = "org.added"
    ORG_UPDATED = "org.updated"
    ORG_MERGED = "org.merged"
    # A letter's record
    LETTER_REGISTERED = "letter.registered"
    LETTER_FIELD_CORRECTED = "letter.field_corrected"
    LETTER_VOIDED = "letter.voided"
    LETTER_ATTACHMENT_ADDED = "letter.attachment_added"
    LETTER_NUMBER_CONFIRMED = "letter.number_confirmed"
    # Routing inside the office
    LETTER_ROUTED = "letter.routed"
    LETTER_REDIRECTED = "letter.redirected"
    LETTER_ACKNOWLEDGED = "letter.acknowledged"
    LETTER_RECALLED = "letter.recalled"
    LETTER_RETURNED = "letter.returned"
    LETTER_COMPLETED = "letter.completed"
    LETTER_REOPENED = "letter.reopened"
    LETTER_COMMENTED = "letter.commented"
    # Signatures and the trust they rest on
    LETTER_SIGNED = "letter.signed"
    LETTER_SIGNATURE_TIMESTAMPED = "letter.signature_timestamped"
    LETTER_PDF_ARCHIVED = "letter.pdf_archived"
    LETTER_SIGNATURE_EXTENDED = "letter.signature_extended"
    TRUST_CA_ADDED = "trust.ca_added"
    TRUST_CRL_PUBLISHED = "trust.crl_published"
    # Between offices: what the receiving office tells the sending one
    LETTER_RECEIPT = "letter.receipt"
    LETTER_TRACKING = "letter.tracking"
    # A letter carried on paper to an office without eOffice: the sender's clerk records its delivery
    LETTER_PAPER_DELIVERED = "letter.paper_delivered"
    # Made by earlier versions only (before receipts): still known, read by nothing
    LETTER_DELIVERED = "letter.delivered"
    LETTER_RECEIVED = "letter.received"


# The newest schema of each type this version reads and writes; raise one when its payload changes in a way an
# older version would misread (that version then keeps such events aside until it is updated).
SCHEMAS: dict[str, int] = {event_type.value: 1 for event_type in EventType}

# Events that make their author a member of the office (the office's first account).
BOOTSTRAP_TYPES = frozenset({EventType.OFFICE_CREATED, EventType.USER_CREATED})


def schema_of(event_type: str) -> int:
    """The schema this version writes for a type."""
    return SCHEMAS.get(event_type, 1)


def why_not_understood(event_type: str, schema: int) -> str | None:
    """None when this version can fold the event; otherwise why it is kept aside, in plain English (for IT staff)."""
    newest = SCHEMAS.get(event_type)
    if newest is None:
        return f"unknown event type {event_type!r} (made by a newer eOffice)"
    if schema > newest:
        return f"{event_type} of schema {schema}; this version reads up to {newest} (made by a newer eOffice)"
    return None


def understood(event_type: str, schema: int) -> bool:
    return why_not_understood(event_type, schema) is None
