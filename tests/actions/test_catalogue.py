"""The message catalogue: every language has every message, placeholders and all."""

from __future__ import annotations

import string

import pytest
import yaml

from actions.catalogue import MESSAGES_DIR, Catalogue, supported_languages


def _keys(node, prefix=""):
    for key, value in node.items():
        if key.startswith("_"):
            continue
        if isinstance(value, dict):
            yield from _keys(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def _catalogue(language):
    return dict(_keys(yaml.safe_load((MESSAGES_DIR / f"{language}.yml").read_text())))


def _fields(template):
    return {name for _, name, _, _ in string.Formatter().parse(str(template)) if name}


def test_catalogue_starts_with_english_and_french():
    assert {"en", "fr"} <= set(supported_languages())


@pytest.mark.parametrize("language", [lang for lang in supported_languages() if lang != "en"])
def test_catalogue_language_has_every_english_message_with_the_same_placeholders(language):
    english, other = _catalogue("en"), _catalogue(language)
    assert set(other) == set(english)
    for key, template in english.items():
        assert _fields(other[key]) == _fields(template), key


def test_catalogue_unknown_language_falls_back_to_english():
    assert Catalogue("xx").language == "en"
    assert Catalogue("xx").text("card.phone") == "Phone"


def test_catalogue_unknown_key_says_where_to_add_it():
    with pytest.raises(KeyError, match="messages/en.yml"):
        Catalogue("fr").text("no_such_message")


RIGHT_TO_LEFT = {"ar", "fa", "ur"}


def test_catalogue_has_the_thirteen_languages():
    assert set(supported_languages()) == {
        "en", "fr", "ar", "fa", "es", "zh", "uk", "pa", "tl", "hi", "ur", "so", "ti"
    }


@pytest.mark.parametrize("language", supported_languages())
def test_catalogue_meta_says_direction_and_review_status(language):
    meta = Catalogue(language).meta
    assert meta["direction"] == ("rtl" if language in RIGHT_TO_LEFT else "ltr")
    assert meta["reviewed_by_native_speaker"] is (language == "en")
    assert meta["names"], "names: how people write this language's name, for switching"


@pytest.mark.parametrize("language", supported_languages())
def test_catalogue_answer_words_are_text(language):
    # YAML reads a bare yes/no/on as a boolean: those must be quoted.
    for key in ("now", "yes", "no", "switch"):
        assert all(isinstance(w, str) for w in Catalogue(language).words(key)), key


@pytest.mark.parametrize("language", supported_languages())
def test_catalogue_first_message_notice_says_how_long_messages_are_kept(language):
    assert "30" in Catalogue(language).text("notice", retention_days=30)
