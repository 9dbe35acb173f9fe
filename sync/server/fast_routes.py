"""A quick path for a few routes, in front of FastAPI's router (sync/server/api_cycle.py says which and why).

A handler gets the request's scope, its whole body (as the body layer passed it on) and the route's path parameters,
and answers, or returns None to leave the request to the FastAPI route as it came (the request is then read, checked
and refused exactly as without the quick path). A ProtocolError, or a write the database's full or failing disk did
not take (errors.storage_refusal), becomes the same JSON refusal FastAPI's handlers give.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.errors import ProtocolError, refusal_response, storage_refusal

Handler = Callable[[Scope, bytes, Mapping[str, str] | None], Awaitable[Response | None]]
Model = TypeVar("Model", bound=BaseModel)
COUNT = re.compile(rb"[0-9]{1,16}")


@dataclass
class RouteTable:
    exact: dict[tuple[str, str], Handler]  # (method, path): handler
    patterns: list[tuple[str, str, Handler]]  # (method, path regex with named groups, handler)
    metrics: Counter[str]


class QuickPath:
    def __init__(self, app: ASGIApp, table: RouteTable) -> None:
        self.app, self.exact, self.metrics = app, table.exact, table.metrics
        self.patterns = [(method, re.compile(path), handler) for method, path, handler in table.patterns]

    def _find(self, scope: Scope) -> tuple[Handler | None, Mapping[str, str] | None]:
        method, path = scope["method"], scope["path"]
        handler = self.exact.get((method, path))
        if handler is not None:
            return handler, None
        for wanted, pattern, handler in self.patterns:
            if wanted == method and (match := pattern.fullmatch(path)):
                return handler, match.groupdict()
        return None, None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        handler, params = self._find(scope) if scope["type"] == "http" else (None, None)
        if handler is None:
            await self.app(scope, receive, send)
            return
        body = b""
        if scope["method"] in ("POST", "PUT"):
            parts, more = [], True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return  # the client went away
                parts.append(message.get("body", b""))
                more = message.get("more_body", False)
            body = b"".join(parts)
        try:
            response = await handler(scope, body, params)
        except Exception as exc:
            refusal = exc if isinstance(exc, ProtocolError) else storage_refusal(exc, scope["method"], scope["path"])
            if refusal is None:
                raise
            self.metrics[f"error.{refusal.code}"] += 1
            response = refusal_response(refusal)
        if response is not None:
            await response(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    given = False

    async def again() -> Message:
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return again


def header(scope: Scope, name: bytes) -> str | None:
    """The request's one header `name` (lower case); None when it is absent or given more than once."""
    found = [value for key, value in scope["headers"] if key == name]
    return found[0].decode("latin-1") if len(found) == 1 else None


def json_body(scope: Scope, body: bytes, model: type[Model]) -> Model | None:
    """The body as `model` when it is sent as JSON and meets the model; else None (FastAPI answers it)."""
    kind = header(scope, b"content-type")
    if kind is None or kind.split(";", 1)[0].strip().lower() != "application/json":
        return None
    try:
        return model.model_validate_json(body)
    except ValidationError:
        return None


def query_counts(scope: Scope, limits: Mapping[str, tuple[int, int, int]]) -> dict[str, int] | None:
    """The query's whole-number parameters, each `name: (default, lowest, highest)`; None when the query holds
    anything else (another or a repeated name, an encoded character, a value out of range: FastAPI answers it)."""
    given = {name: default for name, (default, _, _) in limits.items()}
    seen: set[bytes] = set()
    query: bytes = scope.get("query_string", b"")
    for part in query.split(b"&") if query else []:
        name, _, value = part.partition(b"=")
        key = name.decode("latin-1")
        if key not in limits or name in seen or not COUNT.fullmatch(value):
            return None
        seen.add(name)
        number = int(value)
        _, lowest, highest = limits[key]
        if not lowest <= number <= highest:
            return None
        given[key] = number
    return given


def as_json(value: Any) -> Response:
    return Response(value, media_type="application/json")
