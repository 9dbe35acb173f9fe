"""The web plumbing the console's pages share: templates, the security headers every page carries, the session
cookie, CSRF checks, and the bundled font and style sheet."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sync.server.console.auth import Admin, csrf_ok, current_admin
from sync.server.database import ServerDatabase

HERE = Path(__file__).parent
FONTS = HERE.parents[2] / "resources" / "fonts"
STATIC = {  # name: (folder, media type); nothing else is served
    "console.css": (HERE / "static", "text/css; charset=utf-8"),
    "NotoSansLao-Regular.ttf": (FONTS, "font/ttf"),
    "NotoSansLao-Bold.ttf": (FONTS, "font/ttf"),
    "NotoSans-Latin-Regular.ttf": (FONTS, "font/ttf"),
}
SESSION_COOKIE = "eoffice_console"
PRE_COOKIE = "eoffice_console_pre"  # the CSRF token of the sign-in form, before there is a session
HEADERS = {
    # No script, style or font from anywhere but this server; no framing; nothing cached or sent to other sites.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
templates = Jinja2Templates(directory=str(HERE / "templates"))


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    response = templates.TemplateResponse(request, name, context, status_code=status)
    response.headers.update(HEADERS)
    return response


def refused(request: Request, message_lo: str, message_en: str, status: int = 403) -> HTMLResponse:
    return page(request, "message.html", status, admin=None, message_lo=message_lo, message_en=message_en)


def set_cookie(response: Response, name: str, value: str, max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/console", secure=True, httponly=True, samesite="strict")


def admin_of(database: ServerDatabase, request: Request) -> Admin | None:
    with database.lookup() as s:
        return current_admin(s, request.cookies.get(SESSION_COOKIE))


def to_sign_in() -> RedirectResponse:
    return RedirectResponse("/console/login", status_code=303)


async def form_of(database: ServerDatabase, request: Request) -> tuple[Admin | None, dict[str, str], Response | None]:
    """The administrator and the form of a POST, or the refusal: no session (403), no or a wrong CSRF token (403)."""
    admin = admin_of(database, request)
    if admin is None:
        return None, {}, refused(request, "ກະລຸນາເຂົ້າລະບົບກ່ອນ.", "Sign in first.")
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    if not csrf_ok(admin, form.get("csrf", "")):
        return (
            None,
            {},
            refused(
                request, "ແບບຟອມນີ້ໝົດອາຍຸ. ເປີດໜ້າໃໝ່ ແລ້ວລອງອີກ.", "This form is out of date. Open the page again and retry."
            ),
        )
    return admin, form, None


def new_pre_token() -> str:
    return secrets.token_urlsafe(24)
