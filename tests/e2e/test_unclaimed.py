"""Nobody claims a live ticket in time: the watcher tells the person and offers a callback.

The real servers, plus a `python -m handoff watch` of the test's own with a
3-second deadline (WAYPOINT_UNCLAIMED_MINUTES=0.05; the stack's watcher keeps
the default 10 minutes and never fires here).
"""

from __future__ import annotations

import subprocess
import time
from datetime import datetime, timedelta, timezone

import pytest

from handoff.store import UNCLAIMED_NOTICE

pytestmark = pytest.mark.e2e

MINUTES = 0.05


@pytest.fixture
def fast_watcher(stack, tmp_path):
    log = tmp_path / "watch.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            stack.watch_command(),
            cwd=stack.config.root,
            env=stack.watch_env(WAYPOINT_UNCLAIMED_MINUTES=str(MINUTES)),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    yield log
    process.terminate()  # SIGTERM: the watcher ends between two rounds
    assert process.wait(timeout=15) == 0, log.read_text()


def test_unclaimed_live_ticket_gets_no_worker_message_and_a_callback_offer(
    office_open, pushed_chat, tickets, fast_watcher
):
    replies = pushed_chat.say("I want to talk to a real person please")
    assert any("A person will join this chat soon" in r for r in replies), replies
    ticket = tickets.open_ticket_for(pushed_chat.sender)
    assert ticket.live and ticket.state == "waiting"

    texts = pushed_chat.receiver.wait_for(pushed_chat.sender, len(replies) + 2, timeout=30)
    arrived = datetime.now(timezone.utc)
    deadline = ticket.created_at + timedelta(minutes=MINUTES)
    pushed = texts[len(replies) :]
    assert len(pushed) == 2, (pushed, fast_watcher.read_text())
    assert "no settlement worker is free" in pushed[0]
    assert "contact you as soon as one is free" in pushed[1]
    assert arrived >= deadline
    print(f"\nunclaimed deadline -> 'no worker free' on the channel: {arrived - deadline}")

    # The bot is back for the callback questions; the same ticket becomes a callback.
    pushed_chat.say("/affirm")
    pushed_chat.say("chat")
    confirmation = pushed_chat.say("any")[-1]
    assert "A settlement worker will contact you here, in this chat" in confirmation
    after = tickets.get(ticket.id)
    assert (after.state, after.contact_method) == ("callback_requested", "chat")
    sent = pushed_chat.receiver.texts(pushed_chat.sender)
    assert not [t for t in sent if t.startswith("Sorry")], sent  # no answer was misread
    notices = [a for a in after.audit if a.action == UNCLAIMED_NOTICE]
    assert len(notices) == 1

    time.sleep(2 * MINUTES * 60 / 5 + 0.5)  # two more watcher rounds: nobody is told twice
    assert len([a for a in tickets.get(ticket.id).audit if a.action == UNCLAIMED_NOTICE]) == 1
