"""The whole path through the `eoffice` commands: offline CA, key, request, certificate, signing, package, and
checking the package with `eoffice verify` and with OpenSSL alone; one changed byte fails every check."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter

ROOT = Path(__file__).resolve().parents[3]


def eoffice(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eoffice_desktop", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "office"
    store = open_store(data)
    try:
        actor = setup_office(store, "ກຕສ", "ກະຊວງ ເຕັກໂນໂລຊີ", "MTC", "boss", "ທ່ານ ຫົວໜ້າ", "secret-pass")
        pdf = tmp_path / "scan.pdf"
        pdf.write_bytes(demo_pdf("scan for signing"))
        form = LetterForm(direction="in", register_date=date.today(), sender_name="ແຂວງ ຫຼວງພະບາງ", subject="ບົດລາຍງານ")
        form.attachments = [pdf]
        number = register_letter(store, actor, form).registry_number
    finally:
        store.close()
    return data, number


def test_cli_sign_package_and_verify_with_openssl(office: tuple[Path, str], tmp_path: Path) -> None:
    data, number = office
    ca_dir, ca_pass, key_pass = tmp_path / "ca", tmp_path / "ca.pass", tmp_path / "key.pass"
    ca_pass.write_text("the CA passphrase 1\n")
    key_pass.write_text("the key passphrase 1\n")
    ca = ["--ca-dir", str(ca_dir), "--passphrase-file", str(ca_pass)]
    keys = ["--data-dir", str(data), "--user", "boss", "--passphrase-file", str(key_pass)]
    steps = [
        ["ca", "init", *ca, "--name", "Test Ministry CA"],
        ["ca", "trust", "--data-dir", str(data), str(ca_dir / "ca.pem"), str(ca_dir / "crl.pem")],
        ["keys", "create", *keys, "-o", str(tmp_path / "boss.csr")],
        ["ca", "issue", *ca, str(tmp_path / "boss.csr"), "-o", str(tmp_path / "boss.pem")],
        ["keys", "install", *keys, str(tmp_path / "boss.pem")],
        ["keys", "sign", *keys, number, "--pdf"],
        ["package", "--data-dir", str(data), number, "-o", str(tmp_path / "letter.zip")],
    ]
    for step in steps:
        result = eoffice(*step)
        assert result.returncode == 0, (step, result.stdout, result.stderr)
    code = eoffice("keys", "sign", *keys, number).stderr  # a second 'signed' is refused with a clear message
    assert "already signed" in code
    # Elsewhere: a PC with only the CA certificate (no office data).
    result = eoffice("verify", str(tmp_path / "letter.zip"), "--ca", str(ca_dir / "ca.pem"))
    assert result.returncode == 0 and "[VALID]" in result.stdout, result.stdout + result.stderr
    listing = eoffice("verify", "--list", "--data-dir", str(data)).stdout
    printed_code = listing.split("\t")[3]
    by_code = eoffice("verify", "--code", printed_code.lower().replace("-", " "), "--data-dir", str(data))
    assert by_code.returncode == 0 and "[VALID]" in by_code.stdout
    assert eoffice("verify", "--code", "AAAAA-AAAAA-AAAAA-A", "--data-dir", str(data)).returncode != 0

    # OpenSSL alone, following docs/signatures.md.
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(tmp_path / "letter.zip") as archive:
        archive.extractall(unpacked)
    manifest = json.loads((unpacked / "manifest.json").read_bytes())
    [attachment] = sorted((unpacked / "attachments").iterdir())
    assert hashlib.sha256(attachment.read_bytes()).hexdigest() == manifest["attachments"][0]["sha256"]
    command = [
        "openssl",
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        str(unpacked / "signatures/1-signed.p7s"),
    ]
    command += ["-content", str(unpacked / "manifest.json"), "-CAfile", str(unpacked / "certs/trust.pem")]
    command += ["-purpose", "any", "-crl_check", "-out", "/dev/null"]
    assert subprocess.run(command, capture_output=True).returncode == 0
    [signed_pdf] = list((unpacked / "signed-pdf").iterdir())
    assert "Signature is Valid." in subprocess.run(["pdfsig", str(signed_pdf)], capture_output=True, text=True).stdout

    # One changed byte in each signed file: our verifier, OpenSSL (manifest) and pdfsig (PDF) all fail.
    for name in ("manifest.json", attachment.relative_to(unpacked).as_posix()):
        tampered = tmp_path / f"tampered-{name.replace('/', '_')}.zip"
        _rewrite(tmp_path / "letter.zip", tampered, name)
        result = eoffice("verify", str(tampered), "--ca", str(ca_dir / "ca.pem"))
        assert result.returncode == 1 and "[CHANGED]" in result.stdout, result.stdout
    changed_manifest = bytearray((unpacked / "manifest.json").read_bytes())
    changed_manifest[10] ^= 0x01
    (unpacked / "manifest.json").write_bytes(bytes(changed_manifest))
    assert subprocess.run(command, capture_output=True).returncode != 0
    pdf = bytearray(signed_pdf.read_bytes())
    position = pdf.index(b"72 700 m")
    pdf[position + 5] = ord("1")
    signed_pdf.write_bytes(bytes(pdf))
    output = subprocess.run(["pdfsig", str(signed_pdf)], capture_output=True, text=True).stdout
    assert "Signature is Valid." not in output and ("Digest Mismatch" in output or "Invalid" in output), output


def _rewrite(source: Path, target: Path, name: str) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == name:
                data = bytearray(data)
                data[len(data) // 2] ^= 0x01
                data = bytes(data)
            new.writestr(info, data)
