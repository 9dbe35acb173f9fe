"""`eoffice-server admin tsa` (when the time-stamping certificate ends) and `admin tsa-renew` (a new key and
certificate from the server's CA, before the old certificate ends; PCs learn it at their next sync)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509

from eoffice_shared.exits import USAGE
from eoffice_shared.signing.ca import CARefused
from sync.server.ca import CAUnavailable, ServerCA
from sync.server.database import ServerDatabase
from sync.server.restamp_report import BEFORE_TSA_END


def _line(cert: x509.Certificate) -> str:
    return (
        f"serial {cert.serial_number:x}, valid {cert.not_valid_before_utc:%Y-%m-%d} to "
        f"{cert.not_valid_after_utc:%Y-%m-%d}"
    )


def ending_soon(cert: x509.Certificate, now: datetime | None = None) -> bool:
    """Within the time the archived copies need to be re-stamped under a new certificate."""
    return cert.not_valid_after_utc <= (now or datetime.now(UTC)) + BEFORE_TSA_END


def tsa_status(args: argparse.Namespace, database: ServerDatabase) -> int:
    from sync.server.tsa import ServerTSA  # pyHanko loads only for these commands

    try:
        certificates = ServerTSA(ServerCA(Path(args.data_dir)), database).certificates()
    except (CARefused, CAUnavailable) as exc:
        print(f"eoffice-server: {exc}", file=sys.stderr)
        return 1
    if not certificates:
        print("The time-stamping authority has no certificate yet: it is made at the first time-stamp.")
        return 0
    current, *retired = certificates
    print(f"Time-stamping certificate in use: {_line(current)}.")
    for cert in retired:
        print(f"Retired (its time-stamps still verify): {_line(cert)}.")
    if ending_soon(current):
        print(
            f"It ends within {BEFORE_TSA_END.days} days: renew it now with 'eoffice-server admin tsa-renew', so that "
            "archived copies are re-stamped under the new one before it ends.",
            file=sys.stderr,
        )
    return 0


def tsa_renew(args: argparse.Namespace, database: ServerDatabase) -> int:
    from sync.server.tsa import LIFETIME_DAYS, ServerTSA

    tsa = ServerTSA(ServerCA(Path(args.data_dir)), database)
    try:
        before = tsa.certificates()
        if not 30 <= args.days <= LIFETIME_DAYS:
            print(f"eoffice-server: --days must be between 30 and {LIFETIME_DAYS}.", file=sys.stderr)
            return USAGE
        cert = tsa.renew(days=args.days)
    except (CARefused, CAUnavailable) as exc:
        print(f"eoffice-server: {exc}", file=sys.stderr)
        return 1
    print(f"New time-stamping certificate: {_line(cert)}; in use from now on, by every server process.")
    if before:
        print(f"The one before ({_line(before[0])}) is retired: its key is not kept, its time-stamps still verify.")
    print("PCs learn the new certificate at their next sync; 'eoffice restamp' on a PC re-stamps under it.")
    return 0


def add_commands(commands: argparse._SubParsersAction, add_places: Callable[[argparse.ArgumentParser], None]) -> None:  # type: ignore[type-arg]
    add_places(commands.add_parser("tsa", help="the time-stamping certificate: when it ends, and the retired ones"))
    renew = commands.add_parser("tsa-renew", help="a new time-stamping key and certificate before the old ends")
    add_places(renew)
    renew.add_argument("--days", type=int, default=3650, help="validity, default 3650 (never past the CA's end)")


COMMANDS: dict[str, Callable[[argparse.Namespace, ServerDatabase], int]] = {"tsa": tsa_status, "tsa-renew": tsa_renew}
