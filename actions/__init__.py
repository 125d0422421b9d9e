"""Waypoint's custom actions, served by rasa-sdk (`python -m rasa_sdk --actions actions`).

Every bot message comes from the catalogue in messages/, in the person's language.
Importing the package also puts the token check of `guard` in front of the server.
"""

from . import guard
from .callback import (
    ActionAskCallbackConsent,
    ActionAskContactMethod,
    ActionAskContactValue,
    ActionAskContactWindow,
    ActionNoWorkerFree,
    ActionSessionStart,
    ActionSubmitCallback,
    ValidateCallbackForm,
)
from .conversation import (
    ActionChooseLanguage,
    ActionGoodbye,
    ActionGreet,
    ActionNotUnderstood,
    ActionRequestHuman,
    ActionThank,
)
from .search import ActionSearchServices

guard.register()

__all__ = [
    "ActionAskCallbackConsent",
    "ActionAskContactMethod",
    "ActionAskContactValue",
    "ActionAskContactWindow",
    "ActionChooseLanguage",
    "ActionNoWorkerFree",
    "ActionSessionStart",
    "ActionSubmitCallback",
    "ValidateCallbackForm",
    "ActionGoodbye",
    "ActionGreet",
    "ActionNotUnderstood",
    "ActionRequestHuman",
    "ActionSearchServices",
    "ActionThank",
]
