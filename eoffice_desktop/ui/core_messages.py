"""The GUI's words for the core's refusals: each refusal code with its sentence, translated, its {values} filled from
the refusal. The core never imports Qt and says its refusals in English (for the CLI and the logs); the GUI words
them from the code, never from the English.

A test keeps this table complete: every code the core raises has a sentence here with its {values}, or some of them:
what the system said of a file or a drive ({reason}, in English) goes to the log, and the sentence says instead what
happened and what to do.
"""

from __future__ import annotations

import logging
import string

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from eoffice_desktop.core.registry.letterform import FormInvalid
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.drive_words import file_error
from eoffice_desktop.ui.failure_log import log_failure as log_failure
from eoffice_shared.refusals import Refusal

log = logging.getLogger("eoffice.ui")

SENTENCES = {
    "account_disabled": QT_TRANSLATE_NOOP("Core", "This user account does not exist or is disabled."),
    "admin_name_missing": QT_TRANSLATE_NOOP("Core", "Enter the administrator's user name and full name."),
    "already_acknowledged": QT_TRANSLATE_NOOP("Core", "You have already acknowledged this letter."),
    "already_completed": QT_TRANSLATE_NOOP("Core", "This letter is already completed."),
    "already_revoked": QT_TRANSLATE_NOOP("Core", "The certificate {serial} was already revoked on {when}."),
    "already_signed_in_role": QT_TRANSLATE_NOOP("Core", "You have already signed this letter in this role."),
    "arrived_letter_not_registered": QT_TRANSLATE_NOOP(
        "Core",
        "This letter belongs to the office that sent it. Register it in this office first, then work on your "
        "registered copy.",
    ),
    "attachment_empty": QT_TRANSLATE_NOOP("Core", "The file {file} is empty."),
    "attachment_missing": QT_TRANSLATE_NOOP("Core", "The file {file} is missing or damaged on this PC."),
    "attachment_not_pdf_or_image": QT_TRANSLATE_NOOP("Core", "The file {file} is not a PDF or an image."),
    "attachment_too_large": QT_TRANSLATE_NOOP(
        "Core",
        "The file {file} is {size} MB; the limit is {limit} MB. Scan it at a lower resolution or split it.",
    ),
    "attachment_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "The file {file} cannot be read. It may be open in another program, or on a drive that was taken out: "
        "close that program or put the drive back, then add the file again.",
    ),
    "backup_attachment_damaged": QT_TRANSLATE_NOOP(
        "Core",
        "The attachment {blob} is damaged in the office data; run eoffice check.",
    ),
    "backup_attachment_missing": QT_TRANSLATE_NOOP(
        "Core",
        "The attachment {blob} is missing from the office data; run eoffice check.",
    ),
    "backup_drive_full": QT_TRANSLATE_NOOP(
        "Core",
        "The drive {folder} is full, so the backup was not made (nothing of it was left there). Free some "
        "space on it, or use another drive.",
    ),
    "backup_folder_unwritable": QT_TRANSLATE_NOOP(
        "Core",
        "The backup folder {folder} cannot be written to, so the backup was not made. Check that the drive is "
        "plugged in and not write-protected, or choose another folder.",
    ),
    "backup_incomplete": QT_TRANSLATE_NOOP(
        "Core",
        "{folder} is not a complete eOffice backup: some of its files are missing or damaged. Choose another backup.",
    ),
    "backup_stopped": QT_TRANSLATE_NOOP("Core", "The backup was stopped; nothing was kept of it."),
    "backup_unrestorable": QT_TRANSLATE_NOOP(
        "Core",
        "This backup cannot be restored: {problems}. Nothing was changed.",
    ),
    "backup_write_failed": QT_TRANSLATE_NOOP(
        "Core",
        "The backup could not be written to {folder}; nothing of it was left there. Check that the drive is "
        "plugged in and not write-protected, then try again, or use another drive.",
    ),
    "bad_certificate": QT_TRANSLATE_NOOP("Core", "The server's answer holds no readable certificate."),
    "blob_damaged": QT_TRANSLATE_NOOP("Core", "The downloaded file {blob} was damaged; it will be fetched again."),
    "bundle_for_another_office": QT_TRANSLATE_NOOP("Core", "This bundle is for another office; nothing was imported."),
    "bundle_needs_office_key": QT_TRANSLATE_NOOP(
        "Core",
        "This bundle is encrypted for the server and its office's PCs, and this PC cannot open it: sync this PC, "
        "and the PC that saved it, over the network once, then read it in again, or send it on to the server. "
        "Nothing was imported.",
    ),
    "bundle_not_for_this_pc": QT_TRANSLATE_NOOP(
        "Core",
        "This return bundle was not made by the server for this PC (its seal does not match): it may be "
        "another PC's, or changed. Nothing was imported.",
    ),
    "ca_exists": QT_TRANSLATE_NOOP("Core", "A CA already exists in {folder}."),
    "ca_missing": QT_TRANSLATE_NOOP("Core", "There is no CA in {folder}. Create one with 'eoffice ca init'."),
    "ca_passphrase_wrong": QT_TRANSLATE_NOOP("Core", "The CA passphrase is wrong (or ca.p12 is damaged)."),
    "cannot_disable_self": QT_TRANSLATE_NOOP("Core", "You cannot disable your own account."),
    "certificate_other_key": QT_TRANSLATE_NOOP("Core", "This certificate was issued for a different key."),
    "certificate_unusable": QT_TRANSLATE_NOOP(
        "Core",
        "Your certificate cannot be used to sign: it has expired, was revoked, or is not from an authority this "
        "office trusts. Open My signing key to see which: renew the certificate there, or ask IT staff.",
    ),
    "cell_buddhist_year": QT_TRANSLATE_NOOP(
        "Core",
        "'{text}': {year} looks like a Buddhist-era year; write the Gregorian year ({gregorian})",
    ),
    "cell_date_invalid": QT_TRANSLATE_NOOP("Core", "'{text}' is not a valid date"),
    "cell_date_order": QT_TRANSLATE_NOOP("Core", "'{text}' is not a valid date (dates are read as day/month/year)"),
    "cell_not_date": QT_TRANSLATE_NOOP("Core", "'{text}' is not a date"),
    "cell_not_pages": QT_TRANSLATE_NOOP("Core", "'{text}' is not a number of pages"),
    "cell_word_unknown": QT_TRANSLATE_NOOP("Core", "'{text}' is not a known word; write one of: {allowed}"),
    "cell_year_digits": QT_TRANSLATE_NOOP("Core", "'{text}': write the year with four digits"),
    "change_too_large": QT_TRANSLATE_NOOP("Core", "This change is too large to record; shorten the text."),
    "choose_administrator": QT_TRANSLATE_NOOP("Core", "Choose an administrator of the office."),
    "crl_not_signed": QT_TRANSLATE_NOOP(
        "Core",
        "The revocation list is not signed by the CA; it was refused and the one held is kept.",
    ),
    "crl_older": QT_TRANSLATE_NOOP(
        "Core",
        "The revocation list is older than the one held; it was refused and the one held is kept.",
    ),
    "csr_damaged": QT_TRANSLATE_NOOP("Core", "The certificate request is damaged: its signature does not match."),
    "csr_key_type": QT_TRANSLATE_NOOP("Core", "The certificate request must carry an ECDSA or RSA key."),
    "csr_name_missing": QT_TRANSLATE_NOOP("Core", "The certificate request needs the official's name."),
    "csr_unreadable": QT_TRANSLATE_NOOP("Core", "This is not a certificate request."),
    "csv_encoding_unknown": QT_TRANSLATE_NOOP(
        "Core",
        "The file's text encoding is not recognised; save it as 'CSV UTF-8' and try again.",
    ),
    "csv_text_damaged": QT_TRANSLATE_NOOP(
        "Core",
        "The file's text is damaged or in an unknown encoding; save it again as 'CSV UTF-8'.",
    ),
    "csv_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "The CSV file cannot be read: its lines are not in CSV form. Open it in Excel, save it again as "
        "'CSV UTF-8', then try again.",
    ),
    "current_password_wrong": QT_TRANSLATE_NOOP("Core", "The current password is wrong."),
    "data_dir_busy": QT_TRANSLATE_NOOP(
        "Core",
        "eOffice is already open on {folder}. Close the other window first (or wait until the other command finishes).",
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Core",
        "The office database is damaged. Nothing was written to it. Ask IT staff to restore the latest backup"
        " (eoffice restore).",
    ),
    "database_too_new": QT_TRANSLATE_NOOP(
        "Core",
        "This database was made by a newer version of eOffice. It was not changed. Install the newer version "
        "again, or restore a backup made by this version.",
    ),
    "demo_folder_real": QT_TRANSLATE_NOOP(
        "Core",
        "This data folder holds a real office; the demo only fills a new folder or a demo office. Give "
        "another folder with --data-dir.",
    ),
    "demo_office_real": QT_TRANSLATE_NOOP(
        "Core", "The demo CA and demo keys are only for a demo office; this office is real."
    ),
    "department_name_missing": QT_TRANSLATE_NOOP("Core", "Enter the department name in Lao."),
    "department_unknown": QT_TRANSLATE_NOOP("Core", "This department does not exist."),
    "directory_damaged": QT_TRANSLATE_NOOP(
        "Core",
        "The directory of offices the server sent cannot be read; the one held is kept.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Core",
        "The disk is full, so the change was not saved. Free some space on the disk, then try again.",
    ),
    "field_frozen": QT_TRANSLATE_NOOP("Core", "This field is frozen because the letter has already moved on."),
    "field_not_correctable": QT_TRANSLATE_NOOP("Core", "The field {field} cannot be corrected."),
    "file_empty": QT_TRANSLATE_NOOP("Core", "The file is empty."),
    "file_missing": QT_TRANSLATE_NOOP("Core", "The file {file} does not exist."),
    "file_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "The file {file} cannot be opened: its drive may have been taken out, or this PC may not be allowed to read "
        "it. Copy it to this PC, then try again.",
    ),
    "file_type_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "{suffix} files cannot be read; save the register as .xlsx or CSV UTF-8 first.",
    ),
    "key_exists": QT_TRANSLATE_NOOP("Core", "This user already has a signing key on this PC."),
    "key_file_damaged": QT_TRANSLATE_NOOP(
        "Core",
        "The key file {file} is damaged. Restore it from your PKCS#12 backup (Import key).",
    ),
    "key_file_unreadable": QT_TRANSLATE_NOOP("Core", "The key file {file} cannot be read: it is damaged."),
    "key_file_unusable": QT_TRANSLATE_NOOP("Core", "The key file {file} holds no usable signing key."),
    "key_import_mismatch": QT_TRANSLATE_NOOP("Core", "In {file} the certificate does not belong to the key."),
    "key_import_no_key": QT_TRANSLATE_NOOP("Core", "The file {file} holds no ECDSA or RSA private key."),
    "key_import_passphrase_wrong": QT_TRANSLATE_NOOP(
        "Core",
        "The passphrase of {file} is wrong, or the file is damaged.",
    ),
    "key_import_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "The file {file} cannot be read. Check that the drive holding it is plugged in, or copy the file to this "
        "PC, then try again.",
    ),
    "key_info_damaged": QT_TRANSLATE_NOOP("Core", "The key information file {file} is damaged."),
    "key_locked": QT_TRANSLATE_NOOP("Core", "Too many wrong passphrases. Try again in {seconds} seconds."),
    "key_no_certificate": QT_TRANSLATE_NOOP("Core", "This key has no certificate yet."),
    "key_no_certificate_ask_ca": QT_TRANSLATE_NOOP(
        "Core",
        "This key has no certificate yet; ask the CA to issue one first.",
    ),
    "key_no_certificate_send_request": QT_TRANSLATE_NOOP(
        "Core",
        "Your key has no certificate yet. Send the request to the CA and install the answer.",
    ),
    "letter_already_returned": QT_TRANSLATE_NOOP(
        "Core",
        "This letter was returned to the office that sent it. If that was a mistake, register it after all: on the "
        "Arrived page, tick Show the letters this office returned to their office.",
    ),
    "letter_already_registered": QT_TRANSLATE_NOOP("Core", "This letter is already registered in this office."),
    "letter_changed_since_signed": QT_TRANSLATE_NOOP(
        "Core",
        "The letter changed after the first signature. All signatures must cover the same letter; ask the "
        "first signers to sign again.",
    ),
    "letter_completed_reopen_first": QT_TRANSLATE_NOOP("Core", "This letter is completed. Reopen it first."),
    "letter_hidden": QT_TRANSLATE_NOOP("Core", "This letter was not found or you may not see it."),
    "letter_not_arrived": QT_TRANSLATE_NOOP("Core", "This letter has not arrived on this PC."),
    "letter_not_found": QT_TRANSLATE_NOOP("Core", "This letter was not found."),
    "letter_signed_final": QT_TRANSLATE_NOOP(
        "Core",
        "This letter is already signed; no further signature can be added.",
    ),
    "letter_void": QT_TRANSLATE_NOOP("Core", "This letter is void."),
    "letter_void_unchangeable": QT_TRANSLATE_NOOP("Core", "This letter is void and can no longer be changed."),
    "letter_void_unsignable": QT_TRANSLATE_NOOP("Core", "This letter is void and cannot be signed."),
    "mapping_direction": QT_TRANSLATE_NOOP("Core", '"direction" must be "in" or "out".'),
    "mapping_field_not_title": QT_TRANSLATE_NOOP("Core", "Each field of the mapping must name a column title."),
    "mapping_fields_unknown": QT_TRANSLATE_NOOP("Core", "Unknown fields in the mapping: {fields} (known: {known})."),
    "mapping_not_json": QT_TRANSLATE_NOOP(
        "Core",
        "The mapping is not valid JSON. Ask IT staff to correct the mapping file (the log says where the mistake is).",
    ),
    "mapping_not_object": QT_TRANSLATE_NOOP(
        "Core",
        'The mapping must be a JSON object with "columns": {field: column title}.',
    ),
    "mapping_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "The mapping file cannot be read. Check that it is still there and not open in another program, then try "
        "again.",
    ),
    "mapping_version": QT_TRANSLATE_NOOP("Core", "This mapping is version {version}; this program reads version 1."),
    "migration_copy_no_room": QT_TRANSLATE_NOOP(
        "Core",
        "This update of eOffice needs about {megabytes} MB free on the drive of {folder} to keep a copy of the "
        "office database first, and there is not that much; the database was not changed. Free some space on that "
        "drive (move or delete files you do not need), then start eOffice again.",
    ),
    "migration_copy_unwritable": QT_TRANSLATE_NOOP(
        "Core",
        "This update of eOffice keeps a copy of the office database in {folder} first, and that folder cannot be "
        "written to; the database was not changed. Ask IT staff to make the folder writable (its drive must not be "
        "write-protected), then start eOffice again.",
    ),
    "no_database": QT_TRANSLATE_NOOP("Core", "There is no office database in {folder}."),
    "no_key": QT_TRANSLATE_NOOP(
        "Core",
        "There is no signing key for this user on this PC. Create one or import a PKCS#12 file.",
    ),
    "no_password_yet": QT_TRANSLATE_NOOP(
        "Core",
        "You have no password on this PC yet. An administrator sets it in Office > Users and departments.",
    ),
    "no_right_backup": QT_TRANSLATE_NOOP("Core", "Only the head of office or an administrator can make a backup."),
    "no_right_complete": QT_TRANSLATE_NOOP("Core", "You may not complete letters."),
    "no_right_correct": QT_TRANSLATE_NOOP(
        "Core",
        "Only a clerk or the head of office can correct a registered letter.",
    ),
    "no_right_export": QT_TRANSLATE_NOOP(
        "Core",
        "Only a clerk, the head of office or an administrator can export the register.",
    ),
    "no_right_manage_users": QT_TRANSLATE_NOOP("Core", "Only an administrator can manage user accounts."),
    "no_right_recall": QT_TRANSLATE_NOOP("Core", "You may not pull letters back."),
    "no_right_redirect": QT_TRANSLATE_NOOP("Core", "You may not take a letter from the person who holds it."),
    "no_right_register": QT_TRANSLATE_NOOP("Core", "Only a clerk or the head of office can register letters."),
    "no_right_reopen": QT_TRANSLATE_NOOP("Core", "Only a clerk or the head of office can reopen a letter."),
    "no_right_restore": QT_TRANSLATE_NOOP("Core", "Only an administrator can restore a backup."),
    "no_right_route": QT_TRANSLATE_NOOP("Core", "You may not send letters on."),
    "no_right_sign": QT_TRANSLATE_NOOP("Core", "You do not have signing rights (role 'head' or 'signer')."),
    "no_right_trust_ca": QT_TRANSLATE_NOOP(
        "Core",
        "Only an administrator can change the trusted certificate authorities.",
    ),
    "no_right_void": QT_TRANSLATE_NOOP("Core", "Only a clerk or the head of office can void a letter."),
    "no_signature_to_export": QT_TRANSLATE_NOOP("Core", "This letter has no signature to export."),
    "no_signature_to_print": QT_TRANSLATE_NOOP(
        "Core",
        "This letter has no signature with a verification code to print.",
    ),
    "no_signature_to_print_sign_first": QT_TRANSLATE_NOOP(
        "Core",
        "This letter has no signature with a verification code to print. Sign it first.",
    ),
    "nobody_to_take_from": QT_TRANSLATE_NOOP(
        "Core",
        "Nobody else holds this letter, or you may not take it from them.",
    ),
    "not_completed": QT_TRANSLATE_NOOP("Core", "This letter is not completed."),
    "not_holder": QT_TRANSLATE_NOOP("Core", "You do not hold this letter."),
    "not_holder_complete": QT_TRANSLATE_NOOP("Core", "You do not hold this letter, so you cannot complete it."),
    "not_holder_send_on": QT_TRANSLATE_NOOP("Core", "You do not hold this letter, so you cannot send it on."),
    "number_ambiguous": QT_TRANSLATE_NOOP(
        "Core",
        "Several letters have the number {number}; give --direction and --year.",
    ),
    "number_block_range": QT_TRANSLATE_NOOP("Core", "A number block needs 1 <= first <= last."),
    "number_not_found": QT_TRANSLATE_NOOP("Core", "No letter has the registry number {number}."),
    "ocr_missing": QT_TRANSLATE_NOOP(
        "Core",
        "The text reader (Tesseract) is not installed on this PC. Ask IT staff to install it.",
    ),
    "ocr_model_missing": QT_TRANSLATE_NOOP(
        "Core",
        "The text reader has no {models} model. Ask IT staff to install it.",
    ),
    "ocr_no_model": QT_TRANSLATE_NOOP(
        "Core",
        "The text reader has no Lao or English model. Ask IT staff to install it.",
    ),
    "office_already_set_up": QT_TRANSLATE_NOOP("Core", "This office is already set up."),
    "office_code_invalid": QT_TRANSLATE_NOOP("Core", "Enter the office abbreviation (up to 32 characters, no '/')."),
    "office_files_full": QT_TRANSLATE_NOOP(
        "Core",
        "This office has sent as many files to the server as it may keep there, so the new files were not sent. "
        "Nothing was lost: ask IT staff at the server to raise the office's limit; eOffice then sends them by itself.",
    ),
    "office_name_missing": QT_TRANSLATE_NOOP("Core", "Enter the office name in Lao."),
    "office_not_set_up": QT_TRANSLATE_NOOP("Core", "This office has not been set up yet."),
    "office_without_admin": QT_TRANSLATE_NOOP("Core", "This office has no administrator yet."),
    "only_incoming_sent_on": QT_TRANSLATE_NOOP("Core", "Only an incoming letter of this office can be sent on."),
    "org_merge_into_itself": QT_TRANSLATE_NOOP("Core", "An entry cannot be merged into itself."),
    "org_merged": QT_TRANSLATE_NOOP("Core", "This entry was merged into another one; change that one instead."),
    "org_name_missing": QT_TRANSLATE_NOOP("Core", "An organisation needs a name."),
    "org_not_merged": QT_TRANSLATE_NOOP("Core", "This entry is not merged into another."),
    "org_unknown": QT_TRANSLATE_NOOP("Core", "This address-book entry does not exist."),
    "package_file_missing": QT_TRANSLATE_NOOP("Core", "The file {file} is missing or damaged on this PC."),
    "package_no_manifest": QT_TRANSLATE_NOOP("Core", "{file} is not a signed package: manifest.json is missing."),
    "package_not_zip": QT_TRANSLATE_NOOP(
        "Core",
        "{file} is not a signed package: it is not a readable zip file. Ask the sender for the package again.",
    ),
    "passphrase_spaces": QT_TRANSLATE_NOOP("Core", "The passphrase must not start or end with a space."),
    "passphrase_too_short": QT_TRANSLATE_NOOP("Core", "The passphrase must have at least {count} characters."),
    "passphrase_wrong": QT_TRANSLATE_NOOP(
        "Core",
        "The passphrase is wrong. Check the keyboard language and Caps Lock.",
    ),
    "password_too_short": QT_TRANSLATE_NOOP("Core", "The password must have at least {count} characters."),
    "passwords_already_set": QT_TRANSLATE_NOOP(
        "Core",
        "Passwords are already set on this PC; sign in and use Users and departments.",
    ),
    "pdf_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "The PDF cannot be signed because it cannot be read: it may be damaged or locked with a password. Attach "
        "a new PDF of the letter (scanned or saved again) and sign that.",
    ),
    "print_file_missing": QT_TRANSLATE_NOOP(
        "Core",
        "The file {filename} is missing or damaged on this PC; it cannot be printed.",
    ),
    "print_pdf_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "The file {filename} cannot be read as a PDF, so it cannot be printed. It may be damaged on this PC: ask "
        "IT staff to run eoffice check.",
    ),
    "printing_stopped": QT_TRANSLATE_NOOP("Core", "Printing was stopped."),
    "recall_not_sender": QT_TRANSLATE_NOOP("Core", "You can only pull back a letter you sent."),
    "recall_too_late": QT_TRANSLATE_NOOP(
        "Core",
        "The receiver has already opened this letter; it can no longer be pulled back.",
    ),
    "receipt_not_from_office": QT_TRANSLATE_NOOP(
        "Core",
        "Receipts are sent only for letters that came from another office.",
    ),
    "receipt_status_unknown": QT_TRANSLATE_NOOP("Core", "Unknown receipt status {status}."),
    "return_already_registered": QT_TRANSLATE_NOOP(
        "Core", "This letter is already registered in this office, so it cannot be returned."
    ),
    "return_already_returned": QT_TRANSLATE_NOOP("Core", "This letter was already returned to its office."),
    "after_return_not_returned": QT_TRANSLATE_NOOP(
        "Core", "This letter was not returned to its office: register it from the Arrived list."
    ),
    "after_return_void": QT_TRANSLATE_NOOP(
        "Core", "The office that sent this letter has voided it, so it is not registered here. Ask that office."
    ),
    "after_return_sent_again": QT_TRANSLATE_NOOP(
        "Core",
        "The office that sent this letter sent it here again as {number}: register that one from the Arrived list.",
    ),
    "return_not_arrived": QT_TRANSLATE_NOOP("Core", "Only a letter another office sent here can be returned to it."),
    "return_reason_missing": QT_TRANSLATE_NOOP("Core", "Say why the letter goes back to its office."),
    "return_reason_too_long": QT_TRANSLATE_NOOP(
        "Core", "The reason is longer than {limit} characters; say it more briefly."
    ),
    "paper_name_missing": QT_TRANSLATE_NOOP("Core", "Write the name of who received the letter."),
    "paper_name_too_long": QT_TRANSLATE_NOOP(
        "Core", "The name is longer than {limit} characters; write it more briefly."
    ),
    "paper_number_too_long": QT_TRANSLATE_NOOP("Core", "Their number is longer than {limit} characters."),
    "paper_note_too_long": QT_TRANSLATE_NOOP(
        "Core", "The note is longer than {limit} characters; write it more briefly."
    ),
    "paper_not_own": QT_TRANSLATE_NOOP(
        "Core", "Only an outgoing letter of this office can have its delivery on paper recorded."
    ),
    "paper_void": QT_TRANSLATE_NOOP("Core", "This letter is void: no delivery is recorded."),
    "paper_not_recipient": QT_TRANSLATE_NOOP(
        "Core", "This office did not get the letter on paper, so no delivery on paper is recorded for it."
    ),
    "paper_before_registered": QT_TRANSLATE_NOOP(
        "Core", "The letter was registered on {registered}: it cannot have been delivered before that."
    ),
    "paper_in_future": QT_TRANSLATE_NOOP("Core", "The date of delivery is in the future."),
    "resend_no_recipients": QT_TRANSLATE_NOOP("Core", "Choose at least one office to send the letter to."),
    "resend_not_own": QT_TRANSLATE_NOOP(
        "Core", "Only an outgoing letter of this office can be sent again to another office."
    ),
    "resend_not_returned": QT_TRANSLATE_NOOP(
        "Core",
        "No office returned this letter, so it is not sent again. To write to another office, register a new "
        "outgoing letter.",
    ),
    "resend_to_returner": QT_TRANSLATE_NOOP(
        "Core", "{office} returned this letter, so it is not sent there again. Choose another office."
    ),
    "resend_void": QT_TRANSLATE_NOOP("Core", "This letter is void: it is not sent again."),
    "restored_enrol_again": QT_TRANSLATE_NOOP(
        "Core",
        "This PC was restored from a backup, and the server may already have given numbers to letters "
        "registered after that backup. Enrol this PC again and sync it before registering letters.",
    ),
    "revocation_reason_unknown": QT_TRANSLATE_NOOP("Core", "Unknown reason {reason}; use one of: {reasons}."),
    "roles_unknown": QT_TRANSLATE_NOOP("Core", "Choose roles among: {roles}."),
    "saved_route_name_missing": QT_TRANSLATE_NOOP("Core", "Give the saved route a name."),
    "saved_route_no_recipient": QT_TRANSLATE_NOOP("Core", "A saved route needs at least one recipient with an action."),
    "saved_search_name_missing": QT_TRANSLATE_NOOP("Core", "Give the saved search a name."),
    "saved_search_name_taken": QT_TRANSLATE_NOOP("Core", "You already have a saved search named {name}."),
    "saved_search_name_too_long": QT_TRANSLATE_NOOP(
        "Core",
        "The name of a saved search can have at most 200 characters.",
    ),
    "serial_unknown": QT_TRANSLATE_NOOP("Core", "This CA issued no certificate with serial {serial}."),
    "server_ca_damaged": QT_TRANSLATE_NOOP(
        "Core",
        "The server's CA certificate or revocation list is damaged; it was refused.",
    ),
    "server_tsa_refused": QT_TRANSLATE_NOOP(
        "Core",
        "The server's time-stamping certificate is damaged or not issued by its CA; it was refused.",
    ),
    "server_cert_not_ca": QT_TRANSLATE_NOOP(
        "Core",
        "The server sent a certificate that is not a CA certificate; it was refused.",
    ),
    "sharing_days_range": QT_TRANSLATE_NOOP("Core", "Choose between 1 and 60 working days."),
    "sharing_not_allowed": QT_TRANSLATE_NOOP(
        "Core",
        "Only an administrator or the head of office can change what the office shares.",
    ),
    "sheet_missing": QT_TRANSLATE_NOOP("Core", "The spreadsheet has no sheet '{sheet}' (it has: {sheets})."),
    "sign_in_wrong": QT_TRANSLATE_NOOP("Core", "The user name or the password is wrong."),
    "signing_file_missing": QT_TRANSLATE_NOOP(
        "Core",
        "The file {file} is missing or damaged on this PC; it cannot be signed.",
    ),
    "signing_order": QT_TRANSLATE_NOOP("Core", "A '{role}' signature cannot come after a '{previous}' signature."),
    "signing_role_unknown": QT_TRANSLATE_NOOP("Core", "Unknown signing role {role}; use one of {roles}."),
    "sort_unknown": QT_TRANSLATE_NOOP("Core", "Unknown sort {sort}; choose one of {sorts}."),
    "spreadsheet_unreadable": QT_TRANSLATE_NOOP(
        "Core",
        "The spreadsheet cannot be read: it may be damaged, or locked with a password. Open it in Excel, save it "
        "again as .xlsx, then try again.",
    ),
    "template_invalid": QT_TRANSLATE_NOOP(
        "Core",
        "The number template {template} is not valid. Choose one of the registry number styles in Settings.",
    ),
    "template_needs_seq": QT_TRANSLATE_NOOP("Core", "The number template must contain {seq}."),
    "template_parts_unknown": QT_TRANSLATE_NOOP("Core", "Unknown parts in the number template: {parts}."),
    "too_many_certificates": QT_TRANSLATE_NOOP(
        "Core",
        "This official, or this office, has had as many certificates as the server gives in one day. Ask again "
        "tomorrow.",
    ),
    "too_many_held": QT_TRANSLATE_NOOP(
        "Core",
        "The server holds as many changes of this PC waiting for earlier ones as it allows, so the new changes were "
        "not sent. Nothing was lost: ask IT staff to check this PC.",
    ),
    "too_many_series": QT_TRANSLATE_NOOP(
        "Core",
        "This office has as many registry number series on the server as it may have, so no new series was started. "
        "Nothing was lost: ask IT staff to check the number template in Settings.",
    ),
    "too_many_tries": QT_TRANSLATE_NOOP("Core", "Too many wrong passwords. Wait {seconds} seconds and try again."),
    "too_many_uploads": QT_TRANSLATE_NOOP(
        "Core",
        "The server holds as many unfinished file uploads from this office as it allows, so this file was not sent. "
        "Nothing was lost: eOffice sends it again by itself later; if this goes on, ask IT staff.",
    ),
    "update_stopped": QT_TRANSLATE_NOOP(
        "Core",
        "The update of the office's data was stopped. Nothing was changed. Start eOffice again when you have time "
        "for it.",
    ),
    "user_name_missing": QT_TRANSLATE_NOOP("Core", "Enter the user name and the full name."),
    "user_unknown": QT_TRANSLATE_NOOP("Core", "This user does not exist."),
    "username_taken": QT_TRANSLATE_NOOP("Core", "The user name {username} is already taken."),
    "value_unchanged": QT_TRANSLATE_NOOP("Core", "The new value is the same as the old one."),
    "vcode_length": QT_TRANSLATE_NOOP(
        "Core",
        "A verification code has 16 letters and digits, like ABCDE-12345-FGHJK-7.",
    ),
    "vcode_mistyped": QT_TRANSLATE_NOOP(
        "Core",
        "This verification code is mistyped: its last character does not match. Check it again.",
    ),
}


