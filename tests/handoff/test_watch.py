"""The unclaimed-ticket watcher: live tickets only, once each, retried when Rasa is down."""

from __future__ import annotations

import threading

from handoff import RasaApiError
from handoff.store import UNCLAIMED_NOTICE
from handoff.watch import notify_unclaimed_tickets, poll_seconds, watch


class FakeApi:
    def __init__(self, fail: bool = False) -> None:
        self.offered: list[str] = []
        self.fail = fail

    def offer_callback(self, sender_id: str) -> None:
        if self.fail:
            raise RasaApiError("cannot reach the Rasa server")
        self.offered.append(sender_id)


def _open(store, conversation, **kwargs):
    details = {"channel": "socketio", "language": "en", "reason": "asked_human"}
    return store.open_ticket(conversation, **details, **kwargs)


def test_only_live_waiting_tickets_past_the_deadline_are_told_once(store, clock):
    live = _open(store, "live", live=True)
    _open(store, "after-hours-urgent", urgent=True)  # not live: nobody promised a worker now
    claimed = _open(store, "claimed", live=True)
    store.claim(claimed.id, "amina")
    api = FakeApi()
    clock.advance(minutes=9)
    assert notify_unclaimed_tickets(store, api, 10, now=clock) == []
    young = _open(store, "young", live=True)
    clock.advance(minutes=2)
    assert notify_unclaimed_tickets(store, api, 10, now=clock) == [live.id]
    assert api.offered == ["live"]
    clock.advance(minutes=30)
    assert notify_unclaimed_tickets(store, api, 10, now=clock) == [young.id]  # live not again
    audit = store.get(live.id).audit
    assert [a.action for a in audit].count(UNCLAIMED_NOTICE) == 1
    assert store.get(live.id).state == "waiting"  # a worker who gets free can still claim it


def test_a_failed_offer_records_nothing_and_is_tried_again(store, clock):
    ticket = _open(store, "person", live=True)
    clock.advance(minutes=11)
    assert notify_unclaimed_tickets(store, FakeApi(fail=True), 10, now=clock) == []
    assert UNCLAIMED_NOTICE not in [a.action for a in store.get(ticket.id).audit]
    assert notify_unclaimed_tickets(store, FakeApi(), 10, now=clock) == [ticket.id]


def test_the_loop_stops_when_told(store):
    stop = threading.Event()
    stop.set()
    watch(store, FakeApi(), minutes=0.05, stop=stop)  # returns at once


def test_poll_interval_follows_the_deadline():
    assert poll_seconds(0.05) == 0.6 and poll_seconds(10) == 30.0 and poll_seconds(0.001) == 0.5
