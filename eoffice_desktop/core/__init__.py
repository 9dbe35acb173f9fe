"""The core library: records, numbering, storage and audit. Plain Python and SQLAlchemy, never Qt."""
