"""Letters carried on paper to offices without eOffice: the sending office's clerk records, from the delivery book the
messenger brings back signed, when each paper recipient got the letter and who received it (`letter.paper_delivered`).

Each record is an event of the office on its own outgoing letter (it replicates to the office's other PCs like any
other); a later record for the same recipient corrects the earlier one, which stays in the letter's History. Nothing is
projected into a table: the Journey, the register's Status and the History read the records from the log, as they
read the other offices' receipts (`paper_records.py`). A letter that sent on another office's letter tells that office
(its tracking report, `reports.py`).
"""

from __future__ import annotations

from datetime import date

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.paper_records import PAPER_DELIVERED, paper_recipients
from eoffice_desktop.core.journey.reports import share_progress
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.rights import require
from eoffice_desktop.core.storage.models import Letter
from eoffice_shared.refusals import Refusal

MAX_NAME = 120  # who received it, as signed
MAX_NUMBER = 40  # the receiving office's registry number
MAX_NOTE = 300


class PaperDeliveryRefused(Refusal, ValueError):
    """The delivery on paper is not recorded; the message says why."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def record_paper_delivery(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    org_id: str,
    delivered_on: date,
    received_by: str,
    their_number: str = "",
    note: str = "",
    today: date | None = None,
) -> Changes:
    """Record that the paper recipient `org_id` of this office's outgoing letter received it on `delivered_on`,
    signed by `received_by` (with the receiving office's registry number and a note when given). Recording again
    corrects it: the newest counts. Only who may register letters records deliveries."""
    name, number, text = _one_line(received_by), _one_line(their_number), _one_line(note)
    if not name:
        raise PaperDeliveryRefused("Write the name of who received the letter.", code="paper_name_missing")
    if len(name) > MAX_NAME:
        raise PaperDeliveryRefused(
            "The name is longer than {limit} characters; write it more briefly.",
            code="paper_name_too_long",
            limit=MAX_NAME,
        )
    if len(number) > MAX_NUMBER:
        raise PaperDeliveryRefused(
            "Their number is longer than {limit} characters.", code="paper_number_too_long", limit=MAX_NUMBER
        )
    if len(text) > MAX_NOTE:
        raise PaperDeliveryRefused(
            "The note is longer than {limit} characters; write it more briefly.",
            code="paper_note_too_long",
            limit=MAX_NOTE,
        )
    today = today or date.today()
    with store.db.write() as s:
        require(s, actor.user_id, "register")
        letter = s.get(Letter, letter_id)
        if letter is None or letter.direction != "out" or letter.office_id != actor.office_id:
            raise PaperDeliveryRefused(
                "Only an outgoing letter of this office can have its delivery on paper recorded.",
                code="paper_not_own",
            )
        if letter.status == "void":
            raise PaperDeliveryRefused("This letter is void: no delivery is recorded.", code="paper_void")
        if org_id not in {recipient.org_id for recipient in paper_recipients(s, letter_id)}:
            raise PaperDeliveryRefused(
                "This office did not get the letter on paper, so no delivery on paper is recorded for it.",
                code="paper_not_recipient",
            )
        if delivered_on < letter.register_date:
            raise PaperDeliveryRefused(
                "The letter was registered on {registered}: it cannot have been delivered before that.",
                code="paper_before_registered",
                registered=letter.register_date.strftime("%d/%m/%Y"),
            )
        if delivered_on > today:
            raise PaperDeliveryRefused("The date of delivery is in the future.", code="paper_in_future")
        payload = {
            "org_id": org_id,
            "delivered_on": delivered_on.isoformat(),
            "received_by": name,
            "their_number": number,
            "note": text,
        }
        store.log.append(s, actor, PAPER_DELIVERED, payload, letter_id=letter_id)
        share_progress(s, store.log, actor, letter_id)  # a letter sent on: the office it came from hears of it
    return Changes(letters=frozenset({letter_id}), registers=True)
