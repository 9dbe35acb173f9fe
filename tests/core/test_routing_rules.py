"""The rules around routing that the walk-through does not reach: passwords reset by an administrator, who may see a
confidential letter, due dates in working days with the office's holidays, the reminders, tracking codes typed with
a typo, people with several roles, and reopening a completed letter."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from eoffice_desktop.core.journey.tracking import ALPHABET, format_code, normalise_code, tracking_code
from eoffice_desktop.core.people.accounts import (
    AccountError,
    LoginThrottle,
    NotAllowed,
    authenticate,
    change_password,
    create_user,
    reset_password,
    viewer_of,
)
from eoffice_desktop.core.people.permissions import require_view
from eoffice_desktop.core.registry.letterform import FormInvalid, LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import (
    Recipient,
    RoutingRefused,
    acknowledge,
    complete,
    reopen,
    route,
)
from eoffice_desktop.core.routing.inbox import counts, due_reminders, inbox
from eoffice_desktop.core.routing.workdays import default_due_date, set_holidays
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.storage.models import Letter, RoutingStep
from eoffice_desktop.core.storage.settings import set_setting

MONDAY = date(2026, 4, 13)  # Pi Mai (Lao New Year) is 14-16 April 2026


@pytest.fixture
def office(store, clerk):
    people = {
        "head": create_user(store, clerk, "head", "ທ່ານ ຫົວໜ້າ", "password1", ["head"]),
        "a": create_user(store, clerk, "a", "ທ່ານ ອ", "password1", ["official"]),
        "b": create_user(store, clerk, "b", "ທ່ານ ບ", "password1", ["official"]),
        "clerk2": create_user(store, clerk, "clerk2", "ນາງ ສະໝຽນ", "password1", ["clerk"]),
        "clerk3": create_user(store, clerk, "clerk3", "ທ້າວ ສະໝຽນ", "password1", ["clerk"]),
        "both": create_user(store, clerk, "both", "ທ່ານ ສອງໜ້າທີ່", "password1", ["official", "clerk"]),
    }
    return {"store": store, "admin": clerk, **{k: store.actor(v) for k, v in people.items()}}


def _letter(o, by: str = "clerk2", direction: str = "in", **fields) -> str:
    form = LetterForm(
        direction=direction,
        register_date=fields.pop("register_date", MONDAY),
        sender_name="ແຂວງຫຼວງພະບາງ" if direction == "in" else "",
        subject=fields.pop("subject", "ບົດລາຍງານປະຈຳໄຕມາດ"),
        **fields,
    )
    return register_letter(o["store"], o[by], form, today=MONDAY).letter_id


def _viewer(o, who: str):
    with o["store"].db.session() as s:
        return viewer_of(s, o[who].user_id)


def test_an_administrator_resets_a_forgotten_password_and_nobody_else_can(office):
    o, store = office, office["store"]
    throttle = LoginThrottle()
    with pytest.raises(NotAllowed):
        reset_password(store, o["b"], o["a"].user_id, "taken-over-1")
    with pytest.raises(AccountError, match="at least"):
        reset_password(store, o["admin"], o["a"].user_id, "short")
    reset_password(store, o["admin"], o["a"].user_id, "ລະຫັດໃໝ່ 2026")
    with pytest.raises(AccountError, match="wrong"):
        authenticate(store, "a", "password1", throttle, sleep=False)
    assert authenticate(store, "a", "ລະຫັດໃໝ່ 2026", throttle, sleep=False).user_id == o["a"].user_id
    # Each person changes their own password only by knowing the current one.
    with pytest.raises(AccountError, match="current password"):
        change_password(store, o["a"].user_id, "password1", "another-one")
    change_password(store, o["a"].user_id, "ລະຫັດໃໝ່ 2026", "another-one")
    assert authenticate(store, "a", "another-one", throttle, sleep=False).user_id == o["a"].user_id
    with store.db.session() as s:
        from eoffice_desktop.core.storage.models import User

        stored = s.get(User, o["a"].user_id).password_hash
    assert "another-one" not in stored and stored.startswith("scrypt")


def test_confidential_letters_are_seen_by_their_recipients_the_head_and_the_registering_clerk_only(office):
    o, store = office, office["store"]
    secret = _letter(o, confidentiality="secret", subject="ແຜນການກວດກາພາຍໃນ")
    normal = _letter(o, subject="ແຜນການກວດກາປະຈຳປີ")
    route(store, o["clerk2"], secret, [Recipient(user_id=o["a"].user_id)], today=MONDAY)
    with store.db.session() as s:
        for who in ("clerk2", "head", "a"):
            require_view(s, viewer_of(s, o[who].user_id), secret)
        for who in ("clerk3", "b", "both"):  # another clerk of the same office is not enough
            with pytest.raises(NotAllowed, match="not found or you may not see it"):
                require_view(s, viewer_of(s, o[who].user_id), secret)
            require_view(s, viewer_of(s, o[who].user_id), normal)
        # The same rule holds in the search and the inbox, not only when opening the letter.
        for who, sees in (("clerk3", False), ("head", True), ("clerk2", True)):
            hits = search_letters(s, SearchQuery(text="ແຜນການກວດກາ"), viewer=viewer_of(s, o[who].user_id))
            found = {hit.id for hit in hits}
            assert (secret in found) is sees, who
            assert normal in found
        assert [row.letter_id for row in inbox(s, viewer_of(s, o["a"].user_id), MONDAY)] == [secret]


def test_due_dates_default_from_the_urgency_in_working_days_skipping_the_holidays(office):
    o, store = office, office["store"]
    with store.db.write() as s:
        set_holidays(s, {date(2026, 4, 14), date(2026, 4, 15), date(2026, 4, 16)})
        set_setting(s, "routing.due_days.very_urgent", "2")
    with store.db.session() as s:
        # Monday + 2 working days: Tue-Thu are Pi Mai, so Friday and then the next Monday.
        assert default_due_date(s, "very_urgent", MONDAY) == date(2026, 4, 20)
        assert default_due_date(s, "urgent", MONDAY) == date(2026, 4, 28)  # 8 working days
    letter_id = _letter(o, urgency="very_urgent")
    route(
        store,
        o["clerk2"],
        letter_id,
        [Recipient(user_id=o["a"].user_id), Recipient(user_id=o["b"].user_id, action="for_information")],
        today=MONDAY,
    )
    with store.db.session() as s:
        steps = {st.to_user_id: st for st in s.query(RoutingStep).filter_by(letter_id=letter_id)}
        assert steps[o["a"].user_id].due_date == date(2026, 4, 20)
        assert steps[o["b"].user_id].due_date is None  # a copy for information has nothing to do by a date


def test_reminders_name_the_letters_due_today_and_the_late_ones(office):
    o, store = office, office["store"]
    due_today, late, later = _letter(o), _letter(o), _letter(o)
    dues = ((due_today, MONDAY + timedelta(days=2)), (late, MONDAY), (later, MONDAY + timedelta(days=9)))
    for letter_id, due in dues:
        route(store, o["clerk2"], letter_id, [Recipient(user_id=o["a"].user_id, due=due)], today=MONDAY)
    copy = _letter(o)
    route(store, o["clerk2"], copy, [Recipient(user_id=o["a"].user_id, action="for_information")], today=MONDAY)
    with store.db.session() as s:
        today_rows, late_rows = due_reminders(s, viewer_of(s, o["a"].user_id), MONDAY + timedelta(days=2))
        assert [r.letter_id for r in today_rows] == [due_today]
        assert [r.letter_id for r in late_rows] == [late]
        assert counts(s, viewer_of(s, o["a"].user_id), MONDAY + timedelta(days=2)).overdue == 1
        assert due_reminders(s, viewer_of(s, o["b"].user_id), MONDAY + timedelta(days=2)) == ([], [])
    complete(store, o["a"], late, "filed")
    with store.db.session() as s:
        assert due_reminders(s, viewer_of(s, o["a"].user_id), MONDAY + timedelta(days=2))[1] == []


def test_a_tracking_code_typed_with_one_typo_is_caught():
    codes = [tracking_code(f"0190a0a0-0000-7000-8000-{n:012d}") for n in range(40)]
    assert len(set(codes)) == len(codes)
    for code in codes:
        printed = format_code(code)
        assert normalise_code(printed) == code
        assert normalise_code(printed.lower().replace("-", " ")) == code  # typed by hand, lower case, with spaces
        assert normalise_code(code.replace("0", "O").replace("1", "I")) == code  # letters that look like digits
        for i, wrong in itertools.product(range(12), ALPHABET):
            if wrong != code[i]:
                assert normalise_code(code[:i] + wrong + code[i + 1 :]) is None, (code, i, wrong)
        for i in range(11):
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
                assert normalise_code(swapped) is None, (code, i)
        assert normalise_code(code[:-1]) is None and normalise_code(code + "0") is None
    assert normalise_code("") is None and normalise_code("ຂໍ້ຄວາມ") is None


def test_a_person_with_several_roles_registers_and_acts(office):
    o, store = office, office["store"]
    letter_id = _letter(o, by="both")  # as a clerk
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["both"].user_id)], today=MONDAY)
    acknowledge(store, o["both"], letter_id)  # as an official
    assert _viewer(o, "both").has("clerk") and _viewer(o, "both").has("official")
    complete(store, o["both"], letter_id, "no_action")
    with store.db.session() as s:
        assert s.get(Letter, letter_id).status == "completed"


def test_a_completed_letter_is_reopened_with_a_reason_and_routed_again(office):
    o, store = office, office["store"]
    letter_id = _letter(o)
    with store.db.session() as s:
        sender = s.get(Letter, letter_id).sender_org_id
    reply = _letter(o, direction="out", subject="ຕອບ: ບົດລາຍງານປະຈຳໄຕມາດ", recipients=[sender])
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["a"].user_id)], today=MONDAY)
    with pytest.raises(FormInvalid):
        complete(store, o["a"], letter_id, "answered")  # answered by which letter?
    with pytest.raises(FormInvalid, match="outgoing"):
        complete(store, o["a"], letter_id, "answered", reply_letter_id=_letter(o))
    complete(store, o["a"], letter_id, "answered", reply_letter_id=reply)
    with pytest.raises(RoutingRefused, match="completed"):
        route(store, o["clerk2"], letter_id, [Recipient(user_id=o["b"].user_id)], today=MONDAY)
    with pytest.raises(FormInvalid):
        reopen(store, o["head"], letter_id, "  ")
    reopen(store, o["head"], letter_id, "ຂໍ້ມູນບໍ່ຄົບ")
    with store.db.session() as s:
        assert s.get(Letter, letter_id).holders_text == "ທ່ານ ຫົວໜ້າ"  # the one who reopened it holds it
    route(store, o["head"], letter_id, [Recipient(user_id=o["b"].user_id)], today=MONDAY)
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert letter.status != "completed" and letter.holders_text == "ທ່ານ ບ"
