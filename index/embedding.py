"""The embedding model: load it offline, embed queries and passages with their prompts.

multilingual-e5 was trained with "query: " and "passage: " prefixes; the model
folder declares them as sentence-transformers prompts, and this module adds them
itself when a model (e.g. one loaded by name) does not declare them.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import TYPE_CHECKING

from . import settings
from .errors import EmbeddingModelError

if TYPE_CHECKING:  # torch and sentence-transformers load slowly; keep them off CLI start-up
    import numpy as np

__all__ = ["Embedder", "model_fingerprint"]

PROMPTS = {"query": "query: ", "passage": "passage: "}


class Embedder:
    """A loaded sentence-transformers model, with e5 prompts and normalized output."""

    def __init__(self, model_name_or_path: str | None = None) -> None:
        spec = model_name_or_path or settings.get("embedding_model")
        local = settings.resolve_path(spec)
        self.spec = str(local) if local.exists() else spec
        self.model = _load(self.spec, is_local=local.exists())
        self.dimension = int(self.model.get_embedding_dimension())
        self._model_prompts = getattr(self.model, "prompts", {}) or {}

    @property
    def fingerprint(self) -> str:
        return model_fingerprint(self.spec)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query", batch_size=32, show_progress_bar=False)

    def embed_passages(self, texts: list[str], *, batch_size: int = 16, progress: bool = False):
        return self._encode(texts, "passage", batch_size=batch_size, show_progress_bar=progress)

    def _encode(self, texts: list[str], kind: str, **kwargs) -> np.ndarray:
        import numpy as np

        if kind in self._model_prompts:
            vectors = self.model.encode(
                texts, prompt_name=kind, normalize_embeddings=True, **kwargs
            )
        else:
            vectors = self.model.encode(
                [PROMPTS[kind] + t for t in texts], normalize_embeddings=True, **kwargs
            )
        return np.asarray(vectors, dtype="float32")


def model_fingerprint(model_name_or_path: str | None = None) -> str:
    """Names a model in the manifest without loading it: a folder by its weights checksum."""
    spec = model_name_or_path or settings.get("embedding_model")
    folder = settings.resolve_path(spec)
    info = folder / "waypoint_model.json"
    if info.exists():
        sources = json.loads(info.read_text()).get("sources", {})
        digest = hashlib.sha256(json.dumps(sources, sort_keys=True).encode()).hexdigest()
        return f"{folder.name}@{digest[:16]}"
    return str(folder) if folder.exists() else spec


def _load(spec: str, *, is_local: bool):
    threads = settings.get("torch_threads")
    if not is_local:
        # A model name: use the local Hugging Face cache; never download at run time.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # a bar per model load is noise in logs

        if threads > 0:
            torch.set_num_threads(threads)
        return SentenceTransformer(spec, device="cpu")
    except (OSError, ValueError) as exc:
        hint = (
            "run scripts/setup (it builds var/models/multilingual-e5-small), "
            "or set WAYPOINT_EMBEDDING_MODEL to a sentence-transformers folder"
        )
        raise EmbeddingModelError(f"cannot load embedding model {spec!r}: {exc}; {hint}") from exc
