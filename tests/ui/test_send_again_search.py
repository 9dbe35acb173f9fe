"""The send-again window of a letter an office returned: typing in its search box never offers the office that returned
it (sending there would be refused), while the other offices with the same words in their names are found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eoffice_desktop.core.journey.returns import return_to_sender
from eoffice_desktop.core.service import LetterHeading
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui.send_again_dialog import SendAgainDialog
from eoffice_desktop.ui.tasks import TaskRunner
from tests.core.arrived import RECIPIENTS, Arrived, arrived_letter
from tests.ui.conftest import type_text


@pytest.fixture
def returned(tmp_path: Path) -> Iterator[Arrived]:
    """The ministry's letter to the province and a district, returned by the province (its receipt on the ministry's
    PC, as a sync brings it)."""
    sent = arrived_letter(tmp_path)
    return_to_sender(sent.here, sent.actor, sent.letter_id, "ສົ່ງຜິດຫ້ອງການ")
    sent.report_back()
    yield sent
    sent.close()


def test_the_office_that_returned_the_letter_is_not_found_by_typing(app, qtbot, returned: Arrived):
    store = returned.sender
    with store.db.session() as s:
        heading = LetterHeading.of(s.get(Letter, returned.letter_id))
    dialog = SendAgainDialog(
        store, returned.sender_actor, heading, [(RECIPIENTS[0], "ສົ່ງຜິດຫ້ອງການ")], TaskRunner(), parent=None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.more is not None
    type_text(dialog.more.find, "ຫ້ອງການ")  # both offices' names start so
    qtbot.waitUntil(lambda: dialog.more is not None and bool(dialog.more.results), timeout=5000)
    found = [chosen.name for chosen in dialog.more.results.values()]
    assert found == [RECIPIENTS[1]]  # the district, not the province that returned it
    dialog.done(0)
