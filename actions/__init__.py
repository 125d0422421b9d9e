"""Waypoint's custom actions, served by rasa-sdk (`python -m rasa_sdk --actions actions`).

Every bot message comes from the catalogue in messages/, in the person's language.
"""

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
    ActionGoodbye,
    ActionGreet,
    ActionNotUnderstood,
    ActionRequestHuman,
    ActionThank,
)
from .search import ActionSearchServices

__all__ = [
    "ActionAskCallbackConsent",
    "ActionAskContactMethod",
    "ActionAskContactValue",
    "ActionAskContactWindow",
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
