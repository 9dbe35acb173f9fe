"""Letters across agencies with the national directory, as clerks do it: the ministry finds the province by typing
part of its name and sends a first letter (no address-book entry was made before); the province registers it, hands
it to a department and sends it on to a district found the same way; the district answers. The ministry follows the
letter through both offices. Real server (SQLite and PostgreSQL), real PCs, the sample directory."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eoffice_desktop.core.addresses.correspondents import OFFICE, Correspondent, find_correspondents
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.timeline import OfficeJourney, journey
from eoffice_desktop.core.people.accounts import create_department
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import Recipient, route
from eoffice_desktop.core.routing.forwarding import forward_letter
from eoffice_desktop.core.storage.models import Letter
from sync.server.admin import new_enrolment_code
from sync.server.directory_import import import_offices
from tests.sync.offices import Desk, first_pc

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "directory" / "offices-sample.csv"


def _enrolled(central, tmp_path: Path, code: str) -> Desk:  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        enrolment = new_enrolment_code(s, code)
    return first_pc(tmp_path, code.replace(".", "-"), code, central.url, enrolment)


def _typed(desk: Desk, text: str) -> Correspondent:
    """What the clerk picks first in the form's list after typing `text`."""
    with desk.store.db.session() as s:
        found = find_correspondents(s, text)
    assert found and found[0].kind == OFFICE, found
    return found[0]


def _journey(desk: Desk, letter_id: str) -> list[OfficeJourney]:
    with desk.store.db.session() as s:
        return journey(s, letter_id)


def _done(found: OfficeJourney) -> dict[str, str]:
    return {
        step.kind: step.number or step.department or step.outcome or ("yes" if step.done else "")
        for step in found.steps
        if step.done
    }


def _number(desk: Desk, letter_id: str) -> str:
    with desk.store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert letter is not None
        return letter.registry_number


def test_a_first_letter_to_an_office_found_by_typing_is_followed_to_its_answer(central, tmp_path: Path):
    with central.database.write() as s:
        import_offices(s, SAMPLE)
    ministry = _enrolled(central, tmp_path, "ສສກ")
    province = _enrolled(central, tmp_path, "ຫລພ")
    district = _enrolled(central, tmp_path, "ມ.ຫລພ")
    url = central.url
    for desk in (ministry, province, district):
        desk.sync(url)  # each takes the directory, where the three now show as using eOffice

    # The ministry's clerk types part of the province's name: it is offered with its place, "through the server".
    to_province = _typed(ministry, "ຫຼວງພະບາງ")
    assert (to_province.code, to_province.by_sync) == ("ຫລພ", True)
    form = LetterForm(
        direction="out", register_date=date.today(), recipient_offices=[to_province.id], subject="ແຜນງານສຶກສາ 2027"
    )
    sent = register_letter(ministry.store, ministry.actor, form).letter_id
    ministry.sync(url)
    (at_province,) = _journey(ministry, sent)
    assert _done(at_province) == {"sent": "yes", "on_server": "yes"}

    # The province receives it, registers it and hands it to a department.
    province.sync(url)
    incoming = register_arrival(province.store, province.actor, sent)
    department = create_department(province.store, province.actor, "ພະແນກສຶກສາທິການ ແລະ ກິລາ")
    route(province.store, province.actor, incoming.letter_id, [Recipient(department_id=department)], "ກະລຸນາພິຈາລະນາ")
    province.sync(url)
    ministry.sync(url)
    seen = _done(_journey(ministry, sent)[0])
    assert seen["registered"] == incoming.registry_number and seen["with"] == "ພະແນກສຶກສາທິການ ແລະ ກິລາ"

    # It sends it on to a district found by typing; one tracking code end to end.
    to_district = _typed(province, "ເມືອງຫຼວງພະບາງ")
    assert to_district.code == "ມ.ຫລພ" and to_district.by_sync
    forwarded = forward_letter(
        province.store, province.actor, incoming.letter_id, [], recipient_offices=[to_district.id]
    )
    province.sync(url)
    district.sync(url)
    at_district = register_arrival(district.store, district.actor, forwarded.letter_id)

    # The district answers the province, found by typing its code.
    to_province_from_district = _typed(district, "ຫລພ")
    reply_form = LetterForm(
        direction="out",
        register_date=date.today(),
        recipient_offices=[to_province_from_district.id],
        subject="ຕອບ: ແຜນງານສຶກສາ 2027",
        in_reply_to=at_district.letter_id,
    )
    reply = register_letter(district.store, district.actor, reply_form).letter_id
    district.sync(url)
    province.sync(url)
    ministry.sync(url)

    # The ministry sees the whole chain: the province's handling, and the district's within the province's sharing.
    chain = _journey(ministry, sent)
    assert len(chain) == 2
    assert _done(chain[0])["forwarded"] == forwarded.registry_number
    assert _done(chain[1])["registered"] == at_district.registry_number
    assert _done(chain[1])["answered"] == _number(district, reply)
    # The province has the reply waiting, linked to the letter it sent on.
    answer = register_arrival(province.store, province.actor, reply)
    with province.store.db.session() as s:
        assert s.get(Letter, answer.letter_id).in_reply_to == forwarded.letter_id  # type: ignore[union-attr]
    for desk in (ministry, province, district):
        desk.store.close()
        assert desk.check() == []
