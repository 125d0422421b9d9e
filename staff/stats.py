"""The dashboard's numbers: handoffs per day by reason and by language, the median wait,
and the questions the index could not answer, grouped by topic.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from handoff.store import TicketView

from .redaction import redact
from .topics import topic_of

__all__ = ["UNANSWERED_REASONS", "Dashboard", "dashboard", "format_wait"]

# The handoffs that mean "the bot had no good answer", as opposed to a person who
# simply wanted a person, or a crisis.
UNANSWERED_REASONS = frozenset({"low_confidence", "nlu_fallback", "repeated_failure"})


@dataclass(frozen=True)
class Dashboard:
    days: list[date]
    by_reason: dict[str, list[int]]  # reason -> count per day, in `days` order
    by_language: dict[str, list[int]]
    total: int
    median_wait_seconds: float | None
    claimed_count: int
    unanswered: list[tuple[str, list[str]]]  # (topic, questions), biggest topic first


def dashboard(tickets: list[TicketView], today: date, days: int = 14) -> Dashboard:
    span = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
    recent = [t for t in tickets if t.created_at.date() >= span[0]]
    waits = [(t.claimed_at - t.created_at).total_seconds() for t in recent if t.claimed_at]
    return Dashboard(
        days=span,
        by_reason=_per_day(recent, span, lambda t: t.reason),
        by_language=_per_day(recent, span, lambda t: t.language),
        total=len(recent),
        median_wait_seconds=median(waits) if waits else None,
        claimed_count=len(waits),
        unanswered=_unanswered(recent),
    )


def _per_day(tickets, span: list[date], key) -> dict[str, list[int]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for t in tickets:
        counts[key(t)][t.created_at.date()] += 1
    ordered = sorted(counts, key=lambda k: -sum(counts[k].values()))
    return {k: [counts[k][d] for d in span] for k in ordered}


def _unanswered(tickets) -> list[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for t in tickets:
        if t.reason in UNANSWERED_REASONS and t.last_question:
            groups[topic_of(t.last_question)].append(redact(t.last_question))
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))


def format_wait(seconds: float | None) -> str:
    if seconds is None:
        return "no claimed tickets yet"
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min" if seconds < 5400 else f"{seconds / 3600:.1f} h"
