"""Plain words for what went wrong in sync: every refusal code the server's push can give has its own sentence, and a
full drive is called a full drive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sync.server.admin
import sync.server.push
from eoffice_desktop.ui.sync_words import error_message, file_error, refusal_reason
from sync.client.errors import Refused, ServerBusy


def test_every_refusal_code_of_the_server_has_its_own_words(app) -> None:  # type: ignore[no-untyped-def]
    source = Path(sync.server.push.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'code="([a-z_]+)"', source)) | set(
        re.findall(r'_rejected\(\s*\w+(?:\.\w+)?,\s*"([a-z_]+)"', source)
    )
    codes |= set(sync.server.push.REASONS)  # the refusals kept as links of a PC's chain
    assert {"foreign_letter", "number"} <= codes
    assert {"wrong_device", "wrong_office", "chain", "author"} <= codes
    for code in codes:
        text = refusal_reason(code, "server words")
        assert "server words" not in text, code
    assert "server words" in refusal_reason("something_new", "server words")  # unknown codes keep the server's words


def test_a_full_drive_is_called_full(app) -> None:  # type: ignore[no-untyped-def]
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with pytest.raises(OSError) as caught, open("/dev/full", "wb") as drive:
        drive.write(b"x" * 4096)
        drive.flush()
    assert file_error(caught.value).startswith("The drive is full.")
    with pytest.raises(OSError) as gone:
        Path("/nonexistent-drive/file.eob").read_bytes()
    assert "removed" in file_error(gone.value)


def test_every_enrolment_refusal_code_of_the_server_has_its_own_words(app) -> None:  # type: ignore[no-untyped-def]
    assert "office_id_taken" in sync.server.admin.ENROLMENT_REFUSALS
    for code in sync.server.admin.ENROLMENT_REFUSALS:
        assert "server words" not in error_message(Refused("server words", code)), code
    # the reasons the server gives beside `enrolment_refused` are worded apart, from the reason, not the English
    raised = set(re.findall(r'code="([a-z_]+)"', Path(sync.server.admin.__file__).read_text(encoding="utf-8")))
    assert raised and raised <= set(sync.server.admin.ENROLMENT_REFUSALS), raised
    worded = {error_message(Refused("SERVER WORDS", "enrolment_refused").because(r)) for r in raised}
    assert len(worded) == len(raised) and not any("SERVER WORDS" in w for w in worded)
    assert error_message(Refused("x", "enrolment_refused").because("pc_already_enrolled")) == (
        "This PC is already enrolled (or was revoked). Ask IT for help with a new data folder."
    )


def test_a_throttled_enrolment_is_told_in_one_sentence(app) -> None:  # type: ignore[no-untyped-def]
    text = error_message(ServerBusy("Too many failed enrolment attempts ...", "enrolment_throttled"))
    assert text.startswith("Too many wrong enrolment codes were tried") and "15 minutes" in text
    assert text.count(".") == 1 and text != error_message(ServerBusy("busy", "server_busy"))
