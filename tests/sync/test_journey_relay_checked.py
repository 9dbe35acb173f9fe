"""A forwarding office relays up the chain only what the offices it sent the letter on to reported: the server refuses
a relayed report about an office whose own word never reached one of its letters (`relay`), so the sender's Journey
never shows an office that did not get the letter. Three offices in a forwarding chain and a fourth that never got
the letter, through the real server over HTTP, on SQLite and PostgreSQL; by sync and by USB bundle."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.reports import TRACKING
from eoffice_desktop.core.journey.resending import send_again
from eoffice_desktop.core.journey.returns import return_to_sender
from eoffice_desktop.core.journey.timeline import OfficeJourney, journey
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import complete
from eoffice_desktop.core.routing.forwarding import forward_letter
from sync.client.bundles import export_bundle, import_bundle
from sync.client.session import sync_once
from sync.server.blobstore import ServerBlobStore
from sync.server.bundles import read_in
from sync.server.models import HeardOffice, StoredEvent
from sync.server.push import REASONS
from tests.sync.offices import enrolled_office
from tests.sync.test_journey_named_by_server import DISTRICT, PROVINCE, _chain, _close, _entry, _journey_names

ELSEWHERE = "ຫ້ອງການເມືອງຈັນທະບູລີ"  # a real office on the server that never got the letter
FOURTH = "ຫ້ອງການເມືອງສີໂຄດຕະບອງ"


def _journey(store: OfficeStore, letter_id: str) -> list[OfficeJourney]:
    with store.db.session() as s:
        return journey(s, letter_id)


def _forge(chain: dict[str, Any], about: str, status: str = "completed") -> None:
    """The province's PC, altered, relays onto the ministry's letter a report about `about`."""
    state = {"status": status, "about_office_id": about, "about_office_name": ELSEWHERE, "office_name": "ພະແນກ"}
    with chain["province"].db.write() as s:
        chain["province"].log.append(s, chain["p_actor"], TRACKING, state, letter_id=chain["sent"])


def _registered_there(sender: OfficeStore, receiver: OfficeStore, actor: Actor, letter_id: str) -> None:
    """The letter goes through the server to the receiving office, which registers it; its reports go back."""
    sync_once(sender)
    sync_once(receiver)
    register_arrival(receiver, actor, letter_id)
    sync_once(receiver)


def _refused_on_server(central: Any) -> list[str]:
    with central.database.read() as s:
        return [row.refused for row in s.query(StoredEvent).filter(StoredEvent.refused.is_not(None))]


def test_an_honest_relay_is_taken_and_a_forged_one_refused(central, tmp_path: Path):
    chain = _chain(central, tmp_path)
    ministry, province, district, sent = chain["ministry"], chain["province"], chain["district"], chain["sent"]
    elsewhere, _ = enrolled_office(central, tmp_path, "ຈທ", ELSEWHERE)
    # The honest relay went through: the ministry sees the district, below the province, registered.
    sync_once(ministry)
    assert _journey_names(ministry, sent) == [(PROVINCE, ""), (DISTRICT, PROVINCE)]
    at_district = _journey(ministry, sent)[1]
    assert at_district.office_id == district.office_id and at_district.step("registered").done  # type: ignore[union-attr]
    assert _refused_on_server(central) == []

    # The province claims the office that never got the letter completed it: refused, never delivered.
    _forge(chain, elsewhere.office_id)
    report = sync_once(province)
    assert report.refused == 1 and REASONS["relay"] in report.refusals[0]
    assert _refused_on_server(central) == ["relay"]
    sync_once(ministry)
    assert [office.office_id for office in _journey(ministry, sent)] == [province.office_id, district.office_id]
    assert ELSEWHERE not in repr(_journey(ministry, sent))

    # The province's PC goes on working: the district completes its copy, the province relays it, the ministry sees.
    complete(district, chain["d_actor"], chain["at_district"], "filed")
    sync_once(district)
    assert sync_once(province).refused == 0
    sync_once(province)
    sync_once(ministry)
    completed = _journey(ministry, sent)[1].step("completed")
    assert completed is not None and completed.done
    with central.database.read() as s:
        heard = {(row.letter_id, row.office_id) for row in s.query(HeardOffice)}
    assert elsewhere.office_id not in repr(heard)
    _close(ministry, province, district, elsewhere)


def test_a_relay_read_in_from_a_usb_bundle_is_checked_the_same_way(central, tmp_path: Path):
    chain = _chain(central, tmp_path)
    ministry, province, district, sent = chain["ministry"], chain["province"], chain["district"], chain["sent"]
    elsewhere, _ = enrolled_office(central, tmp_path, "ຈທ", ELSEWHERE)
    _forge(chain, elsewhere.office_id)
    _forge(chain, province.office_id)  # (about itself: nothing the server heard from another office)
    stick = export_bundle(province, tmp_path / "to-server.eob")
    outcome = read_in(central.database, ServerBlobStore(central.blob_dir), stick.path, tmp_path / "return.eob")
    assert outcome.answer is not None
    import_bundle(province, outcome.answer)
    assert _refused_on_server(central) == ["relay", "relay"]
    sync_once(ministry)
    assert _journey_names(ministry, sent) == [(PROVINCE, ""), (DISTRICT, PROVINCE)]
    assert sync_once(province).refused == 0  # (the bundle's answer told the PC already)
    _close(ministry, province, district, elsewhere)


def test_a_longer_chain_is_followed_link_by_link(central, tmp_path: Path):
    """The district sends the letter on to a village: the district relays the village's reports onto the province's
    letter, the province relays them onto the ministry's; then the province may name the village, never before."""
    chain = _chain(central, tmp_path)
    ministry, province, district, sent = chain["ministry"], chain["province"], chain["district"], chain["sent"]
    village, v_actor = enrolled_office(central, tmp_path, "ບນ", ELSEWHERE)
    _forge(chain, village.office_id, status="registered")  # (before the village got anything: refused)
    assert sync_once(province).refused == 1
    to_village = _entry(district, chain["d_actor"], "ບ້ານ", village)
    onward = forward_letter(district, chain["d_actor"], chain["at_district"], [to_village])
    _registered_there(district, village, v_actor, onward.letter_id)
    assert sync_once(district).refused == 0  # (relays the village's reports onto the province's letter)
    sync_once(district)
    assert sync_once(province).refused == 0  # (and the province onto the ministry's)
    sync_once(province)
    sync_once(ministry)
    offices = {office.office_id: office for office in _journey(ministry, sent)}
    assert list(offices) == [province.office_id, district.office_id, village.office_id]
    assert offices[village.office_id].step("registered").done  # type: ignore[union-attr]
    assert _refused_on_server(central) == ["relay"]
    _close(ministry, province, district, village)


