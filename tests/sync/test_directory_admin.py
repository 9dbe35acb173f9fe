"""The e-Government Center's IT staff keep the national directory with `eoffice-server admin`, on SQLite and
PostgreSQL: the first version from a CSV file, then renames, moves, merges and closures with their history; bad
input gets a clear message and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sync.server.api_directory import delta
from sync.server.cli import main as server_cli
from sync.server.database import ServerDatabase
from sync.server.directory import current_version, directory_recipients, resolve
from sync.server.models import Holiday, OfficeHistory, ServerOffice
from tests.sync.conftest import _drop_postgres, _postgres_database

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "directory" / "offices-sample.csv"
HOLIDAYS = Path(__file__).resolve().parents[2] / "resources" / "directory" / "holidays-2026.csv"
HEADER = "code,name_lo,name_en,kind,province,parent\n"


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite'}"
        return
    found, name = _postgres_database()
    yield found
    _drop_postgres(name)


def admin(url: str, tmp_path: Path, *args: str) -> int:
    return server_cli(["--data-dir", str(tmp_path / "srv"), "--database", url, "admin", *args])


def state(url: str) -> tuple[int, int, int]:
    """(offices, history rows, directory version)."""
    database = ServerDatabase(url)
    try:
        with database.read() as s:
            offices = s.scalar(select(func.count()).select_from(ServerOffice)) or 0
            history = s.scalar(select(func.count()).select_from(OfficeHistory)) or 0
            return offices, history, current_version(s)
    finally:
        database.dispose()


def office(url: str, code: str) -> ServerOffice:
    database = ServerDatabase(url)
    try:
        with database.read() as s:
            found = s.scalar(select(ServerOffice).where(ServerOffice.code == code))
            assert found is not None
            s.expunge(found)
            return found
    finally:
        database.dispose()


def test_the_first_version_comes_from_the_sample_csv_and_is_kept_with_history(url, tmp_path, capsys):
    assert admin(url, tmp_path, "directory-import", str(SAMPLE)) == 0
    assert "55 offices imported; directory version 1" in capsys.readouterr().out
    assert state(url) == (55, 55, 1)  # one version for the whole file: PCs fetch it in one sync
    luang_prabang = office(url, "ຫລພ")
    education = office(url, "ສສກ.ຫລພ")
    village = office(url, "ມ.ຫລພ.ວສ")
    assert (luang_prabang.kind, luang_prabang.province) == ("province", luang_prabang.id)
    assert (education.parent_id, education.province) == (luang_prabang.id, luang_prabang.id)
    assert village.province == luang_prabang.id  # from its district, which lies in the province
    assert office(url, "ກງ").province == ""  # a ministry is national

    assert (
        admin(url, tmp_path, "office-rename", "ສສກ.ຫລພ", "--name-lo", "ພະແນກສຶກສາ ແລະ ກິລາ", "--new-code", "ສກ.ຫລພ") == 0
    )
    assert admin(url, tmp_path, "office-move", "ຊສຖ.ພຕ", "--parent", "ຈທບ") == 0
    assert admin(url, tmp_path, "office-close", "ປອ", "--note", "ລວມເຂົ້າກັບເມືອງຫຼວງພະບາງ") == 0
    capsys.readouterr()
    assert admin(url, tmp_path, "office-show", "ສກ.ຫລພ") == 0
    shown = capsys.readouterr().out
    assert "ພະແນກສຶກສາທິການ ແລະ ກິລາ" in shown and "renamed" in shown  # the former name stays in the history
    assert state(url) == (55, 58, 4)  # three changes, three versions
    assert office(url, "ຊສຖ.ພຕ").parent_id == office(url, "ຈທບ").id
    assert office(url, "ປອ").status == "closed"
    assert (
        admin(
            url, tmp_path, "add-office", "--code", "ປອ.ບ1", "--name-lo", "ບ້ານໃໝ່", "--kind", "village", "--parent", "ປອ"
        )
        == 1
    )  # not under a closed office
    assert (
        admin(
            url, tmp_path, "add-office", "--code", "ຊງ.ບ1", "--name-lo", "ບ້ານໃໝ່", "--kind", "village", "--parent", "ຊງ"
        )
        == 0
    )
    assert office(url, "ຊງ.ບ1").province == luang_prabang.id

    capsys.readouterr()
    assert admin(url, tmp_path, "offices", "--search", "ປາກ", "--closed") == 0
    listed = capsys.readouterr().out
    assert "ເມືອງປາກອູ" in listed and "[closed]" in listed and "ເມືອງປາກງື່ມ" in listed


def test_a_duplicate_is_merged_and_letters_to_it_reach_the_office_it_repeats(url, tmp_path, capsys):
    (tmp_path / "dup.csv").write_text(
        HEADER + "ກງ,ກະຊວງການເງິນ,Ministry of Finance,ministry,,\n"
        "ກງ2,ກະຊວງ ການເງິນ,Ministry of Finance (again),ministry,,\n"
        "ກງ2.ງປ,ກົມງົບປະມານ,Budget Department,department,,ກງ2\n",
        encoding="utf-8",
    )
    assert admin(url, tmp_path, "directory-import", str(tmp_path / "dup.csv")) == 0
    assert admin(url, tmp_path, "office-merge", "ກງ", "--into", "ກງ") == 1
    assert "cannot be merged into itself" in capsys.readouterr().err
    assert state(url) == (3, 3, 1)  # nothing changed
    assert admin(url, tmp_path, "office-merge", "ກງ2", "--into", "ກງ") == 0
    duplicate, finance = office(url, "ກງ2"), office(url, "ກງ")
    assert (duplicate.status, duplicate.merged_into) == ("merged", finance.id)
    assert office(url, "ກງ2.ງປ").parent_id == finance.id  # its offices moved with it
    assert admin(url, tmp_path, "office-merge", "ກງ2", "--into", "ກງ") == 1  # already merged
    database = ServerDatabase(url)
    with database.write() as s:
        target = resolve(s, duplicate.id)
        assert target is not None and target.id == finance.id
        assert directory_recipients(s, [duplicate.id, "off_unknown", 42]) == set()  # not enrolled: on paper
        s.get(ServerOffice, finance.id).event_office_id = finance.id  # type: ignore[union-attr]
        assert directory_recipients(s, [duplicate.id, "off_unknown", 42]) == {finance.id}
    database.dispose()


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        ("ກ1,ກະຊວງ ກ,,ministry,,ກ2\nກ2,ກົມ ກ,,department,,ກ1\n", "the parent offices make a loop (ກ1 → ກ2 → ກ1)"),
        ("ກ1,ກະຊວງ ກ,,ministry,,\nກ1,ກະຊວງ ຂ,,ministry,,\n", "line 4: the code ກ1 is already used on line 3"),
        ("ກ1,ກະຊວງ ກ,,ministry,,\nຂ1,ພະແນກ ຂ,,department,ບໍ່ມີ,\n", "line 4: unknown province 'ບໍ່ມີ'"),
        ("ກ1,ກະຊວງ ກ,,ministry,,\nຂ1,ພະແນກ ຂ,,department,ກ1,\n", "unknown province 'ກ1'"),  # not a province office
        ("ຂ1,ພະແນກ ຂ,,department,,ບໍ່ມີ\n", "line 3: unknown parent office 'ບໍ່ມີ'"),
        ("ຂ1,ພະແນກ ຂ,,bureau,,\n", "unknown kind 'bureau'"),
        ("ຂ1,,,department,,\n", "an office needs a code and a Lao name"),
        ("ນວ,ນະຄອນຫຼວງ,,province,,\n", "the code ນວ is already in the directory"),
    ],
)
def test_a_bad_csv_is_refused_whole_with_the_line_and_the_reason(url, tmp_path, capsys, rows, said):
    (tmp_path / "first.csv").write_text(HEADER + "ນວ,ນະຄອນຫຼວງວຽງຈັນ,Vientiane Capital,province,,\n", encoding="utf-8")
    assert admin(url, tmp_path, "directory-import", str(tmp_path / "first.csv")) == 0
    before = state(url)
    (tmp_path / "bad.csv").write_text(HEADER + "ຫລພ,ແຂວງຫຼວງພະບາງ,,province,,\n" + rows, encoding="utf-8")
    capsys.readouterr()
    assert admin(url, tmp_path, "directory-import", str(tmp_path / "bad.csv")) == 1
    error = capsys.readouterr().err
    assert said in error and "nothing was changed" in error and "Traceback" not in error
    assert state(url) == before  # not even the good first row


def test_moves_and_closures_that_would_break_the_tree_are_refused(url, tmp_path, capsys):
    assert admin(url, tmp_path, "directory-import", str(SAMPLE)) == 0
    before = state(url)
    assert admin(url, tmp_path, "office-move", "ຫລພ", "--parent", "ມ.ຫລພ.ວສ") == 1
    assert "it lies under ຫລພ" in capsys.readouterr().err
    assert admin(url, tmp_path, "office-move", "ຫລພ", "--parent", "ຫລພ") == 1
    assert admin(url, tmp_path, "office-close", "ຫລພ") == 1
    assert "active offices under it" in capsys.readouterr().err
    assert admin(url, tmp_path, "office-rename", "ຫລພ", "--new-code", "ນວ") == 1
    assert admin(url, tmp_path, "add-office", "--code", "ໃໝ່", "--name-lo", "ພະແນກໃໝ່", "--province", "ບໍ່ມີ") == 1
    assert "Unknown province 'ບໍ່ມີ'" in capsys.readouterr().err
    assert admin(url, tmp_path, "office-rename", "ບໍ່ມີ", "--name-lo", "ໃໝ່") == 1
    assert "There is no office with the code ບໍ່ມີ" in capsys.readouterr().err
    assert admin(url, tmp_path, "directory-import", str(tmp_path / "missing.csv")) == 1
    assert "cannot be read" in capsys.readouterr().err
    assert state(url) == before


def test_the_holiday_calendar_is_kept_on_the_server(url, tmp_path, capsys):
    assert admin(url, tmp_path, "holidays-import", str(HOLIDAYS)) == 0
    assert admin(url, tmp_path, "holiday-add", "2026-07-13", "--name-lo", "ວັນພັກພິເສດ", "--name-en", "Special day") == 0
    assert admin(url, tmp_path, "holiday-remove", "2026-03-08") == 0
    assert admin(url, tmp_path, "holiday-remove", "2026-03-09") == 1
    assert admin(url, tmp_path, "holiday-add", "2026-13-01", "--name-lo", "ຜິດ") == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    (tmp_path / "bad.csv").write_text("day,name_lo\n2026-01-01,ວັນປີໃໝ່\n01/05/2026,ວັນກຳມະກອນ\n", encoding="utf-8")
    assert admin(url, tmp_path, "holidays-import", str(tmp_path / "bad.csv")) == 1
    capsys.readouterr()
    assert admin(url, tmp_path, "holidays", "--year", "2026") == 0
    listed = capsys.readouterr().out
    assert "2026-07-13\tວັນພັກພິເສດ" in listed and "2026-03-08" not in listed and "2026-12-02\tວັນຊາດ" in listed
    database = ServerDatabase(url)
    with database.read() as s:
        assert s.get(Holiday, date(2026, 1, 1)).name_lo == "ວັນປີໃໝ່ສາກົນ"  # type: ignore[union-attr]
        after_import = delta(s, 1)["holidays"]  # what a PC holding version 1 (the import) is sent
        assert {(h["day"], h["removed"]) for h in after_import} == {("2026-07-13", False), ("2026-03-08", True)}
        assert all(not h["removed"] for h in delta(s, 0)["holidays"])  # a new PC gets no removed days
    database.dispose()


def test_a_district_moved_to_another_province_takes_its_villages_along(url: str, tmp_path: Path):
    assert admin(url, tmp_path, "directory-import", str(SAMPLE)) == 0
    before = state(url)[2]
    vientiane = office(url, "ນວ")
    assert admin(url, tmp_path, "office-move", "ມ.ຫລພ", "--parent", "ນວ") == 0
    district, village = office(url, "ມ.ຫລພ"), office(url, "ມ.ຫລພ.ວສ")
    assert district.province == vientiane.id and village.province == vientiane.id
    assert village.version == district.version == before + 1  # one change: PCs learn both with it
    database = ServerDatabase(url)
    try:
        with database.read() as s:
            sent = {entry["code"] for entry in delta(s, before)["offices"]}
    finally:
        database.dispose()
    assert {"ມ.ຫລພ", "ມ.ຫລພ.ວສ"} <= sent
