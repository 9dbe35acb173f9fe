"""HTTP routes for registry number blocks and confirmations of provisional numbers (sync/server/numbers.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Depends, FastAPI

from sync.protocol.messages import Confirmations, ConfirmRequest, NumberBlockRequest, NumberBlocks
from sync.server import numbers
from sync.server.database import ServerDatabase
from sync.server.models import Device
from sync.server.quotas import OfficeLimit


def add_routes(app: FastAPI, database: ServerDatabase, device: Callable[..., Awaitable[Device]]) -> None:
    @app.post("/v1/numbers/blocks", response_model=NumberBlocks)
    def number_blocks(request: NumberBlockRequest, me: Device = Depends(device)) -> Any:
        """Reserve a block of each asked series of this PC's office (never overlapping another PC's)."""
        try:
            with database.write() as s:
                return NumberBlocks(blocks=numbers.reserve(s, me, request.series))
        except OfficeLimit as exc:
            raise exc.refusal() from None

    @app.post("/v1/numbers/confirm", response_model=Confirmations)
    def confirm_numbers(request: ConfirmRequest, me: Device = Depends(device)) -> Any:
        """Final numbers for letters registered offline with a provisional number (the same on every retry)."""
        try:
            with database.write() as s:
                return Confirmations(results=numbers.confirm(s, me, request.letters))
        except OfficeLimit as exc:
            raise exc.refusal() from None
