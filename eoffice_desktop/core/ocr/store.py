"""The text read from scans, kept beside the originals: which scans wait, each page saved in its own transaction,
and the search index fed with it (the same folding as typed text, so the same query finds both)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from eoffice_desktop.core.ocr.confusions import skeleton, skeleton_term
from eoffice_desktop.core.ocr.engine import READER_VERSION, PageText
from eoffice_desktop.core.ocr.pages import SCAN_TYPES
from eoffice_desktop.core.search.index import EXTRA_SOURCES, append_search_text, rebuild_later
from eoffice_desktop.core.search.text import FIELD_SEPARATOR, fold, query_terms
from eoffice_desktop.core.storage.models import Attachment, OcrFile, OcrPage
from eoffice_desktop.core.storage.settings import get_setting, set_setting

ENABLED_KEY = "ocr.enabled"
# Scans stored before OCR arrived are read only once the office agreed (the app asks once; `eoffice ocr` reads them
# all): OLD_KEY is "" (not asked yet), "read" or "left"; SINCE_KEY is when this PC started reading new scans.
OLD_KEY = "ocr.old_scans"
SINCE_KEY = "ocr.since"
FINISHED = ("done", "failed")
# OCR puts spaces between Lao words (or syllables) that the letter wrote together; a typed query has none there.
_LAO_GAP = re.compile(r"(?<=[\u0e80-\u0eff])[ \t]+(?=[\u0e80-\u0eff])")


@dataclass(frozen=True)
class Progress:
    done: int  # pages read of the scans still being read
    total: int
    files: int  # scans not finished

    @property
    def idle(self) -> bool:
        return self.files == 0


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def ocr_enabled(session: Session) -> bool:
    return get_setting(session, ENABLED_KEY, "1") == "1"


def set_ocr_enabled(session: Session, enabled: bool) -> None:
    set_setting(session, ENABLED_KEY, "1" if enabled else "0")


def searchable(text: str) -> str:
    """Recognised text as the index holds it: the gaps OCR puts between Lao words closed."""
    return _LAO_GAP.sub("", text)


def index_text(text: str, source: str, other: str = "") -> str:
    """What the index gets for a page: its text with OCR's gaps closed and, when the reader read it (not a PDF's
    own text layer), also the skeletons (`confusions`) of its two readings (the one shown and `other`), so a word
    the reader got slightly wrong, or right only in the reading not shown, is still found."""
    joined = searchable(text)
    if source != "ocr":
        return joined
    shapes = " ".join(s for s in (skeleton(fold(joined)), skeleton(fold(searchable(other)))) if s)
    return f"{joined}{FIELD_SEPARATOR}{shapes}" if shapes else joined


def reading_since(session: Session) -> datetime | None:
    """The background reader's scope: scans added since this moment, or None for every scan."""
    if get_setting(session, OLD_KEY, "") == "read":
        return None
    since = get_setting(session, SINCE_KEY, "")
    return datetime.fromisoformat(since) if since else None


def first_start(session: Session) -> bool:
    """Note when this PC began reading scans; True if scans stored before then wait for the office's answer."""
    if not get_setting(session, SINCE_KEY, ""):
        set_setting(session, SINCE_KEY, utcnow().isoformat())
        if not waiting_files(session, limit=1):
            set_setting(session, OLD_KEY, "read")  # a new office: nothing stored before, nothing to ask
    if get_setting(session, OLD_KEY, "") != "":
        return False
    since = reading_since(session)
    return bool(since is not None and waiting_files(session, limit=1, before=since))


def answer_old_scans(session: Session, read: bool) -> None:
    set_setting(session, OLD_KEY, "read" if read else "left")


