"""The main window: layout and wiring only. Sidebar of registers, the register table with its filters, and the
letter detail pane; each part gets what it needs through its constructor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
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
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop import __version__
from eoffice_desktop.core.accounts import Viewer
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.events import Actor
from eoffice_desktop.core.letterform import URGENCIES
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.register_query import RegisterFilter, count_letters, fetch_page, years
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.letter_form import LetterFormDialog
from eoffice_desktop.ui.letter_view import LetterView
from eoffice_desktop.ui.register_model import RegisterModel
from eoffice_desktop.ui.resources import app_icon
from eoffice_desktop.ui.tasks import TaskRunner

REGISTERS = ("in", "out")


class MainWindow(QMainWindow):
    def __init__(
        self, store: OfficeStore, actor: Actor, viewer: Viewer, user_name: str, runner: TaskRunner | None = None
    ) -> None:
        super().__init__()
        self.store, self.actor, self.viewer = store, actor, viewer
        self.runner = runner or TaskRunner(self)
        office = store.office()
        self.setWindowTitle(f"eOffice — {office.name_lo}")
        self.setWindowIcon(app_icon())
        self.direction = "in"
        self.model = RegisterModel(self._count, self._page, self)
        self._build(user_name, office.name_lo)
        self._reload_filters()
        self.model.reload()
        self._update_counts()
        self.resize(1280, 800)

    # -- layout ----------------------------------------------------------------------------------------------------
    def _build(self, user_name: str, office_name: str) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(170)
        for direction in REGISTERS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, direction)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(0)
        self.sidebar.currentItemChanged.connect(self._register_chosen)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find: number, subject, sender… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._open_exact)

        self.year = QComboBox()
        self.status = QComboBox()
        for code in (None, "registered", "in_progress", "completed", "void"):
            self.status.addItem(labels.status(code) if code else self.tr("All statuses"), code)
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("All urgencies"), None)
        for code in URGENCIES:
            self.urgency.addItem(labels.urgency(code), code)
        for box in (self.year, self.status, self.urgency):
            box.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Year")))
        filters.addWidget(self.year)
        filters.addWidget(self.status)
        filters.addWidget(self.urgency)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((105, 82, 170, 260, 70, 105, 82)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.view = LetterView(self.store, self.runner)
        self.view.set_user(self.actor, self.viewer)
        self.view.changed.connect(self.apply_changes)
        self.view.open_letter.connect(self.select_letter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.view)
        split.setSizes([900, 380])
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.addWidget(self.sidebar)
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
        self.new_out = QAction(self.tr("New outgoing letter"), self, triggered=lambda: self.new_letter("out"))
        self.export_action = QAction(self.tr("Export CSV…"), self, triggered=self.export_register)
        refresh = QAction(self.tr("Refresh"), self, shortcut=QKeySequence.StandardKey.Refresh, triggered=self.refresh)
        for action in (self.new_in, self.new_out, self.export_action, refresh):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        find = QAction(self, shortcut=QKeySequence.StandardKey.Find, triggered=self._focus_search)
        self.addAction(find)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_in)
        file_menu.addAction(self.new_out)
        file_menu.addAction(self.export_action)
        file_menu.addAction(QAction(self.tr("Import a register…"), self, triggered=self.import_register))
        file_menu.addSeparator()
        file_menu.addAction(
            QAction(self.tr("Quit"), self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        )
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(QAction(self.tr("Settings…"), self, triggered=self.open_settings))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("About eOffice"), self, triggered=self.about))

        self.statusBar().addWidget(QLabel(self.tr("Signed in: {user}").format(user=user_name)))
        self.statusBar().addPermanentWidget(QLabel(office_name))

    # -- data ------------------------------------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            direction=self.direction,
            year=self.year.currentData(),
            status=self.status.currentData(),
            urgency=self.urgency.currentData(),
            text=self.search.text(),
        )

    def _count(self) -> int:
        with self.store.db.session() as s:
            return count_letters(s, self.current_filter(), viewer=self.viewer)

    def _page(self, offset: int, limit: int, sort: str, descending: bool) -> list:  # type: ignore[type-arg]
        with self.store.db.session() as s:
            return fetch_page(s, self.current_filter(), offset, limit, sort, descending, viewer=self.viewer)

    def _reload_filters(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        with self.store.db.session() as s:
            for year in years(s, self.direction):
                self.year.addItem(str(year), year)
        index = self.year.findData(current)
        self.year.setCurrentIndex(max(0, index))
        self.year.blockSignals(False)

    def _update_counts(self) -> None:
        with self.store.db.session() as s:
            counts = {
                d: count_letters(s, RegisterFilter(direction=d, include_void=False), viewer=self.viewer)
                for d in REGISTERS
            }
        titles = {"in": self.tr("Incoming letters"), "out": self.tr("Outgoing letters")}
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            direction = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{titles[direction]}  ({counts[direction]})")
        self.count_label.setText(self.tr("{count} letters").format(count=self.model.total()))

    def refresh(self) -> None:
        selected = self.selected_letter()
        self.model.reload()
        self._update_counts()
        if selected:
            self.select_letter(selected)

    def apply_changes(self, changes: Changes) -> None:
        if changes.registers or changes.inbox:
            self.refresh()

    # -- interaction -----------------------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_exact(self) -> None:
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def _register_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.direction = item.data(Qt.ItemDataRole.UserRole)
        self._reload_filters()
        self.refresh()
        self.view.show_letter(None)

    def selected_letter(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.id if row else None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.view.show_letter(self.selected_letter())

    def select_letter(self, letter_id: str) -> None:
        row = self.model.row_of(letter_id)
        if row < 0:
            self.view.show_letter(letter_id)
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def new_letter(self, direction: str) -> None:
        dialog = LetterFormDialog(self.store, self.actor, self.runner, direction, self)
        if dialog.exec() and dialog.registered is not None:
            if self.direction != direction:
                self.sidebar.setCurrentRow(REGISTERS.index(direction))
            self._reload_filters()
            self.refresh()
            self.select_letter(dialog.registered.letter_id)

    def export_register(self) -> None:
        from eoffice_desktop.ui.export_dialog import ExportDialog

        ExportDialog(self.store, self.runner, self.direction, self).exec()

    def import_register(self) -> None:
        from eoffice_desktop.ui.import_dialog import ImportDialog

        if ImportDialog(self.store, self.actor, self.runner, self).exec():
            self._reload_filters()
            self.refresh()

    def open_settings(self) -> None:
        from eoffice_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.store, self).exec()

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
