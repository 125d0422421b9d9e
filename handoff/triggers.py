"""Which messages must reach a person: crisis language and licensed-professional questions.

The phrases are data, one file per language in lexicon/ (see its README). Every
message is checked against all languages at once: language detection is least
reliable on the short, distressed messages that matter most here.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from index.text import strip_accents_casefold

__all__ = ["LEXICON_DIR", "detect_crisis", "detect_professional", "lexicon_languages"]

LEXICON_DIR = Path(__file__).parent / "lexicon"

# Letters that people type interchangeably: Arabic and Persian/Urdu forms of yeh
# and kaf, heh forms, and the Persian zero-width non-joiner (often typed as a space).
_LETTER_VARIANTS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ہ": "ه", "ة": "ه", "\u200c": " ", "’": "'", "ـ": ""}
)
# Scripts written without spaces between words: phrases match anywhere.
_NO_WORD_BOUNDARY = {"zh"}


def normalize(text: str) -> str:
    """Case, accents (and Arabic diacritics), letter variants and spacing folded."""
    folded = strip_accents_casefold(text).translate(_LETTER_VARIANTS)
    return " ".join(folded.split())


@cache
def lexicon_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.yml")))


@cache
def _lexicon(language: str) -> dict:
    with open(LEXICON_DIR / f"{language}.yml", encoding="utf-8") as file:
        return yaml.safe_load(file) or {}


@cache
def _pattern(section: str) -> re.Pattern | None:
    """One regex over every language's phrases of `section` ("crisis", "professional.legal")."""
    alternatives = []
    for language in lexicon_languages():
        node = _lexicon(language)
        for part in section.split("."):
            node = (node or {}).get(part)
        for phrase in node or []:
            escaped = re.escape(normalize(str(phrase)))
            # A phrase starts a word (it may go on: "suicid" -> "suicidal").
            start = "" if language in _NO_WORD_BOUNDARY else r"(?<!\w)"
            alternatives.append(start + escaped)
    return re.compile("|".join(alternatives)) if alternatives else None


def detect_crisis(text: str) -> bool:
    """True when the message speaks of a risk to life or safety, in any supported language."""
    pattern = _pattern("crisis")
    return bool(text and pattern and pattern.search(normalize(text)))


def detect_professional(text: str) -> str | None:
    """ "legal" or "medical" when the question needs a licensed professional, else None."""
    if not text:
        return None
    folded = normalize(text)
    for kind in ("legal", "medical"):
        pattern = _pattern(f"professional.{kind}")
        if pattern and pattern.search(folded):
            return kind
    return None
