"""The embedding model: load it offline, embed queries and passages with their prompts.

multilingual-e5 was trained with "query: " and "passage: " prefixes; the model
folder declares them as sentence-transformers prompts, and this module adds them
itself when a model (e.g. one loaded by name) does not declare them.

Questions are embedded by ONNX Runtime when the folder has its export
(index/onnx_encoder.py; setting `embedding_runtime`), passages by torch. The torch
model is loaded only when something needs it, so an action server that only
embeds questions never loads it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import settings
from .errors import EmbeddingModelError

if TYPE_CHECKING:  # torch and sentence-transformers load slowly; keep them off CLI start-up
    import numpy as np

__all__ = ["RUNTIMES", "Embedder", "model_fingerprint"]

logger = logging.getLogger(__name__)

PROMPTS = {"query": "query: ", "passage": "passage: "}
RUNTIMES = ("auto", "onnx", "torch")


class Embedder:
    """The e5 model, with its prompts and normalized output.

    `runtime` (default: the `embedding_runtime` setting) picks who embeds questions:
    "onnx" the folder's ONNX export, "torch" sentence-transformers, "auto" the
    export when it is there and current, else torch.
    """

    def __init__(self, model_name_or_path: str | None = None, *, runtime: str | None = None):
        spec = model_name_or_path or settings.get("embedding_model")
        local = settings.resolve_path(spec)
        self.spec = str(local) if local.exists() else spec
        self._is_local = local.exists()
        self._model = None
        self._onnx = _onnx_encoder(local, runtime or settings.get("embedding_runtime"))
        self.runtime = "onnx" if self._onnx is not None else "torch"
        if self._onnx is not None:
            self.dimension = self._onnx.dimension
            self._model_prompts = _folder_prompts(local)
        else:
            self.dimension = int(self.model.get_embedding_dimension())
            self._model_prompts = getattr(self.model, "prompts", {}) or {}

    @property
    def model(self):
        """The sentence-transformers model, loaded on first use."""
        if self._model is None:
            self._model = _load(self.spec, is_local=self._is_local)
        return self._model

    @property
    def fingerprint(self) -> str:
        return model_fingerprint(self.spec)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        if self._onnx is not None:
            prompt = self._model_prompts.get("query", PROMPTS["query"])
            return self._onnx.encode([prompt + text for text in texts])
        return self._encode(texts, "query", batch_size=32, show_progress_bar=False)

    def embed_passages(self, texts: list[str], *, batch_size: int = 16, progress: bool = False):
        return self._encode(texts, "passage", batch_size=batch_size, show_progress_bar=progress)

    def _encode(self, texts: list[str], kind: str, **kwargs) -> np.ndarray:
        import numpy as np

        model_prompts = getattr(self.model, "prompts", {}) or {}
        if kind in model_prompts:
            vectors = self.model.encode(
                texts, prompt_name=kind, normalize_embeddings=True, **kwargs
            )
        else:
            vectors = self.model.encode(
                [PROMPTS[kind] + t for t in texts], normalize_embeddings=True, **kwargs
            )
        return np.asarray(vectors, dtype="float32")


def _onnx_encoder(folder: Path, runtime: str):
    """The ONNX encoder the runtime asks for, or None for torch."""
    from . import onnx_encoder

    if runtime not in RUNTIMES:
        raise EmbeddingModelError(
            f"embedding runtime {runtime!r} is not one of {', '.join(RUNTIMES)} "
            "(WAYPOINT_EMBEDDING_RUNTIME)"
        )
    if runtime == "torch":
        return None
    current = folder.is_dir() and onnx_encoder.export_is_current(folder)
    if runtime == "auto" and not current:
        if onnx_encoder.onnx_path(folder).exists():
            logger.warning(
                "%s was exported from other weights; embedding with torch. "
                "Run `waypoint model convert` to export it again.",
                onnx_encoder.onnx_path(folder),
            )
        return None
    if not current:
        raise EmbeddingModelError(
            f"WAYPOINT_EMBEDDING_RUNTIME=onnx, but {onnx_encoder.onnx_path(folder)} is missing "
            "or was exported from other weights: run scripts/setup (or `waypoint model "
            "convert`), or set WAYPOINT_EMBEDDING_RUNTIME=torch"
        )
    threads = settings.get("torch_threads")
    return onnx_encoder.OnnxEncoder(folder, threads=threads if threads > 0 else 1)


def _folder_prompts(folder: Path) -> dict[str, str]:
    try:
        config = json.loads((folder / "config_sentence_transformers.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return config.get("prompts") or {}


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
