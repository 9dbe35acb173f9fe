"""which offices' own word has reached the letters of each office (a receipt or tracking report on one of them, or
a report relayed there about the office): a forwarding office may relay a report only about such an office. Learnt
from the reports stored so far, so a report an honest PC relays later is not refused.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

REPORTS = (
    "FROM events e JOIN letter_access a ON a.letter_id = e.letter_id AND a.owner "
    "WHERE e.type IN ('letter.receipt', 'letter.tracking') AND e.refused IS NULL AND NOT e.held "
    "AND e.office_id <> a.office_id AND e.body "
)
ABOUT = "'%\"about_office_id\"%'"


def upgrade() -> None:
    op.create_table(
        "reported_offices",
        sa.Column("owner_office_id", sa.String(64), primary_key=True),
        sa.Column("office_id", sa.String(64), primary_key=True),
    )
    # An office's own receipts and reports on another office's letters: one statement.
    op.execute(
        "INSERT INTO reported_offices (owner_office_id, office_id) "
        f"SELECT DISTINCT a.office_id, e.office_id {REPORTS}NOT LIKE {ABOUT}"
    )
    # Reports relayed about an office further down a chain (few): by the server's id of the office they name.
    bind = op.get_bind()
    offices = {row[0]: row[1] for row in bind.execute(sa.text("SELECT event_office_id, id FROM offices")) if row[0]}
    known = {
        (row[0], row[1]) for row in bind.execute(sa.text("SELECT owner_office_id, office_id FROM reported_offices"))
    }
    found: set[tuple[str, str]] = set()
    for owner, body in bind.execute(sa.text(f"SELECT a.office_id, e.body {REPORTS}LIKE {ABOUT}")):
        about = json.loads(body).get("payload", {}).get("about_office_id")
        if isinstance(about, str) and about and (owner, offices.get(about, about)) not in known:
            found.add((owner, offices.get(about, about)))
    if found:
        table = sa.table("reported_offices", sa.column("owner_office_id"), sa.column("office_id"))
        op.bulk_insert(table, [{"owner_office_id": owner, "office_id": office} for owner, office in sorted(found)])


def downgrade() -> None:
    op.drop_table("reported_offices")
