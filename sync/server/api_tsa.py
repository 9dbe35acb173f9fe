"""HTTP routes of the server's time-stamping authority: RFC 3161 over HTTP for enrolled PCs, and its certificate."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from cryptography.hazmat.primitives.serialization import Encoding
from fastapi import Depends, FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool

from sync.server.ca import CAUnavailable, ServerCA
from sync.server.database import ServerDatabase
from sync.server.errors import ProtocolError
from sync.server.models import Device
from sync.server.tsa import ServerTSA, TimestampRefused

MAX_QUERY = 4096  # a time-stamp query is a hash and a few fields: a few hundred bytes


def add_routes(
    app: FastAPI, database: ServerDatabase, device: Callable[..., Awaitable[Device]], ca: ServerCA
) -> ServerTSA:
    tsa = ServerTSA(ca, database)

    @app.post(
        "/v1/tsa",
        response_class=Response,
        responses={200: {"content": {"application/timestamp-reply": {}}, "description": "RFC 3161 TimeStampResp"}},
        openapi_extra={  # read raw by the route itself, so described here
            "requestBody": {
                "required": True,
                "description": "one RFC 3161 TimeStampReq (DER); bytes that are not one are refused (400)",
                "content": {  # RFC 3161 clients say timestamp-query; the bytes are read whatever the type says
                    kind: {"schema": {"type": "string", "format": "binary", "minLength": 1, "maxLength": MAX_QUERY}}
                    for kind in ("application/timestamp-query", "application/octet-stream")
                },
            }
        },
    )
    async def timestamp(request: Request, me: Device = Depends(device)) -> Response:
        """An RFC 3161 time-stamp for the signatures this PC made offline: the body is a DER TimeStampReq
        (`application/timestamp-query`, as RFC 3161 clients send it; read raw like the blob chunks), the answer a DER
        TimeStampResp (`application/timestamp-reply`)."""
        query = await request.body()
        if not query or len(query) > MAX_QUERY:
            raise ProtocolError(400, "invalid_request", "Send one RFC 3161 time-stamp request (DER).")
        try:  # signing (and, the first time, making the authority's key) in a worker: other requests go on
            reply = await run_in_threadpool(tsa.answer, query)
        except CAUnavailable as exc:
            raise ProtocolError(404, "no_ca", str(exc)) from None
        except TimestampRefused as exc:
            raise ProtocolError(400, "invalid_request", str(exc)) from None
        return Response(reply, media_type="application/timestamp-reply")

    @app.get(
        "/v1/tsa/certificate", response_class=Response, responses={200: {"content": {"application/x-pem-file": {}}}}
    )
    def certificate(me: Device = Depends(device)) -> Response:
        """The authority's certificate (PEM), for `openssl ts -verify -untrusted`."""
        try:
            cert = tsa.certificate()
        except CAUnavailable as exc:
            raise ProtocolError(404, "no_ca", str(exc)) from None
        return Response(cert.public_bytes(Encoding.PEM), media_type="application/x-pem-file")

    return tsa
