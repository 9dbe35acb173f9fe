"""The server as the organisation's CA, over HTTP: it signs requests of its offices' officials (naming the office
itself), publishes its certificate and revocation list, and OpenSSL agrees with what it issued and revoked."""

from __future__ import annotations

import subprocess
from pathlib import Path

import requests
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.storage.credential import load_token
from eoffice_shared.signing.certificates import Person, describe, make_request
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code, now
from sync.server.ca import CERTIFICATES_PER_OFFICE, CERTIFICATES_PER_OFFICIAL, ServerCA
from sync.server.cli import main as server_cli
from sync.server.models import IssuedCertificate, OfficeMember, ServerOffice


def _enrolled_office(central, tmp_path: Path, code: str):  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        add_office(s, code, f"ຫ້ອງການ {code}", f"Office {code}")
        enrolment = new_enrolment_code(s, code)
    store = open_store(tmp_path / code)
    actor = setup_office(store, code, f"ຫ້ອງການ {code}", f"Office {code}", "admin", "ທ່ານ ສົມໃຈ", "password-1")
    enrol_pc(store, central.url, enrolment)
    sync_once(store)  # the server learns the office's officials from its events
    with store.db.session() as s:
        headers = {"Authorization": f"Bearer {load_token(store.data_dir, s)}"}
    store.close()
    return actor, headers


def _openssl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["openssl", *args], capture_output=True, text=True, timeout=30)


def test_the_server_signs_officials_requests_and_publishes_its_revocations(central, tmp_path: Path):
    actor, headers = _enrolled_office(central, tmp_path, "ກຊ")
    _stranger, stranger_headers = _enrolled_office(central, tmp_path, "ອື່ນ")
    key = ec.generate_private_key(ec.SECP256R1())
    # The PC writes another office into its request; the certificate names the office the PC is enrolled in.
    csr = make_request(key, Person(name="ທ່ານ ສົມໃຈ", title="ຫົວໜ້າຫ້ອງການ", office="ກະຊວງອື່ນ", user_id=actor.user_id))
    body = {"user_id": actor.user_id, "csr_pem": csr.public_bytes(Encoding.PEM).decode()}
    no_ca = requests.post(f"{central.url}/v1/ca/certificates", json=body, headers=headers, timeout=10)
    assert no_ca.status_code == 404 and no_ca.json()["code"] == "no_ca" and no_ca.json()["message_lo"]

    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    answer = requests.post(f"{central.url}/v1/ca/certificates", json=body, headers=headers, timeout=30)
    assert answer.status_code == 200, answer.text
    issued = answer.json()
    (tmp_path / "ca.pem").write_text(issued["ca_pem"])
    (tmp_path / "official.pem").write_text(issued["certificate_pem"])
    verified = _openssl("verify", "-CAfile", str(tmp_path / "ca.pem"), str(tmp_path / "official.pem"))
    assert verified.returncode == 0, verified.stderr
    from cryptography import x509

    person = describe(x509.load_pem_x509_certificate(issued["certificate_pem"].encode())).person
    assert (person.name, person.title, person.office, person.user_id) == (
        "ທ່ານ ສົມໃຈ",
        "ຫົວໜ້າຫ້ອງການ",
        "ຫ້ອງການ ກຊ",
        actor.user_id,
    )

    # Another office's PC cannot obtain a certificate for this official; damaged requests get a clear refusal.
    foreign = requests.post(f"{central.url}/v1/ca/certificates", json=body, headers=stranger_headers, timeout=10)
    assert foreign.status_code == 404 and foreign.json()["code"] == "certificate_refused"
    assert foreign.json()["reason"] == "not_a_member"  # (the PC words it from this, not from the English)
    damaged = requests.post(
        f"{central.url}/v1/ca/certificates",
        json={"user_id": actor.user_id, "csr_pem": "-----BEGIN CERTIFICATE REQUEST-----\n" + "A" * 200},
        headers=headers,
        timeout=10,
    )
    assert damaged.status_code == 400 and "certificate request" in damaged.json()["message_en"]

    trust = requests.get(f"{central.url}/v1/ca", headers=headers, timeout=10).json()
    with central.database.write() as s:
        ServerCA(central.blob_dir.parent).revoke(s, issued["serial"], "key_compromise")
    after = requests.get(f"{central.url}/v1/ca", headers=headers, timeout=10).json()
    assert after["crl_number"] > trust["crl_number"] and after["ca_pem"] == issued["ca_pem"]
    (tmp_path / "crl.pem").write_text(after["crl_pem"])
    crl_ok = _openssl("crl", "-in", str(tmp_path / "crl.pem"), "-CAfile", str(tmp_path / "ca.pem"), "-noout")
    assert crl_ok.returncode == 0 and "verify OK" in crl_ok.stdout + crl_ok.stderr
    revoked = _openssl(
        "verify",
        "-crl_check",
        "-CRLfile",
        str(tmp_path / "crl.pem"),
        "-CAfile",
        str(tmp_path / "ca.pem"),
        str(tmp_path / "official.pem"),
    )
    assert revoked.returncode != 0 and "certificate revoked" in revoked.stdout + revoked.stderr
    assert requests.get(f"{central.url}/v1/ca", timeout=10).status_code == 401


