"""A long phrase listed from a few of its trigrams (`Words.loose_sql`) finds every letter the phrase finds, and a
letter that holds those trigrams apart, but not the phrase, never reaches a page: the page made with the sender order
cut in two searches the documents of the letters it keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.search import sorted_pages
from eoffice_desktop.core.search.access import visible_clause
from eoffice_desktop.core.search.clauses import filter_clauses, plan_text
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.search.sorted_split import split_page
from eoffice_desktop.core.search.sorted_walk import walk_for

TODAY = date(2026, 3, 10)
PHRASE = "Ministry of Finance"
APART = "The ministry will try to give a fine answer once the finance plan is known"  # min, try, " fi", nce; no phrase


def _letter(store, clerk, sender: str, subject: str, urgency: str = "normal") -> str:  # type: ignore[no-untyped-def]
    form = LetterForm(direction="in", register_date=TODAY, sender_name=sender, subject=subject, urgency=urgency)
    return register_letter(store, clerk, form, today=TODAY).letter_id


def test_a_loose_listing_keeps_every_match_and_the_page_only_the_phrase(store, clerk):
    named = [_letter(store, clerk, f"ກົມ {n:02d}", f"{PHRASE} asks for the budget plan {n}") for n in range(6)]
    apart = [_letter(store, clerk, f"ກົມ {n:02d}", APART) for n in range(6)]
    urgent = _letter(store, clerk, "ກົມ 03", f"Answer to the {PHRASE}", urgency="urgent")
    plan = plan_text(f'"{PHRASE}"')
    with store.db.session() as s:
        words = sorted_pages.estimate_words(s, plan)
        loose = words.loose_sql()
        assert loose is not None and " AND " in str(loose[1][0])  # a few trigrams, not the phrase
        raw = s.connection().connection.driver_connection
        exact = {
            key for (key,) in raw.execute("SELECT rowid FROM letter_search WHERE " + words.sql()[0], words.sql()[1])
        }
        wide = {key for (key,) in raw.execute(f"SELECT rowid FROM letter_search WHERE {loose[0]}", loose[1])}
        assert exact < wide and len(wide - exact) == len(apart)  # the letters holding the trigrams apart, too
        for urgency in (None, "urgent"):
            query = SearchQuery(f'"{PHRASE}"', urgency=urgency)
            where = [*filter_clauses(replace(query, text=""), TODAY, by_key=True), visible_clause(s, None)]
            expected = {*named, urgent} if urgency is None else {urgent}
            for descending in (False, True):
                walk = walk_for(s, query, "correspondent", descending)
                plain = [r.id for r in search_letters(s, query, 0, 20, "correspondent", descending, today=TODAY)]
                assert set(plain) == expected
                for cut in [(True, f"ກົມ {n:02d}") for n in range(7)]:
                    found = split_page(s, walk, where, words, 20, cut)
                    assert [r.id for r in sorted_pages._rows(s, found)] == plain, (urgency, descending, cut)
