"""The public check page (/check, no sign-in): a verification code printed on a signed letter gives what the paper
already says and whether the signature stands. Rate-limited per address, one answer time for every code, no log."""

from __future__ import annotations

import asyncio
import time
from collections import deque

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from eoffice_shared.signing.roles import ROLE_WORDS
from eoffice_shared.signing.vcode import BadCode, normalise
from sync.server.console.codes import CheckAnswer, check_code
from sync.server.console.web import page
from sync.server.database import ServerDatabase

ANSWER_SECONDS = 0.4  # every answer to a code takes this long: a known code is not told apart by its timing
LIMIT = 20  # checks per address ...
WINDOW = 600.0  # ... in this many seconds


class RateLimit:
    """Recent checks per client address, in memory only (never written anywhere)."""

    def __init__(self, limit: int = LIMIT, window: float = WINDOW) -> None:
        self.limit, self.window = limit, window
        self.seen: dict[str, deque[float]] = {}

    def allow(self, address: str) -> bool:
        moment = time.monotonic()
        if len(self.seen) > 10000:  # forget the quiet addresses
            self.seen = {a: q for a, q in self.seen.items() if q and moment - q[-1] < self.window}
        times = self.seen.setdefault(address, deque())
        while times and moment - times[0] > self.window:
            times.popleft()
        if len(times) >= self.limit:
            return False
        times.append(moment)
        return True


def add_routes(app: FastAPI, database: ServerDatabase) -> None:
    router = APIRouter(include_in_schema=False)
    limits = RateLimit()
    app.state.check_limits = limits

    @router.get("/")
    def root() -> Response:
        """Whoever opens the server's address in a browser finds the public page (and from it, the console)."""
        return RedirectResponse("/check", status_code=303)

    @router.get("/docs")
    def docs() -> Response:
        """The API's description, where someone who knows FastAPI servers looks first."""
        return RedirectResponse("/v1/docs", status_code=303)

    @router.get("/check")
    async def check(request: Request, code: str = "", c: str = "") -> Response:
        """`code`: typed into the form; `c`: from the QR code printed on a letter (`/check?c=CODE`)."""
        code = code or c
        if not code.strip():
            return page(request, "check.html", admin=None, code="", answer=None, problem="")
        started = time.monotonic()
        if not limits.allow(request.client.host if request.client else "-"):
            return page(
                request,
                "check.html",
                429,
                admin=None,
                code="",
                answer=None,
                problem="too_many",
            )
        answer: CheckAnswer | None = None
        problem = ""
        try:
            wanted = normalise(code[:64])
        except BadCode:
            problem = "mistyped"
        else:

            def look_up() -> CheckAnswer:
                with database.lookup() as s:
                    return check_code(s, wanted)

            answer = await run_in_threadpool(look_up)
        await asyncio.sleep(max(0.0, ANSWER_SECONDS - (time.monotonic() - started)))
        return page(request, "check.html", admin=None, code=code[:64], answer=answer, problem=problem, roles=ROLE_WORDS)

    app.include_router(router)