def waiting_files(
    session: Session, limit: int | None = None, since: datetime | None = None, before: datetime | None = None
) -> list[tuple[str, str]]:
    """(blob hash, media type) of the scans not yet read, newest first (what the clerk just attached comes first)."""
    finished = select(OcrFile.blob_hash).where(OcrFile.state.in_(FINISHED))
    query = (
        select(Attachment.blob_hash, func.min(Attachment.media_type))
        .where(Attachment.media_type.in_(SCAN_TYPES), Attachment.blob_hash.not_in(finished))
        .group_by(Attachment.blob_hash)
        .order_by(func.max(Attachment.added_at).desc(), Attachment.blob_hash)
    )
    if since is not None:
        query = query.having(func.max(Attachment.added_at) >= since)
    if before is not None:
        query = query.having(func.max(Attachment.added_at) < before)
    if limit is not None:
        query = query.limit(limit)
    return [(h, m) for h, m in session.execute(query)]


def progress(session: Session, since: datetime | None = None) -> Progress:
    """Pages read of the scans still waiting: "reading scans: 3 of 12 pages"."""
    waiting = [h for h, _ in waiting_files(session, since=since)]
    if not waiting:
        return Progress(0, 0, 0)
    known = dict(session.execute(select(OcrFile.blob_hash, OcrFile.pages).where(OcrFile.blob_hash.in_(waiting))).all())
    done = session.scalar(select(func.count()).select_from(OcrPage).where(OcrPage.blob_hash.in_(waiting))) or 0
    total = sum(known.get(h) or 1 for h in waiting)
    return Progress(done=done, total=max(total, done), files=len(waiting))


def next_page(session: Session, blob_hash: str) -> int:
    """The first page not saved yet. Pages are read in order and each is committed alone (a power cut repeats at
    most the page it interrupted); pages that came by sync may leave a gap, which is read first."""
    saved = session.scalars(select(OcrPage.page).where(OcrPage.blob_hash == blob_hash).order_by(OcrPage.page))
    page = 0
    for found in saved:
        if found != page:
            break
        page += 1
    return page


def start_file(session: Session, blob_hash: str, pages: int) -> None:
    row = session.get(OcrFile, blob_hash)
    if row is None:
        session.add(OcrFile(blob_hash=blob_hash, pages=pages, state="reading", message="", updated_at=utcnow()))
    else:
        row.pages, row.state, row.updated_at = pages, "reading", utcnow()


def file_pages(session: Session, blob_hash: str) -> int | None:
    row = session.get(OcrFile, blob_hash)
    return None if row is None else row.pages


def _letters_with(session: Session, blob_hash: str) -> list[str]:
    return list(session.scalars(select(Attachment.letter_id).where(Attachment.blob_hash == blob_hash).distinct()))


def save_page(
    session: Session,
    blob_hash: str,
    page: int,
    read: PageText,
    source: str,
    reader: int = READER_VERSION,
    shared: bool = False,
) -> bool:
    """Keep one page's text, make it findable in every letter holding the scan, and finish the file once every page
    is saved, all in the caller's one transaction. A page already saved is replaced only by a newer reader's
    reading (text that came by sync while this PC read the same page); returns whether the page was saved.
    `shared`: the text came from the server (it is not sent back)."""
    row = session.get(OcrPage, (blob_hash, page))
    if row is not None and row.reader >= reader:
        return False
    replaced = row is not None and bool(row.text.strip() or row.other_text.strip())
    if row is None:
        row = OcrPage(blob_hash=blob_hash, page=page)
        session.add(row)
    row.text, row.confidence, row.source, row.other_text = read.text, read.confidence, source, read.other
    row.read_at, row.reader, row.shared, row.taken = utcnow(), reader, shared, shared
    if replaced:  # the letters are found by the page's new text only: their appended text is gathered again
        rebuild_later(session, _letters_with(session, blob_hash))
    elif read.text.strip() or read.other.strip():
        for letter_id in _letters_with(session, blob_hash):
            append_search_text(session, letter_id, index_text(read.text, source, read.other))
    state = session.get(OcrFile, blob_hash)
    if state is not None and state.state != "done":
        session.flush()
        if next_page(session, blob_hash) >= state.pages:
            state.state, state.updated_at = "done", utcnow()
    return True


