"""The staff console's line to the person: Rasa's HTTP API (`rasa run --enable-api`).

    api = RasaApi()                              # WAYPOINT_RASA_URL, WAYPOINT_RASA_TOKEN
    api.send_worker_reply(sender_id, "Hello, I am Amina from the settlement team.")
    api.resume(sender_id)                        # after store.resolve(); the bot is back
    api.transcript(sender_id)                    # [TranscriptEntry(...), ...]

A reply is a `bot` event posted with output_channel=latest and
execute_side_effects=true: Rasa sends it on the channel the person last wrote
from (socket.io widget, Twilio, Telegram, Facebook, callback). The REST channel
cannot receive pushed messages; there the reply waits in the tracker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import quote

import requests

from . import settings
from .errors import RasaApiError

__all__ = ["NO_WORKER_FREE_INTENT", "RasaApi", "TranscriptEntry"]

# The intent handoff.watch triggers (bot/domain.yml, data/rules.yml).
NO_WORKER_FREE_INTENT = "EXTERNAL_no_worker_free"
# After a resume: with "resume" alone the next turn was mispredicted (DESIGN.md).
_LISTEN = ({"event": "action", "name": "action_listen"},)
# Characters of sender ids sent unquoted in URL paths (see RasaApi._request).
SENDER_SAFE = "+:@"
# Rasa's text for a triggered intent; not something the person wrote.
_EXTERNAL_PREFIX = "EXTERNAL: "


@dataclass(frozen=True)
class TranscriptEntry:
    at: datetime
    sender: str  # "user" or "bot"
    text: str
    intent: str | None = None  # user messages: the NLU's intent and confidence
    confidence: float | None = None
    from_worker: bool = False  # bot messages a worker sent through send_worker_reply
    event_key: str | None = None  # stable id of the event (the user message's id)


class RasaApi:
    def __init__(
        self, url: str | None = None, token: str | None = None, timeout: float = 10.0
    ) -> None:
        self.url = (url or settings.get("rasa_url")).rstrip("/")
        self.token = token if token is not None else settings.get("rasa_token")
        self.timeout = timeout

    def send_worker_reply(self, sender_id: str, text: str) -> None:
        """Send `text` to the person, on the channel they last used."""
        event = {"event": "bot", "text": text, "metadata": {"from_worker": True}}
        self._post_events(sender_id, [event])

    def resume(self, sender_id: str, text: str | None = None) -> None:
        """Give the conversation back to the bot, which says so in the person's language.

        `text` overrides the catalogue's "handoff_resumed" message.
        """
        if text is None:
            text = _resumed_text(self.slot(sender_id, "language"))
        events = [
            {"event": "bot", "text": text},
            {"event": "resume"},
            *_LISTEN,
        ]
        self._post_events(sender_id, events)

    def offer_callback(self, sender_id: str) -> None:
        """No worker claimed the live ticket in time: the bot says so and offers a callback.

        A paused conversation ignores triggered intents as it ignores messages, so the
        bot is resumed first; then EXTERNAL_no_worker_free runs action_no_worker_free
        (data/rules.yml), which speaks in the person's language on their channel and
        starts the callback form.
        """
        self._post_events(sender_id, [{"event": "resume"}, *_LISTEN], side_effects=False)
        self._request(
            "POST",
            sender_id,
            "trigger_intent",
            params={"output_channel": "latest"},
            json={"name": NO_WORKER_FREE_INTENT, "entities": {}},
        )

    def pause(self, sender_id: str) -> None:
        """Pause the bot for a conversation (a worker takes over without a ticket trigger)."""
        self._post_events(sender_id, [{"event": "pause"}], side_effects=False)

    def tracker(self, sender_id: str) -> dict:
        """The conversation's tracker with every event (all sessions)."""
        response = self._request("GET", sender_id, "tracker", params={"include_events": "ALL"})
        return response.json()

    def slot(self, sender_id: str, name: str):
        return (self.tracker(sender_id).get("slots") or {}).get(name)

    def transcript(self, sender_id: str, since: datetime | None = None) -> list[TranscriptEntry]:
        """Every user and bot message of the conversation, oldest first."""
        entries = []
        for event in self.tracker(sender_id).get("events") or []:
            entry = _entry(event)
            if entry and (since is None or entry.at > since):
                entries.append(entry)
        return entries

    # -- HTTP ---------------------------------------------------------------------------

    def _post_events(self, sender_id: str, events: list[dict], side_effects: bool = True) -> None:
        params = {"output_channel": "latest", "execute_side_effects": "true"}
        self._request(
            "POST", sender_id, "tracker/events", params=params if side_effects else {}, json=events
        )

    def _request(self, method: str, sender_id: str, path: str, **kwargs) -> requests.Response:
        # Rasa's routes (Sanic 21.12) do not unquote path parameters: a Twilio sender
        # "+14165550100" or "whatsapp:+1..." quoted as %2B / %3A would name another
        # conversation. "+", ":" and "@" are legal in a URL path as they are.
        url = f"{self.url}/conversations/{quote(sender_id, safe=SENDER_SAFE)}/{path}"
        params = dict(kwargs.pop("params", {}))
        if self.token:
            params["token"] = self.token
        try:
            response = requests.request(method, url, params=params, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise RasaApiError(
                f"cannot reach the Rasa server at {self.url} ({type(exc).__name__}); is it "
                "running with --enable-api, and is WAYPOINT_RASA_URL right?"
            ) from exc
        if response.status_code in (401, 403):
            raise RasaApiError(
                f"the Rasa server refused the token (HTTP {response.status_code}): set "
                "WAYPOINT_RASA_TOKEN to the --auth-token Rasa was started with",
                response.status_code,
            )
        if not response.ok:
            raise RasaApiError(
                f"Rasa {method} {path} failed with HTTP {response.status_code}: "
                f"{response.text[:200]}",
                response.status_code,
            )
        return response


def _entry(event: dict) -> TranscriptEntry | None:
    kind = event.get("event")
    if kind not in ("user", "bot") or not event.get("text"):
        return None
    at = datetime.fromtimestamp(float(event.get("timestamp") or 0), timezone.utc)
    if kind == "bot":
        worker = bool((event.get("metadata") or {}).get("from_worker"))
        return TranscriptEntry(at, "bot", event["text"], from_worker=worker)
    if event["text"].startswith(_EXTERNAL_PREFIX):
        return None
    intent = (event.get("parse_data") or {}).get("intent") or {}
    key = event.get("message_id") or f"{float(event.get('timestamp') or 0):.6f}"
    return TranscriptEntry(
        at, "user", event["text"], intent.get("name"), intent.get("confidence"), event_key=key
    )


def _resumed_text(language: str | None) -> str:
    # The bot's words live in the action server's catalogue, the one place for bot text.
    from actions.catalogue import Catalogue

    return Catalogue(language or "en").text("handoff_resumed")
