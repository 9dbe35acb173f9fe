"""The main window: layout and wiring only. Sidebar of registers, the register table with its filters, and the
letter detail pane; each part gets what it needs through its constructor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from eoffice_desktop import __version__
from eoffice_desktop.core.accounts import LoginThrottle, Viewer
from eoffice_desktop.core.arrivals import count_arrived
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.events import Actor
from eoffice_desktop.core.inbox import Counts as InboxCounts
from eoffice_desktop.core.inbox import counts as inbox_counts
from eoffice_desktop.core.inbox import due_reminders, inbox, sent_by_me
from eoffice_desktop.core.journey_timeline import count_lost, letter_for_code
from eoffice_desktop.core.letterform import URGENCIES
from eoffice_desktop.core.models import Letter, User
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.register_query import RegisterFilter, count_letters, fetch_page, years
from eoffice_desktop.core.registry import Registered
from eoffice_desktop.core.rights import allowed
from eoffice_desktop.core.search import SearchQuery
from eoffice_desktop.core.tracking import normalise_code
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.accessible_names import name_main_window
from eoffice_desktop.ui.arrived_page import ArrivedPage
from eoffice_desktop.ui.inbox_model import InboxModel
from eoffice_desktop.ui.letter_form import LetterFormDialog
from eoffice_desktop.ui.letter_view import LetterView
from eoffice_desktop.ui.lost_page import LostPage
from eoffice_desktop.ui.ocr_status import OcrStatus
from eoffice_desktop.ui.register_model import PAGE, RegisterModel
from eoffice_desktop.ui.resources import app_icon
from eoffice_desktop.ui.search_filters import MoreFilters
from eoffice_desktop.ui.search_highlight import HighlightDelegate
from eoffice_desktop.ui.search_results import SearchResults
from eoffice_desktop.ui.search_saved_list import SavedSearchList
from eoffice_desktop.ui.sync_indicator import SyncIndicator
from eoffice_desktop.ui.sync_usb import UsbBundles
from eoffice_desktop.ui.sync_worker import SyncWorker
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.widgets import fit_date_columns

REGISTERS = ("in", "out")
LISTS = ("inbox", "sent")
VIEWS = LISTS + REGISTERS + ("arrived", "lost")
PAGES = {"arrived": 2, "lost": 3}  # the others: 0 (a register) and 1 (inbox, sent by me)


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: OfficeStore,
        actor: Actor,
        viewer: Viewer,
        user_name: str,
        runner: TaskRunner | None = None,
        throttle: LoginThrottle | None = None,
        sync_worker: SyncWorker | None = None,
    ) -> None:
        super().__init__()
        self.store, self.actor, self.viewer = store, actor, viewer
        self.throttle = throttle or LoginThrottle()
        self.runner = runner or TaskRunner(self)
        self.sync_worker = sync_worker or SyncWorker(store, self)
        self.sync_worker.setParent(self)
        office = store.office()
        self.office_id = office.id
        demo = store.is_demo()
        demo_words = self.tr("DEMO office, not for real letters")
        self.setWindowTitle(f"eOffice — {office.name_lo}" + (f" — {demo_words}" if demo else ""))
        self.setWindowIcon(app_icon())
        self.direction = "in"
        self.view_name = "in"
        self._first_count = True
        self._pending_count: RegisterFilter | None = None  # the register's exact count, on its way
        self.model = RegisterModel(self._count, self._page, self)
        self.results = SearchResults(store.data_dir.database, viewer, self.model, self)
        self.results.searching.connect(lambda: self.count_label.setText(self.tr("Searching…")))
        self.results.counted.connect(self._show_found)
        self.results.failed.connect(self._search_failed)
        self._applying = False
        self._register_counts: dict[str, int] = {}
        self._build(user_name, office.name_lo)
        self._show_years(self.direction, [])  # (no reload here: enabling sorting in _build already read the first page)
        self._years_in_background()
        self._update_counts()
        self.show_reminders()
        self._hourly = QTimer(self, interval=3600 * 1000, timeout=self.show_reminders)
        self._hourly.start()
        self._live = QTimer(self, interval=60 * 1000, timeout=self._update_counts)
        self._live.start()
        self.resize(1366, 768)
        self.switch_requested = False
        self.sync_worker.start()
        self.ocr_status.start()
        if not viewer.has("clerk"):  # an official's (and the head's) day starts with the letters sent to them
            self.sidebar.setCurrentRow(VIEWS.index("inbox"))

    # -- layout ----------------------------------------------------------------------------------------------------
    def _build(self, user_name: str, office_name: str) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(200)
        for view in VIEWS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(VIEWS.index("in"))
        self.sidebar.currentItemChanged.connect(self._register_chosen)
        self.saved = SavedSearchList(self.store, self.viewer.user_id)
        self.saved.chosen.connect(self.apply_search)
        side = QWidget()
        side.setFixedWidth(215)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.sidebar, 1)
        side_box.addWidget(QLabel(self.tr("Saved searches")))
        side_box.addWidget(self.saved, 1)
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
        self.inbox_table.selectionModel().selectionChanged.connect(self._inbox_selection)
        self.reminder = QLabel()
        self.reminder.setStyleSheet("background:#fff4ce; padding:6px; border:1px solid #e0c060;")
        self.reminder.setWordWrap(True)
        self.reminder.hide()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find: number, subject, sender… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._open_exact)
        self.more_filters = MoreFilters(self.store, self)
        self.more_filters.changed.connect(self._filters_changed)
        self.more_filters.save_requested.connect(self.save_search)
        self.more_button = QToolButton()
        self.more_button.clicked.connect(self._show_more_filters)
        self._label_more_button()

        self.year = QComboBox()
        self.status = QComboBox()
        for code in (None, "registered", "in_progress", "completed", "void"):
            self.status.addItem(labels.status(code) if code else self.tr("All statuses"), code)
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("All urgencies"), None)
        for code in URGENCIES:
            self.urgency.addItem(labels.urgency(code), code)
        for box in (self.year, self.status, self.urgency):
            box.currentIndexChanged.connect(self._filters_changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Year")))
        filters.addWidget(self.year)
        filters.addWidget(self.status)
        filters.addWidget(self.urgency)
        filters.addWidget(self.more_button)
        filters.addStretch(1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)

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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((125, 80, 135, 260, 65, 100, 80)):  # (a number of another year says its year)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        fit_date_columns(self.table, (1, 6))
        fit_date_columns(self.inbox_table, (4, 5))
        self.highlight = HighlightDelegate(self.table)
        for column in (0, 2, 3):  # number, from / to, subject: where the searched words are
            self.table.setItemDelegateForColumn(column, self.highlight)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.view = LetterView(self.store, self.runner)
        self.view.scan_text.query_of = self.search.text
        self.view.set_user(self.actor, self.viewer)
        self.view.changed.connect(self.apply_changes)
        self.view.open_letter.connect(self.select_letter)

        register_page = QWidget()
        left_layout = QVBoxLayout(register_page)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(register_page)
        self.pages.addWidget(self.inbox_table)
        self.arrived = ArrivedPage(self.store, self.actor, self.runner, may_register=allowed(self.viewer, "register"))
        self.arrived.letter_chosen.connect(self.view.show_letter)
        self.arrived.registered.connect(self._arrival_registered)
        self.pages.addWidget(self.arrived)
        self.lost = LostPage(self.store, self.office_id, self.runner)  # sent, not registered by the other office
        self.lost.letter_chosen.connect(self.view.show_letter)
        self.pages.addWidget(self.lost)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.reminder)
        left_box.addWidget(self.pages, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.view)
        split.setSizes([960, 330])
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.addWidget(side)
        body_layout.addWidget(split, 1)
        self.setCentralWidget(body)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.new_in = QAction(
            self.tr("New incoming letter"),
            self,
            shortcut=QKeySequence.StandardKey.New,
            triggered=lambda: self.new_letter("in"),
        )
        self.new_out = QAction(
            self.tr("New outgoing letter"),
            self,
            shortcut=QKeySequence("Ctrl+Shift+N"),
            triggered=lambda: self.new_letter("out"),
        )
        self.export_action = QAction(self.tr("Export CSV…"), self, triggered=self.export_register)
        refresh = QAction(self.tr("Refresh"), self, shortcut=QKeySequence("F5"), triggered=self.refresh)  # (not Ctrl+R)
        for action in (self.new_in, self.new_out, self.export_action, refresh):
            toolbar.addAction(action)
        for action, service in ((self.new_in, "register"), (self.new_out, "register"), (self.export_action, "export")):
            action.setVisible(allowed(self.viewer, service))
            action.setEnabled(allowed(self.viewer, service))  # no shortcut (Ctrl+N) for what the core refuses
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        find = QAction(self, shortcut=QKeySequence.StandardKey.Find, triggered=self._focus_search)
        self.addAction(find)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_in)
        file_menu.addAction(self.new_out)
        file_menu.addAction(self.export_action)
        import_action = QAction(self.tr("Import a register…"), self, triggered=self.import_register)
        import_action.setVisible(allowed(self.viewer, "register"))
        file_menu.addAction(import_action)
        self.usb = UsbBundles(self.store, self.runner, self)
        self.usb.changed.connect(self._synced)
        self.usb.saved.connect(lambda _result: self.sync_indicator.refresh())
        file_menu.addSeparator()
        file_menu.addAction(QAction(self.tr("Save changes for USB…"), self, triggered=self.usb.save))
        file_menu.addAction(QAction(self.tr("Load changes from USB…"), self, triggered=self.usb.load))
        file_menu.addAction(QAction(self.tr("Verify a signed package…"), self, triggered=lambda: self.verify_package()))
        file_menu.addSeparator()
        file_menu.addAction(
            QAction(self.tr("Quit"), self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        )
        file_menu.insertAction(
            file_menu.actions()[-2], QAction(self.tr("Print the register book…"), self, triggered=self.print_register)
        )
        self.menuBar().addMenu(self.view.letter_menu(self.tr("&Letter")))
        office_menu = self.menuBar().addMenu(self.tr("&Office"))
        office_menu.addAction(QAction(self.tr("Overview for the head of office"), self, triggered=self.dashboard))
        office_menu.addAction(QAction(self.tr("Delegate my inbox…"), self, triggered=self.delegate))
        self.address_action = QAction(self.tr("Address book…"), self, triggered=self.address_book)
        office_menu.addAction(self.address_action)
        self.users_action = QAction(self.tr("Users and departments…"), self, triggered=self.manage_users)
        self.users_action.setVisible(allowed(self.viewer, "manage_users"))
        office_menu.addAction(self.users_action)
        office_menu.addAction(QAction(self.tr("My signing key…"), self, triggered=self.signing_key))
        self.trust_action = QAction(self.tr("Trusted certificate authorities…"), self, triggered=self.trusted_cas)
        self.trust_action.setVisible(allowed(self.viewer, "trust_ca"))
        office_menu.addAction(self.trust_action)
        self.backup_action = QAction(self.tr("Back up to a USB drive…"), self, triggered=self.back_up)
        self.backup_action.setVisible(allowed(self.viewer, "backup"))
        office_menu.addAction(self.backup_action)
        office_menu.addSeparator()
        office_menu.addAction(QAction(self.tr("Sync now"), self, triggered=lambda: self.sync_worker.sync_now()))
        office_menu.addAction(QAction(self.tr("Enrol this PC with a server…"), self, triggered=self.enrol))
        office_menu.addSeparator()
        office_menu.addAction(QAction(self.tr("Switch user…"), self, triggered=self.switch_user))
        office_menu.addAction(QAction(self.tr("Lock"), self, shortcut=QKeySequence("Ctrl+L"), triggered=self.lock))
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(QAction(self.tr("Settings…"), self, triggered=self.open_settings))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            QAction(self.tr("User guide"), self, shortcut=QKeySequence.StandardKey.HelpContents, triggered=self.guide)
        )
        help_menu.addAction(QAction(self.tr("Save diagnostics for support…"), self, triggered=self.diagnostics))
        help_menu.addAction(QAction(self.tr("About eOffice"), self, triggered=self.about))

        self.statusBar().addWidget(QLabel(self.tr("Signed in: {user}").format(user=user_name)))
        self.statusBar().addPermanentWidget(QLabel(office_name))
        self.sync_indicator = SyncIndicator(self.store, self.sync_worker, self.runner)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.ocr_status = OcrStatus(self.store, self)
        self.statusBar().addWidget(self.ocr_status)
        self.sync_worker.finished.connect(self._synced)
        name_main_window(self)  # (for screen readers and tests)

    # -- data ------------------------------------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            office_id=self.office_id,
            direction=self.direction,
            year=self.year.currentData(),
            status=self.status.currentData(),
            urgency=self.urgency.currentData(),
            text=self.search.text(),
        )

    def _search_query(self) -> SearchQuery | None:
        """Words in the search box or any "more filters" make it a search (search.py, off the GUI thread); the
        register's own filters combine with it. Void letters stay out unless asked for."""
        text = self.search.text().strip()
        if not text and not self.more_filters.active_count():
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

    def _count(self) -> int:
        if self._first_count:
            # The window opens with its first page at once; the exact count (most of a second at a million letters)
            # follows from the background. Until then the model knows "a page and more" (it stops at the last row).
            self._first_count = False
            self._count_in_background(self.current_filter())
            return PAGE + 1
        self._pending_count = None
        with self.store.db.session() as s:
            return count_letters(s, self.current_filter(), viewer=self.viewer)

    def _count_in_background(self, f: RegisterFilter) -> None:
        db, viewer = self.store.db, self.viewer
        self._pending_count = f

        def count(_job: object) -> tuple[RegisterFilter, int]:
            with db.session() as s:
                return f, count_letters(s, f, viewer=viewer)

        self.runner.run(count, self._counted)

    def _counted(self, outcome: tuple[RegisterFilter, int]) -> None:
        f, total = outcome
        if f != self._pending_count or self.results.active:
            return  # the register was read again since (and counted then), or a search shows its own count
        self._pending_count = None
        self.model.set_total(total)
        self.count_label.setText(self.tr("{count} letters").format(count=self.model.total()))

    def _page(self, offset: int, limit: int, sort: str, descending: bool) -> list:  # type: ignore[type-arg]
        with self.store.db.session() as s:
            return fetch_page(s, self.current_filter(), offset, limit, sort, descending, viewer=self.viewer)

    def _reload_filters(self) -> None:
        with self.store.db.session() as s:
            self._show_years(self.direction, years(s, self.direction))

    def _years_in_background(self) -> None:
        """At start-up the years follow the first page: finding them walks an index of the whole register."""
        db, direction = self.store.db, self.direction

        def read(_job: object) -> tuple[str, list[int]]:
            with db.session() as s:
                return direction, years(s, direction)

        self.runner.run(read, self._years_read)

    def _years_read(self, outcome: tuple[str, list[int]]) -> None:
        self._show_years(*outcome)

    def _show_years(self, direction: str, found: list[int]) -> None:
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

    def _update_counts(self) -> None:
        """Sidebar counts, read in the background and shown when they arrive: at a million letters each register's
        count takes a second, and finding the letters that arrived from other offices reads the letters table."""
        self._show_counts({})  # the titles, until the numbers arrive
        db, viewer, office_id = self.store.db, self.viewer, self.office_id

        def count_mine(_job: object) -> tuple[InboxCounts, int, int]:
            with db.session() as s:
                return inbox_counts(s, viewer), count_arrived(s, office_id), count_lost(s, office_id)

        def count_registers(_job: object) -> dict[str, int]:
            with db.session() as s:
                return {
                    d: count_letters(s, RegisterFilter(direction=d, include_void=False, office_id=office_id), viewer)
                    for d in REGISTERS
                }

        self.runner.run(count_mine, self._mine_counted)
        self.runner.run(count_registers, self._registers_counted)
        if not self.results.active and self._pending_count is None:
            self.count_label.setText(self.tr("{count} letters").format(count=self.model.total()))

    def _mine_counted(self, result: tuple[InboxCounts, int, int]) -> None:
        mine, arrived, lost = result
        counts: dict[str, object] = dict(self._register_counts)
        counts["arrived"] = arrived
        counts["lost"] = lost
        counts["inbox"] = f"{mine.inbox}" + (f", {mine.overdue} " + self.tr("late") if mine.overdue else "")
        counts["sent"] = mine.sent_open
        self._show_counts(counts, bold_inbox=mine.unread > 0)

    def _registers_counted(self, counts: dict[str, int]) -> None:
        self._register_counts = counts
        self._show_counts(counts)

    def _show_counts(self, counts: dict[str, object], bold_inbox: bool | None = None) -> None:
        titles = {
            "in": self.tr("Incoming letters"),
            "out": self.tr("Outgoing letters"),
            "inbox": self.tr("My inbox"),
            "sent": self.tr("Sent by me"),
            "arrived": self.tr("Arrived from other offices"),
            "lost": self.tr("Not registered by the other office"),
        }
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            view = item.data(Qt.ItemDataRole.UserRole)
            if view in counts:
                item.setText(f"{titles[view]}  ({counts[view]})")
            elif not item.text():
                item.setText(titles[view])
            if view == "inbox" and bold_inbox is not None:
                font = item.font()
                font.setBold(bold_inbox)
                item.setFont(font)
            if view in ("arrived", "lost") and view in counts:
                font = item.font()
                font.setBold(counts[view] != 0)
                item.setFont(font)
            if view == "lost" and "lost" in counts:  # the lost-letter watch: red while letters wait
                item.setForeground(Qt.GlobalColor.darkRed if counts["lost"] else Qt.GlobalColor.black)

    def refresh(self) -> None:
        selected = self.selected_letter()
        if self.view_name == "arrived":
            self.arrived.reload()
        elif self.view_name == "lost":
            self.lost.reload()
        elif self.view_name in LISTS:
            with self.store.db.session() as s:
                rows = inbox(s, self.viewer) if self.view_name == "inbox" else sent_by_me(s, self.viewer)
            self.inbox_model.set_rows(rows)
            # In my inbox the holder is me; in "sent by me" the sender is me: the subject gets that room instead.
            self.inbox_table.setColumnHidden(6, self.view_name == "inbox")
            self.inbox_table.setColumnHidden(3, self.view_name == "sent")
        else:
            self._show_register_or_search()
        self._update_counts()
        if selected:
            self.select_letter(selected)

    def show_reminders(self) -> None:
        """At sign-in and every hour: letters due today or late, without interrupting the work."""
        with self.store.db.session() as s:
            due_today, late = due_reminders(s, self.viewer)
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
    def _show_register_or_search(self) -> None:
        query = self._search_query()
        self.highlight.query = query.text if query is not None else ""
        header = self.table.horizontalHeader()
        if query is None:
            if self.results.active:
                self.results.stop()
                header.blockSignals(True)
                header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
                header.blockSignals(False)
                self.model.sort_key, self.model.descending = "number", True
            self.model.reload()
            return
        if not self.results.active:  # newest first until a column is clicked: instant at any size
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
            self.model.sort_key, self.model.descending = "recent", True
        self.results.show(query)

    def _show_found(self, total: int, exact: bool = True) -> None:
        text = self.tr("{count} letters found") if exact else self.tr("More than {count} letters found")
        self.count_label.setText(text.format(count=total))
        self.count_label.setToolTip("")

    def _search_failed(self, detail: str) -> None:
        self.count_label.setText(self.tr("The search did not work. Try other words."))
        self.count_label.setToolTip(detail)

    def _filters_changed(self) -> None:
        self._label_more_button()
        if not self._applying:
            self.refresh()

    def _label_more_button(self) -> None:
        active = self.more_filters.active_count()
        text = self.tr("More filters") + (f" ({active})" if active else "")
        self.more_button.setText(text + " ▾")

    def _show_more_filters(self) -> None:
        self.more_filters.reload_choices()
        self.more_filters.adjustSize()
        below = self.more_button.mapToGlobal(self.more_button.rect().bottomLeft())
        self.more_filters.move(below)
        self.more_filters.show()

    def current_search(self) -> SearchQuery:
        """What the box and all filters ask for now, as a saved search keeps it."""
        return self._search_query() or SearchQuery(direction=self.direction)

    def save_search(self) -> None:
        self.more_filters.hide()
        self.saved.ask_and_save(self.current_search(), self.search.text().strip())

    def apply_search(self, query: SearchQuery) -> None:
        """Run a saved search: its words and filters go back into the box and the filter fields."""
        self._applying = True
        try:
            if query.direction is not None and query.direction != self.direction:
                self.sidebar.setCurrentRow(VIEWS.index(query.direction))
            elif self.view_name not in REGISTERS:
                self.sidebar.setCurrentRow(VIEWS.index(self.direction))
            self._search_timer.blockSignals(True)
            self.search.setText(query.text)
            self._search_timer.blockSignals(False)
            self._search_timer.stop()
            self.more_filters.reload_choices()
            self.more_filters.set_values(query)
            for box, value in ((self.year, query.year), (self.status, query.status), (self.urgency, query.urgency)):
                box.setCurrentIndex(max(0, box.findData(value)))
        finally:
            self._applying = False
        self._label_more_button()
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes.registers or changes.inbox:
            self.refresh()
        self.sync_worker.note_local_change()
        self.sync_indicator.refresh()
        self.ocr_status.wake()

    def _synced(self, _result: object) -> None:
        """A sync or a USB bundle may have brought letters: refresh what is on screen and the counts."""
        self._reload_filters()
        self.refresh()
        self.sync_indicator.refresh()
        self.ocr_status.wake()

    def _arrival_registered(self, registered: Registered) -> None:
        self._update_counts()
        self.apply_changes(registered.changes)

    def enrol(self) -> None:
        from eoffice_desktop.ui.enrol_dialog import EnrolDialog

        if EnrolDialog(self.store, self.runner, self).exec():
            self.sync_indicator.refresh()
            self.sync_worker.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.sync_worker.stop()  # what a running sync did is kept; the rest goes next time
        self.ocr_status.stop()
        self.results.close()
        super().closeEvent(event)

    # -- interaction -----------------------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_exact(self) -> None:
        """Enter in the search box: a tracking code (typed or sent by a barcode/QR scanner) opens its letter."""
        if self._open_signature_code(self.search.text()):
            return
        code = normalise_code(self.search.text())
        if code is not None:
            with self.store.db.session() as s:  # this office's copy first; else another office's letter seen here
                found = letter_for_code(s, code, self.office_id)
            if found is not None:
                self.search.clear()
                if found.office_id != self.office_id:  # what reached this office of it: the letter, no routing
                    self.sidebar.setCurrentRow(VIEWS.index("arrived"))
                    self.view.show_letter(found.id)
                    return
                if self.view_name != found.direction:
                    self.sidebar.setCurrentRow(VIEWS.index(found.direction))
                self.select_letter(found.id)
                return
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def _open_signature_code(self, text: str) -> bool:
        """A verification code from a printed signed letter opens its letter on the Signatures tab."""
        from eoffice_desktop.core.signing.tables import Signature
        from eoffice_shared.signing.vcode import BadCode, normalise

        try:
            code = normalise(text)
        except BadCode:
            return False
        with self.store.db.session() as s:
            letter_id = s.scalars(select(Signature.letter_id).where(Signature.code == code)).first()
        if letter_id is None:
            return False
        self.search.clear()
        self._open_from_anywhere(letter_id)
        self.view.tabs.setCurrentWidget(self.view.signatures)
        return True

    def _register_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.view_name = item.data(Qt.ItemDataRole.UserRole)
        if self.view_name in REGISTERS:
            self.direction = self.view_name
            self._reload_filters()
        self.pages.setCurrentIndex(PAGES.get(self.view_name, 1 if self.view_name in LISTS else 0))
        self.refresh()
        self.view.show_letter(None)

    def _inbox_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.view.show_letter(self.selected_letter())

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

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.view.show_letter(self.selected_letter())

    def select_letter(self, letter_id: str) -> None:
        if self.view_name in PAGES:
            self.view.show_letter(letter_id)
            return
        if self.view_name in LISTS:
            row = self.inbox_model.row_of(letter_id)
            if row >= 0:
                self.inbox_table.selectRow(row)
            else:
                self.view.show_letter(letter_id)
            return
        row = self.model.row_of(letter_id)
        if row < 0:
            self.view.show_letter(letter_id)
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def new_letter(self, direction: str) -> None:
        dialog = LetterFormDialog(self.store, self.actor, self.runner, direction, self)
        if dialog.exec() and dialog.registered is not None:
            if self.view_name != direction:
                self.sidebar.setCurrentRow(VIEWS.index(direction))
            self._reload_filters()
            self.refresh()
            self.select_letter(dialog.registered.letter_id)
            self.sync_worker.note_local_change()
            self.sync_indicator.refresh()
            self.ocr_status.wake()

    def export_register(self) -> None:
        from eoffice_desktop.ui.export_dialog import ExportDialog

        ExportDialog(self.store, self.runner, self.direction, self, user_id=self.actor.user_id).exec()

    def import_register(self) -> None:
        from eoffice_desktop.ui.import_dialog import ImportDialog

        if ImportDialog(self.store, self.actor, self.runner, self).exec():
            self._reload_filters()
            self.refresh()

    def signing_key(self) -> None:
        from eoffice_desktop.ui.key_dialog import SigningKeyDialog
        from eoffice_shared.signing.keys import KeyStore, default_key_folder

        keys = KeyStore(default_key_folder(self.store.data_dir.root))
        SigningKeyDialog(self.store, self.runner, self.viewer.user_id, keys, self).exec()
        self.lock_signing_keys()
        self.view.show_letter(self.selected_letter())

    def trusted_cas(self) -> None:
        from eoffice_desktop.ui.key_trust import TrustDialog

        TrustDialog(self.store, self.runner, self.actor, self).exec()
        self.view.show_letter(self.selected_letter())

    def verify_package(self, path: Path | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from eoffice_desktop.ui.signatures_package import VerifyPackageDialog

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Verify a signed package"), "", self.tr("Signed package (*.zip)")
            )
            path = Path(name) if name else None
        if path:
            VerifyPackageDialog(self.store, self.runner, path, self).exec()

    def open_settings(self) -> None:
        from eoffice_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.store, self, self.runner, actor=self.actor).exec()
        self.sync_indicator.refresh()
        self.sync_worker.start()  # enrolled from the settings, or other data-saving choices: try now
        self.ocr_status.apply_setting()

    def diagnostics(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from eoffice_desktop.core.diagnostics import write_diagnostics
        from eoffice_desktop.core.logs import default_log_dir

        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save diagnostics"), "eoffice-diagnostics.zip", "ZIP (*.zip)"
        )
        if not target:
            return
        data_dir = self.store.data_dir
        self.runner.run(
            lambda job: write_diagnostics(data_dir, default_log_dir(), Path(target)),
            lambda _path: QMessageBox.information(
                self,
                self.tr("Diagnostics saved"),
                self.tr("Send this file to IT support. It holds no letters, passwords or keys."),
            ),
            lambda exc: QMessageBox.warning(self, self.tr("Not done"), core_messages.text(exc)),
        )

    def back_up(self) -> None:
        from eoffice_desktop.ui.backup_dialog import BackupDialog

        BackupDialog(self.store, self.runner, self, user_id=self.actor.user_id).exec()

    def guide(self) -> None:
        from eoffice_desktop.ui.help_guide import GuideDialog

        GuideDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About eOffice"),
            self.tr(
                "eOffice Desktop {version}\nThe registry of official letters, offline first.\nData folder: {folder}"
            ).format(version=__version__, folder=self.store.data_dir.root),
        )

    def today(self) -> date:
        return date.today()

    # -- office ------------------------------------------------------------------------------------------------------
    def print_register(self) -> None:
        from eoffice_desktop.ui.register_book import RegisterBookDialog

        RegisterBookDialog(self.store, self.viewer, self.direction, self).exec()

    def dashboard(self) -> None:
        from eoffice_desktop.ui.dashboard import DashboardDialog

        dialog = DashboardDialog(self.store, self.viewer, self)
        dialog.open_letter.connect(self._open_from_anywhere)
        dialog.exec()

    def _open_from_anywhere(self, letter_id: str) -> None:
        with self.store.db.session() as s:
            letter = s.get(Letter, letter_id)
        if letter is not None:
            if self.view_name != letter.direction:
                self.sidebar.setCurrentRow(VIEWS.index(letter.direction))
            self.select_letter(letter_id)

    def delegate(self) -> None:
        from eoffice_desktop.ui.people_dialogs import DelegateDialog

        DelegateDialog(self.store, self.actor, self).exec()

    def address_book(self) -> None:
        from eoffice_desktop.ui.address_book import AddressBookDialog

        dialog = AddressBookDialog(self.store, self.actor, self.runner, self)
        dialog.changed.connect(self.refresh)
        dialog.exec()

    def manage_users(self) -> None:
        from eoffice_desktop.ui.people_dialogs import UsersDialog

        UsersDialog(self.store, self.actor, self).exec()
        self.refresh()

    def lock(self) -> None:
        """Hide the letters until the same person types their password again (shared PCs, idle time)."""
        from eoffice_desktop.ui.start_dialogs import LoginDialog

        with self.store.db.session() as s:
            user = s.get(User, self.viewer.user_id)
        username = user.username if user else ""
        self.centralWidget().hide()
        self.lock_signing_keys()
        while True:
            dialog = LoginDialog(self.store, self.throttle, username=username, parent=self, locked=True)
            if not dialog.exec():
                self.switch_user()
                return
            if dialog.viewer is not None and dialog.viewer.user_id == self.viewer.user_id:
                break
        self.centralWidget().show()

    def lock_signing_keys(self) -> None:
        """An unlocked signing key never outlives the screen lock or the user."""
        self.view.signatures.unlocked.forget()

    def switch_user(self) -> None:
        self.switch_requested = True
        self.close()
