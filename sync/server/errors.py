"""Refusals of the server: one JSON shape (ErrorBody) with a plain reason in English and Lao."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from fastapi.responses import JSONResponse

from sync.protocol.messages import ErrorBody
from sync.server.database import disk_failed

log = logging.getLogger("eoffice.server")

MESSAGES_LO = {
    "unauthorized": "ບໍ່ໄດ້ລົງທະບຽນຄອມພິວເຕີນີ້. ກະລຸນາໃຫ້ພະນັກງານໄອທີລົງທະບຽນໃໝ່.",
    "device_revoked": "ເຊີບເວີປະຕິເສດຄອມພິວເຕີນີ້. ກະລຸນາໃຫ້ພະນັກງານໄອທີລົງທະບຽນໃໝ່.",
    "invalid_request": "ຄຳຮ້ອງບໍ່ຖືກຕ້ອງ.",
    "too_large": "ຂໍ້ມູນໃຫຍ່ເກີນໄປ.",
    "not_found": "ບໍ່ພົບ.",
    "enrolment_refused": "ລະຫັດລົງທະບຽນບໍ່ຖືກຕ້ອງ ຫຼື ໝົດອາຍຸ.",
    "enrolment_throttled": "ມີການລອງລົງທະບຽນທີ່ບໍ່ສຳເລັດຫຼາຍເກີນໄປ. ກະລຸນາລໍຖ້າ 15 ນາທີ ແລ້ວລອງໃໝ່ ດ້ວຍລະຫັດທີ່ກວດກັບພະນັກງານໄອທີແລ້ວ.",
    "office_id_taken": "ລະຫັດຫ້ອງການຂອງຄອມພິວເຕີນີ້ ຖືກໃຊ້ໂດຍຫ້ອງການອື່ນແລ້ວ. ກະລຸນາຕັ້ງຄອມພິວເຕີນີ້ໃໝ່ ດ້ວຍໂຟນເດີຂໍ້ມູນໃໝ່.",
    "blob_refused": "ໄຟລ໌ບໍ່ຖືກຕ້ອງ; ກະລຸນາສົ່ງໃໝ່.",
    "server_error": "ເຊີບເວີມີບັນຫາ; ຈະລອງໃໝ່ພາຍຫຼັງ.",
    "bad_range": "ຂອບເຂດບໍ່ຖືກຕ້ອງ.",
    "no_ca": "ເຊີບເວີນີ້ບໍ່ໄດ້ອອກໃບຢັ້ງຢືນ; ກະລຸນາຖາມພະນັກງານໄອທີ.",
    "certificate_refused": "ບໍ່ສາມາດອອກໃບຢັ້ງຢືນໃຫ້ຄຳຮ້ອງນີ້ໄດ້.",
    "metrics_refused": "ຕົວເລກສະຖິຕິຂອງເຊີບເວີ ອ່ານໄດ້ສະເພາະຈາກເຄື່ອງ ຫຼື ເຄືອຂ່າຍຂອງເຊີບເວີ ຫຼື ດ້ວຍລະຫັດຂອງຜູ້ດູແລເທົ່ານັ້ນ.",
    "protocol_unsupported": (
        "eOffice ໃນຄອມພິວເຕີນີ້ ແລະ ເຊີບເວີ ເປັນຄົນລະລຸ້ນກັນ. ກະລຸນາອັບເດດ eOffice ໃນຄອມພິວເຕີນີ້ ຫຼື ໃຫ້ພະນັກງານໄອທີອັບເດດເຊີບເວີ."
    ),
    "bundle_refused": "ເຊີບເວີບໍ່ຮັບໄຟລ໌ USB ນີ້ (ຄອມພິວເຕີທີ່ສ້າງບໍ່ໄດ້ລົງທະບຽນ ຫຼື ເປັນຂອງຫ້ອງການອື່ນ).",
    "bundle_older": "ເຊີບເວີບໍ່ຮັບໄຟລ໌ USB ນີ້: ມັນເກົ່າກວ່າໄຟລ໌ຂອງຄອມພິວເຕີເຄື່ອງດຽວກັນ ທີ່ເຊີບເວີໄດ້ຮັບແລ້ວ ເຊິ່ງມີທຸກຢ່າງທີ່ໄຟລ໌ນີ້ມີ. ບໍ່ໄດ້ຮັບຫຍັງ.",
    "too_many_uploads": (
        "ເຊີບເວີມີໄຟລ໌ທີ່ສົ່ງບໍ່ແລ້ວຂອງຫ້ອງການນີ້ ຄົບຈຳນວນທີ່ອະນຸຍາດແລ້ວ ສະນັ້ນໄຟລ໌ນີ້ບໍ່ໄດ້ຖືກສົ່ງ. "
        "ບໍ່ມີຫຍັງເສຍ: eOffice ຈະສົ່ງໃໝ່ເອງພາຍຫຼັງ; ຖ້າຍັງເປັນແບບນີ້ ກະລຸນາຖາມພະນັກງານໄອທີ."
    ),
    "office_files_full": (
        "ຫ້ອງການນີ້ໄດ້ສົ່ງໄຟລ໌ໄປເຊີບເວີ ຄົບຕາມຂອບເຂດທີ່ເຊີບເວີເກັບໃຫ້ແລ້ວ ສະນັ້ນໄຟລ໌ໃໝ່ບໍ່ໄດ້ຖືກສົ່ງ. "
        "ບໍ່ມີຫຍັງເສຍ: ກະລຸນາໃຫ້ພະນັກງານໄອທີຂອງເຊີບເວີ ເພີ່ມຂອບເຂດຂອງຫ້ອງການນີ້; ຈາກນັ້ນ eOffice ຈະສົ່ງເອງ."
    ),
    "too_many_held": (
        "ເຊີບເວີມີການປ່ຽນແປງຂອງຄອມພິວເຕີນີ້ ທີ່ລໍຖ້າການປ່ຽນແປງກ່ອນໜ້າ ຄົບຈຳນວນທີ່ອະນຸຍາດແລ້ວ ສະນັ້ນການປ່ຽນແປງໃໝ່ບໍ່ໄດ້ຖືກສົ່ງ. "
        "ບໍ່ມີຫຍັງເສຍ: ກະລຸນາໃຫ້ພະນັກງານໄອທີກວດຄອມພິວເຕີນີ້."
    ),
    "too_many_series": (
        "ຫ້ອງການນີ້ມີຊຸດເລກທີໜັງສືຢູ່ເຊີບເວີ ຄົບຈຳນວນທີ່ອະນຸຍາດແລ້ວ ສະນັ້ນບໍ່ໄດ້ເລີ່ມຊຸດເລກໃໝ່. "
        "ບໍ່ມີຫຍັງເສຍ: ກະລຸນາໃຫ້ພະນັກງານໄອທີກວດຮູບແບບເລກທີ ໃນການຕັ້ງຄ່າ."
    ),
    "server_storage": (
        "ດິສກ໌ຂອງເຊີບເວີເຕັມ ຫຼື ມີບັນຫາ ສະນັ້ນໄຟລ໌ນີ້ບໍ່ໄດ້ຖືກອ່ານເຂົ້າ (ຫຼື ໄຟລ໌ສົ່ງກັບບໍ່ໄດ້ຖືກຂຽນ); "
        "ກະລຸນາສົ່ງໃໝ່ ເມື່ອພະນັກງານໄອທີຂອງເຊີບເວີ ໄດ້ເຮັດໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ແປງດິສກ໌ແລ້ວ (ບໍ່ມີຫຍັງຖືກເກັບຊ້ຳ)."
    ),
}


STORAGE = "server_storage"  # the server's disk refused what was sent (full, or failing): nothing of it was kept
UPLOAD_NOT_STORED = "upload_not_stored"  # (its reason for a file sent online, in chunks: the PC sends it again)
NOT_STORED = "not_stored"  # (its reason for any other request the database's disk did not take: asked again)

# The reasons within a code (ErrorBody.reason) that have words of their own.
REASONS_LO = {
    "enrolment_code_invalid": MESSAGES_LO["enrolment_refused"],
    "pc_holds_other_office": "ຄອມພິວເຕີນີ້ມີໜັງສືຂອງຫ້ອງການອື່ນຢູ່ແລ້ວ; ບໍ່ສາມາດເຂົ້າຮ່ວມຫ້ອງການນີ້ໄດ້.",
    "pc_already_enrolled": "ຄອມພິວເຕີນີ້ລົງທະບຽນແລ້ວ (ຫຼື ຖືກຖອນອອກ). ກະລຸນາໃຊ້ໂຟນເດີຂໍ້ມູນໃໝ່ ແລ້ວລົງທະບຽນອີກຄັ້ງ.",
    "replaced_pc_not_of_office": "ຄອມພິວເຕີທີ່ເຄື່ອງນີ້ແທນ ບໍ່ແມ່ນຂອງຫ້ອງການນີ້. ບໍ່ໄດ້ລົງທະບຽນຫຍັງ.",
    "replaced_pc_taken_over": "ມີຄອມພິວເຕີອື່ນຮັບວຽກຂອງເຄື່ອງນີ້ໄປແລ້ວ. ບໍ່ໄດ້ລົງທະບຽນຫຍັງ.",
    "too_many_certificates": "ເຊີບເວີອອກໃບຢັ້ງຢືນໃຫ້ພະນັກງານຄົນນີ້ (ຫຼື ຫ້ອງການນີ້) ຄົບຈຳນວນຂອງມື້ນີ້ແລ້ວ. ກະລຸນາຂໍໃໝ່ມື້ອື່ນ.",
    "upload_being_completed": "ຄອມພິວເຕີອີກເຄື່ອງຂອງຫ້ອງການນີ້ ກຳລັງສົ່ງໄຟລ໌ນີ້ໃຫ້ສຳເລັດຢູ່; ຈະກວດອີກຄັ້ງໃນການຊິ້ງຄັ້ງຕໍ່ໄປ.",
    UPLOAD_NOT_STORED: (
        "ດິສກ໌ຂອງເຊີບເວີເຕັມ ຫຼື ມີບັນຫາ ສະນັ້ນໄຟລ໌ນີ້ບໍ່ໄດ້ຖືກເກັບ; eOffice ຈະສົ່ງໃໝ່ເອງໃນການຊິ້ງຄັ້ງຕໍ່ໄປ "
        "ເມື່ອພະນັກງານໄອທີຂອງເຊີບເວີ ໄດ້ເຮັດໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ແປງດິສກ໌ແລ້ວ."
    ),
    NOT_STORED: (
        "ດິສກ໌ຂອງຖານຂໍ້ມູນເຊີບເວີເຕັມ ຫຼື ມີບັນຫາ ສະນັ້ນສິ່ງທີ່ສົ່ງມາບໍ່ໄດ້ຖືກເກັບ (ບໍ່ມີຫຍັງຖືກເກັບໄວ້ເຄິ່ງໆ); eOffice ຈະສົ່ງໃໝ່ເອງ"
        "ໃນການຊິ້ງຄັ້ງຕໍ່ໄປ ເມື່ອພະນັກງານໄອທີຂອງເຊີບເວີ ໄດ້ເຮັດໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ແປງດິສກ໌ແລ້ວ."
    ),
    "not_a_member": "ເຊີບເວີຍັງບໍ່ຮູ້ຈັກທ່ານເປັນພະນັກງານຂອງຫ້ອງການນີ້. ກະລຸນາຊິ້ງຂໍ້ມູນກ່ອນ ແລ້ວລອງໃໝ່.",
}


class ProtocolError(Exception):
    """`after`: seconds the client should wait before asking again (a Retry-After header), 0 for none; `reason`: why,
    within the code, for the PC's own words."""

    def __init__(
        self, status: int, code: str, message: str, retry: bool = False, after: int = 0, reason: str = ""
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.retry = status, code, message, retry
        self.after, self.reason = after, reason


def storage_refusal(exc: BaseException, method: str, path: str) -> ProtocolError | None:
    """The refusal of a request whose writes the server's database did not take because its disk is full or failing
    (SQLite's SQLITE_FULL or an I/O error, PostgreSQL's disk_full or io_error), with the cause in the server's log;
    None for any other error. The request's transaction was rolled back: nothing of it is stored, and asked again
    once there is room it is answered as if it came then (every write the PCs send is idempotent)."""
    if not disk_failed(exc):
        return None
    cause = getattr(exc, "orig", exc)  # (the database's words, not its SQL)
    log.error(
        "%s %s not stored: the server's database disk failed (%s)",
        method,
        path,
        cause,
        extra={"fields": {"code": getattr(cause, "sqlstate", None) or getattr(cause, "sqlite_errorname", None)}},
    )
    return ProtocolError(
        507,
        STORAGE,
        "The server's database disk is full or failing, so nothing of this request was stored; the PC sends it again "
        "at a later sync, once IT staff at the server have freed space or repaired the disk.",
        retry=True,
        reason=NOT_STORED,
    )


def refusal_response(exc: ProtocolError) -> JSONResponse:
    """The JSON answer of a refusal (with its Retry-After, when it has one)."""
    later = {"Retry-After": str(exc.after)} if exc.after else None
    return error_response(exc.status, exc.code, exc.message, exc.retry, later, reason=exc.reason)


def error_response(
    status: int,
    code: str,
    message: str,
    retry: bool = False,
    headers: Mapping[str, str] | None = None,
    reason: str = "",
) -> JSONResponse:
    lao = REASONS_LO.get(reason) or MESSAGES_LO.get(code, MESSAGES_LO["invalid_request"])
    body = ErrorBody(code=code, message_en=message, message_lo=lao, retry=retry, reason=reason)
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)
