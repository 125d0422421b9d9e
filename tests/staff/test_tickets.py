"""Queue order and filters, the ticket page, and the worker's actions, on PostgreSQL."""

from __future__ import annotations

import json

from handoff.errors import RasaApiError

from .conftest import bot_event, post, user_event

XSS = '<img src=x onerror=alert(1)><script>alert("x")</script>'


def _open(store, conversation="c1", **kwargs):
    values = dict(channel="socketio", language="ar", reason="asked_human")
    return store.open_ticket(conversation, **{**values, **kwargs})


def _row_order(page: str, ids) -> list[int]:
    return sorted(ids, key=lambda i: page.index(f'data-ticket="{i}"'))


def test_queue_shows_urgent_first_then_the_longest_waiting(worker, store, clock):
    old = _open(store, "a")
    clock.advance(minutes=5)
    new = _open(store, "b")
    clock.advance(minutes=5)
    urgent = _open(store, "c", reason="crisis", urgent=True)
    page = worker.get("/queue/rows").get_data(as_text=True)
    assert _row_order(page, [old.id, new.id, urgent.id]) == [urgent.id, old.id, new.id]
    assert "URGENT" in page


def test_queue_filters_by_status_language_reason_and_channel(worker, store):
    ar = _open(store, "a")
    fr = _open(store, "b", language="fr", reason="crisis", channel="telegram")
    store.claim(ar.id, "amina")

    def shown(query):
        page = worker.get(f"/queue/rows?{query}").get_data(as_text=True)
        return {t.id for t in (ar, fr) if f'data-ticket="{t.id}"' in page}

    assert shown("language=fr") == {fr.id}
    assert shown("reason=crisis") == {fr.id}
    assert shown("channel=telegram") == {fr.id}
    assert shown("status=claimed") == {ar.id}
    assert shown("status=waiting") == {fr.id}
    assert shown("reason=not-a-reason") == {ar.id, fr.id}  # unknown filters are ignored


def test_ticket_page_shows_the_whole_context_escaped(worker, store, bot):
    records = [{"key": "demo:esl-1", "name": "ESL <b>Centre</b>", "score": 0.612}]
    ticket = _open(store, last_question=XSS, shown_records=records, reason="low_confidence")
    bot.events["c1"] = [
        user_event(XSS, intent="ask_service", confidence=0.31),
        bot_event("I am not sure; a settlement worker can help."),
    ]
    store.add_message(ticket.id, "are you there? " + XSS)
    page = worker.get(f"/tickets/{ticket.id}").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "ask_service (0.31)" in page and "The bot found no good answer" in page
    assert "ESL &lt;b&gt;Centre&lt;/b&gt;" in page and "0.612" in page and ">ar<" in page


def test_claim_reply_note_resolve_deliver_through_rasa(worker, store, bot):
    ticket = _open(store)
    post(worker, f"/tickets/{ticket.id}/claim")
    post(worker, f"/tickets/{ticket.id}/reply", {"text": "Hello, I am Amina."})
    post(worker, f"/tickets/{ticket.id}/note", {"text": "needs an interpreter"})
    post(worker, f"/tickets/{ticket.id}/resolve")
    got = store.get(ticket.id)
    assert got.state == "resolved" and got.claimed_by == "amina"
    assert [(m.kind, m.text) for m in got.messages] == [
        ("worker", "Hello, I am Amina."),
        ("note", "needs an interpreter"),
    ]
    assert bot.sent == [("c1", "Hello, I am Amina.")]  # the note is never sent
    assert bot.resumed == ["c1"]


def test_claiming_a_chat_ticket_quiets_the_bot_but_not_a_phone_callback(
    worker, store, bot, clock
):
    # e.g. the person declined the no-worker-free callback: the bot answers again until
    # a worker claims the ticket, and then only the worker speaks in the chat.
    chat = _open(store, "chat-person")
    post(worker, f"/tickets/{chat.id}/claim")
    phone = _open(store, "phone-person")
    store.request_callback(
        phone.id, method="phone", value="+14165550123", window="morning", consent_at=clock()
    )
    post(worker, f"/tickets/{phone.id}/claim")
    assert bot.paused == ["chat-person"]  # the phone call happens outside the chat
    assert store.get(phone.id).claimed_by == "amina"


def test_reply_without_claiming_is_refused_and_not_sent(worker, store, bot):
    ticket = _open(store)
    response = post(worker, f"/tickets/{ticket.id}/reply", {"text": "hi"})
    assert response.status_code == 302 and bot.sent == []
    assert "must claim it" in worker.get(f"/tickets/{ticket.id}").get_data(as_text=True)


def test_failed_delivery_is_shown_and_the_reply_kept(worker, store, bot):
    ticket = _open(store)
    post(worker, f"/tickets/{ticket.id}/claim")
    bot.fail = RasaApiError("the Rasa server at http://x did not answer")
    post(worker, f"/tickets/{ticket.id}/reply", {"text": "Are you still there?"})
    page = worker.get(f"/tickets/{ticket.id}").get_data(as_text=True)
    assert "not delivered" in page and "Are you still there?" in page
    assert [m.text for m in store.get(ticket.id).messages] == ["Are you still there?"]


def test_flag_a_shown_record_holds_it_out_of_answers(worker, store, flags):
    records = [{"key": "demo:esl-1", "name": "ESL", "score": 0.61, "last_verified": "2025-01-01"}]
    ticket = _open(store, shown_records=records)
    post(worker, f"/tickets/{ticket.id}/flag", {"record": "demo:esl-1", "reason": "closed"})
    flag = flags.all()["demo:esl-1"]
    assert flag.by == "amina" and flag.reason == "closed"


def test_flagging_a_record_the_ticket_did_not_show_is_refused(worker, store, flags):
    ticket = _open(store, shown_records=[{"key": "demo:1", "name": "A", "score": 0.5}])
    post(worker, f"/tickets/{ticket.id}/flag", {"record": "demo:other", "reason": "closed"})
    assert flags.all() == {}


def test_export_json_is_redacted(worker, store, bot):
    ticket = _open(store, last_question="my SIN is 046 454 286, call 416-555-0199")
    bot.events["c1"] = [user_event("email me: ana@example.org, UCI 12-3456-7890")]
    response = worker.get(f"/tickets/{ticket.id}/export.json")
    body = response.get_data(as_text=True)
    data = json.loads(body)
    assert "attachment" in response.headers["Content-Disposition"]
    assert data["last_question"] == "my SIN is [SIN], call [phone]"
    assert data["messages"][0]["text"] == "email me: [email], UCI [UCI]"
    assert "046" not in body and "ana@" not in body and "c1" not in body


def test_printable_export_is_redacted_and_escaped(worker, store):
    ticket = _open(store, last_question=XSS + " 416-555-0199")
    page = worker.get(f"/tickets/{ticket.id}/export").get_data(as_text=True)
    assert "[phone]" in page and "416" not in page and "<script>alert" not in page


def test_transcript_unavailable_still_shows_the_ticket(worker, store, bot):
    ticket = _open(store, last_question="help")
    bot.fail = RasaApiError("the Rasa server at http://x did not answer")
    page = worker.get(f"/tickets/{ticket.id}").get_data(as_text=True)
    assert "unavailable" in page and "help" in page


def test_missing_ticket_is_a_404_that_says_why(worker):
    response = worker.get("/tickets/999999")
    assert response.status_code == 404 and "purged" in response.get_data(as_text=True)
