"""The core speaks English in its refusals (it never imports Qt); this is where the GUI finds their Lao.

Each message below is a literal raised by `eoffice_desktop.core`; a test keeps the list complete. A message the list
does not know (one with values in it) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from eoffice_desktop.core.letterform import FormInvalid
from eoffice_desktop.ui import labels

MESSAGES = (
    QT_TRANSLATE_NOOP("Core", "This user account does not exist or is disabled."),
    QT_TRANSLATE_NOOP("Core", "Only an administrator can manage user accounts."),
    QT_TRANSLATE_NOOP("Core", "Enter the department name in Lao."),
    QT_TRANSLATE_NOOP("Core", "Enter the user name and the full name."),
    QT_TRANSLATE_NOOP("Core", "This department does not exist."),
    QT_TRANSLATE_NOOP("Core", "This user does not exist."),
    QT_TRANSLATE_NOOP("Core", "The current password is wrong."),
    QT_TRANSLATE_NOOP("Core", "The user name or the password is wrong."),
    QT_TRANSLATE_NOOP("Core", "You cannot disable your own account."),
    QT_TRANSLATE_NOOP("Core", "An organisation needs a name."),
    QT_TRANSLATE_NOOP("Core", "This address-book entry does not exist."),
    QT_TRANSLATE_NOOP("Core", "This entry was merged into another one; change that one instead."),
    QT_TRANSLATE_NOOP("Core", "An entry cannot be merged into itself."),
    QT_TRANSLATE_NOOP("Core", "This entry is not merged into another."),
    QT_TRANSLATE_NOOP("Core", "This bundle is for another office; nothing was imported."),
    QT_TRANSLATE_NOOP(
        "Core",
        "This return bundle was not made by the server for this PC (its seal does not match): it may be another "
        "PC's, or changed. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("Core", "Receipts are sent only for letters that came from another office."),
    QT_TRANSLATE_NOOP("Core", "Only an incoming letter of this office can be sent on."),
    QT_TRANSLATE_NOOP("Core", "Choose between 1 and 60 working days."),
    QT_TRANSLATE_NOOP("Core", "Only an administrator or the head of office can change what the office shares."),
    QT_TRANSLATE_NOOP(
        "Core", "You have no password on this PC yet. An administrator sets it in Office > Users and departments."
    ),
    QT_TRANSLATE_NOOP("Core", "Passwords are already set on this PC; sign in and use Users and departments."),
    QT_TRANSLATE_NOOP("Core", "Choose an administrator of the office."),
    QT_TRANSLATE_NOOP("Core", "This letter has not arrived on this PC."),
    QT_TRANSLATE_NOOP("Core", "This letter has no signature with a verification code to print."),
    QT_TRANSLATE_NOOP("Core", "This letter has no signature with a verification code to print. Sign it first."),
    QT_TRANSLATE_NOOP("Core", "Printing was stopped."),
    QT_TRANSLATE_NOOP("Core", "This letter is already registered in this office."),
    QT_TRANSLATE_NOOP("Core", "The backup was stopped; nothing was kept of it."),
    QT_TRANSLATE_NOOP(
        "Core",
        "This database was made by a newer version of eOffice. It was not changed. Install the newer version again, or restore a backup made by this version.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Core", "This change is too large to record; shorten the text."),
    QT_TRANSLATE_NOOP("Core", 'The mapping must be a JSON object with "columns": {field: column title}.'),
    QT_TRANSLATE_NOOP("Core", "Each field of the mapping must name a column title."),
    QT_TRANSLATE_NOOP("Core", '"direction" must be "in" or "out".'),
    QT_TRANSLATE_NOOP("Core", "The number template must contain {seq}."),
    QT_TRANSLATE_NOOP("Core", "A number block needs 1 <= first <= last."),
    QT_TRANSLATE_NOOP("Core", "This office is already set up."),
    QT_TRANSLATE_NOOP("Core", "The text reader (Tesseract) is not installed on this PC. Ask IT staff to install it."),
    QT_TRANSLATE_NOOP("Core", "The text reader has no Lao or English model. Ask IT staff to install it."),
    QT_TRANSLATE_NOOP(
        "Core",
        "This PC was restored from a backup, and the server may already have given numbers to letters registered "
        "after that backup. Enrol this PC again and sync it before registering letters.",
    ),
    QT_TRANSLATE_NOOP("Core", "Enter the office abbreviation (up to 32 characters, no '/')."),
    QT_TRANSLATE_NOOP("Core", "Enter the office name in Lao."),
    QT_TRANSLATE_NOOP("Core", "Enter the administrator's user name and full name."),
    QT_TRANSLATE_NOOP("Core", "The password must have at least 8 characters."),
    QT_TRANSLATE_NOOP("Core", "This office has not been set up yet."),
    QT_TRANSLATE_NOOP("Core", "This office has no administrator yet."),
    QT_TRANSLATE_NOOP("Core", "This letter was not found or you may not see it."),
    QT_TRANSLATE_NOOP("Core", "This letter was not found."),
    QT_TRANSLATE_NOOP("Core", "This letter is void and can no longer be changed."),
    QT_TRANSLATE_NOOP("Core", "This field is frozen because the letter has already moved on."),
    QT_TRANSLATE_NOOP("Core", "The new value is the same as the old one."),
    QT_TRANSLATE_NOOP("Core", "This letter is void."),
    QT_TRANSLATE_NOOP("Core", "You do not hold this letter."),
    QT_TRANSLATE_NOOP("Core", "This letter is completed. Reopen it first."),
    QT_TRANSLATE_NOOP("Core", "You do not hold this letter, so you cannot send it on."),
    QT_TRANSLATE_NOOP("Core", "Nobody else holds this letter, or you may not take it from them."),
    QT_TRANSLATE_NOOP("Core", "You have already acknowledged this letter."),
    QT_TRANSLATE_NOOP("Core", "This letter is already completed."),
    QT_TRANSLATE_NOOP("Core", "You do not hold this letter, so you cannot complete it."),
    QT_TRANSLATE_NOOP("Core", "This letter is not completed."),
    QT_TRANSLATE_NOOP("Core", "Only a clerk or the head of office can reopen a letter."),
    QT_TRANSLATE_NOOP("Core", "Only a clerk or the head of office can register letters."),
    QT_TRANSLATE_NOOP("Core", "Only a clerk or the head of office can correct a registered letter."),
    QT_TRANSLATE_NOOP("Core", "Only a clerk or the head of office can void a letter."),
    QT_TRANSLATE_NOOP("Core", "You may not send letters on."),
    QT_TRANSLATE_NOOP("Core", "You may not take a letter from the person who holds it."),
    QT_TRANSLATE_NOOP("Core", "You may not pull letters back."),
    QT_TRANSLATE_NOOP("Core", "You may not complete letters."),
    QT_TRANSLATE_NOOP("Core", "Only an administrator can change the trusted certificate authorities."),
    QT_TRANSLATE_NOOP("Core", "Only a clerk, the head of office or an administrator can export the register."),
    QT_TRANSLATE_NOOP("Core", "Only the head of office or an administrator can make a backup."),
    QT_TRANSLATE_NOOP("Core", "Only an administrator can restore a backup."),
    QT_TRANSLATE_NOOP(
        "Core",
        "This data folder holds a real office; the demo only fills a new folder or a demo office. Give another folder with --data-dir.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Core", "The demo CA and demo keys are only for a demo office; this office is real."),
    QT_TRANSLATE_NOOP("Core", "You can only pull back a letter you sent."),
    QT_TRANSLATE_NOOP("Core", "The receiver has already opened this letter; it can no longer be pulled back."),
    QT_TRANSLATE_NOOP("Core", "Give the saved route a name."),
    QT_TRANSLATE_NOOP("Core", "A saved route needs at least one recipient with an action."),
    QT_TRANSLATE_NOOP("Core", "Give the saved search a name."),
    QT_TRANSLATE_NOOP("Core", "The name of a saved search can have at most 200 characters."),
    QT_TRANSLATE_NOOP("Core", "The certificate request is damaged: its signature does not match."),
    QT_TRANSLATE_NOOP("Core", "The certificate request must carry an ECDSA or RSA key."),
    QT_TRANSLATE_NOOP("Core", "The CA passphrase is wrong (or ca.p12 is damaged)."),
    QT_TRANSLATE_NOOP("Core", "The certificate request needs the official's name."),
    QT_TRANSLATE_NOOP("Core", "This key has no certificate yet; ask the CA to issue one first."),
    QT_TRANSLATE_NOOP("Core", "This user already has a signing key on this PC."),
    QT_TRANSLATE_NOOP("Core", "There is no signing key for this user on this PC. Create one or import a PKCS#12 file."),
    QT_TRANSLATE_NOOP("Core", "This certificate was issued for a different key."),
    QT_TRANSLATE_NOOP("Core", "The passphrase is wrong. Check the keyboard language and Caps Lock."),
    QT_TRANSLATE_NOOP("Core", "This letter is already signed; no further signature can be added."),
    QT_TRANSLATE_NOOP("Core", "You have already signed this letter in this role."),
    QT_TRANSLATE_NOOP("Core", "Your key has no certificate yet. Send the request to the CA and install the answer."),
    QT_TRANSLATE_NOOP("Core", "You do not have signing rights (role 'head' or 'signer')."),
    QT_TRANSLATE_NOOP("Core", "This letter is void and cannot be signed."),
    QT_TRANSLATE_NOOP(
        "Core",
        "The letter changed after the first signature. All signatures must cover the same letter; ask the first signers to sign again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Core", "This letter has no signature to export."),
    QT_TRANSLATE_NOOP("Core", "This key has no certificate yet."),
    QT_TRANSLATE_NOOP("Core", "The passphrase must not start or end with a space."),
    QT_TRANSLATE_NOOP("Core", "A verification code has 16 letters and digits, like ABCDE-12345-FGHJK-7."),
    QT_TRANSLATE_NOOP("Core", "This verification code is mistyped: its last character does not match. Check it again."),
    QT_TRANSLATE_NOOP("Core", "The file's text encoding is not recognised; save it as 'CSV UTF-8' and try again."),
    QT_TRANSLATE_NOOP("Core", "The file is empty."),
    QT_TRANSLATE_NOOP("Core", "The file's text is damaged or in an unknown encoding; save it again as 'CSV UTF-8'."),
    QT_TRANSLATE_NOOP("Core", "The server's CA certificate or revocation list is damaged; it was refused."),
    QT_TRANSLATE_NOOP("Core", "The server sent a certificate that is not a CA certificate; it was refused."),
    QT_TRANSLATE_NOOP("Core", "The revocation list is not signed by the CA; it was refused and the one held is kept."),
    QT_TRANSLATE_NOOP(
        "Core", "The revocation list is older than the one held; it was refused and the one held is kept."
    ),
    QT_TRANSLATE_NOOP("Core", "The directory of offices the server sent cannot be read; the one held is kept."),
    QT_TRANSLATE_NOOP(
        "Core",
        "The office database is damaged. Nothing was written to it. Ask IT staff to restore the latest backup "
        "(eoffice restore).",
    ),
    QT_TRANSLATE_NOOP(
        "Core", "The disk is full, so the change was not saved. Free some space on the disk, then try again."
    ),
)


def text(exc: BaseException) -> str:
    """The user's language version of a core refusal (every field of a refused form on its own line)."""
    if isinstance(exc, FormInvalid):
        return "\n".join(labels.error(e.code, e.message) for e in exc.errors)
    message = str(exc)
    return QCoreApplication.translate("Core", message) if message in _KNOWN else message


_KNOWN = frozenset(MESSAGES)
