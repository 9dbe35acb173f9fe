"""`eoffice-server admin console-user ...`: make the console's administrators from the server's shell (the first one
cannot be made from the console itself), list them, and unlock a locked account."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.admin import AdminError
from sync.server.console.auth import ROLES, add_user, audit
from sync.server.console.signin_throttle import forget_failures, locked_somewhere
from sync.server.console.tables import ConsoleUser
from sync.server.models import ServerOffice

PASSWORD_ENV = "EOFFICE_CONSOLE_PASSWORD"


def _password() -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise AdminError(f"No password: type it at a terminal, or give it in {PASSWORD_ENV}. Nothing was changed.")
    try:
        first = getpass.getpass("New console password: ")
        again = getpass.getpass("The same password again: ")
    except EOFError:
        raise AdminError("No password was typed. Nothing was changed.") from None
    if again != first:
        raise AdminError("The two passwords differ. Nothing was changed.")
    return first


def add(session: Session, args: argparse.Namespace) -> None:
    user, secret = add_user(session, args.username, _password(), args.role, args.province or "", args.totp)
    print(f"Console user {user.username} added ({user.role}). Open /console on this server to sign in.")
    if secret is not None:
        print(f"Second factor: add this key to an authenticator app now (shown once): {secret}")


def listing(session: Session, args: argparse.Namespace) -> None:
    provinces = {o.id: o.code for o in session.scalars(select(ServerOffice).where(ServerOffice.kind == "province"))}
    for user in session.scalars(select(ConsoleUser).order_by(ConsoleUser.username)):
        state = "locked from an address" if locked_somewhere(session, user.username, time.time()) else "active"
        second = "TOTP" if user.totp_secret else "password only"
        print(f"{user.username}\t{user.role}\t{provinces.get(user.province_id, '')}\t{second}\t{state}")


def unlock(session: Session, args: argparse.Namespace) -> None:
    user = session.scalar(select(ConsoleUser).where(ConsoleUser.username == args.username))
    if user is None:
        raise AdminError(f"There is no console user {args.username}.")
    forget_failures(session, user.username)
    audit(session, "(command line)", "user.unlocked", user.username)
    print(f"Console user {user.username} may sign in again.")


def add_commands(commands: argparse._SubParsersAction, places: object) -> None:  # type: ignore[type-arg]
    """`console-user add|list|unlock` beside the other `admin` commands; `places` adds --data-dir and --database."""
    parser = commands.add_parser("console-user", help="administrators of the web console (/console)")
    places(parser)  # type: ignore[operator]
    users = parser.add_subparsers(dest="console_command", required=True)
    made = users.add_parser("add", help=f"a new administrator (password asked, or from {PASSWORD_ENV})")
    made.add_argument("username")
    made.add_argument("--role", choices=ROLES, default="national")
    made.add_argument("--province", help="code of the province office (provincial administrators)")
    made.add_argument("--totp", action="store_true", help="also ask a one-time code from an authenticator app")
    made.set_defaults(directory_command=add)
    users.add_parser("list", help="the administrators").set_defaults(directory_command=listing)
    unlocked = users.add_parser("unlock", help="let a locked account sign in again")
    unlocked.add_argument("username")
    unlocked.set_defaults(directory_command=unlock)
    for sub in users.choices.values():
        places(sub)  # type: ignore[operator]
