"""Retention deletes what it should and nothing else; "delete my data" deletes one conversation."""

from __future__ import annotations

from sqlalchemy import func, select

from handoff.models import AuditEntry, Ticket, TicketMessage

from .conftest import add_tracker_events, post, tracker_events


def _count(store, model, **where) -> int:
    query = select(func.count()).select_from(model)
    for column, value in where.items():
        query = query.where(getattr(model, column) == value)
    with store.engine.connect() as connection:
        return connection.scalar(query)


def _resolved_ticket(store, conversation: str, clock, *, days_ago: int):
    ticket = store.open_ticket(
        conversation, channel="socketio", language="fa", reason="asked_human"
    )
    store.add_message(ticket.id, f"message of {conversation}")
    store.note(ticket.id, "amina", "note")
    store.resolve(ticket.id, "amina")
    return ticket


def test_purge_deletes_old_resolved_tickets_with_their_messages_and_nothing_newer(
    store, clock, monkeypatch, capsys, tracker_url
):
    add_tracker_events(tracker_url, "old", clock.time.timestamp())
    add_tracker_events(tracker_url, "open", clock.time.timestamp())
    old = _resolved_ticket(store, "old", clock, days_ago=200)
    clock.advance(days=100)
    recent = _resolved_ticket(store, "recent", clock, days_ago=100)
    still_open = store.open_ticket("open", channel="sms", language="en", reason="crisis")
    clock.advance(days=100)  # now: old resolved 200 days ago, recent 100, open 100

    from staff.cli import main

    url = store.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("WAYPOINT_RETENTION_DAYS", "180")
    # The command builds its own store with the real clock, so purge from this one:
    assert store.purge_older_than(180) == 1
    assert main(["--database-url", url, "purge"]) == 0  # and the command runs cleanly
    assert "deleted 0 tickets resolved more than 180 days ago" in capsys.readouterr().out

    assert _count(store, Ticket, id=old.id) == 0
    assert _count(store, TicketMessage, ticket_id=old.id) == 0
    assert _count(store, AuditEntry, ticket_id=old.id) == 0
    assert _count(store, Ticket, id=recent.id) == 1
    assert _count(store, TicketMessage, ticket_id=recent.id) == 2
    assert store.get(still_open.id).state == "waiting"
    assert tracker_events(tracker_url, "old") == 0  # silent 200 days: its transcript too
    assert tracker_events(tracker_url, "open") == 2  # an open ticket keeps its transcript


def test_admin_purge_button_uses_the_retention_setting(admin, store, clock, monkeypatch):
    old = _resolved_ticket(store, "old", clock, days_ago=10)
    clock.advance(days=10)
    kept = _resolved_ticket(store, "new", clock, days_ago=0)
    monkeypatch.setenv("WAYPOINT_RETENTION_DAYS", "5")
    response = post(admin, "/admin/purge", page="/admin/")
    assert response.status_code == 302
    assert _count(store, Ticket, id=old.id) == 0 and _count(store, Ticket, id=kept.id) == 1
    assert "Deleted 1 tickets" in admin.get("/admin/").get_data(as_text=True)


def test_delete_my_data_removes_every_ticket_of_one_conversation_only(
    admin, store, clock, tracker_url
):
    add_tracker_events(tracker_url, "person-a", clock.time.timestamp())
    add_tracker_events(tracker_url, "person-b", clock.time.timestamp())
    first = _resolved_ticket(store, "person-a", clock, days_ago=0)
    second = store.open_ticket("person-a", channel="sms", language="fa", reason="crisis")
    store.add_message(second.id, "my phone 416-555-0199")
    other = _resolved_ticket(store, "person-b", clock, days_ago=0)

    post(admin, "/admin/delete-conversation", {"ticket_id": str(second.id)}, page="/admin/")

    for ticket in (first, second):
        assert _count(store, Ticket, id=ticket.id) == 0
        assert _count(store, TicketMessage, ticket_id=ticket.id) == 0
    assert _count(store, Ticket, id=other.id) == 1
    assert _count(store, TicketMessage, ticket_id=other.id) == 2
    assert tracker_events(tracker_url, "person-a") == 0  # the transcript in Rasa's store too
    assert tracker_events(tracker_url, "person-b") == 2
    deletion = store.audit_log(limit=1)[0]
    assert deletion.action == "delete_conversation" and deletion.actor == "admin"
    assert "person-a" not in (deletion.detail or "")


def test_delete_my_data_by_conversation_id(admin, store):
    ticket = store.open_ticket("person-c", channel="sms", language="en", reason="crisis")
    post(admin, "/admin/delete-conversation", {"conversation_id": "person-c"}, page="/admin/")
    assert _count(store, Ticket, id=ticket.id) == 0
