from __future__ import annotations

from datetime import date, timedelta

import pytest

from eoffice_desktop.core.people.accounts import (
    AccountError,
    LoginThrottle,
    NotAllowed,
    TooManyTries,
    authenticate,
    create_department,
    create_user,
    viewer_of,
)
from eoffice_desktop.core.people.permissions import require_view
from eoffice_desktop.core.registry.letterform import FormInvalid, LetterForm
from eoffice_desktop.core.registry.register import ActionRefused, correct_field, register_letter
from eoffice_desktop.core.routing.actions import (
    Recipient,
    RoutingRefused,
    acknowledge,
    comment,
    complete,
    delegate,
    recall,
    redirect,
    redirectable_steps,
    reopen,
    return_letter,
    route,
)
from eoffice_desktop.core.routing.inbox import counts, inbox, sent_by_me
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.routing.workdays import add_working_days
from eoffice_desktop.core.storage.models import Letter, RoutingStep

TODAY = date(2026, 3, 10)  # a Tuesday


@pytest.fixture
def office(store, clerk):
    """An office with a head, two officials in Finance, and a clerk-only account."""
    finance = create_department(store, clerk, "ພະແນກການເງິນ", "Finance")
    people = {
        "head": create_user(store, clerk, "head", "ທ່ານ ຫົວໜ້າ", "password1", ["head"]),
        "a": create_user(store, clerk, "a", "ທ່ານ ອ", "password1", ["official"], department_id=finance),
        "b": create_user(store, clerk, "b", "ທ່ານ ບ", "password1", ["official"], department_id=finance),
        "c": create_user(store, clerk, "c", "ທ່ານ ຄ", "password1", ["official"]),
        "clerk2": create_user(store, clerk, "clerk2", "ນາງ ສະໝຽນ", "password1", ["clerk"]),
    }
    return {"store": store, "admin": clerk, "finance": finance, **{k: store.actor(v) for k, v in people.items()}}


def _letter(o, confidentiality="normal", urgency="normal", by=None):
    form = LetterForm(
        direction="in",
        register_date=TODAY,
        sender_name="ກະຊວງການເງິນ",
        subject="ງົບປະມານ",
        confidentiality=confidentiality,
        urgency=urgency,
    )
    return register_letter(o["store"], by or o["clerk2"], form, today=TODAY).letter_id


def _step(o, letter_id, to_user):
    with o["store"].db.session() as s:
        return next(st for st in s.query(RoutingStep).filter_by(letter_id=letter_id, to_user_id=to_user.user_id))


def _viewer(o, who):
    with o["store"].db.session() as s:
        return viewer_of(s, o[who].user_id)


def test_walk_register_route_forward_comment_complete(office):
    o, store = office, office["store"]
    letter_id = _letter(o, urgency="urgent")
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["head"].user_id)], "ສະເໜີທ່ານພິຈາລະນາ", today=TODAY)
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert (letter.status, letter.holders_text, letter.moved) == ("in_progress", "ທ່ານ ຫົວໜ້າ", True)
        assert letter.routing_due == add_working_days(TODAY, 8, set())  # urgent: 8 working days
        assert counts(s, viewer_of(s, o["head"].user_id), TODAY).unread == 1
    acknowledge(store, o["head"], letter_id)
    route(
        store,
        o["head"],
        letter_id,
        [Recipient(user_id=o["a"].user_id), Recipient(user_id=o["c"].user_id, action="for_information")],
        "ໃຫ້ພະແນກການເງິນກະກຽມຄຳຕອບ",
        today=TODAY,
    )
    with store.db.session() as s:
        assert s.get(Letter, letter_id).holders_text == "ທ່ານ ອ"  # the information copy does not hold it
        assert [r.letter_id for r in inbox(s, viewer_of(s, o["a"].user_id), TODAY)] == [letter_id]
        assert [r.letter_id for r in sent_by_me(s, viewer_of(s, o["head"].user_id), TODAY)] == [letter_id]
        assert counts(s, viewer_of(s, o["head"].user_id), TODAY).inbox == 0
    comment(store, o["a"], letter_id, "ກຳລັງກະກຽມ")
    reply = register_letter(
        store,
        o["clerk2"],
        LetterForm(direction="out", register_date=TODAY, recipients=[_sender(store, letter_id)], subject="ຕອບ"),
        today=TODAY,
    ).letter_id
    complete(store, o["a"], letter_id, "answered", reply_letter_id=reply)
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert (letter.status, letter.holders_text) == ("completed", "")
        assert s.get(Letter, reply).in_reply_to == letter_id
        assert counts(s, viewer_of(s, o["a"].user_id), TODAY).inbox == 0
        kinds = [e.kind for e in timeline(s, letter_id)]
    assert kinds == ["registered", "routed", "acknowledged", "routed", "commented", "completed"]
    reopen(store, o["head"], letter_id, "ຄຳຕອບບໍ່ຄົບ")
    with store.db.session() as s:
        assert s.get(Letter, letter_id).status == "in_progress"


