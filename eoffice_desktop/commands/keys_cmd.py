"""`eoffice keys`: an official's signing key on this PC - create, request a certificate, install it, change the
passphrase, back up or import as PKCS#12, and sign a letter from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from eoffice_desktop.commands.letter_args import add_letter_arguments, letter_named
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.storage.models import Office, User
from eoffice_shared.exits import USAGE, CommandFailed, file_problem
from eoffice_shared.signing.certificates import Person, describe, load_certificates, make_request
from eoffice_shared.signing.keys import KeyRefused, KeyStore, default_key_folder
from eoffice_shared.signing.secrets_io import PassphraseTooWeak


def read_passphrase(args: argparse.Namespace, attribute: str, prompt: str, confirm: bool = False) -> str:
    """From a file named on the command line (for scripts), else typed without echo."""
    path = getattr(args, attribute, None)
    if path:
        lines = Path(path).read_text("utf-8").splitlines()
        if not lines:
            raise CommandFailed(f"The file {path} is empty; write the passphrase on its first line.", USAGE)
        return lines[0]
    if not sys.stdin.isatty():
        option = "--" + attribute.replace("_", "-")
        raise CommandFailed(f"No terminal to type the passphrase in: give {option} FILE.", USAGE)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise KeyRefused("The two passphrases differ.")
    return first


def _certificates(path: str) -> list[x509.Certificate]:
    try:
        return load_certificates(Path(path).read_bytes())
    except ValueError:
        raise CommandFailed(f"{path} is not a certificate (the PEM or DER file the CA gave).", USAGE) from None


def _user(store: OfficeStore, username: str) -> tuple[User, Office | None]:
    with store.db.session() as s:
        user = s.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise KeyRefused(f"There is no user '{username}' in this office.")
        return user, s.get(Office, user.office_id)


def _key_store(args: argparse.Namespace, store: OfficeStore) -> KeyStore:
    return KeyStore(Path(args.key_dir) if args.key_dir else default_key_folder(store.data_dir.root))


def _request(args: argparse.Namespace, keys: KeyStore, user: User, office: Office | None, passphrase: str) -> None:
    identity = keys.unlock(user.id, passphrase)
    person = Person(user.display_name, user.title, office.name_lo if office else "", user_id=user.id)
    request = make_request(identity.key, person)
    Path(args.output).write_bytes(request.public_bytes(Encoding.PEM))
    print(f"Certificate request written to {args.output}. Give it to the CA (eoffice ca issue).")


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    store = open_store(data_dir_of(args), lock=args.keys_command == "sign")
    try:
        user, office = _user(store, args.user)
        keys = _key_store(args, store)
        command = args.keys_command
        if command == "create":
            passphrase = read_passphrase(args, "passphrase_file", "New key passphrase: ", confirm=True)
            keys.create(user.id, passphrase, args.algorithm)
            print(f"Signing key created for {user.display_name} in {keys.folder} (encrypted).")
            if args.output:
                _request(args, keys, user, office, passphrase)
        elif command == "request":
            _request(args, keys, user, office, read_passphrase(args, "passphrase_file", "Key passphrase: "))
        elif command == "install":
            certs = _certificates(args.certificate)
            chain = _certificates(args.chain) if args.chain else certs[1:]
            passphrase = read_passphrase(args, "passphrase_file", "Key passphrase: ")
            keys.install_certificate(user.id, passphrase, certs[0], chain)
            print("\n".join(describe(certs[0]).lines()))
        elif command == "passwd":
            old = read_passphrase(args, "passphrase_file", "Current passphrase: ")
            new = read_passphrase(args, "new_passphrase_file", "New passphrase: ", confirm=True)
            keys.change_passphrase(user.id, old, new)
            print("The passphrase was changed.")
        elif command == "export":
            passphrase = read_passphrase(args, "passphrase_file", "Key passphrase: ")
            export = read_passphrase(args, "new_passphrase_file", "Passphrase for the backup file: ", confirm=True)
            keys.export_pkcs12(user.id, passphrase, Path(args.output), export)
            print(f"Key and certificate backed up to {args.output} (PKCS#12, AES-256). Keep the passphrase apart.")
        elif command == "import":
            file_passphrase = read_passphrase(args, "passphrase_file", "Passphrase of the PKCS#12 file: ")
            new = read_passphrase(args, "new_passphrase_file", "New passphrase on this PC: ", confirm=True)
            identity = keys.import_pkcs12(user.id, Path(args.file), file_passphrase, new)
            if identity.certificate is not None:
                print("\n".join(describe(identity.certificate).lines()))
        elif command == "show":
            cert = keys.certificate(user.id)
            if not keys.has_key(user.id):
                print("No signing key on this PC.")
            elif cert is None:
                print("A key without certificate: make a request and ask the CA.")
            else:
                print("\n".join(describe(cert).lines()))
        elif command == "sign":
            return _sign(args, store, keys, user)
    except OSError as exc:
        raise file_problem(exc) from None
    except (KeyRefused, PassphraseTooWeak, ValueError) as exc:
        print(f"eoffice keys: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def _sign(args: argparse.Namespace, store: OfficeStore, keys: KeyStore, user: User) -> int:
    from eoffice_desktop.core.signing.letters import sign_letter

    with store.db.session() as s:
        letter = letter_named(s, args)
    identity = keys.unlock(user.id, read_passphrase(args, "passphrase_file", "Key passphrase: "))
    result = sign_letter(store, store.actor(user.id), letter.id, identity, args.role, sign_pdfs=args.pdf)
    print(f"Signed {letter.registry_number} as '{args.role}' (signature {result.order}). Code: {result.code}")
    return 0


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    keys = sub.add_parser("keys", help="an official's signing key and certificate on this PC")
    add_data_dir(keys)
    commands = keys.add_subparsers(dest="keys_command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text)
        add_data_dir(parser)
        parser.add_argument("--user", required=True, help="user name of the official")
        parser.add_argument("--key-dir", help="key folder (default: keys/ in the data folder; never synced)")
        parser.add_argument("--passphrase-file", help="read the key passphrase from this file's first line")
        return parser

    create = command("create", "create a key pair (ECDSA P-256 unless told) and optionally a certificate request")
    create.add_argument("--algorithm", choices=["ec-p256", "rsa-3072"], default="ec-p256")
    create.add_argument("-o", "--output", help="also write a certificate request (PEM) to this file")
    command("request", "write a certificate request for the CA").add_argument("-o", "--output", required=True)
    install = command("install", "install the certificate the CA issued")
    install.add_argument("certificate")
    install.add_argument("--chain", help="PEM file with the CA certificates")
    command("passwd", "change the key passphrase").add_argument("--new-passphrase-file")
    export = command("export", "back up key and certificate to a PKCS#12 file")
    export.add_argument("-o", "--output", required=True)
    export.add_argument("--new-passphrase-file", help="passphrase of the backup file")
    imported = command("import", "take key and certificate from a PKCS#12 file")
    imported.add_argument("file")
    imported.add_argument("--new-passphrase-file", help="passphrase for the key on this PC")
    command("show", "show the certificate")
    sign = command("sign", "sign a letter by its registry number")
    add_letter_arguments(sign)
    sign.add_argument("--role", choices=["prepared", "approved", "signed"], default="signed")
    sign.add_argument("--pdf", action="store_true", help="also sign PDF attachments inside the PDF")
    keys.set_defaults(func=lambda args: _run(args, data_dir_of))
