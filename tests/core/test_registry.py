from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.eventlog.events import letter_history
from eoffice_desktop.core.registry.letterform import FormInvalid, LetterForm
from eoffice_desktop.core.registry.register import (
    ActionRefused,
    correct_field,
    form_from_template,
    list_templates,
    register_letter,
    save_template,
    void_letter,
)
from eoffice_desktop.core.registry.register_query import (
    RegisterFilter,
    count_letters,
    fetch_page,
    holds_letter,
    letter_detail,
)
from eoffice_desktop.core.storage.blobs import AttachmentRefused
from eoffice_desktop.core.storage.models import Letter

TODAY = date(2026, 3, 10)


def incoming(**kw: object) -> LetterForm:
    form = LetterForm(
        direction="in",
        register_date=TODAY,
        sender_name="ກະຊວງການເງິນ",
        sender_ref="0123/ກງ",
        subject="ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານ",
    )
    for k, v in kw.items():
        setattr(form, k, v)
    return form


def test_incoming_letters_get_consecutive_numbers_in_lao_style(store, clerk):
    first = register_letter(store, clerk, incoming(), today=TODAY)
    second = register_letter(store, clerk, incoming(subject="Invitation to a workshop"), today=TODAY)
    assert first.registry_number == "0001/ກຕສ"
    assert second.registry_number == "0002/ກຕສ"
    with store.db.session() as s:
        letter = s.get(Letter, first.letter_id)
        assert letter.sender_name == "ກະຊວງການເງິນ"
        assert letter.letter_date is None  # the clerk copies it from the paper; never defaulted


def test_outgoing_series_is_separate_and_reply_is_linked_both_ways(store, clerk):
    answered = register_letter(store, clerk, incoming(), today=TODAY)
    with store.db.session() as s:
        org = s.get(Letter, answered.letter_id).sender_org_id
    out = register_letter(
        store,
        clerk,
        LetterForm(
            direction="out",
            register_date=TODAY,
            recipients=[org],
            subject="ຕອບ: ການປະຊຸມ",
            signatory="ທ່ານ ລັດຖະມົນຕີ",
            in_reply_to=answered.letter_id,
        ),
        today=TODAY,
    )
    assert out.registry_number == "0001/ກຕສ"
    with store.db.session() as s:
        assert letter_detail(s, out.letter_id).answers.id == answered.letter_id
        assert [r.id for r in letter_detail(s, answered.letter_id).replies] == [out.letter_id]


def test_numbers_restart_each_year(store, clerk):
    register_letter(store, clerk, incoming(register_date=date(2025, 12, 31)), today=date(2025, 12, 31))
    again = register_letter(store, clerk, incoming(register_date=date(2026, 1, 2)), today=date(2026, 1, 2))
    assert again.registry_number == "0001/ກຕສ"


def test_missing_fields_and_impossible_dates_are_reported_per_field(store, clerk):
    form = incoming(
        subject=" ", sender_name="", letter_date=TODAY + timedelta(days=1), reply_due=TODAY - timedelta(days=3)
    )
    with pytest.raises(FormInvalid) as info:
        register_letter(store, clerk, form, today=TODAY)
    fields = {e.field for e in info.value.errors}
    assert fields == {"subject", "sender", "letter_date", "reply_due"}
    with store.db.session() as s:
        assert s.scalar(select(Letter.id)) is None


def test_attachment_is_kept_byte_for_byte(store, clerk, tmp_path: Path):
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(demo_pdf("0001") + b"%signed trailer bytes\n")
    result = register_letter(store, clerk, incoming(attachments=[pdf]), today=TODAY)
    with store.db.session() as s:
        detail = letter_detail(s, result.letter_id)
    (attachment,) = detail.attachments
    assert store.blobs.read(attachment.blob_hash) == pdf.read_bytes()
    assert attachment.media_type == "application/pdf"


