"""The overview for heads of office: charts of open letters by status and department, late letters by person,
letters per month, and the average days to completion. Clicking a bar lists the letters behind it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.dashboard import Bar, Overview
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import Viewer
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.lao_breaks import shortened
from eoffice_desktop.ui.numbers import decimal
from eoffice_desktop.ui.ops import ChangeHub, Ops


class BarChart(QChartView):
    clicked_bar = Signal(object)  # Bar

    def __init__(self, title: str, bars: list[Bar], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = bars
        values = QBarSet(title)
        values.append([b.value for b in bars])
        values.clicked.connect(lambda index: self.clicked_bar.emit(self.bars[index]))
        series = QBarSeries()
        series.append(values)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(title)
        chart.legend().hide()
        axis_x = QBarCategoryAxis()
        unnamed = QCoreApplication.translate("Dashboard", "(not set)")  # letters held outside any department ...
        axis_x.append([shortened(b.label or unnamed, 18) for b in bars] or ["—"])  # (cut between words)
        small = axis_x.labelsFont()
        small.setPointSize(max(7, small.pointSize() - 2))
        axis_x.setLabelsFont(small)
        axis_x.setLabelsAngle(-60 if len(bars) > 6 else -35)
        axis_x.setTruncateLabels(False)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setRange(0, max([b.value for b in bars] + [1]))
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 220)  # two rows of charts and the letters behind a bar fit 1366x768


class DashboardDialog(QDialog):
    open_letter = Signal(str)

    def __init__(
        self,
        store: OfficeStore,
        viewer: Viewer,
        parent: QWidget | None = None,
        hub: ChangeHub | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.viewer = store, viewer
        self.ops = ops or Ops.of(store, parent=self)  # (the figures are read on its reader pool)
        self.setWindowTitle(self.tr("Overview for the head of office"))
        self.grid = QGridLayout()
        self.charts: list[BarChart] = []
        average = self._show_charts()
        if hub is not None:  # a sync or a colleague's change while the overview is open: the charts follow
            hub.changed.connect(self._changed)
        summary = QLabel(self.unread or self._average_words(average))
        summary.setWordWrap(True)
        self.letters = QListWidget()
        self.letters.setMaximumHeight(130)
        self.letters.setAccessibleName(self.tr("Letters behind the chosen bar"))
        self.letters.itemDoubleClicked.connect(
            lambda item: (self.open_letter.emit(item.data(Qt.ItemDataRole.UserRole)), self.accept())
        )
        self.summary = summary
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Letters behind the bar you click (double-click to open):")))
        layout.addWidget(self.letters)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # (a way out a person sees, beside Escape)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1200, 800)

    def _show_charts(self) -> float | None:
        viewer = self.viewer
        figures, self.unread = self.ops.ask_or_refusal(  # (a million letters take a moment)
            lambda office: office.overview(viewer), Overview([], [], [], [], [], None)
        )
        status = [Bar(labels.status(b.label), b.value, b.letter_ids) for b in figures.status]
        departments, late, received, sent = figures.departments, figures.late, figures.received, figures.sent
        average = figures.average_days
        for chart in self.charts:
            self.grid.removeWidget(chart)
            chart.deleteLater()
        self.charts = [
            BarChart(self.tr("Open letters by status"), status),
            BarChart(self.tr("Open letters by department"), departments),
            BarChart(self.tr("Late letters by person"), late),
            BarChart(
                self.tr("Letters received per month"),
                [Bar(b.label[5:] + "/" + b.label[2:4], b.value, b.letter_ids) for b in received],
            ),
            BarChart(
                self.tr("Letters sent per month"),
                [Bar(b.label[5:] + "/" + b.label[2:4], b.value, b.letter_ids) for b in sent],
            ),
        ]
        for index, chart in enumerate(self.charts):
            chart.clicked_bar.connect(self.show_letters)
            if index < 3:
                self.grid.addWidget(chart, 0, index * 2, 1, 2)
            else:
                self.grid.addWidget(chart, 1, (index - 3) * 3, 1, 3)
        return average

    def _changed(self, changes: Changes) -> None:
        if changes.registers or changes.inbox or changes.people:
            average = self._show_charts()
            self.summary.setText(self.unread or self._average_words(average))

    def _average_words(self, average: float | None) -> str:
        """One decimal mark per language (it said "204.5" in Lao until the first refresh made it "204,5")."""
        return self.tr("Average days from registration to completion: {days}").format(
            days=decimal(average) if average is not None else "—"
        )

    def show_letters(self, bar: Bar) -> None:
        self.letters.clear()
        if not bar.letter_ids:
            return
        ids = list(bar.letter_ids)
        letters, unread = self.ops.ask_or_refusal(lambda office: office.letters_listed(ids), [])
        if unread:  # (a line to read, not a letter to open)
            said = QListWidgetItem(unread)
            said.setFlags(Qt.ItemFlag.NoItemFlags)
            self.letters.addItem(said)
        for letter in letters:
            number = labels.number_of_year(letter.registry_number, letter.registry_year, date.today().year)
            item = QListWidgetItem(f"{number} — {letter.register_date:%d/%m/%Y} — {letter.subject}")
            item.setData(Qt.ItemDataRole.UserRole, letter.id)
            self.letters.addItem(item)
