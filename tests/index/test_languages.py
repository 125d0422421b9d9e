"""Free-text language lists from 211 exports become ISO 639-1 codes."""

import pytest

from index.languages import language_code, language_codes


@pytest.mark.parametrize(
    "text, codes",
    [
        ("English, Spanish; French and Arabic", ["en", "es", "fr", "ar"]),
        ("Français, Anglais", ["fr", "en"]),
        ("Amharic, Tigrinya, Somali, Punjabi, Urdu", ["am", "ti", "so", "pa", "ur"]),
        ("Farsi / Dari", ["fa"]),
        ("es, xx, Mandarin", ["es", "zh"]),
        ("", []),
    ],
)
def test_language_codes_from_free_text(text, codes):
    assert language_codes(text) == codes


def test_language_code_unknown_name_is_none():
    assert language_code("Klingon") is None
