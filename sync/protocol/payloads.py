"""The payload of each event type (schema 1), as the desktop writes it and the server and other offices read it.

Keys a reader may rely on are required; the others may be absent (older versions did not write them). Dates are ISO
text, files are named by `sha256:<hex>`, ids are UUIDv7 text. `payload_problems` checks a payload against this.
"""

# (no `from __future__ import annotations`: TypedDict must see NotRequired when the class is made)
from typing import Any, NotRequired, TypedDict, get_type_hints, is_typeddict

from sync.protocol.events import EventType


class OfficeCreated(TypedDict):
    office_id: str
    code: str
    name_lo: str
    name_en: NotRequired[str]


class SharingSet(TypedDict):  # what the office tells the offices its letters came from (core/journey/policy.py)
    progress: bool
    holder: bool
    lost_after_days: int


class UserCreated(TypedDict):
    user_id: str
    username: str
    display_name: str
    title: NotRequired[str]
    roles: NotRequired[list[str]]
    department_id: NotRequired[str | None]


class UserUpdated(TypedDict):  # only what changed
    user_id: str
    roles: NotRequired[list[str]]
    department_id: NotRequired[str | None]
    title: NotRequired[str]
    active: NotRequired[bool]


class DepartmentCreated(TypedDict):
    department_id: str
    name_lo: str
    name_en: NotRequired[str]


class DelegationSet(TypedDict):
    delegation_id: str
    from_user_id: str
    to_user_id: str
    start: str
    end: str


class DelegationCancelled(TypedDict):
    delegation_id: str


class OrgAdded(TypedDict):
    org_id: str
    name_lo: str
    name_en: NotRequired[str]
    abbr: NotRequired[str]
    kind: NotRequired[str]
    province: NotRequired[str]
    office_id: NotRequired[str | None]  # the enrolled office it stands for: letters to it are delivered there


class OrgUpdated(TypedDict):
    org_id: str
    fields: dict[str, str | None]  # only the fields that changed (those of OrgAdded but org_id)


class OrgMerged(TypedDict):
    org_id: str
    into_org_id: str | None  # None: separated again


class Attachment(TypedDict):
    id: str
    blob: str
    filename: str
    media_type: str
    size: int


class SignedCopy(Attachment):
    source_sha256: NotRequired[str]  # the hex SHA-256 of the attachment this PDF copy signs inside


class LetterRegistered(TypedDict):
    direction: str  # in, out
    registry_number: str
    registry_year: int
    registry_seq: NotRequired[int | None]
    series_key: NotRequired[str]  # "in:2026", "out:2026:ກງ", "in:historic"
    provisional: NotRequired[bool]  # numbered offline: the server confirms it (letter.number_confirmed)
    registered_at: str
    register_date: str
    letter_date: NotRequired[str | None]
    sender_org_id: NotRequired[str | None]
    sender_name: NotRequired[str]
    sender_ref: NotRequired[str]
    delivery_mode: NotRequired[str]
    subject: str
    summary: NotRequired[str]
    doc_type: NotRequired[str]
    urgency: NotRequired[str]  # normal, urgent, very_urgent
    confidentiality: NotRequired[str]  # normal, confidential, secret
    pages: NotRequired[int | None]
    reply_due: NotRequired[str | None]
    keywords: NotRequired[str]
    signatory: NotRequired[str]
    recipients: NotRequired[list[str]]  # address-book entries (org ids) of the sending office
    recipients_text: NotRequired[str]
    recipient_offices: NotRequired[list[str]]  # offices of the national directory: the server delivers to them
    office_name: NotRequired[str]  # an outgoing letter to other offices: the sending office's Lao name, for them
    in_reply_to: NotRequired[str | None]
    attachments: NotRequired[list[Attachment]]
    # Its place in a journey across offices (core/journey/links.py)
    arrived_from: NotRequired[str]
    forwards: NotRequired[str]
    answers: NotRequired[str]
    origin: NotRequired[str]
    resends: NotRequired[str]  # this office's letter an office returned, sent again to others by this one


class FieldCorrected(TypedDict):
    field: str
    old: Any
    new: Any
    reason: NotRequired[str]


class Voided(TypedDict):
    reason: str


class NumberConfirmed(TypedDict):
    old: str
    new: str
    registry_seq: int
    series_key: str


class RoutingStepSpec(TypedDict):
    step_id: str
    to_user_id: str | None
    to_department_id: str | None
    action: str
    due: str | None


class Routed(TypedDict):
    steps: list[RoutingStepSpec]
    minute: NotRequired[str]
    from_step_id: NotRequired[str | None]


class Redirected(TypedDict):
    from_steps: list[dict[str, str]]  # {step_id, copy_step_id}
    steps: list[RoutingStepSpec]
    minute: NotRequired[str]


class StepOnly(TypedDict):  # letter.acknowledged, letter.recalled
    step_id: str


class Returned(TypedDict):
    step_id: str
    back_step_id: str
    minute: NotRequired[str]


class Completed(TypedDict):
    outcome: str
    reply_letter_id: NotRequired[str | None]
    note: NotRequired[str]


class Reopened(TypedDict):
    reason: str
    step_id: str


class Commented(TypedDict):
    text: str


