"""`eoffice users ...`: list accounts, add one, reset a forgotten password (IT staff, on the office PC)."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.core.accounts import ROLES, create_user, list_departments, list_users, reset_password
from eoffice_desktop.core.office import open_store


def _password(args: argparse.Namespace) -> str:
    if args.password:
        return str(args.password)
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise SystemExit("eoffice: the two passwords differ; nothing was changed.")
    return first


def run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    store = open_store(data_dir_of(args))
    try:
        admin = store.admin_actor()
        if args.users_command == "list":
            with store.db.session() as s:
                depts = {d.id: d.name_lo for d in list_departments(s)}
                for user in list_users(s, active_only=False):
                    state = "" if user.active else " (disabled)"
                    print(
                        f"{user.username}\t{user.display_name}\t{user.roles}\t"
                        f"{depts.get(user.department_id or '', '')}{state}"
                    )
        elif args.users_command == "add":
            create_user(
                store, admin, args.username, args.name, _password(args), args.roles.split(","), title=args.title
            )
            print(f"User {args.username} added.")
        elif args.users_command == "reset-password":
            with store.db.session() as s:
                user = next((u for u in list_users(s, active_only=False) if u.username == args.username), None)
            if user is None:
                print(f"eoffice: there is no user {args.username}.")
                return 1
            reset_password(store, admin, user.id, _password(args))
            print(f"The password of {args.username} was changed.")
    finally:
        store.close()
    return 0


def register(
    sub: argparse._SubParsersAction,
    add_data_dir: Callable[..., None],  # type: ignore[type-arg]
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    users = sub.add_parser("users", help="list, add and reset user accounts")
    add_data_dir(users)
    commands = users.add_subparsers(dest="users_command", required=True)
    add_data_dir(commands.add_parser("list", help="list the office's users"))
    add = commands.add_parser("add", help="add a user")
    add_data_dir(add)
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name as shown in the app")
    add.add_argument("--roles", required=True, help=f"comma-separated: {','.join(ROLES)}")
    add.add_argument("--title", default="")
    add.add_argument("--password", help="(asked when not given)")
    reset = commands.add_parser("reset-password", help="set a new password for a user who forgot theirs")
    add_data_dir(reset)
    reset.add_argument("username")
    reset.add_argument("--password", help="(asked when not given)")
    users.set_defaults(func=lambda args: run(args, data_dir_of))
