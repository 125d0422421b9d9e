"""Questions embedded by ONNX Runtime (index/onnx_encoder.py) are the questions torch
embeds: the same vectors, the same answers, and a clear word when the export is missing.

Uses the model folder scripts/setup builds, with the ONNX export `waypoint model
convert` writes beside it.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from index import ServiceIndex
from index.embedding import Embedder
from index.errors import EmbeddingModelError
from index.onnx_encoder import onnx_path
from index.settings import get, resolve_path

MODEL = resolve_path(get("embedding_model"))
QUESTIONS = {
    "en": "where can I learn English for free?",
    "fr": "mon propriétaire veut m'expulser, qui peut m'aider ?",
    "ar": "أحتاج إلى طعام الليلة",
    "fa": "می‌خواهم انگلیسی یاد بگیرم",
    "zh": "我需要找一份工作",
    "pa": "ਮੈਨੂੰ ਮੁਫ਼ਤ ਅੰਗਰੇਜ਼ੀ ਕਲਾਸਾਂ ਚਾਹੀਦੀਆਂ ਹਨ",
    "so": "Waxaan u baahanahay cunto caawa",
    "ti": "ናይ እንግሊዝኛ ትምህርቲ ብናጻ ኣበይ ክረክብ እኽእል?",
}


@pytest.fixture(scope="module")
def torch_embedder() -> Embedder:
    return Embedder(runtime="torch")


@pytest.fixture
def folder_without_export(tmp_path):
    """The model folder's files, linked, without its onnx/ export."""
    folder = tmp_path / "model"
    folder.mkdir()
    for item in MODEL.iterdir():
        if item.name != "onnx":
            (folder / item.name).symlink_to(item)
    return folder


def test_the_default_embeds_questions_with_onnx_and_never_loads_torch(embedder):
    assert onnx_path(MODEL).is_file(), "scripts/setup writes the export"
    assert embedder.runtime == "onnx"
    fresh = Embedder()
    fresh.embed_queries(["food bank"])
    assert fresh._model is None  # the action server's case: no torch model in memory


def test_onnx_and_torch_give_the_same_question_vectors_in_every_script(embedder, torch_embedder):
    texts = list(QUESTIONS.values())
    ours, torchs = embedder.embed_queries(texts), torch_embedder.embed_queries(texts)
    assert ours.shape == torchs.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = (ours * torchs).sum(axis=1)
    assert cosines.min() >= 0.9999, dict(zip(QUESTIONS, cosines.round(6), strict=True))


def test_the_same_services_come_first_with_either_runtime(
    demo_index_dir, embedder, torch_embedder, shared_dir
):
    questions = [json.loads(line)["text"] for line in (shared_dir / "eval/dev.jsonl").open()]
    with_onnx = ServiceIndex.load(demo_index_dir, embedder=embedder)
    with_torch = ServiceIndex.load(demo_index_dir, embedder=torch_embedder)
    for one, other in zip(
        with_onnx.search_many(questions, top_k=3),
        with_torch.search_many(questions, top_k=3),
        strict=True,
    ):
        assert one.decision == other.decision, one.query
        assert [h.record.id for h in one.hits] == [h.record.id for h in other.hits], one.query


def test_asking_for_onnx_without_the_export_says_how_to_make_it(folder_without_export):
    with pytest.raises(EmbeddingModelError, match="scripts/setup"):
        Embedder(str(folder_without_export), runtime="onnx")


def test_auto_falls_back_to_torch_without_the_export(folder_without_export):
    fallback = Embedder(str(folder_without_export), runtime="auto")
    assert fallback.runtime == "torch"
    assert fallback.embed_queries(["food bank"]).shape == (1, 384)


def test_an_export_from_other_weights_is_not_used(folder_without_export, caplog):
    (folder_without_export / "onnx").mkdir()
    (folder_without_export / "onnx/model.onnx").symlink_to(onnx_path(MODEL))
    info = json.loads((MODEL / "onnx/export.json").read_text())
    info["sources"]["model_bytes"] = 1  # as if the weights had been converted again
    (folder_without_export / "onnx/export.json").write_text(json.dumps(info))

    assert Embedder(str(folder_without_export), runtime="auto").runtime == "torch"
    assert "exported from other weights" in caplog.text
    with pytest.raises(EmbeddingModelError, match="other weights"):
        Embedder(str(folder_without_export), runtime="onnx")


def test_an_unknown_runtime_is_refused_with_the_choices():
    with pytest.raises(EmbeddingModelError, match="auto, onnx, torch"):
        Embedder(runtime="tensorrt")
