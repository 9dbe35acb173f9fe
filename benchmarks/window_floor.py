"""The window's start against its floor: a bare PySide6 window showing a 200-row table, started the same way.

    python benchmarks/window_floor.py [--starts 5] [--data-dir DIR]

The floor is this script started with `floor`: Python, PySide6, a main window with a 12-column table of 200 rows
(Lao text), shown maximised, timed from process start to the first turn of the event loop after it is shown, as the
app times its own start (`EOFFICE_MEASURE_STARTUP=1`: process start to the main window with its first page of rows).
With --data-dir the real app is started on that office too (after one start that is not counted, which compiles the
bytecode as an installed app has it), in turns with the floor. Each start's peak resident memory comes from wait4.
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

ROOT = Path(__file__).resolve().parent.parent
ROWS, COLUMNS = 200, 12


def floor() -> int:
    """The bare window (run in its own process)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
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
            f"gui_cpu_ms={time.thread_time() * 1000:.0f} rows={table.model().rowCount()}",
            flush=True,
        )
        app.quit()

    QTimer.singleShot(0, report)
    return app.exec()


def _age_ms() -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
    return (float(Path("/proc/uptime").read_text().split()[0]) - start) * 1000


def start(command: list[str], env: dict[str, str]) -> dict[str, float] | None:
    """One start: its figures and its peak resident memory in MB."""
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    figures = {k: float(v) for k, v in (p.split("=", 1) for p in out.split() if "=" in p) if k != "rows"}
    if status != 0 or "first_rows_ms" not in figures:
        return None
    figures["peak_mb"] = usage.ru_maxrss / 1024
    return figures


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> int:
    if sys.argv[1:2] == ["floor"]:
        return floor()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--data-dir", help="an office to start the real app on (default: the floor alone)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eoffice-bench-pyc-") as pycache:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            EOFFICE_MEASURE_STARTUP="1",
            PYTHONPATH=str(ROOT),
            PYTHONPYCACHEPREFIX=pycache,
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare = [sys.executable, str(Path(__file__).resolve()), "floor"]
        app = [sys.executable, "-m", "eoffice_desktop", "--data-dir", str(args.data_dir)] if args.data_dir else None
        start(bare, env)
        if app:
            start(app, env)  # compiles the bytecode
        floors: list[dict[str, float]] = []
        apps: list[dict[str, float]] = []
        for _ in range(args.starts):
            if (run := start(bare, env)) is not None:
                floors.append(run)
            if app and (run := start(app, env)) is not None:
                apps.append(run)
    if not floors:
        print("the bare window did not start (is a Qt platform available?)", file=sys.stderr)
        return 1
    load = os.getloadavg()[0]
    f_ms, f_cpu, f_mb = (_median(floors, k) for k in ("first_rows_ms", "cpu_ms", "peak_mb"))
    print(f"bare PySide6 window, {ROWS}-row table: {f_ms:.0f} ms to the first paint, CPU {f_cpu:.0f} ms, {f_mb:.0f} MB")
    if not apps:
        print(f"floor_ms={f_ms:.0f} floor_cpu_ms={f_cpu:.0f} floor_mb={f_mb:.0f} load={load:.1f}")
        return 0
    a_ms, a_cpu, a_mb = (_median(apps, k) for k in ("first_rows_ms", "cpu_ms", "peak_mb"))
    print(
        f"the app on {args.data_dir}: {a_ms:.0f} ms to the window with its rows, CPU {a_cpu:.0f} ms, {a_mb:.0f} MB; "
        f"ratio {a_ms / f_ms:.2f}x (CPU {a_cpu / f_cpu:.2f}x), memory {a_mb / f_mb:.2f}x "
        f"(medians of {len(apps)} starts in turns; load average {load:.1f})"
    )
    print(
        f"floor_ms={f_ms:.0f} app_ms={a_ms:.0f} ratio={a_ms / f_ms:.2f} floor_cpu_ms={f_cpu:.0f} "
        f"app_cpu_ms={a_cpu:.0f} cpu_ratio={a_cpu / f_cpu:.2f} floor_mb={f_mb:.0f} app_mb={a_mb:.0f} "
        f"mb_ratio={a_mb / f_mb:.2f} load={load:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
