"""The embedding model's encoder under ONNX Runtime: the same weights, a cheaper call.

Under load the action server spent over half its CPU embedding questions with
torch (`python -m bench.load --profile`). The same graph exported to ONNX and run
by ONNX Runtime on one thread costs less than half as much for one question, and
gives the same vectors (cosine >= 0.9999, checked at export; bench/encoder.py
prints both). sentence-transformers can run ONNX itself (`backend="onnx"`), but
that needs optimum-onnx, which requires transformers < 4.58 (we have 5.x), so
this module runs the exported graph: tokenize with the folder's own
tokenizer.json, mean-pool over the attention mask, L2-normalize, exactly as the
folder's modules.json describes.

`export(folder)` runs at set-up time (`waypoint model convert`, scripts/setup) and
writes `<folder>/onnx/model.onnx`; nothing is exported or downloaded at run time.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import numpy as np

from .errors import EmbeddingModelError, ModelConversionError

__all__ = ["OnnxEncoder", "export", "export_is_current", "onnx_path"]

# Questions in several scripts: the export is checked against torch on these.
CHECK_TEXTS = (
    "query: where can I learn English for free?",
    "query: j'ai besoin de nourriture ce soir",
    "query: mi casero quiere desalojarme",
    "query: أين يمكنني تعلم اللغة الإنجليزية مجانا",
    "query: می‌خواهم انگلیسی یاد بگیرم",
    "query: 我需要找工作",
    "query: ਮੈਨੂੰ ਡਾਕਟਰ ਦੀ ਲੋੜ ਹੈ",
    "passage: Free English classes (LINC) for permanent residents and refugees.",
)
MIN_COSINE = 0.9999
_EXPORT_INFO = "export.json"


def onnx_path(folder: Path) -> Path:
    return Path(folder) / "onnx" / "model.onnx"


class OnnxEncoder:
    """Sentence vectors from `<folder>/onnx/model.onnx`, as the torch model gives them."""

    def __init__(self, folder: Path, *, threads: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        folder = Path(folder)
        path = onnx_path(folder)
        if not path.is_file():
            raise EmbeddingModelError(
                f"{path} does not exist: run scripts/setup (or `waypoint model convert`), "
                "or set WAYPOINT_EMBEDDING_RUNTIME=torch"
            )
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = max(threads, 1)
        options.inter_op_num_threads = 1
        # Idle threads would spin waiting for work, burning the CPU Rasa needs.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(_max_seq_length(folder))
        self.tokenizer.enable_padding()
        self.dimension = int(self.session.get_outputs()[0].shape[-1])

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalized float32 vectors, one row per text (prompts already added)."""
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        (hidden,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)


def export(folder: Path) -> Path:
    """Export the folder's transformer to ONNX and check it against torch.

    Written beside its final name and renamed into place, so a failed export leaves
    the previous file (or none). Raises ModelConversionError when the exported
    graph does not give torch's vectors.
    """
    import torch
    from sentence_transformers import SentenceTransformer

    folder = Path(folder)
    target = onnx_path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    model = SentenceTransformer(str(folder), device="cpu")
    transformer = model[0].auto_model.eval()
    sample = model.tokenizer(list(CHECK_TEXTS[:2]), padding=True, return_tensors="pt")
    fd, staging = tempfile.mkstemp(prefix=".model-", suffix=".onnx", dir=target.parent)
    os.close(fd)
    try:
        with torch.inference_mode():
            torch.onnx.export(
                _last_hidden_state_module(transformer),
                (sample["input_ids"], sample["attention_mask"]),
                staging,
                input_names=["input_ids", "attention_mask"],
                output_names=["last_hidden_state"],
                dynamic_axes={
                    name: {0: "batch", 1: "tokens"}
                    for name in ("input_ids", "attention_mask", "last_hidden_state")
                },
                opset_version=17,
                dynamo=False,  # the TorchScript exporter: no onnxscript needed
            )
        _readable_by_all(staging)
        os.replace(staging, target)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise
    cosine = _check_against_torch(folder, model)
    info = {"sources": _sources(folder), "min_cosine_vs_torch": round(cosine, 6)}
    (target.parent / _EXPORT_INFO).write_text(json.dumps(info, indent=2), encoding="utf-8")
    return target


def export_is_current(folder: Path) -> bool:
    """True when `<folder>/onnx/model.onnx` was exported from the folder's present weights."""
    info_file = onnx_path(folder).parent / _EXPORT_INFO
    try:
        info = json.loads(info_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return onnx_path(folder).is_file() and info.get("sources") == _sources(Path(folder))


def _last_hidden_state_module(transformer):
    """The transformer as a module with two inputs and one output, for the exporter."""
    import torch

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask):
            out = self.transformer(input_ids=input_ids, attention_mask=attention_mask)
            return out.last_hidden_state

    return LastHiddenState()


def _readable_by_all(path: str) -> None:
    """mkstemp makes the file private; give it the mode any other file here gets."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _check_against_torch(folder: Path, model) -> float:
    expected = model.encode(list(CHECK_TEXTS), normalize_embeddings=True)
    got = OnnxEncoder(folder).encode(list(CHECK_TEXTS))
    cosine = float((np.asarray(expected) * got).sum(axis=1).min())
    if cosine < MIN_COSINE:
        onnx_path(folder).unlink(missing_ok=True)
        raise ModelConversionError(
            f"the ONNX export of {folder} disagrees with torch (cosine {cosine:.6f} < "
            f"{MIN_COSINE}); it was removed. Set WAYPOINT_EMBEDDING_RUNTIME=torch and report "
            "the torch and onnxruntime versions."
        )
    return cosine


def _sources(folder: Path) -> dict:
    """What the export was made from: the folder's own record of its weights."""
    info = Path(folder) / "waypoint_model.json"
    try:
        record = json.loads(info.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        weights = Path(folder) / "model.safetensors"
        return {"model.safetensors": weights.stat().st_size if weights.exists() else None}
    return {key: record.get(key) for key in ("sources", "converter_version", "model_bytes")}


def _max_seq_length(folder: Path) -> int:
    try:
        config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(config.get("max_seq_length", 512))
    except (OSError, ValueError):
        return 512
