"""What the benchmarks that start the app share: a copy of the code of another revision, the environment of a measured
start, and one start of a process that reports its own figures (`EOFFICE_MEASURE_STARTUP=1`: `first_rows_ms=..
cpu_ms=.. peak_mb=.. rows=..`, as `ui/app.py` prints them and `window_floor.py`'s bare window does).

Imported by `window_floor.py`, `gui_stall.py` and `registry.py` (run as scripts from this folder).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def export_tree(revision: str, target: Path) -> Path:
    """The code of `revision` in `target` (`git archive`), with the compiled Lao translation the window loads."""
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    qm = ROOT / "translations" / "eoffice_lo.qm"
    if qm.exists():  # (not in git; the window loads it at start)
        (target / "translations" / "eoffice_lo.qm").write_bytes(qm.read_bytes())
    return target


def child_env(code: Path = ROOT, **extra: str) -> dict[str, str]:
    """The environment of a process running the code in `code` (offscreen unless a Qt platform is chosen)."""
    return dict(
        os.environ, PYTHONPATH=str(code), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), **extra
    )


def app_command(data_dir: Path | str) -> list[str]:
    """The app's window on an office, as clerks start it."""
    return [sys.executable, "-m", "eoffice_desktop", "--data-dir", str(data_dir)]


def measured_start(command: list[str], env: dict[str, str]) -> dict[str, float] | None:
    """One start with `EOFFICE_MEASURE_STARTUP=1`, in the folder of the code it runs (`-m` imports from there): the
    figures it printed, its peak resident memory in MB over its whole life (`life_peak_mb`, from `wait4`), and that as
    `peak_mb` when it printed none. None when it failed or printed no first rows."""
    env = dict(env, EOFFICE_MEASURE_STARTUP="1")
    folder = env.get("PYTHONPATH", str(ROOT))
    proc = subprocess.Popen(command, cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _pid, status, usage = os.wait4(proc.pid, 0)  # (the child's own peak resident set, in KB on Linux)
    figures: dict[str, float] = {}
    for name, _, value in (part.partition("=") for part in out.split() if "=" in part):
        try:
            figures[name] = float(value)
        except ValueError:
            continue
    if status != 0 or "first_rows_ms" not in figures:
        return None
    figures["life_peak_mb"] = usage.ru_maxrss / 1024
    figures.setdefault("peak_mb", figures["life_peak_mb"])
    return figures
