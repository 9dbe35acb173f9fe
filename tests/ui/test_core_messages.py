"""How a window tells a failure (ui/core_messages.refused_or): a refusal by its own sentence, a drive's error in the
drive's words when the window has a sentence for them, anything else by the window's sentence, its reason logged."""

from __future__ import annotations

import errno

from eoffice_desktop.core.people.accounts import AccountError
from eoffice_desktop.ui.core_messages import not_done, refused_or


def test_a_failure_is_told_by_its_refusal_the_drives_words_or_the_windows_sentence(qapp, caplog):  # type: ignore[no-untyped-def]
    refusal = AccountError("This user does not exist.", code="user_unknown")
    full = OSError(errno.ENOSPC, "No space left on device")
    broken = RuntimeError("no such table: letters")
    with caplog.at_level("WARNING", logger="eoffice.ui"):
        assert refused_or(refusal, "a test", "Not saved.") == "This user does not exist."
        assert refused_or(refusal, "a test", "Not saved.", refused="Not saved: {error}") == (
            "Not saved: This user does not exist."
        )
        assert caplog.records == []  # (a refusal says what happened: nothing for IT staff)
        assert refused_or(full, "a test", "Not saved.") == "Not saved."
        assert refused_or(full, "a test", "Not saved.", drive="Not saved. {reason}") == (
            "Not saved. The drive is full. Free some space or use another drive."
        )
        assert not_done(full) == "The drive is full. Free some space or use another drive."
        assert refused_or(broken, "a test", "Not saved.", drive="Not saved. {reason}") == "Not saved."
    assert "a test: RuntimeError: no such table: letters" in caplog.text
    assert "a test: OSError: ENOSPC No space left on device" in caplog.text
