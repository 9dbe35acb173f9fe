"""The sender's Journey and History name every office that reports on its letter as the server does, never as an
office names itself or another: a district set up as the Ministry of Finance, a province that forwards the letter and
writes a false name (or an office the server does not know) for the district. Reports pulled from servers of earlier
versions (no names beside them) are still named as they say. Through the real server over HTTP, on SQLite and
PostgreSQL; the ministry's PC never gets the directory, so only the server's names beside the events can name the
district (it is not in the ministry's address book)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.reports import TRACKING
from eoffice_desktop.core.journey.sender_names import SERVER_NAMES_KEY, server_names
from eoffice_desktop.core.journey.timeline import journey
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.forwarding import forward_letter
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.storage.settings import set_setting
from sync.client.bundles import export_bundle, import_bundle
from sync.client.session import sync_once
from sync.server.blobstore import ServerBlobStore
from sync.server.bundles import read_in
from tests.sync.offices import enrolled_office
from tests.sync.unknown_sender import letters_without_the_directory, unknown_here

FALSE_NAME = "ກະຊວງການເງິນ"  # the Ministry of Finance
DISTRICT = "ຫ້ອງການເມືອງໄຊເສດຖາ"  # the district as the server holds it
PROVINCE = "ພະແນກແຂວງ"  # the province as the ministry's address book names it


def _entry(store: OfficeStore, actor: Actor, name: str, to: OfficeStore) -> str:
    with store.db.write() as s:
        return add_organisation(s, store.log, actor, EntryFields(name, office_id=to.office_id)).id


def _chain(central: Any, tmp_path: Path, district_calls_itself: str = "", by_usb: bool = False) -> dict[str, Any]:
    """The ministry writes to the province, which registers the letter and forwards it to the district, which
    registers it; every report has gone back up, the ministry's PC pulling without the directory (or, `by_usb`,
    getting the reports in a return bundle)."""
    ministry, m_actor = enrolled_office(central, tmp_path, "ກຊ", "ກະຊວງສຶກສາ")
    province, p_actor = enrolled_office(central, tmp_path, "ຂຂ", "ພະແນກສຶກສາ ແຂວງ")
    district, d_actor = enrolled_office(central, tmp_path, "ຂຕ", DISTRICT, calls_itself=district_calls_itself)
    form = LetterForm(
        direction="out",
        register_date=date.today(),
        recipients=[_entry(ministry, m_actor, PROVINCE, province)],
        subject="ແຜນງານສຶກສາ",
    )
    sent = register_letter(ministry, m_actor, form).letter_id
    letters_without_the_directory(central, ministry)
    sync_once(province)
    incoming = register_arrival(province, p_actor, sent).letter_id
    forwarded = forward_letter(province, p_actor, incoming, [_entry(province, p_actor, "ເມືອງ", district)])
    sync_once(province)
    sync_once(district)
    at_district = register_arrival(district, d_actor, forwarded.letter_id).letter_id
    sync_once(district)
    sync_once(province)  # (relays the district's reports onto the ministry's letter)
    sync_once(province)
    if by_usb:
        stick = export_bundle(ministry, tmp_path / "to-server.eob")
        blobs = ServerBlobStore(central.blob_dir)
        outcome = read_in(central.database, blobs, stick.path, tmp_path / "return.eob")
        assert outcome.answer is not None
        import_bundle(ministry, outcome.answer)
    else:
        letters_without_the_directory(central, ministry)
        unknown_here(ministry, district.office_id)
    return {
        "ministry": ministry,
        "m_actor": m_actor,
        "province": province,
        "p_actor": p_actor,
        "district": district,
        "d_actor": d_actor,
        "incoming": incoming,
        "forwarded": forwarded.letter_id,
        "at_district": at_district,
        "sent": sent,
    }


def _journey_names(store: OfficeStore, letter_id: str) -> list[tuple[str, str]]:
    """(office, the office that sent it on there) of each office on the sender's Journey."""
    with store.db.session() as s:
        return [(office.office_name, office.via) for office in journey(s, letter_id)]


def _history_names(store: OfficeStore, letter_id: str) -> set[tuple[str, str, str]]:
    """(who, the news' office, relayed by) of each receipt and report in the letter's History."""
    with store.db.session() as s:
        entries = timeline(s, letter_id)
    return {(e.who, e.news.office, e.news.via) for e in entries if e.news is not None}


def _close(*stores: OfficeStore) -> None:
    for store in stores:
        store.close()


def test_an_office_set_up_under_a_false_name_is_named_by_the_server_on_the_senders_journey(central, tmp_path: Path):
    chain = _chain(central, tmp_path, district_calls_itself=FALSE_NAME)
    ministry, district, sent = chain["ministry"], chain["district"], chain["sent"]

    assert _journey_names(ministry, sent) == [(PROVINCE, ""), (DISTRICT, PROVINCE)]
    history = _history_names(ministry, sent)
    assert (DISTRICT, DISTRICT, PROVINCE) in history and (PROVINCE, PROVINCE, "") in history
    assert FALSE_NAME not in repr(history)
    with ministry.db.session() as s:
        assert server_names(s)[district.office_id] == DISTRICT

    # Reports pulled from a server of an earlier version came with no names beside them: named as they say.
    with ministry.db.write() as s:
        set_setting(s, SERVER_NAMES_KEY, "{}")
    assert _journey_names(ministry, sent) == [(PROVINCE, ""), (FALSE_NAME, PROVINCE)]
    assert (FALSE_NAME, FALSE_NAME, PROVINCE) in _history_names(ministry, sent)
    _close(ministry, chain["province"], district)


def test_a_forwarding_office_cannot_name_the_office_it_sent_the_letter_to_falsely(central, tmp_path: Path):
    chain = _chain(central, tmp_path)
    ministry, province, district, sent = chain["ministry"], chain["province"], chain["district"], chain["sent"]
    # The province's PC, altered, tells the ministry the letter went to the Ministry of Finance: the district under
    # a false name (taken: the district did report on the province's letter), and an office the server has never
    # heard of (refused: `relay`).
    with province.db.write() as s:
        for about in (district.office_id, "019a0000-0000-7000-8000-00000000dead"):
            state = {"status": "completed", "about_office_id": about, "about_office_name": FALSE_NAME}
            province.log.append(s, chain["p_actor"], TRACKING, state | {"office_name": "ພະແນກ"}, letter_id=sent)
    assert sync_once(province).refused == 1
    letters_without_the_directory(central, ministry)

    names = _journey_names(ministry, sent)
    assert names == [(PROVINCE, ""), (DISTRICT, PROVINCE)]
    history = _history_names(ministry, sent)
    assert (DISTRICT, DISTRICT, PROVINCE) in history and (PROVINCE, "", PROVINCE) not in history
    assert FALSE_NAME not in repr(names) + repr(history)
    _close(ministry, province, district)


def test_a_return_bundle_names_the_office_a_forwarding_office_tells_of(central, tmp_path: Path):
    """A ministry that gets its reports by USB: the server's name of the district is in the bundle's sealed acks."""
    chain = _chain(central, tmp_path, district_calls_itself=FALSE_NAME, by_usb=True)
    ministry, district, sent = chain["ministry"], chain["district"], chain["sent"]
    with ministry.db.session() as s:
        assert server_names(s)[district.office_id] == DISTRICT
    assert _journey_names(ministry, sent) == [(PROVINCE, ""), (DISTRICT, PROVINCE)]
    _close(ministry, chain["province"], district)
