"""a relayed report is checked against the letter that sends the sender's letter on: the server keeps the links of
each letter's first registration (`letter_links`: the other office's letter it arrived from, the office's own letter
it sends on, the first letter of its journey) and the offices heard on each letter that sends another on
(`heard_offices`), in place of the offices heard on any letter of an office (`reported_offices`). Learnt from the
events stored so far, so a report an honest PC relays later is not refused. A letter whose only link is its
journey's first letter (a letter sent again after a return) is kept too: a relayed report on it is checked against
that letter's journey; a letter with no link is not (it starts its own journey and sends nothing on, which its
missing row says).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08
"""

import importlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TAKEN = "e.refused IS NULL AND NOT e.held"
LINKS = ("arrived_from", "forwards", "origin")
# Each letter's first registration taken by the server, by its owner, when it may carry a link (few).
REGISTERED = (
    "SELECT e.letter_id, e.office_id, e.body FROM events e "
    "JOIN letter_access a ON a.letter_id = e.letter_id AND a.office_id = e.office_id AND a.owner "
    f"WHERE e.type = 'letter.registered' AND {TAKEN} "
    "AND (e.body LIKE '%\"arrived_from\"%' OR e.body LIKE '%\"forwards\"%' OR e.body LIKE '%\"origin\"%') "
    "AND e.seq = (SELECT min(f.seq) FROM events f WHERE f.letter_id = e.letter_id "
    "AND f.type = 'letter.registered' AND f.refused IS NULL AND NOT f.held)"
)
REPORTS = (
    "FROM events e JOIN letter_links l ON l.letter_id = e.letter_id AND l.forwards IS NOT NULL "
    f"WHERE e.type IN ('letter.receipt', 'letter.tracking') AND {TAKEN} AND e.body "
)
ABOUT = "'%\"about_office_id\"%'"


def _link(value: object) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= 36 else None


def upgrade() -> None:
    op.create_table(
        "letter_links",
        sa.Column("letter_id", sa.String(36), primary_key=True),
        sa.Column("owner_office_id", sa.String(64), nullable=False),
        sa.Column("arrived_from", sa.String(36), nullable=True, index=True),
        sa.Column("forwards", sa.String(36), nullable=True, index=True),
        sa.Column("origin", sa.String(36), nullable=True),
    )
    op.create_index("ix_letter_links_origin", "letter_links", ["origin", "owner_office_id"])
    op.create_table(
        "heard_offices",
        sa.Column("letter_id", sa.String(36), primary_key=True),
        sa.Column("office_id", sa.String(64), primary_key=True),
    )
    bind = op.get_bind()
    links = []
    for letter_id, owner, body in bind.execute(sa.text(REGISTERED)):
        payload = json.loads(body).get("payload", {})
        found = {name: _link(payload.get(name)) for name in LINKS}
        if any(found.values()):
            links.append({"letter_id": letter_id, "owner_office_id": owner, **found})
    if links:
        columns = ("letter_id", "owner_office_id", *LINKS)
        op.bulk_insert(sa.table("letter_links", *(sa.column(name) for name in columns)), links)
    # An office's own receipts and reports on the letters that send another on: one statement.
    op.execute(
        "INSERT INTO heard_offices (letter_id, office_id) "
        f"SELECT DISTINCT e.letter_id, e.office_id {REPORTS}NOT LIKE {ABOUT}"
    )
    # Reports relayed onto them about an office further down: by the server's id of the office they name.
    offices: dict[str, str] = {}  # the id an office's events carry, or the server's id: the server's id
    for event_office_id, office_id in bind.execute(sa.text("SELECT event_office_id, id FROM offices")):
        offices[office_id] = office_id
        if event_office_id:
            offices[event_office_id] = office_id
    known = {(row[0], row[1]) for row in bind.execute(sa.text("SELECT letter_id, office_id FROM heard_offices"))}
    heard: set[tuple[str, str]] = set()
    for letter_id, body in bind.execute(sa.text(f"SELECT e.letter_id, e.body {REPORTS}LIKE {ABOUT}")):
        about = json.loads(body).get("payload", {}).get("about_office_id")
        if isinstance(about, str) and about in offices and (letter_id, offices[about]) not in known:
            heard.add((letter_id, offices[about]))
    if heard:
        table = sa.table("heard_offices", sa.column("letter_id"), sa.column("office_id"))
        op.bulk_insert(table, [{"letter_id": letter, "office_id": office} for letter, office in sorted(heard)])
    op.drop_table("reported_offices")


def downgrade() -> None:
    op.drop_table("heard_offices")
    op.drop_table("letter_links")
    importlib.import_module("sync.server.migrations.versions.0013_reported_offices").upgrade()  # learnt again
