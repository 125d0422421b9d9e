"""Clarifying questions: at most one, after a useful first answer, only when it matters.

After showing results the bot may ask one question whose answer would change them:
where the person is (when the question named no place), whether they need help now
(when a shown service is closed now), or whether they want the service in their
language (when a shown service does not offer it). Each question is asked at most
once per search. The person's next message, when it answers the question (a city or
postal code, "now", "yes"), re-runs the same search with that filter.

What the search remembers lives in one slot, `search` (influence_conversation false):
{"query", "place", "open_now", "language", "pending", "asked"}.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from index.filters import SearchFilters, why_not
from index.places import Place, find_place_in, fold, resolve_place
from index.records import ServiceRecord

from .catalogue import Catalogue

__all__ = [
    "QUESTIONS",
    "answer_to",
    "filters_for",
    "is_only_a_place",
    "next_question",
    "place_in_answer",
]

QUESTIONS = ("place", "open_now", "service_language")
PLACE_NAMES = Path(__file__).parent / "data/place_names.yml"
NEARBY_KM = 25.0
# Services nobody needs an interpreter for: no language question in these.
NO_LANGUAGE_QUESTION = {"en"}


def filters_for(search: dict, now: datetime | None = None) -> SearchFilters | None:
    """The index filters a remembered search asks for, or None for none."""
    place = resolve_place(search["place"]) if search.get("place") else None
    filters = SearchFilters(
        near=place,
        radius_km=NEARBY_KM,
        languages=(search["language"],) if search.get("language") else (),
        open_at=(now or _now()) if search.get("open_now") else None,
        include_unknown_hours=not search.get("open_now"),
    )
    return filters if filters.active else None


def next_question(
    search: dict, records: list[ServiceRecord], language: str, query_has_place: bool
) -> str | None:
    """The one question worth asking after showing `records`, or None."""
    asked = set(search.get("asked", ()))
    if "place" not in asked and not search.get("place") and not query_has_place:
        return "place"
    if "open_now" not in asked and not search.get("open_now"):
        closed = SearchFilters(open_at=_now(), include_unknown_hours=False)
        if any(why_not(r, closed) for r in records):
            return "open_now"
    if "service_language" not in asked and language not in NO_LANGUAGE_QUESTION:
        wanted = SearchFilters(languages=(language,))
        if any(why_not(r, wanted) for r in records):
            return "service_language"
    return None


def answer_to(question: str, text: str, catalogue: Catalogue) -> dict | None:
    """What `text` says in answer to `question`, as changes to the search, or None."""
    if question == "place":
        place = place_in_answer(text)
        return {"place": _place_key(place)} if place else None
    said = fold(text)
    if said in _words(catalogue, "no"):
        return {}
    if question == "open_now" and said in _words(catalogue, "now") | _words(catalogue, "yes"):
        return {"open_now": True}
    if question == "service_language" and said in _words(catalogue, "yes"):
        return {"language": catalogue.language}
    return None


def place_in_answer(text: str) -> Place | None:
    """A Canadian place in a short answer: gazetteer names, postal codes, other scripts."""
    place = resolve_place(text) or find_place_in(text)
    if place:
        return place
    for name, spellings in _place_names().items():
        if any(spelling.casefold() in text.casefold() for spelling in spellings):
            return resolve_place(name)
    return None


def is_only_a_place(text: str) -> bool:
    """The whole message is a place: "Toronto", "M5V 2T6", "تورنتو" (not "lawyer in Toronto")."""
    text = text.strip().strip("?!.")
    if resolve_place(text):
        return True
    return any(text.casefold() == s.casefold() for names in _place_names().values() for s in names)


def _now() -> datetime:
    return datetime.now(ZoneInfo("America/Toronto"))  # any zone: records use their own


def _place_key(place: Place) -> str:
    """What resolve_place() reads back: the postal prefix when that is what was given."""
    return place.postal_prefix or place.name


def _words(catalogue: Catalogue, key: str) -> set[str]:
    return {fold(w) for w in catalogue.words(key)}


@cache
def _place_names() -> dict[str, list[str]]:
    with open(PLACE_NAMES, encoding="utf-8") as file:
        return yaml.safe_load(file) or {}
