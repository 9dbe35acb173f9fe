"""Automatic sync in the background: a light probe with back-off until the server answers, a sync shortly after each
local change while online and every few minutes, "Sync now", cancel, and a clean stop when the window closes."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.settings import get_setting
from eoffice_desktop.ui.tasks import Job, TaskRunner
from sync.client.backoff import Backoff
from sync.client.engine import SyncCancelled, SyncReport
from sync.client.errors import DeviceRevoked, NotEnrolled, SyncError
from sync.client.session import (
    is_enrolled,
    needs_enrolling_again,
    refresh_office_directory,
    sync_once,
    transport_for,
)

CHANGE_DELAY_MS = 10_000  # a burst of registrations makes one sync, not ten
PERIODIC_MS = 10 * 60_000  # while online, to fetch what other offices sent


class SyncWorker(QObject):
    """Lives on the GUI thread; each probe or sync runs on its own pool, so waiting for the network never holds the
    app's writer thread. Each write transaction of the cycle takes the writer thread's turn (`Database.turns`, set by
    the window: ui/tasks.py `write_turn`), so registering and routing go on between them and no write waits for
    SQLite's lock."""

    started = Signal()
    progress = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # the exception; SyncError subclasses carry a code
    cancelled = Signal()
    online_changed = Signal(bool)

    def __init__(
        self,
        store: OfficeStore,
        parent: QObject | None = None,
        change_delay_ms: int = CHANGE_DELAY_MS,
        periodic_ms: int = PERIODIC_MS,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.online: bool | None = None  # unknown until the first probe
        self.backoff = backoff or Backoff()
        self.last_error: BaseException | None = None
        self._tasks = TaskRunner(self)
        self._job: Job | None = None  # a probe or a sync cycle: never two at once
        self._cycle = False  # a sync cycle (not just a probe) is under way
        self._again = False
        self._stopping = False
        self._retry = QTimer(self, singleShot=True, timeout=self._probe)
        self._after_change = QTimer(self, singleShot=True, interval=change_delay_ms, timeout=self.sync_now)
        self._periodic = QTimer(self, interval=periodic_ms, timeout=self.sync_now)
        self._watch_network()

    # -- what the window calls -------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin automatic sync (a PC that is not enrolled stays quiet until it is)."""
        self._stopping = False
        if self.enrolled() or needs_enrolling_again(self.store):  # the latter fails at once, saying what to do
            self._probe()

    def enrolled(self) -> bool:
        return is_enrolled(self.store)

    @property
    def running(self) -> bool:
        return self._cycle

    def sync_now(self, big_transfers: bool = False) -> None:
        if self._stopping:
            return
        if self._job is not None:
            self._again = True  # one more cycle when this one ends: the change may have missed it
            return
        self._retry.stop()
        self._after_change.stop()
        store = self.store

        def work(job: Job) -> SyncReport:
            with store.db.session() as s:
                unmetered = get_setting(s, "sync.unmetered") == "yes"
            report = sync_once(store, big_transfers or unmetered, self.progress.emit, lambda: job.cancelled)
            if report.directory_version is None:  # a server without the directory: its list of offices
                with contextlib.suppress(SyncError):  # names of other offices are a nicety; the sync succeeded
                    refresh_office_directory(store)
            return report

        self._cycle = True
        self._job = self._tasks.run(work, self._sync_done, self._sync_failed)
        self.started.emit()

    def send_big_files(self) -> None:
        self.sync_now(big_transfers=True)

    def note_local_change(self) -> None:
        """Something was registered or routed here: send it soon if the server is reachable."""
        if self.online and not self._stopping:
            self._after_change.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def stop(self, msecs: int = 10_000) -> None:
        """On exit: no new work, ask the running cycle to stop at its next check (what it did is kept), wait."""
        self._stopping = True
        for timer in (self._retry, self._after_change, self._periodic):
            timer.stop()
        self.cancel()
        self._tasks.wait(msecs)

    # -- behind the scenes -----------------------------------------------------------------------------------
    def _probe(self) -> None:
        """One small request (hello): is the server there? No busy polling: the next try waits longer each time."""
        if self._stopping or self._job is not None:
            return
        store = self.store
        self._job = self._tasks.run(lambda job: transport_for(store).hello(), self._probe_ok, self._sync_failed)

    def _probe_ok(self, _hello: object) -> None:
        self._job = None
        self._set_online(True)
        self.sync_now()

    def _sync_done(self, report: SyncReport) -> None:
        self._job, self._cycle = None, False
        self.last_error = None
        self.backoff.reset()
        self._set_online(True)
        if not self._periodic.isActive() and not self._stopping:
            self._periodic.start()
        self.finished.emit(report)
        if self._again and not self._stopping:
            self._again = False
            self._after_change.start()

    def _sync_failed(self, exc: BaseException) -> None:
        self._job, self._cycle = None, False
        if isinstance(exc, SyncCancelled):
            self.cancelled.emit()
            return
        self.last_error = exc
        if isinstance(exc, SyncError) and exc.retry and exc.code != "server_storage":  # (its disk: the server is up)
            self._set_online(False)
        self.failed.emit(exc)
        if self._stopping or isinstance(exc, (DeviceRevoked, NotEnrolled)):
            return  # only IT staff can fix this; "Sync now" still tries
        self._periodic.stop()
        self._retry.start(int(self.backoff.next_delay() * 1000))

    def _watch_network(self) -> None:
        """The system says a network came up (cable, Wi-Fi, a 3G stick): probe now instead of waiting out the
        back-off. Where the system cannot tell, the back-off timer alone does the job."""
        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._network_changed)

    def network_available(self) -> None:
        if self.online is not True and self._retry.isActive() and not self._stopping:
            self._retry.stop()
            self.backoff.reset()
            self._probe()

    def _network_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self.network_available()

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def retry_in_ms(self) -> int:
        return self._retry.remainingTime() if self._retry.isActive() else -1
