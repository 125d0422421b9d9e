"""Language names in source data ("English, Spanish", "Français") to ISO 639-1 codes.

Uses CLDR's names (babel) in English and French, the languages 211 exports are
written in, plus the spellings 211 data uses that CLDR does not.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["language_code", "language_codes"]

# Spellings seen in 211 exports that CLDR does not list under these names.
EXTRA_NAMES = {
    "farsi": "fa",
    "dari": "fa",
    "mandarin": "zh",
    "cantonese": "zh",
    "chinese (mandarin)": "zh",
    "chinese (cantonese)": "zh",
    "filipino": "tl",
    "tagalog": "tl",
    "asl": "sgn",
    "american sign language": "sgn",
    "sign language": "sgn",
    "creole": "ht",
    "haitian creole": "ht",
    "kreyol": "ht",
}


@cache
def _names() -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {}
    for locale in ("en", "fr"):
        for code, name in Locale.parse(locale).languages.items():
            if len(code) == 2:  # ISO 639-1 only; CLDR also lists regional variants
                names.setdefault(name.casefold(), code)
    return names | EXTRA_NAMES


def language_code(name: str) -> str | None:
    """'Spanish' -> 'es', 'Français' -> 'fr', 'es' -> 'es'; None when unknown."""
    key = " ".join(name.split()).casefold()
    if not key:
        return None
    names = _names()
    if key in names.values():  # already a code
        return key
    return names.get(key)


def language_codes(text: str) -> list[str]:
    """All languages in a free-text list: 'English, Spanish; French and Arabic'."""
    parts = re.split(r"[,;/|*\n]|\band\b|\bet\b", text)
    codes = [language_code(part) for part in parts]
    return list(dict.fromkeys(c for c in codes if c))
