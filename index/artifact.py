"""The index artifact: a folder the action server loads read-only.

    manifest.json   model, dimension, counts, sources with checksums, build time
    vectors.faiss   one normalized vector per record, inner-product search
    records.jsonl   the records, in vector order
    lexical/        a BM25 index of the same records, in the same order
    passages.sha256 the digest of the text embedded for each vector (incremental rebuilds)

It is written into a temporary folder beside the target and swapped in with
renames, so a reader never sees half an index.
"""

from __future__ import annotations

import json
import math
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .errors import IndexArtifactError
from .lexical import LexicalIndex
from .records import ServiceRecord

__all__ = [
    "FORMAT_VERSION",
    "choose_faiss_index",
    "ivf_index",
    "train_if_needed",
    "read_manifest",
    "read_artifact",
    "read_passage_digests",
    "write_artifact",
]

FORMAT_VERSION = 2  # 2: lexical/ and passages.sha256 added
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
RECORDS = "records.jsonl"
LEXICAL = "lexical"
PASSAGES = "passages.sha256"
EXACT_SEARCH_LIMIT = 100_000  # exact search stays well under 50 ms up to about here
# Beyond the exact limit: IVF-Flat. bench/scale.py measured recall@10 against exact
# search on grown DC 211 data: IVF-Flat 0.984 at 100k (1024 lists, nprobe 64) and
# 0.978 at 1M (4096 lists, nprobe 16), while HNSW (M=32) reached only 0.47-0.86.
IVF_NPROBE = 64
IVF_TRAINING_PER_LIST = 50  # k-means sample: about 50 vectors per list


def choose_faiss_index(dimension: int, count: int):
    """Exact inner product for up to 100k records; IVF-Flat beyond, where exact gets slow.

    An IVF index must be trained before vectors are added: `train_if_needed`.
    """
    import faiss

    if count <= EXACT_SEARCH_LIMIT:
        return faiss.IndexFlatIP(dimension)
    return ivf_index(dimension, count)


def ivf_index(dimension: int, count: int):
    """An untrained IVF-Flat index sized for `count` vectors."""
    import faiss

    # About 4 sqrt(N) lists, rounded to a power of two: 1024 at 100k, 4096 at 1M.
    nlist = 1 << max(4, round(math.log2(4 * math.sqrt(count))))
    quantizer = faiss.IndexFlatIP(dimension)
    index = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
    index.cp.niter = 10
    # Search reconstructs the vectors of lexical-only candidates, and an incremental
    # rebuild reuses stored vectors: both need the id -> list map.
    index.set_direct_map_type(faiss.DirectMap.Array)
    index.nprobe = min(IVF_NPROBE, nlist)
    return index


def train_if_needed(index, vectors) -> None:
    """Train an IVF index's coarse quantizer on a fixed random sample of `vectors`."""
    import numpy as np

    if index.is_trained:
        return
    sample = min(len(vectors), IVF_TRAINING_PER_LIST * index.nlist)
    rows = np.sort(np.random.default_rng(0).choice(len(vectors), size=sample, replace=False))
    index.train(np.ascontiguousarray(vectors[rows], dtype="float32"))


def write_artifact(
    out_dir: Path,
    vectors,
    records: list[ServiceRecord],
    manifest: dict[str, Any],
    passage_digests: list[str],
) -> None:
    import faiss

    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        index = choose_faiss_index(manifest["dimension"], len(records))
        if len(records):
            train_if_needed(index, vectors)
            index.add(vectors)
        faiss.write_index(index, str(staging / VECTORS))
        with open(staging / RECORDS, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        LexicalIndex.build([r.passage_text() for r in records]).save(staging / LEXICAL)
        (staging / PASSAGES).write_text("".join(d + "\n" for d in passage_digests))
        manifest = {
            **manifest,
            "format_version": FORMAT_VERSION,
            "faiss_index": type(index).__name__,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        _swap_in(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_in(staging: Path, out_dir: Path) -> None:
    old = out_dir.with_name(f".{out_dir.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        out_dir.rename(old)
    staging.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def read_manifest(index_dir: Path) -> dict[str, Any]:
    path = Path(index_dir) / MANIFEST
    if not path.exists():
        raise IndexArtifactError(
            f"{index_dir} is not an index folder (no {MANIFEST}); build one with "
            "`waypoint index build --source hsds-json:demo/hsds/services.json --out DIR`"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise IndexArtifactError(f"{path} is corrupt ({exc.msg}); rebuild the index") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexArtifactError(
            f"{index_dir} has index format {manifest.get('format_version')}, this Waypoint reads "
            f"{FORMAT_VERSION}; rebuild the index"
        )
    return manifest


def read_passage_digests(index_dir: Path) -> list[str]:
    """The digest of each vector's passage text; [] for an index built without them."""
    path = Path(index_dir) / PASSAGES
    return path.read_text().split() if path.exists() else []


def read_artifact(index_dir: Path):
    """(manifest, faiss index, records, lexical index) from an index folder, checked."""
    import faiss

    index_dir = Path(index_dir)
    manifest = read_manifest(index_dir)
    try:
        index = faiss.read_index(str(index_dir / VECTORS))
    except RuntimeError as exc:
        raise IndexArtifactError(
            f"{index_dir / VECTORS} cannot be read; rebuild the index"
        ) from exc
    try:
        with open(index_dir / RECORDS, encoding="utf-8") as lines:
            records = [ServiceRecord.from_dict(json.loads(line)) for line in lines if line.strip()]
    except (OSError, ValueError, TypeError) as exc:
        raise IndexArtifactError(
            f"{index_dir / RECORDS} is unreadable ({exc}); rebuild the index"
        ) from exc
    if index.ntotal != len(records) or index.d != manifest.get("dimension"):
        raise IndexArtifactError(
            f"{index_dir} is inconsistent: {index.ntotal} vectors of dimension {index.d}, "
            f"{len(records)} records, manifest dimension {manifest.get('dimension')}; "
            "rebuild the index"
        )
    lexical = None
    if (index_dir / LEXICAL).is_dir():
        try:
            lexical = LexicalIndex.load(index_dir / LEXICAL)
        except (OSError, ValueError, KeyError) as exc:
            raise IndexArtifactError(f"{index_dir / LEXICAL} is unreadable; rebuild") from exc
    return manifest, index, records, lexical
