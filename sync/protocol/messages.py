"""Request and answer bodies of the sync protocol (docs/sync-protocol.md), shared by client and server.

Every answer carries `"protocol": 1`; a page without it (a captive portal's 200) is not an answer.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from sync.protocol import PROTOCOL_VERSION

MAX_BATCH_EVENTS = 500
MAX_PUSH_BYTES = 4 * 1024 * 1024
MAX_INFLATED_BYTES = 4 * MAX_PUSH_BYTES  # a compressed body may inflate to this much, no more
CHUNK_SIZE = 256 * 1024


BLOB_HASH_PATTERN = r"^sha256:[0-9a-f]{64}$"


def _whole(value: Any) -> Any:
    """JSON has one kind of number, and JSON Schema counts 47.0 as the integer 47: taken as 47. 47.5, "47" and true
    stay refused (requests are strict)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


Count = Annotated[int, BeforeValidator(_whole)]  # an integer as the OpenAPI description says ("type": "integer")
BlobHash = Annotated[str, Field(pattern=BLOB_HASH_PATTERN)]


class Request(BaseModel):
    """A request body: unknown fields are refused, and so are values of the wrong JSON type (`true` is not a count)."""

    model_config = ConfigDict(extra="forbid", strict=True)


class Answer(BaseModel):
    protocol: int = PROTOCOL_VERSION


class ErrorBody(Answer):
    code: str
    message_en: str
    message_lo: str
    retry: bool = False
    # What exactly was refused within `code` (an enrolment code already used, an official the server does not
    # know ...), for the PC's own words; "" when the code says it all (and from servers older than it).
    reason: str = ""


class Hello(Answer):
    server_time: str
    epoch: str
    versions: list[int] = [PROTOCOL_VERSION]
    max_push_bytes: int = MAX_PUSH_BYTES
    max_batch_events: int = MAX_BATCH_EVENTS
    chunk_size: int = CHUNK_SIZE
    # The version of the national directory of offices: a PC holding another one asks `GET /v1/directory`
    # (absent, read as None: a server older than the directory).
    directory_version: int | None = None
    # The newest text read from scans on the server (its position): a PC whose cursor is there does not ask
    # `GET /v1/scan-text/pull` (absent, read as None: a server older than that text's sync; the PC does not ask).
    # Given only to an enrolled PC that sends its token with hello (None without one).
    scan_text_seq: int | None = None
    # The number of the newest key of the USB bundles between the PCs of the office of the PC that sends its token
    # (None without one, or while the office has none): a PC holding an older one asks `GET /v1/office-key`.
    office_key_number: int | None = None


class EnrolRequest(Request):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(min_length=1, max_length=200)
    app_version: str = Field(default="", max_length=40)
    local_office_id: str | None = Field(default=None, max_length=64)  # an office this PC set up before enrolling
    device_id: str | None = Field(default=None, pattern=r"^dev_[0-9a-f]{8,32}$")  # the id this PC's events carry
    # A PC restored from a backup enrolling again: the device of the same office it was (its unsent events follow).
    replaces: str | None = Field(default=None, pattern=r"^dev_[0-9a-f]{8,32}$")


class Enrolled(Answer):
    device_id: str
    office_id: str
    office_code: str
    office_name_lo: str
    token: str
    epoch: str
    # The key of the USB bundles between the office's PCs (base64, 32 bytes; absent from a server of an earlier
    # version, whose PCs' bundles the office's other PCs cannot read).
    office_key: str | None = None
    office_key_number: int | None = None  # its number: a new key is made each time a PC of the office is revoked
    office_keys: dict[str, str] = Field(default_factory=dict)  # every key of the office, by number (base64)


class OfficeKeyAnswer(Answer):
    """`GET /v1/office-key`: the keys of the USB bundles between the PCs of the asking PC's office (base64): the newest,
    which it wraps its bundles with, and all of them by number, which it reads bundles with (a bundle names the number
    of the key it was wrapped with)."""

    office_key: str
    office_key_number: int = 1
    office_keys: dict[str, str] = Field(default_factory=dict)


class WireEvent(Request):
    """The event envelope as it travels (sync.protocol.envelope.EventEnvelope)."""

    id: str = Field(min_length=36, max_length=36)
    type: str = Field(min_length=1, max_length=64)
    schema_: Count = Field(default=1, alias="schema", ge=1, le=1000)
    letter_id: str | None = Field(default=None, max_length=36)
    office_id: str = Field(min_length=1, max_length=64)
    device_id: str = Field(min_length=1, max_length=64)
    author_id: str = Field(min_length=1, max_length=64)
    hlc: str = Field(min_length=10, max_length=96)
    dev_seq: Count = Field(ge=1, le=2**53)
    prev: str = Field(min_length=71, max_length=71)
    payload: dict[str, Any]
    deps: list[str] = Field(default_factory=list, max_length=100)
    blobs: list[BlobHash] = Field(default_factory=list, max_length=100)
    sig: str | None = Field(default=None, max_length=400)

    def envelope_dict(self) -> dict[str, Any]:
        data = self.model_dump(by_alias=True)
        if data.get("sig") is None:
            data.pop("sig", None)
        return data


