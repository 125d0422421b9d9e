"""The console served by a real `python -m staff run` process, driven in headless Chromium,
with Rasa's HTTP API played by a real local HTTP receiver (tests.httpfake).

Log in, see the urgent ticket on top, open it, see the person's XSS attempt as text,
claim, reply (the receiver gets Rasa's tracker-events request), resolve (the bot is
resumed). Also measures how long a new handoff takes to appear in an open queue page.
"""

from __future__ import annotations

import time
import uuid

import pytest

from staff import create_account
from tests.e2e.widget import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS
from tests.httpfake import FakeServer, Reply

from .conftest import PASSWORD, bot_event, user_event
from .console_process import running_console

pytestmark = [pytest.mark.browser]

XSS = '<img src=x onerror=alert(1)><script>alert("xss")</script>'


@pytest.fixture
def rasa(store):
    fake = FakeServer().start()
    yield fake
    fake.stop()


@pytest.fixture
def console(store, staff_pg_url, rasa, tmp_path):
    with running_console(staff_pg_url, rasa.url, "test-token", tmp_path) as url:
        yield url


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_worker_handles_an_urgent_handoff_in_the_browser(console, store, rasa, browser):
    create_account(store, "amina", PASSWORD, "worker")
    conversation = f"browser-{uuid.uuid4().hex[:8]}"
    calm = store.open_ticket(
        "someone-else",
        channel="telegram",
        language="fr",
        reason="asked_human",
        last_question="Je voudrais parler à quelqu'un",
    )
    urgent = store.open_ticket(
        conversation,
        channel="socketio",
        language="ar",
        reason="crisis",
        urgent=True,
        last_question=XSS,
        shown_records=[{"key": "demo:shelter-1", "name": "Shelter", "score": 0.71}],
    )
    tracker = f"/conversations/{conversation}/tracker"
    rasa.route(
        "GET",
        tracker,
        Reply(
            200,
            {
                "events": [
                    user_event(XSS, intent="ask_shelter", confidence=0.44, ts=time.time() - 60),
                    bot_event("If you are in danger, call 911.", ts=time.time() - 59),
                ]
            },
        ),
    )
    rasa.route("POST", tracker + "/events", Reply(200, {}))

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2].split(":")[0]))

    page.goto(console + "/")
    page.fill("input[name=username]", "amina")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#queue-rows tr.ticket")
    first = page.locator("#queue-rows tr.ticket").first
    assert first.get_attribute("data-ticket") == str(urgent.id)
    assert "URGENT" in first.inner_text()
    assert page.locator(f'#queue-rows tr[data-ticket="{calm.id}"]').count() == 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "staff-queue.png"), full_page=True)

    # A new handoff appears in the open queue page by itself: how fast?
    opened = time.monotonic()
    fresh = store.open_ticket("newcomer-2", channel="sms", language="fa", reason="low_confidence")
    page.wait_for_selector(f'#queue-rows tr[data-ticket="{fresh.id}"]', timeout=15_000)
    appeared = time.monotonic() - opened
    print(f"\nhandoff to queue: {appeared:.2f} s (queue refresh every 3 s)")
    assert appeared < 10

    page.click(f'#queue-rows tr[data-ticket="{urgent.id}"] a')
    page.wait_for_selector("section.transcript")
    assert page.locator("td.text", has_text=XSS).count() >= 1  # shown as the literal text
    assert page.locator("blockquote.question", has_text=XSS).count() == 1
    assert page.locator("img[src=x]").count() == 0 and dialogs == []
    assert "ask_shelter (0.44)" in page.inner_text("section.transcript")
    page.screenshot(path=str(SCREENSHOTS / "staff-ticket.png"), full_page=True)

    page.click("#claim")
    page.fill("form.reply textarea", "مرحبا، أنا أمينة. هل أنت بأمان الآن؟")
    page.click("#send-reply")
    page.wait_for_selector("text=Reply sent.")
    pause, sent = rasa.sent(tracker + "/events")[:2]
    assert pause.json() == [{"event": "pause"}]  # claiming keeps the bot quiet in the chat
    assert sent.json() == [
        {
            "event": "bot",
            "text": "مرحبا، أنا أمينة. هل أنت بأمان الآن؟",
            "metadata": {"from_worker": True},
        }
    ]
    assert sent.query["output_channel"] == "latest" and sent.query["token"] == "test-token"

    page.click("#resolve")
    page.wait_for_selector("text=The bot is back for the person.")
    resume = rasa.sent(tracker + "/events")[-1].json()
    assert resume[0]["event"] == "bot"  # "the assistant is back", in the person's language
    assert resume[1:] == [{"event": "resume"}, {"event": "action", "name": "action_listen"}]
    assert store.get(urgent.id).state == "resolved"
    assert [m.kind for m in store.get(urgent.id).messages] == ["worker"]
    page.screenshot(path=str(SCREENSHOTS / "staff-resolved.png"), full_page=True)
    assert dialogs == [] and hosts <= {"127.0.0.1"}


def test_admin_sees_the_dashboard_with_server_drawn_charts(console, store, browser):
    create_account(store, "boss", PASSWORD, "admin")
    for n, (language, reason) in enumerate(
        [("ar", "low_confidence"), ("fr", "nlu_fallback"), ("ar", "crisis"), ("es", "asked_human")]
    ):
        store.open_ticket(
            f"c{n}",
            channel="socketio",
            language=language,
            reason=reason,
            last_question=["Where can I rent an apartment?", "besoin d'un médecin", None, None][n],
        )
    page = browser.new_page(viewport={"width": 1280, "height": 1100})
    page.goto(console + "/login")
    page.fill("input[name=username]", "boss")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.goto(console + "/dashboard")
    assert page.locator("figure.chart svg rect").count() >= 4
    assert page.inner_text("#total") == "4"
    assert "housing" in page.inner_text("main") and "medical clinic" in page.inner_text("main")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "staff-dashboard.png"), full_page=True)
