"""Compressed request bodies against the real server process: a gzip or zstd bomb, sent anonymously, with a wrong
token or with a real device's token, is refused without the server's memory growing past a stated bound, and the
server goes on answering."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
import zstandard

from sync.server.cli import main as server_cli

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
INFLATED = 1024 * MIB  # each bomb inflates to 1 GiB
BOUND = 64 * MIB  # the server's peak resident memory may grow by this much, no more


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _gzip_bomb() -> bytes:
    """1 GiB of zeros as a valid gzip member of about 1 MiB: one flushed deflate segment for 1 MiB, repeated."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    segment = packer.compress(b"\0" * MIB) + packer.flush(zlib.Z_FULL_FLUSH)  # byte-aligned, needs no history
    crc = 0
    for _ in range(INFLATED // MIB):
        crc = zlib.crc32(b"\0" * MIB, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = crc.to_bytes(4, "little") + (INFLATED % 2**32).to_bytes(4, "little")
    bomb = header + segment * (INFLATED // MIB) + b"\x03\x00" + trailer  # \x03\x00: the final, empty block
    return bomb


def _zstd_bomb() -> bytes:
    packer = zstandard.ZstdCompressor(level=1).compressobj()
    zeros = b"\0" * MIB
    return b"".join(packer.compress(zeros) for _ in range(INFLATED // MIB)) + packer.flush()


def _peak_rss(pid: int) -> int:
    """The process's peak resident memory (VmHWM), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM in /proc")


@dataclass
class ServerProcess:
    url: str
    pid: int
    token: str


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    data = ["--data-dir", str(tmp_path / "srv")]
    assert server_cli([*data, "admin", "add-office", "--code", "ທດ", "--name-lo", "ຫ້ອງການທົດລອງ"]) == 0
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = tmp_path / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", *data, "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                requests.get(f"{url}/v1/health", timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            pytest.fail(log.read_text())
        code = (
            subprocess.run(
                [sys.executable, "-m", "sync.server.cli", *data, "admin", "enrol-code", "--office", "ທດ"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.rsplit(" ", 1)[1]
            .strip()
        )
        enrolled = requests.post(f"{url}/v1/devices/enrol", json={"code": code, "device_name": "PC 1"}, timeout=30)
        assert enrolled.status_code == 200, enrolled.text
        yield ServerProcess(url, process.pid, enrolled.json()["token"])
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise


def _push(server: ServerProcess, body: bytes, encoding: str, token: str | None) -> requests.Response:
    headers = {"Content-Type": "application/json", "Content-Encoding": encoding}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(f"{server.url}/v1/push", data=body, headers=headers, timeout=60)


def test_bombs_are_refused_within_a_memory_bound_and_the_server_goes_on(server: ServerProcess):
    bombs = {"gzip": _gzip_bomb(), "zstd": _zstd_bomb()}
    empty = json.dumps({"events": []}).encode()
    for encoding, pack in (("gzip", gzip.compress), ("zstd", zstandard.ZstdCompressor().compress)):
        warm = _push(server, pack(empty), encoding, server.token)  # every path of a normal push has run once
        assert warm.status_code == 200, warm.text
    baseline = _peak_rss(server.pid)
    for encoding, bomb in bombs.items():
        assert len(bomb) < 2 * MIB
        for token, status, code in ((None, 401, "unauthorized"), ("not-a-token", 401, "unauthorized")):
            refused = _push(server, bomb, encoding, token)
            assert (refused.status_code, refused.json()["code"], refused.json()["retry"]) == (status, code, False)
        refused = _push(server, bomb, encoding, server.token)
        assert refused.status_code == 413, refused.text
        body = refused.json()
        assert body["code"] == "too_large" and "inflates to more than 16 MiB" in body["message_en"]
        assert body["message_lo"] and body["retry"] is False
    grown = _peak_rss(server.pid) - baseline
    assert grown < BOUND, f"the server's peak memory grew by {grown // MIB} MiB"
    for encoding, pack in (("gzip", gzip.compress), ("zstd", zstandard.ZstdCompressor().compress)):
        after = _push(server, pack(empty), encoding, server.token)
        assert after.status_code == 200 and after.json()["results"] == []


def test_anonymous_bodies_are_small_and_never_inflated(server: ServerProcess):
    enrol = {"code": "AAAA-BBBB-CCCC", "device_name": "PC"}
    packed = gzip.compress(json.dumps(enrol).encode())
    compressed = requests.post(
        f"{server.url}/v1/devices/enrol", data=packed, headers={"Content-Encoding": "gzip"}, timeout=30
    )
    assert (compressed.status_code, compressed.json()["code"]) == (401, "unauthorized")
    large = requests.post(f"{server.url}/v1/devices/enrol", json={**enrol, "pad": "x" * 20_000}, timeout=30)
    assert (large.status_code, large.json()["code"]) == (413, "too_large")
    assert "without a device token" in large.json()["message_en"]
    plain = requests.post(f"{server.url}/v1/devices/enrol", json=enrol, timeout=30)
    assert (plain.status_code, plain.json()["code"]) == (403, "enrolment_refused")  # read, and refused for its code
    # every other route that takes a body needs a device: refused before the body is read (a push, a relayed bundle)
    for path in ("/v1/push", "/v1/bundles/relay"):
        for headers in ({}, {"Authorization": "Bearer not-a-token"}):
            refused = requests.post(f"{server.url}{path}", data=b"x" * MIB, headers=headers, timeout=30)
            assert (refused.status_code, refused.json()["code"]) == (401, "unauthorized"), (path, refused.text)


def test_damaged_and_unknown_encodings_are_refused(server: ServerProcess):
    auth = f"Bearer {server.token}"
    packed = gzip.compress(b'{"events": []}')
    for body, encoding, status in ((packed[:-6], "gzip", 400), (b"\x28\xb5\x2f\xfdjunk", "zstd", 400)):
        answer = requests.post(
            f"{server.url}/v1/push",
            data=body,
            headers={"Content-Encoding": encoding, "Authorization": auth, "Content-Type": "application/json"},
            timeout=30,
        )
        assert (answer.status_code, answer.json()["code"]) == (status, "invalid_request"), answer.text
    deflated = requests.post(
        f"{server.url}/v1/push",
        data=zlib.compress(b"{}"),
        headers={"Content-Encoding": "deflate", "Authorization": auth},
    )
    assert deflated.status_code == 415
