"""Fixtures for signature tests: a real offline CA on disk and officials with real encrypted keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.certificates import Person, make_request
from eoffice_shared.signing.keys import Identity, KeyStore

CA_PASS = "ca passphrase 2026"
USER_PASS = "my signing passphrase"


@dataclass
class Pki:
    ca: OfflineCA
    keys: KeyStore
    tmp: Path

    def official(self, user_id: str, name: str = "ທ່ານ ບຸນມີ ສີສຸວັນ", title: str = "ຫົວໜ້າກົມ", **issue: object) -> Identity:
        identity = self.keys.create(user_id, USER_PASS)
        request = make_request(identity.key, Person(name=name, title=title, office="ກະຊວງ ທົດລອງ", user_id=user_id))
        cert = self.ca.issue(request, CA_PASS, **issue)  # type: ignore[arg-type]
        return self.keys.install_certificate(user_id, USER_PASS, cert, [self.ca.certificate])

    def trust(self) -> TrustStore:
        return TrustStore([self.ca.certificate], [self.ca.crl()])

    def ca_file(self) -> Path:
        """The CA certificate and its CRL in one PEM file, as `openssl cms -verify -CAfile` takes them."""
        path = self.tmp / "trust.pem"
        path.write_bytes((self.ca.folder / "ca.pem").read_bytes() + (self.ca.folder / "crl.pem").read_bytes())
        return path


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    # The CA started a year ago, so a certificate that expired last month is a real case.
    since = datetime.now(UTC) - timedelta(days=365)
    ca = OfflineCA.init(tmp_path / "ca", "Test Ministry CA", CA_PASS, office="ກະຊວງ ທົດລອງ", valid_from=since)
    return Pki(ca, KeyStore(tmp_path / "keys"), tmp_path)


@pytest.fixture
def other_pki(tmp_path: Path) -> Callable[[], Pki]:
    def make() -> Pki:
        root = tmp_path / "other"
        return Pki(OfflineCA.init(root / "ca", "Unknown CA", CA_PASS), KeyStore(root / "keys"), root)

    return make
