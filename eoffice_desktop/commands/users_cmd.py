"""`eoffice users ...`: list accounts, add one, change roles, department or title, reset a forgotten password (IT
staff, on the office PC; they act as the office's first administrator)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.commands.secrets_in import add_password_options, read_password
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.people.accounts import (
    ROLES,
    create_user,
    list_departments,
    list_users,
    reset_password,
    update_user,
)
from eoffice_desktop.core.storage.models import Department, User
from eoffice_shared.exits import NOT_FOUND, USAGE, CommandFailed


def _roles(text: str) -> list[str]:
    return [r.strip() for r in text.split(",") if r.strip()]


def _department(store: OfficeStore, name: str | None) -> str | None:
    """The id of the department named (Lao or English name); "" for none; None when not given."""
    if name is None:
        return None
    if not name.strip() or name.strip() in ("-", "none"):
        return ""
    with store.db.session() as s:
        for dept in s.scalars(select(Department)):
            if name.strip() in (dept.name_lo, dept.name_en, dept.id):
                return dept.id
        names = ", ".join(d.name_lo for d in list_departments(s)) or "none yet"
    raise CommandFailed(f"There is no department '{name}' (departments: {names}).", NOT_FOUND)


def _user_id(store: OfficeStore, username: str) -> str:
    with store.db.session() as s:
        user = s.scalars(select(User).where(User.username == username.strip().lower())).first()
    if user is None:
        raise CommandFailed(f"There is no user {username}; 'eoffice users list' shows them.", NOT_FOUND)
    return user.id


def run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    root = data_dir_of(args)
    password = read_password(args) if args.users_command in ("add", "reset-password") else ""
    store = open_store(root)
    try:
        admin = store.admin_actor()
        if args.users_command == "list":
            with store.db.session() as s:
                depts = {d.id: d.name_lo for d in list_departments(s)}
                for user in list_users(s, active_only=False):
                    state = "" if user.active else " (disabled)"
                    print(
                        f"{user.username}\t{user.display_name}\t{user.roles}\t"
                        f"{depts.get(user.department_id or '', '')}\t{user.title}{state}"
                    )
        elif args.users_command == "add":
            department = _department(store, args.department) or None
            create_user(store, admin, args.username, args.name, password, _roles(args.roles), args.title, department)
            print(f"User {args.username} added.")
        elif args.users_command == "set":
            user_id = _user_id(store, args.username)
            if args.roles is None and args.department is None and args.title is None and args.active is None:
                raise CommandFailed(
                    "Nothing to change: give --roles, --department, --title, --enable or --disable.", USAGE
                )
            update_user(
                store,
                admin,
                user_id,
                roles=_roles(args.roles) if args.roles is not None else None,
                department_id=_department(store, args.department),
                title=args.title,
                active=args.active,
            )
            print(f"User {args.username} changed.")
        elif args.users_command == "reset-password":
            reset_password(store, admin, _user_id(store, args.username), password)
            print(f"The password of {args.username} was changed.")
    finally:
        store.close()
    return 0


def register(
    sub: argparse._SubParsersAction,
    add_data_dir: Callable[..., None],  # type: ignore[type-arg]
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    users = sub.add_parser("users", help="list, add and change user accounts")
    add_data_dir(users)
    commands = users.add_subparsers(dest="users_command", required=True)
    add_data_dir(commands.add_parser("list", help="the office's users: name, full name, roles, department, title"))
    add = commands.add_parser("add", help="add a user")
    add_data_dir(add)
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name as shown in the app")
    add.add_argument("--roles", required=True, help=f"comma-separated: {','.join(ROLES)}")
    add.add_argument("--title", default="", help="job title, as printed under a signature")
    add.add_argument("--department", help="department name")
    add_password_options(add, "first password")
    change = commands.add_parser("set", help="change a user's roles, department, title, or switch the account off/on")
    add_data_dir(change)
    change.add_argument("username")
    change.add_argument("--roles", help=f"the new roles, comma-separated: {','.join(ROLES)}")
    change.add_argument("--department", help="department name ('none' for no department)")
    change.add_argument("--title", help="job title")
    change.add_argument("--disable", dest="active", action="store_false", default=None, help="switch the account off")
    change.add_argument("--enable", dest="active", action="store_true", help="switch the account on again")
    reset = commands.add_parser("reset-password", help="set a new password for a user who forgot theirs")
    add_data_dir(reset)
    reset.add_argument("username")
    add_password_options(reset, "new password")
    users.set_defaults(func=lambda args: run(args, data_dir_of))
