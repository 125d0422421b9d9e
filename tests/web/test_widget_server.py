"""The widget's server (stack/web.py), in-process: what a browser on a slow phone gets."""

from __future__ import annotations

import json
import re
import string
import threading

import pytest
import requests
import yaml

from stack import free_port
from stack.web import LABELS_FILE, languages, make_server

RASA_URL = "http://127.0.0.1:5999"


@pytest.fixture(scope="module")
def web_url():
    port = free_port()
    server = make_server("127.0.0.1", port, RASA_URL)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()


def _config(web_url) -> dict:
    script = requests.get(f"{web_url}/widget.js", timeout=10).text
    found = re.search(r"var SERVER = (\{.*?\});\n", script)
    assert found, "widget.js is served without its settings"
    return json.loads(found.group(1))


def test_page_sends_security_headers_that_allow_only_this_server_and_rasa(web_url):
    headers = requests.get(f"{web_url}/", timeout=10).headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert f"connect-src 'self' {RASA_URL} ws://127.0.0.1:5999" in csp
    assert "googleapis" not in csp and "*" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


def test_widget_script_carries_the_rasa_url_languages_and_labels(web_url):
    config = _config(web_url)
    assert config["socketUrl"] == RASA_URL
    assert {"code": "ar", "name": "العربية", "direction": "rtl"} in config["languages"]
    assert config["labels"]["ar"]["talk_to_person"] == "التحدث إلى شخص"


def test_webchat_bundle_is_gzipped_cached_for_good_and_asks_for_no_google_fonts(web_url):
    path = _config(web_url)["assets"]["webchat"]
    reply = requests.get(f"{web_url}{path}", timeout=10, stream=True)
    sent = len(reply.raw.read(decode_content=False))
    assert reply.headers["Content-Encoding"] == "gzip"
    assert sent < 250_000  # 715 kB as published
    assert "immutable" in reply.headers["Cache-Control"]
    reply = requests.get(f"{web_url}{path}", timeout=10)
    assert b"fonts.googleapis.com" not in reply.content
    assert b"WebChat" in reply.content


def test_unchanged_file_is_not_sent_twice(web_url):
    first = requests.get(f"{web_url}/widget.js", timeout=10)
    again = requests.get(
        f"{web_url}/widget.js", headers={"If-None-Match": first.headers["ETag"]}, timeout=10
    )
    assert again.status_code == 304 and again.content == b""


@pytest.mark.parametrize("path", ["/node_modules/rasa-webchat/package.json", "/labels.yml",
                                  "/../README.md", "/vendor/rasa-webchat.js"])
def test_only_the_widget_files_are_served(web_url, path):
    assert requests.get(f"{web_url}{path}", timeout=10).status_code == 404


def test_widget_labels_exist_in_every_language_with_the_same_placeholders():
    labels = yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))
    codes = {language["code"] for language in languages()}
    assert set(labels) == codes

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for code in codes:
        assert set(labels[code]) == set(labels["en"]), code
        for key, text in labels["en"].items():
            assert fields(labels[code][key]) == fields(text), (code, key)
