"""Counting matches with a bound ("more than N" first) and the runner's two-step count, on a real office: the bounded
count agrees with the exact one wherever it can, for words, short words, filters and no text at all."""

from __future__ import annotations

import threading

import pytest

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.search.query import SearchQuery, count_matches
from eoffice_desktop.core.search.runner import SearchRunner

QUERIES = [
    SearchQuery("ປະຊຸມ"),
    SearchQuery("ກ"),  # shorter than a trigram: checked on the text, not through the index
    SearchQuery("budget", direction="in"),
    SearchQuery("ງົບປະມານ", urgency="urgent"),
    SearchQuery(direction="out"),
    SearchQuery(),
    SearchQuery("nothing-like-this"),
]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.office import open_store

    store = open_store(tmp_path_factory.mktemp("paging") / "office")
    generate_demo(store, 400, attachment_share=0.0, routed=10)
    yield store
    store.close()


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.text or str(q.direction))
def test_bounded_count_agrees_with_the_exact_count(office, query):
    with office.db.session() as s:
        exact = count_matches(s, query)
        for bound in (0, 1, 5, exact - 1, exact, exact + 1, 1000):
            if bound < 0:
                continue
            assert count_matches(s, query, at_most=bound) == min(exact, bound + 1), bound


def test_runner_says_more_than_first_then_the_exact_count(office):
    query = SearchQuery("ກ")
    with office.db.session() as s:
        exact = count_matches(s, query)
    assert exact > 20
    counts: list[tuple[int, bool]] = []
    done = threading.Event()

    def counted(generation: int, total: int, is_exact: bool) -> None:
        counts.append((total, is_exact))
        if is_exact:
            done.set()

    runner = SearchRunner(office.data_dir.database, viewer=None, approximate_above=10)
    try:
        runner.submit(query, on_page=lambda g, rows: None, on_count=counted, limit=5)
        assert done.wait(20)
        assert counts == [(10, False), (exact, True)]
    finally:
        runner.close()
    counts.clear()
    done.clear()
    # Fewer matches than the bound: the exact count at once, no "more than".
    runner = SearchRunner(office.data_dir.database, viewer=None, approximate_above=exact)
    try:
        runner.submit(query, on_page=lambda g, rows: None, on_count=counted, limit=5)
        assert done.wait(20)
    finally:
        runner.close()
    assert counts == [(exact, True)]


def test_a_page_shorter_than_asked_is_its_own_count(office):
    counts: list[tuple[int, bool]] = []
    done = threading.Event()
    runner = SearchRunner(office.data_dir.database, viewer=None, approximate_above=1)
    try:
        runner.submit(SearchQuery("nothing-like-this"), on_page=lambda g, rows: None,
                      on_count=lambda g, n, exact: (counts.append((n, exact)), done.set()))  # fmt: skip
        assert done.wait(20)
    finally:
        runner.close()
    assert counts == [(0, True)]


SORTED = [
    SearchQuery("ປະຊຸມ"),
    SearchQuery("ກ"),
    SearchQuery("budget"),
    SearchQuery("ງົບປະມານ", direction="out"),
    SearchQuery("ງົບປະມານ", urgency="urgent"),
    SearchQuery("nothing-like-this"),
]


def _plain(session, query, sort, descending):  # type: ignore[no-untyped-def]
    """The same rows by a plain ORDER BY over every match, as the search did before it walked indexes."""
    from datetime import date

    from eoffice_desktop.core.search.clauses import ROW_COLUMNS, SearchRow, base_select, sort_order

    rows = base_select(session, query, None, date.today(), *ROW_COLUMNS).order_by(*sort_order(sort, descending))
    return [SearchRow(*row) for row in session.execute(rows)]


@pytest.mark.parametrize("mode", ["sorted", "walk, index read by range", "walk, keys looked up"])
@pytest.mark.parametrize("sort", ["date", "number", "correspondent"])
def test_sorted_pages_are_the_plain_order_by(office, monkeypatch, mode, sort):
    """Each way of making a sorted page (SQLite sorting the matches, a walk checking the letters against the index's
    matches read by range, a walk looking each letter up in the index) gives exactly the plain ORDER BY's rows, page
    after page."""
    from eoffice_desktop.core.search import sorted_pages as search_sorted
    from eoffice_desktop.core.search import text_check
    from eoffice_desktop.core.search.query import search_letters

    monkeypatch.setattr(search_sorted, "SMALL", 10**9 if mode == "sorted" else -1)
    monkeypatch.setattr(text_check, "LOOKUP_US", 10**9 if "range" in mode else 0.0)
    monkeypatch.setattr(text_check, "LOOKUP_READS", 10**9 if "range" in mode else 0.0)
    monkeypatch.setattr(search_sorted, "FIRST_STRETCH", 7)  # several stretches even on a small office
    with office.db.session() as s:
        for query in SORTED:
            for descending in (True, False):
                expected = _plain(s, query, sort, descending)
                pages = [search_letters(s, query, at, 25, sort, descending) for at in range(0, len(expected) + 25, 25)]
                assert [row.id for page in pages for row in page] == [row.id for row in expected], (query, descending)


FIRST = [
    *QUERIES,
    SearchQuery("ປະຊຸມ", urgency="urgent", direction="in"),
    SearchQuery("ກ", direction="out"),
    SearchQuery("budget", include_void=True, confidentiality="normal"),
]


@pytest.mark.parametrize("read", [3, 40, 10**6])
@pytest.mark.parametrize("cpu", ["as set", "none", "a chunk at a time"])
def test_the_first_count_is_the_count_or_less(office, monkeypatch, read, cpu):
    """The label's first count reads only the newest matches, for a bounded CPU time: what it calls exact is the
    count, and what it calls a lower bound is never more than the count."""
    from eoffice_desktop.core.search import query as search_query

    monkeypatch.setattr(search_query, "FIRST_COUNT_READ", read)
    monkeypatch.setattr(search_query, "FIRST_COUNT_DOCS", read)
    if cpu != "as set":
        monkeypatch.setattr(search_query, "FIRST_COUNT_CPU", 0.0)  # stops after its first chunk of matches
    if cpu == "a chunk at a time":
        monkeypatch.setattr(search_query, "COUNTED_CHUNK", 7)
    with office.db.session() as s:
        for query in FIRST:
            exact = count_matches(s, query)
            for bound in (5, exact, 1000):
                found, is_exact = search_query.first_count(s, query, at_most=bound)
                if is_exact:
                    assert found == exact, (query, bound)
                else:
                    assert found <= exact and (found <= bound or exact > bound), (query, bound)
            if read == 10**6 and cpu == "as set":  # everything read: exact unless more than the bound
                assert search_query.first_count(s, query, at_most=1000) == (exact, True)


def test_more_than_a_round_number_under_what_is_known():
    from eoffice_desktop.core.search.runner import round_below

    assert [round_below(n) for n in (0, 1, 2, 11, 100, 101, 4578, 10001)] == [0, 0, 1, 10, 90, 100, 4000, 10000]
