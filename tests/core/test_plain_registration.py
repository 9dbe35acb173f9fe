"""A registration without the ORM session (core/storage/plain_write.py): the usual letter (from a known or a new
sender, without a scan) is registered in a plain sqlite3 transaction; a letter that needs the ORM is registered in a
session from the start, and nothing of the plain attempt stays (no event, no number)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date

import pytest
from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.addresses.addressbook_fold import EDITABLE
from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import FormInvalid, LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import Event, Letter, Organisation
from eoffice_desktop.core.storage.plain_write import NeedsSession, PlainWrite
from eoffice_desktop.core.storage.prepared import needs_session
from sync.protocol.events import EventType

TODAY = date(2026, 3, 10)


def incoming(n: int, sender: str = "ກະຊວງການເງິນ") -> LetterForm:
    return LetterForm(direction="in", register_date=TODAY, sender_name=sender, subject=f"ແຈ້ງການ {n}")


@pytest.fixture
def sessions_made(store: OfficeStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kind of each write transaction opened from now on: 'session' or 'plain'."""
    made: list[str] = []
    write, write_plain = store.db.write, store.db.write_plain

    def counted(kind: str, opener):  # type: ignore[no-untyped-def]
        def opened() -> AbstractContextManager[object]:
            made.append(kind)
            return opener()

        return opened

    monkeypatch.setattr(store.db, "write", counted("session", write))
    monkeypatch.setattr(store.db, "write_plain", counted("plain", write_plain))
    return made


def events_of(store: OfficeStore) -> list[tuple[str, int]]:
    with store.db.session() as s:
        return [(row.type, row.dev_seq) for row in s.scalars(select(Event).order_by(Event.seq))]


def test_a_known_senders_letter_is_registered_in_a_plain_transaction(store, clerk, sessions_made):
    register_letter(store, clerk, incoming(1), today=TODAY)  # a new sender: its entry in the same transaction
    second = register_letter(store, clerk, incoming(2), today=TODAY)
    assert sessions_made == ["plain", "plain"]
    with store.db.session() as s:
        letter = s.get(Letter, second.letter_id)
        sender = s.scalars(select(Organisation).where(Organisation.name_lo == "ກະຊວງການເງິນ")).one()
    assert letter is not None and letter.registry_number == second.registry_number
    assert (letter.sender_org_id, letter.sender_name, letter.subject) == (sender.id, "ກະຊວງການເງິນ", "ແຈ້ງການ 2")
    report = check_data_dir(store.data_dir.root, full=True)  # the hash chain, and the register = a rebuild of the log
    assert report.ok, report.text()


def test_a_new_senders_entry_is_made_with_its_letter_as_the_orm_made_it(store, clerk, sessions_made):
    before = events_of(store)
    first = register_letter(store, clerk, incoming(1, "ພາກສ່ວນໃໝ່"), today=TODAY)
    second = register_letter(store, clerk, incoming(2, "ພາກສ່ວນໃໝ່ອີກ"), today=TODAY)
    added = events_of(store)[len(before) :]
    # One address-book entry and one registration each; this PC's chain goes on without a gap.
    assert [kind for kind, _ in added] == [EventType.ORG_ADDED, EventType.LETTER_REGISTERED] * 2
    seqs = [seq for _, seq in events_of(store)]
    assert seqs == list(range(1, len(seqs) + 1))
    assert [first.registry_number[:4], second.registry_number[:4]] == ["0001", "0002"]  # no number lost
    with store.db.session() as s:
        names = sorted(s.scalars(select(Organisation.name_lo).where(Organisation.name_lo.like("ພາກສ່ວນໃໝ່%"))))
    assert names == ["ພາກສ່ວນໃໝ່", "ພາກສ່ວນໃໝ່ອີກ"]
    assert sessions_made == ["plain", "plain"]
    with store.db.write() as s:  # the ORM's path for an entry, beside the two made in plain transactions
        add_organisation(s, store.log, clerk, EntryFields("ພາກສ່ວນຂອງ ORM", "By the ORM", "ORM", "ministry"))
    with store.db.session() as s:
        rows = {o.name_lo: o for o in s.scalars(select(Organisation))}
    plain, orm = rows["ພາກສ່ວນໃໝ່"], rows["ພາກສ່ວນຂອງ ORM"]
    assert set(plain.field_versions) == set(orm.field_versions) == set(EDITABLE)
    assert (plain.kind, plain.name_en, plain.office_id, plain.merged_into) == ("other", "", None, None)
    report = check_data_dir(store.data_dir.root, full=True)  # every table = a rebuild of the log
    assert report.ok, report.text()


@pytest.mark.parametrize("needs", ["scan", "reply"])  # (directory offices: tests/core/test_directory.py)
def test_letters_that_need_the_orm_go_straight_to_a_session_or_after_the_plain_attempt(
    store, clerk, sessions_made, tmp_path, needs
):
    first = register_letter(store, clerk, incoming(1), today=TODAY)
    sessions_made.clear()
    form = incoming(2)
    if needs == "scan":
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(demo_pdf("0002"))
        form.attachments = [scan]
    else:
        with store.db.session() as s:
            sender = s.scalars(select(Organisation.id).where(Organisation.name_lo == "ກະຊວງການເງິນ")).one()
        form = LetterForm(direction="out", register_date=TODAY, subject="ຕອບ", recipients=[sender])
        form.in_reply_to = first.letter_id
    before = events_of(store)
    done = register_letter(store, clerk, form, today=TODAY)
    assert sessions_made == (["session"] if needs == "scan" else ["plain", "session"])
    assert [kind for kind, _ in events_of(store)[len(before) :]] == [EventType.LETTER_REGISTERED]
    with store.db.session() as s:
        letter = s.get(Letter, done.letter_id)
        assert letter is not None
        assert (letter.attachment_count, letter.in_reply_to) == ((1, None) if needs == "scan" else (0, first.letter_id))


def test_a_refusal_in_a_plain_transaction_writes_nothing_and_the_next_letter_goes_in(store, clerk):
    register_letter(store, clerk, incoming(1), today=TODAY)
    taken = incoming(2)
    taken.registry_number = register_letter(store, clerk, incoming(3), today=TODAY).registry_number
    before = events_of(store)
    with pytest.raises(FormInvalid, match="already used"):
        register_letter(store, clerk, taken, today=TODAY)
    assert events_of(store) == before
    register_letter(store, clerk, incoming(4), today=TODAY)  # the connection was not left in a transaction
    assert len(events_of(store)) == len(before) + 1


def test_a_plain_transaction_has_no_session_to_give(store, clerk):
    with pytest.raises(NeedsSession), store.db.write_plain() as tx:
        assert isinstance(tx, PlainWrite)
        needs_session(tx)
    with store.db.write() as s:
        assert needs_session(s) is s
