"""Searching letters through the real index: Lao words inside runs, numbers, filters, permissions, void letters."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from eoffice_desktop.core import projections
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import correct_field, register_letter, void_letter
from eoffice_desktop.core.search.access import Viewer, viewer_of
from eoffice_desktop.core.search.index import append_search_text, index_is_consistent, reindex, tidy_index
from eoffice_desktop.core.search.query import SearchQuery, count_matches, search_letters
from eoffice_desktop.core.storage.models import Letter, Organisation

TODAY = date(2026, 3, 10)


def form(**kw: object) -> LetterForm:
    f = LetterForm(direction="in", register_date=TODAY, sender_name="ກະຊວງການເງິນ", subject="ໜັງສືທົ່ວໄປ")
    for k, v in kw.items():
        setattr(f, k, v)
    return f


@pytest.fixture
def letters(store, clerk):
    """A small register in Lao and English; returns registry number (with the year if not this year) -> id."""
    forms = [
        form(subject="ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານ", sender_ref="0369/ອຄ.ກຂອ", urgency="urgent"),
        form(subject="Invitation to the Regional Workshop on e-Government", sender_name="UNDP Lao PDR"),
        form(
            subject="ລາຍງານສະພາບໄພນ້ຳຖ້ວມ ແລະ ການຊ່ວຍເຫຼືອປະຊາຊົນ",
            summary="ເພື່ອຊາບ ແລະ ປະຕິບັດ",
            sender_name="ຫ້ອງການປົກຄອງແຂວງຫຼວງພະບາງ",
        ),
        form(
            subject="ຂໍອະນຸມັດງົບປະມານສ້ອມແປງຫ້ອງການ",
            keywords="budget, ICT",
            confidentiality="confidential",
            register_date=TODAY - timedelta(days=40),
            reply_due=TODAY - timedelta(days=5),
        ),
        form(subject="ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມສຳມະນາ", register_date=TODAY.replace(year=2025)),
    ]
    numbers = {}
    for f in forms:
        result = register_letter(store, clerk, f, today=f.register_date)
        year = "" if f.register_date.year == TODAY.year else f" {f.register_date.year}"
        numbers[result.registry_number + year] = result.letter_id
    return numbers


def numbers(session, query: SearchQuery, **kw) -> list[str]:
    return sorted(r.registry_number for r in search_letters(session, query, today=TODAY, **kw))


def test_a_lao_word_is_found_inside_a_longer_run(store, letters):
    with store.db.session() as s:
        assert numbers(s, SearchQuery("ປະຊຸມ")) == ["0001/ກຕສ", "0001/ກຕສ"]  # 2026 and 2025 series
        assert numbers(s, SearchQuery("ງົບປະມານ")) == ["0001/ກຕສ", "0004/ກຕສ"]
        assert count_matches(s, SearchQuery("ປະຊຸມ")) == 2


def test_tone_marks_and_spelling_variants_in_the_query_still_match(store, letters):
    with store.db.session() as s:
        # stored as ນ້ຳ / ຫຼວງ; typed as ນໍ້າ with the tone first, and as ຫລວງ
        assert numbers(s, SearchQuery("ນ\u0ec9\u0ecd\u0eb2ຖ້ວມ")) == ["0003/ກຕສ"]
        assert numbers(s, SearchQuery("ຫລວງພະບາງ")) == ["0003/ກຕສ"]
        assert numbers(s, SearchQuery(unicodedata.normalize("NFD", "ຊ່ວຍເຫຼືອ"))) == ["0003/ກຕສ"]


def test_nfd_text_in_the_register_is_found_by_nfc_queries(store, clerk):
    register_letter(store, clerk, form(subject=unicodedata.normalize("NFKD", "ນ້ຳປະປາ ແລະ Café")), today=TODAY)
    with store.db.session() as s:
        assert numbers(s, SearchQuery("ນ້ຳປະປາ")) == ["0001/ກຕສ"]
        assert numbers(s, SearchQuery("café")) == ["0001/ກຕສ"]


def test_english_words_any_case_and_phrases(store, letters):
    with store.db.session() as s:
        assert numbers(s, SearchQuery("REGIONAL workshop")) == ["0002/ກຕສ"]
        assert numbers(s, SearchQuery('"workshop on e-government"')) == ["0002/ກຕສ"]
        assert numbers(s, SearchQuery('"workshop e-government"')) == []
        assert numbers(s, SearchQuery("undp")) == ["0002/ກຕສ"]
        assert numbers(s, SearchQuery("budget ງົບປະມານ")) == ["0004/ກຕສ"]  # mixed Lao and English, all must match


def test_registry_and_reference_numbers_match_however_typed(store, letters):
    with store.db.session() as s:
        for typed in ("0003/ກຕສ", "3/ກຕສ", "໐໐໐໓/ກຕສ"):
            assert numbers(s, SearchQuery(typed, year=2026)) == ["0003/ກຕສ"], typed
        assert numbers(s, SearchQuery("3", year=2026)) == ["0003/ກຕສ"]
        assert numbers(s, SearchQuery("369/ອຄ")) == ["0001/ກຕສ"]  # the sender's reference
        assert numbers(s, SearchQuery("36")) == []  # 36 is not inside 0369


def test_very_short_queries_work(store, letters):
    with store.db.session() as s:
        assert numbers(s, SearchQuery("ຖ້")) == ["0003/ກຕສ"]  # two code points: no trigram, still found
        assert "0004/ກຕສ" in numbers(s, SearchQuery("ກ"))
        assert numbers(s, SearchQuery("ic")) == ["0004/ກຕສ"]
        assert numbers(s, SearchQuery("ict ງົບ")) == ["0004/ກຕສ"]  # short and long terms together


def test_filters_combine_with_text(store, letters):
    with store.db.session() as s:
        assert numbers(s, SearchQuery("ປະຊຸມ", year=2025)) == ["0001/ກຕສ"]
        assert numbers(s, SearchQuery("ປະຊຸມ", urgency="urgent")) == ["0001/ກຕສ"]
        assert numbers(s, SearchQuery("", date_from=TODAY, date_to=TODAY)) == [f"000{i}/ກຕສ" for i in range(1, 4)]
        assert numbers(s, SearchQuery("ງົບປະມານ", confidentiality="confidential")) == ["0004/ກຕສ"]
        assert numbers(s, SearchQuery(overdue=True)) == ["0004/ກຕສ"]
        assert numbers(s, SearchQuery(direction="out")) == []
        org = s.scalar(select(Organisation.id).where(Organisation.name_lo == "ຫ້ອງການປົກຄອງແຂວງຫຼວງພະບາງ"))
        assert numbers(s, SearchQuery(sender_org_id=org)) == ["0003/ກຕສ"]


def test_an_answered_letter_is_not_overdue(store, clerk, letters):
    with store.db.session() as s:
        due = s.scalar(select(Letter).where(Letter.reply_due.is_not(None)))
        sender = due.sender_org_id
    register_letter(
        store,
        clerk,
        LetterForm(direction="out", register_date=TODAY, subject="ຕອບ", recipients=[sender], in_reply_to=due.id),
        today=TODAY,
    )
    with store.db.session() as s:
        assert numbers(s, SearchQuery(overdue=True)) == []


def test_sender_kind_filter(store, clerk):
    with store.db.session() as s, s.begin():
        from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation

        province = add_organisation(s, store.log, clerk, EntryFields("ຫ້ອງການປົກຄອງແຂວງຫົວພັນ", kind="province")).id
    register_letter(store, clerk, form(sender_org_id=province, sender_name="", urgency="urgent"), today=TODAY)
    register_letter(store, clerk, form(urgency="urgent"), today=TODAY)
    with store.db.session() as s:
        assert numbers(s, SearchQuery(sender_kind="province", urgency="urgent")) == ["0001/ກຕສ"]


def test_void_letters_are_left_out_unless_asked_for(store, clerk, letters):
    void_letter(store, clerk, letters["0003/ກຕສ"], "registered twice")
    with store.db.session() as s:
        assert numbers(s, SearchQuery("ນ້ຳຖ້ວມ")) == []
        assert numbers(s, SearchQuery("ນ້ຳຖ້ວມ", include_void=True)) == ["0003/ກຕສ"]
        assert numbers(s, SearchQuery("twice", status="void")) == ["0003/ກຕສ"]  # the void reason is searchable


def _add_user(store, clerk: Actor, username: str, roles: list[str]) -> Viewer:
    with store.db.session() as s, s.begin():
        user_id = f"usr_{username}"
        store.log.append(
            s,
            clerk,
            "user.created",
            {"user_id": user_id, "username": username, "display_name": username, "roles": roles},
        )
    with store.db.session() as s:
        return viewer_of(s, user_id)


def test_confidential_letters_only_for_heads_and_the_registering_clerk(store, clerk, letters):
    officer = _add_user(store, clerk, "officer", ["officer"])
    head = _add_user(store, clerk, "head2", ["head"])
    other_clerk = _add_user(store, clerk, "clerk2", ["clerk"])
    registrar = Actor(user_id=other_clerk.user_id, office_id=clerk.office_id, device_id=clerk.device_id)
    register_letter(store, registrar, form(subject="ງົບປະມານລັບ", confidentiality="secret"), today=TODAY)
    with store.db.session() as s:
        q = SearchQuery("ງົບປະມານ")
        assert numbers(s, q, viewer=officer) == ["0001/ກຕສ"]
        assert count_matches(s, q, viewer=officer) == 1
        assert numbers(s, q, viewer=head) == ["0001/ກຕສ", "0004/ກຕສ", "0005/ກຕສ"]
        assert numbers(s, q, viewer=other_clerk) == ["0001/ກຕສ", "0005/ກຕສ"]  # the one this clerk registered
        assert numbers(s, q) == ["0001/ກຕສ", "0004/ກຕສ", "0005/ກຕສ"]  # no viewer: IT tools, whole office


def test_index_follows_corrections_in_the_same_transaction(store, clerk, letters):
    letter_id = letters["0001/ກຕສ"]
    with store.db.session() as s:
        before = [r.id for r in search_letters(s, SearchQuery("ປະຊຸມ", year=2026))]
    assert before == [letter_id]
    correct_field(store, clerk, letter_id, "subject", "ແຈ້ງການກ່ຽວກັບວັນພັກລັດຖະການ", "typo", today=TODAY)
    with store.db.session() as s:
        assert search_letters(s, SearchQuery("ປະຊຸມ", year=2026)) == []
        assert [r.id for r in search_letters(s, SearchQuery("ວັນພັກ"))] == [letter_id]


def test_a_failed_transaction_leaves_the_index_unchanged(store, clerk, letters):
    with pytest.raises(RuntimeError), store.db.session() as s, s.begin():
        register_letter(store, clerk, form(subject="ຫົວຂໍ້ທີ່ບໍ່ໄດ້ບັນທຶກ"), today=TODAY, session=s)
        raise RuntimeError("power cut")
    with store.db.session() as s:
        assert search_letters(s, SearchQuery("ບໍ່ໄດ້ບັນທຶກ")) == []
        assert index_is_consistent(s)


def test_appended_notes_are_searchable_and_survive_field_changes(store, clerk, letters):
    letter_id = letters["0001/ກຕສ"]
    with store.db.session() as s, s.begin():
        append_search_text(s, letter_id, "ທ່ານຫົວໜ້າມອບໃຫ້ພະແນກການເງິນ")
    correct_field(store, clerk, letter_id, "summary", "ສະຫຼຸບໃໝ່", "added", today=TODAY)
    with store.db.session() as s:
        assert [r.id for r in search_letters(s, SearchQuery("ພະແນກການເງິນ"))] == [letter_id]
        assert [r.id for r in search_letters(s, SearchQuery("ສະຫຼຸບໃໝ່"))] == [letter_id]


def test_english_names_of_organisations_are_searchable(store, clerk):
    with store.db.session() as s, s.begin():
        from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation

        mof = add_organisation(
            s, store.log, clerk, EntryFields("ກະຊວງການເງິນ", "Ministry of Finance", "ກງ", "ministry")
        ).id
    register_letter(store, clerk, form(sender_org_id=mof, subject="ແຈ້ງການກ່ຽວກັບການປະຊຸມງົບປະມານ"), today=TODAY)
    register_letter(
        store,
        clerk,
        LetterForm(direction="out", register_date=TODAY, subject="ຕອບກ່ຽວກັບງົບປະມານ", recipients=[mof]),
        today=TODAY,
    )
    with store.db.session() as s:
        rows = search_letters(s, SearchQuery("ministry of finance ປະຊຸມ"))
        assert [(r.direction, r.registry_number, r.correspondent) for r in rows] == [("in", "0001/ກຕສ", "ກະຊວງການເງິນ")]
        out = search_letters(s, SearchQuery("finance", direction="out"))
        assert [(r.direction, r.correspondent) for r in out] == [("out", "ກະຊວງການເງິນ")]


def test_results_sort_and_page(store, letters):
    with store.db.session() as s:
        q = SearchQuery("")
        recent = [r.registry_number for r in search_letters(s, q, today=TODAY)]
        assert recent[0] == "0001/ກຕສ" and recent[-1] == "0001/ກຕສ" and len(recent) == 5  # 2025 letter last in
        by_date = search_letters(s, q, sort="date", descending=False)
        assert by_date[0].register_date.year == 2025
        assert [r.id for r in search_letters(s, q, 1, 2)] == [r.id for r in search_letters(s, q)][1:3]
        with pytest.raises(ValueError, match="Unknown sort"):
            search_letters(s, q, sort="colour")


def test_reindex_and_rebuild_from_the_log_give_the_same_results(store, clerk, letters):
    queries = [SearchQuery("ປະຊຸມ"), SearchQuery("budget"), SearchQuery("3"), SearchQuery("ກ")]
    with store.db.session() as s:
        before = [numbers(s, q) for q in queries]
    with store.db.session() as s, s.begin():
        s.execute(text("DELETE FROM letter_search"))  # a damaged index
        assert reindex(s).letters == 5
    with store.db.session() as s, s.begin():
        projections.rebuild(s)
        reindex(s)
    with store.db.session() as s:
        assert [numbers(s, q) for q in queries] == before
        assert index_is_consistent(s)


def test_tidying_the_index_merges_segments_without_changing_results(store, clerk):
    for n in range(40):  # one transaction each: one small index segment each
        register_letter(store, clerk, form(subject=f"ກອງປະຊຸມຄັ້ງທີ {n}"), today=TODAY)
    with store.db.session() as s:
        before = numbers(s, SearchQuery("ປະຊຸມ"))
    steps = 0
    while True:
        with store.db.session() as s, s.begin():
            if not tidy_index(s, pages=20):
                break
        steps += 1
        assert steps < 100
    with store.db.session() as s:
        assert steps >= 1 and numbers(s, SearchQuery("ປະຊຸມ")) == before and len(before) == 40
        assert index_is_consistent(s)
