"""Manifest signatures taken to CAdES B-LT at the sync after their time-stamp: the token and the validation data as
unsigned attributes, checked by verifiers we did not write (OpenSSL's cms and ts, pyHanko's CMS validator with only
what the signature carries), the level reported, the signed bytes and the verification code unchanged, every PC and
the package getting the long-term form, a rebuild of the tables the same.

Days pass by moving two clocks: the signer's PC's (the time it claims) and the server's time-stamping authority's."""

from __future__ import annotations

import asyncio
import hashlib
import json
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms as acms
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import select

from eoffice_desktop.core import projections
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.signing import letters as letters_module
from eoffice_desktop.core.signing.ledger import signatures_of, stored_signature, trust_store
from eoffice_desktop.core.signing.letters import verify_letter
from eoffice_desktop.core.signing.long_term import B_LT, B_T
from eoffice_desktop.core.signing.package import export_package, verify_package
from eoffice_desktop.core.signing.status import REVOKED, VALID
from eoffice_desktop.core.signing.timestamps import EXTENDED, long_term_of_letters, signature_value, tokens_of
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.signing.verify import verify_signature
from eoffice_desktop.core.storage.models import Event
from eoffice_shared.signing.cades_lt import as_made, long_term_parts
from eoffice_shared.signing.certificates import Person, make_request
from eoffice_shared.signing.keys import Identity, KeyStore, default_key_folder
from eoffice_shared.signing.vcode import code_for
from sync.client.session import enrol_pc, sync_once
from sync.server import tsa as tsa_module
from sync.server.admin import new_enrolment_code, office_by_code
from sync.server.ca import ServerCA
from sync.server.models import IssuedCertificate
from sync.server.tsa import ServerTSA
from tests.sync.conftest import RunningServer
from tests.sync.test_client_trust import PASS, _certified_official, _office_pc, _signed_letter

NOW = datetime.now(UTC).replace(microsecond=0)


class _Clock:
    """A clock set to a moment: stands for the signer's PC, or the server, on another day."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def datetime_class(self) -> type[datetime]:
        clock = self

        class _PcDatetime(datetime):
            @classmethod
            def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
                return clock.moment if tz is not None else clock.moment.replace(tzinfo=None)

        return _PcDatetime


def _official_since_last_month(central: RunningServer, store: OfficeStore, actor: Actor, code: str) -> Identity:
    """An official certified by the server's CA thirty days ago (issued here with that start, recorded as the server
    records the certificates it issues, so that it can revoke it)."""
    keys = KeyStore(default_key_folder(store.data_dir.root))
    identity = keys.create(actor.user_id, PASS)
    server_ca = ServerCA(central.blob_dir.parent)
    ca, passphrase = server_ca.unlock()
    csr = make_request(identity.key, Person("ທ່ານ ສົມໃຈ", "ຫົວໜ້າຫ້ອງການ", user_id=actor.user_id))
    cert = ca.issue(csr, passphrase, not_before=NOW - timedelta(days=30))
    with central.database.write() as s:
        s.add(
            IssuedCertificate(
                serial=f"{cert.serial_number:x}",
                office_id=office_by_code(s, code).id,
                user_id=actor.user_id,
                name="ທ່ານ ສົມໃຈ",
                pem=cert.public_bytes(Encoding.PEM).decode("ascii"),
                issued_at=NOW.replace(tzinfo=None),
                revoked_at=None,
            )
        )
    return keys.install_certificate(actor.user_id, PASS, cert, [ca.certificate])


def _signed_on(
    monkeypatch: pytest.MonkeyPatch, moment: datetime, store: OfficeStore, actor: Actor, who: Identity, folder: Path
) -> str:
    """A letter signed offline with the PC's clock at `moment`."""
    folder.mkdir(exist_ok=True)
    with monkeypatch.context() as patch:
        patch.setattr(letters_module, "datetime", _Clock(moment).datetime_class())
        return _signed_letter(store, actor, who, folder)


def _synced_on(monkeypatch: pytest.MonkeyPatch, moment: datetime, store: OfficeStore) -> None:
    """A sync whose time-stamps the server's authority dates at `moment`."""
    with monkeypatch.context() as patch:
        patch.setattr(tsa_module, "server_time", lambda: moment)
        report = sync_once(store)
    assert report.long_term_problem == ""


def _long_term(store: OfficeStore, letter_id: str) -> tuple[bytes, bytes, bytes, bytes]:
    """(the signature as made, its manifest, its token, its long-term form)."""
    with store.db.session() as s:
        row = signatures_of(s, letter_id)[0]
        item = stored_signature(s, row).item
        token = tokens_of(s, letter_id)[row.event_id]
        return item.cms, item.manifest, token, long_term_of_letters(s, [letter_id])[letter_id][row.event_id]


