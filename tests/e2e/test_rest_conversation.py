"""A person asks over Rasa's REST channel and gets vetted demo services back."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.e2e

DATE = r"\d{4}-\d{2}-\d{2}"


@pytest.fixture(scope="module")
def toronto_language_classes() -> set[str]:
    """Names of the demo index's language-class services in Toronto."""
    from index.artifact import read_artifact
    from index.settings import get, resolve_path

    _, _, records, _ = read_artifact(resolve_path(get("index_dir")))
    return {
        r.name for r in records if "language-classes" in r.taxonomy_codes and "Toronto" in r.cities
    }


def _cards(replies: list[str]) -> list[str]:
    return [r for r in replies if r.startswith("**")]


def _card_name(card: str) -> str:
    return re.match(r"\*\*(.+?)\*\*", card).group(1)


def test_english_question_gets_toronto_language_classes_with_source_and_date(
    chat, toronto_language_classes
):
    replies = chat.say("Where can I take free English classes in Toronto?")
    cards = _cards(replies)
    assert cards, replies
    assert _card_name(cards[0]) in toronto_language_classes
    card = cards[0]
    for label in ("What:", "Where:", "When:", "Phone:", "Languages:"):
        assert label in card, card
    assert re.search(rf"Source: Waypoint demo data \(fictional\), last verified {DATE}", card)
    assert "DEMO DATA" in card


def test_french_question_gets_french_labels_and_language_classes(chat, toronto_language_classes):
    replies = chat.say("Où puis-je suivre des cours d'anglais gratuits à Toronto ?")
    cards = _cards(replies)
    assert cards, replies
    assert _card_name(cards[0]) in toronto_language_classes
    assert "Téléphone : " in cards[0] and "vérifié le" in cards[0]
    assert replies[0] == "Voici ce que j'ai trouvé :"


def test_greeting_introduces_the_bot_and_what_it_keeps(chat):
    replies = chat.say("hello")
    assert any("I am Waypoint" in r for r in replies)
    assert any("not a lawyer or a doctor" in r for r in replies)


def test_asking_for_a_person_points_to_a_settlement_worker(chat):
    replies = chat.say("I want to talk to a real person please")
    assert any("settlement worker" in r for r in replies)
    assert _cards(replies) == []


def test_keyboard_mash_gets_an_answer_not_silence_and_no_services(chat):
    replies = chat.say("qwpoe zzkx")
    assert replies
    assert _cards(replies) == []


def test_language_sticks_for_a_short_follow_up(chat):
    chat.say("Bonjour, j'ai besoin d'aide")
    replies = chat.say("merci")
    assert replies and all("Thank" not in r for r in replies)
