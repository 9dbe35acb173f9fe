"""The e-Government Center's console (`/console`, for signed-in administrators) and the public check page (`/check`):
server-rendered pages on the server's own database, kept apart from the sync API."""
