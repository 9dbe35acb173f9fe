"""The window while the office works in the background: its longest GUI-thread stall while a sync brings 1,000 letters
and an import of 1,000 rows runs, with the clerk saving searches meanwhile; its longest stall while the clerk scrolls
through a large register; and the time to open the window on a large register. Measured in the same run for the code
before (`--before`) and the code now.

    python benchmarks/gui_stall.py [--letters 1000] [--rows 1000] [--register 100000] [--starts 3] [--before REV]
    python benchmarks/gui_stall.py --scroll DIR [--seconds 20] [--before REV]

`--scroll DIR` opens the window of each side on the office in DIR (e.g. the million letters of
`benchmarks/search.py --one-pass --build-only --data-dir DIR`) and scrolls like a clerk looking for an old letter:
Page Down every 30 ms, and every second a drag of the scroll bar to its end, for `--seconds`; the idle window just
before is the floor. Ends with `scroll_before_ms=.. scroll_after_ms=..` (the longest stall of each side).

`--before` defaults to the commit before ui/ops.py was added. Each side runs in its own process (its own copy of the
code, PYTHONPATH): the central server runs in another process (its Python work must not share the window's
interpreter lock), a first PC of the office registers the letters and pushes them, and the measured window is a second
PC of the same office: "Sync now" pulls the 1,000 letters while an import of the register's CSV runs and a saved
search is stored every 300 ms. A 5 ms timer on the GUI thread gives the stalls (the longest gap between its ticks,
less 5 ms). Window opening: `python -m eoffice_desktop` with EOFFICE_MEASURE_STARTUP=1 on a demo office of
`--register` letters, process start to the first rows on screen, median of `--starts`. Prints figures and ends with one
line `letters=N rows=N register=N stall_before_ms=.. stall_after_ms=.. open_before_ms=.. open_after_ms=..`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

from app_starts import ROOT, app_command, child_env, export_tree, measured_start


# -- the two copies of the code ----------------------------------------------------------------------------------
def before_revision() -> str:
    added = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", "eoffice_desktop/ui/ops.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not added:
        raise SystemExit("ui/ops.py is not in this checkout's history: give --before")
    return added[-1] + "^"


# -- the server, in its own process ----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(code: Path, folder: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    database = f"sqlite:///{folder / 'server.sqlite'}"
    port = free_port()
    run = [sys.executable, "-m", "sync.server.cli", "--data-dir", str(folder), "--database", database]
    env = child_env(code)
    subprocess.run([*run, "migrate"], env=env, cwd=code, check=True, capture_output=True)
    subprocess.run(
        [*run, "admin", "add-office", "--code", "ຊສຖ", "--name-lo", "ເມືອງໄຊເສດຖາ"],
        env=env,
        cwd=code,
        check=True,
        capture_output=True,
    )
    server = subprocess.Popen(
        [*run, "serve", "--port", str(port)], env=env, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(400):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}", database


def enrolment_code(code: Path, folder: Path, database: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "--data-dir", str(folder), "--database", database]
        + ["admin", "enrol-code", "--office", "ຊສຖ"],
        env=child_env(code),
        cwd=code,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out.split()[-1]


# -- one side: the stall (runs in a child process with PYTHONPATH set to that side's code) ---------------------------
def csv_register(path: Path, rows: int) -> Path:
    lines = ["ເລກທີ,ວັນທີໄດ້ຮັບ,ຈາກ,ເລກທີໜັງສື,ເລື່ອງ,ຄວາມດ່ວນ"]
    senders = ("ກະຊວງການເງິນ", "ກະຊວງພາຍໃນ", "Ministry of Health", "ແຂວງຫຼວງພະບາງ")
    for n in range(1, rows + 1):
        day = date(2019, 1 + n % 12, 1 + n % 28).strftime("%d/%m/%Y")
        lines.append(f"{n:04d}/ຊສຖ,{day},{senders[n % 4]},{n}/ກງ,ແຈ້ງການກ່ຽວກັບກອງປະຊຸມ {n},{'ດ່ວນ' if n % 7 == 0 else ''}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def watch_stalls(ticks: list[float], stop: threading.Event, seen: Counter[str]) -> None:
    """`--why`: while the GUI thread has not ticked for 60 ms, note where it is (its innermost frames of our code)."""
    gui = threading.main_thread().ident
    while not stop.wait(0.02):
        if ticks and time.perf_counter() - ticks[-1] > 0.06:
            frame = sys._current_frames().get(gui or 0)
            where = []
            while frame is not None and len(where) < 4:
                name = frame.f_code.co_filename
                if "eoffice_desktop" in name or "sync/" in name:
                    where.append(f"{Path(name).name}:{frame.f_code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            seen[" < ".join(where) or "(Qt or the interpreter lock)"] += 1


def stall_side(work: Path, url: str, codes: list[str], letters: int, rows: int, why: bool = False) -> dict[str, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from eoffice_desktop.core.office import open_store, setup_office
    from eoffice_desktop.core.people.accounts import viewer_of
    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter
    from eoffice_desktop.core.search.query import SearchQuery
    from eoffice_desktop.ui.import_dialog import ImportDialog
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.ui.sync_worker import SyncWorker
    from eoffice_desktop.ui.tasks import TaskRunner
    from sync.client.session import enrol_pc, sync_once

    app = QApplication.instance() or QApplication([])
    if os.environ.get("GUI_STALL_SWITCH_MS"):  # experiment: how often Python hands its lock between threads
        sys.setswitchinterval(float(os.environ["GUI_STALL_SWITCH_MS"]) / 1000)
    for name in ("information", "warning", "critical"):  # nobody is there to press OK
        setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))

    first = open_store(work / "pc1")
    actor = setup_office(first, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "Admin", "password-1")
    enrol_pc(first, url, codes[0])
    sync_once(first)
    second = open_store(work / "pc2")
    enrol_pc(second, url, codes[1])
    sync_once(second)  # the office and its people arrive; the letters come in the measured sync
    for n in range(letters):
        form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject=f"ໜັງສືທີ່ມາຈາກ PC ທີໜຶ່ງ {n}")
        register_letter(first, actor, form)
    sync_once(first)
    first.close()

    user_id = second.admin_actor().user_id
    with second.db.session() as s:
        viewer = viewer_of(s, user_id)
    runner = TaskRunner()
    worker = SyncWorker(second, change_delay_ms=3_600_000, periodic_ms=3_600_000)
    window = MainWindow(second, second.actor(user_id), viewer, "Admin", runner, sync_worker=worker)
    window.show()
    dialog = ImportDialog(second, second.actor(user_id), runner, window)
    dialog.load(csv_register(work / "register.csv", rows))
    while dialog.checked is None:  # (the file is read and its rows checked in the background)
        app.processEvents()
        time.sleep(0.02)

    ticks: list[float] = []
    probe = QTimer(interval=5, timeout=lambda: ticks.append(time.perf_counter()))
    # The floor: the same window, idle, on the same machine at the same time (a loaded machine stalls it too).
    probe.start()
    idle_until = time.perf_counter() + 10
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    floor = max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000 - 5
    ticks.clear()
    state: dict[str, object] = {"synced": False, "imported": False, "saved": 0}
    worker.finished.connect(lambda _report: state.update(synced=True))
    worker.failed.connect(lambda exc: state.update(synced=True, sync_error=str(exc)))

    def save_a_search() -> None:  # the clerk keeps working: a saved search is one small write
        state["saved"] += 1
        window.saved.save(f"ຄົ້ນຫາ {state['saved']}", SearchQuery(text="ກອງປະຊຸມ", direction="in"))

    clerk = QTimer(interval=300, timeout=save_a_search)
    stop, seen = threading.Event(), Counter[str]()
    if why:
        threading.Thread(target=watch_stalls, args=(ticks, stop, seen), daemon=True).start()
    started = time.perf_counter()
    probe.start()
    clerk.start()
    worker.sync_now()
    dialog.start_import()
    while not (state["synced"] and (dialog.report is not None or dialog.job is None)):
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > 900:
            raise SystemExit("the sync and the import did not end within 15 minutes")
    state["imported"] = dialog.report is not None and dialog.report.imported == rows
    took = time.perf_counter() - started
    clerk.stop()
    probe.stop()
    stop.set()
    for where, count in seen.most_common(12):
        print(f"stalled {count * 20} ms at {where}", file=sys.stderr)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    window.close()
    runner.wait()
    second.close()
    stall = max(gaps) * 1000 - 5
    over_100 = sum(1 for g in gaps if g * 1000 - 5 > 100)
    return {
        "stall_ms": stall,
        "idle_floor_ms": floor,
        "stalls_over_100ms": over_100,
        "seconds": took,
        "imported": float(state["imported"]),
        "searches_saved": state["saved"],
        "import_said": dialog.problems.toPlainText()[:160],
        "sync_error": str(state.get("sync_error", ""))[:160],
    }


# -- one side: scrolling a large register ---------------------------------------------------------------------------
def longest_gap_ms(ticks: list[float]) -> float:
    return max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0) * 1000 - 5


def scroll_side(office: Path, seconds: float) -> dict[str, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.core.people.accounts import viewer_of
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    store = open_store(office)
    user_id = store.admin_actor().user_id
    with store.db.session() as s:
        viewer = viewer_of(s, user_id)
    runner = TaskRunner()
    window = MainWindow(store, store.actor(user_id), viewer, "Admin", runner)
    window.show()
    window.sync_worker.stop()  # (no server here)

    def run_for(duration: float) -> None:
        until = time.perf_counter() + duration
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.001)

    run_for(5)  # the first page, the count and the years arrive
    ticks: list[float] = []
    probe = QTimer(interval=5, timeout=lambda: ticks.append(time.perf_counter()))
    probe.start()
    run_for(5)
    probe.stop()
    floor = longest_gap_ms(ticks)
    ticks.clear()
    bar = window.table.verticalScrollBar()
    page_down = QTimer(interval=30, timeout=lambda: bar.setValue(bar.value() + bar.pageStep()))
    to_the_end = QTimer(interval=1000, timeout=window.table.scrollToBottom)
    started_cpu = time.thread_time()
    probe.start()
    page_down.start()
    to_the_end.start()
    run_for(seconds)
    page_down.stop()
    to_the_end.stop()
    probe.stop()
    gui_cpu = time.thread_time() - started_cpu
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    reached = max((i for i in range(window.model.rowCount()) if window.model.row_at(i) is not None), default=0)
    total = window.model.rowCount()
    window.close()
    runner.wait(120_000)
    store.close()
    return {
        "stall_ms": longest_gap_ms(ticks),
        "idle_floor_ms": floor,
        "stalls_over_100ms": sum(1 for g in gaps if g * 1000 - 5 > 100),
        "gui_cpu_s": gui_cpu,
        "last_row_read": reached,
        "rows_in_table": total,
    }


# -- window opening on a large register ------------------------------------------------------------------------
def build_register(code: Path, folder: Path, letters: int) -> None:
    script = (
        "import sys; from pathlib import Path; from eoffice_desktop.core.office import open_store; "
        "from eoffice_desktop.core.demo.build import generate_demo; "
        f"s = open_store(Path({str(folder)!r})); generate_demo(s, {letters}, attachment_share=0.0, routed=200); "
        "s.close()"
    )
    subprocess.run([sys.executable, "-c", script], env=child_env(code), cwd=code, check=True)


def window_open_ms(code: Path, folder: Path) -> float | None:
    figures = measured_start(app_command(folder), child_env(code))
    return None if figures is None else figures["first_rows_ms"]


def scroll_both(args: argparse.Namespace) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="eoffice-gui-stall-"))
    sides = {"before": export_tree(args.before or before_revision(), scratch / "before"), "after": ROOT}
    if args.only:
        sides = {args.only: sides[args.only]}
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, load average {os.getloadavg()}")
    found: dict[str, dict[str, float]] = {}
    for name, code in sides.items():
        load = os.getloadavg()[0]
        out = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "gui_stall.py"), "--scroll-side", str(args.scroll)]
            + ["--seconds", str(args.seconds)],
            env=child_env(code),
            cwd=code,
            capture_output=True,
            text=True,
        )
        result = [line for line in out.stdout.splitlines() if line.startswith("RESULT ")]
        if not result:
            print(out.stdout[-2000:], out.stderr[-4000:], file=sys.stderr)
            raise SystemExit(f"the {name} side failed")
        found[name] = json.loads(result[0][len("RESULT ") :])
        print(f"{name}: {found[name]}  (load average {load:.1f} before, {os.getloadavg()[0]:.1f} after)")
    print(" ".join(f"scroll_{name}_ms={value['stall_ms']:.0f}" for name, value in found.items()))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", type=int, default=1000, help="letters the measured sync brings")
    parser.add_argument("--rows", type=int, default=1000, help="rows of the register imported meanwhile")
    parser.add_argument("--register", type=int, default=100_000, help="letters of the register the window opens on")
    parser.add_argument("--starts", type=int, default=3, help="window openings to time per side (median)")
    parser.add_argument("--before", help="the code before (a git revision); default: the commit before ui/ops.py")
    parser.add_argument("--only", choices=("before", "after"), help="measure one side only (no final line)")
    parser.add_argument("--open-only", action="store_true", help="measure only the window's opening")
    parser.add_argument("--register-dir", help="a demo office already built (by this script) to open instead")
    parser.add_argument("--why", action="store_true", help="print where the GUI thread was during its stalls")
    parser.add_argument("--scroll", help="an office to scroll through (its window's stalls while scrolling)")
    parser.add_argument("--seconds", type=float, default=20, help="how long to scroll (--scroll)")
    parser.add_argument("--side", help=argparse.SUPPRESS)  # internal: run one side's stall in this process
    parser.add_argument("--scroll-side", help=argparse.SUPPRESS)  # internal: scroll in this process
    args = parser.parse_args()

    if args.scroll_side:
        print("RESULT " + json.dumps(scroll_side(Path(args.scroll_side), args.seconds)))
        return 0
    if args.scroll:
        return scroll_both(args)

    if args.side:
        side = json.loads(args.side)
        result = stall_side(Path(side["work"]), side["url"], side["codes"], args.letters, args.rows, args.why)
        print("RESULT " + json.dumps(result))
        return 0

    scratch = Path(tempfile.mkdtemp(prefix="eoffice-gui-stall-"))
    before = export_tree(args.before or before_revision(), scratch / "before")
    sides = {"before": before, "after": ROOT}
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, load average {os.getloadavg()}")
    stalls: dict[str, dict[str, float]] = {}
    if args.only:
        sides = {args.only: sides[args.only]}
    for name, code in sides.items() if not args.open_only else ():
        folder = scratch / f"stall-{name}"
        folder.mkdir()
        server, url, database = start_server(code, folder / "server")
        try:
            codes = [enrolment_code(code, folder / "server", database) for _ in range(2)]
            side = json.dumps({"work": str(folder), "url": url, "codes": codes})
            out = subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "gui_stall.py"), "--side", side]
                + ["--letters", str(args.letters), "--rows", str(args.rows)]
                + (["--why"] if args.why else []),
                env=child_env(code),
                cwd=code,
                capture_output=True,
                text=True,
            )
        finally:
            server.terminate()
            server.wait()
        found = [line for line in out.stdout.splitlines() if line.startswith("RESULT ")]
        if not found:
            print(out.stdout[-2000:], out.stderr[-4000:], file=sys.stderr)
            raise SystemExit(f"the {name} side failed")
        if args.why:
            print("\n".join(line for line in out.stderr.splitlines() if line.startswith("stalled")))
        stalls[name] = json.loads(found[0][len("RESULT ") :])
        print(f"{name}: {stalls[name]}  (load average {os.getloadavg()[0]:.1f})")

    if args.only:
        return 0
    opens: dict[str, float | None] = {}
    register = Path(args.register_dir) if args.register_dir else scratch / "register"
    if not args.register_dir:
        build_register(ROOT, register, args.register)
    for name, code in sides.items():
        times = [t for t in (window_open_ms(code, register) for _ in range(args.starts)) if t is not None]
        opens[name] = statistics.median(times) if times else None
        print(f"{name}: window open at {args.register} letters: {times} ms (load average {os.getloadavg()[0]:.1f})")

    def fmt(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.0f}"

    if args.open_only:
        print(f"register={args.register} open_before_ms={fmt(opens['before'])} open_after_ms={fmt(opens['after'])}")
        return 0

    print(
        f"letters={args.letters} rows={args.rows} register={args.register} "
        f"stall_before_ms={fmt(stalls['before']['stall_ms'])} stall_after_ms={fmt(stalls['after']['stall_ms'])} "
        f"open_before_ms={fmt(opens['before'])} open_after_ms={fmt(opens['after'])}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