def test_unreadable_and_oversized_attachments_are_refused(store, clerk, tmp_path: Path):
    text = tmp_path / "notes.txt"
    text.write_text("not a scan")
    with pytest.raises(AttachmentRefused, match="not a PDF or an image"):
        register_letter(store, clerk, incoming(attachments=[text]), today=TODAY)
    with pytest.raises(AttachmentRefused, match="cannot be read"):
        register_letter(store, clerk, incoming(attachments=[tmp_path / "missing.pdf"]), today=TODAY)
    store.blobs.limit = 100
    big = tmp_path / "big.pdf"
    big.write_bytes(demo_pdf("x"))
    with pytest.raises(AttachmentRefused, match="limit"):
        register_letter(store, clerk, incoming(attachments=[big]), today=TODAY)


def test_correction_keeps_old_value_in_history(store, clerk):
    result = register_letter(store, clerk, incoming(), today=TODAY)
    correct_field(store, clerk, result.letter_id, "subject", "ແຈ້ງການກ່ຽວກັບການປະຊຸມ (ສະບັບແກ້ໄຂ)", "ພິມຜິດ", today=TODAY)
    with store.db.session() as s:
        letter = s.get(Letter, result.letter_id)
        assert letter.subject.endswith("(ສະບັບແກ້ໄຂ)")
        history = letter_history(s, result.letter_id)
    correction = history[-1]
    assert correction.type == "letter.field_corrected"
    assert '"old":"ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານ"' in correction.payload
    assert correction.author_id == clerk.user_id


def test_frozen_fields_cannot_change_after_the_letter_moved(store, clerk):
    result = register_letter(store, clerk, incoming(), today=TODAY)
    with store.db.write() as s:
        s.get(Letter, result.letter_id).moved = True
    with pytest.raises(ActionRefused, match="frozen"):
        correct_field(store, clerk, result.letter_id, "register_date", TODAY - timedelta(days=1), "typo", today=TODAY)
    correct_field(store, clerk, result.letter_id, "summary", "ສະຫຼຸບ", "added", today=TODAY)


def test_void_needs_reason_and_keeps_the_letter(store, clerk):
    result = register_letter(store, clerk, incoming(), today=TODAY)
    with pytest.raises(FormInvalid):
        void_letter(store, clerk, result.letter_id, " ")
    void_letter(store, clerk, result.letter_id, "ລົງທະບຽນຊ້ຳ")
    with store.db.session() as s:
        letter = s.get(Letter, result.letter_id)
        assert (letter.status, letter.void_reason) == ("void", "ລົງທະບຽນຊ້ຳ")
        assert count_letters(s, RegisterFilter(direction="in")) == 1
        assert count_letters(s, RegisterFilter(direction="in", include_void=False)) == 0
        assert holds_letter(s, RegisterFilter(direction="in"), result.letter_id)
        assert not holds_letter(s, RegisterFilter(direction="in", status="registered"), result.letter_id)
        assert not holds_letter(s, RegisterFilter(direction="out"), result.letter_id)
    with pytest.raises(ActionRefused, match="void"):
        correct_field(store, clerk, result.letter_id, "summary", "x", "y", today=TODAY)


def test_templates_fill_the_next_form(store, clerk):
    save_template(store, clerk, "Budget notices", incoming(urgency="urgent", keywords="ງົບປະມານ"))
    (template,) = list_templates(store, "in")
    form = form_from_template(template)
    assert (form.urgency, form.keywords, form.sender_name) == ("urgent", "ງົບປະມານ", "ກະຊວງການເງິນ")
    assert form.register_date is None and form.sender_ref == ""


def test_register_pages_sort_and_filter_in_sql(store, clerk):
    for i in range(30):
        register_letter(
            store, clerk, incoming(subject=f"Letter {i:02d}", urgency="urgent" if i % 3 == 0 else "normal"), today=TODAY
        )
    with store.db.session() as s:
        f = RegisterFilter(direction="in")
        page = fetch_page(s, f, 0, 10, sort="number", descending=True)
        assert page[0].registry_number == "0030/ກຕສ"
        assert len(fetch_page(s, f, 25, 10)) == 5
        assert count_letters(s, RegisterFilter(direction="in", urgency="urgent")) == 10
        assert fetch_page(s, f, 0, 1, sort="subject", descending=False)[0].subject == "Letter 00"
