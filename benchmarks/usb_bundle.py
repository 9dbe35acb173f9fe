"""What a USB round trip costs: an enrolled PC registers N letters, M of them with a scan of 1 MB, and saves them for
USB (`export_bundle`); the server reads the bundle in and writes the return bundle (`read_in`); the PC reads the
return bundle in (`import_bundle`). Wall time of each step (saving: median of the repeats), and the bundle's size.

    python benchmarks/usb_bundle.py [--letters 200] [--scans 20] [--repeat 3]

Ends with one line of figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eoffice_desktop.core.office import open_store, setup_office  # noqa: E402
from eoffice_desktop.core.registry.letterform import LetterForm  # noqa: E402
from eoffice_desktop.core.registry.register import register_letter  # noqa: E402
from sync.client.bundles import export_bundle, import_bundle  # noqa: E402
from sync.client.session import enrol_pc  # noqa: E402
from sync.server.admin import add_office, new_enrolment_code  # noqa: E402
from sync.server.blobstore import ServerBlobStore  # noqa: E402
from sync.server.bundles import read_in  # noqa: E402
from sync.server.database import ServerDatabase  # noqa: E402
from tests.sync.conftest import start_server  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", type=int, default=200)
    parser.add_argument("--scans", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        database = ServerDatabase(f"sqlite:///{tmp / 'server.sqlite'}")
        running, server = start_server(database, tmp / "server-blobs", "sqlite")
        with database.write() as s:
            add_office(s, "ເມືອງ", "ຫ້ອງການເມືອງ", "District", "", None)
            enrolment = new_enrolment_code(s, "ເມືອງ")
        store = open_store(tmp / "pc")
        actor = setup_office(store, "ເມືອງ", "ຫ້ອງການເມືອງ", "District", "admin", "Admin", "password-1")
        enrol_pc(store, running.url, enrolment)
        for n in range(args.letters):
            scans = []
            if n < args.scans:
                scan = tmp / f"scan-{n}.pdf"
                scan.write_bytes(b"%PDF-1.4\n" + os.urandom(1 << 20))
                scans = [scan]
            form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject=f"ລາຍງານ {n}", attachments=scans)
            register_letter(store, actor, form)
        saving = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            stick = export_bundle(store, tmp / "stick.eob")
            saving.append(time.perf_counter() - started)
        started = time.perf_counter()
        outcome = read_in(database, ServerBlobStore(tmp / "server-blobs"), stick.path, tmp / "return.eob")
        reading = time.perf_counter() - started
        assert outcome.answer is not None and outcome.count("accepted") == stick.events
        started = time.perf_counter()
        import_bundle(store, outcome.answer)
        returning = time.perf_counter() - started
        store.close()
        server.should_exit = True
        database.dispose()
    print(
        f"{args.letters} letters, {args.scans} scans of 1 MB: bundle {stick.bytes / 1e6:.1f} MB; "
        f"save {statistics.median(saving):.2f} s, read in at the server with its return {reading:.2f} s, "
        f"return read in on the PC {returning:.2f} s"
    )


if __name__ == "__main__":
    main()