def test_admin_commands_set_up_the_ca_and_list_and_revoke_certificates(tmp_path: Path, capsys):  # type: ignore[no-untyped-def]
    data = ["--data-dir", str(tmp_path / "srv")]
    assert server_cli([*data, "admin", "ca-init", "--name", "ກະຊວງ CA"]) == 0
    assert (tmp_path / "srv" / "ca.passphrase").stat().st_mode & 0o077 == 0
    assert server_cli([*data, "admin", "ca-init", "--name", "again"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert server_cli([*data, "admin", "revoke-certificate", "abc123"]) == 1
    assert "no certificate with serial abc123" in capsys.readouterr().err
    assert server_cli([*data, "admin", "certificates"]) == 0


def test_an_office_cannot_have_the_ca_issue_certificates_without_end(central, tmp_path: Path):
    """Each certificate costs the server the CA key's unlocking under its lock (every office waits) and a line in its
    index: a PC asking again and again is refused once its official, or its office, has had a day's share."""
    actor, headers = _enrolled_office(central, tmp_path, "ກຊ")
    _other, other_headers = _enrolled_office(central, tmp_path, "ອື່ນ")
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")

    def ask(user_id: str, with_headers: dict[str, str]) -> requests.Response:
        csr = make_request(ec.generate_private_key(ec.SECP256R1()), Person(name="ທ່ານ ສົມໃຈ", user_id=user_id))
        body = {"user_id": user_id, "csr_pem": csr.public_bytes(Encoding.PEM).decode()}
        return requests.post(f"{central.url}/v1/ca/certificates", json=body, headers=with_headers, timeout=30)

    for _ in range(CERTIFICATES_PER_OFFICIAL):  # a lost passphrase, a new key: a few a day are honest
        assert ask(actor.user_id, headers).status_code == 200
    refused = ask(actor.user_id, headers)
    assert refused.status_code == 409, refused.text
    assert refused.json()["code"] == "certificate_refused" and refused.json()["reason"] == "too_many_certificates"
    assert refused.json()["message_lo"] and "tomorrow" in refused.json()["message_en"]
    with central.database.read() as s:
        assert len(ServerCA.issued(s)) == CERTIFICATES_PER_OFFICIAL
    assert ask(_other.user_id, other_headers).status_code == 200  # other offices are served as before

    # Officials the office makes up (user.created) do not get around it: the office has its own day's share (what
    # it had issued today besides, written as the server keeps it).
    with central.database.write() as s:
        office_id = s.scalar(select(ServerOffice.id).where(ServerOffice.code == "ກຊ"))
        for n in range(CERTIFICATES_PER_OFFICE - CERTIFICATES_PER_OFFICIAL):
            s.add(
                IssuedCertificate(
                    serial=f"f{n:x}", office_id=office_id, user_id=f"u{n}", name="", pem="", issued_at=now()
                )
            )
        s.add(OfficeMember(user_id="made-up", office_id=office_id))
    assert ask("made-up", headers).json()["reason"] == "too_many_certificates"
