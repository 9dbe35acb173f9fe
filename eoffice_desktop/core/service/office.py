"""`Office`: what the window asks of the records (register pages, counts, inbox, settings, saved searches) and the
small changes it makes that no other core service owns. Each query opens its own read session; each operation is one
write transaction and returns its `Changes`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.journey.whereabouts import whereabouts, with_whereabouts
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import Viewer
from eoffice_desktop.core.registry.first_page import first_page, is_opening_page
from eoffice_desktop.core.registry.register_query import (
    RegisterFilter,
    RegisterRow,
    count_letters,
    fetch_page,
    holds_letter,
    years,
)
from eoffice_desktop.core.registry.register_rows import Whereabouts
from eoffice_desktop.core.routing.inbox import Counts, InboxRow, counts, due_reminders, inbox, sent_by_me
from eoffice_desktop.core.storage.blobs import limit_mb_from_setting
from eoffice_desktop.core.storage.models import Attachment, Department, Letter, Organisation, User
from eoffice_desktop.core.storage.prepared import connection_of
from eoffice_desktop.core.storage.settings import get_setting, set_setting

if TYPE_CHECKING:  # the rest loads when first asked for: the window's first page needs none of it
    from cryptography import x509

    from eoffice_desktop.core.addresses.correspondents import Correspondent
    from eoffice_desktop.core.dashboard import Overview
    from eoffice_desktop.core.eventlog.events import Actor
    from eoffice_desktop.core.journey.arrivals import Receipt
    from eoffice_desktop.core.journey.policy import SharingPolicy
    from eoffice_desktop.core.journey.watch import WatchedLetter
    from eoffice_desktop.core.people.accounts import LoginThrottle
    from eoffice_desktop.core.routing.actions import Recipient
    from eoffice_desktop.core.routing.saved_routes import SavedRoute
    from eoffice_desktop.core.routing.timeline import TimelineEntry
    from eoffice_desktop.core.search.request import SearchQuery
    from eoffice_desktop.core.search.saved import SavedSearch
    from eoffice_desktop.core.service.letter_pane import LetterPane
    from eoffice_desktop.core.service.printouts import PrintedLetter, RegisterBook, Slip
    from eoffice_desktop.core.service.sign_in import OfficeNames, SignedIn
    from eoffice_desktop.core.service.signing_keys import KeyStatus, SigningStart
    from eoffice_desktop.core.service.trust import TrustOverview
    from eoffice_shared.signing.keys import KeyStore

URGENCIES = ("normal", "urgent", "very_urgent")


@dataclass(frozen=True)
class LetterPlace:
    """Where a letter is shown: its register (direction) and whose copy it is."""

    id: str
    direction: str
    office_id: str


@dataclass(frozen=True)
class LetterHeading:
    """What a dialog about one letter shows of it (its title, and the choices that depend on it)."""

    id: str
    registry_number: str
    direction: str
    urgency: str
    summary: str = ""
    values: dict[str, Any] = field(default_factory=dict, compare=False)  # every correctable field, as it is now

    @classmethod
    def of(cls, letter: Letter) -> LetterHeading:
        from eoffice_desktop.core.projections import CORRECTABLE

        values = {name: getattr(letter, name) for name in CORRECTABLE if hasattr(letter, name)}
        return cls(letter.id, letter.registry_number, letter.direction, letter.urgency, letter.summary, values)


@dataclass(frozen=True)
class Person:
    """A user of the office as the users dialog shows and edits them (no password hash)."""

    id: str
    username: str
    display_name: str
    title: str
    roles: str  # comma-separated, as stored
    department_id: str | None
    active: bool


@dataclass(frozen=True)
class ListedLetter:
    """A line of a list of letters (the overview's letters behind a bar)."""

    id: str
    registry_number: str
    registry_year: int
    register_date: date
    subject: str


@dataclass(frozen=True)
class FilterChoices:
    """What the search's "more filters" offer: (id, name) of address-book entries, people and departments."""

    organisations: list[tuple[str, str]]
    people: list[tuple[str, str]]
    departments: list[tuple[str, str]]


@dataclass(frozen=True)
class RouteChoices:
    """Whom a letter can be sent to (people other than the sender: id, name, title; departments: id, name), the
    due date its urgency gives from today, and the office's saved routes."""

    people: list[tuple[str, str, str]]
    departments: list[tuple[str, str]]
    due: date
    saved: list[SavedRoute]


@dataclass(frozen=True)
class SidebarCounts:
    mine: Counts
    arrived: int
    lost: int  # sent letters to follow up: returned by an office, or not registered there in time


class Office:
    def __init__(self, store: OfficeStore) -> None:
        self.store = store
        self.db = store.db

    # -- the register ----------------------------------------------------------------------------------------------
    def register_count(self, f: RegisterFilter, viewer: Viewer | None) -> int:
        with self.db.session() as s:
            return count_letters(s, f, viewer=viewer)

    def register_page(
        self, f: RegisterFilter, offset: int, limit: int, sort: str, descending: bool, viewer: Viewer | None
    ) -> list[RegisterRow]:
        with self.db.session() as s:
            if is_opening_page(f, sort, descending, viewer):  # plain SQL, as the window's first page
                assert viewer is not None and f.office_id is not None
                rows = first_page(connection_of(s), viewer, f.direction, f.office_id, limit, offset)
            else:
                rows = fetch_page(s, f, offset, limit, sort, descending, viewer=viewer)
            # an outgoing letter's row says where it is in the offices it went to (read for this page only)
            return with_whereabouts(s, rows) if f.direction == "out" else rows

    def register_whereabouts(self, letter_ids: list[str]) -> dict[str, Whereabouts]:
        """Where each of these outgoing letters is (a page the window read before its services loaded)."""
        with self.db.session() as s:
            return whereabouts(s, letter_ids)

    def register_holds(self, f: RegisterFilter, letter_id: str, viewer: Viewer | None) -> bool:
        """Whether the register's list `f` still has the letter (its row may be further down than the pages read)."""
        with self.db.session() as s:
            return holds_letter(s, f, letter_id, viewer=viewer)

    def register_years(self, direction: str) -> list[int]:
        with self.db.session() as s:
            return years(s, direction)

    def register_totals(self, viewer: Viewer, office_id: str, directions: Iterable[str]) -> dict[str, int]:
        """Letters in each register, void ones left out (the sidebar's numbers)."""
        with self.db.session() as s:
            return {
                d: count_letters(s, RegisterFilter(direction=d, include_void=False, office_id=office_id), viewer)
                for d in directions
            }

    def sidebar_counts(self, viewer: Viewer, office_id: str) -> SidebarCounts:
        from eoffice_desktop.core.journey.arrivals import count_arrived
        from eoffice_desktop.core.journey.watch import count_watched

        with self.db.session() as s:
            return SidebarCounts(counts(s, viewer), count_arrived(s, office_id), count_watched(s, office_id))

    def watch_list(self, office_id: str) -> tuple[int, list[WatchedLetter]]:
        """The sent letters to follow up (core/journey/watch.py), with the working days after which one counts as
        late."""
        from eoffice_desktop.core.journey.policy import sharing_policy
        from eoffice_desktop.core.journey.watch import watch_list

        with self.db.session() as s:
            return sharing_policy(s).lost_after_days, watch_list(s, office_id)

    # -- letters -----------------------------------------------------------------------------------------------------
    def letter_place(self, letter_id: str) -> LetterPlace | None:
        with self.db.session() as s:
            letter = s.get(Letter, letter_id)
            return None if letter is None else LetterPlace(letter.id, letter.direction, letter.office_id)

    def letter_pane(self, letter_id: str, viewer: Viewer | None) -> LetterPane | None:
        """What the letter pane shows (core/service/letter_pane.py); None for a letter not here or not to be seen."""
        from eoffice_desktop.core.service.letter_pane import letter_pane

        return letter_pane(self.store, letter_id, viewer)

    # -- printed papers (core/service/printouts.py) ------------------------------------------------------------------
    def slip(self, letter_id: str) -> Slip | None:
        from eoffice_desktop.core.service.printouts import slip

        return slip(self.store, letter_id)

    def history(self, letter_id: str) -> tuple[PrintedLetter, list[TimelineEntry]] | None:
        from eoffice_desktop.core.service.printouts import history

        return history(self.store, letter_id)

    def register_book(
        self, viewer: Viewer | None, direction: str, first: date | None, last: date | None
    ) -> RegisterBook:
        from eoffice_desktop.core.service.printouts import register_book

        return register_book(self.store, viewer, direction, first, last)

    def letter_for_code(self, code: str, office_id: str) -> LetterPlace | None:
        """A tracking code: this office's copy first, else another office's letter seen here."""
        from eoffice_desktop.core.journey.timeline import letter_for_code

        with self.db.session() as s:
            letter = letter_for_code(s, code, office_id)
            return None if letter is None else LetterPlace(letter.id, letter.direction, letter.office_id)

    def letter_of_signature(self, code: str) -> str | None:
        """The letter a printed verification code (already normalised) belongs to."""
        from eoffice_desktop.core.signing.tables import Signature

        with self.db.session() as s:
            return s.scalars(select(Signature.letter_id).where(Signature.code == code)).first()

    def overview(self, viewer: Viewer) -> Overview:
        """The head of office's figures (core/dashboard.py)."""
        from eoffice_desktop.core.dashboard import overview

        with self.db.session() as s:
            return overview(s, viewer)

    def letters_listed(self, letter_ids: list[str], limit: int = 500) -> list[ListedLetter]:
        """The letters named, newest number first (at most `limit`)."""
        with self.db.session() as s:
            rows = s.scalars(
                select(Letter)
                .where(Letter.id.in_(letter_ids[:limit]))
                .order_by(Letter.registry_year.desc(), Letter.registry_seq.desc())
            )
            return [ListedLetter(r.id, r.registry_number, r.registry_year, r.register_date, r.subject) for r in rows]

    def forward_targets(self, letter_id: str | None = None) -> list[tuple[str, str]]:
        """(entry id, name) of the address book's offices, other than this one, that receive letters through the
        server: where a letter can be sent on. With `letter_id` (the incoming letter sent on), not the office it came
        from: a clerk ticking the first name sent a ministry's letter back "on" to the ministry."""
        from eoffice_desktop.core.addresses.directory import delivered_by_sync
        from eoffice_desktop.core.journey.links import came_from

        left_out = {self.store.office_id}
        with self.db.session() as s:
            if letter_id is not None:
                left_out |= came_from(s, letter_id)
            found = s.scalars(
                select(Organisation).where(Organisation.office_id.is_not(None)).order_by(Organisation.name_lo)
            )
            return [
                (org.id, org.name_lo)
                for org in found
                if org.office_id and org.office_id not in left_out and delivered_by_sync(s, org.office_id)
            ]

    def resend_choices(self, letter_id: str) -> tuple[list[tuple[str, str]], str]:
        """What "Send to another office…" offers for a returned letter: the offices it can go to instead (those of
        `forward_targets` that did not return it) and the letter's summary, to send with it unless changed."""
        from eoffice_desktop.core.journey.resending import resend_targets

        targets = self.forward_targets()
        with self.db.session() as s:
            letter = s.get(Letter, letter_id)
            return resend_targets(s, letter_id, targets), letter.summary if letter is not None else ""

    def route_choices(self, me: str, urgency: str, today: date | None = None) -> RouteChoices:
        """What the dialog that sends a letter on offers (`me`: the sender, left out of the people)."""
        from eoffice_desktop.core.people.accounts import list_departments, list_users
        from eoffice_desktop.core.routing.saved_routes import list_saved_routes
        from eoffice_desktop.core.routing.workdays import default_due_date

        with self.db.session() as s:
            return RouteChoices(
                [(u.id, u.display_name, u.title) for u in list_users(s) if u.id != me],
                [(d.id, d.name_lo) for d in list_departments(s)],
                default_due_date(s, urgency, today or date.today()),
                list_saved_routes(s),
            )

    def reply_choices(self) -> list[tuple[str, str]]:
        """(id, "number - subject") of the latest incoming letters an outgoing letter may answer."""
        from eoffice_desktop.core.registry.register_query import incoming_choices

        with self.db.session() as s:
            return [(letter.id, f"{letter.registry_number} - {letter.subject[:60]}") for letter in incoming_choices(s)]

    def correspondents(self, office_ids: list[str], org_ids: list[str]) -> list[Correspondent]:
        """The correspondents a saved form names (offices first, in the order given; ids no longer known left out)."""
        from eoffice_desktop.core.addresses.correspondents import correspondents_by_ids

        with self.db.session() as s:
            return correspondents_by_ids(s, office_ids, org_ids)

    def answer_choices(self, limit: int = 200) -> list[tuple[str, str]]:
        """(id, "number — subject") of the latest outgoing letters that are not void: what may have answered one."""
        with self.db.session() as s:
            found = s.scalars(
                select(Letter)
                .where(Letter.direction == "out", Letter.status != "void")
                .order_by(Letter.registered_at.desc())
                .limit(limit)
            )
            return [(out.id, f"{out.registry_number} — {out.subject[:60]}") for out in found]

    def attachment_files(self, letter_id: str) -> list[tuple[str, int]]:
        """(blob hash, size) of each attachment of a letter."""
        with self.db.session() as s:
            found = s.scalars(select(Attachment).where(Attachment.letter_id == letter_id))
            return [(a.blob_hash, a.size) for a in found]

    def scan_pages(self, blob_hash: str) -> dict[int, tuple[str, float, str]]:
        """The text read from a scan, by page: (text, confidence, source: "layer" for a PDF's own text)."""
        from eoffice_desktop.core.ocr.store import page_texts

        with self.db.session() as s:
            return {p.page: (p.text, p.confidence, p.source) for p in page_texts(s, blob_hash)}

    def receipts(self, letter_id: str) -> list[Receipt]:
        """Delivered to and registered by which office, for the sender's copy of an outgoing letter."""
        from eoffice_desktop.core.journey.arrivals import receipts

        with self.db.session() as s:
            return receipts(s, letter_id)

    def filter_choices(self) -> FilterChoices:
        from eoffice_desktop.core.addresses.addressbook import list_organisations

        with self.db.session() as s:
            return FilterChoices(
                [(o.id, o.name_lo) for o in list_organisations(s)],
                [
                    (u.id, u.display_name)
                    for u in s.scalars(select(User).where(User.active).order_by(User.display_name))
                ],
                [(d.id, d.name_lo) for d in s.scalars(select(Department).order_by(Department.name_lo))],
            )

    # -- my letters --------------------------------------------------------------------------------------------------
    def my_letters(self, viewer: Viewer, which: str) -> list[InboxRow]:
        """`inbox`: letters waiting for me; `sent`: letters I sent that are still open."""
        with self.db.session() as s:
            return inbox(s, viewer) if which == "inbox" else sent_by_me(s, viewer)

    def reminders(self, viewer: Viewer, today: date | None = None) -> tuple[list[InboxRow], list[InboxRow]]:
        """Letters in my inbox due today, and late ones."""
        with self.db.session() as s:
            return due_reminders(s, viewer, today)

    # -- people ------------------------------------------------------------------------------------------------------
    def person(self, user_id: str) -> Person | None:
        with self.db.session() as s:
            u = s.get(User, user_id)
            if u is None:
                return None
            return Person(u.id, u.username, u.display_name, u.title, u.roles, u.department_id, u.active)

    def viewer(self, user_id: str) -> Viewer:
        """Who a signed-in user is to the services (roles, department, whom they act for)."""
        from eoffice_desktop.core.people.viewer import viewer_of

        with self.db.session() as s:
            return viewer_of(s, user_id)

    def people(self, active_only: bool = True) -> list[Person]:
        """The office's users by name (those who left too, with `active_only=False`)."""
        from eoffice_desktop.core.people.accounts import list_users

        with self.db.session() as s:
            return [
                Person(u.id, u.username, u.display_name, u.title, u.roles, u.department_id, u.active)
                for u in list_users(s, active_only=active_only)
            ]

    def departments(self) -> list[tuple[str, str]]:
        """(id, Lao name) of each department."""
        from eoffice_desktop.core.people.accounts import list_departments

        with self.db.session() as s:
            return [(d.id, d.name_lo) for d in list_departments(s)]

    def username(self, user_id: str) -> str:
        with self.db.session() as s:
            user = s.get(User, user_id)
            return user.username if user is not None else ""

    # -- signing in (core/service/sign_in.py) ----------------------------------------------------------------------
    def office_names(self) -> OfficeNames:
        from eoffice_desktop.core.service.sign_in import office_names

        return office_names(self.store)

    def sign_in(self, username: str, password: str, throttle: LoginThrottle) -> Viewer:
        """The password checked: raises `AccountError` (`TooManyTries` while the wait after wrong tries lasts)."""
        from eoffice_desktop.core.service.sign_in import sign_in

        return sign_in(self.store, username, password, throttle)

    def signed_in(self, user_id: str) -> SignedIn:
        from eoffice_desktop.core.service.sign_in import signed_in

        return signed_in(self.store, user_id)

    def administrators(self) -> list[str]:
        from eoffice_desktop.core.service.sign_in import administrators

        return administrators(self.store)

    # -- signing keys and trust (core/service/signing_keys.py, trust.py) -------------------------------------------
    def key_status(self, keys: KeyStore, user_id: str) -> KeyStatus:
        from eoffice_desktop.core.service.signing_keys import key_status

        return key_status(self.store, keys, user_id)

    def issuers_of(self, certificate: x509.Certificate) -> list[x509.Certificate]:
        from eoffice_desktop.core.service.signing_keys import issuers_of

        return issuers_of(self.store, certificate)

    def signing_start(self, keys: KeyStore, user_id: str, letter_id: str) -> SigningStart:
        from eoffice_desktop.core.service.signing_keys import signing_start

        return signing_start(self.store, keys, user_id, letter_id)

    def trust_overview(self) -> TrustOverview:
        from eoffice_desktop.core.service.trust import trust_overview

        return trust_overview(self.store)

    # -- settings ----------------------------------------------------------------------------------------------------
    def settings(self, defaults: Mapping[str, str]) -> dict[str, str]:
        """The stored value of each key, or its default."""
        with self.db.session() as s:
            return {key: get_setting(s, key, default) for key, default in defaults.items()}

    def setting(self, key: str, default: str = "") -> str:
        return self.settings({key: default})[key]

    def server_address(self) -> str:
        """The central server's address this PC was (or is being) enrolled with; "" if none yet."""
        return self.setting("sync.server_url")

    def reads_scans(self) -> bool:
        from eoffice_desktop.core.ocr.store import ocr_enabled

        with self.db.session() as s:
            return ocr_enabled(s)

    def reply_days(self) -> dict[str, int]:
        """Working days to answer, by urgency."""
        from eoffice_desktop.core.routing.workdays import due_days

        with self.db.session() as s:
            return {urgency: due_days(s, urgency) for urgency in URGENCIES}

    def local_days_off(self) -> set[date]:
        from eoffice_desktop.core.routing.workdays import local_days_off

        with self.db.session() as s:
            return local_days_off(s)

    def begin_reading_scans(self) -> bool:
        """Note when this PC began reading scans; True when scans stored before then wait for the office's answer
        (asked once) and reading is on."""
        from eoffice_desktop.core.ocr.store import first_start, ocr_enabled

        with self.db.write() as s:
            return first_start(s) and ocr_enabled(s)

    def answer_old_scans(self, read: bool) -> Changes:
        from eoffice_desktop.core.ocr.store import answer_old_scans

        with self.db.write() as s:
            answer_old_scans(s, read)
        return Changes(settings=True, outbox=False)

    def save_settings(
        self,
        values: Mapping[str, str],
        days_off: set[date] | None = None,
        read_scans: bool | None = None,
    ) -> Changes:
        """Settings of this PC and office, in one transaction. Reply times are `routing.due_days.<urgency>`."""
        from eoffice_desktop.core.ocr.store import set_ocr_enabled
        from eoffice_desktop.core.routing.workdays import set_holidays

        with self.db.write() as s:
            if days_off is not None:
                set_holidays(s, days_off)
            for key, value in values.items():
                set_setting(s, key, value)
            if read_scans is not None:
                set_ocr_enabled(s, read_scans)
        limit = values.get("attachments.limit_mb")
        if limit is not None:
            self.store.blobs.limit = limit_mb_from_setting(limit) * 1024 * 1024
        return Changes(settings=True, outbox=False)

    def sharing_policy(self) -> SharingPolicy:
        from eoffice_desktop.core.journey.policy import sharing_policy

        with self.db.session() as s:
            return sharing_policy(s)

    def set_sharing(self, actor: Actor, policy: SharingPolicy) -> Changes:
        """What the office tells senders about their letters (an event: every PC of the office follows)."""
        from eoffice_desktop.core.journey.reports import set_sharing_policy

        set_sharing_policy(self.store, actor, policy)
        return Changes(settings=True, arrivals=True)  # (the lost-letter watch counts with the new delay)

    # -- saved searches and routes -------------------------------------------------------------------------------
    def saved_searches(self, user_id: str) -> list[SavedSearch]:
        from eoffice_desktop.core.search.saved import list_saved_searches

        with self.db.session() as s:
            return list_saved_searches(s, user_id)

    def save_search(self, user_id: str, name: str, query: SearchQuery) -> Changes:
        from eoffice_desktop.core.search.saved import save_search

        with self.db.write() as s:
            save_search(s, user_id, name, query)
        return Changes(saved_searches=True, outbox=False)

    def rename_search(self, user_id: str, search_id: str, name: str) -> Changes:
        from eoffice_desktop.core.search.saved import rename_saved_search

        with self.db.write() as s:
            rename_saved_search(s, user_id, search_id, name)
        return Changes(saved_searches=True, outbox=False)

    def delete_search(self, user_id: str, search_id: str) -> Changes:
        from eoffice_desktop.core.search.saved import delete_saved_search

        with self.db.write() as s:
            delete_saved_search(s, user_id, search_id)
        return Changes(saved_searches=True, outbox=False)

    def save_route(self, name: str, recipients: list[Recipient], minute: str = "") -> Changes:
        from eoffice_desktop.core.routing.saved_routes import save_route

        with self.db.write() as s:
            save_route(s, name, recipients, minute)
        return Changes(templates=True, outbox=False)