def text(exc: BaseException) -> str:
    """The user's language version of a core refusal (every field of a refused form on its own line); a refusal whose
    code is not in the table, and any other error, keeps its English."""
    if isinstance(exc, FormInvalid):
        return "\n".join(labels.error(e.code, e.message) for e in exc.errors)
    worded = coded(exc)
    return str(exc) if worded is None else worded


def unreadable(exc: BaseException) -> str:
    """What a window says when what it shows could not be read: the refusal's sentence, or, for any other error (its
    details go to the log), that the office's records could not be read and what to do."""
    if isinstance(exc, Refusal):
        return text(exc)
    return QCoreApplication.translate(
        "Core",
        "The office's records could not be read, so nothing can be done in this window now. Close it and try "
        "again; if it happens again, ask IT staff.",
    )


def refused_or(
    exc: BaseException, what: str, sentence: str, *, refused: str = "{error}", drive: str | None = None
) -> str:
    """A refusal's own sentence (as {error} in `refused`, when the window puts words of its own around it); for any
    other failure, `sentence` (the window's own words for it), its reason going to the log under `what`. With `drive`,
    a drive's error is told as `drive` with the drive's words for it as {reason} (ui/drive_words.py)."""
    if isinstance(exc, Refusal):
        return refused.format(error=text(exc))
    log_failure(what, exc)
    if drive is not None and isinstance(exc, OSError):
        return drive.format(reason=file_error(exc))
    return sentence


