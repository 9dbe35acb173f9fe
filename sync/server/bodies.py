"""Request bodies before the routes see them: size limits, the device's credentials checked before anything is
inflated, and gzip/zstd bodies inflated piece by piece under a cap (a small compressed body must not fill memory)."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

import zstandard
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.errors import ProtocolError, error_response

ANONYMOUS_BODY_LIMIT = 16 * 1024  # an enrolment is under 2 KiB; nothing else without a token takes a body
ZSTD_MAX_WINDOW = 1 << 23  # the client's level 6 on 4 MiB uses a 4 MiB window; larger windows are refused
ZSTD_MOST_PER_BYTE = 1 << 16  # one zstd input byte inflates to at most 32 KiB (4-byte RLE blocks of 128 KiB)
ENCODINGS = ("gzip", "zstd")  # and identity; anything else is refused with 415
DEVICE_KEY = "eoffice.device"  # in the request's scope: the device whose credentials were checked here


class TooLarge(Exception):
    """The inflated body passed the cap: stop reading and inflating at once."""


class _Inflater:
    """Inflates one body as its pieces arrive, holding at most `cap` bytes of output (and refusing past it)."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.encoding, self.cap = encoding, cap
        self.parts: list[bytes] = []
        self.size = 0
        self.started = False
        self.stream: Any = self._new_stream()

    def _new_stream(self) -> Any:
        if self.encoding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zstandard.ZstdDecompressor(max_window_size=ZSTD_MAX_WINDOW).decompressobj()

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.cap:
            raise TooLarge
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        self.started = self.started or bool(chunk)
        data = memoryview(chunk)
        while data:
            if self.stream.eof:  # several members or frames follow one another (as the one-shot functions allow)
                self.stream = self._new_stream()
            if self.encoding == "gzip":  # zlib stops at the room left and keeps the rest of the input
                self._keep(self.stream.decompress(data, self.cap - self.size + 1))
                data = memoryview(self.stream.unconsumed_tail)
            else:  # zstd has no output bound: feed it only as much input as can fill the room left
                step = max(16, (self.cap - self.size) // ZSTD_MOST_PER_BYTE)
                self._keep(self.stream.decompress(data[:step]))
                data = data[step:]
            if self.stream.eof and self.stream.unused_data:
                data = memoryview(self.stream.unused_data + bytes(data))

    def body(self) -> bytes:
        if self.started and not self.stream.eof:
            raise zlib.error("the compressed body ends before its end")
        return b"".join(self.parts)


class BodyLimitAndDecompress:
    """Refuses bodies over the limit before reading them whole; inflates gzip/zstd bodies of enrolled devices only.

    A request that carries a body is sorted by its Authorization header first (one indexed lookup). An enrolled,
    unrevoked device may send up to `limit` bytes, compressed or not, inflated to at most `inflated_limit`. Any other
    request gets its credentials' refusal (401) without a byte read when it is compressed or a POST/PUT outside the
    anonymous paths (every other POST/PUT route needs a device); otherwise (an enrolment, or a method no route takes,
    answered 405 by the router) it may carry `ANONYMOUS_BODY_LIMIT` bytes, uncompressed.
    """

    def __init__(
        self,
        app: ASGIApp,
        limit: int,
        inflated_limit: int,
        authenticate: Callable[[str | None], Any],
        checked: Callable[[str | None], Any] | None = None,
        anonymous_paths: tuple[str, ...] = (),
        skip_paths: tuple[str, ...] = (),
        anonymous_prefixes: tuple[str, ...] = (),
    ) -> None:
        self.app, self.limit, self.inflated_limit = app, limit, inflated_limit
        self.anonymous_prefixes = anonymous_prefixes  # pages with their own sign-in (the console's forms)
        self.authenticate, self.anonymous_paths, self.skip_paths = authenticate, anonymous_paths, skip_paths
        self.checked = checked  # the device when already checked by this process (no database work), else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.skip_paths:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        declared = headers.get("content-length")
        if declared is None and "transfer-encoding" not in headers or declared == "0":
            await self.app(scope, receive, send)  # no body: nothing to limit or inflate
            return
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await error_response(413, "too_large", "The request is too large.")(scope, receive, send)
            return
        encoding = headers.get("content-encoding", "").strip().lower()
        if encoding not in ("", "identity", *ENCODINGS):
            await error_response(415, "invalid_request", "Unknown Content-Encoding.")(scope, receive, send)
            return
        refusal, device = await self._credentials(headers.get("authorization"))
        limit = self.limit if refusal is None else ANONYMOUS_BODY_LIMIT
        if refusal is not None:
            anonymous = scope["path"] in self.anonymous_paths or scope["path"].startswith(self.anonymous_prefixes)
            needs_device = scope["method"] in ("POST", "PUT") and not anonymous
            if encoding in ENCODINGS or needs_device:
                await error_response(refusal.status, refusal.code, refusal.message)(scope, receive, send)
                return
            if declared is not None and int(declared) > limit:
                await self._anonymous_too_large(scope, receive, send)
                return
        inflater = _Inflater(encoding, self.inflated_limit) if encoding in ENCODINGS else None
        chunks: list[bytes] = []
        size = 0
        more = True
        try:
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    if refusal is None:
                        await error_response(413, "too_large", "The request is too large.")(scope, receive, send)
                    else:
                        await self._anonymous_too_large(scope, receive, send)
                    return
                if inflater is not None:
                    inflater.feed(chunk)
                else:
                    chunks.append(chunk)
                more = message.get("more_body", False)
            body = inflater.body() if inflater is not None else b"".join(chunks)
        except TooLarge:
            message_en = f"The request inflates to more than {self.inflated_limit // (1024 * 1024)} MiB; send less."
            await error_response(413, "too_large", message_en)(scope, receive, send)
            return
        except (zlib.error, zstandard.ZstdError):
            await error_response(400, "invalid_request", "The compressed body is damaged.")(scope, receive, send)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:  # the body was given; later calls wait for the real disconnect (streamed answers listen)
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        scope = dict(scope)
        if device is not None:  # checked once per request: the route's dependency takes it from here
            scope[DEVICE_KEY] = device
        scope["headers"] = [
            (k, v) for k, v in scope["headers"] if k.lower() not in (b"content-encoding", b"content-length")
        ]
        scope["headers"].append((b"content-length", str(len(body)).encode()))
        await self.app(scope, replay, send)

    async def _credentials(self, authorization: str | None) -> tuple[ProtocolError | None, Any]:
        """(None, the device) for an enrolled, unrevoked device; otherwise (the refusal its routes would give, None)."""
        try:
            found = self.checked(authorization) if self.checked is not None else None
            return None, found or await run_in_threadpool(self.authenticate, authorization)
        except ProtocolError as refusal:
            return refusal, None

    @staticmethod
    async def _anonymous_too_large(scope: Scope, receive: Receive, send: Send) -> None:
        message_en = f"A request without a device token may carry at most {ANONYMOUS_BODY_LIMIT // 1024} KiB."
        await error_response(413, "too_large", message_en)(scope, receive, send)
