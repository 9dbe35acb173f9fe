"""Plain words for what went wrong in sync: every refusal code the server's push can give has its own sentence, and a
full drive is called a full drive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sync.server.admin
import sync.server.push
from eoffice_desktop.ui.drive_words import file_error
from eoffice_desktop.ui.sync_words import error_message, refusal_reason
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
    assert "server words" not in refusal_reason("something_new", "server words")  # (its words are for IT, in the log)


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


def _failure(action) -> OSError:  # type: ignore[no-untyped-def]
    with pytest.raises(OSError) as caught:
        action()
    return caught.value


def test_file_errors_of_the_system_are_told_in_lao(app, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    """Each common error of a drive has a sentence of its own in the person's language (a file too large for a FAT32
    stick was told in the system's English); any other gets a general one, and the system's words go to the log."""
    import errno
    import os

    from eoffice_desktop.ui.resources import install_translation

    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    failures = {
        # (the system's value: a file-size limit set here would hold for every thread of the test run)
        errno.EFBIG: OSError(errno.EFBIG, os.strerror(errno.EFBIG)),
        errno.ENOENT: _failure(lambda: (tmp_path / "gone" / "x.eob").write_bytes(b"x")),
        errno.ENAMETOOLONG: _failure(lambda: (tmp_path / ("ກ" * 200)).write_bytes(b"x")),
        errno.EISDIR: _failure(lambda: tmp_path.write_bytes(b"x")),
        errno.EROFS: OSError(errno.EROFS, os.strerror(errno.EROFS)),  # (no read-only drive here: the system's value)
        errno.EACCES: PermissionError(errno.EACCES, os.strerror(errno.EACCES)),
        errno.ENOSPC: OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)),
    }
    assert {code: failure.errno for code, failure in failures.items()} == {code: code for code in failures}
    uncommon = _failure(loop.read_bytes)
    assert uncommon.errno == errno.ELOOP
    assert install_translation(app, "lo")
    try:
        worded = {code: file_error(failure) for code, failure in failures.items()}
        for code, text in worded.items():
            assert re.search("[\u0e80-\u0eff]", text), code
            assert failures[code].strerror not in text, text  # (not the system's English)
        assert len(set(worded.values())) == len(worded) - 1  # (read-only and no permission: one sentence)
        told = file_error(uncommon)
        assert re.search("[\u0e80-\u0eff]", told) and "ELOOP" not in told and str(uncommon.strerror) not in told
        assert f"ELOOP {uncommon.strerror}" in caplog.text  # the system's words, for IT staff
        # A sync that stops on such an error says the same, not "Sync stopped because of an error: [Errno 27] ...".
        assert error_message(failures[errno.EFBIG]) == worded[errno.EFBIG]
    finally:
        install_translation(app, "en")
    assert error_message(ConnectionRefusedError(errno.ECONNREFUSED, "refused")).startswith("No connection")
