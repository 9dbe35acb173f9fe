"""`eoffice sync` (one sync cycle, for a scheduled task), `eoffice enrol`, and USB bundles from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.core.office import open_store
from eoffice_shared.exits import NOT_FOUND, OK, REENROL, REFUSED, RETRY, CommandFailed, output_path


def _sync(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    from sync.client.errors import ProtocolUnsupported, SyncError
    from sync.client.session import sync_once
    from sync.client.status import local_status

    store = open_store(data_dir_of(args))
    try:
        report = sync_once(store, big_transfers=args.big_transfers)
        status = local_status(store)
        still_open = status.refusals
    except SyncError as exc:
        print(f"eoffice: sync failed ({exc.code}): {exc}", file=sys.stderr)
        if isinstance(exc, ProtocolUnsupported):  # not this PC's enrolment: eOffice or the server needs an update
            return REFUSED
        return RETRY if exc.retry else REENROL
    finally:
        store.close()
    print(
        f"Sync done: {report.pushed} sent, {report.pulled} received, {report.blobs_up} files up, "
        f"{report.blobs_down} files down, {report.held_blobs} big files held back, {report.refused} refused; "
        f"{(report.bytes_up + report.bytes_down) / 1024:.0f} KB."
    )
    if report.scan_text_sent or report.scan_text_received:
        print(
            f"Text read from scans: {report.scan_text_sent} pages sent, {report.scan_text_received} pages taken "
            "(this PC does not read those again)."
        )
    for reason in report.refusals:
        print(f"refused: {reason}")
    if report.long_term_problem:
        from sync.client.timestamps import LONG_TERM_WORDS

        print(f"eoffice: {LONG_TERM_WORDS[report.long_term_problem]}", file=sys.stderr)
    if report.scan_text_problem:
        from sync.client.scan_text import SCAN_TEXT_WORDS

        print(f"eoffice: {SCAN_TEXT_WORDS[report.scan_text_problem]}", file=sys.stderr)
    _say_held(status.held_events)
    if still_open:
        # Refusals stay open (and this command says so on every run) until someone deals with them in the window.
        print(
            f"eoffice: {len(still_open)} change(s) refused by the server are still open; see Sync problems in the "
            "window.",
            file=sys.stderr,
        )
        return REFUSED
    return OK


def _say_held(held: int) -> None:
    """Changes from a newer eOffice, kept aside: said on every run, not counted as a failure (nothing to do but update
    eOffice on this PC)."""
    if held:
        print(
            f"eoffice: {held} change(s) made with a newer eOffice are kept aside until eOffice is updated on this PC "
            "(eoffice check lists them).",
            file=sys.stderr,
        )


def _enrol(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    from sync.client.errors import SyncError
    from sync.client.session import enrol_pc

    store = open_store(data_dir_of(args))
    try:
        data = enrol_pc(store, args.server, args.code, args.name)
    except SyncError as exc:
        print(f"eoffice: enrolment failed: {exc}", file=sys.stderr)
        return RETRY if exc.retry else REFUSED
    finally:
        store.close()
    print(f"This PC is now enrolled for office {data['office_code']} ({data['office_name_lo']}).")
    return 0


def _bundle(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    from eoffice_desktop.core.eventlog.held_events import held_count
    from sync.client.bundles import bundle_name, export_bundle, import_bundle
    from sync.protocol.bundle import BundleInvalid

    store = open_store(data_dir_of(args))
    try:
        if args.bundle_command == "export":
            target = output_path(args.output) if args.output else Path(bundle_name(store))
            result = export_bundle(store, target, everything=args.everything)
            print(
                f"Bundle written: {result.path} ({result.events} changes, {result.blobs} files, "
                f"{result.bytes / 1024:.0f} KB)."
            )
        else:
            if not Path(args.file).is_file():
                raise CommandFailed(f"There is no bundle file {args.file} (is the USB drive plugged in?).", NOT_FOUND)
            try:
                applied = import_bundle(store, Path(args.file))
            except (BundleInvalid, ValueError) as exc:
                print(f"eoffice: {exc}", file=sys.stderr)
                return 1
            print(
                f"Bundle read: {len(applied.applied)} new changes, {len(applied.duplicates)} already here, "
                f"{len(applied.refused)} refused; {applied.signatures_checked} signatures checked."
            )
            with store.db.session() as s:
                _say_held(held_count(s))
    finally:
        store.close()
    return 0


def register(
    sub: argparse._SubParsersAction,
    add_data_dir: Callable[..., None],  # type: ignore[type-arg]
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    sync = sub.add_parser("sync", help="sync once with the central server (for a scheduled task)")
    add_data_dir(sync)
    sync.add_argument("--big-transfers", action="store_true", help="also send big attachments held back")
    sync.set_defaults(func=lambda args: _sync(args, data_dir_of))
    enrol = sub.add_parser("enrol", help="enrol this PC with the central server (IT staff)")
    add_data_dir(enrol)
    enrol.add_argument("--server", required=True, help="server address, e.g. https://eoffice.example.gov.la")
    enrol.add_argument("--code", required=True, help="the one-time enrolment code")
    enrol.add_argument("--name", help="a name for this PC (default: its network name)")
    enrol.set_defaults(func=lambda args: _enrol(args, data_dir_of))
    bundle = sub.add_parser("bundle", help="sync without a network: bundles on a USB stick")
    commands = bundle.add_subparsers(dest="bundle_command", required=True)
    export = commands.add_parser("export", help="write unsent changes (and their files) to a bundle")
    add_data_dir(export)
    export.add_argument("-o", "--output", help="bundle file (.eob)")
    export.add_argument("--everything", action="store_true", help="the whole office, to start a new PC")
    read = commands.add_parser("import", help="read a bundle (reading it twice changes nothing)")
    add_data_dir(read)
    read.add_argument("file")
    bundle.set_defaults(func=lambda args: _bundle(args, data_dir_of))
