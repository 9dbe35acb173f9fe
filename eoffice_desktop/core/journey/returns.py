"""Returning a letter to the office that sent it: one sent here by mistake, or one this office will not take. The
answer is a receipt on the sender's letter (status "returned", with the clerk's reason) that only the sender gets."""

from __future__ import annotations

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.arrivals import settled_here
from eoffice_desktop.core.journey.receipts import RECEIPT
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.rights import require
from eoffice_desktop.core.storage.models import Letter, Office
from eoffice_shared.refusals import Refusal
from sync.protocol.receipts import MAX_TEXT

MAX_REASON = MAX_TEXT  # what the server takes in a receipt


class ReturnRefused(Refusal, ValueError):
    """The letter cannot be returned to its sender; the message says why."""


def check_reason(reason: str) -> str:
    """The reason as it is sent (stripped), or ReturnRefused: the sender needs one, and the server takes 300
    characters at most."""
    text = reason.strip()
    if not text:
        raise ReturnRefused("Say why the letter goes back to its office.", code="return_reason_missing")
    if len(text) > MAX_REASON:
        raise ReturnRefused(
            "The reason is longer than {limit} characters; say it more briefly.",
            code="return_reason_too_long",
            limit=MAX_REASON,
        )
    return text


def return_to_sender(store: OfficeStore, actor: Actor, letter_id: str, reason: str) -> Changes:
    """Send another office's letter that reached this one back to it, with `reason`: it leaves the Arrived list, and
    the sending office sees it returned at its next sync. Only who may register letters may return them."""
    text = check_reason(reason)
    with store.db.write() as s:
        require(s, actor.user_id, "register")
        letter = s.get(Letter, letter_id)
        if letter is None or letter.office_id == actor.office_id:
            raise ReturnRefused(
                "Only a letter another office sent here can be returned to it.", code="return_not_arrived"
            )
        settled = settled_here(s, actor.office_id, [letter_id]).get(letter_id)
        if settled == "registered":
            raise ReturnRefused(
                "This letter is already registered in this office, so it cannot be returned.",
                code="return_already_registered",
            )
        if settled == "returned":
            raise ReturnRefused("This letter was already returned to its office.", code="return_already_returned")
        office = s.get(Office, actor.office_id)
        payload = {
            "status": "returned",
            "office_name": office.name_lo if office else "",
            "registry_number": "",
            "reason": text,
        }
        store.log.append(s, actor, RECEIPT, payload, letter_id=letter_id)
    return Changes(letters=frozenset({letter_id}), arrivals=True)
