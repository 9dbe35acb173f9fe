"""Where the office's records live: the SQLite database and its tables, the data folder and its lock, the
attachment store, backups, and this PC's server credential."""
