"""The widget page in headless Chromium: a person opens the chat, asks, sees a service card;
a worker's reply and "the bot is back" reach the widget over socket.io."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest

from handoff import clock
from tests.e2e.widget import open_widget, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def test_widget_answers_a_question_with_a_service_card(stack, browser):
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    hosts_answered: set[str] = set()  # CSP-blocked requests get no response
    page.on("response", lambda response: hosts_answered.add(urlsplit(response.url).hostname or ""))

    open_widget(page, stack.config.web_url + "/")  # the greeting arrives
    page.fill(".rw-new-message", "Where can I take free English classes in Toronto?")
    page.keyboard.press("Enter")
    card = page.wait_for_selector(".rw-response >> text=last verified", timeout=60_000)

    screenshot(page, "widget-english")
    text = card.inner_text()
    assert "Waypoint demo data (fictional)" in text
    assert page.locator(".rw-response strong").count() >= 1  # the service name, in bold
    # Privacy: the page talks only to this deployment (no fonts or CDNs elsewhere).
    assert hosts_answered <= {"127.0.0.1"}, hosts_answered


def test_widget_language_menu_lists_languages_in_their_own_script_and_arabic_is_right_to_left(
    stack, browser
):
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    open_widget(page, stack.config.web_url + "/")
    options = page.locator("#wp-language option").all_inner_texts()
    assert {"العربية", "ትግርኛ", "中文", "ਪੰਜਾਬੀ", "Soomaali"} <= set(options)
    page.select_option("#wp-language", "ar")
    page.wait_for_selector(".rw-response >> text=سأكتب لك بالعربية", timeout=60_000)
    page.fill(".rw-new-message", "hello")  # English words, but the person chose Arabic
    page.keyboard.press("Enter")
    reply = page.wait_for_selector(".rw-response >> text=أنا Waypoint", timeout=60_000)
    screenshot(page, "widget-arabic")
    message = reply.evaluate_handle("e => e.closest('.rw-response')")
    assert message.evaluate("e => getComputedStyle(e).direction") == "rtl"
    english = page.locator(".rw-response").first
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"


def test_widget_browser_language_is_the_first_guess(stack, browser):
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="fr-CA")
    open_widget(page, stack.config.web_url + "/", greeting="Je suis Waypoint")


def test_worker_reply_and_resume_reach_the_widget_over_socketio(
    stack, browser, office_open, tickets, rasa_api
):
    started = clock.now()
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    open_widget(page, stack.config.web_url + "/")
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
    screenshot(page, "widget-worker-reply")
