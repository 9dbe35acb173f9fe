"""The `eoffice` command: the GUI by default, and subcommands for IT staff and scripts sharing the same core."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

from eoffice_desktop import __version__
from eoffice_desktop.core.storage.datadir import DataDirBusy, default_data_dir, demo_data_dir
from eoffice_desktop.core.storage.db import DatabaseRefused
from eoffice_desktop.core.storage.integrity import DiskFull
from eoffice_shared.exits import (
    BUSY,
    FILES,
    INTERRUPTED,
    NOT_FOUND,
    OK,
    REFUSED,
    USAGE,
    CommandFailed,
    file_problem,
    output_path,
)

# Only these may start a new office in an empty folder; every other command refuses a folder with no office in it, so
# a mistyped --data-dir never makes a new empty office that then "finds 0 letters".
MAKE_AN_OFFICE = {None, "gui", "setup", "demo", "restore", "enrol"}
REPORTS_ON_ANY_FOLDER = {"check"}  # says itself that a folder holds no database, and creates nothing


def _data_dir(args: argparse.Namespace) -> Path:
    given = getattr(args, "data_dir", None)
    if given:
        root = Path(given).expanduser()
    elif getattr(args, "demo", False) or getattr(args, "command", None) == "demo":
        root = demo_data_dir()  # the demo never touches the user's real data folder
    else:
        root = default_data_dir()
    if root.exists() and not root.is_dir():
        raise CommandFailed(f"The data folder {root} is a file, not a folder. Check --data-dir.", USAGE)
    may_be_empty = getattr(args, "command", None) in MAKE_AN_OFFICE | REPORTS_ON_ANY_FOLDER
    if not may_be_empty and not (root / "eoffice.sqlite").is_file():
        where = "the folder given with --data-dir" if given else "the default data folder"
        raise CommandFailed(
            f"There is no office in {root} ({where}). Check the folder name; 'eoffice setup' makes a new office.",
            NOT_FOUND,
        )
    return root


def _date_option(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandFailed(
            f"{option} {value} is not a date; write it as YYYY-MM-DD, e.g. 2026-02-28.", USAGE
        ) from None


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    """`--data-dir` may stand before or after a command name (SUPPRESS: a command that does not repeat it keeps
    the value given before it)."""
    parser.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="folder holding the office data (default: the user data folder)"
    )


def cmd_gui(args: argparse.Namespace) -> int:
    # The core the window's first rows need loads before Qt's binding: once PySide6 is loaded, its import hook reads
    # the source of every module named in an import after it (to look for its `__feature__` switches) and keeps it.
    # SQLAlchemy, the models and the services load after the first rows are on screen (ui/main_window.py).
    import eoffice_desktop.core.office
    import eoffice_desktop.core.registry.first_page  # noqa: F401
    from eoffice_desktop.ui.app import run_gui

    return run_gui(_data_dir(args), demo=getattr(args, "demo", False), language=getattr(args, "language", None))


def cmd_demo(args: argparse.Namespace) -> int:
    from eoffice_desktop.core.demo.build import generate_demo
    from eoffice_desktop.core.office import open_store

    if args.letters < 0 or not 0 <= args.attachments <= 1:
        raise CommandFailed("--letters must be 0 or more and --attachments between 0 and 1.", USAGE)
    store = open_store(_data_dir(args))
    try:

        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total} letters", end="", file=sys.stderr, flush=True)

        count = generate_demo(store, args.letters, seed=args.seed, attachment_share=args.attachments, progress=progress)
        print(file=sys.stderr)
        print(f"Demo office ready in {store.data_dir.root}: {count} letters added.")
        print("Users: admin (administrator), clerk, head, deputy, khamla, noy, somsak; password 'eoffice-demo'.")
    finally:
        store.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from eoffice_desktop.core.checks.check import check_data_dir

    report = check_data_dir(_data_dir(args), full=getattr(args, "full", False))
    print(report.text())
    if not report.ok:
        if getattr(args, "repair", False):
            print("Nothing was repaired: the problems above come first (restore a backup, or ask IT staff).")
        return REFUSED
    if getattr(args, "repair", False):
        from eoffice_desktop.core.storage.blob_care import remove_leftovers
        from eoffice_desktop.core.storage.datadir import DataDir, DataDirLock

        data_dir = DataDir(_data_dir(args))
        with DataDirLock(data_dir):  # no other writer meanwhile
            incoming, orphans = remove_leftovers(data_dir.database, data_dir.blobs)
        print(f"Removed {incoming} unfinished attachment file(s) and {orphans} attachment file(s) no letter needs.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.core.registry.export import export_csv, write_csv
    from eoffice_desktop.core.registry.register_query import RegisterFilter

    f = RegisterFilter(
        direction=args.direction,
        date_from=_date_option(args.date_from, "--from"),
        date_to=_date_option(args.date_to, "--to"),
        include_void=not args.no_void,
    )
    target = output_path(args.output) if args.output not in (None, "-") else None
    store = open_store(_data_dir(args), lock=False)
    try:
        with store.db.session() as s:
            if target is None:
                sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
                count = write_csv(s, sys.stdout, f)
            else:
                count = export_csv(s, target, f)
        print(f"{count} letters exported.", file=sys.stderr)
    finally:
        store.close()
    return 0


def _opens_the_window(argv: list[str]) -> bool:
    """No command word (the way clerks start it): the window needs neither the commands' parsers nor what they
    import (cryptography, the signing code), which would delay the first paint."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return False
        if word in ("--data-dir", "--language"):
            next(words, None)
        elif not word.startswith("-"):
            return word == "gui"
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eoffice", description="eOffice Desktop: the office letter registry.")
    parser.add_argument("--version", action="version", version=f"eOffice Desktop {__version__}")
    _add_data_dir(parser)
    parser.add_argument("--demo", action="store_true", help="open a demo office (made on first use)")
    parser.add_argument("--language", choices=["lo", "en"], help="user interface language")
    parser.add_argument("--self-test", action="store_true", help="check this installation headless and exit")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the application window (the default)")
    _add_data_dir(gui)
    gui.add_argument("--demo", action="store_true", help="open a demo office (made on first use)")
    gui.add_argument("--language", choices=["lo", "en"], help="user interface language")
    gui.set_defaults(func=cmd_gui)

    demo = sub.add_parser("demo", help="create a demo office with realistic letters (never in a real office's folder)")
    _add_data_dir(demo)
    demo.add_argument("--letters", type=int, default=300, help="how many letters to add (default 300)")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--attachments", type=float, default=0.25, help="share of letters with a scan (0-1)")
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", help="check the database, the attachments and the event log")
    _add_data_dir(check)
    check.add_argument(
        "--repair", action="store_true", help="also remove attachment files left by interruptions (after 2 days)"
    )
    check.add_argument(
        "--full", action="store_true", help="also rebuild the registers from the log and compare every table (slower)"
    )
    check.set_defaults(func=cmd_check)

    export = sub.add_parser("export", help="export a register as CSV (UTF-8 with BOM)")
    _add_data_dir(export)
    export.add_argument("--format", choices=["csv"], default="csv")
    export.add_argument("--direction", choices=["in", "out"], default="in")
    export.add_argument("--from", dest="date_from", help="first date, YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", help="last date, YYYY-MM-DD")
    export.add_argument("--no-void", action="store_true", help="leave out void letters")
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.set_defaults(func=cmd_export)

    if commands:
        _register_extra_commands(sub)
    return parser


