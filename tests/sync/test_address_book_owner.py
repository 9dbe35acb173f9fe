"""Which office an address-book entry reaches is decided by the office that owns the entry, never by another office
that learnt its id: a claim is refused, and claims the server accepted before revision 0004 are undone by it."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import select, text

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation, update_organisation
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import Letter, Organisation
from sync.server.admin import new_enrolment_code
from sync.server.database import alembic_config
from sync.server.models import BlobAccess, FeedEntry, LetterAccess, OrgOffice, StoredEvent
from tests.sync.offices import Desk, address_of, another_pc, first_pc, server_office, server_office_id


def _three_offices(central, tmp_path: Path) -> tuple[Desk, Desk, Desk]:  # type: ignore[no-untyped-def]
    """B (a province) writes to A (a district) and M (a ministry)."""
    desks = []
    for name, code, office_name in (("a", "ຂຕ", "ຫ້ອງການເມືອງ"), ("b", "ຂຂ", "ຫ້ອງການແຂວງ"), ("m", "ກຊ", "ກະຊວງ")):
        (enrolment,) = server_office(central.database, code, office_name)
        desks.append(first_pc(tmp_path, name, code, central.url, enrolment))
    return desks[0], desks[1], desks[2]


def _send(desk: Desk, recipients: list[str], subject: str, scan: Path | None = None) -> str:
    form = LetterForm(
        direction="out",
        register_date=date.today(),
        recipients=recipients,
        subject=subject,
        attachments=[scan] if scan else [],
    )
    return register_letter(desk.store, desk.actor, form).letter_id


def _letters(desk: Desk) -> set[str]:
    with desk.store.db.session() as s:
        return set(s.scalars(select(Letter.subject)))


def _claim(desk: Desk, org_id: str) -> None:
    """What a crafted PC of office A pushes: B's entry for M, said to stand for A."""
    with desk.store.db.write() as s:
        desk.store.log.append(
            s,
            desk.actor,
            "org.added",
            {
                "org_id": org_id,
                "name_lo": "ກະຊວງ",
                "name_en": "",
                "abbr": "",
                "kind": "other",
                "province": "",
                "office_id": desk.store.office_id,
            },
        )


def test_an_office_cannot_claim_another_offices_address_book_entry(central, tmp_path: Path):
    a, b, m = _three_offices(central, tmp_path)
    to_a, to_m = address_of(b, a), address_of(b, m)
    _send(b, [to_a, to_m], "ແຈ້ງການກອງປະຊຸມ")  # copied to the ministry: A learns B's id for M
    b.sync(central.url)
    a.sync(central.url)
    seen = json.dumps([e["payload"] for e in a.events().values()])
    assert to_m in seen

    _claim(a, to_m)
    report = a.sync(central.url)
    assert report.refused == 1
    with central.database.read() as s:
        entry = s.get(OrgOffice, to_m)
        assert entry is not None and entry.owner_office_id == server_office_id(central.database, b)
        assert entry.office_id == server_office_id(central.database, m)

    scan = tmp_path / "budget.pdf"
    scan.write_bytes(demo_pdf("ministry budget"))
    _send(b, [to_m], "ງົບປະມານ (ສະເພາະກະຊວງ)", scan)
    b.sync(central.url)
    a.sync(central.url)
    m.sync(central.url)
    assert "ງົບປະມານ (ສະເພາະກະຊວງ)" not in _letters(a)
    assert "ງົບປະມານ (ສະເພາະກະຊວງ)" in _letters(m)
    blob = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    with central.database.read() as s:
        assert s.get(BlobAccess, (blob, server_office_id(central.database, a))) is None
    # A's PC goes on working: its next change follows the refused one.
    register_letter(
        a.store, a.actor, LetterForm(register_date=date.today(), sender_name="ບ້ານນາ", subject="ບົດລາຍງານປະຈຳເດືອນ")
    )
    assert a.sync(central.url).refused == 0


