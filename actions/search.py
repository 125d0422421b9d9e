"""action_search_services: answer a service question from the index, or hand off.

The index (model + FAISS + records) loads once per action-server process; with
WAYPOINT_PRELOAD_INDEX=1 (the run scripts set it) on a background thread at
start-up, so the first question does not pay for it. Search
runs in an executor: embedding is CPU work and would otherwise block rasa-sdk's
event loop for every other conversation.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from index import ServiceIndex, settings
from index.search import SearchResponse

from .base import WaypointAction
from .cards import render_card
from .catalogue import Catalogue
from .handoff import hand_off
from .tickets import in_thread

__all__ = ["ActionSearchServices", "get_index"]

logger = logging.getLogger(__name__)

# Results scoring this far below the best one are left out: they are usually a
# different need that happens to share words with the question.
MAX_GAP_FROM_BEST = 0.03

_index: ServiceIndex | None = None
_index_lock = threading.Lock()


def get_index() -> ServiceIndex:
    """The process's index, loaded on first use (thread-safe)."""
    global _index
    with _index_lock:
        if _index is None:
            _index = ServiceIndex.load()
            logger.info("Loaded index %s: %d records", _index.manifest.get("built_at"), len(_index))
        return _index


def _preload() -> None:
    try:
        get_index()
    except Exception:  # reported again, to the person, on the first question
        logger.exception("Could not load the service index")


# rasa-sdk imports this package twice: in the Sanic manager process, which only
# registers the action names, and in the worker that serves requests. Only the
# worker (SANIC_WORKER_NAME is set there) should hold the model and the index;
# loading them in both doubled the server's memory (1.9 GB instead of 0.9 GB).
if settings.get("preload_index") and os.environ.get("SANIC_WORKER_NAME"):
    threading.Thread(target=_preload, name="index-preload", daemon=True).start()


class ActionSearchServices(WaypointAction):
    action_name = "action_search_services"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
    ) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        if not text.strip() or text.startswith("/"):
            dispatcher.utter_message(text=catalogue.text("not_understood"))
            return []
        response = await asyncio.get_running_loop().run_in_executor(None, _search, text)
        hits = _worth_showing(response) if response.hits else []
        searched = SlotSet("last_search", _search_summary(text, response, hits))
        if response.decision != "answer":
            # Not confident: a person takes over (the ticket shows what was found).
            intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
            reason = "nlu_fallback" if intent == "nlu_fallback" else "low_confidence"
            dispatcher.utter_message(text=catalogue.text("not_sure"))
            return [searched, *await in_thread(hand_off, dispatcher, tracker, catalogue, reason)]
        dispatcher.utter_message(text=catalogue.text("results_intro"))
        for hit in hits:
            dispatcher.utter_message(text=render_card(hit.record, catalogue))
        dispatcher.utter_message(text=catalogue.text("results_more"))
        shown = (tracker.get_slot("results_shown") or []) + [h.record.key for h in hits]
        return [SlotSet("results_shown", shown[-50:]), searched, SlotSet("failed_turns", 0)]


def _search(text: str) -> SearchResponse:
    return get_index().search(text, top_k=settings.get("results_shown"))


def _search_summary(text: str, response: SearchResponse, hits) -> dict:
    """For the worker: the question, and the records considered with their scores."""
    shown = hits if response.decision == "answer" else response.hits
    return {
        "question": text,
        "decision": response.decision,
        "results": [
            {"id": h.record.key, "name": h.record.name, "score": round(float(h.score), 4)}
            for h in shown
        ],
    }


def _worth_showing(response: SearchResponse):
    best = response.hits[0].score
    return [hit for hit in response.hits if hit.score >= best - MAX_GAP_FROM_BEST]
