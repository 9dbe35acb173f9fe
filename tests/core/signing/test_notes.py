"""The notes of a signature check are codes with their values, and their English is word for word what the CLI, the
log and the stored checks said before the notes had codes."""

from __future__ import annotations

from datetime import UTC, date, datetime

from eoffice_desktop.core.signing.notes import ENGLISH, Note, cms_problem, note
from eoffice_shared.signing.cms import DIGEST_DIFFERS, NO_SIGNER, OTHER_CERTIFICATE, VALUE_DIFFERS

WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
STAMPED = datetime(2026, 2, 1, 9, 8, 7, tzinfo=UTC)
CA = "CN=Test Ministry CA,O=ກະຊວງ ທົດລອງ"


def test_the_english_of_every_note_is_the_sentence_said_before() -> None:
    said = {
        note("trusted_through", root=CA): f"trusted through: {CA}",
        note("no_trusted_ca"): "no trusted CA certificate is installed on this PC",
        note("path_not_trusted", reason="candidates exhausted"): "certificate path not trusted: candidates exhausted",
        note("certificate_not_in_force", start=date(2025, 1, 2), end=date(2026, 1, 2), signed=WHEN): (
            "certificate valid 2025-01-02 to 2026-01-02, signed 2026-03-04 05:06"
        ),
        note("no_revocation_list", issuer=CA): f"no revocation list from {CA} is installed",
        note("revocation_list_out_of_date", since=date(2026, 2, 3)): (
            "the revocation list is out of date since 2026-02-03"
        ),
        note("revoked", serial="1a2b", when=WHEN): "serial 1a2b revoked 2026-03-04 05:06 UTC",
        note("revoked_after_time_stamp", serial="1a2b", when=WHEN, stamped=STAMPED): (
            "serial 1a2b revoked 2026-03-04 05:06 UTC, after the time-stamp (2026-02-01 09:08:07 UTC): the signature "
            "was made before and stays valid"
        ),
        note("time_stamped_by", authority="CN=TSA"): "time-stamped by CN=TSA",
        note("time_stamp_does_not_hold", problem=note("stamp_of_another_signature")): (
            "the time-stamp does not hold: the time-stamp belongs to another signature"
        ),
        note("stamp_unsupported_hash", algorithm="md5"): "the time-stamp uses an unsupported hash (md5)",
        note("stamp_unreadable", reason="bad tag"): "the time-stamp cannot be read (bad tag)",
        note("stamp_authority_not_trusted", reasons=(note("no_trusted_ca"), note("path_not_trusted", reason="x"))): (
            "the time-stamping authority is not trusted here: no trusted CA certificate is installed on this PC; "
            "certificate path not trusted: x"
        ),
        note("long_term_of_another_signature"): (
            "the long-term form recorded for this signature is another signature; ignored"
        ),
        note("long_term_unreadable", reason="not a CMS signature (SignedData)"): (
            "the long-term form of this signature cannot be read (not a CMS signature (SignedData)); ignored"
        ),
        note("manifest_hash_differs"): "the manifest does not match the hash recorded with the signature",
        note("manifest_unreadable", reason="no version"): "the signed manifest cannot be read: no version",
        note("file_not_arrived", name="ແຈ້ງການ.pdf"): (
            "the file 'ແຈ້ງການ.pdf' has not arrived on this PC yet; it was not checked"
        ),
    }
    for made, english in said.items():
        assert made.text == english and str(made) == english


def test_the_problems_the_cms_check_reports_keep_their_words_and_get_codes() -> None:
    for problem in (DIGEST_DIFFERS, NO_SIGNER, VALUE_DIFFERS, OTHER_CERTIFICATE):
        made = cms_problem(problem)
        assert made.code != "signature_unreadable" and made.text == problem
    odd = cms_problem("the signature has 2 signers; exactly one was expected")
    assert odd == Note("signature_unreadable", {"reason": "the signature has 2 signers; exactly one was expected"})
    assert odd.text == "the signature has 2 signers; exactly one was expected"


def test_every_code_has_its_english() -> None:
    assert all(isinstance(words, str) and words for words in ENGLISH.values())
