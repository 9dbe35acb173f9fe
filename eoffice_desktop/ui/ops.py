"""The one way the screens change records: `Ops.change` runs a core operation on the writer thread and hands its
outcome back on the GUI thread, then publishes what changed on the `ChangeHub`; views listen there and refresh only
what they show. `Ops.query` runs a question on the reader pool."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.tasks import Job, TaskRunner

if TYPE_CHECKING:  # (the service is made, and its code loaded, by the first question: after the window's first rows)
    from eoffice_desktop.core.service import Office

T = TypeVar("T")
log = logging.getLogger("eoffice.ui")


class ChangeHub(QObject):
    """Where every finished change is announced: `changed` carries its `Changes`."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes != Changes(outbox=False):
            self.changed.emit(changes)


def changes_of(result: object) -> Changes:
    """What an operation changed: it returns `Changes`, or a value that carries them (`Registered`)."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else Changes(outbox=False)


def wait_for(runner: TaskRunner, fn: Callable[[], T], write: bool = True, user_input: bool = False) -> T:
    """Run `fn` on the writer thread (`write=False`: the reader pool) while the GUI thread goes on painting (a local
    event loop that leaves out the user's clicks and keys, but with `user_input`: for a window of its own that
    blocks the others, ui/update_window.py); return its result or raise its error. For work before any office is
    open (opening a data folder), `Ops.change_and_wait` and `Ops.ask`."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: T) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    runner.run(lambda _job: fn(), done, failed, write=write)
    keep_out = (
        QEventLoop.ProcessEventsFlag.AllEvents if user_input else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    )
    if not outcome:
        loop.exec(keep_out)
    while not outcome:  # the app is quitting (the window closed meanwhile): Qt ended every event loop, this one too
        QCoreApplication.processEvents(keep_out | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


class Ops(QObject):
    """Bound to one office, one task runner (one writer thread) and one hub: a window's, or a dialog's own."""

    def __init__(
        self,
        office: Office | OfficeStore,
        runner: TaskRunner | None = None,
        hub: ChangeHub | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._office = None if isinstance(office, OfficeStore) else office
        self.store: OfficeStore = office if isinstance(office, OfficeStore) else office.store
        self._making = threading.Lock()
        self.runner = runner or TaskRunner(self)
        self.hub = hub or ChangeHub(self)

    @property
    def office(self) -> Office:
        """The office's services, made by the first question or change (on whichever thread asks first)."""
        if self._office is None:
            from eoffice_desktop.core.service import Office

            with self._making:
                if self._office is None:
                    self._office = Office(self.store)
        return self._office

    @property
    def has_office(self) -> bool:
        """The services are made (their code loaded)."""
        return self._office is not None

    @classmethod
    def of(cls, store: OfficeStore, runner: TaskRunner | None = None, parent: QObject | None = None) -> Ops:
        return cls(store, runner, parent=parent)

    def change(
        self,
        fn: Callable[[Office], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Job:
        """Run `fn(office)` on the writer thread; on the GUI thread publish what it changed, then call `on_done`."""

        return self.long_change(lambda office, _job: fn(office), on_done, on_failed)

    def long_change(
        self,
        fn: Callable[[Office, Job], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> Job:
        """As `change`, for work that reports progress (`job.signals.progress`, and `job.signals.stage` when it moves
        on to a stage counted otherwise) and can be cancelled (an import, a USB bundle): `fn(office, job)`."""

        def done(result: Any) -> None:
            self.hub.publish(changes_of(result))
            if on_done is not None:
                on_done(result)

        return self.runner.run(
            lambda job: fn(self.office, job), done, on_failed, on_progress, write=True, on_stage=on_stage
        )

    def change_and_wait(self, fn: Callable[[Office], T]) -> T:
        """As `change`, for a dialog that needs the answer before it closes: the GUI thread keeps painting and
        handling events (a local event loop) while the writer works. Raises what the operation raised."""
        result = wait_for(self.runner, lambda: fn(self.office))
        self.hub.publish(changes_of(result))
        return result

    def ask(self, fn: Callable[[Office], T]) -> T:
        """Run `fn(office)` (reads only) on the reader pool and wait for the answer while the GUI thread keeps
        painting: for a dialog that needs its choices before it can be shown. Raises what the query raised."""
        return wait_for(self.runner, lambda: fn(self.office), write=False)

    def ask_or_refusal(self, fn: Callable[[Office], T], instead: T) -> tuple[T, str]:
        """As `ask`, for what a dialog reads while it is made: when the core refuses (or the read fails) the answer
        is `instead`, with the one sentence that says so in the user's language for the dialog to show in place of
        its choices (the error itself goes to the log); with a real answer the sentence is ""."""
        from eoffice_desktop.ui import core_messages  # (loaded with the first dialog, not before the first rows)

        try:
            return self.ask(fn), ""
        except Exception as exc:  # (whatever it was: the clerk gets a sentence, the log the details)
            log.warning("a dialog could not read what it shows", exc_info=exc)
            return instead, core_messages.unreadable(exc)

    def query(
        self,
        fn: Callable[[Office], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Job:
        """Run `fn(office)` (reads only) on the reader pool; `on_done` gets the answer on the GUI thread."""
        return self.runner.run(lambda _job: fn(self.office), on_done, on_failed)