def finish_file(session: Session, blob_hash: str) -> None:
    """Every page is saved (or the file has none)."""
    row = session.get(OcrFile, blob_hash)
    if row is not None:
        row.state, row.updated_at = "done", utcnow()


def fail_file(session: Session, blob_hash: str, message: str) -> None:
    row = session.get(OcrFile, blob_hash)
    if row is None:
        session.add(OcrFile(blob_hash=blob_hash, pages=0, state="failed", message=message, updated_at=utcnow()))
    else:
        row.state, row.message, row.updated_at = "failed", message, utcnow()


def page_texts(session: Session, blob_hash: str) -> list[OcrPage]:
    return list(session.scalars(select(OcrPage).where(OcrPage.blob_hash == blob_hash).order_by(OcrPage.page)))


def forget_file(session: Session, blob_hash: str) -> None:
    """Read this scan again from the start (after a better model was installed, for example); its old text no
    longer finds the letters holding it."""
    session.execute(delete(OcrPage).where(OcrPage.blob_hash == blob_hash))
    session.execute(delete(OcrFile).where(OcrFile.blob_hash == blob_hash))
    rebuild_later(session, _letters_with(session, blob_hash))


def index_known_text(session: Session, letter_id: str, blob_hash: str) -> None:
    """A scan already read (the same file attached to another letter) is findable in this letter at once."""
    pages = session.execute(
        select(OcrPage.text, OcrPage.source, OcrPage.other_text)
        .where(OcrPage.blob_hash == blob_hash)
        .order_by(OcrPage.page)
    ).all()
    if any(t.strip() or o.strip() for t, _, o in pages):
        session.flush()  # the letter's own index row first
        for text, source, other in pages:
            append_search_text(session, letter_id, index_text(text, source, other))


def found_in_scans(session: Session, letter_ids: list[str], query: str) -> set[str]:
    """Of these letters (one page of search results), those a word of `query` found through their scans' text only:
    the word is in the text read from a scan and not in what was typed about the letter."""
    terms = query_terms(query)
    if not terms or not letter_ids:
        return set()
    typed: dict[str, str] = dict(
        session.execute(
            text(
                "SELECT k.letter_id, s.fields FROM letter_search AS s JOIN letter_search_keys AS k ON k.key = s.rowid "
                "WHERE k.letter_id IN (SELECT value FROM json_each(:ids))"
            ),
            {"ids": json.dumps(letter_ids)},
        ).all()
    )
    unsure = [i for i in letter_ids if any(term not in (typed.get(i) or "") for term in terms)]
    if not unsure:
        return set()
    read: dict[str, list[str]] = {}
    rows = session.execute(
        select(Attachment.letter_id, OcrPage.text, OcrPage.source, OcrPage.other_text)
        .join(OcrPage, OcrPage.blob_hash == Attachment.blob_hash)
        .where(Attachment.letter_id.in_(unsure))
    )
    for letter_id, page, source, other in rows:
        read.setdefault(letter_id, []).append(fold(index_text(page, source, other)))
    found = set()
    for letter_id, pages in read.items():
        scan = FIELD_SEPARATOR.join(pages)
        for term in terms:
            shape = skeleton_term(term)
            if term not in (typed.get(letter_id) or "") and (term in scan or (shape is not None and shape in scan)):
                found.add(letter_id)
    return found


def _recognised_text(session: Session, letter_ids: list[str] | None) -> list[tuple[str, str]]:
    query = (
        select(Attachment.letter_id, OcrPage.text, OcrPage.source, OcrPage.other_text)
        .join(OcrPage, OcrPage.blob_hash == Attachment.blob_hash)
        .order_by(Attachment.added_at, Attachment.id, OcrPage.page)
    )
    if letter_ids is not None:
        query = query.where(Attachment.letter_id.in_(letter_ids))
    rows = session.execute(query)
    return [
        (letter_id, index_text(text, source, other))
        for letter_id, text, source, other in rows
        if text.strip() or other.strip()
    ]


EXTRA_SOURCES.append(_recognised_text)
