"""Sorted pages with filters are exactly the plain ORDER BY's rows: a real office of letters over three years (some
void, some confidential, some with a scan's text), Lao and English words, phrases, registry numbers and short words
with every kind of filter, a viewer who may not see confidential letters, both sort directions, and each way a sorted
page can be made (a walk checking words by range, by looking each letter up or by searching each letter's document, a
walk that gives up and sorts the matches, a walk by sender not started when the matches lie far down the senders,
the letters between two dates sorted, SQLite sorting the matches)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import PageText
from eoffice_desktop.core.search import sorted_pages, sorted_split, text_check
from eoffice_desktop.core.search.access import viewer_by_username, visible_clause
from eoffice_desktop.core.search.clauses import (
    CORRESPONDENT,
    ROW_COLUMNS,
    SearchRow,
    base_select,
    filter_clauses,
    plan_text,
    sort_order,
)
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.search.sorted_split import in_order, split_page
from eoffice_desktop.core.search.sorted_walk import Walk, walk_for
from eoffice_desktop.core.storage.models import Attachment, Letter, Organisation

TODAY = date.today()
# Lao words, short words alone and mixed in, an English word, phrase and two words, a word that some letters hold
# only as the reader misread it in their scan (found through its skeleton); a registry number and a number alone are
# added from the office (`_words`).
WORDS = [
    "ປະຊຸມ",
    "ງົບປະມານ",
    "budget",
    "ກ",
    "ກະຊວງການເງິນ ປະຊຸມ",
    "ກງ ປະຊຸມ",
    '"Ministry of Finance"',
    "rural electrification",
    "ແຈ້ງການ",
]
MISREAD = "ແວງການ"  # ແຈ້ງການ as the reader reads it: the tone mark lost, ຈ read as ວ
NEVER = 10.0**9
MODES = {
    "walk, words read by range": dict(SMALL=-1, LOOKUP_US=NEVER, document_us=NEVER),
    "walk, each letter looked up": dict(SMALL=-1, LOOKUP_US=0.0, LOOKUP_READS=0.0, document_us=NEVER),
    "walk, each letter's document searched": dict(SMALL=-1, document_us=0.0),
    "walk giving up, matches sorted or listed": dict(
        SMALL=-1, MIN_BUDGET_S=0.0, BUDGET_SHARE=0.0, LISTING_SHARE=0.0, BUDGET_STEPS=100
    ),
    "walk by sender after looking where the matches lie": dict(SMALL=-1, SAMPLE=40, SURE=0.0),
    "the page's end far down the senders as the sampled letters tell, not counted": dict(
        SMALL=-1, SAMPLE=40, SURE=0.0, FAR=0.0, SAMPLED_BEFORE=0
    ),
    "matches lying far down the senders listed at once": dict(
        SMALL=-1, SAMPLE=40, SURE=0.0, MIN_BUDGET_S=0.0, LISTING_SHARE=0.0, SORT_US=10.0**9
    ),
    "letters between the dates sorted": dict(SMALL=-1, DATED=10.0**9),
    "SQLite sorts the matches": dict(SMALL=10**9),
}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.core.registry.register import void_letter

    store = open_store(tmp_path_factory.mktemp("sorted-filters") / "office")
    generate_demo(store, 500, attachment_share=0.2, routed=10, days=3 * 365)
    actor = store.admin_actor()
    with store.db.session() as s:
        ids = list(s.scalars(select(Letter.id).order_by(Letter.id)))
    for letter_id in ids[::13]:
        void_letter(store, actor, letter_id, "registered twice")
    with store.db.write() as s:  # scans read, long pages; every other one holds the misread word
        blobs = sorted(set(s.scalars(select(Attachment.blob_hash))))
        for at, blob in enumerate(blobs):
            page = "ໜັງສືສະບັບນີ້ ລາຍງານ ຜົນການ ກອງປະຊຸມ ປະຈຳປີ. " * 40 + (MISREAD if at % 2 else "ງານ")
            ocr_store.start_file(s, blob, 1)
            ocr_store.save_page(s, blob, 0, PageText(page, 80.0), "ocr")
    yield store
    store.close()


def _filters(session) -> list[SearchQuery]:  # type: ignore[no-untyped-def]
    years = sorted(session.scalars(select(Letter.registry_year).distinct()))
    ministry = session.scalar(
        select(Letter.sender_org_id).where(Letter.sender_org_id.is_not(None)).group_by(Letter.sender_org_id)
        .order_by(func.count().desc())
    )  # fmt: skip
    kind = session.scalar(select(Organisation.kind).where(Organisation.id == ministry))
    assert len(years) >= 3 and ministry and kind
    return [
        SearchQuery(),
        SearchQuery(year=years[1]),
        SearchQuery(year=years[0], urgency="urgent"),
        SearchQuery(urgency="very_urgent"),
        SearchQuery(date_from=TODAY - timedelta(days=90), date_to=TODAY),
        SearchQuery(date_from=date(years[1], 3, 1), date_to=date(years[1], 5, 31)),
        SearchQuery(date_from=date(years[0], 11, 1), date_to=date(years[1], 2, 1)),  # across a new year
        SearchQuery(year=years[1], date_from=date(years[1], 6, 1)),
        SearchQuery(date_to=date(years[1], 1, 31), direction="out"),
        SearchQuery(status="void"),
        SearchQuery(include_void=True),
        SearchQuery(direction="in"),
        SearchQuery(sender_org_id=ministry),
        SearchQuery(sender_kind=kind),
        SearchQuery(sender_kind="no such kind"),
        SearchQuery(confidentiality="confidential"),
        SearchQuery(overdue=True),
        SearchQuery(year=years[2], direction="in", urgency="normal", include_void=True),
    ]


def _words(session) -> list[str]:  # type: ignore[no-untyped-def]
    number = session.scalar(select(Letter.registry_number).where(Letter.direction == "in").order_by(Letter.id))
    assert number and "/" in number
    return [*WORDS, number, number.split("/")[0].lstrip("0")[-1:]]


def _plain(session, query, viewer, sort, descending):  # type: ignore[no-untyped-def]
    """The rows by a plain ORDER BY over every match: the meaning every faster way must keep."""
    rows = base_select(session, query, viewer, TODAY, *ROW_COLUMNS).order_by(*sort_order(sort, descending))
    return [SearchRow(*row) for row in session.execute(rows)]


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("as_user", [None, "khamla"])
def test_sorted_pages_with_filters_are_the_plain_order_by(office, monkeypatch, mode, as_user):
    for name, value in MODES[mode].items():
        if name == "document_us":  # measured for each query: the measure replaced
            estimate = sorted_pages.estimate_words

            def forced(*args, _estimate=estimate, _value=value):  # type: ignore[no-untyped-def]
                return replace(_estimate(*args), document_us=_value)

            monkeypatch.setattr(sorted_pages, "estimate_words", forced)
        else:
            monkeypatch.setattr(text_check if name.startswith("LOOKUP") else sorted_pages, name, value)
    monkeypatch.setattr(sorted_pages, "FIRST_STRETCH", 11)  # several stretches even in a small office
    ways: dict[str, int] = {}
    for way in ("_walk", "_walk_documents", "_sorted_dated"):
        original = getattr(sorted_pages, way)

        def counted(*args, _original=original, _way=way, **kwargs):  # type: ignore[no-untyped-def]
            ways[_way] = ways.get(_way, 0) + 1
            found = _original(*args, **kwargs)
            if found is None:
                ways[f"{_way} gave up"] = ways.get(f"{_way} gave up", 0) + 1
            return found

        monkeypatch.setattr(sorted_pages, way, counted)
    searched, documents = text_check.searched, []

    def counted_documents(connection, words, keys):  # type: ignore[no-untyped-def]
        if words.plan.match is not None:
            documents.append(len(keys))
        return searched(connection, words, keys)

    monkeypatch.setattr(text_check, "searched", counted_documents)
    with office.db.session() as s:
        viewer = viewer_by_username(s, as_user) if as_user else None
        if viewer is not None:
            assert not viewer.has("head")
        filters = _filters(s)
        checked = 0
        for words in _words(s):
            for filtered in filters:
                query = replace(filtered, text=words)
                for sort in ("date", "number", "correspondent"):
                    for descending in (True, False):
                        expected = [r.id for r in _plain(s, query, viewer, sort, descending)]
                        got = [r.id for at in (0, 20) for r in search_letters(s, query, at, 20, sort, descending,
                                                                             viewer=viewer)]  # fmt: skip
                        assert got == expected[:40], (query, sort, descending)
                        checked += len(expected) > 0
        assert checked > 500  # most combinations find letters: the comparison is not of empty lists
    if mode != "SQLite sorts the matches":
        assert ways.get("_walk", 0) > 100
        assert ways.get("_walk_documents", 0) > 100  # by sender, or short words alone
    if mode == "walk, each letter's document searched":
        assert len(documents) > 100
    elif mode.startswith("walk, "):
        assert not documents
    if mode == "walk giving up, matches sorted":
        assert ways.get("_walk gave up", 0) > 20 and ways.get("_walk_documents gave up", 0) > 20
    if mode == "letters between the dates sorted":
        assert ways.get("_sorted_dated", 0) > 20


def test_the_office_has_what_the_comparison_needs(office):
    with office.db.session() as s:
        assert s.scalar(select(func.count()).where(Letter.status == "void")) >= 30
        assert s.scalar(select(func.count()).where(Letter.confidentiality != "normal")) >= 10
        viewer = viewer_by_username(s, "khamla")
        hidden = _plain(s, SearchQuery("ປະຊຸມ"), None, "date", True)
        seen = _plain(s, SearchQuery("ປະຊຸມ"), viewer, "date", True)
        assert len(seen) < len(hidden)  # the viewer's rule takes letters away
        # Some letters hold the word as typed, others only as the reader misread it (found through its skeleton).
        plan = plan_text("ແຈ້ງການ")
        exact, either = (
            s.scalar(text("SELECT count(*) FROM letter_search WHERE letter_search MATCH :m"), {"m": m})
            for m in ('"ແຈ້ງການ"', plan.match)
        )
        assert 0 < exact < either and len(plan.indexed[0]) == 2


def test_filters_alone_sorted_by_sender_walk_each_senders_letters(office, monkeypatch):
    """A sender or kind of sender with no words: the letters of each sender are walked and merged (a filter such as
    "overdue" from the provinces otherwise had SQLite test every letter before the provinces' names)."""
    walks = []
    original = sorted_pages._walk

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        walks.append(len(args[1]))
        return original(*args, **kwargs)

    monkeypatch.setattr(sorted_pages, "_walk", counted)
    monkeypatch.setattr(sorted_pages, "FIRST_STRETCH", 11)
    monkeypatch.setattr(sorted_pages, "SMALL", -1)  # (a small register is sorted by SQLite)
    with office.db.session() as s:
        by_sender = [f for f in _filters(s) if f.sender_org_id is not None or f.sender_kind is not None]
        queries = [
            *by_sender,
            *(replace(f, overdue=True) for f in by_sender),
            *(replace(f, year=None) for f in by_sender),
        ]
        for as_user in (None, "khamla"):
            viewer = viewer_by_username(s, as_user) if as_user else None
            for query in queries:
                for descending in (True, False):
                    expected = [r.id for r in _plain(s, query, viewer, "correspondent", descending)]
                    got = [r.id for at in (0, 20) for r in search_letters(s, query, at, 20, "correspondent",
                                                                         descending, viewer=viewer)]  # fmt: skip
                    assert got == expected[:40], (query, descending)
    assert len(walks) >= 2 * len(queries) and max(walks) > 1  # walked, several senders merged


def test_a_walk_by_sender_whose_page_lies_at_its_far_end_takes_the_matches_list_or_their_sort(office, monkeypatch):
    """Words whose matches lie under the sender that sorts last: searching each letter's document oldest sender first
    would search every letter before them. Seen from the matches' senders, the walk tests each letter's key against
    the matches' list instead, or cuts the order before them (their sender's letters walked, the few matches before
    sorted), or SQLite sorts the matches when walking that far costs more; newest sender first,
    the documents' walk finds the page at once. Every way gives the same page."""
    with office.db.session() as s:
        last = s.scalar(select(Letter.sender_name).where(Letter.direction == "in").order_by(Letter.sender_name.desc()))
        assert last
        query = SearchQuery(f'"{last}"', direction="in")
        assert {r.correspondent for r in _plain(s, query, None, "correspondent", True)} == {last}
        ways: list[str] = []
        documents, listed, by_sender = sorted_pages._walk_documents, Walk.keys_listed, sorted_pages._walk_by_sender

        def by_documents(*args, **kwargs):  # type: ignore[no-untyped-def]
            found = documents(*args, **kwargs)
            ways.append("documents" if found is not None else "documents stopped")
            return found

        def by_list(*args, **kwargs):  # type: ignore[no-untyped-def]
            ways.append("listed")
            return listed(*args, **kwargs)

        def or_sorted(*args, **kwargs):  # type: ignore[no-untyped-def]
            found = by_sender(*args, **kwargs)
            if found is None:
                ways.append("sorted")
            return found

        monkeypatch.setattr(sorted_pages, "_walk_documents", by_documents)
        monkeypatch.setattr(Walk, "keys_listed", by_list)
        monkeypatch.setattr(sorted_pages, "_walk_by_sender", or_sorted)
        # Every register here is small (SQLite would sort it at once): a sample of the newest 5 matches, each page
        # looked at, and a documents' walk that may afford no letter before the page's end.
        for name, value in dict(SMALL=-1, SAMPLE=5, SURE=0.0, MIN_BUDGET_S=0.0, LISTING_SHARE=0.0).items():
            monkeypatch.setattr(sorted_pages, name, value)
        split = sorted_pages.split_page

        def in_two_parts(*args, **kwargs):  # type: ignore[no-untyped-def]
            ways.append("in two parts")
            return split(*args, **kwargs)

        monkeypatch.setattr(sorted_pages, "split_page", in_two_parts)
        best_cut, listed_us, estimate = sorted_pages.best_cut, sorted_pages.LISTED_US, sorted_pages.estimate_words
        json_us = sorted_pages.JSON_US
        no_cut = (("best_cut", lambda *args: None),)  # (no place to cut the order: the list or the sort)

        def listed_free(*args):  # type: ignore[no-untyped-def]
            return replace(estimate(*args), first_us=0.0, next_us=0.0)

        free = (("estimate_words", listed_free), ("JSON_US", 0.0))  # (in a small office the list's start weighs most)
        cases = [
            (False, 10.0**9, free, ["in two parts"]),  # cut at the last sender: only its letters walked, none sorted
            (False, 10.0**9, no_cut, ["listed"]),
            (False, 0.0, (("LISTED_US", 10.0**9),), ["sorted"]),  # walking the index dearer than any sort
            (True, 0.0, (), ["documents"]),
        ]
        for descending, sort_us, patched, way in cases:
            monkeypatch.setattr(sorted_pages, "SORT_US", sort_us)
            monkeypatch.setattr(sorted_pages, "SORTED_US", sort_us)
            for name, value in patched:
                monkeypatch.setattr(sorted_pages, name, value)
            if descending:  # (a walk that finds its page at once fits any budget)
                monkeypatch.setattr(sorted_pages, "LISTING_SHARE", 1.0)
            ways.clear()
            got = [r.id for r in search_letters(s, query, 0, 3, "correspondent", descending)]
            assert got == [r.id for r in _plain(s, query, None, "correspondent", descending)][:3]
            assert ways == way, (descending, sort_us)  # oldest senders first: the others' letters lie before them
            for name, value in (("best_cut", best_cut), ("LISTED_US", listed_us), ("estimate_words", estimate)):
                monkeypatch.setattr(sorted_pages, name, value)
            monkeypatch.setattr(sorted_pages, "JSON_US", json_us)


@pytest.mark.parametrize(
    ("as_user", "how"), [(None, "documents"), ("khamla", "documents"), (None, "list"), (None, "renumbered")]
)
def test_a_page_in_two_parts_is_the_plain_order_by_wherever_the_sender_order_is_cut(office, monkeypatch, as_user, how):
    """The sender order cut at any sender (the letters from there on walked, the matches before sorted), oldest or
    newest sender first: the same rows as the plain ORDER BY, for words with filters and a viewer's rule, with ties
    at the cut and letters with no name in this order (first oldest sender first, last newest first); the part from
    the cut found by searching its letters' documents, or by the words' list when that search is stopped at once; and
    with the letters renumbered (their rowids no longer their keys: each listed key's letter found by its id)."""
    if how == "list":
        for name, value in dict(MIN_AFTER_S=-1.0, EPHEMERAL_US=0.0, AFTER_STEPS=1).items():
            monkeypatch.setattr(sorted_split, name, value)
    with office.db.session() as s:
        viewer = viewer_by_username(s, as_user) if as_user else None
        # Some outgoing letters without recipients (first in this order), in this session only (rolled back).
        s.execute(text("UPDATE letters SET recipients_text = '' WHERE direction = 'out' AND rowid % 7 = 0"))
        if how == "renumbered":
            s.execute(text("UPDATE letters SET rowid = rowid + 1000000"))
        senders = sorted({in_order(value) for value in s.scalars(select(CORRESPONDENT).distinct())})
        named = [sender for sender in senders if sender[0]]
        assert len(named) > 10 and senders[0] == (True, "")
        cuts = [named[0], *named[1:-1:5], named[-1], (True, named[-1][1] + "ຮ")]  # (the last: after every sender)
        years = sorted(s.scalars(select(Letter.registry_year).distinct()))
        filters = [SearchQuery(), SearchQuery(direction="in"), SearchQuery(year=years[1], include_void=True)]
        checked = 0
        for words_text in ["ປະຊຸມ", "ກະຊວງການເງິນ ປະຊຸມ", '"Ministry of Finance"', "budget"]:
            words = sorted_pages.estimate_words(s, plan_text(words_text))
            for filtered in filters:
                query = replace(filtered, text=words_text)
                where = [*filter_clauses(replace(query, text=""), TODAY, by_key=True), visible_clause(s, viewer)]
                for descending in (False, True):
                    walk = walk_for(s, query, "correspondent", descending)
                    expected = [r.id for r in _plain(s, query, viewer, "correspondent", descending)][:30]
                    for cut in cuts:
                        found = split_page(s, walk, where, words, 30, cut)
                        assert [r.id for r in sorted_pages._rows(s, found)] == expected, (query, descending, cut)
                        checked += len(expected) > 0
        assert checked > 100
