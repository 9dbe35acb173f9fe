"""A letter followed to its end across three real offices and the real server: the ministry writes to the province,
the province registers it, hands it to a department and sends it on to the district, the district registers and
answers. Each office sees what the others chose to share, and nothing else (no minutes, no letters not sent to it).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.policy import SharingPolicy
from eoffice_desktop.core.journey.reports import TRACKING, set_sharing_policy
from eoffice_desktop.core.journey.timeline import OfficeJourney, journey
from eoffice_desktop.core.people.accounts import create_department, create_user
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import Recipient, complete, route
from eoffice_desktop.core.routing.forwarding import forward_letter
from eoffice_desktop.core.storage.models import Letter
from sync.client.bundles import export_bundle, import_bundle
from sync.client.relay import relay_bundle, return_path
from sync.client.session import transport_for
from sync.server.admin import add_office, new_enrolment_code
from tests.sync.offices import Desk, address_of, first_pc

MINUTE = "ລັບສະເພາະ: ກວດເບິ່ງງົບປະມານກ່ອນ"  # the province's internal minute: never leaves the province


def _offices(central, tmp_path: Path) -> tuple[Desk, Desk, Desk]:  # type: ignore[no-untyped-def]
    """On the server the district sits under the province (whose PC may then carry its USB sticks)."""
    desks = []
    for name, code, office_name, parent in (
        ("ministry", "ກຊ", "ກະຊວງ", None),
        ("province", "ຂຂ", "ແຂວງ", None),
        ("district", "ຂຕ", "ເມືອງ", "ຂຂ"),
    ):
        with central.database.write() as s:
            add_office(s, code, office_name, office_name, "", parent)
            enrolment = new_enrolment_code(s, code)
        desks.append(first_pc(tmp_path, name, code, central.url, enrolment))
    return desks[0], desks[1], desks[2]


def _send(desk: Desk, recipients: list[str], subject: str, in_reply_to: str | None = None, **fields: str) -> str:
    form = LetterForm(
        direction="out",
        register_date=date.today(),
        recipients=recipients,
        subject=subject,
        in_reply_to=in_reply_to,
        **fields,  # type: ignore[arg-type]
    )
    return register_letter(desk.store, desk.actor, form).letter_id


def _journey(desk: Desk, letter_id: str) -> list[OfficeJourney]:
    with desk.store.db.session() as s:
        return journey(s, letter_id)


def _done(found: OfficeJourney) -> dict[str, str]:
    """kind -> what it says (number, department, ...) for the steps that happened."""
    return {
        step.kind: step.number or step.department or step.outcome or ("yes" if step.done else "")
        for step in found.steps
        if step.done
    }


def _letter(desk: Desk, letter_id: str) -> Letter:
    with desk.store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert letter is not None
        s.expunge(letter)
        return letter


def _letters(desk: Desk) -> set[str]:
    with desk.store.db.session() as s:
        return set(s.scalars(select(Letter.id)))


def _everything(desk: Desk) -> str:
    return json.dumps([event["payload"] for event in desk.events().values()], ensure_ascii=False)


def test_a_letter_is_followed_from_the_ministry_through_the_province_to_the_district(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    department = create_department(province.store, province.actor, "ພະແນກສຶກສາ")
    officer = create_user(
        province.store, province.actor, "somsak", "ສົມສັກ", "password-1", ["official"], department_id=department
    )
    to_province = address_of(ministry, province)

    # 1. The ministry sends; the server has it.
    sent = _send(ministry, [to_province], "ແຜນງານສຶກສາປີ 2027")
    ministry.sync(url)
    (at_province,) = _journey(ministry, sent)
    assert at_province.office_name == "ຫ້ອງການ province"
    assert _done(at_province) == {"sent": "yes", "on_server": "yes"}
    assert [step.kind for step in at_province.steps if not step.done] == ["delivered", "registered"]

    # 2. It reaches the province's PC: "delivered" goes back in the same sync.
    province.sync(url)
    ministry.sync(url)
    assert _done(_journey(ministry, sent)[0])["delivered"] == "yes"

    # 3. Registered there as number N, with the same tracking code.
    incoming = register_arrival(province.store, province.actor, sent)
    assert _letter(province, incoming.letter_id).tracking_code == _letter(ministry, sent).tracking_code
    province.sync(url)
    ministry.sync(url)
    assert _done(_journey(ministry, sent)[0])["registered"] == incoming.registry_number

    # 4. Handed to a department, with a minute that stays in the province; the person is not shared by default.
    route(province.store, province.actor, incoming.letter_id, [Recipient(user_id=officer)], MINUTE)
    province.sync(url)
    ministry.sync(url)
    with_step = _journey(ministry, sent)[0].step("with")
    assert with_step is not None and with_step.department == "ພະແນກສຶກສາ" and with_step.holder == ""
    set_sharing_policy(province.store, province.actor, SharingPolicy(holder=True))
    route(province.store, province.actor, incoming.letter_id, [Recipient(department_id=department)])
    province.sync(url)
    ministry.sync(url)
    with_step = _journey(ministry, sent)[0].step("with")
    assert with_step is not None and with_step.holder == "ສົມສັກ"

    # 5. The province sends it on to the district: one tracking code end to end.
    to_district = address_of(province, district)
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, [to_district])
    assert _letter(province, forwarded.letter_id).tracking_code == _letter(ministry, sent).tracking_code
    province.sync(url)
    ministry.sync(url)
    assert _done(_journey(ministry, sent)[0])["forwarded"] == forwarded.registry_number

    # 6. The district's PC gets it; the province relays that onto the ministry's letter.
    district.sync(url)
    province.sync(url)
    ministry.sync(url)
    chain = _journey(ministry, sent)
    # (the province as the ministry's letter names it; the district as the directory does, not as it names itself)
    assert [(j.office_name, j.via) for j in chain] == [("ຫ້ອງການ province", ""), ("ເມືອງ, ແຂວງ", "ຫ້ອງການ province")]
    assert _done(chain[1]) == {"delivered": "yes"}

    # 7. The district registers it (the same code again) and answers the province.
    at_district = register_arrival(district.store, district.actor, forwarded.letter_id)
    assert _letter(district, at_district.letter_id).tracking_code == _letter(ministry, sent).tracking_code
    reply = _send(district, [address_of(district, province)], "ຕອບ: ແຜນງານສຶກສາ", in_reply_to=at_district.letter_id)
    reply_number = _letter(district, reply).registry_number
    district.sync(url)
    province.sync(url)
    ministry.sync(url)
    (province_view,) = _journey(province, forwarded.letter_id)
    assert _done(province_view)["registered"] == at_district.registry_number
    assert _done(province_view)["answered"] == reply_number
    district_seen = _journey(ministry, sent)[1]
    assert _done(district_seen)["registered"] == at_district.registry_number
    assert _done(district_seen)["answered"] == reply_number

    # 8. The reply is linked to the letter it answers on both sides.
    answer = register_arrival(province.store, province.actor, reply)
    assert _letter(province, answer.letter_id).in_reply_to == forwarded.letter_id
    assert _letter(district, reply).in_reply_to == at_district.letter_id
    province.sync(url)
    district.sync(url)
    (district_view,) = _journey(district, reply)  # the district follows its reply too
    assert _done(district_view)["registered"] == answer.registry_number

    # 9. The province answers the ministry and completes its copy; the ministry links the answer to its letter.
    up = _send(province, [address_of(province, ministry)], "ລາຍງານ: ແຜນງານສຶກສາ", in_reply_to=incoming.letter_id)
    complete(province.store, province.actor, incoming.letter_id, "answered", up)
    province.sync(url)
    ministry.sync(url)
    back = register_arrival(ministry.store, ministry.actor, up)
    assert _letter(ministry, back.letter_id).in_reply_to == sent
    final = _done(_journey(ministry, sent)[0])
    assert final["completed"] == "answered" and final["answered"] == _letter(province, up).registry_number
    assert _journey(ministry, sent)[0].step("with") is None  # nobody holds it any more

    # Nothing leaks: no minute outside the province, no letter where it was not sent.
    district.sync(url)
    ministry.sync(url)
    assert MINUTE not in _everything(ministry) and MINUTE not in _everything(district)
    assert incoming.letter_id not in _letters(ministry) | _letters(district)
    assert sent not in _letters(district)
    assert {at_district.letter_id, reply} & _letters(ministry) == set()
    ministry_types = {
        event["type"] for event in ministry.events().values() if event["office_id"] != ministry.store.office_id
    }
    assert "letter.routed" not in ministry_types and "letter.commented" not in ministry_types
    district_types = {(e["type"], e["letter_id"]) for e in district.events().values()}
    assert all(letter_id != sent for _, letter_id in district_types)
    for desk in (ministry, province, district):
        desk.store.close()
        assert desk.check() == []


def test_confidential_letters_show_only_registered_and_completed(central, tmp_path: Path):
    ministry, province, _district = _offices(central, tmp_path)
    department = create_department(province.store, province.actor, "ພະແນກການເງິນ")
    sent = _send(ministry, [address_of(ministry, province)], "ງົບປະມານລັບ", confidentiality="confidential")
    ministry.sync(central.url)
    province.sync(central.url)
    incoming = register_arrival(province.store, province.actor, sent)
    route(province.store, province.actor, incoming.letter_id, [Recipient(department_id=department)], MINUTE)
    province.sync(central.url)
    ministry.sync(central.url)
    (seen,) = _journey(ministry, sent)
    assert _done(seen) == {
        "sent": "yes",
        "on_server": "yes",
        "delivered": "yes",
        "registered": incoming.registry_number,
    }
    assert "ພະແນກການເງິນ" not in _everything(ministry)
    complete(province.store, province.actor, incoming.letter_id, "filed")
    province.sync(central.url)
    ministry.sync(central.url)
    assert _done(_journey(ministry, sent)[0])["completed"] == "yes"  # completed, without the outcome


def test_tracking_from_an_office_the_letter_never_reached_is_refused(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    sent = _send(ministry, [address_of(ministry, province)], "ແຈ້ງການ")
    ministry.sync(central.url)
    with district.store.db.write() as s:
        for letter_id in (sent, "0190a0a0-0000-7000-8000-000000000000"):  # known to the server, and unknown
            district.store.log.append(s, district.actor, TRACKING, {"status": "registered"}, letter_id=letter_id)
    report = district.sync(central.url)
    assert report.refused == 2 and all("has not received" in reason for reason in report.refusals)
    province.sync(central.url)
    with province.store.db.write() as s:  # a crafted PC: a minute inside a tracking report
        state = {"status": "in_progress", "department": "ພະແນກ", "minute": MINUTE}
        province.store.log.append(s, province.actor, TRACKING, state, letter_id=sent)
    report = province.sync(central.url)
    assert report.refused == 1 and "handling state" in report.refusals[0]
    ministry.sync(central.url)
    assert _journey(ministry, sent)[0].step("registered").done is False  # type: ignore[union-attr]
    assert MINUTE not in _everything(ministry)


def test_the_journey_travels_on_usb_sticks_relayed_by_the_province(central, tmp_path: Path):
    """The district never goes online after enrolling: its stick goes through the province's PC both ways."""
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    sent = _send(ministry, [address_of(ministry, province)], "ກອງປະຊຸມປະຈຳປີ")
    ministry.sync(url)
    province.sync(url)
    incoming = register_arrival(province.store, province.actor, sent)
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, [address_of(province, district)])
    to_province = address_of(district, province)
    province.sync(url)

    def trip(name: str) -> None:
        """The district saves its changes on a stick; the province relays it; the return goes back in."""
        stick = export_bundle(district.store, tmp_path / f"{name}.eob")
        relayed = relay_bundle(transport_for(province.store), stick.path, return_path(stick.path))
        assert relayed.refused == 0
        import_bundle(district.store, relayed.answer)

    trip("first")  # brings the province's letter; the district's PC says "delivered" (it leaves on the next stick)
    at_district = register_arrival(district.store, district.actor, forwarded.letter_id)
    reply = _send(district, [to_province], "ຕອບ: ກອງປະຊຸມ", in_reply_to=at_district.letter_id)
    trip("second")
    province.sync(url)  # the province's PC relays the district's journey up to the ministry's letter
    ministry.sync(url)
    at_province, at_district_seen = _journey(ministry, sent)
    assert _done(at_province)["forwarded"] == forwarded.registry_number
    assert at_district_seen.via == "ຫ້ອງການ province"
    assert _done(at_district_seen)["registered"] == at_district.registry_number
    assert _done(at_district_seen)["answered"] == _letter(district, reply).registry_number
    (province_view,) = _journey(province, forwarded.letter_id)
    assert _done(province_view)["delivered"] == "yes" and _done(province_view)["registered"]
    assert sent not in _letters(district)


