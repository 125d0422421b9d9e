"""Waypoint's custom actions, served by rasa-sdk (`python -m rasa_sdk --actions actions`).

Every bot message comes from the catalogue in messages/, in the person's language.
"""

from .conversation import (
    ActionChooseLanguage,
    ActionGoodbye,
    ActionGreet,
    ActionNotUnderstood,
    ActionRequestHuman,
    ActionThank,
)
from .search import ActionSearchServices

__all__ = [
    "ActionChooseLanguage",
    "ActionGoodbye",
    "ActionGreet",
    "ActionNotUnderstood",
    "ActionRequestHuman",
    "ActionSearchServices",
    "ActionThank",
]
