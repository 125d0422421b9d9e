"""Which language to answer in: what the person asked for, else what they wrote in.

Order: a language the person chose (message metadata `language` from the widget
menu, a `/choose_language{"language": "fr"}` payload, or a switch request in the
text such as "/lang fr", "français" or "English please"), then detection on the
message itself when it is confident, then the language already in the
conversation, then the browser's language (metadata `browser_language`, the
widget's first guess), then English. Short messages ("ok", "LINC") say little
about their language, so they keep the current one.

Detection is lingua (bench/language_detection.py compares it with fastText and
langid on short chat messages). Lingua has no Tigrinya; of our languages only
Tigrinya is written in Ethiopic script, so a message mostly in that script is ti.
"""

from __future__ import annotations

import re
from functools import cache

from .catalogue import DEFAULT_LANGUAGE, supported_languages
from .language_switch import requested_language

__all__ = ["choose_language", "detect_language", "explicit_language"]

MIN_CONFIDENCE = 0.6
MIN_LETTERS = 4
# Languages told apart by their script alone, given the languages we support.
SCRIPT_LANGUAGES = {"ti": re.compile(r"[\u1200-\u137f\u1380-\u139f\u2d80-\u2ddf]")}


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
    letters = [ch for ch in text if ch.isalpha()]
    if text.startswith("/") or len(letters) < MIN_LETTERS:
        return None
    for code, script in SCRIPT_LANGUAGES.items():
        if code in supported_languages() and 2 * len(script.findall(text)) > len(letters):
            return code
    detector, by_language = _detector()
    values = detector.compute_language_confidence_values(text)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return by_language.get(values[0].language)


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
