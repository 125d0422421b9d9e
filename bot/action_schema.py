"""Check the action server's answers against Rasa's schema, cheaply.

Rasa 3.6.21 checks every custom-action response with `jsonschema.validate(result,
schema)` (RemoteAction._validate_action_result). Two things make that slow, and
every Waypoint turn is a custom action:

- `validate` first checks the *schema itself* against JSON Schema's meta-schema,
  every time (measured here: 74 ms of CPU per action call). We build the
  validator once.
- The schema says each event is `oneOf` 23 event shapes, so every event is
  checked against all 23 (about 1 ms an event). The shapes are told apart by
  their `event` name (each has its own `const`), so an event can only ever
  match the shape of its own name: we check it against that one.

When that quick check passes, the response is valid by Rasa's schema too. When it
fails, the full schema is checked as Rasa would, so an invalid response still
raises the same ValidationError with Rasa's own explanation. `python -m
bot.server` (how the stack starts Rasa) installs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["install"]


@dataclass(frozen=True)
class _Checks:
    full: Any  # the whole schema, as Rasa checks it
    frame: Any | None  # the schema with each event only required to be an object
    event_shapes: dict[str, Any]  # event name -> the shape for that name (+ the common part)

    def is_valid(self, result: Any) -> bool:
        if self.frame is None:
            return self.full.is_valid(result)
        if not self.frame.is_valid(result):
            return False
        return all(self._event_is_valid(event) for event in result.get("events") or [])

    def _event_is_valid(self, event: dict) -> bool:
        shape = self.event_shapes.get(event.get("event"))  # type: ignore[arg-type]
        return shape is not None and shape.is_valid(event)


@cache
def _checks() -> _Checks:
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # once, as Rasa would on every call
    full = cls(schema)

    events = schema.get("properties", {}).get("events", {})
    item = events.get("items", {})
    names = [_const_event_name(shape) for shape in item.get("oneOf", [])]
    if not names or None in names or len(set(names)) != len(names):
        return _Checks(full, None, {})  # not told apart by name: check everything, always

    common = {key: value for key, value in item.items() if key != "oneOf"}
    frame = {
        **schema,
        "properties": {**schema["properties"], "events": {**events, "items": {"type": "object"}}},
    }
    shapes = {
        name: cls({**common, "allOf": [shape]})
        for name, shape in zip(names, item["oneOf"], strict=True)
    }
    return _Checks(full, cls(frame), shapes)


def _const_event_name(shape: dict) -> str | None:
    name = shape.get("properties", {}).get("event", {}).get("const")
    return name if isinstance(name, str) else None


def _validate_action_result(self, result: dict) -> bool:
    from jsonschema.exceptions import best_match
    from rasa.shared.constants import DOCS_BASE_URL

    checks = _checks()
    if checks.is_valid(result):
        return True
    error = best_match(checks.full.iter_errors(result))
    if error is None:  # the quick check is stricter than the schema: trust the schema
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
