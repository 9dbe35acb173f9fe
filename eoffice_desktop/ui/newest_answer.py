"""A view that asks the reader pool the same question again and again (the letter chosen, the key's facts after a
step) shows only the answer to the newest one: with several readers an older answer can arrive after a newer one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from eoffice_desktop.ui.ops import Ops

if TYPE_CHECKING:
    from eoffice_desktop.core.service import Office

T = TypeVar("T")


class NewestAnswer:
    """Asks through `ops.query`; an answer, or a failure, to a question that a newer one has replaced is dropped."""

    def __init__(self, ops: Ops) -> None:
        self.ops = ops
        self._asked = self._answered = 0  # the newest question, and the newest one answered (or dropped)
        self._unanswered = 0  # questions whose answer, kept or dropped, has not arrived

    def ask(
        self,
        fn: Callable[[Office], T],
        on_answer: Callable[[T], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn(office)` on the reader pool; `on_answer` (or `on_failed`) on the GUI thread if still the newest."""
        self._asked += 1
        self._unanswered += 1
        asked = self._asked

        def arrived(answer: T) -> None:
            if self._newest(asked):
                on_answer(answer)

        def failed(exc: BaseException) -> None:
            if self._newest(asked) and on_failed is not None:
                on_failed(exc)

        self.ops.query(fn, arrived, failed)

    def drop(self) -> None:
        """No answer asked for until now is wanted any more (the view shows nothing)."""
        self._asked += 1
        self._answered = self._asked

    def waiting(self) -> bool:
        """The answer to the newest question has not arrived yet."""
        return self._answered != self._asked

    def reading(self) -> bool:
        """An answer asked for has not arrived yet, one that will be dropped too."""
        return self._unanswered > 0

    def _newest(self, asked: int) -> bool:
        self._unanswered -= 1
        if asked != self._asked:
            return False
        self._answered = asked
        return True
