"""Search a built index: embed the question with the query prompt, rank, decide.

The decision is `answer` when the best record scores at or above the answer
threshold, `handoff` otherwise: then the bot offers a settlement worker instead of
guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import settings
from .artifact import read_artifact
from .embedding import Embedder
from .records import ServiceRecord

__all__ = ["SearchHit", "SearchResponse", "ServiceIndex"]


@dataclass
class SearchHit:
    record: ServiceRecord
    score: float

    def to_dict(self) -> dict[str, Any]:
        r = self.record
        return {"id": r.id, "source": r.source, "name": r.name, "score": round(self.score, 4)}


@dataclass
class SearchResponse:
    query: str
    decision: str  # "answer" or "handoff"
    hits: list[SearchHit]

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "decision": self.decision,
            "results": [h.to_dict() | {"decision": self.decision} for h in self.hits],
        }


class ServiceIndex:
    """A loaded index artifact plus the model that embeds questions for it."""

    def __init__(self, manifest, faiss_index, records, embedder: Embedder) -> None:
        self.manifest = manifest
        self.faiss_index = faiss_index
        self.records = records
        self.embedder = embedder

    @classmethod
    def load(cls, index_dir: str | Path | None = None, *, embedder: Embedder | None = None):
        folder = settings.resolve_path(index_dir or settings.get("index_dir"))
        manifest, faiss_index, records = read_artifact(folder)
        return cls(manifest, faiss_index, records, embedder or Embedder(manifest["model"]))

    def __len__(self) -> int:
        return len(self.records)

    def search(
        self, text: str, *, top_k: int = 5, threshold: float | None = None
    ) -> SearchResponse:
        return self.search_many([text], top_k=top_k, threshold=threshold)[0]

    def search_many(
        self, texts: list[str], *, top_k: int = 5, threshold: float | None = None
    ) -> list[SearchResponse]:
        """Search several questions at once (one model call, one FAISS call)."""
        if threshold is None:
            threshold = settings.get("answer_threshold")
        if not texts:
            return []
        k = max(1, min(top_k, len(self.records)))
        vectors = self.embedder.embed_queries([t.strip() for t in texts])
        if not self.records:
            return [SearchResponse(t, "handoff", []) for t in texts]
        scores, rows = self.faiss_index.search(vectors, k)
        responses = []
        for text, row_scores, row_ids in zip(texts, scores, rows, strict=True):
            hits = [
                SearchHit(self.records[i], float(s))
                for s, i in zip(row_scores, row_ids, strict=True)
                if i >= 0
            ]
            answer = bool(hits) and hits[0].score >= threshold
            responses.append(SearchResponse(text, "answer" if answer else "handoff", hits))
        return responses
