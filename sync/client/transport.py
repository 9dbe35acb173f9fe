"""What the sync engine needs from a server connection. `HttpTransport` speaks the HTTP protocol of
docs/sync-protocol.md; tests and USB bundles can offer the same calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sync.protocol.envelope import EventEnvelope

if TYPE_CHECKING:  # the protocol's models (pydantic) load with the first sync, not at start-up
    from sync.protocol.messages import (
        ConfirmedNumber,
        Hello,
        NumberBlockOut,
        ProvisionalLetter,
        PushAnswer,
        SeriesWant,
    )

Progress = Callable[[int, int], None]  # bytes done, bytes total
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PullBatch:
    events: list[EventEnvelope]
    next: int
    more: bool
    epoch: str
    senders: dict[str, str] = field(default_factory=dict)  # the server's names of the offices the events come from


@dataclass
class BlobNeeds:
    """Per hash: the chunk numbers the server already holds (empty set: none), or None when it has it whole."""

    have: dict[str, set[int] | None] = field(default_factory=dict)


class Transport(Protocol):
    bytes_sent: int
    bytes_received: int

    def hello(self) -> Hello: ...

    def push(self, events: list[EventEnvelope]) -> PushAnswer: ...

    def number_blocks(self, series: list[SeriesWant]) -> list[NumberBlockOut]: ...

    def confirm_numbers(self, letters: list[ProvisionalLetter]) -> list[ConfirmedNumber]: ...

    def pull(self, after: int, limit: int, own: int = 0) -> PullBatch:
        """The office's feed after `after`, without this PC's own events up to `dev_seq` `own` (0: with all)."""
        ...

    def directory(self, since: int) -> dict[str, Any]: ...

    def blob_status(self, hashes: list[str]) -> BlobNeeds: ...

    def upload_blob(
        self, blob_hash: str, path: Path, have_chunks: set[int], progress: Progress, cancelled: Cancelled
    ) -> None: ...

    def download_blob(self, blob_hash: str, partial: Path, progress: Progress, cancelled: Cancelled) -> None: ...
