"""The outcome of checking one signature, in plain Lao and English, with details for those who ask.

Codes are stable strings (stored in the signatures table and shown by the GUI, which translates by code).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from eoffice_desktop.core.signing.notes import Note, texts

VALID = "valid"
CHANGED = "changed"
UNTRUSTED = "untrusted"
EXPIRED = "expired"
REVOKED = "revoked"
MALFORMED = "malformed"
ALTERED = "altered"  # the unsigned list beside the signature (package index, event) says another role
# Everything checked holds, but a signed file has not arrived on this PC (sync or USB still to bring it), so its bytes
# were not checked: not valid yet. Checked again when the letter is opened or a sync has run.
FILES_MISSING = "files_missing"

CODES = (VALID, CHANGED, UNTRUSTED, EXPIRED, REVOKED, MALFORMED, ALTERED, FILES_MISSING)

MESSAGES: dict[str, tuple[str, str]] = {
    VALID: ("The signature is valid.", "ລາຍເຊັນຖືກຕ້ອງ."),
    CHANGED: (
        "The document was changed after signing.",
        "ເອກະສານຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ.",
    ),
    UNTRUSTED: (
        "The signer is not trusted: the certificate comes from an unknown authority.",
        "ບໍ່ໄວ້ວາງໃຈຜູ້ລົງລາຍເຊັນ: ໃບຢັ້ງຢືນອອກໂດຍອົງການທີ່ບໍ່ຮູ້ຈັກ.",
    ),
    EXPIRED: (
        "The signer's certificate was not valid (expired) at the time of signing.",
        "ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນໝົດອາຍຸແລ້ວ ໃນເວລາລົງລາຍເຊັນ.",
    ),
    REVOKED: (
        "The signer's certificate was revoked on {date}.",
        "ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນຖືກຍົກເລີກແລ້ວ ເມື່ອວັນທີ {date}.",
    ),
    MALFORMED: (
        "The signature is damaged or not in a known format.",
        "ລາຍເຊັນເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຮູບແບບທີ່ຮູ້ຈັກ.",
    ),
    ALTERED: (
        "This signature is listed as '{shown}' but was signed as '{signed}': the list of signatures was altered.",
        "ລາຍເຊັນນີ້ຖືກລະບຸວ່າ '{shown_lo}' ແຕ່ໄດ້ລົງລາຍເຊັນເປັນ '{signed_lo}': ລາຍການລາຍເຊັນຖືກແກ້ໄຂ.",
    ),
    FILES_MISSING: (
        "Not fully checked, so not verified: a signed file has not arrived on this PC yet ({files}). "
        "Synchronise and check again.",
        "ຍັງກວດສອບບໍ່ຄົບ, ຈຶ່ງຍັງບໍ່ຮູ້ວ່າຖືກຕ້ອງ ຫຼື ບໍ່: ໄຟລ໌ທີ່ລົງລາຍເຊັນຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້ ({files}). ຊິງຂໍ້ມູນ ແລ້ວກວດສອບອີກຄັ້ງ.",
    ),
}
ROLE_WORDS_LO = {"prepared": "ກະກຽມ", "approved": "ຮັບຮອງ", "signed": "ລົງນາມ", "other": "ອື່ນ"}
ROLE_NOT_SIGNED = (
    "The role ({role}) is not part of this signature (made before roles were signed): it cannot be proven.",
    "ບົດບາດ ({role_lo}) ບໍ່ໄດ້ຢູ່ໃນລາຍເຊັນນີ້ (ລົງລາຍເຊັນກ່ອນທີ່ບົດບາດຈະຖືກລົງລາຍເຊັນ): ບໍ່ສາມາດພິສູດໄດ້.",
)

# Words used in details; the GUI shows them after the headline.
CHANGED_FILES_LO = "ສິ່ງທີ່ປ່ຽນແປງ"


@dataclass
class SignatureStatus:
    code: str
    detail_notes: list[Note] = field(default_factory=list)  # how it was checked (ui/signature_notes.py words them)
    changed: list[str] = field(default_factory=list)  # fields and files changed after signing
    revoked_at: datetime | None = None
    warning_notes: list[Note] = field(default_factory=list)  # what could not be checked, or was ignored
    signer_name: str = ""
    signer_title: str = ""
    signer_office: str = ""
    signing_time: datetime | None = None
    role_shown: str = ""  # the role the unsigned list gives (package index, event)
    role_signed: str | None = None  # the role inside the signature; None when it carries none
    role_unsigned: bool = False  # an older signature: its role is not signed, so it cannot be proven
    timestamped_at: datetime | None = None  # the central server's time-stamp, checked; None: not time-stamped yet
    level: str = ""  # the baseline level reached: "CAdES B-B", "CAdES B-T", "CAdES B-LT" ("CMS" for older ones)
    missing_files: list[str] = field(default_factory=list)  # signed files not on this PC yet: their bytes not checked

    @property
    def details(self) -> list[str]:
        """The details in English (for the CLI, the log and the reports)."""
        return texts(self.detail_notes)

    @property
    def warnings(self) -> list[str]:
        return texts(self.warning_notes)

    @property
    def ok(self) -> bool:
        return self.code == VALID

    @property
    def fully_checked(self) -> bool:
        """Every signed file's bytes were checked (none is still to arrive on this PC)."""
        return not self.missing_files

    def _format(self, text: str) -> str:
        signed = self.role_signed or ""
        return text.format(
            date=self.revoked_at.strftime("%Y-%m-%d %H:%M UTC") if self.revoked_at else "?",
            shown=self.role_shown,
            signed=signed,
            shown_lo=ROLE_WORDS_LO.get(self.role_shown, self.role_shown),
            signed_lo=ROLE_WORDS_LO.get(signed, signed),
            role=self.role_shown,
            role_lo=ROLE_WORDS_LO.get(self.role_shown, self.role_shown),
            files=", ".join(f"'{name}'" for name in self.missing_files),
        )

    @property
    def message_en(self) -> str:
        text = self._format(MESSAGES[self.code][0])
        if self.changed:
            text += " Changed: " + "; ".join(self.changed) + "."
        return text

    @property
    def message_lo(self) -> str:
        text = self._format(MESSAGES[self.code][1])
        if self.changed:
            text += f" {CHANGED_FILES_LO}: " + "; ".join(self.changed) + "."
        return text

    def describe(self) -> str:
        """Headline in both languages, then the details (for the CLI and the log)."""
        lines = [self.message_lo, self.message_en]
        if self.role_unsigned:
            lines += [self._format(ROLE_NOT_SIGNED[1]), self._format(ROLE_NOT_SIGNED[0])]
        if self.signer_name:
            who = ", ".join(p for p in (self.signer_name, self.signer_title, self.signer_office) if p)
            lines.append(f"Signer: {who}")
        if self.signing_time:
            lines.append(f"Signing time (claimed by the signer's PC): {self.signing_time:%Y-%m-%d %H:%M:%S UTC}")
        if self.timestamped_at:
            lines.append(f"Time-stamped by the central server at {self.timestamped_at:%Y-%m-%d %H:%M:%S UTC}")
        elif self.code != MALFORMED:
            lines.append("Signed offline (the PC's clock), not yet time-stamped")
        if self.level:
            lines.append(f"Level: {self.level}")
        lines += [f"  {d}" for d in self.details]
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)
