"""`eoffice verify`: check a signed package (zip), a letter's signatures, or the verification code printed on a
paper copy - offline, against the CA certificates and revocation lists installed in the office (or given)."""

from __future__ import annotations

import argparse
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.commands.letter_args import add_letter_arguments, letter_named
from eoffice_desktop.core.signing.status import SignatureStatus
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_shared.exits import NOT_FOUND, USAGE, CommandFailed


def _print_status(order: object, role: object, code: object, status: SignatureStatus) -> None:
    shown = f"{role}, role not signed" if status.role_unsigned else str(role)
    print(f"[{status.code.upper()}] signature {order} ({shown}), code {code}")
    for line in status.describe().splitlines():
        print(f"    {line}")


def _office_trust(root: Path) -> TrustStore:
    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.core.signing.ledger import trust_store

    store = open_store(root, lock=False)
    try:
        with store.db.session() as s:
            return trust_store(s)
    finally:
        store.close()


def _verify_file(args: argparse.Namespace, data_root: Path | None) -> int:
    from eoffice_desktop.core.signing.package import PackageRefused, package_trust, verify_package
    from eoffice_shared.signing.certificates import describe

    path = Path(args.file)
    if not path.is_file():
        raise CommandFailed(f"There is no file {path}. Give the signed package (.zip) to check.", NOT_FOUND)
    trust = TrustStore()
    for name in args.ca or []:
        loaded = TrustStore.from_pem(Path(name).read_bytes())
        trust.roots += loaded.roots
        trust.crls += loaded.crls
    if data_root is not None and (data_root / "eoffice.sqlite").exists():
        office = _office_trust(data_root)
        trust.roots += office.roots
        trust.crls += office.crls
    try:
        if not trust.roots:
            print("No trusted CA is installed here and none was given (--ca FILE). The package names these CAs;")
            print("compare the fingerprint with the one your IT staff published before you trust one:")
            for cert in package_trust(path).roots:
                print(f"    {describe(cert).person.name}  SHA-256 {describe(cert).fingerprint}")
        report = verify_package(path, trust)
    except PackageRefused as exc:
        print(f"eoffice verify: {exc}", file=sys.stderr)
        return USAGE
    except (zipfile.BadZipFile, KeyError, ValueError):
        print(f"eoffice verify: {path} is not a signed package made by eOffice (or it is damaged).", file=sys.stderr)
        return USAGE
    print(f"Letter {report.registry_number}: {report.subject}")
    for meta, status in report.signatures:
        _print_status(meta.get("order", "?"), meta.get("role", "?"), meta.get("code"), status)
    for problem in report.problems:
        print(f"problem: {problem}")
    return 0 if report.ok else 1


def _verify_in_office(args: argparse.Namespace, data_root: Path) -> int:
    from sqlalchemy import select

    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.core.signing.letters import SigningRefused, verify_letter
    from eoffice_desktop.core.signing.tables import Signature
    from eoffice_desktop.core.storage.models import Letter
    from eoffice_shared.signing.vcode import BadCode, normalise

    store = open_store(data_root, lock=False)
    try:
        with store.db.session() as s:
            if args.list:
                rows = s.execute(
                    select(
                        Letter.registry_number, Letter.subject, Signature.role, Signature.signer_name, Signature.code
                    )
                    .join(Signature, Signature.letter_id == Letter.id)
                    .order_by(Letter.registry_year, Letter.registry_number, Signature.position)
                )
                for number, subject, role, signer, code in rows:
                    print(f"{number}\t{role}\t{signer}\t{code}\t{subject}")
                return 0
            if args.code:
                try:
                    code = normalise(args.code)
                except BadCode as exc:
                    print(f"eoffice verify: {exc}", file=sys.stderr)
                    return 2
                row = s.scalars(select(Signature).where(Signature.code == code)).first()
                if row is None:
                    print(f"No signature with the code {code} is known on this PC. The paper copy may be forged,")
                    print("or the letter has not arrived here yet (synchronise and try again).")
                    return 1
                letter_id = row.letter_id
            else:
                letter_id = letter_named(s, args).id
            letter = s.get(Letter, letter_id)
            assert letter is not None
        results = verify_letter(store, letter_id)
        print(f"Letter {letter.registry_number} of {letter.register_date}: {letter.subject}")
        shown = [r for r in results if not args.code or r.code == code]
        for result in shown:
            _print_status(result.order, result.role, result.code, result.status)
        return 0 if shown and all(r.status.ok for r in shown) else 1
    except SigningRefused as exc:
        print(f"eoffice verify: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    if args.file:
        try:
            office: Path | None = data_dir_of(args)
        except CommandFailed:
            office = None  # a package is checked anywhere, in an office or not
        return _verify_file(args, office)
    if not (args.code or args.number or args.list):
        print("eoffice verify: give a package FILE, --code CODE, --letter NUMBER or --list.", file=sys.stderr)
        return 2
    return _verify_in_office(args, data_dir_of(args))


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    verify = sub.add_parser("verify", help="check signatures: a signed package, a letter, or a printed code")
    add_data_dir(verify)
    verify.add_argument("file", nargs="?", help="a signed package (.zip) exported by eOffice")
    verify.add_argument("--ca", action="append", help="PEM file with CA certificates (and CRLs) to trust")
    verify.add_argument("--code", help="the verification code printed on a signed letter")
    add_letter_arguments(verify, flag="--letter")
    verify.add_argument("--list", action="store_true", help="list the signed letters of this office")
    verify.set_defaults(func=lambda args: _run(args, data_dir_of))
