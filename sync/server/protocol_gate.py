"""The protocol version a client says it speaks (`X-EOffice-Protocol`): a version this server does not speak is refused
before anything else, with code `protocol_unsupported` (426), so the PC can say which side to update."""

from __future__ import annotations

from collections import Counter

from starlette.types import ASGIApp, Receive, Scope, Send

from sync.protocol import PROTOCOL_HEADER, SUPPORTED_VERSIONS
from sync.server.errors import error_response

UNSUPPORTED = 426  # Upgrade Required


def unsupported_version(asked: str) -> str | None:
    """Why a client saying it speaks `asked` is refused, or None when this server speaks it."""
    if asked.strip().isdigit() and int(asked) in SUPPORTED_VERSIONS:
        return None
    speaks = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
    return (
        f"This PC's eOffice speaks sync protocol {asked.strip()[:10] or '(none)'}; this server speaks {speaks}. "
        "Update eOffice on this PC, or ask IT to update the server."
    )


class ProtocolGate:
    """Checks the header on the protocol's routes (/v1/). A request without it (a browser, curl, the console, an
    older client that never sent it) is served as protocol 1."""

    def __init__(self, app: ASGIApp, metrics: Counter[str]) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1/"):
            asked = dict(scope["headers"]).get(PROTOCOL_HEADER.lower().encode("latin-1"))
            reason = unsupported_version(asked.decode("latin-1")) if asked is not None else None
            if reason is not None:
                self.metrics["error.protocol_unsupported"] += 1
                await error_response(UNSUPPORTED, "protocol_unsupported", reason)(scope, receive, send)
                return
        await self.app(scope, receive, send)
