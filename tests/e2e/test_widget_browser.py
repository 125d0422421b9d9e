"""The widget page in headless Chromium: a person opens the chat, asks, sees a service card;
a worker's reply and "the bot is back" reach the widget over socket.io."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from handoff import clock
from index.settings import PROJECT_ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = PROJECT_ROOT / "var/test-artifacts"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_widget_answers_a_question_with_a_service_card(stack, browser):
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    hosts_answered: set[str] = set()  # CSP-blocked requests get no response
    page.on("response", lambda response: hosts_answered.add(urlsplit(response.url).hostname or ""))

    page.goto(stack.config.web_url + "/")
    page.click(".rw-launcher")
    page.wait_for_selector("text=I am Waypoint", timeout=60_000)  # the greeting arrives
    page.fill(".rw-new-message", "Where can I take free English classes in Toronto?")
    page.keyboard.press("Enter")
    card = page.wait_for_selector(".rw-response >> text=last verified", timeout=60_000)

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(Path(SCREENSHOTS / "widget-english.png")))
    text = card.inner_text()
    assert "Waypoint demo data (fictional)" in text
    assert page.locator(".rw-response strong").count() >= 1  # the service name, in bold
    # Privacy: the page talks only to this deployment (no fonts or CDNs elsewhere).
    assert hosts_answered <= {"127.0.0.1"}, hosts_answered


def test_worker_reply_and_resume_reach_the_widget_over_socketio(
    stack, browser, office_open, tickets, rasa_api
):
    started = clock.now()
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    page.goto(stack.config.web_url + "/")
    page.click(".rw-launcher")
    page.wait_for_selector("text=I am Waypoint", timeout=60_000)
    page.fill(".rw-new-message", "I want to talk to a real person please")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=A person will join this chat soon", timeout=60_000)

    # The widget's conversation is the socket.io session the ticket recorded.
    mine = [t for t in tickets.list_queue(channel="socketio") if t.created_at >= started]
    assert len(mine) == 1, mine
    ticket = mine[0]
    assert ticket.state == "waiting" and ticket.live

    tickets.claim(ticket.id, "amina")
    text = "Hello, I am Amina from the settlement team."
    tickets.reply(ticket.id, "amina", text)
    sent = time.monotonic()
    rasa_api.send_worker_reply(ticket.conversation_id, text)
    page.wait_for_selector(f".rw-response >> text={text}", timeout=30_000)
    print(f"\nworker reply -> shown in the widget: {time.monotonic() - sent:.3f} s")

    tickets.resolve(ticket.id, "amina")
    rasa_api.resume(ticket.conversation_id)
    page.wait_for_selector("text=I am the Waypoint chatbot again", timeout=30_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "widget-worker-reply.png"))
