"""Driving the chat widget in headless Chromium: shared by the widget's browser tests
(the `browser` fixture is in conftest.py).

Chromium is Debian's (/usr/bin/chromium): Playwright never downloads a browser here.
"""

from __future__ import annotations

import json
from pathlib import Path

from index.settings import PROJECT_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = PROJECT_ROOT / "var/screenshots"
AXE = PROJECT_ROOT / "web/node_modules/axe-core/axe.min.js"
# WCAG 2.1 A and AA, the level the issue asks for.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BOT_TIMEOUT = 60_000  # ms; the first answer loads the embedding model on a busy machine


def open_widget(page, url: str, greeting: str = "I am Waypoint"):
    """Load the page, open the chat with the launcher and wait for the bot's greeting."""
    page.goto(url)
    page.click(".rw-launcher")
    page.wait_for_selector(f".rw-response >> text={greeting}", timeout=BOT_TIMEOUT)


def choose_language(page, code: str, confirmation: str) -> None:
    page.select_option("#wp-language", code)
    page.wait_for_selector(f".rw-response >> text={confirmation}", timeout=BOT_TIMEOUT)


def say(page, text: str) -> None:
    page.fill(".rw-new-message", text)
    page.keyboard.press("Enter")


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.1 AA violations on the page as it is now.

    axe is evaluated through the DevTools protocol, which the page's
    Content-Security-Policy does not block (a <script> tag would be).
    """
    if not AXE.is_file():
        raise RuntimeError("web/node_modules/axe-core is missing: run scripts/setup (npm ci)")
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    options = json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}})
    result = page.evaluate(f"async () => await window.axe.run(document, {options})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
    ]


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def computed(element, prop: str) -> str:
    return element.evaluate("(e, p) => getComputedStyle(e)[p]", prop)
