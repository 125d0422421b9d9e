"""Questions asked at the same time are embedded together, in one model call.

The action server searches on executor threads, one per conversation turn. Each
search used to run the model on its own: under load, several threads ran the
model at once and fought over the same two cores. BatchingEmbedder lets one
model call run at a time, and that call takes every question waiting when it
starts (up to `max_batch`), so one forward pass answers many turns.

No waiting is added: a question that arrives while the model is idle is embedded
at once, alone. Only questions that would have waited for a core anyway ride
along in the next batch ("group commit", as databases flush their logs).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from .embedding import Embedder

__all__ = ["BatchingEmbedder"]


@dataclass
class _Request:
    texts: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    vectors: Any = None
    error: BaseException | None = None


class BatchingEmbedder:
    """An Embedder whose `embed_queries` coalesces concurrent calls; the rest passes through."""

    def __init__(self, embedder: Embedder, max_batch: int = 16) -> None:
        self.embedder = embedder
        self.max_batch = max_batch
        self._pending: list[_Request] = []
        self._pending_lock = threading.Lock()
        self._model_lock = threading.Lock()  # one model call at a time

    def __getattr__(self, name: str) -> Any:  # dimension, fingerprint, embed_passages, ...
        return getattr(self.embedder, name)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        request = _Request(list(texts))
        with self._pending_lock:
            self._pending.append(request)
        while not request.done.is_set():
            with self._model_lock:
                # Whoever holds the model lock embeds what is waiting, oldest first; our
                # own request is either done by an earlier holder or still pending.
                if not request.done.is_set():
                    self._run(self._take_batch())
        if request.error is not None:
            raise request.error
        return request.vectors

    def _take_batch(self) -> list[_Request]:
        with self._pending_lock:
            batch, count = [], 0
            while self._pending:
                request = self._pending[0]
                if batch and count + len(request.texts) > self.max_batch:
                    break
                self._pending.pop(0)
                batch.append(request)
                count += len(request.texts)
            return batch

    def _run(self, batch: list[_Request]) -> None:
        texts = [t for request in batch for t in request.texts]
        try:
            vectors = self.embedder.embed_queries(texts)
        except BaseException as exc:  # every caller in the batch sees the failure
            for request in batch:
                request.error = exc
                request.done.set()
            return
        start = 0
        for request in batch:
            request.vectors = vectors[start : start + len(request.texts)]
            start += len(request.texts)
            request.done.set()
