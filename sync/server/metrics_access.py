"""Who may read the server's counters (`GET /v1/metrics`): the operators choose the network it answers to, and may
give their monitoring a token of its own. Nobody else learns how busy the server is or which refusals it gives."""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass

METRICS_FROM = ("loopback", "local-network", "token-only")
LOCAL_NETWORKS = tuple(  # private (RFC 1918, RFC 4193) and link-local ranges: an office's or a server room's LAN
    ipaddress.ip_network(net) for net in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16")
) + tuple(ipaddress.ip_network(net) for net in ("fc00::/7", "fe80::/10"))


@dataclass(frozen=True)
class MetricsAccess:
    reachable_from: str = "loopback"  # one of METRICS_FROM
    token: str | None = None  # with `Authorization: Bearer <token>`, from anywhere

    def __post_init__(self) -> None:
        if self.reachable_from not in METRICS_FROM:
            raise ValueError(f"metrics are reachable from one of {', '.join(METRICS_FROM)}")

    def allows(self, client_host: str | None, authorization: str | None) -> bool:
        expected = f"Bearer {self.token}".encode()
        if self.token and authorization is not None and secrets.compare_digest(authorization.encode(), expected):
            return True
        try:
            address = ipaddress.ip_address(client_host or "")
        except ValueError:  # no address (a test client, a Unix socket): not a network we trust
            return False
        if self.reachable_from == "loopback":
            return address.is_loopback
        if self.reachable_from == "local-network":
            return address.is_loopback or any(address in network for network in LOCAL_NETWORKS)
        return False
