"""one head again: the parts of the app that added tables side by side (search, signatures, address book, directory,
tracking, text read from scans) meet here; later migrations follow this one

Revision ID: 0006_one_head
Revises: 0002_search, 0002_signatures, 0004_addressbook, 0004_directory, 0004_journey, 0005_ocr_text
Create Date: 2026-12-06
"""

revision = "0006_one_head"
down_revision = (
    "0002_search",
    "0002_signatures",
    "0004_addressbook",
    "0004_directory",
    "0004_journey",
    "0005_ocr_text",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
