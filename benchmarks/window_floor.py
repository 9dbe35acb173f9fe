"""The window's start against its floor: a bare PySide6 window showing a 200-row table, started the same way.

    python benchmarks/window_floor.py [--starts 5] [--data-dir DIR] [--before REV]

The floor is this script started with `floor`: Python, PySide6, a main window with a 12-column table of 200 rows
(Lao text), shown maximised, timed from process start to the end of the table's first paint, as the app times its own
start (`EOFFICE_MEASURE_STARTUP=1`: process start to the main window's first paint with its first page of rows).
With --data-dir the real app is started on that office too (after one start that is not counted, which compiles the
bytecode as an installed app has it), in turns with the floor; with --before, the code of that git revision as well
(exported with `git archive`), in the same turns. Peak resident memory: the process's own high-water mark when its
rows are painted (VmHWM; wait4's figure for code that does not print it). The app then builds the rest of its window
(the letter pane, menus, sync): `rest_ms` and `rest_mb` say when that was done and its peak then.
Prints medians and ratios and ends with one line `floor_ms=.. app_ms=.. ratio=.. floor_mb=.. app_mb=.. mb_ratio=..`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app_starts import ROOT, app_command, child_env, export_tree
from app_starts import measured_start as start

ROWS, COLUMNS = 200, 12


def floor() -> int:
    """The bare window (run in its own process)."""
    from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Model(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else ROWS

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else COLUMNS

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return f"{index.row():04d}/ຊສຖ ເລື່ອງ ທົດສອບ {index.column()}"

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    table.setModel(Model())
    window.setCentralWidget(table)
    window.showMaximized()

    def report() -> None:
        print(
            f"first_rows_ms={_age_ms():.0f} cpu_ms={time.process_time() * 1000:.0f} "
            f"gui_cpu_ms={time.thread_time() * 1000:.0f} peak_mb={_peak_mb():.1f} rows={table.model().rowCount()}",
            flush=True,
        )
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, report)  # (after this paint has ended)
            return False

    painted = FirstPaint()
    table.viewport().installEventFilter(painted)
    return app.exec()


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _age_ms() -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
    return (float(Path("/proc/uptime").read_text().split()[0]) - start) * 1000


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def _closed_cleanly(office: Path, env: dict[str, str]) -> int:
    """1 when the last start left the office as after a crash (no clean-close stamp): it is then opened and closed
    again (its check not timed), so every start begins from an office closed as at the end of a working day."""
    if (office / "eoffice.sqlite.closed").exists():
        return 0
    script = (
        "import sys, pathlib; from eoffice_desktop.core.office import open_store; "
        "open_store(pathlib.Path(sys.argv[1])).close()"
    )
    subprocess.run([sys.executable, "-c", script, str(office)], cwd=ROOT, env=env, check=True)
    return 1


def _line(name: str, runs: list[dict[str, float]], floor_ms: float, floor_cpu: float, floor_mb: float) -> str:
    ms, cpu, mb = (_median(runs, k) for k in ("first_rows_ms", "cpu_ms", "peak_mb"))
    rest = ""
    if all("rest_ms" in run for run in runs):
        rest = f"; the rest of the window at {_median(runs, 'rest_ms'):.0f} ms, {_median(runs, 'rest_peak_mb'):.0f} MB"
    return (
        f"{name}: {ms:.0f} ms to the window with its rows, CPU {cpu:.0f} ms, {mb:.0f} MB; ratio {ms / floor_ms:.2f}x "
        f"(CPU {cpu / floor_cpu:.2f}x), memory {mb / floor_mb:.2f}x{rest} (medians of {len(runs)} starts)"
    )


def main() -> int:
    if sys.argv[1:2] == ["floor"]:
        return floor()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--data-dir", help="an office to start the real app on (default: the floor alone)")
    parser.add_argument("--before", help="also start the code of this git revision on the office, in the same turns")
    args = parser.parse_args()
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="eoffice-bench-pyc-") as scratch:
        env = child_env(ROOT, EOFFICE_MEASURE_STARTUP="1", PYTHONPYCACHEPREFIX=str(Path(scratch) / "pyc"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare = [sys.executable, str(Path(__file__).resolve()), "floor"]
        app = app_command(args.data_dir) if args.data_dir else None
        sides: dict[str, tuple[list[str], dict[str, str]]] = {}
        if app and args.before:
            code = export_tree(args.before, Path(scratch) / "before")
            sides["before"] = (app, dict(env, PYTHONPATH=str(code)))
        if app:
            sides["app"] = (app, env)
        start(bare, env)
        for command, side_env in sides.values():
            start(command, side_env)  # compiles the bytecode
        floors: list[dict[str, float]] = []
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
        unclean = dict.fromkeys(sides, 0)
        for _ in range(args.starts):
            if (run := start(bare, env)) is not None:
                floors.append(run)
            for name, (command, side_env) in sides.items():
                if (run := start(command, side_env)) is not None:
                    runs[name].append(run)
                unclean[name] += _closed_cleanly(Path(args.data_dir), env)
            loads.append(os.getloadavg()[0])
        for name, count in unclean.items():
            if count:
                print(
                    f"{name}: {count} of {args.starts} starts did not close the office cleanly (its next start "
                    "would check the whole file); it was opened and closed again before the next start"
                )
    if not floors:
        print("the bare window did not start (is a Qt platform available?)", file=sys.stderr)
        return 1
    load = f"{min(loads):.1f}-{max(loads):.1f}"
    f_ms, f_cpu, f_mb = (_median(floors, k) for k in ("first_rows_ms", "cpu_ms", "peak_mb"))
    print(f"bare PySide6 window, {ROWS}-row table: {f_ms:.0f} ms to the first paint, CPU {f_cpu:.0f} ms, {f_mb:.0f} MB")
    if not runs.get("app"):
        print(f"floor_ms={f_ms:.0f} floor_cpu_ms={f_cpu:.0f} floor_mb={f_mb:.0f} load={load}")
        return 0 if not app else 1
    for name, found in runs.items():
        if found:
            label = f"the code of {args.before}" if name == "before" else "the app"
            print(_line(f"{label} on {args.data_dir}", found, f_ms, f_cpu, f_mb))
    print(f"load average during the starts: {load} (2 cores shared)")
    a_ms, a_cpu, a_mb = (_median(runs["app"], k) for k in ("first_rows_ms", "cpu_ms", "peak_mb"))
    before = ""
    if runs.get("before"):
        b_ms, b_mb = (_median(runs["before"], k) for k in ("first_rows_ms", "peak_mb"))
        before = f" before_ms={b_ms:.0f} before_ratio={b_ms / f_ms:.2f} before_mb={b_mb:.0f}"
    print(
        f"floor_ms={f_ms:.0f} app_ms={a_ms:.0f} ratio={a_ms / f_ms:.2f} floor_cpu_ms={f_cpu:.0f} "
        f"app_cpu_ms={a_cpu:.0f} cpu_ratio={a_cpu / f_cpu:.2f} floor_mb={f_mb:.0f} app_mb={a_mb:.0f} "
        f"mb_ratio={a_mb / f_mb:.2f}{before} load={load}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