def not_done(exc: BaseException) -> str:
    """What a window says when a change, or a file it writes, failed: the refusal's sentence; a drive's error in its
    words (ui/drive_words.py); any other error (its reason goes to the log), that nothing was lost and what to do."""
    return refused_or(
        exc,
        "not done",
        QCoreApplication.translate(
            "Core",
            "This was not done because of a problem on this PC, and nothing was lost. Try again; if it happens "
            "again, ask IT staff.",
        ),
        drive="{reason}",
    )


def coded(exc: BaseException) -> str | None:
    """The translated sentence for the refusal's code, or None when the table does not know the code."""
    if not isinstance(exc, Refusal) or exc.code not in SENTENCES:
        return None
    sentence = QCoreApplication.translate("Core", SENTENCES[exc.code])
    if not exc.params:
        return sentence
    said = {name for _, name, _, _ in string.Formatter().parse(SENTENCES[exc.code]) if name}
    left_out = {name: value for name, value in exc.params.items() if name not in said}
    if left_out:  # the system's own words, for IT staff (not the file's name: it may say what the letter is about)
        log.info("refused (%s): %s", exc.code, left_out)
    try:
        return sentence.format(**exc.params)
    except (KeyError, IndexError, ValueError):  # a translation whose {values} do not match: the English is right
        return str(exc)
