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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Necesito un banco de comida", "es"),
        ("أحتاج بنك طعام قريب", "ar"),
        ("به بانک غذا نیاز دارم", "fa"),
        ("我需要食物银行", "zh"),
        ("Мені потрібен продуктовий банк", "uk"),
        ("ਮੈਨੂੰ ਫੂਡ ਬੈਂਕ ਚਾਹੀਦਾ ਹੈ", "pa"),
        ("Kailangan ko ng pagkain para sa mga anak ko", "tl"),
        ("मुझे फ़ूड बैंक चाहिए", "hi"),
        ("مجھے فوڈ بینک چاہیے", "ur"),
        ("Waxaan u baahanahay bangiga cuntada", "so"),
        ("ባንኪ መግቢ የድልየኒ", "ti"),
        ("lawyer የድልየኒ", "ti"),  # English mixed in: the Ethiopic script decides
        ("أحتاج lawyer لقضيتي", "ar"),
    ],
)
def test_detect_language_of_every_supported_language(text, expected):
    assert detect_language(text) == expected


def test_choose_language_a_switch_request_beats_detection_and_the_slot():
    assert choose_language("English please", None, "fr") == "en"
    payload_entities = [{"entity": "language", "value": "so"}]
    assert choose_language("/choose_language", None, "en", payload_entities) == "so"


def test_choose_language_unsupported_languages_fall_back_to_english():
    assert choose_language("/greet", {"browser_language": "de"}, None) == "en"


@pytest.mark.parametrize("text", ["Halifax", "Vancouver", "Mississauga", "M5V 2T6", "تورنتو"])
def test_detect_language_a_place_name_says_nothing_about_the_language(text):
    assert detect_language(text) is None
