"""How a sync attempt can fail, sorted by what the client does next (SYNC-DESIGN section 4: retry only what can
succeed later; never treat a page that lacks the protocol envelope as success)."""

from __future__ import annotations

from eoffice_shared.refusals import Refusal


class SyncError(Refusal):
    """Base: `SyncError(english, code, **params)`, the message plain English (the server's own when it refused); the
    GUI shows its own translated text for `code`."""

    code = "sync_error"
    retry = True
    reason = ""  # what exactly the server refused within `code` (its answer's `reason`), for the PC's own words

    def because(self, reason: object) -> SyncError:
        """This error with the server's reason (from its answer; "" from servers that send none)."""
        self.reason = str(reason or "")
        return self


class Offline(SyncError):
    """No connection, a timeout, a stalled transfer, or a page from something that is not our server."""

    code = "offline"


class ServerBusy(SyncError):
    """5xx, 408 or 429: try again later."""

    code = "server_busy"


class Refused(SyncError):
    """A 4xx the server will answer the same way next time: do not retry this request as it is."""

    code = "refused"
    retry = False


class DeviceRevoked(Refused):
    """The server no longer accepts this PC. Unsent work stays; it can still be saved for USB."""

    code = "device_revoked"


class ProtocolUnsupported(Refused):
    """This PC and the server speak different versions of the sync protocol: one of them must be updated. Nothing was
    sent or changed; the PC keeps its work and tries again later (the server may be updated meanwhile)."""

    code = "protocol_unsupported"


class NotEnrolled(Refused):
    code = "not_enrolled"
