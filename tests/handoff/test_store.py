"""TicketStore on SQLite and PostgreSQL: the queue, the state machine, the audit, deletion."""

from __future__ import annotations

import pytest

from handoff import (
    IllegalTransition,
    InvalidValue,
    NotClaimedByYou,
    SchemaNotCurrent,
    TicketNotFound,
    TicketStore,
)
from handoff.db import upgrade


def _open(store, conversation="c1", **kwargs):
    values = dict(channel="socketio", language="ar", reason="asked_human")
    return store.open_ticket(conversation, **{**values, **kwargs})


def test_open_ticket_is_waiting_with_what_the_bot_showed(store, clock):
    records = [{"id": "demo:1", "name": "ESL", "score": 0.81}]
    ticket = _open(store, last_question="English classes?", shown_records=records)
    assert ticket.state == "waiting" and ticket.created_at == clock.time
    got = store.get(ticket.id)
    assert got.shown_records == records and got.last_question == "English classes?"
    assert [(a.action, a.actor, a.to_state) for a in got.audit] == [("open", "bot", "waiting")]


def test_second_trigger_reuses_the_open_ticket_and_escalates_it(store):
    first = _open(store)
    again = _open(store, reason="crisis", urgent=True)
    assert again.id == first.id and again.urgent
    assert [a.action for a in store.get(first.id).audit] == ["open", "escalate"]


def test_queue_puts_urgent_first_then_the_longest_waiting(store, clock):
    old = _open(store, "a")
    clock.advance(minutes=5)
    new = _open(store, "b")
    clock.advance(minutes=5)
    urgent = _open(store, "c", reason="crisis", urgent=True)
    assert [t.id for t in store.list_queue()] == [urgent.id, old.id, new.id]


def test_queue_filters_by_language_reason_channel_and_state(store):
    ar = _open(store, "a")
    fr = _open(store, "b", language="fr", reason="crisis", channel="rest")
    assert [t.id for t in store.list_queue(language="fr")] == [fr.id]
    assert [t.id for t in store.list_queue(reason="asked_human")] == [ar.id]
    assert [t.id for t in store.list_queue(channel="rest")] == [fr.id]
    store.claim(ar.id, "amina")
    assert [t.id for t in store.list_queue(states=["claimed"])] == [ar.id]


def test_claim_reply_resolve_records_who_and_when(store, clock):
    ticket = _open(store)
    clock.advance(minutes=2)
    claimed = store.claim(ticket.id, "amina")
    assert claimed.claimed_by == "amina" and claimed.claimed_at == clock.time
    store.reply(ticket.id, "amina", "Hello, I am Amina.")
    store.note(ticket.id, "amina", "needs Arabic interpreter")
    resolved = store.resolve(ticket.id, "amina")
    got = store.get(ticket.id)
    assert resolved.state == "resolved" and got.resolved_at == clock.time
    assert [(m.kind, m.author) for m in got.messages] == [("worker", "amina"), ("note", "amina")]
    assert [(a.action, a.from_state, a.to_state) for a in got.audit] == [
        ("open", None, "waiting"),
        ("claim", "waiting", "claimed"),
        ("reply", None, None),
        ("note", None, None),
        ("resolve", "claimed", "resolved"),
    ]


def test_reply_needs_the_ticket_claimed_by_the_same_worker(store):
    ticket = _open(store)
    with pytest.raises(NotClaimedByYou, match="must claim it"):
        store.reply(ticket.id, "amina", "hi")
    store.claim(ticket.id, "amina")
    with pytest.raises(NotClaimedByYou, match="claimed by amina"):
        store.reply(ticket.id, "omar", "hi")


@pytest.mark.parametrize(
    "steps",
    [("resolve", "claim"), ("claim", "claim"), ("callback", "callback"), ("resolve", "callback")],
)
def test_illegal_transitions_say_what_is_allowed(store, steps):
    ticket = _open(store)
    actions = {
        "claim": lambda: store.claim(ticket.id, "amina"),
        "resolve": lambda: store.resolve(ticket.id, "amina"),
        "callback": lambda: store.request_callback(
            ticket.id, method="chat", value=None, window="morning", consent_at=ticket.created_at
        ),
    }
    actions[steps[0]]()
    with pytest.raises(IllegalTransition, match="cannot become"):
        actions[steps[1]]()


def test_callback_keeps_contact_consent_and_window(store, clock):
    ticket = _open(store)
    result = store.request_callback(
        ticket.id, method="phone", value="+14165550123", window="evening", consent_at=clock.time
    )
    assert result.state == "callback_requested" and result.contact_value == "+14165550123"
    assert result.consent_at == clock.time and result.contact_window == "evening"
    assert store.claim(ticket.id, "amina").state == "claimed"


def test_phone_callback_without_a_number_is_refused(store):
    ticket = _open(store)
    with pytest.raises(InvalidValue, match="needs the phone"):
        store.request_callback(
            ticket.id, method="phone", value="", window=None, consent_at=ticket.created_at
        )


def test_unknown_reason_lists_the_known_ones(store):
    with pytest.raises(InvalidValue, match="low_confidence"):
        _open(store, reason="bored")


def test_messages_with_the_same_event_key_are_stored_once(store):
    ticket = _open(store)
    assert store.add_message(ticket.id, "are you there?", event_key="1700000000.1")
    assert not store.add_message(ticket.id, "are you there?", event_key="1700000000.1")
    assert [m.text for m in store.get(ticket.id).messages] == ["are you there?"]


def test_open_ticket_for_finds_only_open_tickets(store):
    ticket = _open(store)
    assert store.open_ticket_for("c1").id == ticket.id
    store.resolve(ticket.id, "amina")
    assert store.open_ticket_for("c1") is None


def test_purge_deletes_only_resolved_tickets_past_retention(store, clock):
    old_resolved = _open(store, "a")
    store.resolve(old_resolved.id, "amina")
    old_open = _open(store, "b")
    clock.advance(days=100)
    recent_resolved = _open(store, "c")
    store.resolve(recent_resolved.id, "amina")
    assert store.purge_older_than(90) == 1
    with pytest.raises(TicketNotFound):
        store.get(old_resolved.id)
    assert store.get(old_open.id).state == "waiting"
    assert store.get(recent_resolved.id).state == "resolved"
    assert store.audit_log()[0].action == "purge"


def test_delete_conversation_removes_every_ticket_and_keeps_no_sender_in_the_audit(store):
    first = _open(store, "person-1")
    store.add_message(first.id, "my number is 416 555 0123")
    store.resolve(first.id, "amina")
    second = _open(store, "person-1")
    other = _open(store, "person-2")
    assert store.delete_conversation("person-1") == 2
    assert [t.id for t in store.list_queue()] == [other.id]
    log = store.audit_log()
    assert all("person-1" not in (a.detail or "") for a in log)
    assert log[0].action == "delete_conversation" and second.id not in {a.ticket_id for a in log}


def test_staff_users_keep_a_hash_and_a_role(store):
    store.add_staff_user("amina", "argon2$...", "worker")
    assert store.get_staff_user("amina").role == "worker"
    with pytest.raises(InvalidValue, match="admin"):
        store.add_staff_user("omar", "x", "boss")


def test_store_on_an_unmigrated_database_names_the_command(database_url):
    with pytest.raises(SchemaNotCurrent, match="python -m handoff db upgrade"):
        TicketStore(database_url)
    upgrade(database_url)
    TicketStore(database_url)
