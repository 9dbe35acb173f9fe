"""What saying where each outgoing letter is costs a page of search results: the page as the search runner reads it
(the matches, then which were found in scans), and the added reads of `journey.whereabouts` for the same 100 rows.

    python benchmarks/search_where.py [--letters 5000] [--repeat 30] [--sent-on]

Every address-book entry is linked to an office that receives letters through the server, so each outgoing letter of
the page has offices to report on (the worst case: a letter sent on paper is answered without a read of reports).
With `--sent-on`, every outgoing letter also holds the reports of an office that sent it on to two others and the
reports it relayed about them (registered, completed: five tracking events a letter), so each row says where the
letter is now, at the end of that chain, named. The added reads go by the page's letter ids (a few reads, whatever
the register's size). Ends with one line `letters=N page_ms=.. where_ms=..` (medians).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, update  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from eoffice_desktop.core.demo.build import generate_demo  # noqa: E402
from eoffice_desktop.core.journey.whereabouts import with_whereabouts  # noqa: E402
from eoffice_desktop.core.ocr.store import found_in_scans  # noqa: E402
from eoffice_desktop.core.office import open_store  # noqa: E402
from eoffice_desktop.core.search.query import SearchQuery, search_letters  # noqa: E402
from eoffice_desktop.core.search.runner import reader_engine  # noqa: E402
from eoffice_desktop.core.storage.models import Event, Letter, LetterRecipient, Organisation  # noqa: E402
from eoffice_desktop.core.storage.settings import get_setting  # noqa: E402

PAGE = 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--sent-on", action="store_true", help="each outgoing letter sent on by the office it went to")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "office")
        generate_demo(store, args.letters, attachment_share=0.0, routed=0)
        with store.db.write() as s:  # every correspondent an office on the server
            s.execute(update(Organisation).values(office_id="off_" + Organisation.id))
            if args.sent_on:
                _sent_on(s)
        database = store.data_dir.database
        store.close()
        engine = reader_engine(database)
        query = SearchQuery(direction="out")
        page_ms, where_ms = [], []
        with Session(engine) as session:
            own = get_setting(session, "office.id")
            for _ in range(args.repeat):
                started = time.perf_counter()
                rows = search_letters(session, query, 0, PAGE)
                found_in_scans(session, [row.id for row in rows], query.text)
                read = time.perf_counter()
                placed = with_whereabouts(session, rows, office_id=own)
                done = time.perf_counter()
                page_ms.append((read - started) * 1000)
                where_ms.append((done - read) * 1000)
                session.rollback()  # (a new read each time, as each search is)
        engine.dispose()
    said = sum(1 for row in placed if row.where is not None)
    print(f"{len(placed)} outgoing rows on the page, {said} with where they are")
    print(f"letters={args.letters} page_ms={statistics.median(page_ms):.1f} where_ms={statistics.median(where_ms):.1f}")


def _sent_on(session: Session) -> None:
    """Each outgoing letter's first recipient registered it and sent it on to two offices further down, which
    registered and completed it; its reports and those it relayed, as a sync brings them (synthetic rows: the page's
    reads do not look at the chain's hashes)."""
    sent = session.execute(
        select(Letter.id, Organisation.office_id, Letter.registered_at)
        .join(LetterRecipient, LetterRecipient.letter_id == Letter.id)
        .join(Organisation, Organisation.id == LetterRecipient.org_id)
        .where(Letter.direction == "out", LetterRecipient.position == 0)
    ).all()
    further = [f"off_further_{n}" for n in range(2)]
    for number, (letter_id, office, when) in enumerate(sent):
        states = [
            {"status": "registered", "registry_number": "12/ຫພ", "forwarded_to": "ຫ້ອງການ ກ; ຫ້ອງການ ຂ"},
            *({"status": "registered", "about_office_id": about, "about_office_name": about} for about in further),
            *({"status": "completed", "about_office_id": about, "about_office_name": about} for about in further),
        ]
        for step, state in enumerate(states):
            session.add(
                Event(
                    id=f"ev-{number}-{step}",
                    type="letter.tracking",
                    letter_id=letter_id,
                    office_id=office,
                    device_id=f"pc_{office}",
                    author_id="u",
                    hlc=f"{when.isoformat()}-{step:04d}",
                    dev_seq=number * 10 + step + 1,
                    prev="",
                    hash="",
                    payload=json.dumps(state, ensure_ascii=False),
                    received_at=when,
                )
            )


if __name__ == "__main__":
    main()
