"""Text folding shared by search, the lexical index and the gazetteer."""

from __future__ import annotations

import unicodedata

__all__ = ["strip_accents_casefold"]


def strip_accents_casefold(text: str) -> str:
    """Montréal, MONTREAL and montreal all become 'montreal'."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return text.casefold()
