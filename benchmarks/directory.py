"""The national directory at full size: 2,973 offices (100 ministry offices, 32 provincial governors' offices, 700
departments, 141 districts, 2,000 villages) made up from real Lao province names and Lao place-name syllables.

    python benchmarks/directory.py [--runs 200]               # import, the PC taking it, office search
    sudo python benchmarks/directory.py --link [--rate-kbit 200 --delay-ms 300 --loss-pct 2]

Office search is timed as the office picker asks it (`core.addresses.correspondents.find_correspondents`), as the
directory search alone (`core.addresses.directory.search_offices`), and beside its floor: the same SQLite query run raw
on the same connection, the query already folded, no ORM. With `--link` (root: network namespaces, tc, nftables, as
`benchmarks/sync_link.py`, whose link and relay it reuses) a freshly enrolled PC takes the whole directory in its
first sync over the shaped link, then 10 renamed offices in a later sync, then a sync with nothing changed.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PROVINCES = [
    ("ນວ", "ນະຄອນຫຼວງວຽງຈັນ", "Vientiane Capital"),
    ("ຜສ", "ແຂວງຜົ້ງສາລີ", "Phongsaly"),
    ("ຫລນ", "ແຂວງຫຼວງນ້ຳທາ", "Luang Namtha"),
    ("ອດ", "ແຂວງອຸດົມໄຊ", "Oudomxay"),
    ("ບກ", "ແຂວງບໍ່ແກ້ວ", "Bokeo"),
    ("ຫລພ", "ແຂວງຫຼວງພະບາງ", "Luang Prabang"),
    ("ຫພ", "ແຂວງຫົວພັນ", "Houaphanh"),
    ("ຊບລ", "ແຂວງໄຊຍະບູລີ", "Xayaboury"),
    ("ຊຂ", "ແຂວງຊຽງຂວາງ", "Xiengkhouang"),
    ("ວຈ", "ແຂວງວຽງຈັນ", "Vientiane Province"),
    ("ບລຊ", "ແຂວງບໍລິຄຳໄຊ", "Bolikhamxay"),
    ("ຄມ", "ແຂວງຄຳມ່ວນ", "Khammouane"),
    ("ສຂ", "ແຂວງສະຫວັນນະເຂດ", "Savannakhet"),
    ("ສລວ", "ແຂວງສາລະວັນ", "Saravane"),
    ("ຊກ", "ແຂວງເຊກອງ", "Sekong"),
    ("ຈປ", "ແຂວງຈຳປາສັກ", "Champasak"),
    ("ອປ", "ແຂວງອັດຕະປື", "Attapeu"),
    ("ຊສບ", "ແຂວງໄຊສົມບູນ", "Xaisomboun"),
]
TOPICS = [
    ("ສຶກສາທິການ ແລະ ກິລາ", "Education and Sports"),
    ("ສາທາລະນະສຸກ", "Health"),
    ("ການເງິນ", "Finance"),
    ("ແຜນການ ແລະ ການລົງທຶນ", "Planning and Investment"),
    ("ກະສິກຳ ແລະ ປ່າໄມ້", "Agriculture and Forestry"),
    ("ໂຍທາທິການ ແລະ ຂົນສົ່ງ", "Public Works and Transport"),
    ("ອຸດສາຫະກຳ ແລະ ການຄ້າ", "Industry and Commerce"),
    ("ພະລັງງານ ແລະ ບໍ່ແຮ່", "Energy and Mines"),
    ("ຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ", "Natural Resources and Environment"),
    ("ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ", "Technology and Communications"),
    ("ແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ", "Labour and Social Welfare"),
    ("ຖະແຫຼງຂ່າວ ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ", "Information, Culture and Tourism"),
    ("ຍຸຕິທຳ", "Justice"),
    ("ພາຍໃນ", "Home Affairs"),
    ("ການຕ່າງປະເທດ", "Foreign Affairs"),
    ("ປ້ອງກັນຊາດ", "Defence"),
    ("ປ້ອງກັນຄວາມສະຫງົບ", "Public Security"),
    ("ສະຖິຕິ", "Statistics"),
    ("ກວດກາ", "Inspection"),
    ("ພາສີ", "Customs"),
    ("ສ່ວຍສາອາກອນ", "Taxes"),
    ("ຄັງເງິນ", "Treasury"),
    ("ທີ່ດິນ", "Land"),
    ("ນ້ຳປະປາ", "Water Supply"),
]
BODIES = [
    ("ກະຊວງ", "Ministry of"),
    ("ອົງການ", "Organisation for"),
    ("ສະຖາບັນ", "Institute of"),
    ("ຄະນະກຳມະການ", "Committee for"),
    ("ສູນ", "Centre for"),
]
SYLLABLES = [
    ("ນາ", "Na"),
    ("ໂພນ", "Phon"),
    ("ສີ", "Si"),
    ("ໄຊ", "Xai"),
    ("ຄຳ", "Kham"),
    ("ທ່າ", "Tha"),
    ("ແກ້ວ", "Keo"),
    ("ດອນ", "Don"),
    ("ຫ້ວຍ", "Houay"),
    ("ປາກ", "Pak"),
    ("ສັນ", "San"),
    ("ໜອງ", "Nong"),
    ("ບຶງ", "Beung"),
    ("ວັງ", "Vang"),
    ("ຈັນ", "Chan"),
    ("ທອງ", "Thong"),
    ("ສະຫວ່າງ", "Savang"),
    ("ມີໄຊ", "Mixai"),
    ("ໂຄກ", "Khok"),
    ("ຊຽງ", "Xieng"),
    ("ແສງ", "Saeng"),
    ("ພູ", "Phou"),
    ("ຫາດ", "Hat"),
    ("ເຊ", "Xe"),
    ("ສົມ", "Som"),
    ("ບຸນ", "Boun"),
    ("ຂາມ", "Kham"),
    ("ໂນນ", "Non"),
    ("ທົ່ງ", "Thong"),
    ("ຫຼວງ", "Luang"),
]
SIDES = [("", ""), ("ເໜືອ", " Neua"), ("ໃຕ້", " Tai")]


def national_csv(path: Path) -> dict[str, int]:
    """Write the directory as the import file; returns the count of each kind."""
    rows: list[tuple[str, str, str, str, str, str]] = []
    for n in range(100):
        body, topic = BODIES[n // len(TOPICS)], TOPICS[n % len(TOPICS)]
        rows.append((f"ມ{n:03d}", body[0] + topic[0], f"{body[1]} {topic[1]}", "ministry", "", ""))
    for code, lao, english in PROVINCES:
        rows.append((code, lao, f"{english} Province", "province", "", ""))
    for code, lao, english in PROVINCES[:14]:  # the governors' cabinets of the larger provinces
        rows.append((f"{code}.ຫວ", "ຫ້ອງວ່າການ" + lao, f"{english} Governor's Cabinet", "province", "", code))
    for n in range(700):
        topic = TOPICS[n % len(TOPICS)]
        if n < 360:  # 20 departments in each province
            code, lao, english = PROVINCES[n // 20]
            rows.append(
                (
                    f"{code}.ພ{n % 20:02d}",
                    "ພະແນກ" + topic[0],
                    f"{english} {topic[1]} Department",
                    "department",
                    code,
                    code,
                )
            )
        else:
            rows.append(
                (
                    f"ມ{n % 100:03d}.ກ{n:03d}",
                    "ກົມ" + topic[0],
                    f"Department of {topic[1]} {n}",
                    "department",
                    "",
                    f"ມ{n % 100:03d}",
                )
            )
    districts = []
    for n in range(141):
        code, _, _ = PROVINCES[n % len(PROVINCES)]
        first, second = SYLLABLES[n % 30], SYLLABLES[(n * 7 + 3) % 30]
        districts.append(f"{code}.ມ{n:03d}")
        rows.append(
            (
                districts[-1],
                "ເມືອງ" + first[0] + second[0],
                f"{first[1]}{second[1].lower()} District",
                "district",
                code,
                code,
            )
        )
    for n in range(2000):
        first, second, side = SYLLABLES[n % 30], SYLLABLES[(n // 30) % 30], SIDES[(n // 900) % 3]
        district = districts[n % len(districts)]
        rows.append(
            (
                f"{district}.ບ{n:04d}",
                "ບ້ານ" + first[0] + second[0] + side[0],
                f"Ban {first[1]}{second[1].lower()}{side[1]}",
                "village",
                "",
                district,
            )
        )
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("code", "name_lo", "name_en", "kind", "province", "parent"))
        writer.writerows(rows)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[3]] = counts.get(row[3], 0) + 1
    return counts


# Parts of names, a province's name (its offices found by their parents), a department with its province, English,
# codes, no hit.
QUERIES = [
    "ສຶກສາ",
    "ນາ",
    "ໂພນສີ",
    "ຫຼວງພະບາງ",
    "ຈຳປາສັກ",
    "ສຶກສາ ຈຳປາສັກ",
    "ບ້ານດອນ",
    "education",
    "champasak",
    "ຫລພ",
    "ມ042",
    "ບໍ່ມີຫ້ອງການນີ້",
]


def search_figures(store: Any, runs: int) -> list[tuple[str, int, float, float, float, float]]:
    """(query, offices found, picker median ms, picker p95 ms, search median ms, floor median ms) per query: what
    the office picker asks (`find_correspondents`: the offices, then the address book), the directory search alone,
    and its SQL run raw."""
    from sqlalchemy.dialects import sqlite

    from eoffice_desktop.core.addresses.correspondents import OFFICES_SHOWN, find_correspondents
    from eoffice_desktop.core.addresses.directory import search_offices, search_query
    from eoffice_desktop.core.search.text import fold

    figures = []
    with store.db.session() as s:
        cursor = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        for query in QUERIES:
            folded = fold(query).strip()
            sql = str(
                search_query(folded, OFFICES_SHOWN).compile(
                    dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
                )
            )
            picker, searches, floors = [], [], []
            hits = 0
            for _ in range(runs):
                started = time.perf_counter()
                hits = len(find_correspondents(s, query))
                picker.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                search_offices(s, query, OFFICES_SHOWN)
                searches.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                cursor.execute(sql).fetchall()  # the same SQL, its text ready, on the same connection
                floors.append((time.perf_counter() - started) * 1000)
            picker.sort()
            figures.append(
                (
                    query,
                    hits,
                    statistics.median(picker),
                    picker[int(0.95 * (runs - 1))],
                    statistics.median(searches),
                    statistics.median(floors),
                )
            )
    return figures


def local(args: argparse.Namespace, work: Path) -> None:
    from eoffice_desktop.core.addresses.directory import apply_directory
    from eoffice_desktop.core.office import open_store, setup_office
    from sync.server.api_directory import delta
    from sync.server.database import ServerDatabase
    from sync.server.directory_import import import_offices

    counts = national_csv(work / "national.csv")
    print(
        "directory: "
        + ", ".join(f"{count} {kind}" for kind, count in counts.items())
        + f" = {sum(counts.values())} offices"
    )
    database = ServerDatabase(f"sqlite:///{work / 'server.sqlite'}")
    database.migrate()
    started = time.perf_counter()
    with database.write() as s:
        import_offices(s, work / "national.csv")
    print(f"  server: import of the CSV file {time.perf_counter() - started:6.2f} s")
    started = time.perf_counter()
    with database.read() as s:
        answer = delta(s, 0)
    print(f"  server: the whole directory as a delta {(time.perf_counter() - started) * 1000:6.0f} ms")
    store = open_store(work / "pc")
    setup_office(store, "ທດ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    started = time.perf_counter()
    with store.db.write() as s:
        apply_directory(s, answer)
    print(f"  PC: taking the whole directory (places, search keys) {time.perf_counter() - started:6.2f} s")
    print(f"  office picker's search, {args.runs} runs each (target: under 50 ms); its floor: the SQL run raw")
    print(f"    {'query':<18} {'hits':>4} {'median':>9} {'p95':>9} {'search':>9} {'floor':>9}")
    for query, hits, median, p95, search, floor in search_figures(store, args.runs):
        print(f"    {query:<18} {hits:>4} {median:7.2f} ms {p95:7.2f} ms {search:7.2f} ms {floor:7.2f} ms")
    store.close()
    database.dispose()


def over_link(args: argparse.Namespace, work: Path) -> None:
    """The first directory sync, 10 renames, then a sync with no change, over the shaped link."""
    import sync_link

    from eoffice_desktop.core.office import open_store, setup_office
    from sync.client.engine import SyncEngine, SyncPolicy
    from sync.client.session import enrol_pc, transport_for
    from sync.server import directory as server_directory
    from sync.server.admin import new_enrolment_code
    from sync.server.database import ServerDatabase
    from sync.server.directory_import import import_offices

    link = sync_link.Link(args.rate_kbit, args.delay_ms, args.loss_pct)
    link.down()
    link.up()
    services = sync_link.Services(link, work)
    try:
        services.wait()
        print(f"link: {args.rate_kbit} kbit/s each way, RTT {link.rtt * 1000:.0f} ms, {args.loss_pct}% loss each way")
        database = ServerDatabase(f"sqlite:///{work / 'server' / 'server.sqlite'}")
        with database.write() as s:
            import_offices(s, work / "national.csv")
            enrolment = new_enrolment_code(s, "ຫລພ.ພ00")
        store = open_store(work / "link-pc")
        setup_office(store, "ສສກ", "ພະແນກສຶກສາທິການ ແລະ ກິລາ", "Education", "admin", "Admin", "password-1")
        enrol_pc(store, services.url, enrolment, "pc")

        def sync() -> Any:
            return SyncEngine(store, transport_for(store), SyncPolicy()).run(("pull",))

        first, report = sync_link.measure("first sync: whole directory", link, services, sync)
        assert report.directory_offices >= 2973, report
        with database.write() as s:
            for office in server_directory.list_offices(s, kind="district")[:10]:
                server_directory.rename(s, office.code, name_lo=office.name_lo + " ໃໝ່")
        renamed, report = sync_link.measure("later sync: 10 renamed", link, services, sync)
        assert report.directory_offices == 10, report
        quiet, report = sync_link.measure("sync with no change", link, services, sync)
        assert report.directory_offices == 0, report
        store.close()
        database.dispose()
        print(
            f"directory_first_kib={first.app_down / 1024:.0f} first_s={first.seconds:.1f} "
            f"renames_kib={renamed.app_down / 1024:.1f} unchanged_requests={quiet.requests}"
        )
    finally:
        services.stop()
        link.down()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The national directory at 3,000 offices.")
    parser.add_argument("--runs", type=int, default=200, help="runs of each search")
    parser.add_argument("--link", action="store_true", help="also sync over the shaped link (root)")
    parser.add_argument("--rate-kbit", type=int, default=200)
    parser.add_argument("--delay-ms", type=int, default=300)
    parser.add_argument("--loss-pct", type=float, default=2)
    args = parser.parse_args(argv)
    if args.link and os.geteuid() != 0:
        parser.error("--link needs root: it creates network namespaces, a veth pair, tc and nftables rules")
    work = Path(tempfile.mkdtemp(prefix="directory-bench-"))
    local(args, work)
    if args.link:
        over_link(args, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
