"""The window that sends an incoming letter on to other offices offers the offices of the address book on eOffice,
never the office the letter came from: a province clerk ticking the first name sent the ministry's letter back "on" to
the ministry, which then showed its own letter as sent on to itself."""

from __future__ import annotations

from pathlib import Path

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.service import LetterHeading
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui.forward_dialog import ForwardDialog
from eoffice_desktop.ui.tasks import TaskRunner
from tests.core.arrived import arrived_letter

DISTRICT = "ຫ້ອງການສຶກສາ ເມືອງຊຽງເງິນ"


def test_the_office_a_letter_came_from_is_not_offered_to_send_it_on_to(app, qtbot, tmp_path: Path):
    arrived = arrived_letter(tmp_path, sender_name="ກະຊວງສຶກສາທິການ")
    try:
        here, actor = arrived.here, arrived.actor
        incoming = register_arrival(here, actor, arrived.letter_id).letter_id  # (the ministry joins the address book)
        with here.db.write() as s:
            add_organisation(s, here.log, actor, EntryFields(DISTRICT, office_id="off_district"))
            heading = LetterHeading.of(s.get(Letter, incoming))  # type: ignore[arg-type]
        dialog = ForwardDialog(here, heading, TaskRunner())
        qtbot.addWidget(dialog)
        offered = [dialog.offices.item(row).text() for row in range(dialog.offices.count())]
        assert offered == [DISTRICT]
    finally:
        arrived.close()
