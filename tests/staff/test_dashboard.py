"""The dashboard: handoffs per day by reason and language, median wait, unanswered topics."""

from __future__ import annotations

from datetime import timedelta

from staff.charts import stacked_bars
from staff.stats import dashboard
from staff.topics import topic_of


def _open(store, conversation, **kwargs):
    values = dict(channel="socketio", language="en", reason="low_confidence")
    return store.open_ticket(conversation, **{**values, **kwargs})


def test_counts_per_day_median_wait_and_topics(store, clock):
    clock.time = clock.time.replace(hour=12, minute=0)  # no midnight inside the test
    a = _open(store, "a", last_question="Where can I rent an apartment?")
    clock.advance(minutes=4)
    store.claim(a.id, "amina")
    clock.advance(days=1)
    b = _open(store, "b", language="ar", last_question="أين أجد طبيب؟")
    clock.advance(minutes=10)
    store.claim(b.id, "amina")
    _open(store, "c", reason="crisis", last_question="not counted: a crisis")
    tickets = store.list_queue(states=["waiting", "claimed", "resolved"])

    data = dashboard(tickets, clock.time.date(), days=7)

    assert data.total == 3 and data.median_wait_seconds == 7 * 60
    assert data.by_reason["low_confidence"][-2:] == [1, 1]
    assert data.by_reason["crisis"][-1] == 1
    assert data.by_language["ar"][-2:] == [0, 1] and data.by_language["en"][-2:] == [1, 1]
    assert dict(data.unanswered) == {
        "housing": ["Where can I rent an apartment?"],
        "medical clinic": ["أين أجد طبيب؟"],
    }


def test_dashboard_page_draws_inline_svg_charts(admin, store, clock):
    _open(store, "a", last_question="Where can I get a <b>job</b>? call 416-555-0199")
    page = admin.get("/dashboard").get_data(as_text=True)
    assert page.count("<svg viewBox") == 2 and "<rect" in page
    assert "&lt;b&gt;job&lt;/b&gt;" in page and "[phone]" in page and "416" not in page
    assert "employment" in page


def test_chart_bars_stack_to_the_day_total():
    days = [clock_day for clock_day in _days(3)]
    chart = stacked_bars("t", days, {"x": [1, 0, 2], "y": [1, 0, 0]})
    heights = [b.height for b in chart.bars]
    assert len(chart.bars) == 3 and abs(heights[0] + heights[1] - heights[2]) < 1e-6


def _days(n):
    from datetime import date

    start = date(2026, 3, 1)
    return [start + timedelta(days=i) for i in range(n)]


def test_topic_of_uses_the_glossary_in_several_languages_and_falls_back_to_other():
    assert topic_of("Cours de français gratuits?") == "French classes"
    assert topic_of("besoin d'un médecin") == topic_of("أين أجد طبيب؟") == "medical clinic"
    assert topic_of("Necesito comida") == "food bank"  # a stem the glossary lacks
    assert topic_of("qwpoe zzkx") == "other"