def test_the_province_relays_only_what_it_chose_to_share(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    set_sharing_policy(province.store, province.actor, SharingPolicy(progress=False))
    department = create_department(district.store, district.actor, "ຂະແໜງການສຶກສາ")
    sent = _send(ministry, [address_of(ministry, province)], "ແຜນງານ")
    ministry.sync(url)
    province.sync(url)
    incoming = register_arrival(province.store, province.actor, sent)
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, [address_of(province, district)])
    province.sync(url)
    district.sync(url)
    at_district = register_arrival(district.store, district.actor, forwarded.letter_id)
    route(district.store, district.actor, at_district.letter_id, [Recipient(department_id=department)])
    district.sync(url)
    province.sync(url)
    ministry.sync(url)
    (province_view,) = _journey(province, forwarded.letter_id)  # the district shares its department with the province
    assert province_view.step("with") is not None and province_view.step("with").department == "ຂະແໜງການສຶກສາ"  # type: ignore[union-attr]
    at_province, at_district_seen = _journey(ministry, sent)
    assert "forwarded" not in _done(at_province)  # the province shares no progress: not where it sent it either
    assert _done(at_district_seen)["registered"] == at_district.registry_number
    assert at_district_seen.step("with") is None and "ຂະແໜງການສຶກສາ" not in _everything(ministry)
