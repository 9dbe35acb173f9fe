"""The address book can be edited, linked to an enrolled office and merged, with events so every PC agrees: edits
are last writer by HLC per field, a duplicate merged into another still finds its old letters, and a rebuild of the
log gives the same table in any order."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import select

from eoffice_desktop.core import projections
from eoffice_desktop.core.addresses.addressbook import (
    AddressBookRefused,
    EntryFields,
    add_organisation,
    find_by_name,
    list_organisations,
    merge_organisations,
    separate_organisation,
    update_organisation,
)
from eoffice_desktop.core.addresses.addressbook_fold import canonical_ids, resolve_merges
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.storage.models import Event, Organisation

TODAY = date(2026, 3, 10)


def _add(store, clerk, name: str, **kw: str):  # type: ignore[no-untyped-def]
    with store.db.write() as s:
        return add_organisation(s, store.log, clerk, EntryFields(name, **kw)).id


def _row(store, org_id: str) -> tuple[str, str, str, str | None, str | None]:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        org = s.get(Organisation, org_id)
        return org.name_lo, org.name_en, org.abbr, org.office_id, org.merged_into


def test_an_entry_is_renamed_and_linked_and_only_changes_are_recorded(store, clerk):
    org = _add(store, clerk, "ພະແນກສຶກສາ", name_en="Education Dept")
    with store.db.write() as s:
        update_organisation(s, store.log, clerk, org, name_lo="ພະແນກສຶກສາທິການ ແລະ ກິລາ", abbr="ສສກ", office_id="off_x")
        update_organisation(s, store.log, clerk, org, name_lo="ພະແນກສຶກສາທິການ ແລະ ກິລາ")  # nothing differs
    assert _row(store, org) == ("ພະແນກສຶກສາທິການ ແລະ ກິລາ", "Education Dept", "ສສກ", "off_x", None)
    with store.db.session() as s:
        updates = s.scalars(select(Event).where(Event.type == "org.updated")).all()
        assert len(updates) == 1
        assert find_by_name(s, "ສສກ").id == org
    with store.db.write() as s, pytest.raises(AddressBookRefused, match="needs a name"):
        update_organisation(s, store.log, clerk, org, name_lo="  ")
    with store.db.write() as s, pytest.raises(AddressBookRefused, match="does not exist"):
        update_organisation(s, store.log, clerk, "no-such-entry", name_lo="x")


def test_a_merged_duplicate_is_hidden_and_its_letters_are_found_under_the_other(store, clerk):
    finance = _add(store, clerk, "ກະຊວງການເງິນ")
    typo = _add(store, clerk, "ກະຊວງ ການເງີນ")
    for sender in (finance, typo):
        form = LetterForm(register_date=TODAY, sender_org_id=sender, subject=f"ງົບປະມານ {sender[-4:]}")
        register_letter(store, clerk, form, today=TODAY)
    with store.db.write() as s:
        with pytest.raises(AddressBookRefused, match="into itself"):
            merge_organisations(s, store.log, clerk, typo, typo)
        merge_organisations(s, store.log, clerk, typo, finance)
        with pytest.raises(AddressBookRefused, match="merged into another"):
            update_organisation(s, store.log, clerk, typo, name_lo="x")
    with store.db.session() as s:
        assert [o.id for o in list_organisations(s)] == [finance]
        assert find_by_name(s, "ກະຊວງ ການເງີນ").id == finance  # the old name still finds the entry
        found = search_letters(s, SearchQuery(sender_org_id=finance), today=TODAY)
        assert len(found) == 2
        # Each letter keeps the sender as it was written.
        assert sorted(row.correspondent for row in found) == ["ກະຊວງ ການເງີນ", "ກະຊວງການເງິນ"]
    with store.db.write() as s:
        separate_organisation(s, store.log, clerk, typo)
    with store.db.session() as s:
        assert sorted(o.id for o in list_organisations(s)) == sorted([finance, typo])
        assert len(search_letters(s, SearchQuery(sender_org_id=finance), today=TODAY)) == 1


def test_merges_into_each_other_made_at_once_stand_under_one_entry():
    """A into B on one PC and B into A on another: both PCs show one of them, the same one."""
    merged: dict[str, str | None] = {"a": "b", "b": "a", "c": None, "d": "c", "e": "d", "f": "unknown"}
    assert resolve_merges(merged) == {"a": "a", "b": "a", "c": "c", "d": "c", "e": "c", "f": "f"}


def test_edits_and_merges_fold_to_the_same_table_in_any_order(store, clerk):
    orgs = [_add(store, clerk, f"ຫ້ອງການ {i}") for i in range(4)]
    with store.db.write() as s:
        for i in range(12):
            update_organisation(s, store.log, clerk, orgs[i % 3], name_en=f"Office {i}", province=f"P{i}")
        merge_organisations(s, store.log, clerk, orgs[3], orgs[0])
    before = {org: _row(store, org) for org in orgs}
    with store.db.write() as s:
        rows = list(s.scalars(select(Event).where(Event.type.like("org.%"))))
        for seed in range(3):  # the events arrive in another order (USB files, several PCs): same result
            s.query(Organisation).delete()
            shuffled = rows[:]
            random.Random(seed).shuffle(shuffled)
            for row in shuffled:
                projections.apply(s, row)
            s.flush()
            assert {org: _row_in(s, org) for org in orgs} == before
        projections.rebuild(s)
    assert {org: _row(store, org) for org in orgs} == before
    with store.db.session() as s:
        assert canonical_ids(s)[orgs[3]] == orgs[0]


def _row_in(s, org_id: str) -> tuple[str, str, str, str | None, str | None]:  # type: ignore[no-untyped-def]
    org = s.get(Organisation, org_id)
    return org.name_lo, org.name_en, org.abbr, org.office_id, org.merged_into
