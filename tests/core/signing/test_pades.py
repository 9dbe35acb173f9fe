"""PDF signatures are PAdES baseline B-B: `pdfsig` sees `ETSI.CAdES.detached` and a valid signature, pyHanko's
validator finds the signing-certificate-v2 attribute and reports the level; older `adbe.pkcs7.detached` signatures
made before still verify."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.signing.pdfsign import sign_pdf, verify_pdf
from eoffice_shared.signing.hanko import signer_for
from tests.core.signing.conftest import Pki


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout  # exits 0 even when invalid


def test_pdf_signatures_are_pades_baseline_b(pki: Pki, tmp_path: Path) -> None:
    identity = pki.official("usr_1")
    data = sign_pdf(demo_pdf("PAdES"), identity, "ຜູ້ລົງນາມ", datetime.now(UTC))
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    report = pdfsig(path)
    assert "Signature Type: ETSI.CAdES.detached" in report and "Signature is Valid." in report, report
    [embedded] = PdfFileReader(io.BytesIO(data)).embedded_signatures
    attributes = {a["type"].native for a in embedded.signer_info["signed_attrs"]}
    assert "signing_certificate_v2" in attributes and "signing_time" not in attributes  # PAdES: time in /M only
    [check] = verify_pdf(data, pki.trust())
    assert check.intact and check.trusted and check.level == "PAdES B-B", check


def test_older_adbe_pkcs7_signatures_still_verify(pki: Pki, tmp_path: Path) -> None:
    identity = pki.official("usr_1")
    writer = IncrementalPdfFileWriter(io.BytesIO(demo_pdf("made before PAdES")))
    meta = signers.PdfSignatureMetadata(field_name="Old", subfilter=fields.SigSeedSubFilter.ADOBE_PKCS7_DETACHED)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer_for(identity)).sign_pdf(writer, output=out)
    data = sign_pdf(out.getvalue(), identity, "ຜູ້ລົງນາມ", datetime.now(UTC))  # a new signature on top: PAdES
    checks = verify_pdf(data, pki.trust())
    assert [c.level for c in checks] == ["adbe.pkcs7.detached", "PAdES B-B"]
    assert all(c.intact and c.trusted for c in checks)
    path = tmp_path / "both.pdf"
    path.write_bytes(data)
    assert pdfsig(path).count("Signature is Valid.") == 2