def test_the_migration_undoes_claims_accepted_before_it(central, tmp_path: Path):
    """The server before revision 0004 accepted the claim; what it granted A is withdrawn by the migration."""
    a, b, m = _three_offices(central, tmp_path)
    to_a, to_m = address_of(b, a), address_of(b, m)
    shared = _send(b, [to_a, to_m], "ແຈ້ງການກອງປະຊຸມ")
    b.sync(central.url)
    a.sync(central.url)
    _claim(a, to_m)
    a.sync(central.url)
    scan = tmp_path / "budget.pdf"
    scan.write_bytes(demo_pdf("ministry budget"))
    private = _send(b, [to_m], "ງົບປະມານ (ສະເພາະກະຊວງ)", scan)
    b.sync(central.url)
    blob = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    office_a = server_office_id(central.database, a)
    office_m = server_office_id(central.database, m)

    database = central.database
    command.downgrade(alembic_config(database.engine), "0003")
    with database.write() as s:  # what the old server wrote when it took A's claim and B's letter to "M"
        claim = s.scalars(select(StoredEvent).where(StoredEvent.refused == "foreign_org")).one()
        claim.refused = None
        s.execute(OrgOffice.__table__.update().where(OrgOffice.org_id == to_m).values(office_id=office_a))
        s.add(LetterAccess(letter_id=private, office_id=office_a, owner=False))
        # (as the table was then: without the column revision 0010 adds)
        s.execute(text("INSERT INTO blob_access (hash, office_id) VALUES (:h, :o)"), {"h": blob, "o": office_a})
        seqs = s.scalars(select(StoredEvent.seq).where(StoredEvent.letter_id == private)).all()
        top = max(s.scalars(select(FeedEntry.pos).where(FeedEntry.office_id == office_a)))
        s.add_all(FeedEntry(office_id=office_a, pos=top + 1 + i, event_seq=seq) for i, seq in enumerate(seqs))
    command.upgrade(alembic_config(database.engine), "head")

    with database.read() as s:
        entry = s.get(OrgOffice, to_m)
        assert entry is not None and entry.office_id == office_m
        assert entry.owner_office_id == server_office_id(database, b)
        assert s.get(LetterAccess, (private, office_a)) is None
        assert s.get(LetterAccess, (private, office_m)) is not None
        assert s.get(LetterAccess, (shared, office_a)) is not None  # what B really sent A stays
        assert s.get(BlobAccess, (blob, office_a)) is None
        feed_a = set(s.scalars(select(FeedEntry.event_seq).where(FeedEntry.office_id == office_a)))
        assert not feed_a & set(seqs)
    a.sync(central.url)
    assert "ງົບປະມານ (ສະເພາະກະຊວງ)" not in _letters(a)
    assert "ແຈ້ງການກອງປະຊຸມ" in _letters(a)


def test_two_pcs_editing_one_entry_at_once_agree_and_the_link_reaches_the_server(central, tmp_path: Path):
    a, b, _m = _three_offices(central, tmp_path)
    with central.database.write() as s:
        second_code = new_enrolment_code(s, "ຂຂ")  # for b's second PC
    with b.store.db.write() as s:
        entry = add_organisation(s, b.store.log, b.actor, EntryFields("ຫ້ອງການເມືອງ (ເກົ່າ)")).id
    b.sync(central.url)
    b2 = another_pc(tmp_path, "b2", b, central.url, second_code)
    b2.sync(central.url)
    # Offline, each PC changes the entry; the second one also links it to office A.
    with b.store.db.write() as s:
        update_organisation(s, b.store.log, b.actor, entry, name_lo="ຫ້ອງການເມືອງ ກ", province="ວຽງຈັນ")
    with b2.store.db.write() as s:
        update_organisation(s, b2.store.log, b2.actor, entry, name_lo="ຫ້ອງການເມືອງ ຂ", office_id=a.store.office_id)
    for desk in (b, b2, b, b2):
        assert desk.sync(central.url).refused == 0
    assert _entry(b, entry) == _entry(b2, entry)
    assert _entry(b, entry)[0] == "ຫ້ອງການເມືອງ ຂ" and _entry(b, entry)[1] == "ວຽງຈັນ"
    # The link made by the owner office reaches the server: a letter to the entry is delivered to A.
    _send(b, [entry], "ໜັງສືເຖິງເມືອງ")
    b.sync(central.url)
    a.sync(central.url)
    assert "ໜັງສືເຖິງເມືອງ" in _letters(a)
    # Another office may not edit or merge the entry.
    for kind, payload in (
        ("org.updated", {"org_id": entry, "fields": {"office_id": _m.store.office_id}}),
        ("org.merged", {"org_id": entry, "into_org_id": None}),
    ):
        with a.store.db.write() as s:
            a.store.log.append(s, a.actor, kind, payload)
        assert a.sync(central.url).refused == 1


def _entry(desk: Desk, org_id: str) -> tuple[str, str, str | None]:
    with desk.store.db.session() as s:
        org = s.get(Organisation, org_id)
        assert org is not None
        return org.name_lo, org.province, org.office_id
