"""Who a letter can come from or go to, found as the clerk types: offices of the national directory (delivered
through the server when enrolled) and the office's own address book (companies, embassies, people, old entries)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.addressbook import list_organisations
from eoffice_desktop.core.addresses.directory import delivered_by_sync, search_offices, with_parents

# A province has about 20 departments and 10 districts: typing its name offers all of them after it.
OFFICES_SHOWN = 40
ENTRIES_SHOWN = 10  # address-book entries after the offices
OFFICE = "office"  # an office of the national directory: `id` is its directory id
ENTRY = "entry"  # an entry of this office's address book: `id` is its organisation id


@dataclass(frozen=True)
class Correspondent:
    kind: str  # OFFICE or ENTRY
    id: str
    name: str
    place: str  # an office's parents ("ເມືອງຫຼວງພະບາງ · ແຂວງຫຼວງພະບາງ"), an entry's province
    code: str
    by_sync: bool  # a letter to it goes through the server; otherwise it is printed and sent on paper

    @property
    def display(self) -> str:
        """ "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ (ສສກ.ຫລພ)": where it belongs tells apart offices that share a
        name."""
        text = with_parents(self.name, self.place)
        return f"{text} ({self.code})" if self.code else text


# What a window leaves out of what a search found, read with the search (the send-again window: the offices that
# returned the letter).
LeaveOut = Callable[[Session, list["Correspondent"]], list["Correspondent"]]


def find_correspondents(
    session: Session, text: str, limit: int = OFFICES_SHOWN, include_closed: bool = False
) -> list[Correspondent]:
    """Up to `limit` directory offices matching `text` (`search_offices`: code, any part of a Lao or English name,
    or of the names of the offices it lies under), then up to ENTRIES_SHOWN address-book entries that match and do
    not stand for one of those offices. Closed and merged offices only with `include_closed` (a letter can still
    come from an office that was dissolved; none can go to it)."""
    if not text.strip():
        return []
    found: list[Correspondent] = []
    shown: set[str] = set()
    for match in search_offices(session, text, limit):
        if match.status != "active" and not include_closed:
            continue
        found.append(Correspondent(OFFICE, match.id, match.name_lo, match.place, match.code, match.enrolled))
        shown.add(match.id)
    offices = len(found)
    for org in list_organisations(session, text):
        if len(found) >= offices + ENTRIES_SHOWN:
            break
        if org.office_id and org.office_id in shown:
            continue  # the directory office is listed already
        found.append(
            Correspondent(ENTRY, org.id, org.name_lo, org.province, org.abbr, delivered_by_sync(session, org.office_id))
        )
    return found


def correspondents_by_ids(session: Session, office_ids: list[str], org_ids: list[str]) -> list[Correspondent]:
    """The chosen correspondents of a saved form (a template), offices first, in the order given; ids no longer
    known are left out."""
    from eoffice_desktop.core.addresses.directory import office
    from eoffice_desktop.core.storage.models import Organisation

    found = []
    for office_id in office_ids:
        match = office(session, office_id)
        if match is not None:
            found.append(Correspondent(OFFICE, match.id, match.name_lo, match.place, match.code, match.enrolled))
    for org_id in org_ids:
        org = session.get(Organisation, org_id)
        if org is not None and org.name_lo:
            by_sync = delivered_by_sync(session, org.office_id)
            found.append(Correspondent(ENTRY, org.id, org.name_lo, org.province, org.abbr, by_sync))
    return found
