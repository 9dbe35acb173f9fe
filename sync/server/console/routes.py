"""The console's pages and actions under /console: sign-in, offices, PCs and enrolment codes, sync health,
certificates and the audit log. Every action checks the session, the CSRF token and the administrator's province,
and is written to the audit log."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import segno
from cryptography import x509
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from eoffice_shared.signing.ca import REASONS, CARefused
from sync.server import directory, quotas
from sync.server.admin import AdminError, new_enrolment_code, now, revoke
from sync.server.blobstore import ServerBlobStore
from sync.server.ca import CAUnavailable, ServerCA
from sync.server.console import activity, views
from sync.server.console.auth import Admin, SignInRefused, audit, audit_log, sign_in, sign_out
from sync.server.console.chart import bars
from sync.server.console.signin_throttle import SignInThrottle, SignInThrottled
from sync.server.console.sync_health import lost_letters, refresh_files
from sync.server.console.web import (
    PRE_COOKIE,
    SESSION_COOKIE,
    STATIC,
    admin_of,
    form_of,
    new_pre_token,
    page,
    refused,
    set_cookie,
    to_sign_in,
)
from sync.server.database import ServerDatabase
from sync.server.enrol_throttle import address_key
from sync.server.models import Device, EnrolmentCode, IssuedCertificate, ServerOffice

STALE_DAYS = 3
ROWS = 150  # rows of a long table on one page (worst first where it is sorted so): pages stay under 200 KB
NOT_YOURS = ("ຫ້ອງການນີ້ບໍ່ຢູ່ໃນແຂວງຂອງທ່ານ.", "This office is not in your province.")


class NotAllowed(Exception):
    """The administrator may not act on this office (another province)."""


def seen_written(request: Request) -> None:
    """The PCs this server process saw and has not written yet (it writes them every few seconds): written before a
    page shows when each PC was last seen, so a PC that synced a moment ago is not shown as gone quiet."""
    seen = getattr(request.app.state, "seen", None)
    if seen is not None:
        seen.write()


def add_routes(app: FastAPI, database: ServerDatabase, data_dir: Path, blobs: ServerBlobStore) -> None:
    router = APIRouter(include_in_schema=False)
    throttle = SignInThrottle(database)

    @router.get("/console/static/{name}")
    def static(name: str) -> Response:
        if name not in STATIC:
            return Response(status_code=404)
        folder, media = STATIC[name]
        return FileResponse(folder / name, media_type=media, headers={"Cache-Control": "max-age=86400"})

    @router.get("/console")
    def home() -> Response:
        return RedirectResponse("/console/offices", status_code=303)

    @router.get("/console/login")
    def login_form(request: Request) -> Response:
        token = new_pre_token()
        response = page(request, "login.html", admin=None, csrf=token, error="")
        set_cookie(response, PRE_COOKIE, token, max_age=3600)
        return response

    @router.post("/console/login")
    async def login(request: Request) -> Response:
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        expected = request.cookies.get(PRE_COOKIE, "")
        if not expected or form.get("csrf", "") != expected:
            return refused(request, "ແບບຟອມນີ້ໝົດອາຍຸ. ເປີດໜ້າໃໝ່.", "This form is out of date. Open the page again.")

        address, username = request.client.host if request.client else "-", form.get("username", "")

        def attempt() -> tuple[str, str] | str | SignInThrottled:
            try:
                throttle.check(address, username)  # before the name is looked up or the password hashed
            except SignInThrottled as exc:
                return exc
            with database.write() as s:  # a refusal is kept too: its audit entry
                try:
                    return sign_in(s, username, form.get("password", ""), form.get("totp", ""))
                except SignInRefused as exc:
                    refused = exc
            if throttle.failed(address, username):
                with database.write() as s:
                    audit(s, username.strip()[:64], "signin.locked", address_key(address), "from this address")
            return str(refused)

        outcome = await run_in_threadpool(attempt)
        if isinstance(outcome, str | SignInThrottled):
            token = new_pre_token()
            status, error = (429, outcome.message()) if isinstance(outcome, SignInThrottled) else (401, outcome)
            response = page(request, "login.html", status, admin=None, csrf=token, error=error)
            if isinstance(outcome, SignInThrottled):
                response.headers["Retry-After"] = str(outcome.seconds)
            set_cookie(response, PRE_COOKIE, token, max_age=3600)
            return response
        signed_in = RedirectResponse("/console/offices", status_code=303)
        set_cookie(signed_in, SESSION_COOKIE, outcome[0])
        signed_in.delete_cookie(PRE_COOKIE, path="/console")
        return signed_in

    @router.post("/console/logout")
    async def logout(request: Request) -> Response:
        admin, _, refusal = await form_of(database, request)
        if refusal is not None or admin is None:
            return refusal or to_sign_in()
        with database.write() as s:
            sign_out(s, request.cookies.get(SESSION_COOKIE, ""), admin)
        response = to_sign_in()
        response.delete_cookie(SESSION_COOKIE, path="/console")
        return response

    def office_in_scope(s: Session, admin: Admin, code: str) -> ServerOffice:
        office = directory.by_code(s, code)
        if not admin.may_act_on(office):
            raise NotAllowed()
        return office

    async def act(
        request: Request, work: Callable[[Session, Admin, dict[str, str]], str], back: Callable[[dict[str, str]], str]
    ) -> Response:
        """Run one action in one transaction with its audit entry; then back to its page, or its refusal."""
        admin, form, refusal = await form_of(database, request)
        if refusal is not None or admin is None:
            return refusal or to_sign_in()

        def run() -> str | None:
            try:
                with database.write() as s:
                    work(s, admin, form)
                return None
            except NotAllowed:
                return "not_allowed"
            except (AdminError, CARefused, CAUnavailable) as exc:
                return str(exc)

        problem = await run_in_threadpool(run)
        if problem == "not_allowed":
            return refused(request, *NOT_YOURS)
        if problem is not None:
            return page(request, "message.html", 400, admin=admin, message_lo="ບໍ່ໄດ້ປ່ຽນຫຍັງ.", message_en=problem)
        return RedirectResponse(back(form), status_code=303)

    # -- offices ---------------------------------------------------------------------------------------------------
    @router.get("/console/offices")
    def offices(request: Request, q: str = "") -> Response:
        admin = admin_of(database, request)
        if admin is None:
            return to_sign_in()
        with database.read() as s:
            shown = views.visible_offices(s, admin)
            found = views.search(shown, q) if q.strip() else []
            return page(
                request,
                "offices.html",
                admin=admin,
                q=q,
                found=found,
                tree=views.office_tree(shown),
                kinds=directory.KINDS,
            )

    @router.get("/console/offices/{code}")
    def office_page(request: Request, code: str) -> Response:
        admin = admin_of(database, request)
        if admin is None:
            return to_sign_in()
        seen_written(request)
        with database.write() as s:
            refresh_files(s, blobs)
        with database.read() as s:
            office = s.scalar(select(ServerOffice).where(ServerOffice.code == code))
            if office is None:
                return refused(request, "ບໍ່ມີຫ້ອງການນີ້.", "There is no such office.", 404)
            if not admin.may_act_on(office):
                return refused(request, *NOT_YOURS)
            return page(
                request,
                "office.html",
                admin=admin,
                view=directory.show(s, code),
                parents=directory.ancestors(s, office),
                children=list(
                    s.scalars(
                        select(ServerOffice)
                        .where(ServerOffice.parent_id == office.id, ServerOffice.status == "active")
                        .order_by(ServerOffice.code)
                    )
                ),
                devices=views.devices(s, [office]),
                people=views.people(s, office),
                letters=views.letters_this_month(s, office),
                health=views.health(s, [office], STALE_DAYS, lost := lost_letters(s, [office])),
                lost=lost,
                files=quotas.files_use(s, office.id),
            )

    def add_office(s: Session, admin: Admin, form: dict[str, str]) -> str:
        parent = form.get("parent", "").strip()
        if admin.role != "national":
            if not parent or form.get("kind") == "province":
                raise NotAllowed()
            office_in_scope(s, admin, parent)
        office = directory.add_office(
            s,
            form.get("code", ""),
            form.get("name_lo", ""),
            form.get("name_en", ""),
            form.get("kind", "other"),
            "",
            parent or None,
        )
        audit(s, admin.username, "office.added", office.code, office.name_lo)
        return office.code

    @router.post("/console/offices/add")
    async def office_add(request: Request) -> Response:
        return await act(request, add_office, lambda f: f"/console/offices/{f.get('code', '').strip()}")

    def office_action(kind: str) -> Callable[[Session, Admin, dict[str, str]], str]:
        def work(s: Session, admin: Admin, form: dict[str, str]) -> str:
            code = form.get("office", "")
            office_in_scope(s, admin, code)
            if kind == "rename":
                directory.rename(s, code, form.get("name_lo"), form.get("name_en"))
            elif kind == "move":
                parent = form.get("parent", "").strip() or None
                if parent is not None:
                    office_in_scope(s, admin, parent)
                elif admin.role != "national":
                    raise NotAllowed()
                directory.move(s, code, parent)
            elif kind == "merge":
                office_in_scope(s, admin, form.get("into", ""))
                directory.merge(s, code, form.get("into", ""))
            elif kind == "close":
                directory.close(s, code, form.get("note", ""))
            audit(
                s,
                admin.username,
                f"office.{kind}",
                code,
                " ".join(f"{k}={v}" for k, v in form.items() if k not in ("csrf", "office")),
            )
            return code

        return work

    def office_route(kind: str) -> Callable[..., Any]:
        work = office_action(kind)

        async def route(request: Request, code: str) -> Response:
            def with_code(s: Session, admin: Admin, form: dict[str, str]) -> str:
                form["office"] = code
                return work(s, admin, form)

            return await act(request, with_code, lambda f: f"/console/offices/{code}")

        return route

    for kind in ("rename", "move", "merge", "close"):
        router.add_api_route(f"/console/offices/{{code}}/{kind}", office_route(kind), methods=["POST"])

    # -- PCs and enrolment codes -----------------------------------------------------------------------------------
    def pcs_page(
        request: Request, admin: Admin, new_code: str = "", new_code_office: str = "", qr_svg: str = "", q: str = ""
    ) -> Response:
        with database.read() as s:
            shown = views.visible_offices(s, admin)
            devices = views.devices(s, views.search(shown, q) if q.strip() else shown)
            return page(
                request,
                "pcs.html",
                admin=admin,
                q=q,
                total=len(devices),
                devices=devices[:ROWS],
                sent=views.sent_this_month(s, [d for d, _ in devices[:ROWS]]),
                codes=views.open_codes(s, shown)[:ROWS],
                offices=[o for o in shown if o.status == "active"],
                new_code=new_code,
                new_code_office=new_code_office,
                qr_svg=Markup(qr_svg),  # made here by segno from the code alone
            )

    @router.get("/console/pcs")
    def pcs(request: Request, q: str = "") -> Response:
        admin = admin_of(database, request)
        return to_sign_in() if admin is None else pcs_page(request, admin, q=q[:100])

    @router.post("/console/codes")
    async def make_code(request: Request) -> Response:
        admin, form, refusal = await form_of(database, request)
        if refusal is not None or admin is None:
            return refusal or to_sign_in()
        hours = int(form["hours"]) if form.get("hours", "").isdigit() else 24
        if not 1 <= hours <= 720:
            return page(
                request, "message.html", 400, admin=admin, message_lo="ຈຳນວນຊົ່ວໂມງບໍ່ຖືກ.", message_en="Hours: 1 to 720."
            )
        try:
            with database.write() as s:
                office = office_in_scope(s, admin, form.get("office", ""))
                code = new_enrolment_code(s, office.code, hours)
                audit(s, admin.username, "code.made", office.code, f"{hours} h")
        except NotAllowed:
            return refused(request, *NOT_YOURS)
        except AdminError as exc:
            return page(request, "message.html", 400, admin=admin, message_lo="ບໍ່ໄດ້ປ່ຽນຫຍັງ.", message_en=str(exc))
        return pcs_page(request, admin, code, office.code, qr_svg=_qr(code))

    def cancel_code(s: Session, admin: Admin, form: dict[str, str]) -> str:
        row = s.get(EnrolmentCode, form.get("code_hash", ""))
        if row is None or row.used_at is not None:
            raise AdminError("This enrolment code is no longer open.")
        office = s.get(ServerOffice, row.office_id)
        if office is None or not admin.may_act_on(office):
            raise NotAllowed()
        row.used_at, row.expires_at = now(), now()
        audit(s, admin.username, "code.cancelled", office.code, row.code_hash[:8])
        return office.code

    @router.post("/console/codes/cancel")
    async def code_cancel(request: Request) -> Response:
        return await act(request, cancel_code, lambda f: "/console/pcs")

    def revoke_pc(s: Session, admin: Admin, form: dict[str, str]) -> str:
        device = s.get(Device, form.get("device", ""))
        if device is None:
            raise AdminError("There is no such PC.")
        office = s.get(ServerOffice, device.office_id)
        if office is None or not admin.may_act_on(office):
            raise NotAllowed()
        revoke(s, device)
        audit(s, admin.username, "pc.revoked", device.id, f"{office.code} {device.name}")
        return device.id

    @router.post("/console/pcs/revoke")
    async def pc_revoke(request: Request) -> Response:
        return await act(request, revoke_pc, lambda f: "/console/pcs")

    # -- sync health, certificates, audit --------------------------------------------------------------------------
    @router.get("/console/health")
    def health(request: Request, days: int = STALE_DAYS, q: str = "") -> Response:
        admin = admin_of(database, request)
        if admin is None:
            return to_sign_in()
        days = min(max(days, 1), 365)
        seen_written(request)
        with database.write() as s:
            caught_up = refresh_files(s, blobs)
        with database.read() as s:
            shown = views.visible_offices(s, admin)
            lost = lost_letters(s, shown)
            rows = views.health(s, views.search(shown, q) if q.strip() else shown, days, lost)
            traffic = activity.days(s, getattr(request.app.state, "activity", None))
            charts = [  # the whole server's traffic: for national administrators
                bars("requests", [(d.day, d.requests) for d in traffic]),
                bars("refused", [(d.day, d.refused + d.errors) for d in traffic], css="bar bad"),
                bars("MB", [(d.day, (d.bytes_in + d.bytes_out) / 1e6) for d in traffic], "MB"),
            ]
            return page(
                request,
                "health.html",
                admin=admin,
                rows=rows[:ROWS],
                total=len(rows),
                days=days,
                q=q[:100],
                lost=lost[:ROWS],
                lost_total=len(lost),
                caught_up=caught_up,
                charts=charts if admin.role == "national" else [],
                traffic=traffic,
            )

    @router.get("/console/certificates")
    def certificates(request: Request) -> Response:
        admin = admin_of(database, request)
        if admin is None:
            return to_sign_in()
        with database.read() as s:
            shown = {o.id: o for o in views.visible_offices(s, admin, closed=True)}
            rows = [
                (c, shown[c.office_id])
                for c in s.scalars(select(IssuedCertificate).order_by(IssuedCertificate.issued_at.desc()))
                if c.office_id in shown
            ]
            until = {c.serial: _valid_until(c.pem) for c, _ in rows}
            return page(
                request,
                "certificates.html",
                admin=admin,
                rows=rows,
                until=until,
                reasons=sorted(REASONS),
                crl=_crl_dates(data_dir),
                tsa=_tsa_end(data_dir),
            )

    def revoke_certificate(s: Session, admin: Admin, form: dict[str, str]) -> str:
        row = s.get(IssuedCertificate, form.get("serial", "").lower())
        if row is None:
            raise AdminError("This server issued no such certificate.")
        office = s.get(ServerOffice, row.office_id)
        if office is None or not admin.may_act_on(office):
            raise NotAllowed()
        reason = form.get("reason", "unspecified")
        if reason not in REASONS:
            raise AdminError("Choose a reason from the list.")
        ServerCA(data_dir).revoke(s, row.serial, reason)
        audit(s, admin.username, "certificate.revoked", row.serial, f"{row.name}: {reason}")
        return row.serial

    @router.post("/console/certificates/revoke")
    async def certificate_revoke(request: Request) -> Response:
        return await act(request, revoke_certificate, lambda f: "/console/certificates")

    @router.get("/console/audit")
    def audit_page(request: Request) -> Response:
        admin = admin_of(database, request)
        if admin is None:
            return to_sign_in()
        with database.read() as s:
            return page(request, "audit.html", admin=admin, rows=audit_log(s, admin))

    app.include_router(router)


def _crl_dates(data_dir: Path) -> tuple[str, str] | None:
    """(this update, next update) of the revocation list offices fetch; None without a CA."""
    crl_file = data_dir / "ca" / "crl.pem"
    if not crl_file.is_file():
        return None
    crl = x509.load_pem_x509_crl(crl_file.read_bytes())
    following = crl.next_update_utc
    return f"{crl.last_update_utc:%Y-%m-%d %H:%M}", f"{following:%Y-%m-%d %H:%M}" if following else ""


def _tsa_end(data_dir: Path) -> tuple[str, bool] | None:
    """(the last day of the time-stamping certificate in use, whether it ends within 90 days: renew it now); None
    before its first time-stamp."""
    from sync.server.restamp_report import BEFORE_TSA_END

    pem = data_dir / "tsa" / "tsa.pem"
    if not pem.is_file():
        return None
    ends = x509.load_pem_x509_certificate(pem.read_bytes()).not_valid_after_utc
    return f"{ends:%Y-%m-%d}", ends <= datetime.now(UTC) + BEFORE_TSA_END


def _valid_until(pem: str) -> str:
    """The last day a certificate is valid (UTC), or '' when its text cannot be read."""
    try:
        return f"{x509.load_pem_x509_certificate(pem.encode('ascii')).not_valid_after_utc:%Y-%m-%d}"
    except ValueError:
        return ""


def _qr(code: str) -> str:
    """The enrolment code as an inline SVG QR code (for the PC's camera; the code stays readable by eye)."""
    out = io.BytesIO()
    segno.make(code, error="m").save(out, kind="svg", scale=5, border=2, xmldecl=False, svgns=True)
    return out.getvalue().decode("utf-8")