def _sender(store, letter_id):
    with store.db.session() as s:
        return s.get(Letter, letter_id).sender_org_id


def test_registry_fields_freeze_once_routed(office):
    o, store = office, office["store"]
    letter_id = _letter(o)
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["head"].user_id)], today=TODAY)
    with pytest.raises(ActionRefused, match="frozen"):
        correct_field(store, o["clerk2"], letter_id, "register_date", TODAY - timedelta(days=1), "x", today=TODAY)


def test_confidential_letter_cannot_be_read_or_routed_by_an_outsider(office):
    o, store = office, office["store"]
    letter_id = _letter(o, confidentiality="confidential")
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["a"].user_id)], today=TODAY)
    with store.db.session() as s:
        require_view(s, viewer_of(s, o["a"].user_id), letter_id)
        require_view(s, viewer_of(s, o["head"].user_id), letter_id)
        with pytest.raises(NotAllowed):
            require_view(s, viewer_of(s, o["c"].user_id), letter_id)
    for action in (
        lambda: route(store, o["c"], letter_id, [Recipient(user_id=o["b"].user_id)], today=TODAY),
        lambda: acknowledge(store, o["c"], letter_id),
        lambda: comment(store, o["c"], letter_id, "x"),
        lambda: complete(store, o["c"], letter_id, "filed"),
        lambda: return_letter(store, o["c"], letter_id, "x"),
    ):
        with pytest.raises(NotAllowed):
            action()


def test_bad_routing_is_refused_and_changes_nothing(office):
    o, store = office, office["store"]
    letter_id = _letter(o)
    with pytest.raises(FormInvalid):
        route(store, o["clerk2"], letter_id, [], today=TODAY)
    with pytest.raises(FormInvalid, match="past"):
        route(
            store,
            o["clerk2"],
            letter_id,
            [Recipient(user_id=o["a"].user_id, due=TODAY - timedelta(days=1))],
            today=TODAY,
        )
    with pytest.raises(NotAllowed, match="do not hold"):
        complete(store, o["a"], letter_id, "filed")
    with pytest.raises(NotAllowed):
        route(store, o["a"], letter_id, [Recipient(user_id=o["b"].user_id)], today=TODAY)
    with store.db.session() as s:
        assert s.get(Letter, letter_id).status == "registered"
        assert s.query(RoutingStep).count() == 0


def test_recall_only_before_acknowledgement_and_return_to_sender(office):
    o, store = office, office["store"]
    letter_id = _letter(o)
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["a"].user_id)], today=TODAY)
    recall(store, o["clerk2"], letter_id, _step(o, letter_id, o["a"]).id)
    with store.db.session() as s:
        assert s.get(Letter, letter_id).status == "registered"
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["b"].user_id)], today=TODAY)
    acknowledge(store, o["b"], letter_id)
    with pytest.raises(RoutingRefused, match="already opened"):
        recall(store, o["clerk2"], letter_id, _step(o, letter_id, o["b"]).id)
    return_letter(store, o["b"], letter_id, "ບໍ່ແມ່ນໜ້າທີ່ຂອງຂ້ອຍ")
    with store.db.session() as s:
        assert s.get(Letter, letter_id).holders_text == "ນາງ ສະໝຽນ"


