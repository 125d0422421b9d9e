"""Login, CSRF, roles, cookies: the console's doors."""

from __future__ import annotations

import pytest

from staff.passwords import hash_password, verify_password

from .conftest import PASSWORD, csrf_token, login, post


def test_pages_need_a_login(app):
    response = app.test_client().get("/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_login_with_the_right_password_opens_the_queue(worker):
    page = worker.get("/")
    assert page.status_code == 200 and "Queue" in page.get_data(as_text=True)


@pytest.mark.parametrize("username", ["amina", "nobody"])
def test_wrong_password_or_unknown_user_get_the_same_generic_error(app, accounts, username):
    response = login(app.test_client(), username, "wrong password, long enough")
    body = response.get_data(as_text=True)
    assert response.status_code == 401
    assert "do not match an account" in body and username not in body


def test_login_is_throttled_after_repeated_failures(app, accounts):
    client = app.test_client()
    for _ in range(5):
        assert login(client, "amina", "wrong password, long enough").status_code == 401
    assert login(client, "amina").status_code == 429  # even the right password, for now


def test_post_without_csrf_token_is_refused(app, accounts):
    client = app.test_client()
    response = client.post("/login", data={"username": "amina", "password": PASSWORD})
    assert response.status_code == 400


def test_action_with_a_token_from_another_session_is_refused(app, worker, store):
    ticket = store.open_ticket("c1", channel="socketio", language="ar", reason="asked_human")
    stranger_token = csrf_token(app.test_client())
    response = worker.post(f"/tickets/{ticket.id}/claim", data={"csrf_token": stranger_token})
    assert response.status_code == 400 and store.get(ticket.id).state == "waiting"


@pytest.mark.parametrize("path", ["/admin/", "/dashboard"])
def test_worker_cannot_reach_admin_pages(worker, path):
    assert worker.get(path).status_code == 403


@pytest.mark.parametrize("path", ["/admin/purge", "/admin/users", "/admin/delete-conversation"])
def test_worker_cannot_post_admin_actions(worker, path):
    form = {"username": "eve", "password": "x" * 12, "role": "admin"}
    assert post(worker, path, form).status_code == 403


def test_admin_reaches_admin_pages(admin):
    assert admin.get("/admin/").status_code == 200
    assert admin.get("/dashboard").status_code == 200


def test_session_cookie_is_httponly_samesite_and_secure_by_default(store, bot, flags, accounts):
    from staff import create_app

    client = create_app(store=store, bot=bot, flags=flags).test_client()
    response = login(client, "amina")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie


def test_logout_ends_the_session(worker):
    assert post(worker, "/logout").status_code == 302
    assert worker.get("/").status_code == 302


def test_login_never_redirects_to_another_site(app, accounts):
    client = app.test_client()
    token = csrf_token(client)
    response = client.post(
        "/login?next=//evil.example/",
        data={"username": "amina", "password": PASSWORD, "csrf_token": token},
    )
    assert response.headers["Location"] == "/"


def test_passwords_are_argon2_hashes_and_short_ones_are_refused():
    hashed = hash_password(PASSWORD)
    assert hashed.startswith("$argon2id$") and PASSWORD not in hashed
    assert verify_password(hashed, PASSWORD) and not verify_password(hashed, "nope")
    with pytest.raises(ValueError, match="at least 12"):
        hash_password("short")


def test_pages_carry_a_strict_content_security_policy(worker):
    headers = worker.get("/").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Cache-Control"] == "no-store"


def test_create_admin_command_reads_the_password_from_stdin(store, monkeypatch, capsys):
    import io

    from staff.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    url = store.engine.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "create-admin", "Root", "--password-stdin"]) == 0
    user = store.get_staff_user("root")
    assert user.role == "admin" and verify_password(user.password_hash, PASSWORD)
    assert PASSWORD not in capsys.readouterr().out
