"""the console's administrators, sessions and audit log, and the verification codes of stored signatures

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

import json

import sqlalchemy as sa
from alembic import op

from sync.server.console.codes import code_row  # the same check as for signatures arriving from now on

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "console_users",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("province_id", sa.String(length=64), nullable=False),
        sa.Column("totp_secret", sa.String(length=64), nullable=True),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "console_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_console_sessions_user_id", "console_sessions", ["user_id"])
    op.create_table(
        "console_audit",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_console_audit_at", "console_audit", ["at"])
    _append_only("console_audit")
    codes = op.create_table(
        "signature_codes",
        sa.Column("code", sa.String(length=19), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("letter_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("signer_name", sa.String(length=300), nullable=False),
        sa.Column("signer_title", sa.String(length=300), nullable=False),
        sa.Column("cert_serial", sa.String(length=40), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_index("ix_signature_codes_letter_id", "signature_codes", ["letter_id"])
    # The signatures already stored: their codes, as the push route keeps them from now on.
    events = sa.table(
        "events",
        sa.column("id", sa.String),
        sa.column("office_id", sa.String),
        sa.column("letter_id", sa.String),
        sa.column("type", sa.String),
        sa.column("body", sa.Text),
        sa.column("refused", sa.String),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(events.c.id, events.c.office_id, events.c.letter_id, events.c.body).where(
            events.c.type == "letter.signed", events.c.refused.is_(None)
        )
    )
    found: dict[str, dict[str, str]] = {}
    for event_id, office_id, letter_id, body in rows:
        payload = json.loads(body).get("payload", {})
        row = code_row(payload, event_id, letter_id or "", office_id) if isinstance(payload, dict) else None
        if row is not None and row["code"] not in found:
            found[row["code"]] = row
    if found:
        op.bulk_insert(codes, list(found.values()))


def _append_only(table: str) -> None:
    """The database itself refuses to change or delete an audit entry (only adding is possible)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION console_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the console audit log is append-only'; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION console_audit_append_only()"
        )
    else:
        for change in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{change.lower()} BEFORE {change} ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'the console audit log is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS console_audit_append_only ON console_audit")
        op.execute("DROP FUNCTION IF EXISTS console_audit_append_only()")
    op.drop_table("signature_codes")
    op.drop_table("console_audit")
    op.drop_table("console_sessions")
    op.drop_table("console_users")
