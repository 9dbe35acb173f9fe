"""`eoffice restamp`: a fresh document time-stamp from the central server for archived (B-LTA) PDF copies whose last
one is older than the given age, each as a new archived copy (docs/signatures.md, "Archive re-stamp")."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import open_store
from eoffice_shared.exits import OK, REENROL, REFUSED, RETRY, USAGE, CommandFailed


def _days(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days (1 or more)")
    return int(text)


def _restamp(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    from eoffice_desktop.core.storage.models import User
    from sync.client.errors import SyncError
    from sync.client.session import is_enrolled, transport_for
    from sync.client.timestamps import restamp_pdfs

    store = open_store(data_dir_of(args))
    try:
        if not is_enrolled(store):
            raise CommandFailed(
                "This PC is not enrolled with the central server: enrol it first (eoffice enrol).", USAGE
            )
        with store.db.session() as s:
            admin = s.scalars(select(User).where(User.roles.contains("admin")).order_by(User.username)).first()
        if admin is None:
            raise CommandFailed("This office has no administrator yet; set it up first.", REFUSED)
        actor = Actor(user_id=admin.id, office_id=admin.office_id, device_id=store.device_id)
        try:
            result = restamp_pdfs(
                store, transport_for(store), actor, timedelta(days=args.older_than), datetime.now(UTC)
            )
        except SyncError as exc:
            print(
                f"eoffice: the central server's time-stamp could not be obtained ({exc.code}): {exc}", file=sys.stderr
            )
            return RETRY if exc.retry else REENROL
    finally:
        store.close()
    for name in result.done:
        print(f"re-stamped: {name}")
    for reason in result.failed:
        print(f"not re-stamped: {reason}", file=sys.stderr)
    print(
        f"{len(result.done)} letter(s) re-stamped, {result.not_due} not due yet, {len(result.failed)} failed. "
        "Sync to send the new copies to the office's other PCs."
    )
    return REFUSED if result.failed else OK


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    restamp = sub.add_parser("restamp", help="fresh time-stamps for archived signed PDF copies (every year)")
    add_data_dir(restamp)
    restamp.add_argument(
        "--older-than",
        type=_days,
        default=365,
        metavar="DAYS",
        help="re-stamp copies whose last time-stamp is older than this (default 365; always before the "
        "time-stamping certificate ends)",
    )
    restamp.set_defaults(func=lambda args: _restamp(args, data_dir_of))
