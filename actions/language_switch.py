"""Requests to change the conversation's language, as people write them.

"/lang fr" or "lang fr" (a command for messaging apps), a language's name alone
("français", "العربية"), or a name with a few words around it ("English please",
"بالعربي لو سمحت", "请用中文"). Names and the words around them come from every
catalogue (`_meta.names`, `words.switch`), so a new language brings its own.
A message with anything else in it ("English classes") is a question, not a switch.
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from .catalogue import MESSAGES_DIR, supported_languages

__all__ = ["language_names", "requested_language"]

COMMAND = re.compile(r"/?(?:lang|language|langue|idioma)\s*[:=]?\s*([a-z]{2})(?:[-_][a-z]+)?")
# Scripts written without spaces between words: match names inside longer text.
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def requested_language(text: str, current: str | None = None) -> str | None:
    """The supported language `text` asks to switch to, or None."""
    text = (text or "").strip().casefold()
    if not text or len(text) > 60:
        return None
    command = COMMAND.fullmatch(text)
    if command:
        code = command.group(1)
        return code if code in supported_languages() else None
    found = {
        code
        for code, pattern in _name_patterns().items()
        if pattern.search(text) and not _is_an_answer_word(text, current)
    }
    if len(found) != 1:
        return None
    rest = _filler_pattern().sub(" ", _any_name_pattern().sub(" ", text))
    return found.pop() if not re.sub(r"[\W\d_]+", "", rest) else None


@cache
def language_names() -> dict[str, str]:
    """Each language's name in itself, for menus: {"fr": "Français", ...}."""
    return {code: _catalogue(code)["_meta"]["language"] for code in supported_languages()}


def _is_an_answer_word(text: str, current: str | None) -> bool:
    """Tagalog "hindi" means "no": in a Tagalog conversation it is not the language."""
    if current not in supported_languages():
        return False
    words = _catalogue(current).get("words", {})
    return any(text == w.casefold() for key in ("yes", "no", "now") for w in words.get(key, ()))


@cache
def _catalogue(code: str) -> dict:
    with open(MESSAGES_DIR / f"{code}.yml", encoding="utf-8") as file:
        return yaml.safe_load(file) or {}


def _names(code: str) -> list[str]:
    meta = _catalogue(code)["_meta"]
    return [meta["language"], *meta.get("names", ())]


def _alternatives(words) -> str:
    parts = []
    for word in sorted({w.casefold() for w in words if w}, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(escaped if _NO_SPACES.search(word) else rf"(?<!\w){escaped}(?!\w)")
    return "|".join(parts) or r"(?!)"


@cache
def _name_patterns() -> dict[str, re.Pattern]:
    return {code: re.compile(_alternatives(_names(code))) for code in supported_languages()}


@cache
def _any_name_pattern() -> re.Pattern:
    return re.compile(_alternatives(n for code in supported_languages() for n in _names(code)))


@cache
def _filler_pattern() -> re.Pattern:
    catalogues = [_catalogue(code).get("words", {}) for code in supported_languages()]
    return re.compile(_alternatives(w for words in catalogues for w in words.get("switch", ())))
