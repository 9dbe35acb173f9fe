"""The text read from scans, as it travels between PCs through the server (docs/sync-protocol.md, "Text read from
scans"). Derived data, not events: an office may always read a scan again itself, so nothing here is signed or
chained, and the scan's upload never waits for it."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field

from sync.protocol.messages import Answer, BlobHash, Count, Request

MAX_PAGE_CHARS = 20_000  # one reading of one page; a dense A4 page holds 3,000-6,000 characters
MAX_PAGES_PER_FILE = 10_000
MAX_READINGS_PER_REQUEST = 200  # pages in one push
MAX_REQUEST_CHARS = 1_000_000  # all the text of one push (413 beyond): about 3 MB of Lao before compression
MAX_READER_VERSION = 1_000_000


def _storable(text: str) -> str:
    """Text as every database stores it: no NUL character (PostgreSQL refuses it; a PDF's text layer may hold one).
    (A lone surrogate, not UTF-8, is refused by the model itself.)"""
    return text.replace("\x00", "")


PageText = Annotated[str, Field(max_length=MAX_PAGE_CHARS), AfterValidator(_storable)]


class ScanReading(Request):
    """One page of one file as a reader read it: the text shown, the second reading kept for search, which reader."""

    hash: BlobHash
    pages: Count = Field(ge=1, le=MAX_PAGES_PER_FILE)  # how many pages the file has
    page: Count = Field(ge=0, lt=MAX_PAGES_PER_FILE)  # from 0 (a page past `pages` counts the file that long)
    text: PageText
    other: PageText = ""
    confidence: float = Field(ge=-1, le=100)  # -1: taken from the file's own text layer
    source: Literal["ocr", "layer"]
    reader: Count = Field(ge=1, le=MAX_READER_VERSION)  # eoffice_desktop.core.ocr.engine.READER_VERSION

    @property
    def chars(self) -> int:
        return len(self.text) + len(self.other)


class ScanTextPush(Request):
    readings: list[ScanReading] = Field(min_length=1, max_length=MAX_READINGS_PER_REQUEST)


class ScanTextResult(BaseModel):
    """Per file of the push."""

    hash: str
    # stored: at least one page is new or newer on the server; kept: the server already had these pages from this
    # office by the same or a newer reader; refused: this office may not read the file (or it is not complete)
    status: Literal["stored", "kept", "refused"]
    stored: int = 0


class ScanTextPushAnswer(Answer):
    results: list[ScanTextResult]


class PulledReading(BaseModel):
    hash: str
    pages: int
    page: int
    text: str
    other: str = ""
    confidence: float
    source: str
    reader: int


class ScanTextPage(Answer):
    """Readings after the PC's cursor for files its office may read (read by its own office, or by the office that
    sent it the file), by a reader not older than the PC's own; `next` is the PC's new cursor."""

    readings: list[PulledReading]
    next: int
    more: bool