def _openssl_cms(signature: bytes, manifest: bytes, ca_pem: bytes, folder: Path) -> subprocess.CompletedProcess[str]:
    (folder / "sig.p7s").write_bytes(signature)
    (folder / "manifest.json").write_bytes(manifest)
    (folder / "ca.pem").write_bytes(ca_pem)
    command = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(folder / "sig.p7s")]
    command += ["-content", str(folder / "manifest.json"), "-CAfile", str(folder / "ca.pem"), "-purpose", "any"]
    return subprocess.run([*command, "-out", "/dev/null"], capture_output=True, text=True, timeout=30)


def _pyhanko_with_only_what_it_carries(signature: bytes, manifest: bytes, ca_pem: bytes) -> object:
    """pyHanko's CMS validator, given the trust anchor and nothing else: the certificates and revocation lists must
    come from the signature itself; revocation information is required for every certificate ("require")."""
    parts = long_term_parts(signature)
    root = ax509.Certificate.load(x509.load_pem_x509_certificate(ca_pem).public_bytes(Encoding.DER))
    context = ValidationContext(
        trust_roots=[root],
        other_certs=[ax509.Certificate.load(c.public_bytes(Encoding.DER)) for c in parts.certificates],
        crls=[c.public_bytes(Encoding.DER) for c in parts.crls],
        allow_fetching=False,
        revocation_mode="require",
    )
    signed_data = acms.ContentInfo.load(signature)["content"]
    return asyncio.run(async_validate_detached_cms(manifest, signed_data, context))