def test_an_office_that_got_another_letter_sent_on_may_not_be_named_on_this_one(central, tmp_path: Path):
    """The province sends the ministry's second letter on to another office, which registers it: the province may
    relay that office's reports onto the second letter, never onto the first, which never went there."""
    chain = _chain(central, tmp_path)
    ministry, province, p_actor, sent = chain["ministry"], chain["province"], chain["p_actor"], chain["sent"]
    elsewhere, e_actor = enrolled_office(central, tmp_path, "ຈທ", ELSEWHERE)
    form = LetterForm(
        direction="out",
        register_date=date.today(),
        recipients=[_entry(ministry, chain["m_actor"], PROVINCE, province)],
        subject="ແຜນງານປີໃໝ່",
    )
    second = register_letter(ministry, chain["m_actor"], form).letter_id
    sync_once(ministry)
    sync_once(province)
    incoming = register_arrival(province, p_actor, second).letter_id
    onward = forward_letter(province, p_actor, incoming, [_entry(province, p_actor, "ຈັນທະບູລີ", elsewhere)])
    _registered_there(province, elsewhere, e_actor, onward.letter_id)
    assert sync_once(province).refused == 0  # (its reports relayed onto the second letter)
    assert _refused_on_server(central) == []

    _forge(chain, elsewhere.office_id)  # onto the first letter, which never went there
    report = sync_once(province)
    assert report.refused == 1 and REASONS["relay"] in report.refusals[0]
    assert _refused_on_server(central) == ["relay"]
    sync_once(ministry)
    district = chain["district"]
    assert [office.office_id for office in _journey(ministry, sent)] == [province.office_id, district.office_id]
    assert [office.office_id for office in _journey(ministry, second)] == [province.office_id, elsewhere.office_id]
    _close(ministry, province, district, elsewhere)


def test_a_letter_sent_on_by_two_letters_and_sent_again_after_a_return_is_relayed(central, tmp_path: Path):
    """The province sends the ministry's letter on a second time, to an office that returns it; the province sends
    that letter again to a fourth office, which registers it: every relay goes, the ministry sees the fourth office."""
    chain = _chain(central, tmp_path)
    ministry, province, p_actor, sent = chain["ministry"], chain["province"], chain["p_actor"], chain["sent"]
    elsewhere, e_actor = enrolled_office(central, tmp_path, "ຈທ", ELSEWHERE)
    fourth, f_actor = enrolled_office(central, tmp_path, "ສຄ", FOURTH)
    onward = forward_letter(province, p_actor, chain["incoming"], [_entry(province, p_actor, "ຈັນທະບູລີ", elsewhere)])
    sync_once(province)
    sync_once(elsewhere)
    return_to_sender(elsewhere, e_actor, onward.letter_id, "ບໍ່ແມ່ນເລື່ອງຂອງຫ້ອງການນີ້")
    sync_once(elsewhere)
    assert sync_once(province).refused == 0
    again = send_again(province, p_actor, onward.letter_id, [_entry(province, p_actor, "ສີໂຄດ", fourth)])
    _registered_there(province, fourth, f_actor, again.letter_id)
    assert sync_once(province).refused == 0  # (the fourth office's reports relayed onto the ministry's letter)
    sync_once(province)
    sync_once(ministry)
    assert fourth.office_id in [office.office_id for office in _journey(ministry, sent)]
    assert _refused_on_server(central) == []
    _close(ministry, province, chain["district"], elsewhere, fourth)
