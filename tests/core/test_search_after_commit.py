"""A new letter's search index entry is written just after the registration's commit, in a small transaction of its
own: a power cut between the two leaves the letter saved, and findable once the office is opened again."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.accounts import viewer_of
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.search.index import append_search_text, index_is_consistent
from eoffice_desktop.core.search.query import SearchQuery, search_letters

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 10)

# Registers two letters; the second one's process ends at the instant its transaction has committed, before its
# index entry is written (as a power cut then would: the entry's transaction is not synced to the disk anyway).
CUT_AFTER_COMMIT = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    from pathlib import Path
    from eoffice_desktop.core.office import open_store, setup_office
    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter
    from eoffice_desktop.core.storage import db

    store = open_store(Path(sys.argv[1]))
    actor = setup_office(store, "ທດລ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    def form(subject):
        return LetterForm(register_date=date(2026, 3, 10), sender_name="ກະຊວງການເງິນ", subject=subject)
    register_letter(store, actor, form("ໜັງສືກ່ອນໄຟດັບ"), today=date(2026, 3, 10))
    def power_cut(connection):
        print("committed", flush=True)
        os._exit(0)
    db.index_new_letters = power_cut
    register_letter(store, actor, form("ແຈ້ງການສ້ອມແປງຂົວຫີນ"), today=date(2026, 3, 10))
    """
)


def _found(store, words: str) -> list[str]:
    with store.db.session() as s:
        viewer = viewer_of(s, store.admin_actor().user_id)
        return [row.subject for row in search_letters(s, SearchQuery(text=words), viewer=viewer, today=TODAY)]


def test_a_letter_cut_off_before_its_index_entry_is_found_after_the_next_start(tmp_path: Path):
    office = tmp_path / "office"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-c", CUT_AFTER_COMMIT, str(office)], env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0 and run.stdout.split() == ["committed"], run.stderr[-2000:]
    with sqlite3.connect(office / "eoffice.sqlite") as raw:  # the state the cut left: saved, not in the index
        assert raw.execute("SELECT count(*) FROM letters").fetchone() == (2,)
        assert raw.execute("SELECT count(*) FROM letter_search").fetchone() == (1,)
    store = open_store(office)  # the next start
    try:
        assert _found(store, "ສ້ອມແປງຂົວ") == ["ແຈ້ງການສ້ອມແປງຂົວຫີນ"]
        assert _found(store, "ກ່ອນໄຟດັບ") == ["ໜັງສືກ່ອນໄຟດັບ"]
        with store.db.session() as s:
            assert index_is_consistent(s)
    finally:
        store.close()
    assert check_data_dir(office).ok


def test_a_registered_letter_is_found_as_soon_as_it_is_saved(store, clerk):
    register_letter(store, clerk, LetterForm(register_date=TODAY, sender_name="ກະຊວງພາຍໃນ", subject="ກອງປະຊຸມ ICT"))
    assert _found(store, "ICT") == ["ກອງປະຊຸມ ICT"]


def test_a_note_added_in_the_letters_own_transaction_is_found(store, clerk):
    """An import or the demo registers and routes letters in one transaction: the minute is kept with the entry."""
    form = LetterForm(register_date=TODAY, sender_name="ກະຊວງພາຍໃນ", subject="ໜັງສືສະເໜີ")
    with store.db.write() as s:
        done = register_letter(store, clerk, form, today=TODAY, session=s)
        append_search_text(s, done.letter_id, "ມອບໃຫ້ພະແນກແຜນການພິຈາລະນາ")
        later = register_letter(store, clerk, form, today=TODAY, session=s)  # after the note: its entry follows
    assert _found(store, "ພະແນກແຜນການ") == ["ໜັງສືສະເໜີ"]
    assert len(_found(store, "ສະເໜີ")) == 2 and later.letter_id
    with store.db.session() as s:
        assert index_is_consistent(s)
