"""The main window: layout and wiring only. Sidebar of lists, the register table with its filters (register_controller),
the page of the list on screen (list_pages), my inbox and sent by me (my_letters), the selected letter kept across
reloads (kept_selection), the reminder (reminder_bar), codes typed in the search box (exact_codes), the letter pane,
menus (window_menus); each part gets what it needs through its constructor. Every change is announced on the window's
hub (ui/ops.py) and each part reads again only what the change touched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.actor import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.roles import Viewer
from eoffice_desktop.core.people.throttle import LoginThrottle
from eoffice_desktop.core.registry.register_rows import RegisterFilter
from eoffice_desktop.core.search.request import SearchQuery
from eoffice_desktop.ui.exact_codes import ExactCodes
from eoffice_desktop.ui.first_paint import FirstPaint
from eoffice_desktop.ui.kept_selection import KeptSelection
from eoffice_desktop.ui.list_pages import PAGES, ListPages
from eoffice_desktop.ui.my_letters import MyLetters
from eoffice_desktop.ui.ops import Ops, changes_of
from eoffice_desktop.ui.register_controller import RegisterController
from eoffice_desktop.ui.register_sidebar import LISTS, REGISTERS, VIEWS, RegisterSidebar
from eoffice_desktop.ui.reminder_bar import ReminderBar
from eoffice_desktop.ui.resources import app_icon
from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # (the parts after the first page load their code then: build_rest; SQLAlchemy with them)
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
        self.register = RegisterController(self.ops, viewer, self.office_id, self)
        self.register.holding = rest_later  # (the register's count is asked after the first paint: _read_the_rest)
        self.mine = MyLetters(self.ops, viewer, lambda: self.view_name, self)  # my inbox, sent by me
        self.inbox_model, self.inbox_table = self.mine.model, self.mine.table
        # (the selected letter kept while a list is read again)
        self.selection = KeptSelection(self.register, self.mine, lambda: self.view_name, self.selected_letter, self)
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
        self._first_paint = FirstPaint(self.table, self.model, self)
        self._first_paint.painted.connect(self.first_rows_painted)
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

    @property
    def more_filters(self) -> MoreFilters:
        return self.register.more_filters

    @property
    def direction(self) -> str:
        return self.register.direction

    @property
    def view_name(self) -> str:
        """The list on screen: one of VIEWS."""
        return self.pages.name

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
        self.reminder = ReminderBar(self.ops, self.viewer)
        self.codes = ExactCodes(self.ops, self.office_id, self.search, self)  # (Enter in the search box)
        self.codes.letter_found.connect(self._open_found)
        self.codes.signed_found.connect(self._open_signed)
        self.search.returnPressed.connect(self._open_exact)

        self.pages = ListPages(self.register, self.mine)  # (the register, my letters; arrived and lost: build_rest)
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
        from eoffice_desktop.ui.widgets import enter_presses
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
        self.selection.pane = self.view
        sizes = self.split.sizes()
        self.split.replaceWidget(1, self.view).deleteLater()
        self.split.setSizes(sizes if self.isVisible() else SPLIT)  # (as on screen, or as planned before it shows)
        self.arrived = ArrivedPage(
            self.store, self.actor, self.runner, may_register=allowed(self.viewer, "register"), ops=self.ops
        )
        self.arrived.letter_chosen.connect(self.view.show_letter)
        self.arrived.set_pane(self.view.tabs)
        self.view.register_arrived.connect(self.arrived.register)
        self.view.return_arrived.connect(self.arrived.return_letter)
        # sent letters to follow up: returned by an office, or not registered there in time
        self.lost = LostPage(self.store, self.office_id, self.runner, ops=self.ops, actor=self.actor)
        self.lost.letter_chosen.connect(self.view.show_letter)
        self.lost.sent_again.connect(self.view.show_letter)  # the new letter, saying which letter it sends again
        self.pages.add_pages(self.arrived, self.lost)

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
        enter_presses(*self.findChildren(QPushButton))  # (the Arrived list's rows make theirs: arrived_page.py)
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
        if self.pages.shows(changes):
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
        self.pages.reload()
        self._update_counts()
        if shown:
            self.select_letter(shown)

    def show_reminders(self) -> None:
        """At sign-in and every hour: letters due today or late, without interrupting the work."""
        self.reminder.read()

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
        """Enter in the search box: a code opens its letter (ui/exact_codes.py); a list of one row selects it."""
        if not self.codes.open() and self.model.rowCount() == 1:
            self.table.selectRow(0)

    def _open_found(self, view_name: str, letter_id: str) -> None:
        if view_name == "arrived":  # (another office's letter, as it reached this one: no routing)
            self.sidebar.choose("arrived")
            self.view.show_letter(letter_id)
            return
        if self.view_name != view_name:
            self.sidebar.choose(view_name)
        self.select_letter(letter_id)

    def _open_signed(self, letter_id: str) -> None:
        self.open_from_anywhere(letter_id)
        self.view.tabs.setCurrentWidget(self.view.signatures)

    # -- choosing --------------------------------------------------------------------------------------------------
    def _register_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.build_rest()
        self.pages.turn_to(item.data(Qt.ItemDataRole.UserRole))
        self.selection.forget()  # (the rows on screen until the new list arrives are the old list's)
        self.refresh()
        self.view.show_letter(None)

    def selected_letter(self) -> str | None:
        return self.pages.selected()

    def show_selected_letter(self) -> None:
        self.selection.show_selected()

    def select_letter(self, letter_id: str) -> None:
        self.build_rest()
        if self.view_name in PAGES:
            self.view.show_letter(letter_id)
            return
        self.selection.select(letter_id)

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
