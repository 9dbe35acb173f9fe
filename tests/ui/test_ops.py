"""ui/ops.py: a change runs on the writer thread and is announced on the hub; a question runs on the reader pool;
a write from another thread takes the writer's turn (ui/tasks.py)."""

from __future__ import annotations

import threading

import pytest

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.search.query import SearchQuery
from eoffice_desktop.core.service import Office
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.write_guard import UI, gui_thread_writer


def test_a_change_runs_on_the_writer_and_is_announced(qtbot, store: OfficeStore, clerk) -> None:  # type: ignore[no-untyped-def]
    ops = Ops.of(store)
    announced: list[Changes] = []
    ops.hub.changed.connect(announced.append)
    threads: list[threading.Thread] = []
    answers: list[object] = []

    def rename(office: Office) -> Changes:
        threads.append(threading.current_thread())
        return office.save_search(clerk.user_id, "ດ່ວນ", SearchQuery(urgency="urgent"))

    ops.change(rename, answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    assert threads[0] is not threading.main_thread()
    assert announced == [Changes(saved_searches=True, outbox=False)]
    assert [s.name for s in Office(store).saved_searches(clerk.user_id)] == ["ດ່ວນ"]


def test_a_refused_change_reaches_its_failure_handler_and_announces_nothing(qtbot, store, clerk) -> None:  # type: ignore[no-untyped-def]
    ops = Ops.of(store)
    announced: list[Changes] = []
    ops.hub.changed.connect(announced.append)
    failures: list[BaseException] = []
    ops.change(lambda office: office.save_search(clerk.user_id, "  ", SearchQuery()), None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert announced == []
    with pytest.raises(ValueError):
        ops.change_and_wait(lambda office: office.save_search(clerk.user_id, "", SearchQuery()))
    assert ops.change_and_wait(lambda office: office.save_search(clerk.user_id, "ໃໝ່", SearchQuery())).saved_searches


def test_a_question_runs_on_the_reader_pool(qtbot, store, clerk) -> None:  # type: ignore[no-untyped-def]
    ops = Ops.of(store)
    answers: list[str] = []
    ops.query(lambda office: office.username(clerk.user_id), answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    assert answers == ["admin"]


def test_a_dialog_asks_on_the_reader_pool_and_gets_the_answer_or_the_refusal(qtbot, store, clerk) -> None:  # type: ignore[no-untyped-def]
    ops = Ops.of(store)
    threads: list[threading.Thread] = []

    def name(office: Office) -> str:
        threads.append(threading.current_thread())
        return office.username(clerk.user_id)

    assert ops.ask(name) == "admin"
    assert threads[0] is not threading.main_thread()
    with pytest.raises(KeyError):
        ops.ask(lambda office: {}["missing"])


def test_a_write_from_another_thread_waits_for_the_writers_turn(qtbot, store: OfficeStore) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    store.db.turns = runner.write_turn
    order: list[str] = []
    release = threading.Event()
    busy = threading.Event()

    def long_change(_job: object) -> None:
        busy.set()
        with store.db.write() as s:  # the writer's own write: no turn to wait for
            set_setting(s, "test.who", "writer")
        release.wait()
        order.append("writer done")

    def sync_cycle() -> None:
        with store.db.write() as s:
            order.append("other thread writes")
            set_setting(s, "test.who", "other")

    try:
        runner.run(long_change, write=True)
        busy.wait()
        other = threading.Thread(target=sync_cycle)
        other.start()
        other.join(0.2)
        assert order == []  # still waiting for the writer, not for SQLite's lock
        release.set()
        other.join()
        runner.wait()
    finally:
        store.db.turns = None
    assert order == ["writer done", "other thread writes"]
    with store.db.session() as s:
        assert get_setting(s, "test.who") == "other"


def test_the_guard_names_a_screen_writing_on_the_gui_thread() -> None:
    namespace = {"gui_thread_writer": gui_thread_writer}
    exec(compile("found = gui_thread_writer()", str(UI / "pretend_screen.py"), "exec"), namespace)
    assert namespace["found"] == "pretend_screen.py"
    assert gui_thread_writer() is None  # a test writing for its set-up is not the window
    elsewhere: list[object] = []
    thread = threading.Thread(
        target=lambda: exec(
            compile("e.append(g())", str(UI / "x.py"), "exec"), {"e": elsewhere, "g": gui_thread_writer}
        )
    )
    thread.start()
    thread.join()
    assert elsewhere == [None]  # off the GUI thread: allowed


def test_the_read_guard_names_a_screen_reading_on_the_gui_thread() -> None:
    from tests.ui.read_guard import gui_thread_reader

    namespace = {"gui_thread_reader": gui_thread_reader}
    exec(compile("found = gui_thread_reader()", str(UI / "pretend_dialog.py"), "exec"), namespace)
    assert namespace["found"] == "pretend_dialog.py"
    assert gui_thread_reader() is None  # a test checking the records itself is not the window
    elsewhere: list[object] = []
    thread = threading.Thread(
        target=lambda: exec(
            compile("e.append(g())", str(UI / "x.py"), "exec"), {"e": elsewhere, "g": gui_thread_reader}
        )
    )
    thread.start()
    thread.join()
    assert elsewhere == [None]  # on the reader pool: allowed


def test_a_wait_ended_by_the_app_quitting_still_gets_its_answer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The window closed (the app quitting) while it waited for a question: every event loop is told to end, the
    wait's own too; it waits on for the answer instead of raising an error from inside Qt's call. In a process of its
    own: after a quit, no event loop of this process would run again."""
    import subprocess
    import sys

    script = (
        "import time\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from eoffice_desktop.ui.ops import wait_for\n"
        "from eoffice_desktop.ui.tasks import TaskRunner\n"
        "app = QApplication([])\n"
        "runner = TaskRunner()\n"
        "answers = []\n"
        "def slow():\n"
        "    time.sleep(0.5)\n"
        "    return 42\n"
        "QTimer.singleShot(0, lambda: answers.append(wait_for(runner, slow, write=False)))\n"
        "QTimer.singleShot(100, app.quit)\n"
        "app.exec()\n"
        "runner.wait()\n"
        "print(answers)\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[42]", run.stderr[-2000:]
    assert "Traceback" not in run.stderr
