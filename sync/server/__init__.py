"""The central server: offices, devices, the event store with one delivery feed per office, and attachment files."""
