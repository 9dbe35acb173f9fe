"""Makes the old data folders the migration tests open: each one by the released code of the commit that added one of
the migration heads merged in 0006_one_head (and one older schema), checked out from this repository's history.

Run from the repository root when a new head is merged: `python -m tests.migrations.make_old_offices [NAME ...]`.
Each office is the demo office of that code (letters with scans, and routing and signatures where the code had them)
with a few facts about it in `offices.json`, read before any migration, for the tests to compare with.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FOLDER = HERE / "old_offices"

# head revision -> the commit that added it (`git log -- eoffice_desktop/migrations/versions/<file>`)
HEADS = {
    "0002_signatures": "a2ac6d1",
    "0002_search": "5a72d61",
    "0004_directory": "f0b83a4",
    "0004_addressbook": "d929897",
    "0004_journey": "137faf3",
    "0005_ocr_text": "f6bda33",
    # Not a head: 0003_sync as first released, before it dropped the unique registry number (0008_number_not_unique)
    "0003_sync_first": "22ea99a",
}

# The demo of the signatures commit signed nothing: sign one outgoing letter the way that code's own tests did.
SIGN_ONE = """
import sys
from pathlib import Path
from sqlalchemy import select
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.signing.ca import OfflineCA
from eoffice_desktop.core.signing.certificates import Person, make_request
from eoffice_desktop.core.signing.keys import KeyStore, default_key_folder
from eoffice_desktop.core.signing.ledger import add_trust_items
from eoffice_desktop.core.signing.letters import sign_letter
from eoffice_desktop.core.signing.trust import TrustStore

store = open_store(Path(sys.argv[1]))
with store.db.session() as s:  # not admin_actor(): that code's nested sessions waited on each other here
    admin_id = s.scalars(select(User.id).where(User.roles.contains("admin")).order_by(User.username)).one()
admin = store.actor(admin_id)
ca = OfflineCA.init(store.data_dir.root / "demo-ca", "eOffice Demo CA (not for real letters)", "eoffice-demo-ca")
with store.db.session() as s, s.begin():
    add_trust_items(s, store.log, admin, TrustStore([ca.certificate], [ca.crl()]))
    signer_id = "usr_" + uuid7()
    store.log.append(s, admin, "user.created", {"user_id": signer_id, "username": "signer",
                     "display_name": "ທ່ານ ນາງ ວັນນາ ສີສຸວັນ", "title": "ຫົວໜ້າຫ້ອງການ", "roles": ["signer"]})
    letter_id = s.scalars(select(Letter.id).where(Letter.direction == "out").order_by(Letter.registered_at)).first()
keys = KeyStore(default_key_folder(store.data_dir.root))
identity = keys.create(signer_id, "eoffice-demo-key")
cert = ca.issue(make_request(identity.key, Person("ທ່ານ ນາງ ວັນນາ ສີສຸວັນ", "ຫົວໜ້າຫ້ອງການ", "demo", user_id=signer_id)),
                "eoffice-demo-ca")
identity = keys.install_certificate(signer_id, "eoffice-demo-key", cert, [ca.certificate])
sign_letter(store, Actor(signer_id, admin.office_id, admin.device_id), letter_id, identity)
store.close()
"""


def _facts(database: Path) -> dict[str, object]:
    conn = sqlite3.connect(database)
    try:

        def count(table: str) -> int:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is None:
                return 0
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        letters = conn.execute("SELECT id, registry_number, subject FROM letters ORDER BY id").fetchall()
        return {
            "revisions": sorted(row[0] for row in conn.execute("SELECT version_num FROM alembic_version")),
            "letters": [list(row) for row in letters],
            "events": count("events"),
            "attachments": count("attachments"),
            "routing_steps": count("routing_steps"),
            "signatures": count("signatures"),
        }
    finally:
        conn.close()


def make_office(head: str, commit: str, scratch: Path) -> dict[str, object]:
    tree = scratch / commit
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
    try:
        office = scratch / f"office-{head}"
        env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
        demo = ["demo", "--data-dir", str(office), "--letters", "12", "--attachments", "0.25", "--seed", "7"]
        subprocess.run([sys.executable, "-m", "eoffice_desktop", *demo], cwd=tree, env=env, check=True)
        if head == "0002_signatures":
            subprocess.run([sys.executable, "-c", SIGN_ONE, str(office)], cwd=tree, env=env, check=True)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    FOLDER.mkdir(exist_ok=True)
    with zipfile.ZipFile(FOLDER / f"{head}.zip", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(office.rglob("*")):
            if path.is_file() and path.name != "eoffice.lock":
                archive.write(path, path.relative_to(office).as_posix())
    return {"commit": commit, **_facts(office / "eoffice.sqlite")}


def main(only: list[str]) -> int:
    """All offices, or those named (keeping the facts of the others)."""
    path = FOLDER / "offices.json"
    facts = json.loads(path.read_text(encoding="utf-8")) if only and path.exists() else {}
    with tempfile.TemporaryDirectory() as scratch:
        for head, commit in HEADS.items():
            if not only or head in only:
                facts[head] = make_office(head, commit, Path(scratch))
    path.write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