class PushRequest(Request):
    events: list[WireEvent] = Field(max_length=MAX_BATCH_EVENTS)


class PushResult(BaseModel):
    id: str
    status: Literal["accepted", "duplicate", "held", "rejected"]
    server_pos: int | None = None
    code: str | None = None
    reason: str | None = None


class PushAnswer(Answer):
    """The server's answer to a push, one result per event; the client reads it with this same model."""

    results: list[PushResult]

    @property
    def stored(self) -> list[str]:
        """Accepted, duplicate or held: the server has them durably (the PC never sends them again)."""
        return [r.id for r in self.results if r.status != "rejected"]

    @property
    def rejected(self) -> dict[str, tuple[str, str]]:
        """Event id -> (code, reason) of the permanent refusals."""
        return {r.id: (r.code or "rejected", r.reason or "") for r in self.results if r.status == "rejected"}


class PullAnswer(Answer):
    events: list[dict[str, Any]]
    next: int
    high_water: int
    more: bool
    epoch: str
    # The server's Lao name of each other office whose events are in `events`, by the office id they carry: what a PC
    # that does not know the office names it by (never the name its letter gives itself). Absent from older servers.
    senders: dict[str, str] = Field(default_factory=dict)


class DirectoryOffice(BaseModel):
    id: str
    code: str
    name_lo: str
    name_en: str = ""
    kind: str = "other"
    province: str = ""  # the id of its province office
    parent_id: str | None = None
    status: str = "active"  # active, closed, merged
    merged_into: str | None = None
    event_office_id: str | None = None  # set once a PC of the office is enrolled: letters reach it by sync
    former: list[list[str]] = Field(default_factory=list)  # [code, Lao name, English name] it had before


class DirectoryHoliday(BaseModel):
    day: str  # YYYY-MM-DD
    name_lo: str
    name_en: str = ""
    removed: bool = False


class DirectoryAnswer(Answer):
    """The directory changed after the version the PC holds; `full`: replace everything held."""

    version: int
    full: bool
    offices: list[DirectoryOffice]
    holidays: list[DirectoryHoliday]


class BlobQuery(Request):
    hashes: list[BlobHash] = Field(max_length=1000)


class BlobStatus(Answer):
    present: list[str]
    partial: dict[str, list[int]]
    missing: list[str]


class BlobComplete(Request):
    size: Count = Field(ge=1, le=2**40)


class DigestQuery(Request):
    upto: Count = Field(ge=0, le=2**53)
    count: Count = Field(ge=0, le=2**53)
    xsum: Count = Field(ge=0, lt=2**32)
    own: Count = Field(default=0, ge=0, le=2**53)  # as in pull: this PC's own events up to this dev_seq are left out


class DigestAnswer(Answer):
    ok: bool
    server_count: int
    first_divergent: int | None = None


SERIES_KEY_PATTERN = r"^(in|out):([0-9]{4}|all)(:[^:]{1,32})?$"


class SeriesWant(Request):
    series_key: str = Field(pattern=SERIES_KEY_PATTERN, max_length=48)  # "in:2026", "out:2026:ກງ"
    count: Count = Field(default=50, ge=1, le=500)
    highest_used: Count = Field(default=0, ge=0, le=10**9)  # what this PC already used (a paper register, a lone PC)


class NumberBlockRequest(Request):
    series: list[SeriesWant] = Field(min_length=1, max_length=20)


class NumberBlockOut(BaseModel):
    series_key: str
    first: int
    last: int


class NumberBlocks(Answer):
    blocks: list[NumberBlockOut]


class ProvisionalLetter(Request):
    letter_id: str = Field(min_length=36, max_length=36)
    series_key: str = Field(pattern=SERIES_KEY_PATTERN, max_length=48)


class ConfirmRequest(Request):
    letters: list[ProvisionalLetter] = Field(min_length=1, max_length=500)


class ConfirmedNumber(BaseModel):
    letter_id: str
    status: Literal["confirmed", "refused"]
    series_key: str
    seq: int | None = None
    reason: str | None = None


class Confirmations(Answer):
    results: list[ConfirmedNumber]


class CertificateRequest(Request):
    user_id: str = Field(min_length=1, max_length=64)
    csr_pem: str = Field(min_length=100, max_length=16_000)


class IssuedCertificate(Answer):
    serial: str  # hex
    certificate_pem: str
    ca_pem: str


class TrustAnswer(Answer):
    """What clients fetch with sync to check signatures offline: the CA certificate and its latest revocation list.

    A client that says what it holds (`have_ca`, `have_crl`) and is up to date gets `unchanged` and no PEM at all.
    """

    ca_pem: str = ""
    crl_pem: str = ""
    crl_number: int
    ca_sha256: str = ""  # SHA-256 of the CA certificate's DER, hex: what a client sends back as `have_ca`
    unchanged: bool = False
    # The time-stamping authority's certificates (PEM, the one in use first, then the retired ones) and the SHA-256
    # of the one in use ("0" before its first time-stamp): what a client sends back as `have_tsa`.
    tsa_pem: str = ""
    tsa_sha256: str = ""
