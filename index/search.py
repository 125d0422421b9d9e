"""Search a built index: embed the question, rank densely and lexically, decide.

Ranking is hybrid: the dense score (cosine of e5 embeddings, FAISS) plus a
lexical bonus, `lexical_weight` times the record's BM25 score relative to the best
BM25 score for the question, so names and acronyms the embeddings blur ("LINC",
"OHIP") still count. Candidates are the nearest records by either signal.

The decision is `answer` when the confidence (the best dense score among the
results shown) plus the offset of the question's language, when it is known,
reaches the answer threshold, `handoff` otherwise: then the bot offers a settlement
worker instead of guessing. The offsets (language_offsets.py) make up for the model
scoring some languages lower than English; like the lexical bonus, which re-orders
results but never makes the bot more confident, they never change the ranking.

A place named in the question narrows the results: a city of the index ("... in
Toronto?") to that city, otherwise a Canadian place or postal code the gazetteer
knows ("... in Mississauga", "M5V 2T6") to services within NEARBY_KM of it.
Embeddings alone rank a French-language class in Montréal above an English class in
Toronto for a French question about Toronto. When nothing there is found, the
unfiltered ranking stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import settings
from .artifact import read_artifact
from .embedding import Embedder
from .filters import SearchFilters, matches
from .flags import FlagStore
from .glossary import expand_query
from .language_offsets import offsets_in_use
from .places import find_place_in
from .records import ServiceRecord
from .text import strip_accents_casefold

__all__ = ["SearchHit", "SearchResponse", "ServiceIndex"]

CANDIDATES = 100  # nearest records by each signal that are considered for ranking
CITY_CANDIDATES = 300  # more when the results will be narrowed to one city
FILTERED_CANDIDATES = 1000  # more again when filters (place, language, open now) apply
NEARBY_KM = 25.0  # radius around a place named in the question


@dataclass
class SearchHit:
    record: ServiceRecord
    score: float  # the ranking score: dense + lexical bonus
    dense: float = 0.0
    lexical: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        r = self.record
        return {
            "id": r.id,
            "source": r.source,
            "name": r.name,
            "score": round(self.score, 4),
            "dense": round(self.dense, 4),
            "lexical": round(self.lexical, 4),
        }


@dataclass
class SearchResponse:
    query: str
    decision: str  # "answer" or "handoff"
    hits: list[SearchHit]
    city: str | None = None  # the city named in the question, when results were narrowed
    confidence: float = 0.0  # the best dense score among the hits
    offset: float = 0.0  # the question's language's offset, added for the decision only

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "decision": self.decision,
            "confidence": round(self.confidence, 4),
            "offset": round(self.offset, 4),
            "city": self.city,
            "results": [h.to_dict() | {"decision": self.decision} for h in self.hits],
        }


class ServiceIndex:
    """A loaded index artifact plus the model that embeds questions for it."""

    def __init__(self, manifest, faiss_index, records, embedder: Embedder, lexical=None) -> None:
        self.manifest = manifest
        self.faiss_index = faiss_index
        self.records = records
        self.embedder = embedder
        self.lexical = lexical
        self.flags = FlagStore()
        # folded name -> the name as the records spell it ("montreal" -> "Montréal")
        fold = strip_accents_casefold
        self._cities = {fold(c): c for r in records for c in r.cities if len(c) > 2}
        self._city_pattern = _alternatives(self._cities)

    @classmethod
    def load(cls, index_dir: str | Path | None = None, *, embedder: Embedder | None = None):
        folder = settings.resolve_path(index_dir or settings.get("index_dir"))
        manifest, faiss_index, records, lexical = read_artifact(folder)
        embedder = embedder or Embedder(manifest["model"])
        return cls(manifest, faiss_index, records, embedder, lexical)

    def __len__(self) -> int:
        return len(self.records)

    def search(
        self,
        text: str,
        *,
        top_k: int = 5,
        threshold: float | None = None,
        lexical_weight: float | None = None,
        filters: SearchFilters | None = None,
        query_expansion: bool | None = None,
        language: str | None = None,
    ) -> SearchResponse:
        return self.search_many(
            [text], top_k=top_k, threshold=threshold, lexical_weight=lexical_weight,
            filters=filters, query_expansion=query_expansion, languages=[language],
        )[0]

    def search_many(
        self,
        texts: list[str],
        *,
        top_k: int = 5,
        threshold: float | None = None,
        lexical_weight: float | None = None,
        filters: SearchFilters | None = None,
        query_expansion: bool | None = None,
        languages: list[str | None] | None = None,
    ) -> list[SearchResponse]:
        """Search several questions at once (one model call, one FAISS call).

        `filters` keep only records that match (near a place, language, open now,
        category, population) among the nearest FILTERED_CANDIDATES by either signal.
        `languages`, one code or None a question, are the languages they are written in:
        each one's offset is added to its confidence for the decision.
        """
        threshold = settings.get("answer_threshold") if threshold is None else threshold
        weight = settings.get("lexical_weight") if lexical_weight is None else lexical_weight
        expand = settings.get("query_expansion") if query_expansion is None else query_expansion
        if not texts:
            return []
        searched = [expand_query(t.strip()) if expand else t.strip() for t in texts]
        vectors = self.embedder.embed_queries(searched)
        if not self.records:
            return [SearchResponse(t, "handoff", []) for t in texts]
        filtering = filters is not None and filters.active
        cities = [None if filtering and filters.near else self.place_in(t) for t in texts]
        if filtering:
            wanted = FILTERED_CANDIDATES
        else:
            wanted = CITY_CANDIDATES if any(cities) else CANDIDATES
        depth = min(len(self.records), max(top_k, wanted))
        dense_scores, rows = self.faiss_index.search(vectors, depth)
        offsets = _offsets(languages or [None] * len(texts))
        return [
            self._rank(text, query, vector, city, dict(_pairs(row_ids, row_scores)), top_k,
                       threshold, weight, filters if filtering else None, offset)
            for text, query, vector, city, row_scores, row_ids, offset in zip(
                texts, searched, vectors, cities, dense_scores, rows, offsets, strict=True
            )
        ]

    def _rank(self, text, query, vector, city, dense: dict[int, float], top_k, threshold,
              weight, filters, offset=0.0):
        """Rank the candidates for `text`, searched as `query` (with expansion)."""
        lexical = self._lexical_bonus(query, depth=len(dense)) if weight > 0 else {}
        missing = [i for i in lexical if i not in dense]
        if missing:  # lexical candidates the dense search did not reach: score them too
            stored = self.faiss_index.reconstruct_batch(np.asarray(missing, dtype="int64"))
            dense.update(zip(missing, (stored @ vector).tolist(), strict=True))
        hits = sorted(
            (
                SearchHit(self.records[i], d + weight * lexical.get(i, 0.0), d, lexical.get(i, 0.0))
                for i, d in dense.items()
            ),
            key=lambda hit: -hit.score,
        )
        hits = [h for h in hits if not self.flags.is_held(h.record)]
        if filters is not None:
            hits = [h for h in hits if matches(h.record, filters)]
        in_city = [h for h in hits if city and _is_in(h.record, city)]
        hits = (in_city or hits)[:top_k]
        confidence = max((h.dense for h in hits), default=0.0)
        decision = "answer" if hits and confidence + offset >= threshold else "handoff"
        where = (city if isinstance(city, str) else city.near.name) if in_city else None
        return SearchResponse(text, decision, hits, where, confidence, offset)

    def _lexical_bonus(self, text: str, depth: int) -> dict[int, float]:
        """Record row -> BM25 score relative to the question's best (0..1), top `depth` only."""
        if self.lexical is None:
            return {}
        scores = self.lexical.scores(text)
        best = float(scores.max(initial=0.0))
        if best <= 0:
            return {}
        depth = min(depth, len(scores))
        top = np.argpartition(-scores, depth - 1)[:depth]
        return {int(i): float(scores[i] / best) for i in top if scores[i] > 0}

    def place_in(self, text: str):
        """A city of the index named in `text`, else a gazetteer place, else None."""
        city = self.city_in(text)
        if city:
            return city
        place = find_place_in(text)
        return SearchFilters(near=place, radius_km=NEARBY_KM) if place else None

    def city_in(self, text: str) -> str | None:
        """The city of the index that `text` names, if any (accents and case ignored)."""
        if self._city_pattern is None:
            return None
        match = self._city_pattern.search(strip_accents_casefold(text))
        return self._cities[match.group(1)] if match else None


def _is_in(record: ServiceRecord, place: str | SearchFilters) -> bool:
    """In the index city `place`, or matching a nearby-place filter."""
    if isinstance(place, str):
        return place in record.cities
    return matches(record, place)


def _offsets(languages: list[str | None]) -> list[float]:
    """The confidence offset of each question's language (0 when unknown)."""
    known = offsets_in_use()
    return [known.get(lang, 0.0) if lang else 0.0 for lang in languages]


def _pairs(row_ids, row_scores):
    return ((int(i), float(s)) for i, s in zip(row_ids, row_scores, strict=True) if i >= 0)




def _alternatives(words) -> re.Pattern | None:
    """A regex matching any of `words` as whole words, longest first."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({alternatives})\b")
