"""Saved searches in the sidebar ("Urgent, open, from provinces"): each user's own, kept on this PC.

They are a personal view, not office records, so they live in a local table and never enter the event log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from eoffice_desktop.core.search.request import SearchQuery
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_shared.refusals import Refusal


class SavedSearchError(Refusal, ValueError):
    """The saved search cannot be stored; the message says why."""


@dataclass(frozen=True)
class SavedSearch:
    id: str
    name: str
    query: SearchQuery


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise SavedSearchError("Give the saved search a name.", code="saved_search_name_missing")
    if len(name) > 200:
        raise SavedSearchError(
            "The name of a saved search can have at most 200 characters.", code="saved_search_name_too_long"
        )
    return name


def save_search(session: Session, owner_id: str, name: str, query: SearchQuery) -> SavedSearch:
    """Store `query` under `name` for this user; a search with the same name is replaced."""
    name = _clean_name(name)
    data = json.dumps(query.to_dict(), ensure_ascii=False, sort_keys=True)
    existing = session.execute(
        text("SELECT id FROM saved_searches WHERE owner_id = :owner AND name = :name"),
        {"owner": owner_id, "name": name},
    ).scalar()
    if existing is not None:
        session.execute(text("UPDATE saved_searches SET query = :q WHERE id = :id"), {"q": data, "id": existing})
        return SavedSearch(existing, name, query)
    position = session.execute(
        text("SELECT coalesce(max(position), -1) + 1 FROM saved_searches WHERE owner_id = :owner"), {"owner": owner_id}
    ).scalar()
    search_id = uuid7()
    session.execute(
        text("INSERT INTO saved_searches(id, owner_id, name, query, position) VALUES (:id, :owner, :name, :q, :pos)"),
        {"id": search_id, "owner": owner_id, "name": name, "q": data, "pos": position},
    )
    return SavedSearch(search_id, name, query)


def list_saved_searches(session: Session, owner_id: str) -> list[SavedSearch]:
    """This user's saved searches in the order they were made."""
    rows = session.execute(
        text("SELECT id, name, query FROM saved_searches WHERE owner_id = :owner ORDER BY position, name"),
        {"owner": owner_id},
    )
    return [SavedSearch(row.id, row.name, SearchQuery.from_dict(json.loads(row.query))) for row in rows]


def delete_saved_search(session: Session, owner_id: str, search_id: str) -> bool:
    """Remove one of this user's saved searches; False if there was none with that id."""
    result = session.execute(
        text("DELETE FROM saved_searches WHERE owner_id = :owner AND id = :id"), {"owner": owner_id, "id": search_id}
    )
    return bool(getattr(result, "rowcount", 0))


def rename_saved_search(session: Session, owner_id: str, search_id: str, name: str) -> None:
    """Give one of this user's saved searches a new name; refused if another of theirs has that name."""
    name = _clean_name(name)
    taken = session.execute(
        text("SELECT id FROM saved_searches WHERE owner_id = :owner AND name = :name AND id != :id"),
        {"owner": owner_id, "name": name, "id": search_id},
    ).scalar()
    if taken is not None:
        raise SavedSearchError(
            "You already have a saved search named {name}.", code="saved_search_name_taken", name=repr(name)
        )
    session.execute(
        text("UPDATE saved_searches SET name = :name WHERE owner_id = :owner AND id = :id"),
        {"name": name, "owner": owner_id, "id": search_id},
    )
