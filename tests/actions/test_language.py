"""Which language the bot answers in."""

import pytest

from actions.language import choose_language, detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Where can I take free English classes?", "en"),
        ("Où puis-je suivre des cours d'anglais gratuits ?", "fr"),
        ("j'ai besoin d'une banque alimentaire", "fr"),
        ("I need food for my family tonight", "en"),
    ],
)
def test_detect_language_of_a_full_sentence(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["ok", "/greet", "?!", ""])
def test_detect_language_says_nothing_about_short_or_payload_messages(text):
    assert detect_language(text) is None


def test_choose_language_keeps_the_conversation_language_for_a_short_reply():
    assert choose_language("ok", None, "fr") == "fr"


def test_choose_language_explicit_choice_beats_detection():
    assert choose_language("I need a doctor", {"language": "fr"}, "en") == "fr"


def test_choose_language_browser_language_is_only_the_first_guess():
    assert choose_language("/greet", {"browser_language": "fr-CA"}, None) == "fr"
    assert choose_language("I need a doctor please", {"browser_language": "fr"}, None) == "en"


def test_choose_language_unsupported_languages_fall_back_to_english():
    assert choose_language("/greet", {"browser_language": "de"}, None) == "en"
