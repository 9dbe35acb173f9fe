"""Refusals: the core (or the shared signing code, or the sync client) saying it will not do something, as a stable
code, the values that fill the sentence, and the English sentence (for the CLI and the logs). The GUI words a refusal
from its code (eoffice_desktop/ui/core_messages.py), never from the English."""

from __future__ import annotations


class Refusal(Exception):
    """`code` names the refusal ("username_taken"); `params` are its values by name (`username="somchai"`); `english`
    is the sentence, a `str.format` template over `params` when there are any (`str(refusal)` is it filled in).

    Each module keeps its own subclass (`AccountError(Refusal, ValueError)` ...) so that code catching ValueError,
    PermissionError or OSError as before still does. The values are in `params`, not `args`: Python keeps `args` as
    the tuple given to the exception (here the filled-in sentence)."""

    code: str = "refused"
    english: str = ""

    def __init__(self, english: str = "", code: str | None = None, **params: object) -> None:
        self._set(english, code, params)
        super().__init__(self.sentence())

    def _set(self, english: str, code: str | None, params: dict[str, object]) -> None:
        self.english = english or type(self).english  # a class may hold a default sentence
        if code is not None:
            self.code = code
        self.params = params

    def sentence(self) -> str:
        """The English sentence with its values filled in."""
        return self.english.format(**self.params) if self.params else self.english


class Invalid(Refusal, ValueError):
    """A refused value where the module has no refusal class of its own (callers catch ValueError)."""
