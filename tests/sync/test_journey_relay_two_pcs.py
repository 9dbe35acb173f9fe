"""A relayed report from a PC that sent on a letter another PC of its office registered offline: that PC's bundle,
read in directly, brought the incoming letter, and the server has not got it yet. The server takes the report (the
letter that sends the ministry's letter on belongs to its journey), so the ministry sees the district's handling; a
letter labelled with the ministry's journey that sends on an incoming letter the server has, registered from another
letter, is still no ground for naming an office. Through the real server over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.forwarding import forward_letter
from sync.client.bundles import export_bundle, import_bundle
from sync.client.session import sync_once
from sync.server.admin import new_enrolment_code
from sync.server.models import LetterLink
from sync.server.push import REASONS
from tests.sync.offices import Desk, another_pc, enrolled_office
from tests.sync.test_journey_named_by_server import DISTRICT, PROVINCE, _chain, _close, _entry
from tests.sync.test_journey_relay_checked import ELSEWHERE, _forge, _journey, _refused_on_server, _registered_there


def _letter_to(sender: OfficeStore, actor: Actor, receiver: OfficeStore, subject: str) -> str:
    form = LetterForm(
        direction="out",
        register_date=date.today(),
        recipients=[_entry(sender, actor, PROVINCE, receiver)],
        subject=subject,
    )
    return register_letter(sender, actor, form).letter_id


def _second_pc(central: Any, tmp_path: Path, code: str, first: OfficeStore, actor: Actor) -> Desk:
    """Another PC of the office, started from the first PC's USB snapshot and enrolled."""
    with central.database.write() as s:
        enrolment = new_enrolment_code(s, code)
    return another_pc(tmp_path, "second-pc", Desk("first-pc", tmp_path / code, first, actor), central.url, enrolment)


def _on_server(central: Any, letter_id: str) -> bool:
    with central.database.read() as s:
        return s.get(LetterLink, letter_id) is not None


def test_a_relay_from_the_pc_that_read_in_the_other_pc_s_bundle_is_taken(central, tmp_path: Path):
    ministry, m_actor = enrolled_office(central, tmp_path, "ກຊ", "ກະຊວງສຶກສາ")
    first, p_actor = enrolled_office(central, tmp_path, "ຂຂ", "ພະແນກສຶກສາ ແຂວງ")
    district, d_actor = enrolled_office(central, tmp_path, "ຂຕ", DISTRICT)
    sent = _letter_to(ministry, m_actor, first, "ແຜນງານສຶກສາ")
    sync_once(ministry)
    sync_once(first)
    second = _second_pc(central, tmp_path, "ຂຂ", first, p_actor)
    sync_once(second.store)
    # The first PC registers the ministry's letter offline; its stick goes to the second PC, never to the server.
    incoming = register_arrival(first, p_actor, sent).letter_id
    export_bundle(first, tmp_path / "first-to-second.eob")
    import_bundle(second.store, tmp_path / "first-to-second.eob")
    # The second PC sends it on to the district, which registers it; the second PC relays its reports.
    onward = forward_letter(
        second.store, second.actor, incoming, [_entry(second.store, second.actor, "ເມືອງ", district)]
    )
    _registered_there(second.store, district, d_actor, onward.letter_id)
    assert sync_once(second.store).refused == 0  # (relays the district's reports onto the ministry's letter)
    assert sync_once(second.store).refused == 0
    assert not _on_server(central, incoming)  # (the first PC's events have not reached the server)
    assert _refused_on_server(central) == []
    sync_once(ministry)
    offices = {office.office_id: office for office in _journey(ministry, sent)}
    assert district.office_id in offices and offices[district.office_id].step("registered").done  # type: ignore[union-attr]

    # The first PC reaches the server at last: its events go, the district's later reports still reach the ministry.
    assert sync_once(first).refused == 0
    assert _on_server(central, incoming)
    assert _refused_on_server(central) == []
    _close(ministry, first, second.store, district)


def test_a_letter_labelled_with_the_journey_that_sends_on_another_letter_the_server_has_gives_no_ground(
    central, tmp_path: Path
):
    """The province's PC, altered, sends on its incoming letter registered from the ministry's second letter by a
    letter labelled with the first letter's journey: the office it went to may be named on the second letter only."""
    chain = _chain(central, tmp_path)
    ministry, province, p_actor, sent = chain["ministry"], chain["province"], chain["p_actor"], chain["sent"]
    elsewhere, e_actor = enrolled_office(central, tmp_path, "ຈທ", ELSEWHERE)
    second = _letter_to(ministry, chain["m_actor"], province, "ແຜນງານປີໃໝ່")
    sync_once(ministry)
    sync_once(province)
    incoming = register_arrival(province, p_actor, second).letter_id
    form = LetterForm(
        direction="out",
        register_date=date.today(),
        recipients=[_entry(province, p_actor, "ຈັນທະບູລີ", elsewhere)],
        subject="ແຜນງານປີໃໝ່",
    )
    labelled = register_letter(province, p_actor, form, links={"forwards": incoming, "origin": sent}).letter_id
    _registered_there(province, elsewhere, e_actor, labelled)
    assert sync_once(province).refused == 0  # (its reports relayed onto the second letter)
    assert _on_server(central, incoming)

    _forge(chain, elsewhere.office_id)  # onto the first letter, which never went there
    report = sync_once(province)
    assert report.refused == 1 and REASONS["relay"] in report.refusals[0]
    assert _refused_on_server(central) == ["relay"]
    sync_once(ministry)
    assert elsewhere.office_id not in [office.office_id for office in _journey(ministry, sent)]
    assert elsewhere.office_id in [office.office_id for office in _journey(ministry, second)]
    _close(ministry, province, chain["district"], elsewhere)
