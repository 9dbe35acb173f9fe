"""`eoffice-server`: serve, migrate, and the administrator's commands (offices, enrolment codes, devices)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from eoffice_shared.exits import (
    FILES,
    INTERRUPTED,
    NOT_FOUND,
    REFUSED,
    RETRY,
    USAGE,
    CommandFailed,
    file_problem,
)
from eoffice_shared.signing.ca import REASONS, CARefused
from eoffice_shared.signing.secrets_io import PassphraseTooWeak
from sync.server import directory, directory_cli, logs, quota_cli, tsa_cli
from sync.server.admin import AdminError, new_enrolment_code, revoke_device
from sync.server.admin import now as admin_now
from sync.server.ca import CAUnavailable, ServerCA
from sync.server.console import cli as console_cli
from sync.server.database import ServerDatabase, disk_failed
from sync.server.metrics_access import METRICS_FROM, MetricsAccess
from sync.server.models import Device

DEFAULT_DATA = Path(os.environ.get("EOFFICE_SERVER_DATA", "eoffice-server-data"))
# Only these may start a server in an empty folder; the others refuse a folder with no server database, so a mistyped
# --data-dir (or none) never leaves a new empty server behind.
MAKE_A_SERVER = {"serve", "migrate", "add-office", "ca-init", "directory-import", "holidays-import"}


def _database(args: argparse.Namespace) -> ServerDatabase:
    data_dir = Path(args.data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        raise CommandFailed(f"The data folder {data_dir} is a file, not a folder. Check --data-dir.", USAGE)
    url = args.database or os.environ.get("EOFFICE_SERVER_DB") or f"sqlite:///{data_dir / 'server.sqlite'}"
    creates = args.command in MAKE_A_SERVER or getattr(args, "admin_command", None) in MAKE_A_SERVER
    if url.startswith("sqlite"):
        file = url.split("///", 1)[-1]
        if not creates and file and not Path(file).is_file():
            given = "the folder given with --data-dir" if args.data_dir != str(DEFAULT_DATA) else "the default folder"
            raise CommandFailed(
                f"There is no server database in {Path(file).parent} ({given}). Check --data-dir or --database; "
                "'eoffice-server migrate' makes a new one.",
                NOT_FOUND,
            )
        if file and args.database and not Path(file).parent.is_dir():
            raise CommandFailed(f"The folder of the database {file} does not exist. Check --database.", NOT_FOUND)
    if creates and (url.startswith("sqlite") and not args.database or args.command == "serve"):
        data_dir.mkdir(parents=True, exist_ok=True)  # the embedded database's folder (and the server's files)
    try:
        database = ServerDatabase(url)
    except ArgumentError:
        raise CommandFailed(
            f"--database {url} is not a database address; write e.g. postgresql+psycopg://user:pass@host/db.", USAGE
        ) from None
    except (ImportError, NoSuchModuleError) as exc:
        raise CommandFailed(f"--database {url} names a database this server cannot use ({exc}).", USAGE) from None
    return database


def served_app() -> Any:
    """The app of one server process, configured by `serve` through the environment (several worker processes)."""
    from sync.server.app import create_app

    logs.configure()
    database = ServerDatabase(os.environ["EOFFICE_SERVER_DB"])
    data_dir = Path(os.environ["EOFFICE_SERVER_DATA"])
    metrics = MetricsAccess(
        os.environ.get("EOFFICE_METRICS_FROM", "loopback"), os.environ.get("EOFFICE_METRICS_TOKEN") or None
    )
    return create_app(database, Path(os.environ["EOFFICE_SERVER_BLOBS"]), data_dir, metrics)


WORKER_PING_TIMEOUT = 60  # seconds (uvicorn's default: 5)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    if not 1 <= args.port <= 65535 or args.workers < 1:
        raise CommandFailed("--port must be between 1 and 65535 and --workers 1 or more.", USAGE)
    if bool(args.tls_cert) != bool(args.tls_key):
        print("eoffice-server: give both --tls-cert and --tls-key (or neither).", file=sys.stderr)
        return 2
    for given in (args.tls_cert, args.tls_key):
        if given and not Path(given).is_file():
            print(f"eoffice-server: the TLS file {given} does not exist.", file=sys.stderr)
            return 2
    logs.configure()
    database = _database(args)
    database.migrate()  # once, before the worker processes start
    database.dispose()
    os.environ["EOFFICE_SERVER_DB"] = database.url
    os.environ["EOFFICE_SERVER_DATA"] = str(Path(args.data_dir).resolve())
    os.environ["EOFFICE_SERVER_BLOBS"] = str(Path(args.blob_dir or Path(args.data_dir) / "blobs").resolve())
    os.environ["EOFFICE_METRICS_FROM"] = args.metrics_from
    uvicorn.run(
        "sync.server.cli:served_app",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        ssl_keyfile_password=os.environ.get("EOFFICE_TLS_KEY_PASSWORD"),
        log_config=None,
        log_level="warning",
        timeout_keep_alive=30,
        timeout_graceful_shutdown=10,  # on stop, requests under way may finish; idle connections are closed
        # A worker that does not answer the supervisor's ping in time is killed and started again, with the requests
        # it was serving. Under a load burst a busy worker's ping thread may wait seconds for the interpreter lock;
        # killing it then turns slow answers into failed ones. A worker that is really stuck still goes after this.
        timeout_worker_healthcheck=WORKER_PING_TIMEOUT,
    )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    database = _database(args)
    epoch = database.migrate()
    print(f"Database ready: schema revision {database.revision()}, epoch {epoch}.")
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    epoch = _database(args).new_epoch()
    print(f"New epoch {epoch}: devices will re-send what this restored database lacks.")
    return 0


def cmd_admin(args: argparse.Namespace) -> int:
    database = _database(args)
    database.migrate()
    if args.admin_command == "restamp":
        return _restamp_report(args, database)
    if args.admin_command in tsa_cli.COMMANDS:
        return tsa_cli.COMMANDS[args.admin_command](args, database)
    if args.admin_command in quota_cli.COMMANDS:
        return quota_cli.COMMANDS[args.admin_command](args, database)
    try:
        with database.write() as s:
            if getattr(args, "directory_command", None) is not None:
                args.directory_command(s, args)
            elif args.admin_command == "add-office":
                office = directory.add_office(
                    s, args.code, args.name_lo, args.name_en, args.kind, args.province, args.parent
                )
                print(f"Office {office.code} added ({office.id}).")
            elif args.admin_command == "enrol-code":
                if not 1 <= args.hours <= 24 * 30:
                    raise CommandFailed("--hours must be between 1 and 720 (30 days).", USAGE)
                code = new_enrolment_code(s, args.office, args.hours)
                print(f"Enrolment code for one PC of {args.office} (valid {args.hours} h): {code}")
            elif args.admin_command == "devices":
                for found in s.scalars(select(Device).order_by(Device.office_id, Device.enrolled_at)):
                    state = f"revoked {found.revoked_at:%Y-%m-%d}" if found.revoked_at else "active"
                    print(f"{found.id}\t{found.office_id}\t{found.name}\t{state}\tlast seen {found.last_seen}")
            elif args.admin_command == "revoke":
                revoke_device(s, args.device)
                print(
                    f"Device {args.device} revoked: it is refused from now on, and its office has a new key for USB "
                    "files, which its other PCs take at their next sync."
                )
            elif args.admin_command == "ca-init":
                ServerCA.create(Path(args.data_dir), args.name, args.office_name)
                print(f"CA '{args.name}' created in {Path(args.data_dir) / 'ca'}; keep that folder in the backups.")
            elif args.admin_command == "certificates":
                for cert in ServerCA.issued(s):
                    state = f"revoked {cert.revoked_at:%Y-%m-%d}" if cert.revoked_at else "valid"
                    print(f"{cert.serial}\t{cert.office_id}\t{cert.user_id}\t{cert.name}\t{state}")
            elif args.admin_command == "revoke-certificate":
                row = ServerCA(Path(args.data_dir)).revoke(s, args.serial, args.reason)
                print(f"Certificate {row.serial} of {row.name} revoked; offices learn it at their next sync.")
    except (AdminError, CARefused, CAUnavailable, PassphraseTooWeak) as exc:
        print(f"eoffice-server: {exc}", file=sys.stderr)
        return 1
    return 0


def _restamp_report(args: argparse.Namespace, database: ServerDatabase) -> int:
    """Letters whose archived PDF copies need a fresh time-stamp; their offices run `eoffice restamp`."""
    from sync.server.restamp_report import Authority, due_letters
    from sync.server.tsa import ServerTSA

    if args.older_than < 1:
        raise CommandFailed("--older-than must be a number of days, 1 or more.", USAGE)
    try:
        tsa = ServerTSA(ServerCA(Path(args.data_dir)), database)
        current = tsa.certificate()
        certificates = tsa.certificates()
    except (CARefused, CAUnavailable) as exc:
        print(f"eoffice-server: {exc}", file=sys.stderr)
        return 1
    naive = [
        (c.not_valid_before_utc.replace(tzinfo=None), c.not_valid_after_utc.replace(tzinfo=None)) for c in certificates
    ]
    with database.read() as s:
        due = due_letters(s, [Authority(*a) for a in naive], admin_now(), timedelta(days=args.older_than))
    ends = current.not_valid_after_utc
    print(f"The time-stamping certificate in use ends {ends:%Y-%m-%d} (serial {current.serial_number:x}).")
    if tsa_cli.ending_soon(current):
        print("Renew it first ('eoffice-server admin tsa-renew'): re-stamps under it would soon be due again.")
    for letter in due:
        print(f"{letter.office}\t{letter.letter_id}\tlast archived {letter.last_archived:%Y-%m-%d}\t{letter.reason}")
    print(f"{len(due)} letter(s) need a fresh time-stamp: their offices run 'eoffice restamp' on a PC.")
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    """Read in a USB bundle from an office without a network and write its return bundle."""
    from sync.protocol.bundle import BundleInvalid
    from sync.server.blobstore import BlobError, ServerBlobStore
    from sync.server.bundle_returns import BundleOlder
    from sync.server.bundles import BundleRefused, read_in
    from sync.server.quotas import OfficeLimit

    source = Path(args.file)
    if not source.is_file():
        raise CommandFailed(f"There is no bundle file {source} (is the USB drive plugged in?).", NOT_FOUND)
    answer = Path(args.output) if args.output else source.parent
    if not answer.is_dir() and not answer.parent.is_dir():
        raise CommandFailed(f"The folder {answer.parent} does not exist; give -o in an existing folder.", NOT_FOUND)
    database = _database(args)
    blobs = ServerBlobStore(Path(args.blob_dir or Path(args.data_dir) / "blobs"))
    try:
        database.migrate()
        outcome = read_in(database, blobs, source, answer)
    except SQLAlchemyError as exc:
        if not disk_failed(exc):
            raise
        raise CommandFailed(
            f"The server's database disk is full or failing ({_database_words(exc)}), so the bundle was not read in "
            "whole and no return bundle was written: read it in again once IT staff have freed space or repaired the "
            "disk (nothing is stored twice).",
            FILES,
        ) from None
    except (BundleInvalid, BundleRefused, BlobError) as exc:
        print(f"eoffice-server: {exc} Nothing was stored.", file=sys.stderr)
        return 1
    except (BundleOlder, OfficeLimit) as exc:
        print(f"eoffice-server: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a full or failing disk: while its scans were stored, or its return bundle written
        print(
            f"eoffice-server: {exc}; the bundle was not read in whole, or its return bundle was not written: read it "
            "in again once there is room (nothing is stored twice).",
            file=sys.stderr,
        )
        return 1
    print(
        f"Office {outcome.office_code}, PC {outcome.device_id}: {outcome.count('accepted')} changes stored, "
        f"{outcome.count('duplicate')} already here, {outcome.count('held')} waiting for earlier ones, "
        f"{outcome.count('rejected')} refused; {outcome.blobs_stored} new files."
    )
    for result in outcome.results:
        if result.status == "rejected":
            print(f"  refused {result.id}: {result.reason}")
    if outcome.read_before is not None:
        print(
            f"This bundle was read in before ({outcome.read_before:%Y-%m-%d %H:%M} UTC): its return bundle holds what "
            "the first one did, with the same registry numbers, and nothing the server took since."
        )
    print(
        f"Return bundle for the office: {outcome.answer} ({outcome.returned_events} changes, "
        f"{outcome.returned_blobs} files). Load it on the office's PC with 'Load changes from USB'."
    )
    return REFUSED if outcome.count("rejected") else 0


def _add_places(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """--data-dir and --database, accepted before or after the command name (as `eoffice` does): a command that does
    not repeat them keeps the value given before it."""
    parser.add_argument(
        "--data-dir",
        default=str(DEFAULT_DATA) if top else argparse.SUPPRESS,
        help="folder of the embedded database and files",
    )
    parser.add_argument(
        "--database",
        default=None if top else argparse.SUPPRESS,
        help="database URL, e.g. postgresql+psycopg://user:pass@host/db",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eoffice-server", description="eOffice central server")
    _add_places(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the server")
    _add_places(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--blob-dir", help="folder for attachment files (default: DATA_DIR/blobs)")
    serve.add_argument("--tls-cert", help="TLS certificate (PEM); without it, put a TLS reverse proxy in front")
    serve.add_argument("--tls-key", help="TLS private key (PEM; its password, if any, in EOFFICE_TLS_KEY_PASSWORD)")
    serve.add_argument("--workers", type=int, default=1, help="server processes sharing the port (PostgreSQL only)")
    serve.add_argument(
        "--metrics-from",
        choices=METRICS_FROM,
        default="loopback",
        help="who may read GET /v1/metrics without a token (a token in EOFFICE_METRICS_TOKEN works from anywhere)",
    )
    serve.set_defaults(func=cmd_serve)
    migrate = sub.add_parser("migrate", help="create or update the database")
    migrate.set_defaults(func=cmd_migrate)
    epoch = sub.add_parser("new-epoch", help="after restoring the database from a backup")
    epoch.set_defaults(func=cmd_new_epoch)
    admin = sub.add_parser("admin", help="the directory of offices, holidays, enrolment codes and devices")
    for parser_ in (migrate, epoch, admin):
        _add_places(parser_)
    admin.set_defaults(func=cmd_admin)
    commands = admin.add_subparsers(dest="admin_command", required=True)
    office = commands.add_parser("add-office")
    _add_places(office)
    office.add_argument("--code", required=True)
    office.add_argument("--name-lo", required=True)
    office.add_argument("--name-en", default="")
    office.add_argument("--province", default="", help="code of its province office")
    office.add_argument("--parent", help="code of the parent office")
    office.add_argument("--kind", default="other", choices=directory.KINDS)
    code = commands.add_parser("enrol-code", help="a one-time code to enrol one PC of an office")
    _add_places(code)
    code.add_argument("--office", required=True, help="office code")
    code.add_argument("--hours", type=int, default=24)
    directory_cli.add_commands(commands)
    console_cli.add_commands(commands, _add_places)
    for name in directory_cli.COMMANDS:
        _add_places(commands.choices[name])
    _add_places(commands.add_parser("devices"))
    revoke = commands.add_parser("revoke", help="refuse a device from now on (stolen PC)")
    _add_places(revoke)
    revoke.add_argument("device")
    ca_init = commands.add_parser("ca-init", help="make this server the organisation's certification authority")
    _add_places(ca_init)
    ca_init.add_argument("--name", required=True, help="the CA's name, e.g. the ministry's")
    ca_init.add_argument("--office-name", default="", help="organisation written into the CA certificate")
    _add_places(commands.add_parser("certificates", help="certificates the CA issued"))
    revoke_cert = commands.add_parser("revoke-certificate", help="revoke an official's certificate (lost key)")
    _add_places(revoke_cert)
    revoke_cert.add_argument("serial", help="serial number (hex) from 'admin certificates'")
    revoke_cert.add_argument("--reason", default="unspecified", choices=sorted(REASONS))
    tsa_cli.add_commands(commands, _add_places)
    quota_cli.add_commands(commands, _add_places)
    restamp = commands.add_parser("restamp", help="letters whose archived PDF copies need a fresh time-stamp")
    _add_places(restamp)
    restamp.add_argument("--older-than", type=int, default=365, metavar="DAYS", help="default 365")
    bundle = sub.add_parser("import-bundle", help="read in a USB bundle of an office and write its return bundle")
    _add_places(bundle)
    bundle.add_argument("file", help="the bundle (.eob) the office saved for USB")
    bundle.add_argument("-o", "--output", help="return bundle file or folder (default: next to the bundle)")
    bundle.add_argument("--blob-dir", help="attachments folder (default: DATA_DIR/blobs)")
    bundle.set_defaults(func=cmd_bundle)
    return parser


def _database_words(exc: SQLAlchemyError) -> str:
    """The database's own first line about an error (not the SQL it was given)."""
    said = str(getattr(exc, "orig", None) or "").strip()
    return said.splitlines()[0] if said else "no answer"


