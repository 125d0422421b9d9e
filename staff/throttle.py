"""Login throttling: a few failures per username and per address, then a pause.

In memory, per console process: enough to stop guessing through one console.
Behind several processes each counts on its own (the limit multiplies), which
still keeps a guesser to a handful of tries a minute.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

__all__ = ["LoginThrottle"]

WINDOW_SECONDS = 15 * 60


class LoginThrottle:
    def __init__(self, attempts: int, window: float = WINDOW_SECONDS, clock=time.monotonic):
        self.attempts, self.window, self._clock = attempts, window, clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, *keys: str) -> bool:
        with self._lock:
            return any(len(self._recent(key)) >= self.attempts for key in keys)

    def failed(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._recent(key).append(self._clock())

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)

    def _recent(self, key: str) -> deque[float]:
        times = self._failures[key]
        while times and times[0] < self._clock() - self.window:
            times.popleft()
        return times
