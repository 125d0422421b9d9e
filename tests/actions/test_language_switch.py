"""Asking to change language: a command, a language's name, "English please" in any language."""

import pytest

from actions.language_switch import language_names, requested_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("/lang fr", "fr"),
        ("lang ar", "ar"),
        ("English please", "en"),
        ("français", "fr"),
        ("español por favor", "es"),
        ("بالعربي لو سمحت", "ar"),
        ("فارسی لطفا", "fa"),
        ("请用中文", "zh"),
        ("Українською будь ласка", "uk"),
        ("ਪੰਜਾਬੀ", "pa"),
        ("tagalog po", "tl"),
        ("हिंदी में लिखो", "hi"),
        ("اردو میں لکھیں", "ur"),
        ("af soomaali fadlan", "so"),
        ("ትግርኛ", "ti"),
        ("الإنجليزية من فضلك", "en"),
        ("ingiriisi fadlan", "en"),
    ],
)
def test_requested_language_understands_switch_requests(text, expected):
    assert requested_language(text) == expected


@pytest.mark.parametrize(
    "text",
    ["english classes", "I need English classes near me", "cours de français", "hello", "/lang xx"],
)
def test_requested_language_a_question_that_names_a_language_is_not_a_switch(text):
    assert requested_language(text) is None


def test_requested_language_tagalog_no_is_not_hindi_in_a_tagalog_conversation():
    assert requested_language("hindi", current="tl") is None
    assert requested_language("hindi", current="en") == "hi"


def test_language_names_are_in_their_own_script():
    names = language_names()
    assert len(names) == 13
    assert names["ar"] == "العربية" and names["ti"] == "ትግርኛ" and names["zh"] == "中文"
