"""Import an existing register: choose the file, check which column holds which field with a preview of the rows,
then import all or nothing in the background, with progress and cancel; bad rows are listed with their line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.import_values import CellUnreadable
from eoffice_desktop.core.registry.importer import (
    FIELDS,
    ImportCancelled,
    ImportReport,
    Mapping,
    RowProblem,
    guess_mapping,
    import_register,
)
from eoffice_desktop.core.registry.spreadsheet import SpreadsheetError, Table, read_table
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.lao_wrap import LaoCells
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_shared.refusals import Refusal

WORDS_SHOWN = {  # how the window shows each word a register's cell may hold
    "urgency": labels.urgency,
    "confidentiality": labels.confidentiality,
    "doc_type": labels.doc_type,
    "delivery_mode": labels.delivery,
    "direction": labels.direction,
}

PREVIEW_ROWS = 15
COLUMN_CHARS = 22  # the widest a preview's column other than the problems grows, in characters (its text wraps)


class ImportDialog(QDialog):
    def __init__(
        self,
        store: OfficeStore,
        actor: Actor,
        runner: TaskRunner,
        parent: QWidget | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.runner = store, actor, runner
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.table: Table | None = None
        self.job: Job | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a register from a spreadsheet"))
        self.file_label = QLabel(self.tr("Choose the register file (Excel .xlsx or CSV)."))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Incoming letters"), "in")
        self.direction.addItem(self.tr("Outgoing letters"), "out")
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.direction)
        top.addWidget(choose)
        self.columns: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, name in enumerate(FIELDS):
            box = QComboBox()
            box.currentIndexChanged.connect(self._refresh_preview)
            self.columns[name] = box
            grid.addWidget(QLabel(self._field_title(name)), i // 3, (i % 3) * 2)
            grid.addWidget(box, i // 3, (i % 3) * 2 + 1)
        self.preview = QTableWidget()
        self._wrap_cells()
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setFixedHeight(110)
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self._cancel)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Which column holds each field? (guessed from the column titles)")))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("The first rows as they will be imported:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("Problems:")))
        layout.addWidget(self.problems)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(1200, 720)

    def _wrap_cells(self) -> None:
        """Every cell's text wraps (Lao between words) and each row is as tall as its cells' lines at the columns'
        widths of the moment, so a row's problems are read whole in the window's width, without scrolling sideways."""
        self.preview.setWordWrap(True)
        self.preview.setItemDelegate(LaoCells(self.preview))
        self.preview.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # (a tall row, line by line)
        self.fit_rows = QTimer(self, singleShot=True, interval=0)  # (once the header has set every column's width:
        self.fit_rows.timeout.connect(self.preview.resizeRowsToContents)  # it tells of a stretched one before)
        self.preview.horizontalHeader().sectionResized.connect(self.fit_rows.start)

    def _field_title(self, name: str) -> str:
        if name == "direction":
            return self.tr("In / out")
        return labels.field_name(name)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register file"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path:
            self.load(Path(path))

    def _reason(self, problem: RowProblem) -> str:
        """A bad row's reason in the user's language (the cell's own text is quoted as it is)."""
        if problem.code == "unreadable" and problem.refusal is not None:
            what = self.tr("cannot be read ({detail})").format(detail=self._cell_reason(problem.field, problem.refusal))
        elif problem.code == "unreadable":  # (a cell no reader could make sense of: the details for IT staff)
            core_messages.log_failure(f"import: {problem.field} cannot be read", ValueError(problem.detail))
            what = self.tr("cannot be read")
        elif problem.code == "empty_number":
            what = self.tr("empty: the number written in the paper register is kept, so it is needed")
        else:
            what = labels.error(problem.code, problem.detail)
        return f"{labels.field_name(problem.field)}: {what}"

    def _cell_reason(self, field: str, refusal: Refusal) -> str:
        """Why a cell cannot be read, in the user's language; the words its field may hold, as this PC shows them."""
        if refusal.code == "cell_word_unknown" and field in WORDS_SHOWN:
            allowed = ", ".join(WORDS_SHOWN[field](code) for code in str(refusal.params["allowed"]).split(", "))
            refusal = CellUnreadable(refusal.english, refusal.code, **{**refusal.params, "allowed": allowed})
        return core_messages.text(refusal)

    def load(self, path: Path) -> None:
        try:
            self.table = read_table(path)
        except SpreadsheetError as exc:
            self.problems.setPlainText(core_messages.text(exc))
            return
        self.file_label.setText(self.tr("{name}: {rows} rows").format(name=path.name, rows=len(self.table.rows)))
        guessed = guess_mapping(self.table.headers, self.direction.currentData())
        for name, box in self.columns.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(not in the file)"), None)
            for header in self.table.headers:
                if header:
                    box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(guessed.columns.get(name))))
            box.blockSignals(False)
        self._refresh_preview()

    def mapping(self) -> Mapping:
        columns = {name: box.currentData() for name, box in self.columns.items() if box.currentData()}
        return Mapping(columns, self.direction.currentData())

    def _refresh_preview(self) -> None:
        if self.table is None:
            return
        from eoffice_desktop.core.registry.importer import preview

        rows = preview(self.table, self.mapping(), PREVIEW_ROWS)
        shown = ("registry_number", "register_date", "sender", "subject", "urgency")
        self.preview.setColumnCount(len(shown) + 2)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Line")] + [self._field_title(n) for n in shown] + [self.tr("Problems")]
        )
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            form = row.form
            values = [
                str(row.line),
                form.registry_number or "",
                labels.short_date(form.register_date),
                row.sender or "; ".join(row.recipients),
                form.subject,
                labels.urgency(form.urgency),
                self._problems_text([self._reason(problem) for problem in row.errors]),
            ]
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self._fit_columns()
        self.import_button.setEnabled(True)

    @staticmethod
    def _problems_text(reasons: list[str]) -> str:
        """A row's problems one per line (each marked when there are several), so each is read on its own."""
        if len(reasons) < 2:
            return "".join(reasons)
        return "\n".join(f"• {reason}" for reason in reasons)

    def _fit_columns(self) -> None:
        """The columns as wide as their text up to COLUMN_CHARS characters (longer text wraps), the problems
        column taking the rest of the width."""
        header = self.preview.horizontalHeader()
        last = self.preview.columnCount() - 1
        widest = self.preview.fontMetrics().horizontalAdvance("0") * COLUMN_CHARS
        for column in range(last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.preview.resizeColumnToContents(column)
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), widest))
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self.fit_rows.start()

    def start_import(self) -> None:
        if self.table is None:
            return
        table, mapping, store, actor = self.table, self.mapping(), self.store, self.actor
        self.import_button.setEnabled(False)
        self.progress.setRange(0, len(table.rows))
        self.progress.show()
        self.problems.setPlainText(self.tr("Checking and importing…"))

        def work(_office: object, job: Job) -> ImportReport:
            return import_register(
                store,
                actor,
                table,
                mapping,
                progress=lambda d, t: job.signals.progress.emit(d, t),
                cancelled=lambda: job.cancelled,
            )

        self.job = self.ops.long_change(work, self._done, self._failed, lambda d, t: self.progress.setValue(d))

    def _done(self, report: ImportReport) -> None:
        self.job = None
        self.report = report
        self.progress.hide()
        if report.errors:
            lines = [self.tr("Nothing was imported. Correct these rows in the file and try again:")]
            lines += [
                self.tr("line {line}: {reason}").format(line=line, reason=self._reason(reason))
                for line, reason in report.errors
            ]
            self.problems.setPlainText("\n".join(lines))
            self.import_button.setEnabled(True)
            return
        self.problems.setPlainText(self.tr("{count} letters imported.").format(count=report.imported))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress.hide()
        self.import_button.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            self.problems.setPlainText(self.tr("Cancelled: nothing was imported."))
        else:
            self.problems.setPlainText(
                self.tr("Nothing was imported: {error}").format(error=core_messages.not_done(exc))
            )

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        self.reject()
