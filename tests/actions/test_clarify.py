"""Clarifying questions: asked only when the answer would change the results, one at a time."""

from __future__ import annotations

import pytest

from actions.catalogue import Catalogue
from actions.clarify import (
    answer_to,
    filters_for,
    is_only_a_place,
    next_question,
    place_in_answer,
)
from index.artifact import read_artifact
from index.settings import get, resolve_path


@pytest.fixture(scope="module")
def records():
    _, _, records, _ = read_artifact(resolve_path(get("index_dir")))
    return records


def _named(records, name):
    return next(r for r in records if r.name == name)


def test_next_question_asks_where_when_the_question_named_no_place(records):
    shown = [_named(records, "Food Bank - Jane Street and Regent Park")]
    assert next_question({"query": "food bank"}, shown, "ar", query_has_place=False) == "place"
    assert next_question({"query": "food bank"}, shown, "ar", query_has_place=True) != "place"


def test_next_question_never_asks_the_same_question_twice(records):
    shown = [_named(records, "LINC English Classes - Daytime (CLB 1-6)")]  # English only
    search = {"query": "english class", "asked": ["place", "open_now", "service_language"]}
    assert next_question(search, shown, "ar", query_has_place=False) is None


def test_next_question_offers_services_in_the_persons_language_when_some_lack_it(records):
    shown = [_named(records, "LINC English Classes - Daytime (CLB 1-6)")]
    search = {"query": "english class", "asked": ["place", "open_now"]}
    assert next_question(search, shown, "so", query_has_place=True) == "service_language"
    assert next_question(search, shown, "en", query_has_place=True) is None


@pytest.mark.parametrize(
    "text, place",
    [("Toronto", "Toronto"), ("m5v 2t6", "M5V"), ("تورنتو", "Toronto"), ("多伦多", "Toronto"),
     ("ቶሮንቶ", "Toronto"), ("i am in mississauga", "Mississauga")],
)
def test_answer_to_place_reads_cities_postal_codes_and_other_scripts(text, place):
    assert answer_to("place", text, Catalogue("en")) == {"place": place}
    assert filters_for({"place": place}).near is not None


@pytest.mark.parametrize(
    "language, now, yes, no",
    [("en", "right now", "yes", "no"), ("ar", "الآن", "نعم", "لا"), ("so", "hadda", "haa", "maya"),
     ("ti", "ሕጂ", "እወ", "ኣይፋል"), ("zh", "现在", "是的", "不用")],
)
def test_answer_to_now_and_yes_in_the_persons_language(language, now, yes, no):
    catalogue = Catalogue(language)
    assert answer_to("open_now", now, catalogue) == {"open_now": True}
    assert answer_to("service_language", yes, catalogue) == {"language": language}
    assert answer_to("open_now", no, catalogue) == {}  # no: keep the results shown


def test_answer_to_a_new_question_is_not_an_answer():
    assert answer_to("open_now", "i also need a lawyer", Catalogue("en")) is None
    assert place_in_answer("i also need a lawyer") is None


def test_filters_for_open_now_leaves_out_unknown_hours():
    filters = filters_for({"open_now": True})
    assert filters.open_at is not None and filters.include_unknown_hours is False
    assert filters_for({"query": "x"}) is None


@pytest.mark.parametrize("text", ["Toronto", "M5V 2T6", "تورنتو", "montreal?"])
def test_is_only_a_place_for_a_bare_place(text):
    assert is_only_a_place(text)


@pytest.mark.parametrize("text", ["lawyer in Toronto", "food bank", "i need help"])
def test_is_only_a_place_not_for_a_new_question(text):
    assert not is_only_a_place(text)
