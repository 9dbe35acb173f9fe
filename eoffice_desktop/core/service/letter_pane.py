"""What the letter pane shows of one letter, read in one read session on the reader pool: its record with sender,
recipients, attachments and answers, its movements, the steps this person may take now, whether a signed copy can be
printed, and for a sent letter which offices received it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.viewer import NotAllowed, Viewer
from eoffice_desktop.core.registry.register_query import LetterDetail, letter_detail
from eoffice_desktop.core.routing.timeline import TimelineEntry, timeline

if TYPE_CHECKING:
    from eoffice_desktop.core.journey.arrivals import Receipt
    from eoffice_desktop.core.journey.timeline import OfficeJourney


@dataclass(frozen=True)
class LetterPane:
    detail: LetterDetail
    entries: list[TimelineEntry]
    available: frozenset[str]  # the steps this person may take (route, acknowledge, complete ...)
    signed_copy: bool  # a signature whose code can be printed on a copy
    recallable: tuple[str, ...] = ()  # the steps this person sent that may still be pulled back
    journey: list[OfficeJourney] = field(default_factory=list)  # a sent letter's way through the offices
    lost_after_days: int = 3  # working days after which a letter not registered there counts as lost
    receipts: list[Receipt] = field(default_factory=list)  # a sent letter: delivered to and registered by


def letter_pane(store: OfficeStore, letter_id: str, viewer: Viewer | None) -> LetterPane | None:
    """None for a letter not here, or one this person may not see."""
    from eoffice_desktop.core.journey.arrivals import receipts
    from eoffice_desktop.core.routing.actions import available_actions, recallable_steps
    from eoffice_desktop.core.signing.printed_codes import printed_signers  # (signing loads with a letter)

    with store.db.session() as s:
        try:
            detail = letter_detail(s, letter_id, viewer=viewer)
        except NotAllowed:
            return None
        if detail is None:
            return None
        available = frozenset(available_actions(s, viewer, letter_id)) if viewer is not None else frozenset()
        recallable = (
            tuple(step.id for step in recallable_steps(s, viewer, letter_id))
            if viewer is not None and "recall" in available
            else ()
        )
        offices, days = _journey(s, letter_id) if detail.letter.direction == "out" else ([], 3)
        return LetterPane(
            detail=detail,
            entries=timeline(s, letter_id),
            available=available,
            signed_copy=bool(printed_signers(s, letter_id)),
            recallable=recallable,
            receipts=_delivered(s, letter_id, receipts(s, letter_id)) if detail.letter.direction == "out" else [],
            journey=offices,
            lost_after_days=days,
        )


def _journey(s: Session, letter_id: str) -> tuple[list[OfficeJourney], int]:
    """As far as the last sync or USB stick brought it: this PC's database only."""
    from eoffice_desktop.core.journey.policy import sharing_policy
    from eoffice_desktop.core.journey.timeline import journey

    return journey(s, letter_id), sharing_policy(s).lost_after_days


def _delivered(s: Session, letter_id: str, found: list[Receipt]) -> list[Receipt]:
    """Delivered to and registered by: a receipt that says the office returned the letter is no registration (the
    Journey tab and the History show it, with its reason)."""
    from eoffice_desktop.core.journey.receipts import returned_receipts

    back = returned_receipts(s, letter_id)
    return [receipt for receipt in found if (receipt.office_id, receipt.at) not in back]
