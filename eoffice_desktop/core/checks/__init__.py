"""`eoffice check`: the database, the blobs, the hash chains, and the registers against a rebuild."""
