"""The main window: layout and wiring only. Sidebar of lists, the register table with its filters (register_controller),
my inbox, the letter pane, menus (window_menus); each part gets what it needs through its constructor. Every change
is announced on the window's hub (ui/ops.py) and each part reads again only what the change touched."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.actor import Actor
from eoffice_desktop.core.journey.tracking import normalise_code
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.roles import Viewer
from eoffice_desktop.core.people.throttle import LoginThrottle
from eoffice_desktop.core.registry.register_rows import RegisterFilter
from eoffice_desktop.core.search.request import SearchQuery
from eoffice_desktop.ui.inbox_model import InboxModel
from eoffice_desktop.ui.ops import Ops, changes_of
from eoffice_desktop.ui.register_controller import RegisterController
from eoffice_desktop.ui.register_sidebar import LISTS, REGISTERS, VIEWS, RegisterSidebar
from eoffice_desktop.ui.resources import app_icon
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.widgets import fit_date_columns

if TYPE_CHECKING:  # (the parts after the first page load their code then: build_rest; SQLAlchemy with them)
    from eoffice_desktop.core.routing.inbox import InboxRow
    from eoffice_desktop.ui.arrived_page import ArrivedPage
    from eoffice_desktop.ui.letter_view import LetterView
    from eoffice_desktop.ui.lost_page import LostPage
    from eoffice_desktop.ui.ocr_status import OcrStatus
    from eoffice_desktop.ui.search_filters import MoreFilters
    from eoffice_desktop.ui.search_saved_list import SavedSearchList
    from eoffice_desktop.ui.sync_indicator import SyncIndicator
    from eoffice_desktop.ui.sync_usb import UsbBundles
    from eoffice_desktop.ui.sync_worker import SyncWorker
    from eoffice_desktop.ui.window_menus import WindowMenus

SPLIT = [960, 330]  # the register and the letter pane
PAGES = {"arrived": 2, "lost": 3}  # the others: 0 (a register) and 1 (inbox, sent by me)
__all__ = ["LISTS", "PAGES", "REGISTERS", "VIEWS", "MainWindow"]


class MainWindow(QMainWindow):
    first_rows_painted = Signal()  # the register's first page is on screen (once)

    def __init__(
        self,
        store: OfficeStore,
        actor: Actor,
        viewer: Viewer,
        user_name: str,
        runner: TaskRunner | None = None,
        throttle: LoginThrottle | None = None,
        sync_worker: SyncWorker | None = None,
        rest_later: bool = False,
    ) -> None:
        """With `rest_later` the window shows the register first and builds its other parts (the letter pane, the
        other lists, menus, sync and the scan reader) right after the first paint, loading their code then."""
        super().__init__()
        self.store, self.actor, self.viewer = store, actor, viewer
        self.throttle = throttle or LoginThrottle()
        self.runner = runner or TaskRunner(self)
        self.ops = Ops(store, self.runner, parent=self)  # (the services are made by the first question)
        store.db.turns = self.runner.write_turn  # the sync cycle and the scan reader write in the writer's turn
        self._given_sync_worker = sync_worker
        self.built = False  # the parts after the first page (build_rest)
        self.sync_worker: SyncWorker
        self.saved: SavedSearchList
        self.view: LetterView
        self.arrived: ArrivedPage
        self.lost: LostPage
        self.usb: UsbBundles
        self.menus: WindowMenus
        self.sync_indicator: SyncIndicator
        self.ocr_status: OcrStatus
        self.office_id, office_name = store.office_id, store.office_name()
        demo = store.is_demo()
        demo_words = self.tr("DEMO office, not for real letters")
        self.setWindowTitle(f"eOffice — {office_name}" + (f" — {demo_words}" if demo else ""))
        self.setWindowIcon(app_icon())
        self.view_name = "in"
        # The letter of the selected row: when the list read again arrives (its rows change in place, the selection
        # keeps only a row number), it is selected again where it is now. And a letter opened while the list is read
        # again: selected when it arrives there.
        self._chosen: str | None = None
        self._opening: str | None = None
        self._opened_further: str | None = None  # the letter awaited further down was opened, not selected there
        self._lists_waiting = False  # my inbox / sent by me: the list asked for has not arrived
        self._placing = False  # the window moves the selection itself (_place): not the clerk's choice
        self._lists_asked = 0  # my inbox / sent by me: answers to an older question are dropped
        self.register = RegisterController(self.ops, viewer, self.office_id, self)
        self.register.holding = rest_later  # (the register's count is asked after the first paint: _read_the_rest)
        self.register.model.reloaded.connect(self._register_rows_arrived)
        self._pane_waits = False  # the selected row is a placeholder: the letter pane waits for its page
        self.register.model.dataChanged.connect(self._rows_filled)
        self.register.model.rowsRemoved.connect(lambda *_args: self._find_chosen())  # (the count came: fewer rows)
        self.register.wanted.connect(self.refresh)
        # (the register's parts under the names the window always gave them)
        self.model, self.results, self.table = self.register.model, self.register.results, self.register.table
        self.search = self.register.search
        self.register.save_requested.connect(self.save_search)
        self.more_button, self.count_label = self.register.more_button, self.register.count_label
        self.year, self.status, self.urgency = self.register.year, self.register.status, self.register.urgency
        self.highlight, self._search_timer = self.register.highlight, self.register.search_timer
        self._build(user_name, office_name)
        self.ops.hub.changed.connect(self._changed)
        self.register.show_years(self.direction, [])  # (no reload here: enabling sorting already read the first page)
        self._hourly = QTimer(self, interval=3600 * 1000, timeout=self.show_reminders)
        self._hourly.start()
        self._live = QTimer(self, interval=60 * 1000, timeout=self._update_counts)
        self._live.start()
        self.resize(1366, 768)
        self.switch_requested = False
        self._painted = False
        self.table.viewport().installEventFilter(self)
        if rest_later:  # the first page has the reader pool to itself; the counts, years and reminders follow it
            # (after every other answer to the first paint: the services, and SQLAlchemy with them, load then)
            self.first_rows_painted.connect(lambda: QTimer.singleShot(0, self, self._read_the_rest))
            self.first_rows_painted.connect(lambda: QTimer.singleShot(0, self, self.build_rest))
        else:
            self._read_the_rest()
            self.build_rest()

    def _read_the_rest(self) -> None:
        self.register.release()
        self.register.years_in_background()
        self.sidebar.update_counts()
        self.show_reminders()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The first paint of the register with its first page (or with none, in an empty register)."""
        if (
            not self._painted
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
            and not self.model.waiting()
        ):
            self._painted = True
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_rows_painted.emit)  # (after this paint has ended)
        return False

    @property
    def more_filters(self) -> MoreFilters:
        return self.register.more_filters

    @property
    def direction(self) -> str:
        return self.register.direction

    # -- layout ----------------------------------------------------------------------------------------------------
    def _build(self, user_name: str, office_name: str) -> None:
        """What the first page needs: the sidebar, the register with its filters, my inbox, the status bar. The
        letter pane and the saved searches get their places now (the layout does not move when they come)."""
        self.sidebar = RegisterSidebar(self.ops, self.viewer, self.office_id)
        self.sidebar.currentItemChanged.connect(self._register_chosen)
        side = QWidget()
        side.setFixedWidth(215)
        self.side_box = QVBoxLayout(side)
        self.side_box.setContentsMargins(0, 0, 0, 0)
        self.side_box.addWidget(self.sidebar, 1)
        self.side_box.addWidget(QLabel(self.tr("Saved searches")))
        self._saved_place = QWidget()  # (the saved searches' place)
        self.side_box.addWidget(self._saved_place, 1)
        self.inbox_model = InboxModel(self)
        self.inbox_table = QTableView()
        self.inbox_table.setModel(self.inbox_model)
        self.inbox_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inbox_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inbox_table.verticalHeader().hide()
        self.inbox_table.setWordWrap(False)
        self.inbox_table.setTabKeyNavigation(False)  # Tab goes on to the letter's buttons; arrows walk the rows
        for column, width in enumerate((88, 200, 118, 120, 78, 78, 130)):
            self.inbox_table.setColumnWidth(column, width)
        self.inbox_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_date_columns(self.inbox_table, (4, 5))
        self.inbox_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reminder = QLabel()
        self.reminder.setStyleSheet("background:#fff4ce; padding:6px; border:1px solid #e0c060;")
        self.reminder.setWordWrap(True)
        self.reminder.hide()
        self.search.returnPressed.connect(self._open_exact)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        register_page = QWidget()
        left_layout = QVBoxLayout(register_page)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.register.filters)
        left_layout.addWidget(self.table, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(register_page)
        self.pages.addWidget(self.inbox_table)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.reminder)
        left_box.addWidget(self.pages, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(QWidget())  # (the letter pane's place)
        self.split.setStretchFactor(0, 1)  # a larger screen widens the lists; the letter panel keeps its one width
        self.split.setStretchFactor(1, 0)
        self.split.setSizes(SPLIT)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.addWidget(side)
        body_layout.addWidget(self.split, 1)
        self.setCentralWidget(body)
        self.statusBar().addWidget(QLabel(self.tr("Signed in: {user}").format(user=user_name)))
        self.statusBar().addPermanentWidget(QLabel(office_name))

    def build_rest(self) -> None:
        """The parts the first page does not need (once; at once when something asks for one of them)."""
        if self.built:
            return
        self.built = True
        from eoffice_desktop.core.people.rights import allowed
        from eoffice_desktop.ui.accessible_names import name_main_window
        from eoffice_desktop.ui.arrived_page import ArrivedPage
        from eoffice_desktop.ui.letter_view import LetterView
        from eoffice_desktop.ui.lost_page import LostPage
        from eoffice_desktop.ui.ocr_status import OcrStatus
        from eoffice_desktop.ui.search_saved_list import SavedSearchList
        from eoffice_desktop.ui.sync_indicator import SyncIndicator
        from eoffice_desktop.ui.sync_usb import UsbBundles
        from eoffice_desktop.ui.sync_worker import SyncWorker
        from eoffice_desktop.ui.window_menus import WindowMenus

        self.sync_worker = self._given_sync_worker or SyncWorker(self.store, self)
        self.sync_worker.setParent(self)
        self.saved = SavedSearchList(self.store, self.viewer.user_id, ops=self.ops)
        self.saved.chosen.connect(self.apply_search)
        self.side_box.insertWidget(self.side_box.indexOf(self._saved_place), self.saved, 1)
        self.side_box.removeWidget(self._saved_place)  # (not `replaceWidget`: see accessible_names.py on layout items)
        self._saved_place.deleteLater()
        self.view = LetterView(self.store, self.runner, ops=self.ops)
        self.view.scan_text.query_of = self.search.text
        self.view.set_user(self.actor, self.viewer)
        self.view.open_letter.connect(self.select_letter)
        sizes = self.split.sizes()
        self.split.replaceWidget(1, self.view).deleteLater()
        self.split.setSizes(sizes if self.isVisible() else SPLIT)  # (as on screen, or as planned before it shows)
        self.arrived = ArrivedPage(
            self.store, self.actor, self.runner, may_register=allowed(self.viewer, "register"), ops=self.ops
        )
        self.arrived.letter_chosen.connect(self.view.show_letter)
        self.pages.addWidget(self.arrived)
        self.lost = LostPage(self.store, self.office_id, self.runner)  # sent, not registered by the other office
        self.lost.letter_chosen.connect(self.view.show_letter)
        self.pages.addWidget(self.lost)

        self.usb = UsbBundles(self.store, self.runner, self, ops=self.ops)
        self.usb.saved.connect(lambda _result: self.sync_indicator.refresh())
        self.menus = WindowMenus(self)
        self.menus.build()
        self.sync_indicator = SyncIndicator(self.store, self.sync_worker, self.runner)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.ocr_status = OcrStatus(self.store, self, ops=self.ops)
        self.statusBar().addWidget(self.ocr_status)
        self.sync_worker.finished.connect(self._synced)
        name_main_window(self)  # (for screen readers and tests)
        # The scan reader's first start waits for the writer (a local event loop): before the sync worker starts,
        # so nothing the sync says is delivered while the window is still being made.
        self.ocr_status.start()
        self.sync_worker.start()
        self.show_selected_letter()
        if not self.viewer.has("clerk"):  # an official's (and the head's) day starts with the letters sent to them
            self.sidebar.choose("inbox")

    # -- what changed ----------------------------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        """Every finished change: each part reads again only what the change touched."""
        if self._shows(changes):
            self.refresh()  # (the counts too)
        elif changes.registers or changes.inbox or changes.arrivals or changes.people:
            self._update_counts()
        if changes.registers and (changes.all_letters or self.view_name in REGISTERS):
            self.register.years_in_background()  # a letter of a new year, or letters imported or synced
        if not self.built:
            return  # (the sync and the scan reader start with the rest of the window, and look then)
        if changes.outbox:
            self.sync_worker.note_local_change()
        if changes.outbox or changes.settings:
            self.sync_indicator.refresh()
        if changes.letters or changes.all_letters:
            self.ocr_status.wake()  # a scan was attached or arrived

    def _shows(self, changes: Changes) -> bool:
        """The list on screen shows something this change touched."""
        if self.view_name in REGISTERS:
            return changes.registers
        if self.view_name in LISTS:
            return changes.inbox or changes.registers or changes.people
        return changes.arrivals or changes.registers

    def apply_changes(self, changes: Changes) -> None:
        """A change made elsewhere (a dialog of its own, a test): announce it like the window's own."""
        self.ops.hub.publish(changes)

    def _synced(self, report: object) -> None:
        """A sync may have brought letters, routing, people, signatures: everything reads again."""
        self.ops.hub.publish(changes_of(report))  # (SyncReport.changes)

    # -- data ------------------------------------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        return self.register.current_filter()

    def current_search(self) -> SearchQuery:
        return self.register.current_search()

    def _update_counts(self) -> None:
        self.sidebar.update_counts()
        self.register.show_total()

    def refresh(self) -> None:
        """Read again what the list on screen shows (on the reader pool); the selected letter stays selected."""
        if self.view_name in PAGES:
            self.build_rest()
        shown = self.selected_letter() if self.view_name in PAGES else None
        self._lists_asked += 1
        if self.view_name == "arrived":
            self.arrived.reload()
        elif self.view_name == "lost":
            self.lost.reload()
        elif self.view_name in LISTS:
            asked, viewer, which = self._lists_asked, self.viewer, self.view_name
            self._lists_waiting = True
            self.ops.query(
                lambda office: office.my_letters(viewer, which), lambda rows: self._show_my_letters(asked, which, rows)
            )
        else:
            self.register.show()
        self._update_counts()
        if shown:
            self.select_letter(shown)

    def _register_rows_arrived(self) -> None:
        if self.view_name in REGISTERS:  # (not a register's late answer once another list is on screen)
            self._rows_arrived()

    def _rows_arrived(self) -> None:
        """The first page of the list on screen is there (its rows replaced the old ones in place): the letter of
        the selected row is selected again where it is now, and the pane shows it; a letter no longer in the list
        leaves no row selected and the pane empty. A letter opened while the list was read is selected if it is
        there (if not, the pane goes on showing it, with no row selected). A letter further down than the rows read
        so far stays in the pane and is selected when its row's page arrives (_find_chosen), unless the register
        says it left the list."""
        if not self.built or self.view_name in PAGES:
            return  # (build_rest shows the selected letter)
        opening, self._opening = self._opening, None
        letter_id = opening or self._chosen
        if letter_id is None:
            return  # nothing was selected (or a row whose page is on its way: the pane shows it when it comes)
        lists = self.view_name in LISTS
        table, model = (self.inbox_table, self.inbox_model) if lists else (self.table, self.model)
        row = model.row_of(letter_id)
        if row >= 0:
            self._chosen = letter_id
            self._place(table, row)
            table.scrollTo(model.index(row, 0))
        elif not lists and not self.model.all_read():  # perhaps further down: the pane keeps it meanwhile
            self._chosen, self._opened_further = letter_id, opening
            self._place(table, None)
            self.register.ask_holds(letter_id, self._still_listed(letter_id))
        else:
            self._chosen = None
            self._place(table, None)
            if opening is None:
                letter_id = None  # no longer in the list: not shown beside rows that are not it
            # (else: opened from elsewhere: the pane keeps it)
        if self.view.letter_id != letter_id:
            self.view.show_letter(letter_id)

    def _find_chosen(self) -> None:
        """A page of the register arrived (or its count, fewer rows): the letter awaited further down is selected
        if its row is there now, where it is, the scroll position left as the clerk has it; once every row is read
        and it is not among them, it left the list."""
        letter_id = self._chosen
        if not self.built or self.view_name not in REGISTERS or self.model.replacing or self._pane_waits:
            return
        if letter_id is None or self.selected_letter() == letter_id:
            return
        row = self.model.row_of(letter_id)
        if row >= 0:
            self._place(self.table, row, scroll=False)
            if self.view.letter_id != letter_id:
                self.view.show_letter(letter_id)
        elif self.model.all_read():
            self._left_the_list(letter_id)

    def _still_listed(self, letter_id: str) -> Callable[[bool], None]:
        def answer(held: bool) -> None:
            if not held:
                self._left_the_list(letter_id)

        return answer

    def _left_the_list(self, letter_id: str) -> None:
        """The letter awaited further down is not in the list: the pane empties (as for a list read whole), unless
        it was opened from elsewhere."""
        if self._chosen != letter_id or self.selected_letter() == letter_id or self.view_name not in REGISTERS:
            return  # (another letter chosen since, or its row found meanwhile)
        self._chosen = None
        if self._opened_further != letter_id and self.view.letter_id == letter_id:
            self.view.show_letter(None)

    def _place(self, table: QTableView, row: int | None, scroll: bool = True) -> None:
        """The window moves the selection itself (to `row`, None: none): no letter is asked for here; the caller
        makes the pane agree. Without `scroll` the table stays where the clerk scrolled it."""
        self._placing = True
        follows = table.hasAutoScroll()
        table.setAutoScroll(follows and scroll)  # (a new current row scrolls into view otherwise)
        try:
            if row is None:
                table.selectionModel().clear()
            else:
                table.selectRow(row)
        finally:
            table.setAutoScroll(follows)
            self._placing = False

    def _show_my_letters(self, asked: int, which: str, rows: list[InboxRow]) -> None:
        if not isValid(self) or asked != self._lists_asked or which != self.view_name:
            return  # another list was chosen (or read again) meanwhile
        self._lists_waiting = False
        self.inbox_model.set_rows(rows)
        self.inbox_table.resizeColumnToContents(0)  # (the numbers whole: last year's says its year)
        # In my inbox the holder is me; in "sent by me" the sender is me: the subject gets that room instead.
        self.inbox_table.setColumnHidden(6, self.view_name == "inbox")
        self.inbox_table.setColumnHidden(3, self.view_name == "sent")
        self._rows_arrived()

    def show_reminders(self) -> None:
        """At sign-in and every hour: letters due today or late, without interrupting the work."""
        viewer = self.viewer
        self.ops.query(lambda office: office.reminders(viewer), self._show_reminders)

    def _show_reminders(self, found: tuple[list[InboxRow], list[InboxRow]]) -> None:
        if not isValid(self):
            return  # (the window was closed meanwhile)
        due_today, late = found
        if not due_today and not late:
            self.reminder.hide()
            return
        if not late:  # (no "0 late": only what there is)
            text = self.tr("Reminder: {today} letter(s) due today in your inbox.")
        elif not due_today:
            text = self.tr("Reminder: {late} letter(s) late in your inbox.")
        else:
            text = self.tr("Reminder: {today} letter(s) due today and {late} late in your inbox.")
        self.reminder.setText(text.format(today=len(due_today), late=len(late)))
        self.reminder.show()

    # -- search ------------------------------------------------------------------------------------------------------
    def _show_more_filters(self) -> None:
        self.register.show_more_filters()

    def save_search(self) -> None:
        self.build_rest()
        self.register.hide_more_filters()
        self.saved.ask_and_save(self.current_search(), self.search.text().strip())

    def apply_search(self, query: SearchQuery) -> None:
        """Run a saved search: its words and filters go back into the box and the filter fields."""
        self.register.applying = True
        try:
            if query.direction is not None and query.direction != self.direction:
                self.sidebar.choose(query.direction)
            elif self.view_name not in REGISTERS:
                self.sidebar.choose(self.direction)
            self.register.put_back(query)
        finally:
            self.register.applying = False
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_exact(self) -> None:
        """Enter in the search box: a tracking code (typed or sent by a barcode/QR scanner) opens its letter."""
        if self._open_signature_code(self.search.text()):
            return
        code = normalise_code(self.search.text())
        if code is not None:
            office_id = self.office_id
            found, unread = self.ops.ask_or_refusal(  # (on the reader pool)
                lambda office: office.letter_for_code(code, office_id), None
            )
            if unread:
                QMessageBox.warning(self, self.tr("Not done"), unread)
                return
            if found is not None:
                self.search.clear()
                if found.office_id != self.office_id:  # what reached this office of it: the letter, no routing
                    self.sidebar.choose("arrived")
                    self.view.show_letter(found.id)
                    return
                if self.view_name != found.direction:
                    self.sidebar.choose(found.direction)
                self.select_letter(found.id)
                return
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def _open_signature_code(self, text: str) -> bool:
        """A verification code from a printed signed letter opens its letter on the Signatures tab."""
        from eoffice_shared.signing.vcode import BadCode, normalise

        try:
            code = normalise(text)
        except BadCode:
            return False
        letter_id, unread = self.ops.ask_or_refusal(lambda office: office.letter_of_signature(code), None)
        if unread:  # (on the reader pool)
            QMessageBox.warning(self, self.tr("Not done"), unread)
            return True  # (the code was one: nothing else is searched for it)
        if letter_id is None:
            return False
        self.search.clear()
        self.open_from_anywhere(letter_id)
        self.view.tabs.setCurrentWidget(self.view.signatures)
        return True

    # -- choosing --------------------------------------------------------------------------------------------------
    def _register_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.build_rest()
        self.view_name = item.data(Qt.ItemDataRole.UserRole)
        if self.view_name in REGISTERS:
            self.register.direction = self.view_name
            self.register.years_in_background()
        self.pages.setCurrentIndex(PAGES.get(self.view_name, 1 if self.view_name in LISTS else 0))
        self._chosen = self._opening = None  # (the rows on screen until the new list arrives are the old list's)
        self._place(self.table, None)
        self._place(self.inbox_table, None)
        self.refresh()
        self.view.show_letter(None)

    def selected_letter(self) -> str | None:
        if self.view_name == "arrived":
            return self.arrived.selected()
        if self.view_name == "lost":
            return self.lost.selected()
        if self.view_name in LISTS:
            rows = self.inbox_table.selectionModel().selectedRows()
            found = self.inbox_model.row_at(rows[0].row()) if rows else None
            return found.letter_id if found else None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.id if row else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        """The clerk chose a row (or none): the pane shows its letter. Chosen while the list is read again, the
        letter is selected again where it is when the new rows arrive (_rows_arrived)."""
        if not self.built or self._placing or self.model.replacing:
            return  # (rows removed under the selection by a reload: _rows_arrived puts it back)
        letter_id = self.selected_letter()
        # A row whose page is on its way (the keyboard went there): its letter shows when the page arrives.
        self._pane_waits = letter_id is None and bool(self.table.selectionModel().selectedRows())
        self._chosen, self._opening = letter_id, None
        self.view.show_letter(letter_id)

    def _rows_filled(self, top: QModelIndex, bottom: QModelIndex) -> None:
        if not (self._pane_waits and self.built and self.view_name in REGISTERS) or self.model.replacing:
            self._find_chosen()
            return
        rows = self.table.selectionModel().selectedRows()
        if rows and top.row() <= rows[0].row() <= bottom.row() and self.model.row_at(rows[0].row()) is not None:
            self._pane_waits = False
            self._chosen = self.selected_letter()
            self.view.show_letter(self._chosen)

    def show_selected_letter(self) -> None:
        self._chosen = self.selected_letter()
        self.view.show_letter(self._chosen)

    def select_letter(self, letter_id: str) -> None:
        self.build_rest()
        if self.view_name in PAGES:
            self.view.show_letter(letter_id)
            return
        lists = self.view_name in LISTS
        table, model = (self.inbox_table, self.inbox_model) if lists else (self.table, self.model)
        row = model.row_of(letter_id)
        if row < 0:  # not in the rows on screen: shown, no row selected; selected if the list being read has it
            self._place(table, None)
            waiting = self._lists_waiting if lists else self.model.waiting()
            self._chosen, self._opening = None, letter_id if waiting else None
            self.view.show_letter(letter_id)
            return
        table.selectRow(row)  # (the pane shows it: _selection_changed)
        table.scrollTo(model.index(row, 0))
        if self.view.letter_id != letter_id:  # (its row was selected already)
            self._chosen, self._opening = letter_id, None
            self.view.show_letter(letter_id)

    def open_from_anywhere(self, letter_id: str) -> None:
        self.build_rest()
        place, unread = self.ops.ask_or_refusal(lambda office: office.letter_place(letter_id), None)  # (reader pool)
        if unread:
            QMessageBox.warning(self, self.tr("Not done"), unread)
        if place is not None:
            if self.view_name != place.direction:
                self.sidebar.choose(place.direction)
            self.select_letter(letter_id)

    def new_letter(self, direction: str) -> None:
        from eoffice_desktop.ui.letter_form import LetterFormDialog

        dialog = LetterFormDialog(self.store, self.actor, self.runner, direction, self, ops=self.ops)
        if dialog.exec() and dialog.registered is not None:
            if self.view_name != direction:
                self.sidebar.choose(direction)
            self.refresh()  # (announced when it was saved, while the form was still open)
            self.select_letter(dialog.registered.letter_id)  # (selected when its page arrives)

    # -- session -------------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.built:
            self.sync_worker.stop()  # what a running sync did is kept; the rest goes next time
            self.ocr_status.stop()
        self.register.close()
        if self.store.db.turns == self.runner.write_turn:
            self.store.db.turns = None
        super().closeEvent(event)

    def lock(self) -> None:
        """Hide the letters until the same person types their password again (shared PCs, idle time)."""
        from eoffice_desktop.ui.start_dialogs import LoginDialog

        self.build_rest()
        self.centralWidget().hide()  # (first: the reader pool may be busy with a long read for a while)
        self.lock_signing_keys()
        user_id = self.viewer.user_id
        # (read on the reader pool; unread, the person types their user name: the window locks all the same)
        username, _unread = self.ops.ask_or_refusal(lambda office: office.username(user_id), "")
        while True:
            dialog = LoginDialog(
                self.store, self.throttle, username=username, parent=self, locked=True, runner=self.runner
            )
            if not dialog.exec():
                self.switch_user()
                return
            if dialog.viewer is not None and dialog.viewer.user_id == self.viewer.user_id:
                break
        self.centralWidget().show()

    def lock_signing_keys(self) -> None:
        """An unlocked signing key never outlives the screen lock or the user."""
        if self.built:
            self.view.signatures.unlocked.forget()

    def switch_user(self) -> None:
        self.switch_requested = True
        self.close()
