"""The event envelope: canonical JSON, content hash and the per-device hash chain.

The same bytes are hashed on the desktop, on the server and in USB bundles, so this is the one place they are made.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

GENESIS = "sha256:" + "0" * 64
MAX_EVENT_BYTES = 64 * 1024


def canonical_json(value: Any) -> str:
    """Sorted keys, UTF-8 kept as is (Lao stays readable), no insignificant whitespace."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EventEnvelope:
    """One event as it is stored, hashed and sent (SYNC-DESIGN section 3)."""

    id: str
    type: str
    office_id: str
    device_id: str
    author_id: str
    hlc: str
    dev_seq: int
    prev: str
    payload: dict[str, Any]
    letter_id: str | None = None
    schema: int = 1
    deps: list[str] = field(default_factory=list)
    blobs: list[str] = field(default_factory=list)
    sig: str | None = None

    def body(self) -> dict[str, Any]:
        """Everything the hash and the device signature cover (all but `sig`)."""
        return {
            "id": self.id,
            "type": self.type,
            "office_id": self.office_id,
            "device_id": self.device_id,
            "author_id": self.author_id,
            "hlc": self.hlc,
            "dev_seq": self.dev_seq,
            "prev": self.prev,
            "payload": self.payload,
            "letter_id": self.letter_id,
            "schema": self.schema,
            "deps": self.deps,
            "blobs": self.blobs,
        }

    def content_hash(self) -> str:
        return sha256_text(canonical_json(self.body()))

    def to_dict(self) -> dict[str, Any]:
        data = self.body()
        if self.sig is not None:
            data["sig"] = self.sig
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventEnvelope:
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown envelope fields: {sorted(unknown)}")
        return cls(**data)
