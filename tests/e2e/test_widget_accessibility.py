"""WCAG 2.1 AA in the open widget (axe-core, from web/node_modules) and keyboard-only use."""

from __future__ import annotations

import pytest

from actions.catalogue import Catalogue
from tests.e2e.widget import (
    BOT_TIMEOUT,
    axe_violations,
    choose_language,
    open_widget,
    say,
    screenshot,
    serious,
)

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

QUESTIONS = {"en": "Where can I take free English classes in Toronto?",
             "ar": "أحتاج بنك طعام في تورنتو"}
MAX_TABS = 60


@pytest.mark.parametrize("language", ["en", "ar"])
def test_open_widget_with_results_and_quick_replies_has_no_serious_axe_violation(
    stack, browser, language
):
    catalogue = Catalogue(language)
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    open_widget(page, stack.config.web_url + "/")
    if language != "en":
        choose_language(page, language, catalogue.text("language_chosen").lstrip("\u200f")[:12])
    say(page, QUESTIONS[language])
    page.wait_for_selector(
        f".rw-response >> text={catalogue.text('card.verified')}", timeout=BOT_TIMEOUT
    )
    page.click(".wp-human")
    page.wait_for_selector(
        f".rw-reply >> text={catalogue.text('callback_yes')}", timeout=BOT_TIMEOUT
    )
    assert page.locator("#wp-language").is_visible()

    violations = axe_violations(page)
    screenshot(page, f"axe-{language}")
    print(f"\naxe ({language}):", [(v["id"], v["impact"]) for v in violations] or "none")
    assert serious(violations) == []


def _tab_to(page, selector: str, key: str = "Tab") -> None:
    """Press Tab (or Shift+Tab) until the focus is on `selector`."""
    for _ in range(MAX_TABS):
        if page.evaluate(f"() => !!document.activeElement?.matches({selector!r})"):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{key} never reached {selector}")


def test_keyboard_alone_opens_the_chat_chooses_a_language_asks_and_picks_a_quick_reply(
    stack, browser
):
    catalogue = Catalogue("fr")
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    page.goto(stack.config.web_url + "/")
    page.wait_for_selector(".rw-launcher")
    _tab_to(page, ".rw-launcher")
    assert page.get_attribute(".rw-launcher", "aria-expanded") == "false"
    page.keyboard.press("Enter")
    page.wait_for_selector(".rw-response >> text=I am Waypoint", timeout=BOT_TIMEOUT)

    _tab_to(page, "#wp-language", "Shift+Tab")  # the text field has the focus first
    page.keyboard.type("Fr")  # a closed menu jumps to the option typed: Français
    page.wait_for_selector(
        f".rw-response >> text={catalogue.text('language_chosen')[:20]}", timeout=BOT_TIMEOUT
    )

    _tab_to(page, ".rw-new-message")
    page.keyboard.type("Je veux parler à une personne")
    page.keyboard.press("Enter")  # after hours: may a worker contact you? oui / non
    page.wait_for_selector(
        f".rw-reply >> text={catalogue.text('callback_yes')}", timeout=BOT_TIMEOUT
    )
    _tab_to(page, ".rw-reply:first-child", "Shift+Tab")  # back from the text field: "oui"
    assert page.evaluate("() => document.activeElement.getAttribute('role')") == "button"
    page.keyboard.press("Enter")
    page.wait_for_selector(
        f".rw-reply >> text={catalogue.text('contact_chat')}", timeout=BOT_TIMEOUT
    )
    assert page.locator(".rw-client").last.inner_text() == catalogue.text("callback_yes")
    assert page.evaluate("() => document.activeElement.matches('.rw-new-message')")
    screenshot(page, "keyboard-quick-reply")
