"""`eoffice demo`: a demo office with realistic Lao and English letters, registered through the real services."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.addresses.directory import directory_version
from eoffice_desktop.core.addresses.directory_match import link_sure_entries
from eoffice_desktop.core.demo import DemoRefused
from eoffice_desktop.core.demo.data import (
    DEMO_OFFICE,
    ENGLISH_SUBJECTS,
    KEYWORDS,
    LAO_SUBJECTS,
    ORGANISATIONS,
    SIGNATORIES,
    SUMMARIES_LO,
)
from eoffice_desktop.core.demo.directory import load_demo_directory
from eoffice_desktop.core.demo.files import demo_pdf, demo_png
from eoffice_desktop.core.demo.routing import ensure_people, route_recent
from eoffice_desktop.core.demo.signatures import add_demo_signatures
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import DEMO_MARK, OfficeStore, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import DirectoryOffice, Letter, Organisation
from eoffice_desktop.core.storage.settings import set_setting

DEMO_ADMIN = ("admin", "ທ່ານ ສົມສັກ ພົມມະຈັນ", "eoffice-demo")
BATCH = 500


def ensure_demo_office(store: OfficeStore) -> Actor:
    """The demo office's administrator; a folder holding a real office is refused (fake letters, users and the demo
    CA, whose passphrase is public, must never reach a real office's PCs)."""
    if store.is_set_up():
        if not store.is_demo():
            raise DemoRefused(
                "This data folder holds a real office; the demo only fills a new folder or a demo office. "
                "Give another folder with --data-dir.",
                code="demo_folder_real",
            )
        return store.admin_actor()
    username, name, password = DEMO_ADMIN
    actor = setup_office(
        store, DEMO_OFFICE["code"], DEMO_OFFICE["name_lo"], DEMO_OFFICE["name_en"], username, name, password
    )
    with store.db.write() as s:
        set_setting(s, DEMO_MARK, "yes")
    return actor


def _address_book(store: OfficeStore, actor: Actor) -> list[str]:
    with store.db.write() as s:
        for name_lo, name_en, abbr, kind, province in ORGANISATIONS:
            add_organisation(s, store.log, actor, EntryFields(name_lo, name_en, abbr, kind, province))
        return list(s.scalars(select(Organisation.id).order_by(Organisation.name_lo)))


def _subject(rng: random.Random, year: int) -> tuple[str, str]:
    subject, doc_type = rng.choice(ENGLISH_SUBJECTS if rng.random() < 0.2 else LAO_SUBJECTS)
    return subject.format(year=year), doc_type


def make_form(rng: random.Random, org_ids: list[str], day: date, direction: str, serial: int) -> LetterForm:
    subject, doc_type = _subject(rng, day.year)
    urgency = rng.choices(["normal", "urgent", "very_urgent"], [80, 15, 5])[0]
    form = LetterForm(
        direction=direction,
        register_date=day,
        subject=subject,
        summary=rng.choice(SUMMARIES_LO) if rng.random() < 0.7 else "",
        doc_type=doc_type,
        urgency=urgency,
        confidentiality=rng.choices(["normal", "confidential", "secret"], [90, 8, 2])[0],
        keywords=", ".join(rng.sample(KEYWORDS, 2)),
        pages=rng.randint(1, 12),
    )
    if direction == "in":
        sender = rng.choice(org_ids)
        form.sender_org_id = sender
        form.sender_ref = f"{rng.randint(1, 2500):04d}/{serial % 97:02d}"
        form.letter_date = day - timedelta(days=rng.randint(0, 6))
        form.delivery_mode = rng.choices(["hand", "post", "email"], [60, 25, 15])[0]
        form.reply_due = day + timedelta(days={"normal": 30, "urgent": 8, "very_urgent": 4}[urgency])
    else:
        form.recipients = rng.sample(org_ids, rng.choice([1, 1, 1, 2, 3]))
        form.signatory = rng.choice(SIGNATORIES)
        form.letter_date = day
    return form


def generate_demo(
    store: OfficeStore,
    letters: int,
    seed: int = 7,
    attachment_share: float = 0.25,
    days: int = 730,
    routed: int = 120,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add `letters` letters spread over the last `days` days, in date order, and move the latest `routed`
    incoming ones through the office; returns how many letters were added."""
    admin = ensure_demo_office(store)
    with store.db.write() as s:
        if directory_version(s) == 0 and not s.scalar(select(func.count()).select_from(DirectoryOffice)):
            load_demo_directory(s)
    org_ids = _address_book(store, admin)
    link_sure_entries(store, admin)  # the address book's ministries and provinces stand for directory offices
    people = ensure_people(store, admin)
    actor = people["clerk"]  # letters are registered by the office's clerk, as in a real office
    rng = random.Random(seed)
    today = date.today()
    start = today - timedelta(days=days)
    dates = sorted(start + timedelta(days=rng.randint(0, days)) for _ in range(letters))
    done = 0
    with tempfile.TemporaryDirectory(prefix="eoffice-demo-") as tmp:
        scratch = Path(tmp)
        while done < letters:
            with store.db.write() as s:
                recent_incoming: list[str] = list(
                    s.scalars(
                        select(Letter.id)
                        .where(Letter.direction == "in")
                        .order_by(Letter.registered_at.desc())
                        .limit(20)
                    )
                )
                for index in range(done, min(done + BATCH, letters)):
                    day = dates[index]
                    direction = "in" if rng.random() < 0.6 else "out"
                    form = make_form(rng, org_ids, day, direction, index)
                    if direction == "out" and recent_incoming and rng.random() < 0.3:
                        form.in_reply_to = rng.choice(recent_incoming)
                    if rng.random() < attachment_share:
                        form.attachments = _files(scratch, index, rng)
                    result = register_letter(store, actor, form, today=day, session=s)
                    if direction == "in":
                        recent_incoming.append(result.letter_id)
                done = min(done + BATCH, letters)
            if progress is not None:
                progress(done, letters)
    route_recent(store, people, min(routed, letters), seed=seed)
    add_demo_signatures(store, admin)  # a demo CA and a few signed letters, so signatures can be seen
    return done


def _files(scratch: Path, index: int, rng: random.Random) -> list[Path]:
    if rng.random() < 0.6:
        path = scratch / f"letter-{index}.pdf"
        path.write_bytes(demo_pdf(f"Scanned letter no. {index} - eOffice demo"))
    else:
        path = scratch / f"scan-{index}.png"
        path.write_bytes(demo_png(index))
    return [path]
