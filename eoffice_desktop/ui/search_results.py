"""Search results in the register table: queries run on the core's search worker, never on the GUI thread, and a
newer query (the next keystroke, a filter, a sort) supersedes the one still running."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from eoffice_desktop.core.people.roles import Viewer
from eoffice_desktop.core.registry.register_rows import RegisterRow
from eoffice_desktop.core.search.request import SearchQuery
from eoffice_desktop.ui.register_model import PAGE, AnswerFn, RegisterModel

if TYPE_CHECKING:  # the search's code loads with the first search, not with the window
    from eoffice_desktop.core.search.query import SearchRow
    from eoffice_desktop.core.search.runner import SearchRunner


class _Bridge(QObject):
    """Emitted on the worker thread, delivered on the GUI thread (queued: the bridge lives there)."""

    page = Signal(int, object, object)  # generation, answer, rows
    count = Signal(int, int, bool)  # generation, total, exact
    failed = Signal(int, str)  # generation, message


class SearchResults(QObject):
    """Feeds `model` with the rows of `query`; `counted` gives the number of matches (exact, or False: more than that
    many, the exact number following), `failed` a message."""

    searching = Signal()
    counted = Signal(int, bool)
    failed = Signal(str)

    def __init__(self, database: Path, viewer: Viewer | None, model: RegisterModel, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self.query: SearchQuery | None = None
        self._database, self._viewer = database, viewer
        self._started: SearchRunner | None = None
        self._generation = 0
        self._counted = False
        self._said: tuple[int, bool] | None = None  # the last count given for this query
        self._model_generation = 0  # the model's reload the count belongs to
        self._bridge = _Bridge(self)
        self._bridge.page.connect(self._page)
        self._bridge.count.connect(self._count)
        self._bridge.failed.connect(self._failed)

    @property
    def _runner(self) -> SearchRunner:
        if self._started is None:
            from eoffice_desktop.core.search.runner import SearchRunner

            self._started = SearchRunner(self._database, self._viewer)
        return self._started

    @property
    def active(self) -> bool:
        return self.query is not None

    def show(self, query: SearchQuery, same_list: bool = False) -> None:
        """Show the rows of `query` (the old rows stay until the first page of the new ones arrives; `same_list`: the
        same query read again, the table keeps its rows until the count arrives)."""
        self.query = query
        self._said = None
        self.model.set_requester(self._request, exclusive=True)
        self.model.reload(same_list)

    def stop(self) -> None:
        """Back to the register: whatever still runs is interrupted and reports nothing."""
        self.query = None
        if self._started is not None:
            self._started.cancel()
        self.model.set_requester(None)

    def close(self) -> None:
        if self._started is not None:
            self._started.close()

    def _request(self, offset: int, sort: str, descending: bool, answer: AnswerFn) -> None:
        if self.query is None:
            return
        if offset == 0:
            self._counted = False
            self._model_generation = self.model.generation
            self.searching.emit()
        bridge = self._bridge
        self._generation = self._runner.submit(
            self.query,
            on_page=lambda generation, rows: bridge.page.emit(generation, answer, rows),
            # A page further down may interrupt the first page's count: it then counts again.
            on_count=None if self._counted else bridge.count.emit,
            on_error=bridge.failed.emit,
            sort=sort,
            descending=descending,
            limit=PAGE,
            offset=offset,
        )

    def _page(self, generation: int, answer: AnswerFn, rows: list[SearchRow]) -> None:
        if generation == self._generation and self.query is not None:
            found: list[RegisterRow] = list(rows)
            answer(found, len(rows) < PAGE)

    def _count(self, generation: int, total: int, exact: bool) -> None:
        if generation == self._generation and self.query is not None:
            if not exact and self._said == (total, exact):
                return  # counted again (a page further down interrupted the count): the label already says it
            self._said = (total, exact)
            if exact:  # "more than N" leaves the model as it is: a page and more until the rows run out
                self._counted = True
                self.model.set_total(total, self._model_generation)
            self.counted.emit(total, exact)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation and self.query is not None:
            self.model.empty()
            self.failed.emit(message)
