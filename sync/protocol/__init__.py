"""Message shapes shared by the desktop client and the central server.

Nothing here imports the desktop app or the server: both depend on this package.
"""

PROTOCOL_VERSION = 1
