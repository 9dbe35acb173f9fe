"""What a service call changed, so each view refreshes only when it cares (STYLE: 'Changes')."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Changes:
    letters: frozenset[str] = field(default_factory=frozenset)
    registers: bool = False  # rows were added or changed in a register list
    address_book: bool = False
    templates: bool = False
    inbox: bool = False  # routing changed: inboxes and their counts
    settings: bool = False  # this PC's or the office's settings
    saved_searches: bool = False
    people: bool = False  # users, departments, delegations
    signatures: bool = False  # signatures, keys, trusted authorities
    arrivals: bool = False  # letters from other offices arrived or were registered here
    all_letters: bool = False  # any letter may have changed (a sync, an import): every open letter reads again
    outbox: bool = True  # events were written that the next sync sends (False: a change of this PC only)

    @classmethod
    def everything(cls) -> Changes:
        """What a sync, a USB bundle, a register import or a restore may have changed: every view reads again."""
        return cls(
            registers=True,
            address_book=True,
            templates=True,
            inbox=True,
            settings=True,
            saved_searches=True,
            people=True,
            signatures=True,
            arrivals=True,
            all_letters=True,
        )

    @classmethod
    def from_elsewhere(cls) -> Changes:
        """What events from other PCs may have changed (a sync, a USB bundle): anything (letters, numbers confirmed,
        routing, people, signatures, the directory); nothing new waits to be sent because of them."""
        return replace(cls.everything(), outbox=False)

    def touches(self, letter_id: str | None) -> bool:
        """The letter shown in a panel changed."""
        return letter_id is not None and (self.all_letters or letter_id in self.letters)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            letters=self.letters | other.letters,
            registers=self.registers or other.registers,
            address_book=self.address_book or other.address_book,
            templates=self.templates or other.templates,
            inbox=self.inbox or other.inbox,
            settings=self.settings or other.settings,
            saved_searches=self.saved_searches or other.saved_searches,
            people=self.people or other.people,
            signatures=self.signatures or other.signatures,
            arrivals=self.arrivals or other.arrivals,
            all_letters=self.all_letters or other.all_letters,
            outbox=self.outbox or other.outbox,
        )
