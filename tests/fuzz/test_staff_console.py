"""The staff console against hostile requests: every route, as nobody, a worker and an admin.

Hypothesis draws a route, a path (real ticket numbers, huge or negative ones, garbage),
a query string and form fields full of every script, control characters and markup,
with a valid, a missing or a forged CSRF token. The console must answer 4xx for what it
cannot take, never 5xx; the seeded tickets and their messages must all still be there
afterwards; and nothing a request carried may come back unescaped in a page.

Most cases run in-process (Flask's test client on the real PostgreSQL store); a smaller
run goes through the real waitress server (`python -m staff run`) over HTTP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st

from staff import create_account
from tests.fuzz.conftest import count, fuzz_settings
from tests.fuzz.strategies import control_text, hostile_text
from tests.staff.conftest import PASSWORD, bot_event, user_event
from tests.staff.console_process import running_console

MARKUP = "<script>alert(1)</script>"
ROUTES = [
    ("GET", "/"),
    ("GET", "/queue/rows"),
    ("GET", "/dashboard"),
    ("GET", "/login"),
    ("POST", "/login"),
    ("GET", "/admin/"),
    ("POST", "/admin/users"),
    ("POST", "/admin/purge"),
    ("POST", "/admin/delete-conversation"),
    ("GET", "/tickets/{id}"),
    ("GET", "/tickets/{id}/export"),
    ("GET", "/tickets/{id}/export.json"),
    *[("POST", f"/tickets/{{id}}/{action}") for action in
      ("claim", "release", "reply", "note", "resolve", "flag")],
    ("GET", "/{junk}"),
    ("POST", "/{junk}"),
]  # fmt: skip
FIELDS = [
    "username", "password", "text", "record", "reason", "role", "conversation_id",
    "ticket_id", "next", "status", "language", "channel",
]  # fmt: skip

values = st.one_of(
    hostile_text,
    control_text,
    st.just(MARKUP),
    st.sampled_from(["worker", "admin", "open", "all", "asked_human", "1", "0", "-1", "", " "]),
    st.integers(-(2**70), 2**70).map(str),
    st.just("x" * 300_000),  # over the console's 256 KiB limit
)
ticket_ids = st.one_of(
    st.sampled_from(["{real}"]),
    st.integers(-(2**70), 2**70).map(str),
    hostile_text.map(lambda text: quote(text, safe="")),
)


@dataclass
class Case:
    role: str  # anonymous, worker, admin
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    csrf: str  # valid, missing, forged


def _not_a_real_target(form: dict[str, str], seeded: dict) -> dict[str, str]:
    """Deleting a seeded conversation is allowed; the fuzzer must not do it by chance."""
    form = dict(form)
    if form.get("ticket_id", "").strip().isdigit():
        form["ticket_id"] = "x" + form["ticket_id"]
    if form.get("conversation_id") in seeded.values():
        form["conversation_id"] += "-not"
    return form


@st.composite
def cases(draw, seeded: dict) -> Case:
    method, template = draw(st.sampled_from(ROUTES))
    ticket = draw(ticket_ids).replace("{real}", str(draw(st.sampled_from(sorted(seeded)))))
    path = template.format(id=ticket, junk=quote(draw(hostile_text), safe="/"))
    query = draw(st.dictionaries(st.sampled_from(FIELDS), values, max_size=3))
    form = draw(st.dictionaries(st.sampled_from(FIELDS), values, max_size=4))
    return Case(
        role=draw(st.sampled_from(["anonymous", "worker", "admin"])),
        method=method,
        path=path,
        query=query,
        form=_not_a_real_target(form, seeded),
        csrf=draw(st.sampled_from(["valid", "valid", "missing", "forged"])),
    )


def _seed(store, bot) -> dict[int, str]:
    """Three tickets with messages, one holding markup; ticket id -> conversation id."""
    seeded = {}
    for number, language in enumerate(["ar", "fa", "so"], start=1):
        conversation = f"fuzz-conversation-{number}"
        ticket = store.open_ticket(
            conversation,
            channel="socketio",
            language=language,
            reason="asked_human",
            last_question=f"{MARKUP} question {number}",
        )
        store.add_message(ticket.id, f"{MARKUP} message {number}")
        bot.events[conversation] = [user_event(f"{MARKUP} hello", ts=1.0), bot_event("Hi", ts=2.0)]
        seeded[ticket.id] = conversation
    return seeded


def _messages(store, seeded) -> dict[int, int]:
    return {ticket_id: len(store.get(ticket_id).messages) for ticket_id in seeded}


def _token(html: str) -> str | None:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    return match.group(1) if match else None


class InProcessConsole:
    """The Flask test client, one logged-in client per role, re-made after a logout."""

    def __init__(self, app) -> None:
        self.app = app
        self.clients: dict[str, tuple[object, str | None]] = {}

    def _client(self, role: str):
        if role not in self.clients:
            client = self.app.test_client()
            token = _token(client.get("/login").get_data(as_text=True))
            if role != "anonymous":
                form = {"username": role, "password": PASSWORD, "csrf_token": token}
                assert client.post("/login", data=form).status_code == 302
                token = _token(client.get("/").get_data(as_text=True))
            self.clients[role] = (client, token)
        return self.clients[role]

    def send(self, case: Case) -> tuple[int, str, str]:
        client, token = self._client(case.role)
        form = dict(case.form)
        if case.csrf == "valid" and token:
            form["csrf_token"] = token
        elif case.csrf == "forged":
            form["csrf_token"] = "forged." + "A" * 40
        if case.method == "GET":
            response = client.get(case.path, query_string=case.query)
        else:
            response = client.post(case.path, query_string=case.query, data=form)
        if case.path in ("/logout", "/login"):
            self.clients.pop(case.role, None)  # a new session next time
        return response.status_code, response.mimetype, response.get_data(as_text=True)


class HttpConsole(InProcessConsole):
    """The same over HTTP to the real waitress server."""

    def __init__(self, url: str) -> None:
        super().__init__(None)
        self.url = url

    def _client(self, role: str):
        if role not in self.clients:
            session = requests.Session()
            token = _token(session.get(f"{self.url}/login", timeout=30).text)
            if role != "anonymous":
                form = {"username": role, "password": PASSWORD, "csrf_token": token}
                reply = session.post(
                    f"{self.url}/login", data=form, allow_redirects=False, timeout=30
                )
                assert reply.status_code == 302
                token = _token(session.get(f"{self.url}/", timeout=30).text)
            self.clients[role] = (session, token)
        return self.clients[role]

    def send(self, case: Case) -> tuple[int, str, str]:
        session, token = self._client(case.role)
        form = dict(case.form)
        if case.csrf == "valid" and token:
            form["csrf_token"] = token
        elif case.csrf == "forged":
            form["csrf_token"] = "forged." + "A" * 40
        reply = session.request(
            case.method,
            f"{self.url}{case.path}",
            params=case.query,
            data=form if case.method == "POST" else None,
            allow_redirects=False,
            timeout=60,
        )
        if case.path in ("/logout", "/login"):
            self.clients.pop(case.role, None)
        mimetype = reply.headers.get("Content-Type", "").split(";")[0]
        return reply.status_code, mimetype, reply.text


def _check(console, store, seeded, before, case: Case) -> None:
    status, mimetype, body = console.send(case)
    assert status < 500, f"{case}: HTTP {status}\n{body[:2000]}"
    if mimetype == "text/html":
        assert MARKUP not in body, f"{case}: markup came back unescaped"
    after = _messages(store, seeded)  # raises if a seeded ticket is gone
    assert all(after[t] >= before[t] for t in seeded), f"{case}: messages lost {before} -> {after}"
    before.update(after)


@pytest.fixture
def fuzz_app(store, bot, flags, monkeypatch):
    """The console with the login throttle out of the way.

    The fuzzer's failed logins (all from 127.0.0.1) would otherwise lock the test's own
    accounts out with 429, as the throttle should; tests/staff/test_auth.py tests it.
    """
    from staff import create_app

    monkeypatch.setenv("WAYPOINT_STAFF_LOGIN_ATTEMPTS", "100000000")
    return create_app(store=store, bot=bot, flags=flags, config={"SESSION_COOKIE_SECURE": False})


@pytest.fixture
def seeded(store, bot):
    create_account(store, "worker", PASSWORD, "worker")
    create_account(store, "admin", PASSWORD, "admin")
    return _seed(store, bot)


def test_console_fuzzed_in_process_never_fails_loses_or_unescapes(fuzz_app, store, seeded):
    console = InProcessConsole(fuzz_app)
    before = _messages(store, seeded)

    @fuzz_settings(1500)
    @given(case=cases(seeded))
    def run(case):
        count("staff console (test client)")
        _check(console, store, seeded, before, case)

    run()


def test_console_fuzzed_over_http_through_waitress(
    store, staff_pg_url, seeded, tmp_path, monkeypatch
):
    monkeypatch.setenv("WAYPOINT_STAFF_LOGIN_ATTEMPTS", "100000000")  # see fuzz_app
    before = _messages(store, seeded)
    with running_console(staff_pg_url, "http://127.0.0.1:9", "token", tmp_path) as url:
        console = HttpConsole(url)

        @fuzz_settings(150, share=0.05)
        @given(case=cases(seeded))
        def run(case):
            count("staff console (waitress)")
            _check(console, store, seeded, before, case)

        run()


@fuzz_settings(300, share=0.2)
@given(text=st.one_of(hostile_text, st.just(MARKUP), st.text(min_size=3990, max_size=4010)))
def test_console_note_is_kept_exactly_or_refused_with_a_message(fuzz_app, store, seeded, text):
    count("staff console (test client)")
    console = InProcessConsole(fuzz_app)
    ticket_id = min(seeded)
    notes_before = [m.text for m in store.get(ticket_id).messages if m.kind == "note"]
    case = Case("worker", "POST", f"/tickets/{ticket_id}/note", {}, {"text": text}, "valid")
    status, _, _ = console.send(case)
    notes = [m.text for m in store.get(ticket_id).messages if m.kind == "note"]
    page = console.send(Case("worker", "GET", f"/tickets/{ticket_id}", {}, {}, "valid"))[2]
    wanted = text.strip()
    if status == 400:
        assert "\x00" in text and notes == notes_before
    elif wanted and len(wanted) <= 4000:
        assert status == 302 and notes == [*notes_before, wanted], "an accepted note was lost"
        assert MARKUP not in page
    else:
        assert notes == notes_before and ("Write something" in page or "longer than" in page)
