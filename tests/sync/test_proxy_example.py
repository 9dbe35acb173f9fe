"""The reverse proxy example in docs/deploy.md lets through every body the server itself accepts: pushes and chunks
everywhere, relayed USB bundles on their own route (streamed, unbuffered); otherwise the proxy would answer first
with its own HTML page, which a PC cannot read as the server's refusal."""

from __future__ import annotations

import re
from pathlib import Path

from sync.protocol.messages import CHUNK_SIZE, MAX_PUSH_BYTES
from sync.server.api_bundles import RELAY_LIMIT, RELAY_PATH
from sync.server.bodies import ANONYMOUS_BODY_LIMIT

DEPLOY = Path(__file__).resolve().parents[2] / "docs" / "deploy.md"
UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _example() -> str:
    found = re.search(r"```nginx\n(.*?)```", DEPLOY.read_text(encoding="utf-8"), re.S)
    assert found is not None, "docs/deploy.md has no nginx example"
    return found.group(1)


def _limit(block: str) -> int:
    size = re.search(r"client_max_body_size\s+(\d+)([kmg]?);", block, re.I)
    assert size is not None, block
    return int(size.group(1)) * UNITS[size.group(2).lower()]


def _location(example: str, path: str) -> str:
    found = re.search(r"location\s+=\s+" + re.escape(path) + r"\s*\{(.*?)\n    \}", example, re.S)
    assert found is not None, f"the example has no location for {path}"
    return found.group(1)


def test_the_proxy_example_takes_every_body_the_server_takes():
    example = _example()
    relay = _location(example, RELAY_PATH)
    everywhere = _limit(example.replace(relay, ""))
    assert everywhere >= max(MAX_PUSH_BYTES, CHUNK_SIZE, ANONYMOUS_BODY_LIMIT)
    assert everywhere < RELAY_LIMIT  # the large limit only where the server streams the body to disk
    assert _limit(relay) >= RELAY_LIMIT
    assert "proxy_request_buffering off" in relay and "proxy_pass http://eoffice" in relay
    assert "X-Forwarded-For $remote_addr" in relay  # the throttles and metrics see the PC's address there too