def _database_failed(exc: SQLAlchemyError) -> CommandFailed:
    """One sentence for a command the database did not carry out: its disk full or failing, not reached, refused."""
    if disk_failed(exc):  # (before "not reached": SQLite and PostgreSQL say so as an OperationalError too)
        return CommandFailed(
            f"The server's database disk is full or failing ({_database_words(exc)}), so the command stopped. Free "
            "space on it (or repair it) and run the command again.",
            FILES,
        )
    if isinstance(exc, OperationalError):
        return CommandFailed(
            f"The database cannot be reached ({_database_words(exc)}). Check --database and that the database server "
            "runs.",
            RETRY,
        )
    return CommandFailed(f"The database refused the command ({type(exc).__name__}: {exc}).", REFUSED)


def main(argv: list[str] | None = None) -> int:
    """Every ending maps to the shared table of exit codes (eoffice_shared/exits.py, docs/commands.md), with one
    sentence on standard error instead of a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except CommandFailed as exc:
        failed = exc
    except SQLAlchemyError as exc:
        failed = _database_failed(exc)
    except OSError as exc:
        failed = file_problem(exc)
    except KeyboardInterrupt:
        return INTERRUPTED
    print(f"eoffice-server: {failed}", file=sys.stderr)
    return failed.code


if __name__ == "__main__":
    raise SystemExit(main())
