"""What every public channel checks before a message reaches Rasa.

Rasa's own channels pass whatever arrives on to the tracker store: a list as the
sender id, a number as the text, a NUL character that PostgreSQL refuses, a lone
surrogate that no encoder can write. Each of those ended in an exception deep inside
Rasa (an HTTP 500, or a message silently dropped). Here they get a clear error instead.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "MAX_MESSAGE_CHARS",
    "MAX_SENDER_CHARS",
    "has_no_text",
    "incoming_problem",
    "message_problem",
    "sender_problem",
    "text_problem",
]

MAX_MESSAGE_CHARS = 5000  # a long question is a few hundred; more is a paste accident or abuse
MAX_SENDER_CHARS = 255  # Rasa's SQL tracker store: events.sender_id is VARCHAR(255)


def _unicode_problem(name: str, value: str) -> str | None:
    if "\x00" in value:
        return f"{name} contains a NUL character (U+0000); remove it"
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        return f"{name} is not valid Unicode (a lone surrogate); send UTF-8 text"
    return None


def sender_problem(sender: Any) -> str | None:
    """Why `sender` cannot name a conversation, or None when it can."""
    if not isinstance(sender, str) or not sender.strip():
        return 'sender must be a non-empty string (your own id for the conversation, e.g. "a1b2")'
    if len(sender) > MAX_SENDER_CHARS:
        return f"sender is longer than {MAX_SENDER_CHARS} characters"
    return _unicode_problem("sender", sender)


def text_problem(text: Any) -> str | None:
    """Why `text` cannot be a person's message, or None when it can."""
    if not isinstance(text, str):
        return "message must be a string"
    if not text.strip():
        return "message is empty"
    if len(text) > MAX_MESSAGE_CHARS:
        return f"message is longer than {MAX_MESSAGE_CHARS} characters; send a shorter one"
    return _unicode_problem("message", text)


def has_no_text(text: Any) -> bool:
    """A messaging app's message without text: a photo, a sticker, a voice note."""
    return text is None or (isinstance(text, str) and not text.strip())


def incoming_problem(sender: Any, text: Any) -> str | None:
    """A messaging connector's sender and text by the same rules as the REST channel's;
    a message without text is no problem (the connector answers it itself)."""
    return sender_problem(sender) or (None if has_no_text(text) else text_problem(text))


def message_problem(sender: Any, text: Any, metadata: Any) -> str | None:
    """Why this message cannot be accepted, or None when it can."""
    problem = sender_problem(sender) or text_problem(text)
    if problem is None and metadata is not None and not isinstance(metadata, dict):
        return "metadata must be a JSON object"
    return problem or _metadata_problem(metadata)


def _metadata_problem(value: Any, depth: int = 0) -> str | None:
    """The same text rules for every key and string inside metadata; at most 20 levels deep."""
    if depth > 20:
        return "metadata is nested more than 20 levels deep"
    if isinstance(value, str):
        return _unicode_problem("metadata", value)
    if isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, list):
        items = value
    else:
        return None
    for item in items:
        problem = _metadata_problem(item, depth + 1)
        if problem:
            return problem
    return None
