"""Signed packages: one zip with the signed manifest, the signatures, the files and the certificates, that anyone can
check offline with `eoffice verify FILE` or with OpenSSL alone (layout in docs/signatures.md and the README inside).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.ledger import signatures_of, stored_signature, trust_store
from eoffice_desktop.core.signing.manifest import Manifest
from eoffice_desktop.core.signing.notes import Note, note, texts
from eoffice_desktop.core.signing.status import SignatureStatus
from eoffice_desktop.core.signing.timestamps import archived_copies, long_term_of_letters, tokens_of
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.signing.verify import SignedItem, verify_signature
from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.cades_lt import NotOurs, as_made
from eoffice_shared.signing.cms import check_detached
from eoffice_shared.signing.vcode import code_for

README = """This is a signed letter exported by eOffice Desktop.

manifest.json        the exact bytes that were signed: the letter's fields and the SHA-256 of every file
signatures/N-ROLE.p7s detached CMS (CAdES) signatures over manifest.json, in signing order (DER); each signs its
                     role as a commitment type: proofOfCreation = prepared, proofOfApproval = approved,
                     proofOfOrigin = signed. Once time-stamped, each also carries, as unsigned attributes, its
                     time-stamp and the certificates and revocation lists that validate it (CAdES B-LT)
signatures/N-ROLE.tst the central server's RFC 3161 time-stamp of that signature (its signature value), if it has one
signatures/index.json who signed, in which role, when (claimed by the signer's PC), and the verification code;
                     a summary that is NOT signed: the signatures themselves are what counts
attachments/NN-NAME  the files, in the order of manifest.json "attachments"
signed-pdf/NAME      PDF files that also carry signatures inside (open them in a PDF reader)
certs/trust.pem      the CA certificates and revocation lists known to the exporting office
certs/signers.pem    the signers' certificates

Check with OpenSSL (use a CA file you trust, not only the one in this package):
  openssl cms -verify -binary -inform DER -in signatures/1-signed.p7s -content manifest.json \\
      -CAfile certs/trust.pem -purpose any -crl_check -out /dev/null
  sha256sum attachments/*     # each hash must equal "sha256" of the same file in manifest.json
  openssl cms -cmsout -print -inform DER -in signatures/1-signed.p7s | grep -A4 commitmentType   # the signed role
  # the time-stamp covers the SHA-256 (HEX) of the signature value ("signature:" in cms -cmsout -print)
  openssl ts -verify -token_in -in signatures/1-signed.tst -digest HEX -CAfile certs/trust.pem
Or: eoffice verify THIS.zip
"""


class PackageRefused(Refusal, ValueError):
    pass


def _safe_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .")
    return cleaned[:120] or "file"


def attachment_path(index: int, filename: str) -> str:
    return f"attachments/{index + 1:02d}-{_safe_name(filename)}"


def export_package(store: OfficeStore, letter_id: str, target: Path) -> int:
    """Write the package of a signed letter; returns the number of signatures in it."""
    with store.db.session() as s:
        rows = signatures_of(s, letter_id)
        if not rows:
            raise PackageRefused("This letter has no signature to export.", code="no_signature_to_export")
        stored = [stored_signature(s, row) for row in rows]
        trust = trust_store(s)
        tokens = tokens_of(s, letter_id)
        long_term = long_term_of_letters(s, [letter_id]).get(letter_id, {})
        archived = archived_copies(s, letter_id)
    manifest_raw = stored[0].item.manifest
    same = [x for x in stored if x.item.manifest == manifest_raw]
    manifest = Manifest.parse(manifest_raw)
    signers_pem = b""
    index = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        archive.writestr("manifest.json", manifest_raw)
        for entry in same:
            name = f"signatures/{entry.row.position}-{entry.row.role}.p7s"
            archive.writestr(name, long_term.get(entry.row.event_id, entry.item.cms))  # B-LT once it has it
            if entry.row.event_id in tokens:
                archive.writestr(name.removesuffix(".p7s") + ".tst", tokens[entry.row.event_id])
            checked = check_detached(entry.item.cms, manifest_raw)
            if checked.signer is not None:
                signers_pem += checked.signer.public_bytes(Encoding.PEM)
            index.append(
                {
                    "file": name,
                    "order": entry.row.position,
                    "role": entry.row.role,
                    "signer": entry.row.signer_name,
                    "title": entry.row.signer_title,
                    "signed_at": entry.row.signed_at.isoformat(),
                    "code": entry.row.code,
                }
            )
        archive.writestr("signatures/index.json", json.dumps(index, ensure_ascii=False, indent=1))
        for position, item in enumerate(manifest.data["attachments"]):
            blob = "sha256:" + item["sha256"]
            if not store.blobs.verify(blob):
                raise PackageRefused(
                    "The file {file} is missing or damaged on this PC.",
                    code="package_file_missing",
                    file=item["filename"],
                )
            archive.write(store.blobs.path_of(blob), attachment_path(position, item["filename"]))
        latest_copies: dict[str, Any] = {}
        for x in same:  # in signing order: each signer's copy carries the earlier signatures; archived ones (B-LTA)
            for c in [*x.payload.get("pdf_copies", []), *archived.get(x.row.event_id, [])]:  # carry validation data
                latest_copies[c["source_sha256"]] = c
        for copy in latest_copies.values():
            if store.blobs.has(copy["blob"]):
                archive.write(store.blobs.path_of(copy["blob"]), f"signed-pdf/{_safe_name(copy['filename'])}")
        pem = b"".join(c.public_bytes(Encoding.PEM) for c in trust.roots)
        pem += b"".join(crl.public_bytes(Encoding.PEM) for crl in trust.crls)
        archive.writestr("certs/trust.pem", pem)
        archive.writestr("certs/signers.pem", signers_pem)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(target)
    return len(same)


@dataclass
class PackageReport:
    registry_number: str
    subject: str
    signatures: list[tuple[dict[str, object], SignatureStatus]] = field(default_factory=list)
    problem_notes: list[Note] = field(default_factory=list)  # what is wrong with the package itself

    @property
    def problems(self) -> list[str]:
        """The package's problems in English (for the CLI and the log)."""
        return texts(self.problem_notes)

    @property
    def ok(self) -> bool:
        return not self.problem_notes and bool(self.signatures) and all(s.ok for _, s in self.signatures)


def package_trust(path: Path) -> TrustStore:
    """The CA certificates and CRLs carried in a package (to show, or to trust on purpose)."""
    with zipfile.ZipFile(path) as archive:
        return TrustStore.from_pem(archive.read("certs/trust.pem"))


def _read_index(archive: zipfile.ZipFile, names: set[str], report: PackageReport) -> list[dict[str, object]]:
    if "signatures/index.json" not in names:
        return []
    try:
        index = json.loads(archive.read("signatures/index.json"))
    except ValueError:
        index = None
    if not isinstance(index, list) or not all(isinstance(m, dict) for m in index):
        report.problem_notes.append(note("package_index_unreadable"))
        return []
    return index


def _roles_shown(meta: dict[str, object]) -> tuple[str, ...]:
    """The roles the unsigned parts give a signature: its line in index.json and its file name (N-ROLE.p7s)."""
    named = re.fullmatch(r"signatures/\d+-(\w+)\.p7s", str(meta.get("file", "")))
    roles = [str(meta["role"])] if meta.get("role") else []
    roles += [named.group(1)] if named else []
    return tuple(dict.fromkeys(roles))


def verify_package(path: Path, trust: TrustStore) -> PackageReport:
    """Check every signature in a package against `trust`; revocation lists in the package are used too."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackageRefused(
            "{file} is not a signed package (not a readable zip file: {reason}).",
            code="package_not_zip",
            file=path.name,
            reason=str(exc),
        ) from None
    with archive:
        names = set(archive.namelist())
        if "manifest.json" not in names:
            raise PackageRefused(
                "{file} is not a signed package: manifest.json is missing.", code="package_no_manifest", file=path.name
            )
        raw = archive.read("manifest.json")
        try:
            manifest = Manifest.parse(raw)
        except ValueError:
            manifest = None
        report = PackageReport(
            str(manifest.data.get("registry_number", "")) if manifest else "",
            str(manifest.data.get("subject", "")) if manifest else "",
        )
        damaged = []
        for position, item in enumerate(manifest.data["attachments"] if manifest else []):
            name = attachment_path(position, item["filename"])
            if name not in names:
                damaged.append(item["filename"])
                report.problem_notes.append(note("package_file_missing", name=name))
            elif hashlib.sha256(archive.read(name)).hexdigest() != item["sha256"]:
                damaged.append(item["filename"])
        extra_crls = []
        if "certs/trust.pem" in names:
            extra_crls = TrustStore.from_pem(archive.read("certs/trust.pem")).crls
        merged = TrustStore(list(trust.roots), list(trust.crls) + extra_crls)
        index = _read_index(archive, names, report)
        files = sorted(n for n in names if n.startswith("signatures/") and n.endswith(".p7s"))
        for name in files:
            meta: dict[str, object] = dict(next((m for m in index if m.get("file") == name), {"file": name}))
            carried = archive.read(name)
            try:  # the signature as made (its code), and its long-term form when it carries unsigned attributes
                cms = as_made(carried)
            except NotOurs:
                cms = carried  # reported as malformed by the check below
            long_term = carried if carried != cms else None
            meta["code"] = code_for(cms)
            item = SignedItem(cms, raw, hashlib.sha256(raw).hexdigest())
            stamp = name.removesuffix(".p7s") + ".tst"
            token = archive.read(stamp) if stamp in names else None
            shown = _roles_shown(meta)
            status = verify_signature(
                item, merged, manifest.data if manifest else None, damaged, shown, token, long_term
            )
            report.signatures.append((meta, status))
        if not files:
            report.problem_notes.append(note("package_without_signature"))
    return report
