"""Import an existing register: choose the file, check which column holds which field with a preview of the rows
(read and checked in the background: import_preview.py), then import all or nothing in the background, with progress
and cancel; bad rows are listed with their line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.import_check import Checked, RegisterFile
from eoffice_desktop.core.registry.importer import (
    FIELDS,
    NEEDED,
    ImportCancelled,
    ImportReport,
    Mapping,
    import_register,
)
from eoffice_desktop.core.registry.spreadsheet import Table
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.import_preview import PreviewBuilder
from eoffice_desktop.ui.import_rows import PreviewTable, ShownRows, field_title, reason
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_desktop.ui.widgets import ErrorLabel

PREVIEW_ROWS = 100  # the most rows shown (all of them, or those with problems); every row is checked and counted
GRID_FIELDS = 4  # fields on a line of the columns' choices (fewer lines: more of the preview on a laptop's screen)


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
        self.checked: Checked | None = None  # the preview shown: the rows of `table` checked with the mapping chosen
        self.shown_rows: ShownRows | None = None  # (its rows' texts)
        self.builder = PreviewBuilder(runner, PREVIEW_ROWS, self)
        self.builder.file_read.connect(self._file_read)
        self.builder.checked.connect(self._show)
        self.builder.failed.connect(self._not_read)
        self.job: Job | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a register from a spreadsheet"))
        self.file_label = QLabel(self.tr("Choose the register file (Excel .xlsx or CSV)."))
        self.file_label.setWordWrap(True)  # (with how a CSV file's text was read, it may take two lines)
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self._choose)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Incoming letters"), "in")
        self.direction.addItem(self.tr("Outgoing letters"), "out")
        self.direction.currentIndexChanged.connect(self._refresh_preview)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.direction)
        top.addWidget(self.choose)
        self.columns: dict[str, QComboBox] = {}
        self.grid = QWidget()  # (kept compact: the preview below takes the height left)
        grid = QGridLayout(self.grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for i, name in enumerate(FIELDS):
            box = QComboBox()
            box.currentIndexChanged.connect(self._refresh_preview)
            self.columns[name] = box
            grid.addWidget(QLabel(field_title(name)), i // GRID_FIELDS, (i % GRID_FIELDS) * 2)
            grid.addWidget(box, i // GRID_FIELDS, (i % GRID_FIELDS) * 2 + 1)
            grid.setColumnStretch((i % GRID_FIELDS) * 2 + 1, 1)
        self.status = QLabel()  # "Reading the file…", then how many rows and how many with problems
        self.status.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems.toggled.connect(self._render)
        self.error = ErrorLabel()
        self.preview = PreviewTable()
        self.preview.setAccessibleName(self.tr("The rows as they will be imported"))
        self.problems_title = QLabel(self.tr("Problems:"))
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setFixedHeight(110)
        self._say(None)
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
        counts = QHBoxLayout()
        counts.addWidget(self.status, 1)
        counts.addWidget(self.only_problems)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.grid)
        layout.addWidget(self.error)
        layout.addLayout(counts)
        layout.addWidget(self.preview, 1)  # (the only part that grows with the window)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(1200, 720)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register file"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the file and check its rows on the reader pool; the preview follows (a newer file or mapping asked
        meanwhile supersedes this one)."""
        self.table = None  # (until its columns are known, a change of the old file's mapping asks nothing)
        self.file_label.setText(path.name)
        self.grid.setEnabled(False)
        self._waiting(self.tr("Reading the file…"))
        self.builder.read(path, self.direction.currentData())

    def mapping(self) -> Mapping:
        columns = {name: box.currentData() for name, box in self.columns.items() if box.currentData()}
        return Mapping(columns, self.direction.currentData())

    def _refresh_preview(self) -> None:
        if self.table is None:
            return
        self._waiting(self.tr("Checking the rows…"))
        self.builder.check(self.table, self.mapping())

    def _waiting(self, what: str) -> None:
        self.checked = None
        self.import_button.setEnabled(False)
        self.only_problems.setEnabled(False)
        self.error.show_error("")
        self.status.setText(what)

    def _file_read(self, read: RegisterFile, shown: ShownRows) -> None:
        self.table = read.table
        self.file_label.setText(self._file_said(read.path.name, len(self.table.rows), self.table.encoding))
        for name, box in self.columns.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(not in the file)"), None)
            for header in self.table.headers:
                if header:
                    box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(read.checked.mapping.columns.get(name))))
            box.blockSignals(False)
        self.grid.setEnabled(True)
        if self.mapping() != read.checked.mapping:  # (the register chosen while the file was read: check again)
            self._refresh_preview()
        else:
            self._show(read.checked, shown)

    def _file_said(self, name: str, rows: int, encoding: str) -> str:
        """The file's name and rows, and for a CSV file how its text was read: a register saved in an old Windows
        code page shows its letters wrongly when guessed wrong, and the clerk then knows why and what to do."""
        if not encoding:  # (.xlsx: its text has no encoding to guess)
            return self.tr("{name}: {rows} rows").format(name=name, rows=rows)
        read_as = {
            "cp874": self.tr("Windows Thai (code page 874, which has no Lao letters)"),
            "cp1252": self.tr("Windows Western (code page 1252)"),
        }.get(encoding)
        if read_as is not None:
            return self.tr(
                "{name}: {rows} rows, read as {encoding}. If the letters look wrong, save the file in Excel as "
                "'CSV UTF-8' and choose it again."
            ).format(name=name, rows=rows, encoding=read_as)
        utf16 = encoding.startswith("utf-16")
        read_as = self.tr("UTF-16 (Excel's Unicode text)") if utf16 else "UTF-8"  # (UTF-8 with or without its mark)
        return self.tr("{name}: {rows} rows, read as {encoding}.").format(name=name, rows=rows, encoding=read_as)

    def _not_read(self, exc: BaseException) -> None:
        """The file could not be read: one sentence saying why and what to do; nothing can be imported."""
        self.table, self.checked = None, None
        self.preview.fill([])
        self.status.setText("")
        self.error.show_error(
            core_messages.refused_or(
                exc,
                "import: the register's file could not be read",
                self.tr(
                    "This file cannot be read as a register. Open it in Excel, save it as .xlsx or CSV UTF-8, "
                    "then try again."
                ),
            )
        )

    def _show(self, checked: Checked, shown: ShownRows) -> None:
        self.checked, self.shown_rows = checked, shown
        missing = [labels.field_name(name) for name in NEEDED if name not in checked.mapping.columns]
        if missing:
            self.error.show_error(
                self.tr("No column is chosen for: {fields}. Choose it above; is this file a register?").format(
                    fields=", ".join(missing)
                )
            )
        self.only_problems.setEnabled(True)
        self.import_button.setEnabled(checked.rows > 0)
        self._render()

    def _render(self) -> None:
        """The rows checked (or only those with problems) in the table, with how many there are above it."""
        checked, shown = self.checked, self.shown_rows
        if checked is None or shown is None:
            return
        only_bad = self.only_problems.isChecked()
        rows, among = (shown.first_bad, checked.bad) if only_bad else (shown.first, checked.rows)
        said = self.tr("{rows} rows; {bad} with problems.").format(rows=checked.rows, bad=checked.bad)
        if len(rows) < among:
            said += " " + self.tr("The first {shown} are shown.").format(shown=len(rows))
        self.status.setText(said)
        self.preview.fill(rows)

    def _say(self, text: str | None) -> None:
        """What the import said (None: nothing yet, and the box takes no room from the preview)."""
        self.problems.setPlainText(text or "")
        self.problems_title.setVisible(text is not None)
        self.problems.setVisible(text is not None)

    def start_import(self) -> None:
        if self.table is None or self.checked is None:
            return
        table, mapping, store, actor = self.table, self.checked.mapping, self.store, self.actor
        self.builder.stop()
        self._inputs(False)
        self.import_button.setEnabled(False)
        self.progress.setRange(0, len(table.rows))
        self.progress.show()
        self._say(self.tr("Checking and importing…"))

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

    def _inputs(self, enabled: bool) -> None:
        """The file, the register and the columns cannot be changed while the import runs."""
        for widget in (self.choose, self.direction, self.grid):
            widget.setEnabled(enabled)

    def _done(self, report: ImportReport) -> None:
        self.job = None
        self._inputs(True)
        self.report = report
        self.progress.hide()
        if report.errors:
            lines = [self.tr("Nothing was imported. Correct these rows in the file and try again:")]
            lines += [
                self.tr("line {line}: {reason}").format(line=line, reason=reason(problem))
                for line, problem in report.errors
            ]
            self._say("\n".join(lines))
            self.import_button.setEnabled(True)
            return
        self._say(self.tr("{count} letters imported.").format(count=report.imported))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._inputs(True)
        self.progress.hide()
        self.import_button.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            self._say(self.tr("Cancelled: nothing was imported."))
        else:
            self._say(self.tr("Nothing was imported: {error}").format(error=core_messages.not_done(exc)))

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:
        self.builder.stop()  # (a preview still being built is not shown in a closed window)
        super().done(result)