def test_redirect_keeps_the_previous_holder_in_copy(office):
    o, store = office, office["store"]
    letter_id = _letter(o, confidentiality="confidential")
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["a"].user_id)], "ກະລຸນາກະກຽມຄຳຕອບ", today=TODAY)
    acknowledge(store, o["a"], letter_id)
    # The official who holds it may not pass it on as a "redirect" (that is a forward); an outsider may not at all.
    with pytest.raises(NotAllowed):
        redirect(store, o["a"], letter_id, [Recipient(user_id=o["b"].user_id)], today=TODAY)
    with pytest.raises(NotAllowed):
        redirect(store, o["c"], letter_id, [Recipient(user_id=o["b"].user_id)], today=TODAY)
    with pytest.raises(FormInvalid):
        redirect(store, o["clerk2"], letter_id, [], today=TODAY)

    redirect(store, o["head"], letter_id, [Recipient(user_id=o["b"].user_id)], "ໃຫ້ທ່ານ ບ ຮັບຜິດຊອບ", today=TODAY)
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert letter.holders_text == "ທ່ານ ບ"
        steps = {
            (st.to_user_id, st.action, st.status, st.flags)
            for st in s.query(RoutingStep).filter_by(letter_id=letter_id)
        }
        assert (o["a"].user_id, "for_action", "redirected", "") in steps
        assert (o["a"].user_id, "for_information", "sent", "copy") in steps
        assert (o["b"].user_id, "for_action", "sent", "") in steps
        a = viewer_of(s, o["a"].user_id)
        require_view(s, a, letter_id)  # the previous holder still sees the confidential letter
        mine = inbox(s, a, TODAY)
        assert [(row.letter_id, row.action) for row in mine] == [(letter_id, "for_information")]
        b = viewer_of(s, o["b"].user_id)
        assert inbox(s, b, TODAY)[0].letter_id == letter_id
        entry = timeline(s, letter_id)[-1]
        assert entry.kind == "redirected"
        assert ("ທ່ານ ບ", "for_action") in entry.to and ("ທ່ານ ອ", "copy") in entry.to
    # The copy does not block: b completes and the letter is done although a never opened the copy.
    complete(store, o["b"], letter_id, "filed")
    with store.db.session() as s:
        assert s.get(Letter, letter_id).status == "completed"


def test_redirect_after_the_holder_forwarded_elsewhere_keeps_both(office):
    """On two PCs at once: the holder forwards while the head redirects. Both moves stand, nothing is lost."""
    o, store = office, office["store"]
    letter_id = _letter(o)
    route(store, o["clerk2"], letter_id, [Recipient(user_id=o["a"].user_id)], today=TODAY)
    with store.db.session() as s:
        head = viewer_of(s, o["head"].user_id)
        assert [st.to_user_id for st in redirectable_steps(s, head, letter_id)] == [o["a"].user_id]
    route(store, o["a"], letter_id, [Recipient(user_id=o["c"].user_id)], today=TODAY)  # a forwards to c
    # The head's redirect was prepared against the old state: replay it as the other PC would have written it.
    with store.db.write() as s:
        old = _step(o, letter_id, o["a"])
        store.log.append(
            s,
            o["head"],
            "letter.redirected",
            {
                "from_steps": [{"step_id": old.id, "copy_step_id": "0190a0a0-0000-7000-8000-000000000001"}],
                "steps": [
                    {
                        "step_id": "0190a0a0-0000-7000-8000-000000000002",
                        "to_user_id": o["b"].user_id,
                        "to_department_id": None,
                        "action": "for_action",
                        "due": None,
                    }
                ],
                "minute": "",
            },
            letter_id=letter_id,
        )
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert set(letter.holders_text.split("; ")) == {"ທ່ານ ຄ", "ທ່ານ ບ"}
        new = s.get(RoutingStep, "0190a0a0-0000-7000-8000-000000000002")
        assert "parallel_routing" in new.flags
        assert s.get(RoutingStep, "0190a0a0-0000-7000-8000-000000000001") is None  # a had already passed it on


def test_department_routing_and_delegation(office):
    o, store = office, office["store"]
    letter_id = _letter(o)
    route(store, o["clerk2"], letter_id, [Recipient(department_id=o["finance"])], today=TODAY)
    with store.db.session() as s:
        assert inbox(s, viewer_of(s, o["b"].user_id), TODAY)[0].letter_id == letter_id
        assert s.get(Letter, letter_id).holders_text == "ພະແນກການເງິນ"
    other = _letter(o)
    route(store, o["clerk2"], other, [Recipient(user_id=o["c"].user_id)], today=TODAY)
    delegate(store, o["c"], o["a"].user_id, date.today(), date.today() + timedelta(days=7))
    acknowledge(store, o["a"], other)  # a acts for c while c is on leave
    with store.db.session() as s:
        assert _step(o, other, o["c"]).status == "acknowledged"


