"""Fuzzing with hypothesis: how many cases, and a count of what actually ran.

The test suite runs a fixed, derandomized sample of each target (same cases every run,
so CI is never red by chance). `scripts/fuzz` sets WAYPOINT_FUZZ_EXAMPLES (10,000 by
default) and a random seed; each test runs its `share` of that number, so that each of
the three targets (importers, staff console, Rasa channels) gets at least that many
cases in all. The summary at the end prints the cases each test family ran.
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, settings

# The staff console's fixtures: a real PostgreSQL store, the app, FakeBot at the edge.
from tests.staff.conftest import (  # noqa: F401
    _cheap_password_hashing,
    _no_real_tracker_store,
    app,
    bot,
    clock,
    flags,
    staff_pg_url,
    store,
    tracker_url,
)

FUZZ_EXAMPLES = int(os.environ.get("WAYPOINT_FUZZ_EXAMPLES", "0") or 0)
CASES: Counter[str] = Counter()


def fuzz_settings(suite_examples: int, *, share: float = 1.0) -> settings:
    """Hypothesis settings: `suite_examples` in the suite, `share` of the fuzz run's count."""
    fuzzing = FUZZ_EXAMPLES > 0
    return settings(
        max_examples=max(1, int(FUZZ_EXAMPLES * share)) if fuzzing else suite_examples,
        derandomize=not fuzzing,
        database=None,
        deadline=None,
        print_blob=True,
        suppress_health_check=list(HealthCheck),
    )


def count(target: str) -> None:
    """One more case run against `target` (summed in the terminal summary)."""
    CASES[target] += 1
