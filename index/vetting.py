"""Vetting: only records a settlement worker could stand behind enter the index.

Each rule names a reason; what is dropped is counted by reason so the build can
report it (a table on the terminal, JSON in the manifest).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from .flags import FlagStore
from .records import ServiceRecord

__all__ = ["VettingPolicy", "VettingReport", "vet"]


@dataclass(frozen=True)
class VettingPolicy:
    max_verified_age_months: int = 24
    today: date | None = None  # fixed in tests; the build uses date.today()
    # Sources without any verification date (the Miami package) can be indexed for
    # evaluation; their answers then say "last verified: unknown".
    allow_unverified: bool = False
    flags: FlagStore | None = None  # staff flags: flagged records stay out until re-verified

    def rules(self) -> list[tuple[str, Callable[[ServiceRecord], bool]]]:
        """(reason, passes) pairs, checked in order; the first failure is the reason."""
        cutoff = _months_before(self.today or date.today(), self.max_verified_age_months)
        return [
            ("inactive", lambda r: r.status == "active"),
            ("missing name", lambda r: bool(r.name.strip())),
            ("missing description", lambda r: bool(r.description.strip())),
            ("no way to contact", _has_contact),
            ("never verified", lambda r: self.allow_unverified or r.last_verified is not None),
            (
                f"not verified within {self.max_verified_age_months} months",
                lambda r: r.last_verified is None or r.last_verified >= cutoff,
            ),
            ("flagged as outdated by staff", lambda r: not (self.flags and self.flags.is_held(r))),
        ]


@dataclass
class VettingReport:
    kept: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    dropped_ids: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {"kept": self.kept, "dropped": dict(self.dropped), "dropped_ids": self.dropped_ids}


DUPLICATE = "duplicate of a record in another source"


def vet(
    records: Iterable[ServiceRecord], policy: VettingPolicy
) -> tuple[list[ServiceRecord], VettingReport]:
    rules = policy.rules()
    kept: list[ServiceRecord] = []
    report = VettingReport()
    for record in records:
        reason = next((name for name, passes in rules if not passes(record)), None)
        if reason is None:
            kept.append(record)
        else:
            report.dropped[reason] += 1
            report.dropped_ids.setdefault(reason, []).append(record.key)
    kept = _drop_duplicates_across_sources(kept, report)
    report.kept = len(kept)
    return kept, report


def _drop_duplicates_across_sources(
    records: list[ServiceRecord], report: VettingReport
) -> list[ServiceRecord]:
    """The same service published by two sources (a 211 and an agency's own list) is
    kept once: the most recently verified copy. Same service = same name and the same
    phone number or street address. Within one source, same-named services at
    different sites are different services and stay."""
    best: dict[tuple[str, str], ServiceRecord] = {}
    for record in records:
        for identity in _identities(record):
            other = best.get(identity)
            if other is None or other.source == record.source:
                best.setdefault(identity, record)
            elif (record.last_verified or date.min) > (other.last_verified or date.min):
                best[identity] = record
    losers = {
        r.key for r in records
        if any(best[i].key != r.key and best[i].source != r.source for i in _identities(r))
    }
    for key in losers:
        report.dropped[DUPLICATE] += 1
        report.dropped_ids.setdefault(DUPLICATE, []).append(key)
    return [r for r in records if r.key not in losers]


def _identities(record: ServiceRecord) -> set[tuple[str, str]]:
    name = re.sub(r"\W+", " ", record.name.casefold()).strip()
    phones = {re.sub(r"\D", "", p.number)[-10:] for p in record.phones}
    streets = {
        re.sub(r"\W+", " ", loc.address.street.casefold()).strip()
        for loc in record.locations if loc.address and loc.address.street
    }
    return {(name, p) for p in phones if len(p) >= 7} | {(name, s) for s in streets}


def _has_contact(record: ServiceRecord) -> bool:
    has_address = any(loc.address and loc.address.street for loc in record.locations)
    return bool(record.phones or record.url or record.email or has_address)


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, 28))
