"""`eoffice ca`: the offline certification authority for IT staff (init, issue, renew, revoke, crl, list), and
`eoffice ca trust` to install CA certificates and revocation lists into an office. No network needed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from eoffice_desktop.commands.keys_cmd import read_passphrase
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_shared.exits import USAGE, CommandFailed, file_problem
from eoffice_shared.signing.ca import CARefused, OfflineCA
from eoffice_shared.signing.certificates import describe
from eoffice_shared.signing.secrets_io import PassphraseTooWeak


def _serial(text: str) -> int:
    try:
        return int(text.removeprefix("0x"), 16)
    except ValueError:
        raise CommandFailed(f"{text} is not a serial number; copy it from 'eoffice ca list'.", USAGE) from None


def _install_trust(data_root: Path, files: list[str]) -> int:
    from sqlalchemy import select

    from eoffice_desktop.core.eventlog.events import Actor
    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.core.signing.ledger import add_trust_items
    from eoffice_desktop.core.storage.models import User

    trust = TrustStore()
    for name in files:
        loaded = TrustStore.from_pem(Path(name).read_bytes())
        if not (loaded.roots or loaded.crls):
            raise CARefused(f"{name} holds no CA certificate or revocation list (PEM); nothing was installed.")
        trust.roots += loaded.roots
        trust.crls += loaded.crls
    store = open_store(data_root)
    try:
        with store.db.write() as s:
            admin = s.scalars(select(User).where(User.roles.contains("admin")).order_by(User.username)).first()
            if admin is None:
                raise CARefused("This office has no administrator yet; set it up first.")
            actor = Actor(user_id=admin.id, office_id=admin.office_id, device_id=store.device_id)
            added = add_trust_items(s, store.log, actor, trust)
    finally:
        store.close()
    print(
        f"{added} new item(s) installed ({len(trust.roots)} CA certificate(s), {len(trust.crls)} revocation list(s))."
    )
    return 0


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    try:
        command = args.ca_command
        if command == "trust":
            return _install_trust(data_dir_of(args), args.files)
        folder = Path(args.ca_dir)
        if command == "init":
            passphrase = read_passphrase(args, "passphrase_file", "New CA passphrase: ", confirm=True)
            ca = OfflineCA.init(folder, args.name, passphrase, office=args.office or "", years=args.years)
            print(f"CA '{ca.name}' created in {folder}. Its certificate: {folder / 'ca.pem'}")
            print(f"SHA-256 fingerprint: {describe(ca.certificate).fingerprint}")
            return 0
        ca = OfflineCA(folder)
        if command == "list":
            for entry in ca.entries():
                state = f"REVOKED {entry.revoked_at} ({entry.reason})" if entry.revoked_at else "valid"
                print(f"{entry.serial:x}\t{entry.name}\t{entry.title}\tuntil {entry.not_after[:10]}\t{state}")
            return 0
        passphrase = read_passphrase(args, "passphrase_file", "CA passphrase: ")
        if command in ("issue", "renew"):
            if command == "issue":
                try:
                    request = x509.load_pem_x509_csr(Path(args.request).read_bytes())
                except ValueError:
                    raise CARefused(f"{args.request} is not a certificate request (PEM).") from None
                cert = ca.issue(request, passphrase, days=args.days)
            else:
                cert = ca.renew(_serial(args.serial), passphrase, days=args.days)
            Path(args.output).write_bytes(cert.public_bytes(Encoding.PEM) + ca.certificate.public_bytes(Encoding.PEM))
            print("\n".join(describe(cert).lines()))
            print(f"Certificate and CA certificate written to {args.output}.")
        elif command == "revoke":
            ca.revoke(_serial(args.serial), passphrase, args.reason)
            print(f"Revoked {args.serial}; new revocation list in {folder / 'crl.pem'}. Install it in every office.")
        elif command == "crl":
            crl = ca.write_crl(passphrase, days=args.days)
            if args.output:
                Path(args.output).write_bytes(crl.public_bytes(Encoding.PEM))
            print(f"Revocation list with {len(list(crl))} revoked certificate(s), valid until {crl.next_update_utc}.")
    except OSError as exc:
        raise file_problem(exc) from None
    except (CARefused, PassphraseTooWeak, ValueError) as exc:
        print(f"eoffice ca: {exc}", file=sys.stderr)
        return 1
    return 0


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    ca = sub.add_parser("ca", help="offline certification authority for signing certificates (IT staff)")
    commands = ca.add_subparsers(dest="ca_command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text)
        parser.add_argument("--ca-dir", required=True, help="the CA folder (keep it on a USB stick in a safe)")
        parser.add_argument("--passphrase-file", help="read the CA passphrase from this file's first line")
        return parser

    init = command("init", "create the CA key (encrypted) and certificate")
    init.add_argument("--name", required=True, help="CA name, e.g. 'Ministry of Technology and Communications CA'")
    init.add_argument("--office", help="organisation name")
    init.add_argument("--years", type=int, default=10)
    issue = command("issue", "issue a certificate for an official's request")
    issue.add_argument("request")
    issue.add_argument("-o", "--output", required=True)
    issue.add_argument("--days", type=int, default=730)
    renew = command("renew", "issue a new certificate for the same person and key")
    renew.add_argument("serial")
    renew.add_argument("-o", "--output", required=True)
    renew.add_argument("--days", type=int, default=730)
    revoke = command("revoke", "revoke a certificate and write a new revocation list")
    revoke.add_argument("serial")
    revoke.add_argument("--reason", default="unspecified")
    crl = command("crl", "write a fresh revocation list")
    crl.add_argument("-o", "--output")
    crl.add_argument("--days", type=int, default=30)
    command("list", "certificates issued and revoked")
    trust = commands.add_parser("trust", help="install CA certificates or revocation lists (PEM) into an office")
    add_data_dir(trust)
    trust.add_argument("files", nargs="+")
    ca.set_defaults(func=lambda args: _run(args, data_dir_of))
