"""rows made before a column existed get the value that folding the log gives them

- Letters registered before 0002_routing kept an empty tracking code: they could not be followed by code, and
  `eoffice check --full` found each one "changed directly". They get the code of their journey (or their own).
- Address-book entries made before 0004_addressbook kept empty field versions ({}): an older edit arriving later from
  another PC could overwrite a newer name, and the check flagged them too. Each field's version becomes the latest
  `org.added` HLC of the entry, written as the fold writes it.

Revision ID: 0007_fill_old_rows
Revises: 0006_one_head
Create Date: 2026-12-06
"""

import json

from alembic import op

from eoffice_desktop.core.journey.tracking import tracking_code  # printed on paper: its format never changes

revision = "0007_fill_old_rows"
down_revision = "0006_one_head"
branch_labels = None
depends_on = None

# The fields an `org.added` sets, in the fold's order (core/addresses/addressbook_fold.py EDITABLE, as of this revision).
ORG_FIELDS = ("name_lo", "name_en", "abbr", "kind", "province", "office_id")


def upgrade() -> None:
    bind = op.get_bind()
    letters = bind.exec_driver_sql(
        "SELECT l.id, json_extract(e.payload, '$.origin') FROM letters AS l "
        "LEFT JOIN events AS e ON e.type = 'letter.registered' AND e.letter_id = l.id "
        "WHERE l.tracking_code = ''"
    ).fetchall()
    for letter_id, origin in letters:
        code = tracking_code(origin or letter_id)
        bind.exec_driver_sql("UPDATE letters SET tracking_code = ? WHERE id = ?", (code, letter_id))

    entries = bind.exec_driver_sql(
        "SELECT o.id, max(e.hlc) FROM organisations AS o "
        "JOIN events AS e ON e.type = 'org.added' AND json_extract(e.payload, '$.org_id') = o.id "
        "WHERE o.field_versions = '{}' GROUP BY o.id"
    ).fetchall()
    for org_id, hlc in entries:
        versions = json.dumps(dict.fromkeys(ORG_FIELDS, hlc))
        bind.exec_driver_sql("UPDATE organisations SET field_versions = ? WHERE id = ?", (versions, org_id))


def downgrade() -> None:
    pass  # the values are true for every revision that has the columns
