"""Registry benchmark: registrations per second, single committed registration time, the window's start time with
rows, its peak memory, and database size per letter, at 100,000 letters (or --letters N).

    python benchmarks/registry.py [--letters 100000] [--data-dir DIR] [--reuse]

Prints figures and ends with one line `letters=N reg_per_s=.. single_median_ms=.. single_p95_ms=.. first_rows_ms=..
peak_rss_mb=.. bytes_per_letter=..` so runs can be compared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eoffice_desktop.core.demo import generate_demo  # noqa: E402
from eoffice_desktop.core.letterform import LetterForm  # noqa: E402
from eoffice_desktop.core.office import open_store  # noqa: E402
from eoffice_desktop.core.registry import register_letter  # noqa: E402


def build(data: Path, letters: int) -> float:
    store = open_store(data)
    started = time.perf_counter()
    generate_demo(
        store,
        letters,
        attachment_share=0.02,
        routed=200,
        progress=lambda done, total: print(f"\r  building {done}/{total}", end="", file=sys.stderr),
    )
    elapsed = time.perf_counter() - started
    print(file=sys.stderr)
    store.close()
    return letters / elapsed


def single_registrations(data: Path, count: int = 200) -> list[float]:
    """One committed transaction each, as a clerk saving the form (fsync included)."""
    store = open_store(data)
    actor = store.admin_actor()
    times = []
    for n in range(count):
        form = LetterForm(
            register_date=date.today(),
            sender_name="ກະຊວງການເງິນ",
            subject=f"ທົດສອບຄວາມໄວ {n}",
            urgency="urgent" if n % 5 == 0 else "normal",
        )
        started = time.perf_counter()
        register_letter(store, actor, form)
        times.append((time.perf_counter() - started) * 1000)
    store.close()
    return times


def window_start(data: Path) -> tuple[float | None, float | None]:
    """(ms from process start to the main window with rows, peak resident MB) of a real GUI process."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        EOFFICE_MEASURE_STARTUP="1",
        PYTHONPATH=str(ROOT),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "eoffice_desktop", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read() if proc.stdout else ""
    first_rows = None
    for part in out.split():
        if part.startswith("first_rows_ms="):
            first_rows = float(part.split("=")[1])
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return first_rows, peak_mb if status == 0 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", type=int, default=100_000)
    parser.add_argument("--data-dir", help="where to build the office (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse an office already built in --data-dir")
    args = parser.parse_args()
    data = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="eoffice-bench-")) / "office"
    reused = args.reuse and (data / "eoffice.sqlite").exists()
    reg_per_s = float("nan") if reused else build(data, args.letters)
    print(f"batched registrations (demo generator, 500 per transaction): {reg_per_s:.0f}/s")
    times = single_registrations(data)
    median, p95 = statistics.median(times), statistics.quantiles(times, n=20)[18]
    print(f"single committed registration: median {median:.1f} ms, p95 {p95:.1f} ms (target < 20 ms)")
    starts = [window_start(data) for _ in range(3)]
    first_rows = statistics.median(s[0] for s in starts if s[0] is not None)
    peak = max(s[1] or 0 for s in starts)
    print(f"process start to main window with rows: {first_rows:.0f} ms (median of 3; target < 2000 ms)")
    print(f"peak resident memory of the window process: {peak:.0f} MB (target < 200 MB)")
    size = sum(f.stat().st_size for f in data.glob("eoffice.sqlite*"))
    letters = args.letters + len(times)
    print(f"database: {size / 1e6:.1f} MB, {size / letters:.0f} bytes per letter (attachments excluded)")
    print(
        f"letters={letters} reg_per_s={reg_per_s:.0f} single_median_ms={median:.1f} single_p95_ms={p95:.1f} "
        f"first_rows_ms={first_rows:.0f} peak_rss_mb={peak:.0f} bytes_per_letter={size / letters:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
