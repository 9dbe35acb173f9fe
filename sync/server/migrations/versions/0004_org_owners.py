"""address-book entries keep the office that owns them; claims by other offices undone

Before this revision the server linked an address-book entry to the office named by the first `org.added` event it
saw for the entry's id, from any office. An office that learnt another office's entry id (it is in the recipients of
the letters it receives) could claim the entry and receive the letters addressed to it. This revision:

- records, for every entry, the office that added it first (its owner, from the stored events);
- links an entry only as its owner's own `org.added` said; links made by another office's claim are dropped;
- withdraws what such a claim granted: the claiming office's access to letters it was not addressed by their
  sender, the feed entries that were to deliver them (not yet pulled ones are then never delivered), and its access
  to those letters' files unless it may read them for another reason.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

events = sa.table(
    "events",
    sa.column("seq", sa.BigInteger),
    sa.column("office_id", sa.String),
    sa.column("type", sa.String),
    sa.column("letter_id", sa.String),
    sa.column("body", sa.Text),
    sa.column("held", sa.Boolean),
    sa.column("refused", sa.String),
)
offices = sa.table("offices", sa.column("id", sa.String), sa.column("event_office_id", sa.String))
org_offices = sa.table(
    "org_offices",
    sa.column("org_id", sa.String),
    sa.column("office_id", sa.String),
    sa.column("owner_office_id", sa.String),
)
letter_access = sa.table(
    "letter_access",
    sa.column("letter_id", sa.String),
    sa.column("office_id", sa.String),
    sa.column("owner", sa.Boolean),
)
feed = sa.table(
    "feed", sa.column("office_id", sa.String), sa.column("pos", sa.BigInteger), sa.column("event_seq", sa.BigInteger)
)
blob_access = sa.table("blob_access", sa.column("hash", sa.String), sa.column("office_id", sa.String))


def _payload(body: str) -> dict[str, Any]:
    payload = json.loads(body).get("payload")
    return payload if isinstance(payload, dict) else {}


def _stored(conn: sa.Connection, *types: str) -> list[tuple[int, str, str | None, str]]:
    """(seq, office, letter, body) of the stored events of these types that were delivered, in order."""
    rows = conn.execute(
        sa.select(events.c.seq, events.c.office_id, events.c.letter_id, events.c.body)
        .where(events.c.type.in_(types), events.c.held.is_(False), events.c.refused.is_(None))
        .order_by(events.c.seq)
    )
    return [(int(seq), str(office), letter, str(body)) for seq, office, letter, body in rows]


def _owners_and_links(conn: sa.Connection) -> dict[str, tuple[str, str | None]]:
    """{entry id: (owner office, office it stands for as its owner said)} from the stored `org.added` events."""
    server_id = {}
    for office_id, event_office_id in conn.execute(sa.select(offices.c.id, offices.c.event_office_id)):
        server_id[office_id] = office_id
        if event_office_id:
            server_id[event_office_id] = office_id
    entries: dict[str, tuple[str, str | None]] = {}
    for _, office_id, _, body in _stored(conn, "org.added"):
        p = _payload(body)
        org_id = p.get("org_id")
        if isinstance(org_id, str) and 0 < len(org_id) <= 36 and org_id not in entries:
            target = p.get("office_id")
            entries[org_id] = (office_id, server_id.get(target) if isinstance(target, str) else None)
    return entries


def _addressed(conn: sa.Connection, entries: dict[str, tuple[str, str | None]]) -> dict[str, set[str]]:
    """{letter id: offices its sender addressed it to through entries of its own address book}."""
    found: dict[str, set[str]] = {}
    for _, office_id, letter_id, body in _stored(conn, "letter.registered"):
        p = _payload(body)
        if not letter_id or p.get("direction") != "out":
            continue
        for org_id in p.get("recipients", []):
            owner, target = entries.get(str(org_id), (None, None))
            if owner == office_id and target:
                found.setdefault(letter_id, set()).add(target)
    return found


def _withdraw(conn: sa.Connection, letter_id: str, office_id: str) -> None:
    seqs = [row[0] for row in conn.execute(sa.select(events.c.seq).where(events.c.letter_id == letter_id))]
    conn.execute(
        letter_access.delete().where(letter_access.c.letter_id == letter_id, letter_access.c.office_id == office_id)
    )
    if seqs:
        conn.execute(feed.delete().where(feed.c.office_id == office_id, feed.c.event_seq.in_(seqs)))
    named = set()
    for (body,) in conn.execute(sa.select(events.c.body).where(events.c.letter_id == letter_id)):
        named |= {str(h) for h in json.loads(body).get("blobs", [])}
    for blob_hash in sorted(named):
        if not _may_still_read(conn, office_id, blob_hash):
            conn.execute(
                blob_access.delete().where(blob_access.c.hash == blob_hash, blob_access.c.office_id == office_id)
            )


def _may_still_read(conn: sa.Connection, office_id: str, blob_hash: str) -> bool:
    """The office named the file in an event of its own (it uploaded it) or may see another letter naming it."""
    letters = {
        row[0]
        for row in conn.execute(sa.select(letter_access.c.letter_id).where(letter_access.c.office_id == office_id))
    }
    pattern = f'%"{blob_hash}"%'
    for event_office, letter_id in conn.execute(
        sa.select(events.c.office_id, events.c.letter_id).where(events.c.body.like(pattern))
    ):
        if event_office == office_id or letter_id in letters:
            return True
    return False


def upgrade() -> None:
    with op.batch_alter_table("org_offices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_office_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("link_hlc", sa.String(length=96), nullable=False, server_default=""))
        batch_op.alter_column("office_id", existing_type=sa.String(length=64), nullable=True)
        batch_op.create_index("ix_org_offices_owner_office_id", ["owner_office_id"], unique=False)
    conn = op.get_bind()
    entries = _owners_and_links(conn)
    conn.execute(org_offices.delete())
    if entries:
        conn.execute(
            org_offices.insert(),
            [
                {"org_id": org_id, "owner_office_id": owner, "office_id": target}
                for org_id, (owner, target) in sorted(entries.items())
            ],
        )
    addressed = _addressed(conn, entries)
    granted = conn.execute(
        sa.select(letter_access.c.letter_id, letter_access.c.office_id).where(letter_access.c.owner.is_(False))
    ).all()
    for letter_id, office_id in granted:
        if office_id not in addressed.get(letter_id, set()):
            _withdraw(conn, letter_id, office_id)


def downgrade() -> None:
    op.execute(org_offices.delete().where(org_offices.c.office_id.is_(None)))
    with op.batch_alter_table("org_offices", schema=None) as batch_op:
        batch_op.drop_index("ix_org_offices_owner_office_id")
        batch_op.alter_column("office_id", existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_column("link_hlc")
        batch_op.drop_column("owner_office_id")
