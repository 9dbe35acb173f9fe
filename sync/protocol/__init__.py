"""Message shapes shared by the desktop client and the central server.

Nothing here imports the desktop app or the server: both depend on this package.
"""

PROTOCOL_VERSION = 1  # what this version speaks; every answer's envelope carries it (`"protocol": 1`)
SUPPORTED_VERSIONS = (1,)  # what the server answers; a client saying another one gets `protocol_unsupported`
PROTOCOL_HEADER = "X-EOffice-Protocol"  # the version a client speaks, on every request
