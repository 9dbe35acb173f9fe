"""Only the answer to the newest question reaches the view (ui/newest_answer.py): with two reader threads an older
answer, or an older failure, that arrives after a newer answer is dropped."""

from __future__ import annotations

import threading
from collections.abc import Callable

from eoffice_desktop.core.service import Office
from eoffice_desktop.ui.newest_answer import NewestAnswer
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner


def _held(release: threading.Event, answer: Callable[[Office], object]) -> Callable[[Office], object]:
    """A question whose answer waits for `release` (as a slow read on the other reader thread)."""

    def read(office: Office) -> object:
        assert release.wait(10), "the held answer was never released"
        return answer(office)

    return read


def _refused(_office: Office) -> object:
    raise ValueError("read before the change")


def test_an_older_answer_or_failure_arriving_late_is_dropped(qtbot, app, demo_store):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    reads = NewestAnswer(Ops.of(demo_store, runner))
    shown: list[object] = []
    failed: list[BaseException] = []
    for older in (lambda office: "older", _refused):
        release = threading.Event()
        reads.ask(_held(release, older), shown.append, failed.append)
        reads.ask(lambda office: office.store.office().code, shown.append, failed.append)
        qtbot.waitUntil(lambda: not reads.waiting(), timeout=10_000)  # the newest has arrived ...
        assert reads.reading()  # ... the older one not yet
        release.set()
        qtbot.waitUntil(lambda: not reads.reading(), timeout=10_000)
    assert shown == [demo_store.office().code] * 2 and failed == []
    runner.wait()


def test_nothing_asked_before_a_drop_is_shown(qtbot, app, demo_store):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    reads = NewestAnswer(Ops.of(demo_store, runner))
    shown: list[object] = []
    release = threading.Event()
    reads.ask(_held(release, lambda office: "the scan chosen before"), shown.append)
    reads.drop()  # (the pane was cleared meanwhile)
    assert not reads.waiting() and reads.reading()
    release.set()
    qtbot.waitUntil(lambda: not reads.reading(), timeout=10_000)
    assert shown == []
    runner.wait()
