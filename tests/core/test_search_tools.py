"""The search command line, saved searches and the background search runner, on a real office."""

from __future__ import annotations

import csv
import io
import threading
from datetime import date

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter, void_letter
from eoffice_desktop.core.search.query import SearchQuery
from eoffice_desktop.core.search.runner import SearchRunner
from eoffice_desktop.core.search.saved import (
    SavedSearchError,
    delete_saved_search,
    list_saved_searches,
    save_search,
)

TODAY = date(2026, 3, 10)


@pytest.fixture
def office(store, clerk):
    subjects = [
        ("ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານ", "urgent", "normal"),
        ("Invitation to the budget workshop", "normal", "normal"),
        ("ບົດລາຍງານງົບປະມານລັບ", "normal", "secret"),
        ("ໜັງສືທີ່ລົງທະບຽນຊໍ້າ", "normal", "normal"),
    ]
    ids = []
    for subject, urgency, confidentiality in subjects:
        form = LetterForm(direction="in", register_date=TODAY, sender_name="ກະຊວງການເງິນ", subject=subject,
                          urgency=urgency, confidentiality=confidentiality)  # fmt: skip
        ids.append(register_letter(store, clerk, form, today=TODAY).letter_id)
    void_letter(store, clerk, ids[3], "registered twice")
    with store.db.session() as s, s.begin():
        officer = {"user_id": "usr_officer", "username": "officer", "display_name": "O", "roles": ["officer"]}
        store.log.append(s, clerk, "user.created", officer)
    root = store.data_dir.root
    store.close()  # the command opens the office itself, as IT staff would
    return root


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_prints_one_letter_per_line_registry_number_first(office, capsys):
    code, out, err = run(capsys, "search", "--data-dir", str(office), "ງົບປະມານ")
    assert code == 0
    lines = out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["0003/ກຕສ", "0001/ກຕສ"]  # newest first
    assert lines[1].split("\t")[1:3] == ["in", "2026-03-10"]
    assert "2 letters found" in err


def test_cli_filters_and_csv(office, capsys):
    code, out, _ = run(capsys, "search", "--data-dir", str(office), "budget", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] == "registry_number" and [r[0] for r in rows[1:]] == ["0002/ກຕສ"]
    _, out, _ = run(capsys, "search", "--data-dir", str(office), "--urgency", "urgent")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["0001/ກຕສ"]
    _, out, _ = run(capsys, "search", "--data-dir", str(office), "--include-void", "ຊໍ້າ")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["0004/ກຕສ"]
    _, out, _ = run(capsys, "search", "--data-dir", str(office), "ຊໍ້າ")
    assert out == ""
    _, out, _ = run(capsys, "search", "--data-dir", str(office), "--sender", "ກະຊວງການເງິນ", "--sort", "number",
                    "--ascending", "--limit", "2")  # fmt: skip
    assert [line.split("\t")[0] for line in out.splitlines()] == ["0001/ກຕສ", "0002/ກຕສ"]


def test_cli_as_user_hides_confidential_letters(office, capsys):
    _, out, _ = run(capsys, "search", "--data-dir", str(office), "--as-user", "officer", "ງົບປະມານ")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["0001/ກຕສ"]


def test_cli_bad_input_gets_a_clear_message(office, capsys):
    code, _, err = run(capsys, "search", "--data-dir", str(office), "--from", "10/03/2026")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run(capsys, "search", "--data-dir", str(office), "--sender", "Nobody Ministry")
    assert code == 2 and "No organisation" in err
    code, _, err = run(capsys, "search", "--data-dir", str(office), "--as-user", "ghost")
    assert code == 2 and "No user" in err


def test_reindex_command_rebuilds_from_the_log(office, capsys):
    code, out, _ = run(capsys, "reindex", "--data-dir", str(office), "--from-log")
    assert code == 0 and "4 letters" in out
    _, out, _ = run(capsys, "search", "--data-dir", str(office), "ປະຊຸມ")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["0001/ກຕສ"]


def test_saved_searches_per_user(store, clerk):
    urgent = SearchQuery("", urgency="urgent", status="registered", sender_kind="province", date_from=TODAY)
    with store.db.session() as s, s.begin():
        first = save_search(s, clerk.user_id, "  Urgent, open,  from provinces ", urgent)
        save_search(s, clerk.user_id, "Budget", SearchQuery("ງົບປະມານ"))
        save_search(s, "usr_other", "Budget", SearchQuery("budget"))
        with pytest.raises(SavedSearchError):
            save_search(s, clerk.user_id, "   ", urgent)
    with store.db.session() as s:
        mine = list_saved_searches(s, clerk.user_id)
    assert [(x.name, x.query) for x in mine] == [("Urgent, open, from provinces", urgent),
                                                  ("Budget", SearchQuery("ງົບປະມານ"))]  # fmt: skip
    with store.db.session() as s, s.begin():
        save_search(s, clerk.user_id, "Budget", SearchQuery("ງົບປະມານ", year=2026))  # same name: replaced
        assert delete_saved_search(s, clerk.user_id, first.id)
        assert not delete_saved_search(s, "usr_other", first.id)
    with store.db.session() as s:
        assert [(x.name, x.query.year) for x in list_saved_searches(s, clerk.user_id)] == [("Budget", 2026)]
        assert [x.query.text for x in list_saved_searches(s, "usr_other")] == ["budget"]


def test_runner_delivers_only_the_latest_search(store, clerk):
    for n in range(30):
        form = LetterForm(direction="in", register_date=TODAY, sender_name="ກະຊວງການເງິນ",
                          subject=f"ການປະຊຸມ ຄັ້ງທີ {n}" if n % 2 else f"Workshop {n}")  # fmt: skip
        register_letter(store, clerk, form, today=TODAY)
    results: list[tuple[str, int, object]] = []
    done = threading.Event()
    runner = SearchRunner(store.data_dir.database, viewer=None)
    try:
        last = 0
        for typed in ("ກ", "ກາ", "ການ", "ການປ", "ການປະຊຸມ"):  # each keystroke supersedes the one before
            last = runner.submit(
                SearchQuery(typed),
                on_page=lambda g, rows: results.append(("page", g, [r.registry_number for r in rows])),
                on_count=lambda g, n, exact: (results.append(("count", g, n)), done.set()),
            )
        assert done.wait(20)
    finally:
        runner.close()
    assert results[-1] == ("count", last, 15)
    page = [r for r in results if r[0] == "page" and r[1] == last]
    assert len(page) == 1 and len(page[0][2]) == 15
    generations = [g for _, g, _ in results]
    assert generations == sorted(generations)  # an older search never reports after a newer one


def test_runner_cancel_reports_nothing_and_errors_are_reported(store, clerk):
    runner = SearchRunner(store.data_dir.database, viewer=None)
    got: list[object] = []
    errors: list[str] = []
    finished = threading.Event()
    try:
        runner.submit(SearchQuery("x"), on_page=lambda g, rows: got.append(rows))
        runner.cancel()
        runner.submit(SearchQuery("x"), on_page=lambda g, rows: got.append(rows), sort="colour",
                      on_error=lambda g, message: (errors.append(message), finished.set()))  # fmt: skip
        assert finished.wait(20)
    finally:
        runner.close()
    assert got in ([], [[]])  # the cancelled one may have finished before cancel, never after
    assert errors and "Unknown sort" in errors[0]