class Signer(TypedDict):
    name: str
    title: str
    serial: str
    fingerprint: str


class Signed(TypedDict):
    role: str  # prepared, approved, signed (eoffice_shared/signing/roles.py)
    order: int
    signed_at: str
    cms: str  # base64 DER
    manifest: str  # base64 of the canonical manifest signed
    manifest_sha256: str
    code: str  # the verification code printed on the letter
    signer: Signer
    pdf_copies: NotRequired[list[SignedCopy]]


class SignatureTimestamped(TypedDict):
    signature: str  # the letter.signed event id
    token: str  # base64 RFC 3161 time-stamp token


class SignatureExtended(TypedDict):
    signature: str  # the letter.signed event id
    cms: str  # base64 DER: that signature with unsigned attributes added (time-stamp token, validation data)
    level: str  # the level it reaches when made, e.g. "CAdES B-LT"


class PdfArchived(TypedDict):
    signature: str
    copies: list[SignedCopy]


class TrustItem(TypedDict):  # trust.ca_added, trust.crl_published
    der: str  # base64
    subject: NotRequired[str]


class Receipt(TypedDict):  # written by the receiving office on the sender's letter
    status: str  # delivered, registered, returned (sync/protocol/receipts.py)
    office_name: NotRequired[str]
    registry_number: NotRequired[str]
    incoming_letter_id: NotRequired[str]
    reason: NotRequired[str]  # returned: why the office sent the letter back


class Tracking(TypedDict, total=False):  # the handling state only (sync/protocol/tracking.py)
    status: str
    registry_number: str
    department: str
    holder: str
    outcome: str
    answer_number: str
    answer_letter_id: str
    forwarded_to: str
    forward_number: str
    forwarded_on_paper: str  # the offices without eOffice it was sent on to, "; " between them
    delivered_on_paper: str  # those whose delivery the office recorded: "YYYY-MM-DD name", "; " between them
    office_name: str
    about_office_id: str
    about_office_name: str


class PaperDelivered(TypedDict):  # the sender's own record of a delivery on paper (core/journey/paper.py)
    org_id: str  # the address-book entry the letter went to on paper
    delivered_on: str  # ISO date, as signed in the delivery book
    received_by: str
    their_number: NotRequired[str]  # the receiving office's registry number, when it gave one
    note: NotRequired[str]


PAYLOADS: dict[str, Any] = {
    EventType.OFFICE_CREATED: OfficeCreated,
    EventType.OFFICE_SHARING_SET: SharingSet,
    EventType.USER_CREATED: UserCreated,
    EventType.USER_UPDATED: UserUpdated,
    EventType.DEPARTMENT_CREATED: DepartmentCreated,
    EventType.DELEGATION_SET: DelegationSet,
    EventType.DELEGATION_CANCELLED: DelegationCancelled,
    EventType.ORG_ADDED: OrgAdded,
    EventType.ORG_UPDATED: OrgUpdated,
    EventType.ORG_MERGED: OrgMerged,
    EventType.LETTER_REGISTERED: LetterRegistered,
    EventType.LETTER_FIELD_CORRECTED: FieldCorrected,
    EventType.LETTER_VOIDED: Voided,
    EventType.LETTER_ATTACHMENT_ADDED: Attachment,
    EventType.LETTER_NUMBER_CONFIRMED: NumberConfirmed,
    EventType.LETTER_ROUTED: Routed,
    EventType.LETTER_REDIRECTED: Redirected,
    EventType.LETTER_ACKNOWLEDGED: StepOnly,
    EventType.LETTER_RECALLED: StepOnly,
    EventType.LETTER_RETURNED: Returned,
    EventType.LETTER_COMPLETED: Completed,
    EventType.LETTER_REOPENED: Reopened,
    EventType.LETTER_COMMENTED: Commented,
    EventType.LETTER_SIGNED: Signed,
    EventType.LETTER_SIGNATURE_TIMESTAMPED: SignatureTimestamped,
    EventType.LETTER_PDF_ARCHIVED: PdfArchived,
    EventType.LETTER_SIGNATURE_EXTENDED: SignatureExtended,
    EventType.TRUST_CA_ADDED: TrustItem,
    EventType.TRUST_CRL_PUBLISHED: TrustItem,
    EventType.LETTER_RECEIPT: Receipt,
    EventType.LETTER_TRACKING: Tracking,
    EventType.LETTER_PAPER_DELIVERED: PaperDelivered,
    EventType.LETTER_DELIVERED: Receipt,  # earlier versions' receipts
    EventType.LETTER_RECEIVED: Receipt,
}


def payload_problems(event_type: str, payload: dict[str, Any]) -> list[str]:
    """What does not fit the declared payload of `event_type` (its top-level keys): required keys missing, keys not
    declared. Empty when it fits (values are not checked here: the readers of each type do that)."""
    shape = PAYLOADS.get(event_type)
    if shape is None or not is_typeddict(shape):
        return [f"{event_type}: no payload declared"]
    declared = set(get_type_hints(shape))
    missing = sorted(shape.__required_keys__ - set(payload))
    extra = sorted(set(payload) - declared)
    return [f"{event_type}: missing {key}" for key in missing] + [f"{event_type}: undeclared {key}" for key in extra]
