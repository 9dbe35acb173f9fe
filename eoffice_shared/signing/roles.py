"""The roles a signature of a letter can have, in signing order, and the Lao words printed for them (on a signed PDF
and on the server's public check page)."""

from __future__ import annotations

ROLES = ("prepared", "approved", "signed")
ROLE_WORDS = {"prepared": "ຜູ້ກະກຽມ", "approved": "ຜູ້ຮັບຮອງ", "signed": "ຜູ້ລົງນາມ"}
