"""The staff console with the real servers: a person asks for a human on Rasa's callback
channel, the ticket appears in a worker's open queue page (timed), the worker reads what
the person wrote while paused (an XSS attempt, shown as text), claims, replies (the
person's channel receives it) and resolves (the bot says it is back). Then issue 7 end to
end in the browser: a person in the widget asks for a human during office hours, a worker
claims and replies in the console, the reply and "the bot is back" reach the widget (socket.io).
"""

from __future__ import annotations

import time

import pytest

from handoff import clock
from staff import create_account
from tests.e2e.widget import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS
from tests.staff.console_process import running_console

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

XSS = "<img src=x onerror=alert(1)><script>alert('xss')</script> help"
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def console(stack, tickets_url, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("console")
    config = stack.config
    with running_console(
        tickets_url, config.rasa_url, config.rasa_token, tmp, config.tracker_db
    ) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_handoff_reaches_the_console_and_the_workers_reply_reaches_the_person(
    console, office_open, pushed_chat, tickets, browser
):
    create_account(tickets, "e2e-worker", PASSWORD, "worker")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(console + "/")
    page.fill("input[name=username]", "e2e-worker")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#queue-rows")

    asked = time.monotonic()
    replies = pushed_chat.say("I want to talk to a real person please")
    assert any("A person will join this chat soon" in r for r in replies), replies
    ticket = tickets.open_ticket_for(pushed_chat.sender)
    page.wait_for_selector(f'#queue-rows tr[data-ticket="{ticket.id}"]', timeout=20_000)
    print(
        f"\nperson asks for a human -> ticket row in the open queue page: "
        f"{time.monotonic() - asked:.2f} s"
    )

    assert pushed_chat.say(XSS, expect=1, timeout=3) == []  # paused: the bot stays quiet
    page.click(f'#queue-rows tr[data-ticket="{ticket.id}"] a')
    page.wait_for_selector("section.transcript")
    assert page.locator("section.transcript td.text", has_text=XSS).count() >= 1
    assert XSS in [m.text for m in tickets.get(ticket.id).messages]  # synced into the ticket
    assert page.locator("img[src=x]").count() == 0

    page.click("#claim")
    page.fill("form.reply textarea", "Hello, I am from the settlement team.")
    sent = time.monotonic()
    reply = pushed_chat.pushed(lambda: page.click("#send-reply"))
    assert reply == "Hello, I am from the settlement team."
    print(f"worker clicks send -> message on the person's channel: {time.monotonic() - sent:.2f} s")
    back = pushed_chat.pushed(lambda: page.click("#resolve"))
    assert "I am the Waypoint chatbot again" in back
    page.wait_for_selector("text=The bot is back for the person.")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "staff-e2e-resolved.png"), full_page=True)
    assert dialogs == [] and tickets.get(ticket.id).state == "resolved"


def test_worker_replies_from_the_console_and_the_reply_reaches_the_widget(
    stack, console, office_open, tickets, browser
):
    """Issue 7: a handoff during office hours gets a worker who replies from the console;
    the reply, then "the bot is back", arrive in the widget over socket.io."""
    started = clock.now()
    widget = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    widget.goto(stack.config.web_url + "/")
    widget.click(".rw-launcher")
    widget.wait_for_selector("text=I am Waypoint", timeout=60_000)
    widget.fill(".rw-new-message", "I want to talk to a real person please")
    widget.keyboard.press("Enter")
    widget.wait_for_selector("text=A person will join this chat soon", timeout=60_000)

    # Which row is the widget's: the socket.io ticket opened since this test started.
    mine = [t for t in tickets.list_queue(channel="socketio") if t.created_at >= started]
    assert len(mine) == 1, mine
    ticket_id = mine[0].id

    create_account(tickets, "e2e-widget-worker", PASSWORD, "worker")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(console + "/")
    page.fill("input[name=username]", "e2e-widget-worker")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    row = page.wait_for_selector(f'#queue-rows tr[data-ticket="{ticket_id}"]', timeout=20_000)
    assert "socketio" in row.inner_text()
    page.click(f'#queue-rows tr[data-ticket="{ticket_id}"] a')
    page.wait_for_selector("section.transcript")
    asked = page.locator("section.transcript td.text", has_text="talk to a real person")
    assert asked.count() >= 1

    page.click("#claim")
    text = "Hello, I am Amina from the settlement team. How can I help?"
    page.fill("form.reply textarea", text)
    sent = time.monotonic()
    page.click("#send-reply")
    widget.wait_for_selector(f".rw-response >> text={text}", timeout=30_000)
    print(
        f"\nworker clicks send in the console -> reply shown in the widget: "
        f"{time.monotonic() - sent:.3f} s"
    )
    page.wait_for_selector("text=Reply sent.")

    page.click("#resolve")
    widget.wait_for_selector("text=I am the Waypoint chatbot again", timeout=30_000)
    page.wait_for_selector("text=The bot is back for the person.")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.screenshot(path=str(SCREENSHOTS / "widget-console-reply.png"))
    page.screenshot(path=str(SCREENSHOTS / "staff-console-widget-resolved.png"), full_page=True)
    assert dialogs == []
