"""Another office's letter on this office's PC, as a sync brings it: office A registers an outgoing letter to B (and
to a third office), and A's events reach B's PC through the same code the sync and USB bundles use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.eventlog.events import Actor, envelope_of
from eoffice_desktop.core.journey.reports import TRACKING_TYPES
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import apply_remote
from eoffice_desktop.core.storage.models import Event

RECIPIENTS = ("ຫ້ອງການແຂວງ", "ຫ້ອງການເມືອງ")


@dataclass
class Arrived:
    sender: OfficeStore
    sender_actor: Actor
    here: OfficeStore  # the receiving office's PC
    actor: Actor  # its administrator (a clerk and the head too)
    letter_id: str  # the sender's letter, as it reached this PC
    recipients: list[str]  # the sender's address-book entries of this office and the third

    def report_back(self) -> None:
        """This office's receipts and reports on the letter reach the sender's PC (as a sync brings them)."""
        with self.here.db.session() as s:
            reports = select(Event).where(Event.letter_id == self.letter_id, Event.type.in_(TRACKING_TYPES))
            envelopes = [envelope_of(row) for row in s.scalars(reports)]
        with self.sender.db.write() as s:
            apply_remote(s, self.sender.log, envelopes)

    def another(self, subject: str) -> str:
        """One more letter from the same office, arrived here (after the first)."""
        return _send(self.sender, self.sender_actor, self.here, self.recipients, subject)

    def events_here(self) -> int:
        with self.here.db.session() as s:
            return len(s.scalars(select(Event.id)).all())

    def close(self) -> None:
        self.sender.close()
        self.here.close()


def arrived_letter(tmp: Path, sender_name: str = "ກະຊວງ") -> Arrived:
    sender = open_store(tmp / "ministry")
    sender_actor = setup_office(sender, "ກຊ", sender_name, "Ministry", "admin", "Admin", "password-1")
    here = open_store(tmp / "province")
    actor = setup_office(here, "ຂຂ", RECIPIENTS[0], "Province", "admin", "Admin", "password-1")
    with sender.db.write() as s:
        to_here = add_organisation(s, sender.log, sender_actor, EntryFields(RECIPIENTS[0], office_id=here.office_id))
        to_district = add_organisation(s, sender.log, sender_actor, EntryFields(RECIPIENTS[1], office_id="off_other"))
    recipients = [to_here.id, to_district.id]
    letter_id = _send(sender, sender_actor, here, recipients, "ແຈ້ງການປະຊຸມ")
    return Arrived(sender, sender_actor, here, actor, letter_id, recipients)


def _send(sender: OfficeStore, sender_actor: Actor, here: OfficeStore, recipients: list[str], subject: str) -> str:
    form = LetterForm(
        direction="out", register_date=date.today(), recipients=recipients, subject=subject, delivery_mode="sync"
    )
    letter_id = register_letter(sender, sender_actor, form).letter_id
    with sender.db.session() as s:
        envelopes = [envelope_of(row) for row in s.scalars(select(Event).where(Event.letter_id == letter_id))]
    with here.db.write() as s:
        apply_remote(s, here.log, envelopes)
    return letter_id
