"""The event log's hash chains, checked for `eoffice check`: every event's hash, each PC's chain link by link, and
this PC's own chains against what the server acknowledged (so a deleted or re-hashed last event shows).

This PC's chains are its current device id and the ids it had before a restore (`device.former_ids`); they must run
1, 2, 3 … with no gap (a former id up to what the server acknowledged from this PC). Another PC's chain may have
gaps (events the server refused, or did not show this office).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from sync.protocol.envelope import GENESIS, EventEnvelope

ACKED_PREFIX = "sync.acked."  # setting per own device id: "<dev_seq> <hash>" of the highest event the server took
FORMER_IDS = "device.former_ids"  # setting: JSON list of the device ids this PC had before a restore


@dataclass(frozen=True)
class AckedHead:
    dev_seq: int
    hash: str


def own_device_ids(conn: sqlite3.Connection) -> set[str]:
    current = _setting(conn, "device.id")
    try:
        former = json.loads(_setting(conn, FORMER_IDS) or "[]")
    except ValueError:
        former = []
    return {current, *former} - {""}


def acked_heads(conn: sqlite3.Connection) -> dict[str, AckedHead]:
    heads = {}
    for key, value in conn.execute("SELECT key, value FROM settings WHERE key LIKE ?", (ACKED_PREFIX + "%",)):
        seq, _, digest = str(value).partition(" ")
        if seq.isdigit():
            heads[key.removeprefix(ACKED_PREFIX)] = AckedHead(int(seq), digest)
    return heads


def _setting(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def _envelopes(conn: sqlite3.Connection) -> Iterator[tuple[EventEnvelope, str]]:
    rows = conn.execute(
        "SELECT id, type, schema, letter_id, office_id, device_id, author_id, hlc, dev_seq, prev, hash, payload,"
        " deps, blobs, sig FROM events ORDER BY device_id, dev_seq"
    )
    for row in rows:
        envelope = EventEnvelope(
            id=row[0],
            type=row[1],
            schema=row[2],
            letter_id=row[3],
            office_id=row[4],
            device_id=row[5],
            author_id=row[6],
            hlc=row[7],
            dev_seq=row[8],
            prev=row[9],
            payload=json.loads(row[11]),
            deps=json.loads(row[12]),
            blobs=json.loads(row[13]),
            sig=row[14],
        )
        yield envelope, row[10]


def check_chains(conn: sqlite3.Connection, problems: list[str], notes: list[str]) -> None:
    own, heads, current = own_device_ids(conn), acked_heads(conn), _setting(conn, "device.id")
    count, device, expected_prev, expected_seq, foreign_gaps = 0, "", GENESIS, 1, 0
    last: dict[str, tuple[int, str]] = {}  # device -> (highest dev_seq, its stored hash)
    by_seq: dict[tuple[str, int], str] = {}  # own events at the acknowledged heads -> stored hash
    wanted = {(dev, head.dev_seq) for dev, head in heads.items()}
    for env, stored_hash in _envelopes(conn):
        count += 1
        if env.device_id != device:
            device, expected_prev, expected_seq = env.device_id, GENESIS, 1
        if env.content_hash() != stored_hash:
            problems.append(f"event {env.id} was changed after it was recorded (hash mismatch)")
        if env.dev_seq == expected_seq:
            if env.prev != expected_prev:
                problems.append(f"event {env.id} does not follow the previous event of {device} (chain broken)")
        elif _strict(device, env.dev_seq, current, own, heads):
            missing = _span(expected_seq, env.dev_seq - 1)
            problems.append(f"event(s) {missing} of this PC ({device}) are missing from the log (deleted)")
        else:
            foreign_gaps += env.dev_seq - expected_seq
        if (device, env.dev_seq) in wanted:
            by_seq[(device, env.dev_seq)] = stored_hash
        last[device] = (env.dev_seq, stored_hash)
        expected_prev, expected_seq = stored_hash, env.dev_seq + 1
    for dev, head in sorted(heads.items()):
        highest = last.get(dev, (0, ""))[0]
        if highest < head.dev_seq:
            problems.append(
                f"the last event(s) {_span(highest + 1, head.dev_seq)} of this PC ({dev}) are missing: the server "
                f"acknowledged up to {head.dev_seq} (deleted)"
            )
        elif by_seq.get((dev, head.dev_seq)) not in (None, head.hash):
            problems.append(
                f"event {head.dev_seq} of this PC ({dev}) differs from what the server acknowledged (changed and "
                "hashed again)"
            )
    notes.append(f"{count} events checked")
    if foreign_gaps:
        notes.append(f"{foreign_gaps} event(s) of other PCs are not on this PC (refused, or not for this office)")


def _strict(device: str, dev_seq: int, current: str, own: set[str], heads: dict[str, AckedHead]) -> bool:
    """A hole before `dev_seq` is a deletion: every event of the current id was made here, and a former id's events
    up to what the server acknowledged from this PC too. Past that, a former id's events came back by pull after a
    restore, where a refused event of the old identity is a hole by right."""
    if device == current:
        return True
    return device in own and device in heads and dev_seq <= heads[device].dev_seq


def _span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"
