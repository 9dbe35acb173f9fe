"""What a service call changed, so each view refreshes only when it cares (STYLE: 'Changes')."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    letters: frozenset[str] = field(default_factory=frozenset)
    registers: bool = False  # rows were added or changed in a register list
    address_book: bool = False
    templates: bool = False
    inbox: bool = False  # routing changed: inboxes and their counts

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            letters=self.letters | other.letters,
            registers=self.registers or other.registers,
            address_book=self.address_book or other.address_book,
            templates=self.templates or other.templates,
            inbox=self.inbox or other.inbox,
        )
