"""The lexical half of hybrid search: BM25 over record text (bm25s).

Embeddings blur exact names: "LINC", "OHIP", "CLB" or a program's own name
match better word for word. Tokens are accent- and case-folded words of two or
more characters, so "Montréal" and "montreal" meet; the function words of the
languages 211 records are written in (English, French, Spanish) are left out, so
"comment ... les ..." does not match every French record.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import numpy as np

from .text import strip_accents_casefold

__all__ = ["LexicalIndex", "tokenize"]

_WORD = re.compile(r"\w\w+")




@cache
def _stopwords() -> frozenset[str]:
    from bm25s import stopwords

    words = (*stopwords.STOPWORDS_EN, *stopwords.STOPWORDS_FRENCH, *stopwords.STOPWORDS_SPANISH)
    return frozenset(strip_accents_casefold(w) for w in words)


def tokenize(text: str) -> list[str]:
    stop = _stopwords()
    return [token for token in _WORD.findall(strip_accents_casefold(text)) if token not in stop]


class LexicalIndex:
    """BM25 scores of every record for a question."""

    def __init__(self, retriever) -> None:
        self.retriever = retriever

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        import bm25s

        retriever = bm25s.BM25()
        retriever.index([tokenize(t) for t in texts] or [[]], show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self.retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        import bm25s

        return cls(bm25s.BM25.load(str(folder)))

    def scores(self, text: str) -> np.ndarray:
        """One BM25 score per record (0 where no word of the question occurs)."""
        tokens = tokenize(text)
        if not tokens:
            return np.zeros(self.retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self.retriever.get_scores(tokens), dtype=np.float32)