def _register_extra_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Commands that live in their own modules (import, ...), each adding its own parser."""
    from eoffice_desktop import commands

    for register in commands.REGISTRARS:
        register(sub, _add_data_dir, _data_dir)


def main(argv: list[str] | None = None) -> int:
    """Every way a command can end maps to one exit code of the shared table (eoffice_shared/exits.py,
    docs/commands.md) and, when it fails, one sentence on standard error - never a traceback."""
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(commands=not _opens_the_window(words))
    args = parser.parse_args(words)
    if args.self_test:
        from eoffice_desktop.selftest import run_self_test

        return run_self_test()
    func = getattr(args, "func", cmd_gui)
    if func is not cmd_gui:  # the window starts its own log, with its crash reports
        from eoffice_desktop.core.support.logs import setup_logging

        setup_logging()
        logging.getLogger("eoffice.cli").info("eoffice %s", getattr(args, "command", None) or "")
    try:
        return int(func(args))
    except BrokenPipeError:
        return OK
    except KeyboardInterrupt:
        return INTERRUPTED
    except BaseException as exc:  # noqa: BLE001 - each kind gets its sentence and code below
        failed = _failure(exc)
        if failed is None:
            logging.getLogger("eoffice.cli").exception("eoffice %s failed", getattr(args, "command", None) or "")
            raise
        print(f"eoffice: {failed}", file=sys.stderr)
        return failed.code


def _failure(exc: BaseException) -> CommandFailed | None:
    from eoffice_desktop.core.people.accounts import NotAllowed

    if isinstance(exc, CommandFailed):
        return exc
    if isinstance(exc, DiskFull):
        return CommandFailed(str(exc), FILES)
    if isinstance(exc, (DatabaseRefused, DataDirBusy)):
        return CommandFailed(str(exc), BUSY)
    if isinstance(exc, NotAllowed):
        return CommandFailed(str(exc), REFUSED)
    if isinstance(exc, EOFError):
        return CommandFailed(
            "There is no terminal to type in: give the value as an option (see --help) or run the command in a "
            "terminal.",
            USAGE,
        )
    if isinstance(exc, OSError):
        return file_problem(exc)
    if isinstance(exc, ValueError):  # refusals of the core services carry a message for people
        return CommandFailed(str(exc), REFUSED)
    return None
