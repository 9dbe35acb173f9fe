"""The preview of a register being imported, built on the reader pool: the file read, every row checked and the rows
shown worded there, a newer request superseding an older one (whose late answer is dropped), the answer handed over on
the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from eoffice_desktop.core.registry.import_check import Checked, RegisterFile, check_rows, read_register
from eoffice_desktop.core.registry.importer import Mapping
from eoffice_desktop.core.registry.spreadsheet import Table
from eoffice_desktop.ui.import_rows import ShownRows
from eoffice_desktop.ui.tasks import Job, TaskRunner


@dataclass
class _Answer:
    generation: int
    result: Any = None
    shown: ShownRows | None = None
    error: BaseException | None = None


class PreviewBuilder(QObject):
    """`read` a file or `check` a table with another mapping; only the newest request's answer is told: `file_read`
    (RegisterFile, ShownRows), `checked` (Checked, ShownRows) or `failed` (the exception, for the window to word)."""

    file_read = Signal(object, object)
    checked = Signal(object, object)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, shown: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.shown = runner, shown
        self.generation = 0
        self.job: Job | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def read(self, path: Path, direction: str) -> None:
        shown = self.shown
        self._start(lambda stopped: read_register(path, direction, shown, stopped))

    def check(self, table: Table, mapping: Mapping) -> None:
        shown = self.shown
        self._start(lambda stopped: check_rows(table, mapping, shown, stopped))

    def stop(self) -> None:
        """Nothing asked so far is told any more (the window closes, or the clerk imports)."""
        self.generation += 1
        if self.job is not None:
            self.job.cancel()  # (the older work stops at its next look: the reader pool is free sooner)
            self.job = None

    def _start(self, work: Callable[[Callable[[], bool]], object]) -> None:
        self.stop()
        generation = self.generation

        def run(job: Job) -> _Answer:
            try:
                result = work(lambda: job.cancelled)
                checked = result.checked if isinstance(result, RegisterFile) else result
                return _Answer(generation, result, ShownRows.of(checked) if isinstance(checked, Checked) else None)
            except Exception as exc:  # (told to the window as a sentence; the runner logs nothing for a stale one)
                return _Answer(generation, error=exc)

        self.job = self.runner.run(run, self._answered, write=False)

    def _answered(self, answer: _Answer) -> None:
        if answer.generation != self.generation:  # a newer request was made meanwhile: this answer is stale
            return
        self.job = None
        if answer.error is not None:
            self.failed.emit(answer.error)
        elif isinstance(answer.result, RegisterFile):
            self.file_read.emit(answer.result, answer.shown)
        elif isinstance(answer.result, Checked):
            self.checked.emit(answer.result, answer.shown)
