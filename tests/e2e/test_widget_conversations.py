"""Whole conversations in the widget, in English and in Arabic, and on a 360 px phone.

Each asks for a service, reads the result cards (tap-to-call and map links), asks for a
person with the widget's button and answers the bot's quick-reply question. Screenshots
go to var/screenshots/; the right-to-left layout is checked on the page, not by eye.
"""

from __future__ import annotations

import pytest

from actions.catalogue import Catalogue
from tests.e2e.widget import (
    BOT_TIMEOUT,
    choose_language,
    computed,
    open_widget,
    say,
    screenshot,
)

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

CONVERSATIONS = {
    "en": {"question": "Where can I take free English classes in Toronto?",
           "talk": "Talk to a person", "call": "Call ", "map": "opens in a new tab"},
    "ar": {"question": "أحتاج بنك طعام في تورنتو",
           "talk": "التحدث إلى شخص", "call": "اتصل بالرقم", "map": "علامة تبويب جديدة"},
}
# Where the last line of a message ends up, against the bubble's inner edges (px).
ALIGNED = 4


def _last_line_gaps(bubble) -> tuple[float, float]:
    """Space between the bubble's padding edges and its text's last line: (start, end).

    A line of mixed scripts is several boxes (one per direction run), so the line's
    extent is that of all the text boxes on the lowest line.
    """
    return bubble.evaluate(
        """e => {
            const range = document.createRange(); range.selectNodeContents(e);
            const boxes = [...range.getClientRects()].filter(r => r.width > 0);
            const bottom = Math.max(...boxes.map(r => r.bottom));
            const line = boxes.filter(r => bottom - r.bottom < 3);
            const lineLeft = Math.min(...line.map(r => r.left));
            const lineRight = Math.max(...line.map(r => r.right));
            const box = e.getBoundingClientRect(); const s = getComputedStyle(e);
            const left = lineLeft - box.left - parseFloat(s.paddingLeft);
            const right = box.right - parseFloat(s.paddingRight) - lineRight;
            return s.direction === 'rtl' ? [right, left] : [left, right];
        }"""
    )


def _assert_laid_out(bubble, direction: str) -> None:
    assert computed(bubble, "direction") == direction
    start_gap, _ = _last_line_gaps(bubble)
    assert start_gap <= ALIGNED, f"the text does not start at the {direction} start edge"
    if direction == "rtl":  # the start edge is the right one
        assert bubble.evaluate("e => getComputedStyle(e).textAlign") in ("start", "right")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_whole_conversation_in_the_widget(stack, browser, language):
    words = CONVERSATIONS[language]
    catalogue = Catalogue(language)
    page = browser.new_page(viewport={"width": 1024, "height": 800}, locale="en-CA")
    open_widget(page, stack.config.web_url + "/")
    notice = Catalogue("en").text("notice", retention_days=30)[:40]  # the first-message notice
    page.wait_for_selector(f".rw-response >> text={notice}", timeout=BOT_TIMEOUT)
    if language != "en":
        choose_language(page, language, catalogue.text("language_chosen").lstrip("\u200f")[:12])
        assert page.inner_text(".wp-human") == words["talk"]  # the widget speaks it too
        assert page.get_attribute(".rw-conversation-container", "dir") == "rtl"

    say(page, words["question"])
    verified = catalogue.text("card.verified")
    card = page.wait_for_selector(f".rw-response >> text={verified}", timeout=BOT_TIMEOUT)
    card = card.evaluate_handle("e => e.closest('.rw-response')").as_element()
    _assert_laid_out(card, "rtl" if language == "ar" else "ltr")

    call = card.query_selector("a[href^='tel:+1']")
    assert call and call.get_attribute("target") is None  # dials in place
    assert call.get_attribute("aria-label").startswith(words["call"])
    place = card.query_selector("a[href^='https://www.openstreetmap.org/search?query=']")
    assert place.get_attribute("target") == "_blank"
    assert "noopener" in place.get_attribute("rel")
    assert words["map"] in place.get_attribute("aria-label")
    # An address keeps its own order in a right-to-left card ("2800 Jane Street").
    assert computed(place, "direction") == "ltr" and computed(call, "direction") == "ltr"
    screenshot(page, f"conversation-{language}-results")

    page.click(".wp-human")  # after hours: may a worker contact you? yes / no
    yes = page.wait_for_selector(
        f".rw-reply >> text={catalogue.text('callback_yes')}", timeout=BOT_TIMEOUT
    )
    screenshot(page, f"conversation-{language}-quick-replies")
    asked = page.locator(".rw-response").count()
    yes.click()
    page.wait_for_selector(
        f".rw-reply >> text={catalogue.text('contact_chat')}", timeout=BOT_TIMEOUT
    )
    assert page.locator(".rw-response").count() > asked
    for bubble in page.query_selector_all(".rw-response")[asked:]:
        _assert_laid_out(bubble, "rtl" if language == "ar" else "ltr")
    screenshot(page, f"conversation-{language}-after-quick-reply")


def test_phone_360px_wide_chat_fills_the_screen_without_sideways_scrolling(stack, browser):
    page = browser.new_page(
        viewport={"width": 360, "height": 740}, locale="en-CA", is_mobile=True, has_touch=True,
        device_scale_factor=2,
    )
    open_widget(page, stack.config.web_url + "/")
    say(page, "Where can I take free English classes in Toronto?")
    page.wait_for_selector(".rw-response >> text=last verified", timeout=BOT_TIMEOUT)
    screenshot(page, "phone-360-results")

    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
        " document.querySelector('.rw-messages-container').scrollWidth,"
        " document.querySelector('.rw-messages-container').clientWidth]"
    )
    assert widths[0] <= widths[1] and widths[2] <= widths[3], widths
    chat = page.locator(".rw-conversation-container").bounding_box()
    assert chat["width"] >= 355 and chat["height"] >= 600, chat  # the whole screen, usably
    field = page.locator(".rw-new-message").bounding_box()
    assert field["y"] >= 0 and field["y"] + field["height"] <= 740  # typing stays in view
    toolbar = page.locator(".wp-toolbar").bounding_box()
    assert toolbar["x"] >= 0 and toolbar["x"] + toolbar["width"] <= 360
    size = float(computed(page.locator(".rw-response").last.element_handle(), "fontSize")[:-2])
    assert size >= 14  # readable without zooming