def test_offline_signature_synced_a_week_later_reaches_b_lt_and_a_revocation_the_day_after_spares_it(
    central: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, actor = _office_pc(central, tmp_path)
    server_ca = ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA", valid_from=NOW - timedelta(days=60))
    ServerTSA(server_ca, central.database).renew(valid_from=NOW - timedelta(days=60))  # an authority in service
    sync_once(store)
    official = _official_since_last_month(central, store, actor, "ກຊ")
    ca_pem = server_ca.ca_pem().encode("ascii")

    signed_at = NOW - timedelta(days=9)
    letter_id = _signed_on(monkeypatch, signed_at, store, actor, official, tmp_path / "first")
    [offline] = verify_letter(store, letter_id)
    assert offline.status.code == VALID and offline.status.level == "CAdES B-B"
    assert offline.status.timestamped_at is None

    stamped_at = signed_at + timedelta(days=7)  # the PC syncs a week later
    _synced_on(monkeypatch, stamped_at, store)
    [upgraded] = verify_letter(store, letter_id)
    assert upgraded.status.code == VALID, upgraded.status.describe()
    assert upgraded.status.timestamped_at == stamped_at  # the server's time, not the PC's
    assert upgraded.status.signing_time is not None and upgraded.status.signing_time < stamped_at - timedelta(days=6)
    assert upgraded.status.level == B_LT, upgraded.status.describe()
    assert "Level: CAdES B-LT" in upgraded.status.describe()
    assert upgraded.code == offline.code  # the code printed on paper does not change

    made, manifest, token, long_term = _long_term(store, letter_id)
    assert as_made(long_term) == made and long_term != made  # only unsigned attributes were added
    assert code_for(as_made(long_term)) == offline.code
    parts = long_term_parts(long_term)
    assert parts.token == token and parts.certificates and parts.crls
    # OpenSSL: the long-term form is still the signature it was, and the token holds for its signature value.
    checked = _openssl_cms(long_term, manifest, ca_pem, tmp_path)
    assert checked.returncode == 0 and "Verification successful" in checked.stderr, checked.stderr
    (tmp_path / "token.der").write_bytes(token)
    digest = hashlib.sha256(signature_value(long_term)).hexdigest()
    stamp = ["openssl", "ts", "-verify", "-token_in", "-in", str(tmp_path / "token.der"), "-digest", digest]
    stamp_check = subprocess.run([*stamp, "-CAfile", str(tmp_path / "ca.pem")], capture_output=True, text=True)
    assert stamp_check.returncode == 0 and "Verification: OK" in stamp_check.stdout, stamp_check.stderr
    # pyHanko, with only the trust anchor: the signature carries its validation data and its time-stamp.
    status = _pyhanko_with_only_what_it_carries(long_term, manifest, ca_pem)
    assert status.bottom_line, status.pretty_print_details()  # type: ignore[attr-defined]
    assert status.timestamp_validity is not None and status.timestamp_validity.valid  # type: ignore[attr-defined]
    assert status.timestamp_validity.timestamp == stamped_at  # type: ignore[attr-defined]
    # Without its validation data, the same check fails: it is the data inside that carries it.
    bare = ValidationContext(
        trust_roots=[ax509.Certificate.load(server_ca.unlock()[0].certificate.public_bytes(Encoding.DER))],
        crls=[],
        allow_fetching=False,
        revocation_mode="require",
    )
    without = asyncio.run(async_validate_detached_cms(manifest, acms.ContentInfo.load(made)["content"], bare))
    assert not without.bottom_line

    # The key is reported lost the day after the time-stamp; a second letter signed after that is invalid.
    lost = (stamped_at + timedelta(days=1)).replace(microsecond=0)
    with central.database.write() as s:
        server_ca.revoke(s, f"{official.certificate.serial_number:x}", "key_compromise", lost)  # type: ignore[union-attr]
    later = _signed_on(monkeypatch, lost + timedelta(hours=2), store, actor, official, tmp_path / "second")
    _synced_on(monkeypatch, lost + timedelta(hours=3), store)
    [kept] = verify_letter(store, letter_id)
    assert kept.status.code == VALID and kept.status.revoked_at == lost, kept.status.describe()
    assert any("after the time-stamp" in d and "stays valid" in d for d in kept.status.details)
    assert kept.status.level == B_LT
    [refused] = verify_letter(store, later)
    assert refused.status.code == REVOKED and refused.status.revoked_at == lost, refused.status.describe()

    # Recorded once, sent to the server, folded the same after a rebuild.
    with store.db.session() as s:
        events = list(s.scalars(select(Event).where(Event.type == EXTENDED)))
    assert len(events) == 2 and all(e.acked for e in events)
    with store.db.session() as s, s.begin():
        projections.rebuild(s)
    assert [(c.status.code, c.status.level) for c in verify_letter(store, letter_id)] == [(VALID, B_LT)]

    # The package carries the long-term form as the .p7s; checked with the CA alone, the code is the one on paper.
    package = tmp_path / "letter.zip"
    export_package(store, letter_id, package)
    with zipfile.ZipFile(package) as archive:
        assert archive.read("signatures/1-signed.p7s") == long_term
        assert archive.read("signatures/1-signed.tst") == token
    report = verify_package(package, TrustStore.from_pem(ca_pem))
    [(meta, packaged)] = report.signatures
    assert packaged.code == VALID and packaged.level == B_LT and meta["code"] == offline.code
    store.close()


def test_another_pc_of_the_office_gets_the_long_term_form_and_an_old_package_still_verifies(
    central: RunningServer, tmp_path: Path
) -> None:
    store, actor = _office_pc(central, tmp_path)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    official = _certified_official(store, actor)
    letter_id = _signed_letter(store, actor, official, tmp_path)
    old_package = tmp_path / "before.zip"
    export_package(store, letter_id, old_package)  # as packages were made before the long-term form
    sync_once(store)

    # The office's second PC, restored from the first's events by sync: same level, same verdict.
    with central.database.write() as s:
        code = new_enrolment_code(s, "ກຊ")
    other = open_store(tmp_path / "second-pc")
    enrol_pc(other, central.url, code)
    sync_once(other)
    [there] = verify_letter(other, letter_id, check_files=False)
    assert there.status.code == VALID and there.status.level == B_LT, there.status.describe()

    ca_pem = ServerCA(central.blob_dir.parent).ca_pem().encode("ascii")
    [(_, old)] = verify_package(old_package, TrustStore.from_pem(ca_pem)).signatures
    assert old.code == VALID and old.level == "CAdES B-B"
    other.close()
    store.close()


def test_a_long_term_form_of_another_signature_is_ignored(central: RunningServer, tmp_path: Path) -> None:
    """An event pairing one signature with the long-term form of another (forged, or mixed up) changes nothing."""
    store, actor = _office_pc(central, tmp_path)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    official = _certified_official(store, actor)
    first = _signed_letter(store, actor, official, tmp_path)
    (tmp_path / "b").mkdir()
    second = _signed_letter(store, actor, official, tmp_path / "b")
    sync_once(store)
    _, _, _, first_long_term = _long_term(store, first)
    with store.db.session() as s:
        row = signatures_of(s, second)[0]
        item = stored_signature(s, row).item
        token = tokens_of(s, second)[row.event_id]
        trust = trust_store(s)
    manifest = json.loads(item.manifest)
    status = verify_signature(item, trust, manifest, [], ("signed",), token, first_long_term)
    assert status.code == VALID and status.level == B_T  # its own time-stamp holds; the foreign form is not taken
    assert any("another signature" in w for w in status.warnings)
    store.close()
