"""action_search_services: answer a service question from the index, or hand off.

The index (model + FAISS + records) loads once per action-server process; with
WAYPOINT_PRELOAD_INDEX=1 (the run scripts set it) on a background thread at
start-up, so the first question does not pay for it. Search
runs in an executor: embedding is CPU work and would otherwise block rasa-sdk's
event loop for every other conversation.

After the results the action may ask one clarifying question (actions/clarify.py);
an answer to it re-runs the remembered search with the new filter.
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
from index.filters import SearchFilters
from index.release import LiveIndex
from index.search import SearchResponse

from .base import WaypointAction
from .cards import language_names
from .catalogue import Catalogue
from .clarify import answer_to, filters_for, is_only_a_place, next_question, place_in_answer
from .handoff import hand_off
from .presentation import Presenter
from .tickets import in_thread

__all__ = ["ActionSearchServices", "check_index_or_exit", "get_index", "pending_answer"]

logger = logging.getLogger(__name__)

# Results scoring this far below the best one are left out: they are usually a
# different need that happens to share words with the question.
MAX_GAP_FROM_BEST = 0.03
# A message this short that names a place, after a search, is "where", not a new need.
MAX_PLACE_ONLY_WORDS = 4

# The index of WAYPOINT_INDEX_DIR; when that is a symlink (index/release.py), a new
# release is loaded beside the old one and swapped in between requests.
_live_index = LiveIndex()


def get_index() -> ServiceIndex:
    """The process's index, loaded on first use (thread-safe), switched on a new release."""
    return _live_index.get()


def _preload() -> None:
    try:
        get_index()
    except Exception:  # reported again, to the person, on the first question
        logger.exception("Could not load the service index")


def check_index_or_exit() -> None:
    """Refuse to start with an index that cannot be read: the message says what to rebuild."""
    from index.artifact import read_artifact
    from index.errors import IndexArtifactError

    folder = settings.resolve_path(settings.get("index_dir"))
    try:
        read_artifact(folder)
    except IndexArtifactError as exc:
        raise SystemExit(
            f"The action server cannot start: {exc} (WAYPOINT_INDEX_DIR={folder})"
        ) from exc


# rasa-sdk imports this package twice: in the Sanic manager process, which only
# registers the action names, and in the worker that serves requests. Only the
# worker (SANIC_WORKER_NAME is set there) should hold the model and the index;
# loading them in both doubled the server's memory (1.9 GB instead of 0.9 GB).
# The manager checks the artifact first, so a missing or corrupt one stops the
# server at start-up instead of failing the first question.
if settings.get("preload_index"):
    if os.environ.get("SANIC_WORKER_NAME"):
        threading.Thread(target=_preload, name="index-preload", daemon=True).start()
    else:
        check_index_or_exit()


def pending_answer(tracker: Tracker, catalogue: Catalogue) -> dict | None:
    """The remembered search updated by the latest message, when that message answers
    the bot's clarifying question (or names only a place after a search); else None."""
    search = tracker.get_slot("search") or {}
    text = (tracker.latest_message or {}).get("text") or ""
    if not search.get("query") or not text.strip() or text.startswith("/"):
        return None
    pending = search.get("pending")
    change = None
    if pending and (pending != "place" or len(text.split()) <= MAX_PLACE_ONLY_WORDS):
        change = answer_to(pending, text, catalogue)
    elif is_only_a_place(text):  # "Toronto" after a search, unasked: search there
        change = answer_to("place", text, catalogue)
    if change is None:
        return None
    return {**search, **change, "pending": None, "answered": next(iter(change), None)}


class ActionSearchServices(WaypointAction):
    action_name = "action_search_services"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
    ) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        search = pending_answer(tracker, catalogue)
        if search is not None and not search["answered"]:  # "no": keep what was shown
            dispatcher.utter_message(text=catalogue.text("results_more"))
            return [SlotSet("search", search)]
        if search is None:
            if not text.strip() or text.startswith("/"):
                dispatcher.utter_message(text=catalogue.text("not_understood"))
                return []
            search = {"query": text, "asked": [], "place": _place_in_other_script(text)}
        return await self._answer(dispatcher, tracker, catalogue, search)

    async def _answer(self, dispatcher, tracker, catalogue, search) -> list[EventType]:
        filters = filters_for(search)
        loop = asyncio.get_running_loop()
        response = await loop.run_in_executor(
            None, _search, search["query"], filters, catalogue.language
        )
        if search.get("answered") and response.decision != "answer":
            # The need was understood before; what the filter left is not good enough.
            dispatcher.utter_message(text=_nothing(search, catalogue))
            return [SlotSet("search", search)]
        hits = _worth_showing(response) if response.hits else []
        searched = SlotSet("last_search", _search_summary(search["query"], response, hits))
        if response.decision != "answer":
            # Not confident: a person takes over (the ticket shows what was found).
            intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
            reason = "nlu_fallback" if intent == "nlu_fallback" else "low_confidence"
            Presenter(dispatcher, tracker, catalogue).handoff(catalogue.text("not_sure"))
            handoff_events = await in_thread(hand_off, dispatcher, tracker, catalogue, reason)
            return [SlotSet("search", search), searched, *handoff_events]
        has_place = response.city is not None or get_index().place_in(search["query"]) is not None
        question = next_question(search, [h.record for h in hits], catalogue.language, has_place)
        if question:
            closing = _question(question, search, catalogue)
            search = {**search, "pending": question, "asked": [*search.get("asked", []), question]}
        else:
            closing = catalogue.text("results_more")
        presenter = Presenter(dispatcher, tracker, catalogue)
        presenter.results(_intro(search, catalogue), [h.record for h in hits], closing)
        shown = (tracker.get_slot("results_shown") or []) + [h.record.key for h in hits]
        return [
            SlotSet("results_shown", shown[-50:]),
            SlotSet("search", search),
            searched,
            SlotSet("failed_turns", 0),
        ]


def _place_in_other_script(text: str) -> str | None:
    """A city the index cannot read in `text` ("تورنتو"): from our own list of names."""
    if get_index().place_in(text) is not None:
        return None
    place = place_in_answer(text)
    return place.name if place else None


def _search(text: str, filters: SearchFilters | None, language: str) -> SearchResponse:
    """Search `text`, asked in `language` (whose confidence offset then applies)."""
    return get_index().search(
        text, top_k=settings.get("results_shown"), filters=filters, language=language
    )


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


def _language_name(catalogue: Catalogue) -> str:
    return language_names([catalogue.language], catalogue.language)[0]


def _intro(search: dict, catalogue: Catalogue) -> str:
    answered = search.get("answered")
    if answered == "place":
        return catalogue.text("results_near", place=search["place"])
    if answered == "open_now":
        return catalogue.text("results_open_now")
    if answered == "language":
        return catalogue.text("results_in_language", language=_language_name(catalogue))
    return catalogue.text("results_intro")


def _nothing(search: dict, catalogue: Catalogue) -> str:
    answered = search["answered"]
    if answered == "place":
        return catalogue.text("nothing_near", place=search["place"])
    if answered == "open_now":
        return catalogue.text("nothing_open_now")
    return catalogue.text("nothing_in_language", language=_language_name(catalogue))


def _question(question: str, search: dict, catalogue: Catalogue) -> str:
    if question == "service_language":
        return catalogue.text("ask_service_language", language=_language_name(catalogue))
    return catalogue.text(f"ask_{question}")
