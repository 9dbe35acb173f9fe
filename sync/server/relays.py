"""Reports relayed up a forwarding chain. An office that sent another office's letter M on relays onto M what the
offices further down report (`about_office_id`), as its PC does (core/journey/reports.py `_relay`): the reports on a
letter L of its own that sends on (`forwards`) its incoming letter I, registered from M (`arrived_from`). The server
takes such a report on M only about an office whose own word reached such a letter L: that office's receipt or report
on L, or a report relayed onto L about it by the office L went to (itself checked in the same way, so a longer chain
is followed link by link). An office that reported on another of the relaying office's letters may not be named.

When no such L is found, the server may not have the incoming letter I yet: one PC of the office registered it
offline and another PC read that PC's bundle in directly (sync/client/bundles.py `import_bundle`), sent I on as L and
relays the reports on L before the first PC's events reach the server, perhaps much later by its own bundles. So the
report is also taken when the relaying office owns a letter L that sends on a letter the server never took a
registration of, that L belongs to the relayed letter's journey (its `origin`, the first letter whose tracking code
every letter of the journey carries, is the relayed letter's), and the office was heard on L. An honest office's PCs
exchanging bundles must never lose a report: a refusal is final, and the sender would never see that office's
handling. What this lets an altered PC do: name, on a letter of a journey it got, an office that really got a letter
from it labelled with that journey's tracking code, while never pushing the letter it claims to send on. It can never
name an office that got nothing of the journey from it, and once the server has taken the letter L says it sends on,
only the exact check counts.

The server keeps the links of each letter's first registration (`letter_links`, only letters with one) and the
offices heard on each letter that sends another on (`heard_offices`), as it takes the events. Checking a relayed
report is one statement over their keys and indexes (two when the first finds nothing), remembered for the rest of
the push; learning a receipt or report is one read by primary key of its letter's links (once per letter and push)
and, on a letter that sends another on, one insert.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.envelope import EventEnvelope
from sync.protocol.events import EventType
from sync.server.bulk import insert_missing, run_sql
from sync.server.models import HeardOffice, LetterLink, ServerOffice

LINKS = ("arrived_from", "forwards", "origin")
# A letter L of the relaying office that sends on its letter I registered from the relayed letter, on which the
# office the report tells of was heard.
SENT_ON_TO = (
    "SELECT 1 FROM letter_links i "
    "JOIN letter_links l ON l.forwards = i.letter_id AND l.owner_office_id = ? "
    "JOIN heard_offices h ON h.letter_id = l.letter_id AND h.office_id = ? "
    "WHERE i.arrived_from = ? AND i.owner_office_id = ? LIMIT 1"
)
# A letter L of the relaying office, of the relayed letter's journey, that sends on a letter the server never took a
# registration of (one the office's other PC has not pushed yet), on which the office the report tells of was heard.
SENT_ON_UNSEEN = (
    "SELECT 1 FROM letter_links l "
    "JOIN heard_offices h ON h.letter_id = l.letter_id AND h.office_id = ? "
    "WHERE l.origin = COALESCE((SELECT m.origin FROM letter_links m WHERE m.letter_id = ?), ?) "
    "AND l.owner_office_id = ? AND l.forwards IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM letter_links i WHERE i.letter_id = l.forwards) LIMIT 1"
)


@dataclass
class RelayMemo:
    """What one push has found or learnt already: relayed reports taken (letter, office), letters that send another
    on (or not), offices heard on them."""

    taken: set[tuple[str, str]] = field(default_factory=set)
    sends_on: dict[str, bool] = field(default_factory=dict)
    heard: set[tuple[str, str]] = field(default_factory=set)


def office_named(session: Session, office_id: object) -> ServerOffice | None:
    """The office an id names: the id its events carry, or the server's id."""
    if not isinstance(office_id, str) or not office_id:
        return None
    return session.scalar(
        select(ServerOffice).where((ServerOffice.event_office_id == office_id) | (ServerOffice.id == office_id))
    )


def _told_of(session: Session, office: ServerOffice, envelope: EventEnvelope) -> str | None:
    """The (server's id of the) office a receipt or report tells of: the one a relayed report names (None when the
    server does not know it), else the reporting office itself."""
    if envelope.type != EventType.LETTER_TRACKING or "about_office_id" not in envelope.payload:
        return office.id
    named = office_named(session, envelope.payload["about_office_id"])
    return named.id if named is not None else None


def relay_heard(session: Session, office: ServerOffice, envelope: EventEnvelope, memo: RelayMemo) -> bool:
    """False for a relayed report about an office whose word never reached a letter of the relaying office that sends
    the relayed letter on, or (the server lacking the letter it sends on) one of the relayed letter's journey. An
    honest PC relays only reports it pulled: the server has them, and the letters it sent on, or will have."""
    if envelope.type != EventType.LETTER_TRACKING or "about_office_id" not in envelope.payload:
        return True
    about = _told_of(session, office, envelope)
    if about is None or about == office.id or envelope.letter_id is None:
        return False
    if (envelope.letter_id, about) not in memo.taken:
        if not _sent_on_to(session, office.id, about, envelope.letter_id):
            return False
        memo.taken.add((envelope.letter_id, about))
    return True


def _sent_on_to(session: Session, owner: str, about: str, letter_id: str) -> bool:
    """Whether the owner's letter that sends this letter on, or (the server lacking what it sends on) one of this
    letter's journey, reached the office `about`."""
    if run_sql(session, SENT_ON_TO, (owner, about, letter_id, owner)):
        return True
    return bool(run_sql(session, SENT_ON_UNSEEN, (about, letter_id, letter_id, owner)))


def learn_links(session: Session, office: ServerOffice, envelope: EventEnvelope, memo: RelayMemo) -> None:
    """The links of a letter's first registration, taken by the server (later ones change nothing: an office may not
    make a letter another office reported on send on a letter it did not)."""
    assert envelope.letter_id is not None
    p = envelope.payload
    links = {name: p[name] for name in LINKS if isinstance(p.get(name), str) and 0 < len(p[name]) <= 36}
    memo.sends_on[envelope.letter_id] = "forwards" in links
    if links:
        insert_missing(session, LetterLink, {"letter_id": envelope.letter_id, "owner_office_id": office.id, **links})


def learn_heard(session: Session, office: ServerOffice, envelope: EventEnvelope, memo: RelayMemo) -> None:
    """A receipt or report taken on a letter: on a letter that sends another on, the office it tells of is heard."""
    letter_id = envelope.letter_id
    about = _told_of(session, office, envelope)
    if letter_id is None or about is None or (letter_id, about) in memo.heard:
        return
    if letter_id not in memo.sends_on:
        found = run_sql(session, "SELECT forwards FROM letter_links WHERE letter_id = ?", (letter_id,))
        memo.sends_on[letter_id] = bool(found) and found[0][0] is not None
    if memo.sends_on[letter_id]:
        insert_missing(session, HeardOffice, {"letter_id": letter_id, "office_id": about})
    memo.heard.add((letter_id, about))
