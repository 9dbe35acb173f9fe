"""A TCP relay on 127.0.0.1 between a desktop and the real server that breaks the link on purpose: it resets the
connection after N bytes in either direction, or when a request for a given path goes by, or answers like a
captive portal. It counts the bytes it carried, so tests can tell what was sent again."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass

PORTAL_PAGE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 58\r\nConnection: close\r\n\r\n"
    b"<html><body>Please log in to the hotel Wi-Fi</body></html>"
)


@dataclass
class Fault:
    """One planned break. Byte counts start when the fault is armed; `request` matches the start of a request
    (e.g. b"GET /v1/pull"); with `portal` the relay answers that request with a 200 HTML page instead."""

    up_bytes: int | None = None
    down_bytes: int | None = None
    request: bytes | None = None
    after_request_bytes: int = 0  # with `request`: let the request and this many answer bytes through first
    portal: bool = False


class LinkProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.bytes_up = 0  # client -> server, as relayed
        self.bytes_down = 0
        self.cuts = 0
        self._lock = threading.Lock()
        self._fault: Fault | None = None
        self._armed_up = self._armed_down = 0
        self._matched = False
        self._sockets: set[socket.socket] = set()
        self._closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    # -- control ---------------------------------------------------------------------------------------------
    def arm(self, fault: Fault) -> None:
        with self._lock:
            self._fault, self._armed_up, self._armed_down, self._matched = fault, 0, 0, False

    def disarm(self) -> None:
        with self._lock:
            self._fault = None

    @property
    def armed(self) -> bool:
        return self._fault is not None

    def retarget(self, port: int) -> None:
        self.target_port = port

    def close(self) -> None:
        self._closing = True
        self.listener.close()
        for sock in list(self._sockets):
            _reset(sock)

    # -- relay -----------------------------------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
            except OSError:
                _reset(client)
                continue
            server.settimeout(None)
            self._sockets |= {client, server}
            pair = (client, server)
            threading.Thread(target=self._pump, args=(client, server, "up", pair), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, "down", pair), daemon=True).start()

    def _pump(
        self, source: socket.socket, sink: socket.socket, direction: str, pair: tuple[socket.socket, ...]
    ) -> None:
        try:
            while True:
                data = source.recv(16384)
                if not data:
                    sink.shutdown(socket.SHUT_WR)
                    return
                passed, cut, portal = self._decide(direction, data)
                if portal:
                    source.sendall(PORTAL_PAGE)
                    self._break(pair)
                    return
                if passed:
                    sink.sendall(passed)
                if cut:
                    self._break(pair)
                    return
        except OSError:
            self._break(pair)

    def _decide(self, direction: str, data: bytes) -> tuple[bytes, bool, bool]:
        """How much of this chunk goes through, and whether the link breaks after it."""
        with self._lock:
            fault = self._fault
            if fault is None:
                self._count(direction, len(data))
                return data, False, False
            limit: int | None
            if fault.request is not None:
                if direction == "up" and not self._matched and data.startswith(fault.request):
                    self._matched = True
                    if fault.portal:
                        self._fault, self.cuts = None, self.cuts + 1
                        return b"", True, True
                    self._armed_down = 0
                    self._count(direction, len(data))
                    return data, False, False
                if not self._matched or direction == "up":
                    self._count(direction, len(data))
                    return data, False, False
                limit, done = fault.after_request_bytes, self._armed_down
            elif direction == "up" and fault.up_bytes is not None:
                limit, done = fault.up_bytes, self._armed_up
            elif direction == "down" and fault.down_bytes is not None:
                limit, done = fault.down_bytes, self._armed_down
            else:
                self._count(direction, len(data))
                return data, False, False
            room = limit - done
            if room >= len(data):
                self._count(direction, len(data))
                return data, False, False
            self._fault, self.cuts = None, self.cuts + 1
            self._count(direction, max(room, 0))
            return data[: max(room, 0)], True, False

    def _count(self, direction: str, n: int) -> None:
        if direction == "up":
            self.bytes_up += n
            self._armed_up += n
        else:
            self.bytes_down += n
            self._armed_down += n

    def _break(self, pair: tuple[socket.socket, ...]) -> None:
        for sock in pair:
            _reset(sock)
            self._sockets.discard(sock)


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset, as a dropped mobile link or a killed NAT entry looks to both ends."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)  # wakes the relay thread blocked reading it
    except OSError:
        pass
    with contextlib.suppress(OSError):
        sock.close()
