"""The one snippet an agency pastes works on the agency's own site, another origin."""

from __future__ import annotations

import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from index.settings import PROJECT_ROOT
from tests.e2e.widget import BOT_TIMEOUT, open_widget, say, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

EXAMPLE_PAGE = PROJECT_ROOT / "web/example-host.html"
EXAMPLE_WIDGET_URL = "http://127.0.0.1:8080"  # what the example names: scripts/run's default


class _AgencyPage(BaseHTTPRequestHandler):
    def __init__(self, *args, html: bytes, **kwargs) -> None:
        self.html = html
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        found = urlsplit(self.path).path == "/"
        body = self.html if found else b"not found"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:  # noqa: A002
        pass


@pytest.fixture
def agency_page(stack, agency_site):
    """web/example-host.html on the agency's origin, its snippet pointing at the stack."""
    html = EXAMPLE_PAGE.read_text(encoding="utf-8")
    assert EXAMPLE_WIDGET_URL in html
    html = html.replace(EXAMPLE_WIDGET_URL, stack.config.web_url)
    port = urlsplit(agency_site).port
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_AgencyPage, html=html.encode()))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield agency_site + "/"
    server.shutdown()
    server.server_close()


def test_snippet_on_an_agency_page_answers_with_service_cards_and_calls_no_third_party(
    stack, browser, agency_page
):
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="fr-CA")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_widget(page, agency_page)  # data-language="en" beats the browser's French
    assert page.inner_text(".rw-header .rw-title") == "Riverside Settlement Services"
    assert page.inner_text("header h1") == "Riverside Settlement Services"  # the page is theirs

    say(page, "Where can I take free English classes in Toronto?")
    page.wait_for_selector(".rw-response >> text=last verified", timeout=BOT_TIMEOUT)
    screenshot(page, "widget-embedded-agency-page")
    # This page has no Content-Security-Policy: nothing but Waypoint may be asked for,
    # so the widget itself must not reach for fonts or CDNs (rasa-webchat's Google Fonts).
    hosts = {urlsplit(url).netloc for url in requested if not url.startswith("data:")}
    assert hosts <= {urlsplit(agency_page).netloc, urlsplit(stack.config.web_url).netloc,
                     urlsplit(stack.config.rasa_url).netloc}, hosts
