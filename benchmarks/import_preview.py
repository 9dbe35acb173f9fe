"""The register import's preview on the GUI thread: 100 rows each with three problems (a date that does not exist, an
urgency and pages the app cannot read, a long Lao subject that wraps) put in the table, then the turns of the event
loop until the rows are laid out and painted.

    python benchmarks/import_preview.py [--lang lo] [--repeats 11] [--before REV]

Figures are the GUI thread's CPU time (`time.thread_time`), medians over `--repeats` tables (the first two not
counted): `fill_ms` (the call that fills the table), `turns_ms` (all the turns of the event loop after it until
nothing is left to do: the rows' heights, the paints), `longest_turn_ms` (the longest of those turns: how long the
window did not answer), and `words_ms` (wording the rows on the reader pool, where the code does that). With
`--before`, the code of that git revision is measured too (exported with `git archive`), each side in its own process
(offscreen unless QT_QPA_PLATFORM says otherwise). Ends with one line per side `side=.. fill_ms=.. turns_ms=..
longest_turn_ms=.. words_ms=.. load=..`.
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

from app_starts import ROOT, child_env, export_tree

SUBJECT = "ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານປະຈຳປີ ຂອງກະຊວງ {n}"
TITLES = "No.,Date received,From,Subject,Urgency,Pages"


def measure(lang: str, repeats: int) -> str:
    """One side, in this process (its code is what PYTHONPATH holds)."""
    from PySide6.QtCore import QCoreApplication

    from eoffice_desktop.core.registry.import_check import read_register
    from eoffice_desktop.ui import import_rows
    from eoffice_desktop.ui.app import make_app

    make_app(lang)
    folder = Path(tempfile.mkdtemp())
    path = folder / "register.csv"
    lines = [f"{n:05d}/ຊສຖ,31/02/2024,ກະຊວງພາຍໃນ,{SUBJECT.format(n=n)},ດ່ວນຫຼາຍໆ,ສາມ" for n in range(1, 1001)]
    path.write_text("\n".join([TITLES, *lines]) + "\n", encoding="utf-8")
    checked = read_register(path, "in", 100, lambda: False).checked
    given: object = checked.first_bad
    words: list[float] = []
    if hasattr(import_rows, "ShownRows"):  # (the rows worded on the reader pool, the table given their texts)
        for _ in range(repeats):
            started = time.thread_time()
            given = import_rows.ShownRows.of(checked).first_bad
            words.append(time.thread_time() - started)

    def turns() -> list[float]:
        spent: list[float] = []
        for _ in range(60):  # (far more turns than there is work for)
            started = time.thread_time()
            QCoreApplication.processEvents()
            spent.append(time.thread_time() - started)
        return spent

    fills, totals, longest = [], [], []
    for _ in range(repeats):
        table = import_rows.PreviewTable()
        table.resize(1150, 480)
        table.show()
        turns()
        started = time.thread_time()
        table.fill(given)  # type: ignore[arg-type]
        fills.append(time.thread_time() - started)
        after = turns()
        totals.append(sum(after))
        longest.append(max(after))
        table.close()
        table.deleteLater()
        turns()

    def ms(values: list[float]) -> str:
        return f"{1000 * statistics.median(values[2:]):.1f}" if values else "-"

    return (
        f"fill_ms={ms(fills)} turns_ms={ms(totals)} longest_turn_ms={ms(longest)} words_ms={ms(words)} "
        f"load={os.getloadavg()[0]:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="lo")
    parser.add_argument("--repeats", type=int, default=11)
    parser.add_argument("--before", help="a git revision measured too, in its own process")
    parser.add_argument("--side", help=argparse.SUPPRESS)  # (a side's own process)
    args = parser.parse_args()
    if args.side:
        print(measure(args.lang, args.repeats))
        return
    sides = [("now", ROOT)]
    with tempfile.TemporaryDirectory() as tmp:
        if args.before:
            sides.insert(0, ("before", export_tree(args.before, Path(tmp) / "before")))
        for name, code in sides:
            command = [sys.executable, __file__, "--side", name, "--lang", args.lang, "--repeats", str(args.repeats)]
            done = subprocess.run(command, cwd=code, env=child_env(code), capture_output=True, text=True, check=True)
            print(f"side={name} {done.stdout.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
