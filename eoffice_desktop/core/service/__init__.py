"""The one door from the screens to the records: `Office` answers questions in its own read session with plain
values, and makes changes in one write transaction each, returning what changed (`Changes`)."""

from eoffice_desktop.core.service.office import LetterHeading, LetterPlace, Office, SidebarCounts

__all__ = ["LetterHeading", "LetterPlace", "Office", "SidebarCounts"]
