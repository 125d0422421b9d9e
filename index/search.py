"""Search a built index: embed the question with the query prompt, rank, decide.

The decision is `answer` when the best record scores at or above the answer
threshold, `handoff` otherwise: then the bot offers a settlement worker instead of
guessing.

A city of the index named in the question ("... in Toronto?") narrows the results
to that city: embeddings alone rank a French-language class in Montréal above an
English class in Toronto for a French question about Toronto. When nothing in the
city is found, the unfiltered ranking stands.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import settings
from .artifact import read_artifact
from .embedding import Embedder
from .records import ServiceRecord

__all__ = ["SearchHit", "SearchResponse", "ServiceIndex"]

# How many nearest records to look through for ones in the named city.
CITY_CANDIDATES = 200


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
    city: str | None = None  # the city named in the question, when results were narrowed

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "decision": self.decision,
            "city": self.city,
            "results": [h.to_dict() | {"decision": self.decision} for h in self.hits],
        }


class ServiceIndex:
    """A loaded index artifact plus the model that embeds questions for it."""

    def __init__(self, manifest, faiss_index, records, embedder: Embedder) -> None:
        self.manifest = manifest
        self.faiss_index = faiss_index
        self.records = records
        self.embedder = embedder
        # folded name -> the name as the records spell it ("montreal" -> "Montréal")
        self._cities = {_fold(c): c for r in records for c in r.cities if len(c) > 2}
        self._city_pattern = _alternatives(self._cities)

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
        vectors = self.embedder.embed_queries([t.strip() for t in texts])
        if not self.records:
            return [SearchResponse(t, "handoff", []) for t in texts]
        cities = [self.city_in(t) for t in texts]
        k = min(len(self.records), CITY_CANDIDATES if any(cities) else max(1, top_k))
        scores, rows = self.faiss_index.search(vectors, k)
        responses = []
        for text, city, row_scores, row_ids in zip(texts, cities, scores, rows, strict=True):
            hits = [
                SearchHit(self.records[i], float(s))
                for s, i in zip(row_scores, row_ids, strict=True)
                if i >= 0
            ]
            in_city = [h for h in hits if city and city in h.record.cities]
            if not in_city:
                city = None
            hits = (in_city or hits)[:top_k]
            answer = bool(hits) and hits[0].score >= threshold
            responses.append(SearchResponse(text, "answer" if answer else "handoff", hits, city))
        return responses

    def city_in(self, text: str) -> str | None:
        """The city of the index that `text` names, if any (accents and case ignored)."""
        if self._city_pattern is None:
            return None
        match = self._city_pattern.search(_fold(text))
        return self._cities[match.group(1)] if match else None


def _fold(text: str) -> str:
    """Montréal, MONTREAL and montreal all become 'montreal'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _alternatives(words) -> re.Pattern | None:
    """A regex matching any of `words` as whole words, longest first."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({alternatives})\b")
