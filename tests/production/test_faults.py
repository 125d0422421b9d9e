"""Faults in the production layout, each put right before the next test.

Action servers killed (the person is told, in their language, to try again or
ask for a person; never silence), a Rasa server killed and restarted (the other
carries on from the tracker store), Redis down (the bot keeps answering, the
logs say so), PostgreSQL stopped and started (no ticket lost; meanwhile each
message gets the apology, in English: Rasa's fallback tracker is empty).
PostgreSQL is shared with other test runs on this machine: that test is last
and keeps the outage to a few seconds.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
import requests

from actions.catalogue import Catalogue
from bot.action_fallback import fallback_text
from handoff import TicketStore, clock
from stack.processes import StackError
from stack.production import wait_until
from tests.e2e.conftest import RestChat

pytestmark = [pytest.mark.e2e]

FRENCH = Catalogue("fr")
SORRY_IN_FRENCH = FRENCH.text("error")  # "try again in a moment, or write 'talk to a person'"
THANKS_IN_FRENCH = FRENCH.text("thank")


def french_chat(url: str) -> RestChat:
    chat = RestChat(url)
    assert chat.say("lang fr") == [FRENCH.text("language_chosen")]
    return chat


def test_action_servers_killed_mid_conversation_the_person_is_told_never_silence(production):
    chat = french_chat(production.config.rasa_url)  # through nginx
    production.kill("action-1")
    # nginx skips the dead server (connection refused): the conversation goes on.
    for _ in range(3):
        assert chat.say("merci") == [THANKS_IN_FRENCH]

    # Both dead, one of them while a question is on its way: an answer or the apology.
    answer: list[list[str]] = []
    question = "je cherche une banque alimentaire"
    asking = threading.Thread(target=lambda: answer.append(chat.say(question)))
    asking.start()
    time.sleep(0.05)
    production.kill("action-2")
    asking.join(timeout=120)
    assert answer and answer[0], "the person got no answer at all"

    # Both down: every turn gets the apology with the way to a person, in French, once.
    assert chat.say("merci") == [SORRY_IN_FRENCH]
    assert chat.say("je veux parler à une personne") == [SORRY_IN_FRENCH]

    production.restart("action-1")
    production.restart("action-2")
    assert chat.say("merci") == [THANKS_IN_FRENCH]


def test_rasa_server_killed_the_other_carries_on_and_the_restarted_one_knows_the_conversation(
    production,
):
    chat = french_chat(production.config.rasa_url)
    production.kill("rasa-1")
    for _ in range(4):  # least_conn would send some to rasa-1; nginx moves them to rasa-2
        assert chat.say("merci") == [THANKS_IN_FRENCH]

    production.restart("rasa-1")  # loads its model again: about a minute
    direct = RestChat(production.config.rasa_server_url(1))
    direct.sender = chat.sender  # the same person, now on the restarted server
    assert direct.say("merci") == [THANKS_IN_FRENCH]  # still French: read from PostgreSQL


def _logs(production, *names: str) -> str:
    return "".join(Path(production.log_of(name)).read_text(errors="replace") for name in names)


def test_redis_down_the_bot_keeps_answering_and_says_why_in_the_logs(production, redis_server):
    chat = french_chat(production.config.rasa_url)
    redis_server.stop()
    try:
        for _ in range(4):
            assert chat.say("merci") == [THANKS_IN_FRENCH]
        assert "Lock store: Redis is unreachable" in _logs(production, "rasa-1", "rasa-2")
    finally:
        redis_server.start()
    for _ in range(4):
        assert chat.say("merci") == [THANKS_IN_FRENCH]
    assert "Redis is reachable again" in _logs(production, "rasa-1", "rasa-2")


@pytest.mark.parametrize("damage", ["corrupt", "missing"])
def test_action_server_refuses_to_start_on_a_bad_index_and_says_what_to_rebuild(
    production, tmp_path, damage
):
    index = tmp_path / "index"
    if damage == "corrupt":
        shutil.copytree(production.config.root / "var/index/demo", index)
        (index / "vectors.faiss").write_bytes(b"half a file")
    with pytest.raises(StackError) as refused:
        production.restart("action-1", timeout=120, env={"WAYPOINT_INDEX_DIR": str(index)})
    message = str(refused.value)
    assert "The action server cannot start" in message and "index" in message
    assert "rebuild" in message or "waypoint index build" in message
    production.restart("action-1")  # the good index again
    assert french_chat(production.config.rasa_url).say("merci") == [THANKS_IN_FRENCH]


def _postgres(action: str) -> None:
    version = sorted(p.name for p in Path("/etc/postgresql").iterdir())[-1]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action],
        check=True, capture_output=True, timeout=60,
    )


def test_postgres_stopped_and_started_loses_no_ticket_and_errors_clearly_meanwhile(production):
    config = production.config
    tickets = TicketStore(config.database_url, tracker_url=config.database_url)
    started = clock.now()
    chat = french_chat(config.rasa_url)
    chat.say("je veux parler à une personne")  # office open: a live ticket
    mine = [t for t in tickets.list_queue() if t.conversation_id == chat.sender]
    assert len(mine) == 1 and mine[0].created_at >= started
    before = {t.id for t in tickets.list_queue()}

    _postgres("stop")
    try:
        # A message that needs the tickets: asking for a person.
        down = requests.post(
            f"{config.rasa_url}/webhooks/rest/webhook",
            json={"sender": chat.sender, "message": "je veux parler à une personne"},
            timeout=30,
        )
    finally:
        _postgres("start")
    # Rasa falls back to an empty in-memory tracker, and the action server cannot reach
    # the tickets: the apology at once, in the language of the message.
    assert down.json() == [{"recipient_id": chat.sender, "text": fallback_text("fr")}]
    assert "Falling back to use the 'InMemoryTrackerStore'" in _logs(
        production, "rasa-1", "rasa-2"
    )

    assert wait_until(lambda: _answers(config.rasa_url), timeout=60)
    assert {t.id for t in tickets.list_queue()} >= before  # no ticket lost
    assert tickets.get(mine[0].id).conversation_id == chat.sender


def _answers(url: str) -> bool:
    reply = requests.post(
        f"{url}/webhooks/rest/webhook", json={"sender": "after-restart", "message": "/thank"},
        timeout=30,
    )
    return reply.ok and bool(reply.json())