def test_login_is_checked_and_slowed_after_failures(office):
    store = office["store"]
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    assert authenticate(store, "A", "password1", throttle).user_id == office["a"].user_id
    for _ in range(3):
        with pytest.raises(AccountError, match="wrong"):
            authenticate(store, "a", "wrong", throttle, sleep=False)
    with pytest.raises(AccountError, match="wrong"):
        authenticate(store, "a", "wrong", throttle, sleep=False)  # the 4th try: accepted, then a wait is set
    with pytest.raises(TooManyTries):
        authenticate(store, "a", "password1", throttle, sleep=False)  # even the right password must wait
    now[0] += 2.5
    assert authenticate(store, "a", "password1", throttle, sleep=False).user_id == office["a"].user_id
    with pytest.raises(NotAllowed):
        create_user(store, office["a"], "x", "x", "password1", ["clerk"])


def test_dashboard_figures_name_the_letters_behind_them(office):
    from eoffice_desktop.core.dashboard import (
        average_days_to_completion,
        open_by_department,
        open_by_status,
        overdue_by_person,
        per_month,
    )

    o, store = office, office["store"]
    first, second = _letter(o), _letter(o)
    route(store, o["clerk2"], first, [Recipient(department_id=o["finance"])], today=TODAY)
    route(store, o["clerk2"], second, [Recipient(user_id=o["c"].user_id, due=TODAY + timedelta(days=1))], today=TODAY)
    complete(store, o["c"], second, "filed")
    with store.db.session() as s:
        head = viewer_of(s, o["head"].user_id)
        assert {b.label: b.value for b in open_by_status(s, head)} == {"in_progress": 1}
        assert [(b.label, b.letter_ids) for b in open_by_department(s, head)] == [("ພະແນກການເງິນ", (first,))]
        late = overdue_by_person(s, head, today=date.today() + timedelta(days=400))
        assert late[0].letter_ids == (first,)
        months = per_month(s, head, "in", today=TODAY)
        assert months[-1].label == "2026-03" and months[-1].value == 2
        assert average_days_to_completion(s, head) is not None


def test_saved_route_fills_recipients(office):
    from eoffice_desktop.core.routing.saved_routes import delete_route, list_saved_routes, save_route

    o, store = office, office["store"]
    with store.db.write() as s:
        save_route(
            s,
            "ງົບປະມານ",
            [Recipient(department_id=o["finance"]), Recipient(user_id=o["head"].user_id, action="for_information")],
            "ພິຈາລະນາ",
        )
    with store.db.session() as s:
        (saved,) = list_saved_routes(s)
    letter_id = _letter(o)
    route(store, o["clerk2"], letter_id, saved.to_recipients(), saved.minute, today=TODAY)
    with store.db.session() as s:
        assert s.get(Letter, letter_id).holders_text == "ພະແນກການເງິນ"
    with store.db.write() as s:
        delete_route(s, "ງົບປະມານ")
        assert list_saved_routes(s) == []


def test_the_overview_works_for_a_clerk_and_counts_only_what_the_clerk_may_see(office):
    """Its queries read routing steps while the visibility check reads them too: each keeps its own rows."""
    from eoffice_desktop.core.dashboard import open_by_department, overdue_by_person

    o, store = office, office["store"]
    seen = _letter(o)
    secret = _letter(o, confidentiality="secret", by=o["admin"])
    for letter_id in (seen, secret):
        route(store, o["admin"], letter_id, [Recipient(department_id=o["finance"])], today=TODAY)
    with store.db.session() as s:
        clerk = viewer_of(s, o["clerk2"].user_id)
        assert [(b.label, b.letter_ids) for b in open_by_department(s, clerk)] == [("ພະແນກການເງິນ", (seen,))]
        late = overdue_by_person(s, clerk, today=date.today() + timedelta(days=400))
        assert all(secret not in bar.letter_ids for bar in late)
