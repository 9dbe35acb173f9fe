"""The register and its search: the filter row (year, status, urgency, more filters), the search box, the lazy table
model and its count. It reads through `Office` on the reader pool, never on the GUI thread (the pages the table shows
as it scrolls, the exact count, the years) and hands searches to the search worker (search_results.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from eoffice_desktop.core.people.roles import Viewer
from eoffice_desktop.core.registry.first_page import first_page, is_opening_page
from eoffice_desktop.core.registry.letterform import URGENCIES
from eoffice_desktop.core.registry.register_rows import RegisterFilter, RegisterRow
from eoffice_desktop.core.search.request import SearchQuery
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.register_columns import RegisterColumns
from eoffice_desktop.ui.register_model import PAGE, AnswerFn, RegisterModel
from eoffice_desktop.ui.search_highlight import HighlightDelegate
from eoffice_desktop.ui.search_results import SearchResults

if TYPE_CHECKING:
    from eoffice_desktop.ui.search_filters import MoreFilters


class RegisterController(QObject):
    """Owns the register's widgets; the window places `filters` (a layout) and `table`, and the search box.
    `wanted`: the words or a filter changed, the window reads what it shows again."""

    wanted = Signal()
    save_requested = Signal()  # "Save this search" in the more filters

    def __init__(self, ops: Ops, viewer: Viewer, office_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops, self.viewer, self.office_id = ops, viewer, office_id
        self.direction = "in"
        self.applying = False  # a saved search is being put back into the fields: one reload at the end
        self._pending_count: tuple[RegisterFilter, int] | None = None  # the register's exact count, on its way
        self._counted_total: int | None = None  # the last count that arrived
        self.holding = False  # the window's first paint is awaited: a count waits for it (release)
        self._held: list[Callable[[], None]] = []  # reads held until then (the count, where letters are)
        self._shown: RegisterFilter | SearchQuery | None = None  # the list shown last: the same one read again keeps
        # its rows and scroll position until its count arrives
        self.model = RegisterModel(self._page, self)
        self.results = SearchResults(ops.store.data_dir.database, viewer, self.model, self)
        self.results.searching.connect(lambda: self.count_label.setText(self.tr("Searching…")))
        self.results.counted.connect(self._show_found)
        self.results.failed.connect(self._search_failed)
        self._build(parent)

    def _build(self, parent: QWidget) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find: number, subject, sender… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(self.wanted)
        self.search.textChanged.connect(self.search_timer.start)
        self._parent = parent
        self._more: MoreFilters | None = None  # made when first asked for (more_filters)
        self.more_button = QToolButton()
        self.more_button.clicked.connect(self.show_more_filters)
        self.label_more_button()

        self.year = QComboBox()
        self.status = QComboBox()
        for code in (None, "registered", "in_progress", "completed", "void"):
            self.status.addItem(labels.status(code) if code else self.tr("All statuses"), code)
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("All urgencies"), None)
        for code in URGENCIES:
            self.urgency.addItem(labels.urgency(code), code)
        for box in (self.year, self.status, self.urgency):
            box.currentIndexChanged.connect(self.filters_changed)
        self.filters = QHBoxLayout()
        self.filters.addWidget(QLabel(self.tr("Year")))
        self.filters.addWidget(self.year)
        self.filters.addWidget(self.status)
        self.filters.addWidget(self.urgency)
        self.filters.addWidget(self.more_button)
        self.filters.addStretch(1)
        self.count_label = QLabel()
        self.filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.columns = RegisterColumns(self.table, self.model)  # the subject gets the room; the rest their words
        self.highlight = HighlightDelegate(self.table, middle=(2,))  # (an office's name differs at its end)
        for column in (0, 2, 3):  # number, from / to, subject: where the searched words are
            self.table.setItemDelegateForColumn(column, self.highlight)

    # -- what is asked -----------------------------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            office_id=self.office_id,
            direction=self.direction,
            year=self.year.currentData(),
            status=self.status.currentData(),
            urgency=self.urgency.currentData(),
            text=self.search.text(),
        )

    def search_query(self) -> SearchQuery | None:
        """Words in the search box or any "more filters" make it a search (search.py, off the GUI thread); the
        register's own filters combine with it. Void letters stay out unless asked for."""
        text = self.search.text().strip()
        if not text and not self._more_active():
            return None
        status = self.status.currentData()
        extra = self.more_filters.values()
        extra["include_void"] = extra["include_void"] or status == "void"
        return SearchQuery(
            text=text,
            direction=None if self.more_filters.both.isChecked() else self.direction,
            year=self.year.currentData(),
            status=status,
            urgency=self.urgency.currentData(),
            **extra,
        )

    def current_search(self) -> SearchQuery:
        """What the box and all filters ask for now, as a saved search keeps it."""
        return self.search_query() or SearchQuery(direction=self.direction)

    # -- the register's rows and count --------------------------------------------------------------------------
    def _count_in_background(self, f: RegisterFilter) -> None:
        viewer, generation = self.viewer, self.model.generation
        self._pending_count = (f, generation)

        def ask() -> None:
            self.ops.query(lambda office: (f, generation, office.register_count(f, viewer)), self._counted)

        self._after_first_paint(ask)

    def _after_first_paint(self, ask: Callable[[], None]) -> None:
        if self.holding:  # (asked when the first rows are on screen: the services' code loads then)
            self._held.append(ask)
            return
        ask()

    def release(self) -> None:
        """The window's first rows are on screen: the reads held until then are asked now."""
        self.holding = False
        held, self._held = self._held, []
        for ask in held:
            ask()

    def _whereabouts_in_background(self, rows: list[RegisterRow], generation: int) -> None:
        """Where the outgoing letters of a page read before the services loaded are (that read has no SQLAlchemy):
        the Status column says it once this arrives, right after the first paint."""
        ids = [row.id for row in rows]

        def ask() -> None:
            self.ops.query(
                lambda office: office.register_whereabouts(ids),
                lambda found: self.model.set_whereabouts(found, generation) if isValid(self) else None,
            )

        self._after_first_paint(ask)

    def _counted(self, outcome: tuple[RegisterFilter, int, int]) -> None:
        f, generation, total = outcome
        if not isValid(self) or (f, generation) != self._pending_count or self.results.active:
            return  # the register was read again since (and is counted again), or a search shows its own count
        self._pending_count = None
        self._counted_total = total
        self.model.set_total(total, generation)
        self.show_total()

    def show_total(self) -> None:
        """The register's count (until the next one arrives, the last one stays: no flicker)."""
        if not self.results.active and self._pending_count is None and self._counted_total is not None:
            self.count_label.setText(self.tr("{count} letters").format(count=self._counted_total))

    def _page(self, offset: int, sort: str, descending: bool, answer: AnswerFn) -> None:
        """A page of the register on the reader pool (a read transaction, which in WAL mode never waits for a
        writer; an index walk of one page); the model gets it on the GUI thread. After the first page of a reload
        comes the exact count (most of a second at a million letters): until it arrives the model has the rows read
        so far and reads on as the table scrolls down."""
        f, viewer = self.current_filter(), self.viewer
        first = offset == 0 and not self.results.active
        if first:
            self._shown = f  # (a sort or the window's first rows read it too, without `show`)

        def arrived(rows: list[RegisterRow]) -> None:
            if not isValid(self):
                return  # (the window was closed meanwhile)
            complete = len(rows) < PAGE
            if first and not complete:
                self._count_in_background(f)
            answer(rows, complete)
            if first and complete:  # every row is on the first page: that is the count
                self._pending_count, self._counted_total = None, len(rows)
                self.show_total()

        if not self.ops.has_office and is_opening_page(f, sort, descending, viewer):
            db, office_id = self.ops.store.db, f.office_id or ""  # (the window opening: its services load after)
            generation = self.model.generation

            def opening(_job: object) -> list[RegisterRow]:
                with db.plain() as connection:
                    return first_page(connection, viewer, f.direction, office_id, PAGE, offset)

            def opened(rows: list[RegisterRow]) -> None:
                arrived(rows)
                if f.direction == "out" and rows and isValid(self):
                    self._whereabouts_in_background(rows, generation)

            self.ops.runner.run(opening, opened, lambda _exc: answer(None, False))
            return
        self.ops.query(
            lambda office: office.register_page(f, offset, PAGE, sort, descending, viewer),
            arrived,
            lambda _exc: answer(None, False),
        )

    # -- years ---------------------------------------------------------------------------------------------------------
    def years_in_background(self) -> None:
        """The years of the register shown (finding them walks an index of the whole register)."""
        direction = self.direction
        self.ops.query(
            lambda office: (direction, office.register_years(direction)), lambda found: self.show_years(*found)
        )

    def show_years(self, direction: str, found: list[int]) -> None:
        if direction != self.direction:
            return  # another register was chosen meanwhile, and its years read then
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in found:
            self.year.addItem(str(year), year)
        index = self.year.findData(current)
        self.year.setCurrentIndex(max(0, index))
        self.year.blockSignals(False)

    # -- register or search ----------------------------------------------------------------------------------------
    def show(self) -> None:
        """The register with its filters, or the search results when words or more filters are given."""
        query = self.search_query()
        self.highlight.query = query.text if query is not None else ""
        shown: RegisterFilter | SearchQuery = query if query is not None else self.current_filter()
        same_list, self._shown = shown == self._shown, shown
        header = self.table.horizontalHeader()
        if query is None:
            if self.results.active:
                self.results.stop()
                header.blockSignals(True)
                header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
                header.blockSignals(False)
                self.model.sort_key, self.model.descending = "number", True
            self.model.reload(same_list)
            return
        if not self.results.active:  # newest first until a column is clicked: instant at any size
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
            self.model.sort_key, self.model.descending = "recent", True
        self.results.show(query, same_list)

    def ask_holds(self, letter_id: str, answer: Callable[[bool], None]) -> None:
        """Whether the register's list still has the letter (on the reader pool), for a letter further down than the
        pages read; `answer` is not called for a search's list, nor once the list was read again since."""
        if self.results.active:
            return
        f, viewer, generation = self.current_filter(), self.viewer, self.model.generation

        def answered(held: bool) -> None:
            if isValid(self) and generation == self.model.generation and not self.results.active:
                answer(held)

        self.ops.query(lambda office: office.register_holds(f, letter_id, viewer), answered)

    def _show_found(self, total: int, exact: bool = True) -> None:
        text = self.tr("{count} letters found") if exact else self.tr("More than {count} letters found")
        self.count_label.setText(text.format(count=total))
        self.count_label.setToolTip("")

    def _search_failed(self, detail: str) -> None:
        self.count_label.setText(self.tr("The search did not work. Try other words."))
        self.count_label.setToolTip(detail)

    def filters_changed(self) -> None:
        self.label_more_button()
        if not self.applying:
            self.wanted.emit()

    @property
    def more_filters(self) -> MoreFilters:
        """The "more filters" panel (its calendars and lists are made when it is first needed, not at start)."""
        if self._more is None:
            from eoffice_desktop.ui.search_filters import MoreFilters

            self._more = MoreFilters(self.ops.office.store, self._parent)
            self._more.changed.connect(self.filters_changed)
            self._more.save_requested.connect(self.save_requested)
        return self._more

    def hide_more_filters(self) -> None:
        if self._more is not None:
            self._more.hide()

    def _more_active(self) -> int:
        return self._more.active_count() if self._more is not None else 0

    def label_more_button(self) -> None:
        active = self._more_active()
        text = self.tr("More filters") + (f" ({active})" if active else "")
        self.more_button.setText(text + " ▾")

    def show_more_filters(self) -> None:
        self.more_filters.reload_choices()
        self.more_filters.adjustSize()
        below = self.more_button.mapToGlobal(self.more_button.rect().bottomLeft())
        self.more_filters.move(below)
        self.more_filters.show()

    def put_back(self, query: SearchQuery) -> None:
        """A saved search's words and filters go back into the box and the filter fields (no reload)."""
        self.search_timer.blockSignals(True)
        self.search.setText(query.text)
        self.search_timer.blockSignals(False)
        self.search_timer.stop()
        self.more_filters.reload_choices()
        self.more_filters.set_values(query)
        for box, value in ((self.year, query.year), (self.status, query.status), (self.urgency, query.urgency)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.label_more_button()

    def close(self) -> None:
        self.results.close()
