"""A worker's reply reaches the widget whichever Rasa server sends it.

The widget (in Chromium, through nginx) holds its socket.io connection on one
Rasa server; the reply is posted to each server's HTTP API in turn, so one of
them is not the socket's server. Both replies must show in the widget
(bot/channels/socketio.py shares socket.io messages through Redis).
"""

from __future__ import annotations

import pytest

from handoff import RasaApi, TicketStore, clock
from tests.e2e.widget import CHROMIUM, CHROMIUM_ARGS

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_worker_replies_sent_through_either_server_reach_the_widget(production, browser):
    config = production.config
    tickets = TicketStore(config.database_url, tracker_url=config.database_url)
    started = clock.now()
    widget = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    widget.goto(config.web_url + "/")
    widget.click(".rw-launcher")
    widget.wait_for_selector("text=I am Waypoint", timeout=60_000)
    widget.fill(".rw-new-message", "I want to talk to a real person please")
    widget.keyboard.press("Enter")
    widget.wait_for_selector("text=A person will join this chat soon", timeout=60_000)
    mine = [t for t in tickets.list_queue(channel="socketio") if t.created_at >= started]
    assert len(mine) == 1, mine
    person = mine[0].conversation_id

    for number in (1, 2):
        api = RasaApi(config.rasa_server_url(number), config.rasa_token)
        text = f"Hello, this is Amina, writing through Rasa server {number}."
        api.send_worker_reply(person, text)
        widget.wait_for_selector(f".rw-response >> text={text}", timeout=30_000)

    RasaApi(config.rasa_url, config.rasa_token).resume(person)  # through nginx
    widget.wait_for_selector("text=I am the Waypoint chatbot again", timeout=30_000)
