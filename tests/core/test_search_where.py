"""Search results say where this office's outgoing letters are, as the outgoing register does (read for the page
found only); another office's letter that arrived here, and incoming letters, say nothing of the kind."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.register_rows import Whereabouts
from eoffice_desktop.core.search.query import SearchQuery, SearchRow
from eoffice_desktop.core.search.runner import SearchRunner
from tests.core.arrived import Arrived, arrived_letter


@pytest.fixture
def arrived(tmp_path: Path) -> Iterator[Arrived]:
    found = arrived_letter(tmp_path)
    yield found
    found.close()


def _found(store: OfficeStore, query: SearchQuery) -> list[SearchRow]:
    page: list[SearchRow] = []
    done = threading.Event()

    def arrived_page(_generation: int, rows: list[SearchRow]) -> None:
        page.extend(rows)
        done.set()

    runner = SearchRunner(store.data_dir.database, viewer=None)
    try:
        runner.submit(query, on_page=arrived_page)
        assert done.wait(20)
    finally:
        runner.close()
    return page


def test_a_search_says_where_each_outgoing_letter_of_this_office_is(arrived: Arrived):
    query = SearchQuery("ແຈ້ງການ", direction="out")
    assert [(row.id, row.where) for row in _found(arrived.sender, query)] == [
        (arrived.letter_id, Whereabouts("on_way", 0, 2))
    ]

    # The province registers it and its receipt reaches the ministry: the result says so.
    register_arrival(arrived.here, arrived.actor, arrived.letter_id)
    arrived.report_back()
    (row,) = _found(arrived.sender, query)
    assert row.where == Whereabouts("registered", 1, 2)

    # In the province, the ministry's letter and the incoming letter made from it are not the province's to follow.
    found = _found(arrived.here, SearchQuery("ແຈ້ງການ"))
    assert arrived.letter_id in [row.id for row in found] and len(found) == 2
    assert [row.where for row in found] == [None, None]
