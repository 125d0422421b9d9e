"""Which language to answer in: what the person asked for, else what they wrote in.

Order: a language the person chose (message metadata `language`, from a menu or
a command), then detection on the message itself when it is confident, then the
language already in the conversation, then the browser's language (metadata
`browser_language`, the widget's first guess), then English. Short messages
("ok", "LINC") say little about their language, so they keep the current one.
"""

from __future__ import annotations

from functools import cache

from .catalogue import DEFAULT_LANGUAGE, supported_languages

__all__ = ["choose_language", "detect_language"]

MIN_CONFIDENCE = 0.6
MIN_LETTERS = 4


def choose_language(text: str, metadata: dict | None, current: str | None) -> str:
    supported = supported_languages()
    candidates = (
        _from_metadata(metadata, "language"),
        detect_language(text),
        current,
        _from_metadata(metadata, "browser_language"),
    )
    return next((c for c in candidates if c in supported), DEFAULT_LANGUAGE)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` when detection is confident, else None.

    Button payloads such as "/greet" are not language.
    """
    if text.startswith("/") or sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    detector, by_language = _detector()
    values = detector.compute_language_confidence_values(text)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return by_language.get(values[0].language)


def _from_metadata(metadata: dict | None, key: str) -> str | None:
    if not isinstance(metadata, dict):
        return None
    value = metadata.get(key)
    if not isinstance(value, str):
        return None
    return value.strip().lower().split("-")[0] or None  # "fr-CA" -> "fr"


@cache
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    by_language = {}
    for code in supported_languages():
        language = Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
        by_language[language] = code
    if len(by_language) < 2:  # lingua needs at least two languages to choose between
        by_language.setdefault(Language.ENGLISH, "en")
        by_language.setdefault(Language.FRENCH, "fr")
    return LanguageDetectorBuilder.from_languages(*by_language).build(), by_language
