"""The message catalogue: every bot text, one YAML file per language in messages/.

Adding a language is one more file with the same keys. A key missing in a
language falls back to English (and is logged), so a half-translated language
still answers.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["DEFAULT_LANGUAGE", "Catalogue", "supported_languages"]

logger = logging.getLogger(__name__)

MESSAGES_DIR = Path(__file__).parent / "messages"
DEFAULT_LANGUAGE = "en"


@cache
def _load(language: str) -> dict[str, Any]:
    path = MESSAGES_DIR / f"{language}.yml"
    with open(path, encoding="utf-8") as file:
        return yaml.safe_load(file) or {}


@cache
def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in MESSAGES_DIR.glob("*.yml")))


class Catalogue:
    """The messages of one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in supported_languages() else DEFAULT_LANGUAGE

    @property
    def meta(self) -> dict[str, Any]:
        return _load(self.language).get("_meta", {})

    def text(self, key: str, **values: Any) -> str:
        """The message `key` ("card.phone" for nested keys), placeholders filled."""
        template = _lookup(_load(self.language), key)
        if template is None:
            logger.warning("message %r missing in %s; using English", key, self.language)
            template = _lookup(_load(DEFAULT_LANGUAGE), key)
        if template is None:
            raise KeyError(f"message {key!r} is in no catalogue; add it to messages/en.yml")
        return str(template).format(**values) if values else str(template)


    def words(self, key: str) -> list[str]:
        """A list of words under `words.<key>` (answers people give), English ones too."""
        own = _lookup(_load(self.language), f"words.{key}") or []
        english = _lookup(_load(DEFAULT_LANGUAGE), f"words.{key}") or []
        return [str(w) for w in dict.fromkeys([*own, *english])]


def _lookup(messages: dict[str, Any], key: str) -> Any:
    node: Any = messages
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node
