"""The office's sharing choice is one for all its PCs (an event, the latest wins), only an administrator or the head
changes it, bad input changes nothing; the journey links fold again identically; the lost-letter watch counts
working days."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.journey.links import JourneyLink
from eoffice_desktop.core.journey.policy import SharingPolicy, sharing_policy
from eoffice_desktop.core.journey.reports import PolicyRefused, set_sharing_policy
from eoffice_desktop.core.journey.timeline import lost_letters
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.people.accounts import NotAllowed, create_user
from eoffice_desktop.core.projections import rebuild
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.workdays import set_holidays
from sync.client.bundles import export_bundle, import_bundle


def _policy(store) -> SharingPolicy:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return sharing_policy(s)


def test_the_sharing_choice_is_the_same_on_every_pc_of_the_office(tmp_path: Path):
    first = open_store(tmp_path / "pc1")
    admin = setup_office(first, "ຂຂ", "ແຂວງ", "Province", "admin", "Admin", "password-1")
    clerk = create_user(first, admin, "clerk", "ນາງ ຄຳ", "password-1", ["clerk"])
    assert _policy(first) == SharingPolicy(progress=True, holder=False, lost_after_days=3)  # the safe defaults

    snapshot = tmp_path / "snapshot.eob"
    export_bundle(first, snapshot, everything=True)
    second = open_store(tmp_path / "pc2")
    import_bundle(second, snapshot)

    set_sharing_policy(first, admin, SharingPolicy(holder=True, lost_after_days=5))
    set_sharing_policy(second, second.actor(admin.user_id), SharingPolicy(progress=False))  # later: it wins
    one, two = tmp_path / "one.eob", tmp_path / "two.eob"
    export_bundle(first, one)
    export_bundle(second, two)
    import_bundle(first, two)
    import_bundle(second, one)
    assert _policy(first) == _policy(second) == SharingPolicy(progress=False, holder=False, lost_after_days=3)

    with pytest.raises(NotAllowed):
        set_sharing_policy(first, first.actor(clerk), SharingPolicy(holder=True))
    with pytest.raises(PolicyRefused):
        set_sharing_policy(first, admin, SharingPolicy(lost_after_days=0))
    assert _policy(first).progress is False  # refused changes changed nothing
    with first.db.write() as s:
        rebuild(s)
    assert _policy(first) == _policy(second)
    first.close()
    second.close()


def test_journey_links_fold_again_identically_and_the_lost_watch_counts_working_days(tmp_path: Path):
    store = open_store(tmp_path / "m")
    actor = setup_office(store, "ກຊ", "ກະຊວງ", "Ministry", "admin", "Admin", "password-1")
    with store.db.write() as s:
        to_province = add_organisation(s, store.log, actor, EntryFields("ແຂວງ", office_id="off_province")).id
        # no eOffice: sent on paper, never watched
        to_company = add_organisation(s, store.log, actor, EntryFields("ບໍລິສັດ")).id
    friday = date(2026, 11, 27)
    form = LetterForm(direction="out", register_date=friday, recipients=[to_province, to_company], subject="ແຈ້ງການ")
    sent = register_letter(store, actor, form, today=friday).letter_id
    register_letter(
        store,
        actor,
        LetterForm(direction="out", register_date=friday, recipients=[to_province], subject="ສຳເນົາ"),
        today=friday,
        links={"origin": sent},
    )
    with store.db.session() as s:
        assert lost_letters(s, store.office_id, date(2026, 12, 2)) == []  # Mon, Tue, Wed: 3 working days
        late = lost_letters(s, store.office_id, date(2026, 12, 3))
        assert [(row.letter_id, row.office_name) for row in late][:1] == [(sent, "ແຂວງ")]
        links = [(link.letter_id, link.origin) for link in s.scalars(select(JourneyLink))]
    with store.db.write() as s:
        set_holidays(s, {date(2026, 12, 2)})  # a public holiday does not count
    with store.db.session() as s:
        assert lost_letters(s, store.office_id, date(2026, 12, 3)) == []
    with store.db.write() as s:
        rebuild(s)
    with store.db.session() as s:
        assert [(link.letter_id, link.origin) for link in s.scalars(select(JourneyLink))] == links
        assert len(lost_letters(s, store.office_id, date(2026, 12, 10))) == 2
        assert lost_letters(s, store.office_id, date(2026, 12, 10) + timedelta(days=400)) == []  # no longer watched
    store.close()
