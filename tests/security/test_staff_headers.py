"""The staff console's security headers and cookies, in-process and from the real server."""

from __future__ import annotations

import requests

from staff import create_app
from tests.staff.conftest import PASSWORD, login
from tests.staff.console_process import running_console

PAGES = ["/login", "/healthz", "/no-such-page"]


def _assert_security_headers(headers) -> None:
    csp = headers["Content-Security-Policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                      "object-src 'none'", "base-uri 'none'", "form-action 'self'"):  # fmt: skip
        assert directive in csp, f"CSP lacks {directive}: {csp}"
    assert "unsafe-inline" not in csp.split("style-src")[0]  # no inline script
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


def test_console_pages_carry_the_security_headers(app, accounts):
    client = app.test_client()
    for page in PAGES:
        _assert_security_headers(client.get(page).headers)
    login(client, "admin")
    for page in ["/", "/admin/", "/dashboard"]:
        response = client.get(page)
        _assert_security_headers(response.headers)
        assert response.headers["Cache-Control"] == "no-store"


def test_console_behind_tls_sends_hsts_and_secure_cookies(store, bot, flags, accounts):
    app = create_app(store=store, bot=bot, flags=flags, config={"SESSION_COOKIE_SECURE": True})
    client = app.test_client()
    page = client.get("/login", base_url="https://staff.example")
    assert page.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    cookie = page.headers["Set-Cookie"]
    for attribute in ("Secure", "HttpOnly", "SameSite=Lax"):
        assert attribute in cookie, f"the session cookie lacks {attribute}: {cookie}"


def test_console_on_plain_http_loopback_sends_no_hsts(app):
    # HSTS over plain http would be ignored by browsers and pin nothing; Secure cookies
    # are off only for the loopback console (scripts/run).
    assert "Strict-Transport-Security" not in app.test_client().get("/login").headers


def test_real_console_sends_the_headers_and_an_httponly_samesite_cookie(
    store, staff_pg_url, accounts, tmp_path
):
    with running_console(staff_pg_url, "http://127.0.0.1:9", "token", tmp_path) as url:
        session = requests.Session()
        page = session.get(f"{url}/login", timeout=30)
        _assert_security_headers(page.headers)
        token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        form = {"username": "admin", "password": PASSWORD, "csrf_token": token}
        reply = session.post(f"{url}/login", data=form, allow_redirects=False, timeout=30)
        assert reply.status_code == 302
        cookie = reply.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
        _assert_security_headers(session.get(f"{url}/", timeout=30).headers)
