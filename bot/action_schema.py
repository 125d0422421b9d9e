"""Check the action server's answers against a schema compiled once, not once per call.

Rasa 3.6.21 checks every custom-action response with `jsonschema.validate(result,
schema)` (RemoteAction._validate_action_result). That function first checks the
*schema itself* against JSON Schema's meta-schema, every time: measured here, 74 ms
of CPU for each action call, where checking the response with a validator built
once takes about 1 ms. Every Waypoint turn is a custom action, so this was the
largest single cost of a turn (bench/load, README "Performance").

`install()` replaces that one method with the same check on a validator built
once from the same schema (RemoteAction.action_response_format_spec, which does
not change at run time); an invalid response still raises the same
ValidationError with Rasa's own explanation. `python -m bot.server` (how the stack
starts Rasa) installs it.
"""

from __future__ import annotations

from functools import cache

__all__ = ["install"]


@cache
def _validator():
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # once, as Rasa would on every call
    return cls(schema)


def _validate_action_result(self, result: dict) -> bool:
    from jsonschema.exceptions import best_match
    from rasa.shared.constants import DOCS_BASE_URL

    error = best_match(_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, "
        "make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    """Replace RemoteAction._validate_action_result (idempotent)."""
    from rasa.core.actions.action import RemoteAction

    RemoteAction._validate_action_result = _validate_action_result
