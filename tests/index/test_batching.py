"""Questions embedded together from several threads get the vectors they get alone."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from index.batching import BatchingEmbedder

QUESTIONS = [
    "Where can I take free English classes in Toronto?",
    "j'ai besoin d'une banque alimentaire",
    "necesito ayuda para buscar trabajo",
    "我需要食物银行",
    "mon propriétaire veut m'expulser",
    "help filing my taxes for free",
]


def test_concurrent_questions_get_the_same_vectors_as_one_at_a_time(embedder):
    alone = [embedder.embed_queries([q])[0] for q in QUESTIONS]
    batching = BatchingEmbedder(embedder, max_batch=4)
    with ThreadPoolExecutor(max_workers=len(QUESTIONS)) as pool:
        together = list(pool.map(lambda q: batching.embed_queries([q])[0], QUESTIONS * 3))
    for question, vector in zip(QUESTIONS * 3, together, strict=True):
        expected = alone[QUESTIONS.index(question)]
        assert float(vector @ expected) == pytest.approx(1.0, abs=1e-4), question


def test_a_failing_model_call_raises_in_the_caller():
    class Broken:
        def embed_queries(self, texts):
            raise RuntimeError("model crashed")

    with pytest.raises(RuntimeError, match="model crashed"):
        BatchingEmbedder(Broken()).embed_queries(["food bank"])


def test_everything_else_passes_through_to_the_model(embedder):
    batching = BatchingEmbedder(embedder)
    assert batching.dimension == embedder.dimension
    passage = ["a food bank open on Saturdays"]
    assert np.allclose(batching.embed_passages(passage), embedder.embed_passages(passage))
