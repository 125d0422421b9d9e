"""Thirteen languages through the real servers: the same need, the same first service;
switching language; the clarifying question; the first-message notice."""

from __future__ import annotations

import re

import pytest

from actions.catalogue import Catalogue, supported_languages

pytestmark = pytest.mark.e2e

RLM = "\u200f"
EXPECTED_FIRST = "LINC English Classes - Daytime (CLB 1-6)"
# "Where can I take free English classes in Toronto?" as people would write it.
SAME_NEED = {
    "en": "Where can I take free English classes in Toronto?",
    "fr": "Où puis-je suivre des cours d'anglais gratuits à Toronto ?",
    "es": "¿Dónde puedo tomar clases de inglés gratis en Toronto?",
    "ar": "أين يمكنني أخذ دروس لغة إنجليزية مجانية في تورنتو؟",
    "fa": "کجا می‌توانم در تورنتو کلاس زبان انگلیسی رایگان بروم؟",
    "zh": "在多伦多哪里可以上免费的英语课？",
    "uk": "Де в Торонто можна безкоштовно вивчати англійську?",
    "pa": "ਟੋਰਾਂਟੋ ਵਿੱਚ ਮੁਫ਼ਤ ਅੰਗਰੇਜ਼ੀ ਕਲਾਸਾਂ ਕਿੱਥੇ ਮਿਲਦੀਆਂ ਹਨ?",
    "tl": "Saan ako puwedeng mag-aral ng libreng English class sa Toronto?",
    "hi": "टोरंटो में मुफ़्त अंग्रेज़ी कक्षाएँ कहाँ मिलती हैं?",
    "ur": "ٹورنٹو میں مفت انگریزی کلاسیں کہاں ملتی ہیں؟",
    "so": "Xagee Toronto ka heli karaa fasallo Ingiriisi oo bilaash ah?",
    "ti": "ኣብ ቶሮንቶ ናጻ ትምህርቲ እንግሊዝኛ ኣበይ ክረክብ እኽእል?",
}
# Measured 2026-11-23 on the demo index with query expansion and the calibrated threshold
# 0.843. Strict: when retrieval gets better for one of these, the test says so.
# Confidence under the threshold: the bot hands off (in the person's language).
RETRIEVAL_HANDS_OFF = {"ar", "uk", "pa", "hi", "ur"}
# Answered, but "Language Assessment (CLB) and Class Referral" ranks first (about 0.004
# above the LINC class): also an English-class service, not the same one.
ANOTHER_SERVICE_FIRST = {"fr", "so", "ti"}


def _known_gap(language: str) -> str | None:
    if language in RETRIEVAL_HANDS_OFF:
        return "retrieval's confidence is under the answer threshold: the bot hands off"
    if language in ANOTHER_SERVICE_FIRST:
        return "another English-class service ranks first"
    return None


def _plain(replies: list[str]) -> list[str]:
    return [r.removeprefix(RLM) for r in replies]


def _cards(replies: list[str]) -> list[str]:
    return [r for r in _plain(replies) if r.startswith("**")]


def _card_name(card: str) -> str:
    return re.match(r"\*\*(.+?)\*\*", card).group(1)


def test_same_need_covers_every_language():
    assert set(SAME_NEED) == set(supported_languages())


@pytest.mark.parametrize("language", sorted(SAME_NEED))
def test_same_need_in_every_language_is_answered_in_that_language(chat, language):
    replies = _plain(chat.say(SAME_NEED[language]))
    catalogue = Catalogue(language)
    expected_first = (catalogue.text("results_intro"), catalogue.text("not_sure"))
    assert replies and replies[0] in expected_first, replies


@pytest.mark.parametrize(
    "language",
    [
        pytest.param(lang, marks=pytest.mark.xfail(reason=_known_gap(lang), strict=True))
        if _known_gap(lang)
        else lang
        for lang in sorted(SAME_NEED)
    ],
)
def test_same_need_in_every_language_returns_the_same_service_first(chat, language):
    cards = _cards(chat.say(SAME_NEED[language]))
    assert cards and _card_name(cards[0]) == EXPECTED_FIRST
    label = Catalogue(language).text("card.phone") + Catalogue(language).text("card.separator")
    assert label in cards[0]  # translated labels, the record's own text


@pytest.mark.parametrize(
    "switch, language", [("/lang fr", "fr"), ("English please", "en"), ("العربية", "ar"),
                         ("ትግርኛ", "ti"), ("af soomaali fadlan", "so")],
)
def test_switch_language_by_command_or_name_over_rest(chat, switch, language):
    replies = chat.say(switch)
    assert _plain(replies) == [Catalogue(language).text("language_chosen")]
    follow_up = _plain(chat.say("ok"))  # a short reply keeps the chosen language
    assert follow_up and (follow_up[0] in _all_texts(language) or follow_up[0].startswith("**"))


def test_switch_language_from_the_menu_metadata_sticks(chat):
    replies = chat.say("/choose_language", language="uk")
    assert _plain(replies) == [Catalogue("uk").text("language_chosen")]
    replies = chat.say("hello")  # English greeting, but the person chose Ukrainian
    assert Catalogue("uk").text("greet") in _plain(replies)


def test_right_to_left_messages_start_with_a_right_to_left_mark(chat):
    replies = chat.say("مرحبا، السلام عليكم")
    assert replies and all(r.startswith(RLM) for r in replies)
    notice = Catalogue("ar").text("notice", retention_days=30)
    assert notice in _plain(replies)  # the first-message notice, with how long it keeps


def test_clarifying_question_after_results_then_answer_narrows_the_search(chat):
    replies = _plain(chat.say("I need a food bank for my family"))
    assert _cards(replies), replies  # something useful first
    assert replies[-1] == Catalogue("en").text("ask_place")  # then one question
    replies = _plain(chat.say("Toronto"))
    assert replies[0] == Catalogue("en").text("results_near", place="Toronto")
    assert all("Toronto" in card for card in _cards(replies))


def test_clarifying_question_in_arabic_is_answered_with_the_city_in_arabic(chat):
    replies = _plain(chat.say("أحتاج بنك طعام لعائلتي"))
    assert replies[-1] in (Catalogue("ar").text("ask_place"), Catalogue("ar").text("not_sure"))
    if replies[-1] == Catalogue("ar").text("ask_place"):
        replies = _plain(chat.say("تورنتو"))
        assert replies[0] == Catalogue("ar").text("results_near", place="Toronto")


def _all_texts(language: str) -> set[str]:
    """Every message of the language's catalogue that has no placeholder."""
    catalogue = Catalogue(language)
    keys = ("greet", "notice", "results_intro", "results_more", "not_sure", "request_human",
            "thank", "goodbye", "not_understood", "language_chosen", "ask_place", "ask_open_now")
    return {catalogue.text(key, retention_days=30) for key in keys}
