"""Real enrolled desktops for sync tests: an office's first PC, more PCs of the same office started from a USB
snapshot, number blocks so PCs never share a registry number, and what each office may see of the others."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.numbering import assign_block, series_for
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.credential import load_token
from eoffice_desktop.core.storage.models import Event
from sync.client.bundles import export_bundle, import_bundle
from sync.client.engine import SyncEngine, SyncPolicy, SyncReport
from sync.client.http import HttpTransport
from sync.client.session import enrol_pc
from sync.server.admin import add_office, new_enrolment_code
from sync.server.database import ServerDatabase


@dataclass
class Desk:
    """One enrolled PC of an office."""

    name: str
    root: Path
    store: OfficeStore
    actor: Actor

    @property
    def token(self) -> str:
        with self.store.db.session() as s:
            return str(load_token(self.store.data_dir, s))

    def sync(self, url: str, phases: tuple[str, ...] = ("push", "pull", "blobs"), **kwargs: Any) -> SyncReport:
        """One cycle against `url` (the server itself, or a relay in front of it), with the real engine."""
        engine = SyncEngine(self.store, HttpTransport(url, self.token), SyncPolicy(big_transfers=True), **kwargs)
        return engine.run(phases)

    def events(self) -> dict[str, dict[str, Any]]:
        with self.store.db.session() as s:
            return {
                row.id: {
                    "type": row.type,
                    "office_id": row.office_id,
                    "device_id": row.device_id,
                    "letter_id": row.letter_id,
                    "hlc": row.hlc,
                    "payload": json.loads(row.payload),
                }
                for row in s.scalars(select(Event))
            }

    def own_events(self) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.events().items() if v["device_id"] == self.store.device_id}

    def check(self) -> list[str]:
        """Problems `eoffice check` finds in this PC's data folder (close the store first, as the command expects)."""
        return check_data_dir(self.root).problems


def enrolled_office(central: Any, tmp: Path, code: str, name: str, calls_itself: str = "") -> tuple[OfficeStore, Actor]:
    """An office added on the server `central` and its first PC, set up and enrolled (its store and administrator).
    `calls_itself`: the name the office gives itself when setting its PC up, when not the server's."""
    with central.database.write() as s:
        add_office(s, code, name, name)
        enrolment = new_enrolment_code(s, code)
    store = open_store(tmp / code)
    own = calls_itself or name
    actor = setup_office(store, code, own, own, "admin", "Admin", "password-1")
    enrol_pc(store, central.url, enrolment)
    return store, actor


@dataclass
class LetterToTwo:
    """Office a's outgoing letter `letter_id` to offices b and c, all three enrolled PCs (their stores and admins)."""

    a: OfficeStore
    a_actor: Actor
    b: OfficeStore
    b_actor: Actor
    c: OfficeStore
    c_actor: Actor
    letter_id: str


def letter_to_two(central: Any, tmp: Path) -> LetterToTwo:
    """Three offices on the server `central`: a registers an outgoing letter to b and c (not synced yet)."""
    a, a_actor = enrolled_office(central, tmp, "ສົ່ງ", "ຫ້ອງການສົ່ງ")
    b, b_actor = enrolled_office(central, tmp, "ຮັບ", "ຫ້ອງການຮັບ")
    c, c_actor = enrolled_office(central, tmp, "ສາມ", "ຫ້ອງການທີສາມ")
    with a.db.write() as s:
        to_b = add_organisation(s, a.log, a_actor, EntryFields("ຫ້ອງການຮັບ", office_id=b.office_id)).id
        to_c = add_organisation(s, a.log, a_actor, EntryFields("ຫ້ອງການທີສາມ", office_id=c.office_id)).id
    form = LetterForm(direction="out", register_date=date.today(), recipients=[to_b, to_c], subject="ແຈ້ງການປະຊຸມ")
    return LetterToTwo(a, a_actor, b, b_actor, c, c_actor, register_letter(a, a_actor, form).letter_id)


def server_office(database: ServerDatabase, code: str, name: str, pcs: int = 1) -> list[str]:
    """IT staff adds the office on the server and prints one enrolment code per PC."""
    with database.write() as s:
        add_office(s, code, name, name)
        return [new_enrolment_code(s, code) for _ in range(pcs)]


def first_pc(tmp: Path, name: str, code: str, server_url: str, enrolment_code: str) -> Desk:
    store = open_store(tmp / name)
    actor = setup_office(store, code, f"ຫ້ອງການ {code}", f"Office {code}", "admin", "Admin", "password-1")
    enrol_pc(store, server_url, enrolment_code, name)
    return Desk(name, tmp / name, store, actor)


def another_pc(tmp: Path, name: str, first: Desk, server_url: str, enrolment_code: str) -> Desk:
    """A second PC of the same office, started from the first PC's USB snapshot, then enrolled."""
    snapshot = tmp / f"{first.name}-snapshot.eob"
    export_bundle(first.store, snapshot, everything=True)
    store = open_store(tmp / name)
    import_bundle(store, snapshot)
    enrol_pc(store, server_url, enrolment_code, name)
    return Desk(name, tmp / name, store, store.actor(first.actor.user_id))


def server_office_id(database: ServerDatabase, desk: Desk) -> str:
    """The server's id of the office this PC is enrolled in."""
    from sync.server.models import Device

    with database.read() as s:
        device = s.get(Device, desk.store.device_id)
        assert device is not None, "this PC is not enrolled"
        return device.office_id


def give_numbers(desk: Desk, block: int) -> None:
    """IT staff gives each PC its own block of registry numbers for both registers (DESIGN section 3)."""
    with desk.store.db.write() as s:
        for direction in ("in", "out"):
            key = series_for(s, direction, date.today().year)
            assign_block(s, key, 1000 * block, 1000 * block + 999, "manual")


def address_of(desk: Desk, other: Desk) -> str:
    """Put the other office into this office's address book, linked to it so letters can travel there."""
    with desk.store.db.write() as s:
        return add_organisation(
            s, desk.store.log, desk.actor, EntryFields(f"ຫ້ອງການ {other.name}", office_id=other.store.office_id)
        ).id
