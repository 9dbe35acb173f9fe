"""A small HTTP/1.1 client for the load benchmark: one kept-alive connection per office, requests written as bytes,
answers read by Content-Length (or chunked) and gzip opened. It sends what aiohttp sent for the same calls (the same
request line, headers and body: `Accept-Encoding: gzip, deflate`, so the server compresses its answers as before),
at a fraction of aiohttp's CPU per request: the load client shares the machine's cores with the server it measures.
"""

from __future__ import annotations

import asyncio
import json
import zlib
from typing import Any

USER_AGENT = "eoffice-load/1"


class HTTPError(Exception):
    """The connection failed or closed before the whole answer came."""


class _Answer(asyncio.Protocol):
    """Reads answers from one connection; `waiter` gets (status, headers, body) when one is whole."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, dict[bytes, bytes], bytes]] | None = None
        self.open = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.open = True

    def connection_lost(self, exc: Exception | None) -> None:
        self.open = False
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(HTTPError("server disconnected"))

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if self.waiter is not None and not self.waiter.done():
            try:
                whole = self._parse()
            except (ValueError, IndexError) as exc:
                self.waiter.set_exception(HTTPError(f"bad answer: {exc}"))
                return
            if whole is not None:
                self.waiter.set_result(whole)

    def _parse(self) -> tuple[int, dict[bytes, bytes], bytes] | None:
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return None
        lines = bytes(self.buffer[:end]).split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        start = end + 4
        if status in (204, 304) or status < 200:  # no body
            del self.buffer[:start]
            return status, headers, b""
        if b"content-length" in headers:
            size = int(headers[b"content-length"])
            if len(self.buffer) < start + size:
                return None
            body = bytes(self.buffer[start : start + size])
            del self.buffer[: start + size]
        elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            parts, at = [], start
            while True:
                line_end = self.buffer.find(b"\r\n", at)
                if line_end < 0:
                    return None
                size = int(bytes(self.buffer[at:line_end]).split(b";")[0], 16)
                if len(self.buffer) < line_end + 2 + size + 2:
                    return None
                if size == 0:
                    trailer = self.buffer.find(b"\r\n\r\n", line_end)
                    if trailer < 0:
                        return None
                    del self.buffer[: trailer + 4]
                    break
                parts.append(bytes(self.buffer[line_end + 2 : line_end + 2 + size]))
                at = line_end + 2 + size + 2
            body = b"".join(parts)
        else:  # no length: the body ends with the connection (not sent by this server)
            raise ValueError("an answer without Content-Length or chunks")
        encoding = headers.get(b"content-encoding", b"").lower()
        if encoding == b"gzip":
            body = zlib.decompress(body, 31)
        elif encoding == b"deflate":
            body = zlib.decompress(body)
        return status, headers, body


class Connection:
    """One office's connection to the server, opened again when the server has closed it (its keep-alive ended)."""

    def __init__(self, host: str, port: int, token: str | None, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        auth = f"Authorization: Bearer {token}\r\n" if token else ""
        self.host_header = f"Host: {host}:{port}\r\n{auth}".encode("latin-1")
        self.tail = f"Accept: */*\r\nAccept-Encoding: gzip, deflate\r\nUser-Agent: {USER_AGENT}\r\n".encode("latin-1")
        self.answer: _Answer | None = None

    @classmethod
    def to(cls, base: str, token: str | None, timeout: float = 300) -> Connection:
        host, _, port = base.removeprefix("http://").rstrip("/").partition(":")
        return cls(host, int(port or 80), token, timeout)

    async def request(
        self, method: str, target: str, body: Any = b"", headers: bytes = b"", content_type: str = ""
    ) -> tuple[int, bytes]:
        """Send one request (`headers`: extra header lines, each ending in CRLF) and wait for its whole answer:
        (status, body). Raises HTTPError or TimeoutError."""
        loop = asyncio.get_running_loop()
        answer = self.answer
        if answer is None or not answer.open or answer.transport is None or answer.transport.is_closing():
            try:
                _transport, answer = await loop.create_connection(_Answer, self.host, self.port)
            except OSError as exc:
                raise HTTPError(f"cannot connect: {exc}") from exc
            self.answer = answer
        head = f"{method} {target} HTTP/1.1\r\n".encode("latin-1") + self.host_header + headers + self.tail
        if body or method in ("POST", "PUT"):
            head += b"Content-Length: %d\r\n" % len(body)
            if content_type:
                head += b"Content-Type: " + content_type.encode("latin-1") + b"\r\n"
        waiter = answer.waiter = loop.create_future()
        transport = answer.transport
        assert transport is not None
        transport.write(head + b"\r\n")
        if body:
            transport.write(body)
        timer = loop.call_later(self.timeout, lambda: waiter.done() or waiter.set_exception(TimeoutError()))
        try:
            status, answer_headers, data = await waiter
        except BaseException:
            transport.close()  # a late or broken answer must not be read as the next one's
            answer.open = False
            raise
        finally:
            timer.cancel()
            answer.waiter = None
        if answer_headers.get(b"connection", b"").lower() == b"close":
            transport.close()
        return status, data

    async def json(self, method: str, target: str, value: Any) -> tuple[int, bytes]:
        """A JSON body written as aiohttp's `json=` writes it."""
        return await self.request(method, target, json.dumps(value).encode("utf-8"), content_type="application/json")

    def close(self) -> None:
        if self.answer is not None and self.answer.transport is not None:
            self.answer.transport.close()
