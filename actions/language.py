"""Which language to answer in: what the person asked for, else what they wrote in.

Order: a language the person chose (message metadata `language` from the widget
menu, a `/choose_language{"language": "fr"}` payload, or a switch request in the
text such as "/lang fr", "français" or "English please"), then detection on the
message itself when it is confident, then the language already in the
conversation, then the browser's language (metadata `browser_language`, the
widget's first guess), then English. Short messages ("ok", "LINC") say little
about their language, so they keep the current one.

Detection is script first, then lingua (bench/language_detection.py compares it
with fastText and langid on short chat messages). A script only one of our
languages uses decides alone: Ethiopic is Tigrinya (lingua has no Tigrinya),
Gurmukhi Punjabi, Devanagari Hindi, Cyrillic Ukrainian, Han Chinese. People mix
English into their messages ("lawyer የድልየኒ"), so the Latin words are left out when
the message has any other script; Arabic script goes to lingua, restricted to
Arabic, Persian and Urdu.
"""

from __future__ import annotations

import re
from functools import cache

from .catalogue import DEFAULT_LANGUAGE, supported_languages
from .clarify import is_only_a_place
from .language_switch import requested_language

__all__ = ["choose_language", "detect_language", "explicit_language", "script_hint"]

# bench/language_detection.py: at 0.5, 385 of 416 right, 12 wrong (mostly romanized
# Hindi or Urdu taken for Somali or Tagalog), 19 abstain; at 0.6, 374 right, 10 wrong.
# Abstaining keeps the conversation's language, a wrong answer switches it.
MIN_CONFIDENCE = 0.5
MIN_LETTERS = 4
# Scripts that, among the languages we support, only one language writes.
SCRIPT_LANGUAGES = {
    "ti": re.compile(r"[\u1200-\u139f\u2d80-\u2ddf]"),  # Ethiopic
    "pa": re.compile(r"[\u0a00-\u0a7f]"),  # Gurmukhi
    "hi": re.compile(r"[\u0900-\u097f]"),  # Devanagari
    "uk": re.compile(r"[\u0400-\u04ff]"),  # Cyrillic
    "zh": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"),  # Han
}
MIN_SCRIPT_LETTERS = 2
LATIN_WORD = re.compile(r"\b[A-Za-z\u00c0-\u024f'’-]+\b")


def choose_language(
    text: str, metadata: dict | None, current: str | None, entities: list | None = None
) -> str:
    supported = supported_languages()
    candidates = (
        explicit_language(text, metadata, current, entities),
        detect_language(text),
        current,
        _from_metadata(metadata, "browser_language"),
    )
    return next((c for c in candidates if c in supported), DEFAULT_LANGUAGE)


def explicit_language(
    text: str, metadata: dict | None, current: str | None, entities: list | None = None
) -> str | None:
    """A supported language the person chose (menu, payload, command or by name), or None."""
    candidates = (
        _from_metadata(metadata, "language"),
        _from_entities(entities),
        requested_language(text, current),
    )
    return next((c for c in candidates if c in supported_languages()), None)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` when detection is confident, else None.

    Button payloads such as "/greet" are not language.
    """
    if text.startswith("/") or is_only_a_place(text):  # "Halifax" is not Somali
        return None
    by_script, text = script_hint(text)
    if by_script or sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return by_script
    detector, by_language = _detector()
    values = detector.compute_language_confidence_values(text)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return by_language.get(values[0].language)


def script_hint(text: str) -> tuple[str | None, str]:
    """(the language the script alone decides, or None; the text a detector should read).

    In a message in another script, Latin words are English mixed in: left out.
    """
    by_script = _by_script(text)
    own_script = LATIN_WORD.sub(" ", text)
    if sum(ch.isalpha() for ch in own_script) >= MIN_SCRIPT_LETTERS:
        text = own_script
    return by_script, text


def _by_script(text: str) -> str | None:
    """The one supported language written in a script that `text` mostly uses."""
    supported = supported_languages()
    counts = {
        code: len(script.findall(text))
        for code, script in SCRIPT_LANGUAGES.items()
        if code in supported
    }
    code, count = max(counts.items(), key=lambda item: item[1], default=(None, 0))
    return code if count >= MIN_SCRIPT_LETTERS else None


def _from_metadata(metadata: dict | None, key: str) -> str | None:
    if not isinstance(metadata, dict):
        return None
    return _code(metadata.get(key))


def _from_entities(entities: list | None) -> str | None:
    """The `language` entity of a `/choose_language{"language": "fr"}` payload."""
    for entity in entities or ():
        if isinstance(entity, dict) and entity.get("entity") == "language":
            return _code(entity.get("value"))
    return None


def _code(value) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip().lower().replace("_", "-").split("-")[0] or None  # "fr-CA" -> "fr"


@cache
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    by_language = {}
    for code in supported_languages():
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None and code not in SCRIPT_LANGUAGES:
            by_language[Language.from_iso_code_639_1(iso)] = code
    if len(by_language) < 2:  # lingua needs at least two languages to choose between
        by_language.setdefault(Language.ENGLISH, "en")
        by_language.setdefault(Language.FRENCH, "fr")
    return LanguageDetectorBuilder.from_languages(*by_language).build(), by_language
