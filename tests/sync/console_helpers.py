"""A plain HTTP client of the console that keeps its cookies by hand: they are Secure, and the test server speaks
plain HTTP on 127.0.0.1 (a browser accepts that for 127.0.0.1, http.cookiejar does not)."""

from __future__ import annotations

import re
from typing import Any

import httpx

from sync.server.console.auth import add_user
from sync.server.database import ServerDatabase

PASSWORD = "a-long-console-password"


class ConsoleClient:
    def __init__(self, url: str, address: str | None = None) -> None:
        """`address`: the browser's, as a reverse proxy on the server's machine tells it (X-Forwarded-For)."""
        forwarded = {"X-Forwarded-For": address} if address is not None else {}
        self.http = httpx.Client(base_url=url, follow_redirects=False, timeout=30, headers=forwarded)
        self.cookies: dict[str, str] = {}

    def _keep(self, response: httpx.Response) -> httpx.Response:
        for header in response.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if value in ("", '""') or "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def _headers(self) -> dict[str, str]:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self._keep(self.http.get(path, headers=self._headers(), **kwargs))

    def post(self, path: str, data: dict[str, str]) -> httpx.Response:
        return self._keep(self.http.post(path, data=data, headers=self._headers()))

    def sign_in(self, username: str, password: str = PASSWORD) -> httpx.Response:
        form = self.get("/console/login")
        return self.post(
            "/console/login", {"csrf": csrf_of(form.text), "username": username, "password": password, "totp": ""}
        )

    def csrf(self, path: str = "/console/offices") -> str:
        return csrf_of(self.get(path).text)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None, html[:500]
    return found.group(1)


def make_admin(database: ServerDatabase, username: str, role: str = "national", province: str = "") -> None:
    with database.write() as s:
        add_user(s, username, PASSWORD, role, province)
