"""Registers letters one transaction at a time, every third with a scan, and prints each one after its commit
returned (id, registry number, attachments), until it is killed."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter


def main(root: str) -> None:
    store = open_store(Path(root))
    actor = (
        store.admin_actor()
        if store.is_set_up()
        else setup_office(store, "ທດລ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    )
    scratch = Path(root).parent / f"scan-{Path(root).name}.pdf"
    n = 0
    while True:
        n += 1
        form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject=f"ໜັງສືທົດລອງ {n}")
        if n % 3 == 0:
            scratch.write_bytes(demo_pdf(f"power cut {n} {id(form)}"))
            form.attachments = [scratch]
        result = register_letter(store, actor, form)
        print(f"{result.letter_id} {result.registry_number} {len(form.attachments)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
