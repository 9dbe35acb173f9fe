"""What the search's sort indexes cost a registration: single committed registrations on one office, in turns with the
sort indexes of migration 0009 (before 0013) and of 0013_sort_filters, so both see the same office and the same load.

    python benchmarks/sort_indexes_cost.py [--letters 3000] [--singles 150] [--rounds 3] [--import-rows 1000]

Each round also imports the CSV register of `benchmarks/registry.py` into a new office with each set of indexes.
Prints each round's figures, the median of the rounds for each set of indexes, and the load average.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from registry import single_registrations  # noqa: E402

from eoffice_desktop.core.demo.build import ensure_demo_office, generate_demo  # noqa: E402
from eoffice_desktop.core.office import open_store  # noqa: E402

CORRESPONDENT = "(CASE WHEN direction = 'in' THEN sender_name ELSE recipients_text END)"
BEFORE = {
    "ix_letters_sort_date": "CREATE INDEX ix_letters_sort_date ON letters (register_date, registry_seq, id)",
    "ix_letters_sort_number": (
        "CREATE INDEX ix_letters_sort_number ON letters (registry_year, registry_seq, registry_number, id)"
    ),
    "ix_letters_sort_correspondent": f"CREATE INDEX ix_letters_sort_correspondent ON letters ({CORRESPONDENT}, id)",
}


def _use(database: Path, indexes: dict[str, str], names: list[str]) -> None:
    connection = sqlite3.connect(database)
    for name in names:
        connection.execute(f"DROP INDEX IF EXISTS {name}")
    for sql in indexes.values():
        connection.execute(sql)
    connection.commit()
    connection.close()


def import_cpu(folder: Path, rows: int, indexes: dict[str, str], names: list[str]) -> float:
    """Rows per CPU second importing a CSV register of `rows` letters into a new office with these sort indexes (the
    CSV of `benchmarks/registry.py`)."""
    from eoffice_desktop.core.registry.importer import guess_mapping, import_register  # noqa: PLC0415
    from eoffice_desktop.core.registry.spreadsheet import read_table  # noqa: PLC0415

    lines = ["ເລກທີ,ວັນທີໄດ້ຮັບ,ຈາກ,ເລກທີໜັງສື,ເລື່ອງ,ຄວາມດ່ວນ"]
    senders = ("ກະຊວງການເງິນ", "ກະຊວງພາຍໃນ", "Ministry of Health", "ແຂວງຫຼວງພະບາງ")
    for n in range(1, rows + 1):
        day = f"{1 + n % 28:02d}/{1 + n % 12:02d}/2019"
        lines.append(f"{n:04d}/ກຕສ,{day},{senders[n % 4]},{n}/ກງ,ແຈ້ງການກ່ຽວກັບກອງປະຊຸມ {n},{'ດ່ວນ' if n % 7 == 0 else ''}")
    (folder / "register.csv").write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    store = open_store(folder / "office")
    actor = ensure_demo_office(store)
    _use(folder / "office" / "eoffice.sqlite", indexes, names)
    started = time.process_time()
    table = read_table(folder / "register.csv")
    report = import_register(store, actor, table, guess_mapping(table.headers))
    cpu = time.process_time() - started
    store.close()
    assert report.imported == rows, report.errors[:5]
    return rows / cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=3000)
    parser.add_argument("--singles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--import-rows", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eoffice-sort-indexes-") as tmp:
        data = Path(tmp) / "office"
        store = open_store(data)
        generate_demo(store, args.letters, attachment_share=0.0, routed=0)
        store.close()
        database = data / "eoffice.sqlite"
        with sqlite3.connect(database) as connection:
            after = dict(
                connection.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE 'ix_letters_sort%'").fetchall()
            )
        names = sorted(set(after) | set(BEFORE))
        print(f"load average before: {os.getloadavg()[0]:.1f}")
        medians: dict[str, list[float]] = {"0009 (before)": [], "0013 (after)": []}
        imports: dict[str, list[float]] = {"0009 (before)": [], "0013 (after)": []}
        for round_ in range(args.rounds):
            for label, indexes in (("0009 (before)", BEFORE), ("0013 (after)", after)):
                _use(database, indexes, names)
                cpu: list[float] = []
                single_registrations(data, args.singles, cpu)
                medians[label].append(statistics.median(cpu))
                imports[label].append(import_cpu(Path(tempfile.mkdtemp(dir=tmp)), args.import_rows, indexes, names))
                print(f"round {round_ + 1}, sort indexes of {label}: registration CPU median "
                      f"{medians[label][-1]:.3f} ms, import {imports[label][-1]:.0f} rows per CPU second")  # fmt: skip
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        for label in medians:
            print(f"sort indexes of {label}: one registration, CPU, median of rounds "
                  f"{statistics.median(medians[label]):.3f} ms; import {statistics.median(imports[label]):.0f} "
                  f"rows per CPU second")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
