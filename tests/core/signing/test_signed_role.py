"""The role of a signature (prepared, approved, signed) is signed with it: editing it in a package or in an event is
reported as altered, OpenSSL still verifies the signature and shows the signed role, and older signatures without a
signed role still verify but say plainly that their role is not signed."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from sqlalchemy import select

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.fold import SIGNED
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.package import export_package, verify_package
from eoffice_desktop.core.signing.status import ALTERED, VALID
from eoffice_desktop.core.signing.verify import SignedItem, verify_signature
from eoffice_desktop.core.storage.models import Event
from eoffice_shared.signing.cms import check_detached, sign_detached
from eoffice_shared.signing.keys import Identity
from tests.core.signing.conftest import Pki
from tests.core.signing.test_cms_openssl import MANIFEST, openssl_verify
from tests.core.signing.test_letters import _letter, _official

ROOT = Path(__file__).resolve().parents[3]


def eoffice_verify(package: Path, ca: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "eoffice_desktop", "verify", str(package), "--ca", str(ca)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)


def rewrite(source: Path, target: Path, change: dict[str, bytes | None], rename: dict[str, str] | None = None) -> None:
    """Copy a zip, replacing (or, with None, dropping) the named members and renaming others."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change.get(info.filename, old.read(info))
            if data is not None:
                new.writestr((rename or {}).get(info.filename, info.filename), data)


def old_style_cms(content: bytes, identity: Identity) -> bytes:
    """A signature as earlier versions made them: plain CMS from `cryptography`, no signed role."""
    assert identity.certificate is not None
    builder = (
        pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(identity.certificate, identity.key, hashes.SHA256())
    )
    for ca in identity.chain:
        builder = builder.add_certificate(ca)
    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.NoCapabilities]
    return builder.sign(Encoding.DER, options)


def _prepared_package(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> tuple[Path, Identity]:
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    sign_letter(store, clerk, letter_id, identity, role="prepared")  # type: ignore[arg-type]
    package = tmp_path / "letter.zip"
    export_package(store, letter_id, package)
    return package, identity  # type: ignore[return-value]


def test_role_is_a_signed_attribute_that_openssl_checks_and_shows(pki: Pki, tmp_path: Path) -> None:
    identity = pki.official("usr_1")
    for role, name in (("prepared", "ProofOfCreation"), ("approved", "ProofOfApproval"), ("signed", "ProofOfOrigin")):
        signature = sign_detached(MANIFEST.raw, identity, role)
        assert check_detached(signature, MANIFEST.raw).signed_role == role
        assert openssl_verify(tmp_path, signature, MANIFEST.raw, pki.ca_file()) == 0
        printed = subprocess.run(
            ["openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", str(tmp_path / "sig.p7s")],
            capture_output=True,
            text=True,
        ).stdout
        assert f"id-smime-cti-ets-{name[0].lower()}{name[1:]}" in printed
        # CAdES B-B: the signer's certificate is bound by the signing-certificate-v2 attribute.
        assert "id-smime-aa-signingCertificateV2" in printed
        status = verify_signature(
            SignedItem(signature, MANIFEST.raw, MANIFEST.sha256), pki.trust(), MANIFEST.data, (), (role,)
        )
        assert status.code == VALID and status.role_signed == role and not status.role_unsigned
        other = "signed" if role != "signed" else "prepared"
        status = verify_signature(
            SignedItem(signature, MANIFEST.raw, MANIFEST.sha256), pki.trust(), MANIFEST.data, (), (other,)
        )
        assert status.code == ALTERED and status.role_shown == other and status.role_signed == role


def test_role_edited_in_a_package_is_refused_while_openssl_still_verifies(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
) -> None:
    package, _ = _prepared_package(store, clerk, pki, tmp_path)
    ca = pki.ca_file()
    result = eoffice_verify(package, ca)
    assert result.returncode == 0 and "[VALID] signature 1 (prepared)" in result.stdout, result.stdout + result.stderr

    with zipfile.ZipFile(package) as archive:
        index = json.loads(archive.read("signatures/index.json"))
        cms = archive.read("signatures/1-prepared.p7s")
        manifest = archive.read("manifest.json")
    index[0]["role"] = "signed"
    edited = tmp_path / "edited.zip"
    rewrite(package, edited, {"signatures/index.json": json.dumps(index).encode()})
    result = eoffice_verify(edited, ca)
    assert result.returncode == 1, result.stdout
    assert "[ALTERED] signature 1 (signed)" in result.stdout
    assert (
        "This signature is listed as 'signed' but was signed as 'prepared': the list of signatures was altered."
        in result.stdout
    )
    assert "ລາຍການລາຍເຊັນຖືກແກ້ໄຂ" in result.stdout
    # The signature itself is untouched: OpenSSL still accepts it, and it still says "prepared".
    assert openssl_verify(tmp_path, cms, manifest, ca) == 0

    # The file name tells the role too; renaming it (index edited to match) is refused the same way.
    index[0]["file"] = "signatures/1-signed.p7s"
    renamed = tmp_path / "renamed.zip"
    rewrite(
        package,
        renamed,
        {"signatures/index.json": json.dumps(index).encode()},
        {"signatures/1-prepared.p7s": "signatures/1-signed.p7s"},
    )
    report = verify_package(renamed, pki.trust())
    [(_, status)] = report.signatures
    assert not report.ok and status.code == ALTERED and status.role_signed == "prepared"

    # An index that is not JSON: one clear problem, the signatures are still checked.
    broken = tmp_path / "broken.zip"
    rewrite(package, broken, {"signatures/index.json": b"{not json"})
    report = verify_package(broken, pki.trust())
    assert report.problems == ["signatures/index.json cannot be read; the signatures were checked without it"]
    assert [s.code for _, s in report.signatures] == [VALID]


def test_older_signature_without_signed_role_still_verifies_and_says_so(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
) -> None:
    package, identity = _prepared_package(store, clerk, pki, tmp_path)
    with zipfile.ZipFile(package) as archive:
        manifest = archive.read("manifest.json")
    old = old_style_cms(manifest, identity)
    assert check_detached(old, manifest).signed_role is None
    older = tmp_path / "older.zip"
    rewrite(package, older, {"signatures/1-prepared.p7s": old})
    result = eoffice_verify(older, pki.ca_file())
    assert result.returncode == 0, result.stdout
    assert "[VALID] signature 1 (prepared, role not signed)" in result.stdout
    assert "The role (prepared) is not part of this signature (made before roles were signed)" in result.stdout


def test_role_changed_in_an_event_is_reported(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    """A PC that copies a "prepared" signature into an event claiming "signed" does not get a signed letter."""
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    first = sign_letter(store, clerk, letter_id, identity, role="prepared")  # type: ignore[arg-type]
    with store.db.session() as s, s.begin():
        payload = json.loads(s.scalars(select(Event.payload).where(Event.id == first.event_id)).one())
        payload.update(role="signed", order=2)
        store.log.append(s, clerk, SIGNED, payload, letter_id=letter_id)
    prepared, forged = verify_letter(store, letter_id)
    assert prepared.status.code == VALID
    assert forged.role == "signed" and forged.status.code == ALTERED
    assert "listed as 'signed' but was signed as 'prepared'" in forged.status.message_en
