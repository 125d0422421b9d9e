"""Scale: build throughput, search latency and memory at 10k, 100k and 1M records.

Embedding a million records takes about 15 hours here, so the real data is grown instead:

1. Build throughput. The model's raw encode rate (`model.encode`, batch 16 as the build
   embeds) on the passages of about 300 real DC 211 records, then `build_index` on the
   same records, then the raw rate again; the build's rate is compared with the mean of
   the two raw rates around it.
2. Growing. Each record of a real built index (var/index/dc211) is copied to new places:
   copy k > 0 gets a new id, a Canadian city from a list, its coordinates moved there, and
   the record's vector plus small gaussian noise, re-normalized (cosine about 0.97 to the
   original at the default noise). The grown artifact is written with `write_artifact`,
   which chooses the FAISS index and builds BM25: its FAISS and BM25 parts are timed.
3. Each size is measured in a fresh process (RSS is not cumulative): index load (model
   already loaded), RSS, and over 200 varied questions the latency of one search (embed +
   FAISS + BM25 + ranking) with the default lexical weight and with 0, and of each part.
   An approximate index gets recall@10 against exact search on the same questions, and
   the share of the final top 5 that exact search would have shown.

A FAISS build (HNSW construction) that runs longer than --ann-limit is stopped and the
size is built again with IVF (nprobe tuned to recall@10 >= 0.95 before timing).

    .venv/bin/python bench/scale.py                       # 10k, 100k and 1M: hours
    .venv/bin/python bench/scale.py --sizes 10000 --skip-throughput
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.questions import QUESTIONS  # noqa: E402
from bench.search_latency import percentile, rss_mb  # noqa: E402

DC211_CSV = "/work/shared/data/dc211-icarol/211.csv"
BASE_SOURCE = f"icarol-csv:{DC211_CSV}"
MAX_AGE_MONTHS = 600  # the DC export is old; keep every active record
RECALL_TARGET = 0.95
# Canadian cities the copies move to: (name, province, latitude, longitude).
CITIES = [
    ("Toronto", "ON", 43.6532, -79.3832),
    ("Montréal", "QC", 45.5019, -73.5674),
    ("Vancouver", "BC", 49.2827, -123.1207),
    ("Calgary", "AB", 51.0447, -114.0719),
    ("Edmonton", "AB", 53.5461, -113.4938),
    ("Ottawa", "ON", 45.4215, -75.6972),
    ("Winnipeg", "MB", 49.8951, -97.1384),
    ("Québec", "QC", 46.8139, -71.2080),
    ("Hamilton", "ON", 43.2557, -79.8711),
    ("Kitchener", "ON", 43.4516, -80.4925),
    ("London", "ON", 42.9849, -81.2453),
    ("Halifax", "NS", 44.6488, -63.5752),
    ("Victoria", "BC", 48.4284, -123.3656),
    ("Saskatoon", "SK", 52.1332, -106.6700),
    ("Regina", "SK", 50.4452, -104.6189),
    ("St. John's", "NL", 47.5615, -52.7126),
    ("Windsor", "ON", 42.3149, -83.0364),
    ("Gatineau", "QC", 45.4765, -75.7013),
    ("Laval", "QC", 45.6066, -73.7124),
    ("Mississauga", "ON", 43.5890, -79.6441),
    ("Brampton", "ON", 43.7315, -79.7624),
    ("Surrey", "BC", 49.1913, -122.8490),
    ("Sherbrooke", "QC", 45.4042, -71.8929),
    ("Moncton", "NB", 46.0878, -64.7782),
    ("Fredericton", "NB", 45.9636, -66.6431),
    ("Charlottetown", "PE", 46.2382, -63.1311),
    ("Whitehorse", "YT", 60.7212, -135.0568),
    ("Yellowknife", "NT", 62.4540, -114.3718),
    ("Thunder Bay", "ON", 48.3809, -89.2477),
    ("Kelowna", "BC", 49.8880, -119.4960),
]
DC_CENTRE = (38.9072, -77.0369)
# How the 20 benchmark questions are varied to 200; four in ten name a city (the search
# then looks at 300 candidates instead of 100 and narrows to the city).
VARIANTS = [
    "{q}",
    "{q} near Ottawa",
    "please help: {q}",
    "{q} in Calgary",
    "hi, {q}?",
    "{q} for newcomers",
    "{q} à Montréal",
    "{q} this week",
    "{q} in Vancouver",
    "{q}, thank you",
]


def questions(count: int) -> list[str]:
    return [
        VARIANTS[(i // len(QUESTIONS)) % len(VARIANTS)].format(q=QUESTIONS[i % len(QUESTIONS)])
        for i in range(count)
    ]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def ms_stats(values: list[float]) -> dict[str, float]:
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "max": max(values)}


def emit(kind: str, payload) -> None:
    """A line the parent process reads: RESULT {json} or EVENT name."""
    text = json.dumps(payload) if kind == "RESULT" else payload
    print(f"{kind} {text}", flush=True)


# --- 1. build throughput ------------------------------------------------------------------


def child_throughput(args) -> dict:
    import csv
    import io

    from index.build import build_index
    from index.embedding import PROMPTS, Embedder
    from index.importers import SourceSpec, run_import
    from index.importers.icarol_csv import decode
    from index.vetting import VettingPolicy, vet

    policy = VettingPolicy(max_verified_age_months=MAX_AGE_MONTHS)
    work = Path(args.work) / "throughput"
    work.mkdir(parents=True, exist_ok=True)
    # A real sub-export: the first records vetting keeps, with the site and agency rows
    # they take their address and organization from.
    kept = {r.id for r in vet(run_import(SourceSpec("icarol-csv", DC211_CSV)).records, policy)[0]}
    text, _ = decode(Path(DC211_CSV).read_bytes())
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    col = {name.strip(): i for i, name in enumerate(header)}
    by_id = {row[col["ResourceAgencyNum"]].strip(): row for row in body if len(row) == len(header)}
    wanted: dict[str, None] = {}
    for record_id, row in by_id.items():
        if record_id not in kept:
            continue
        wanted[record_id] = None
        parent = row[col["ParentAgencyNum"]].strip()
        while parent not in ("", "0") and parent in by_id and parent not in wanted:
            wanted[parent] = None
            parent = by_id[parent][col["ParentAgencyNum"]].strip()
        if sum(1 for i in wanted if i in kept) >= args.encode_sample:
            break
    sample_csv = work / "sample.csv"
    with open(sample_csv, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(row for record_id, row in by_id.items() if record_id in wanted)
    spec = SourceSpec("icarol-csv", str(sample_csv))
    records, _ = vet(run_import(spec).records, policy)
    texts = [r.passage_text() for r in records]
    log(f"throughput: {len(texts)} real records, mean {sum(map(len, texts)) / len(texts):.0f} "
        "characters of passage text")

    embedder = Embedder()
    model = embedder.model
    prompts = getattr(model, "prompts", {}) or {}

    def raw_encode() -> float:
        started = time.perf_counter()
        if "passage" in prompts:
            model.encode(texts, prompt_name="passage", batch_size=16, normalize_embeddings=True)
        else:
            model.encode([PROMPTS["passage"] + t for t in texts], batch_size=16,
                         normalize_embeddings=True)
        return len(texts) / (time.perf_counter() - started)

    model.encode(texts[:16], batch_size=16)  # warm-up
    raw, builds = [], []
    for round_ in range(args.rounds):
        raw.append(raw_encode())
        log(f"throughput round {round_ + 1}: raw encode {raw[-1]:.1f} records/s")
        out_dir = work / f"index{round_}"
        shutil.rmtree(out_dir, ignore_errors=True)  # a fresh build embeds everything
        started = time.perf_counter()
        result = build_index([spec], out_dir, embedder=embedder, policy=policy,
                             progress=False, log=lambda _message: None)
        wall = time.perf_counter() - started
        manifest = result.manifest
        builds.append({
            "records": manifest["counts"]["indexed"],
            "embedded": manifest["embedded"],
            "embed_rate": manifest["records_per_second"],
            "build_rate": manifest["counts"]["indexed"] / wall,
            "build_s": wall,
        })
        log(f"throughput round {round_ + 1}: build_index {builds[-1]['build_rate']:.1f} "
            f"records/s overall, embedding {manifest['records_per_second']} records/s")
    raw.append(raw_encode())
    log(f"throughput: raw encode {raw[-1]:.1f} records/s")
    ratios = [b["build_rate"] / ((raw[i] + raw[i + 1]) / 2) for i, b in enumerate(builds)]
    embed_ratios = [b["embed_rate"] / ((raw[i] + raw[i + 1]) / 2) for i, b in enumerate(builds)]
    return {
        "records": len(texts),
        "raw_rates": raw,
        "builds": builds,
        "ratio_build": ratios,
        "ratio_embed": embed_ratios,
        "torch_threads": _torch_threads(),
    }


def _torch_threads() -> int:
    import torch

    return torch.get_num_threads()


# --- 2. grown artifacts -------------------------------------------------------------------


def _moved(location, city, jitter):
    from dataclasses import replace

    name, province, lat, lon = city
    address = location.address
    if address is not None:
        address = replace(address, city=name, province=province, postal_code="", country="CA")
    latitude = longitude = None
    if location.latitude is not None and location.longitude is not None:
        latitude = round(lat + (location.latitude - DC_CENTRE[0]) + jitter[0], 6)
        longitude = round(lon + (location.longitude - DC_CENTRE[1]) + jitter[1], 6)
    return replace(location, address=address, latitude=latitude, longitude=longitude)


def grow(records, vectors, size: int, noise: float, seed: int):
    """`size` records and vectors: the originals, then copies moved to other cities."""
    from dataclasses import replace

    import numpy as np

    rng = np.random.default_rng(seed)
    base = len(records)
    out_vectors = np.empty((size, vectors.shape[1]), dtype="float32")
    for start in range(0, size, 65536):
        rows = np.arange(start, min(size, start + 65536))
        chunk = vectors[rows % base].copy()
        copies = rows >= base
        chunk[copies] += noise * rng.standard_normal(
            (int(copies.sum()), vectors.shape[1]), dtype="float32"
        )
        chunk /= np.linalg.norm(chunk, axis=1, keepdims=True)
        out_vectors[start : start + len(rows)] = chunk
    jitter = rng.uniform(-0.02, 0.02, size=(size, 2))
    out_records = list(records[: min(base, size)])
    for i in range(base, size):
        record, copy = records[i % base], i // base
        city = CITIES[(copy - 1) % len(CITIES)]
        out_records.append(
            replace(
                record,
                id=f"{record.id}-copy{copy}",
                locations=[_moved(loc, city, jitter[i]) for loc in record.locations],
            )
        )
    return out_records, out_vectors


def _ivf(dimension: int, count: int, vectors, timings: dict):
    """The library's IVF-Flat index (index.artifact.ivf_index), trained here so that
    training is timed apart from adding."""
    from index import artifact

    index = artifact.ivf_index(dimension, count)
    started = time.perf_counter()
    artifact.train_if_needed(index, vectors)
    timings["faiss_train_s"] = time.perf_counter() - started
    timings["ivf"] = {"nlist": index.nlist, "nprobe": index.nprobe}
    return index


def _read_base(folder: Path):
    """(manifest, FAISS index, records) of the real index, whatever its format version:
    only its records and vectors are used."""
    import faiss

    from index.records import ServiceRecord

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    with open(folder / "records.jsonl", encoding="utf-8") as lines:
        records = [ServiceRecord.from_dict(json.loads(line)) for line in lines if line.strip()]
    return manifest, faiss.read_index(str(folder / "vectors.faiss")), records


def child_make(args) -> dict:
    import faiss

    from index import artifact
    from index.incremental import passage_digest
    from index.lexical import LexicalIndex

    size, out_dir = args.size, Path(args.work) / f"n{args.size}"
    started = time.perf_counter()
    manifest, base_index, base_records = _read_base(Path(args.base))
    base_vectors = base_index.reconstruct_n(0, base_index.ntotal)
    records, vectors = grow(base_records, base_vectors, size, args.noise, args.seed)
    digests = [passage_digest(r.passage_text()) for r in records]
    timings: dict = {"grow_s": time.perf_counter() - started, "base_records": len(base_records)}
    log(f"n={size}: grown from {len(base_records)} records in {timings['grow_s']:.0f} s")

    library_choice = artifact.choose_faiss_index

    def choose(dimension, count):
        if args.faiss == "ivf":
            index = _ivf(dimension, count, vectors, timings)
        elif args.faiss == "hnsw":
            m, ef_construction, ef_search = (int(v) for v in args.hnsw.split(","))
            index = faiss.IndexHNSWFlat(dimension, m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction, index.hnsw.efSearch = ef_construction, ef_search
        elif args.faiss == "flat":
            index = faiss.IndexFlatIP(dimension)
        else:
            index = library_choice(dimension, count)
        timings["faiss_type"] = type(index).__name__
        emit("EVENT", f"faiss-add-start {type(index).__name__}")
        timings["_add_started"] = time.perf_counter()
        return index

    write_index = faiss.write_index

    def timed_write_index(index, path):
        timings["faiss_add_s"] = time.perf_counter() - timings.pop("_add_started")
        emit("EVENT", "faiss-add-done")
        log(f"n={size}: {type(index).__name__} add took {timings['faiss_add_s']:.0f} s")
        t0 = time.perf_counter()
        write_index(index, path)
        timings["faiss_write_s"] = time.perf_counter() - t0

    class TimedLexical(LexicalIndex):
        @classmethod
        def build(cls, texts):
            t0 = time.perf_counter()
            built = super().build(texts)
            timings["bm25_build_s"] = time.perf_counter() - t0
            log(f"n={size}: BM25 build took {timings['bm25_build_s']:.0f} s")
            return built

        def save(self, folder):
            t0 = time.perf_counter()
            super().save(folder)
            timings["bm25_save_s"] = time.perf_counter() - t0

    artifact.choose_faiss_index = choose
    faiss.write_index = timed_write_index
    artifact.LexicalIndex = TimedLexical
    manifest = {
        **{k: manifest[k] for k in ("model", "model_fingerprint", "dimension", "passage_prompt")},
        "counts": {"indexed": size},
        "synthetic": {"base": str(args.base), "noise": args.noise, "seed": args.seed},
    }
    rss_before = rss_mb()
    t0 = time.perf_counter()
    artifact.write_artifact(out_dir, vectors, records, manifest, digests)
    timings["write_s"] = time.perf_counter() - t0
    timings["records_s"] = timings["write_s"] - sum(
        timings.get(k, 0) for k in ("faiss_add_s", "faiss_write_s", "bm25_build_s", "bm25_save_s")
    )
    timings["peak_rss_mb"] = peak_rss_mb()
    timings["rss_before_write_mb"] = rss_before
    timings["disk_mb"] = {
        name: size_mb(out_dir / name) for name in ("vectors.faiss", "records.jsonl", "lexical")
    }
    log(f"n={size}: write_artifact took {timings['write_s']:.0f} s "
        f"(peak RSS {timings['peak_rss_mb']:.0f} MB)")
    if not timings["faiss_type"].startswith("IndexFlat"):
        _ground_truth(out_dir.parent / f"n{size}.truth", vectors, args.queries)
    return timings


def _ground_truth(folder: Path, vectors, count: int) -> None:
    """Exact top 10 of the benchmark questions, and the vectors, for recall later."""
    import numpy as np

    from index.embedding import Embedder

    folder.mkdir(parents=True, exist_ok=True)
    queries = Embedder().embed_queries(questions(count))
    best = np.full((len(queries), 10), -np.inf, dtype="float32")
    ids = np.zeros((len(queries), 10), dtype="int64")
    for start in range(0, len(vectors), 131072):
        scores = queries @ vectors[start : start + 131072].T
        both = np.concatenate([best, scores], axis=1)
        both_ids = np.concatenate(
            [ids, np.broadcast_to(np.arange(start, start + scores.shape[1]), scores.shape)], axis=1
        )
        top = np.argsort(-both, axis=1)[:, :10]
        best = np.take_along_axis(both, top, axis=1)
        ids = np.take_along_axis(both_ids, top, axis=1)
    np.save(folder / "queries.npy", queries)
    np.save(folder / "truth.npy", ids)
    np.save(folder / "vectors.npy", vectors)


# --- 3. measure one size ------------------------------------------------------------------


def _recall(index, queries, truth, k: int = 10) -> float:
    _, found = index.search(queries, k)
    return sum(len(set(f) & set(t)) for f, t in zip(found, truth, strict=True)) / truth.size


def _filters():
    """Near Toronto (25 km) and open now: a typical filtered question."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from index.filters import SearchFilters
    from index.places import resolve_place

    return SearchFilters(
        near=resolve_place("Toronto"), open_at=datetime.now(ZoneInfo("America/Toronto"))
    )


def child_measure(args) -> dict:
    import numpy as np

    from index import ServiceIndex
    from index.artifact import read_manifest
    from index.embedding import Embedder
    from index.search import CANDIDATES, CITY_CANDIDATES, FILTERED_CANDIDATES

    folder = Path(args.work) / f"n{args.size}"
    truth_dir = Path(args.work) / f"n{args.size}.truth"
    out: dict = {"rss_start_mb": rss_mb(), "filtered_depth": FILTERED_CANDIDATES}
    embedder = Embedder(read_manifest(folder)["model"])
    embedder.embed_queries(["warm-up"])
    out["rss_model_mb"] = rss_mb()
    started = time.perf_counter()
    index = ServiceIndex.load(folder, embedder=embedder)
    out["load_s"] = time.perf_counter() - started
    out["rss_loaded_mb"] = rss_mb()
    out["faiss_type"] = type(index.faiss_index).__name__
    log(f"n={args.size}: loaded in {out['load_s']:.1f} s, RSS {out['rss_loaded_mb']:.0f} MB "
        f"(model alone {out['rss_model_mb']:.0f} MB)")
    approximate = not out["faiss_type"].startswith("IndexFlat")
    if approximate:
        import faiss

        queries, truth = np.load(truth_dir / "queries.npy"), np.load(truth_dir / "truth.npy")
        inner = faiss.extract_index_ivf(index.faiss_index) if "IVF" in out["faiss_type"] else None
        if inner is not None:  # the smallest nprobe reaching the recall target
            sweep = {}
            for nprobe in (1, 2, 4, 8, 16, 32, 64, 128, 256):
                inner.nprobe = nprobe
                sweep[nprobe] = _recall(index.faiss_index, queries, truth)
                if sweep[nprobe] >= RECALL_TARGET:
                    break
            out["recall_sweep"] = {f"nprobe={k}": v for k, v in sweep.items()}
            out["ann_param"] = f"nprobe={inner.nprobe}"
        else:
            hnsw = index.faiss_index.hnsw
            out["ann_param"] = f"efSearch={hnsw.efSearch}"
            out["hnsw"] = {"M": (hnsw.nb_neighbors(1)), "efConstruction": hnsw.efConstruction}
    for text in questions(5):
        index.search(text)

    texts = questions(args.queries)
    filters = _filters()
    parts: dict[str, list[float]] = {
        k: [] for k in ("search", "filtered", "dense_only", "embed", "faiss", "lexical")
    }
    top5: list[list[str]] = []
    for text in texts:
        t0 = time.perf_counter()
        vector = embedder.embed_queries([text])
        t1 = time.perf_counter()
        depth = min(len(index), max(5, CITY_CANDIDATES if index.place_in(text) else CANDIDATES))
        index.faiss_index.search(vector, depth)
        t2 = time.perf_counter()
        index._lexical_bonus(text, depth)
        t3 = time.perf_counter()
        response = index.search(text, top_k=5)
        t4 = time.perf_counter()
        index.search(text, top_k=5, lexical_weight=0)
        t5 = time.perf_counter()
        index.search(text, top_k=5, filters=filters)
        t6 = time.perf_counter()
        for name, seconds in zip(
            ("embed", "faiss", "lexical", "search", "dense_only", "filtered"),
            (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5),
            strict=True,
        ):
            parts[name].append(seconds * 1000)
        top5.append([h.record.key for h in response.hits])
    out["ms"] = {name: ms_stats(values) for name, values in parts.items()}
    out["rss_after_mb"] = rss_mb()
    log(f"n={args.size}: search p50 {out['ms']['search']['p50']:.1f} ms, "
        f"p95 {out['ms']['search']['p95']:.1f} ms; RSS {out['rss_after_mb']:.0f} MB")

    if approximate:
        import faiss

        out["recall10"] = _recall(index.faiss_index, queries, truth)
        if inner is None:
            hnsw, sweep = index.faiss_index.hnsw, {}
            configured = hnsw.efSearch
            for ef in (16, 32, 64, 128, 256, 512):
                hnsw.efSearch = ef
                sweep[f"efSearch={ef}"] = _recall(index.faiss_index, queries, truth)
            hnsw.efSearch = configured
            out["recall_sweep"] = sweep
        # The final top 5 (hybrid ranking, city narrowing) with exact search instead.
        exact = faiss.IndexFlatIP(index.faiss_index.d)
        exact.add(np.load(truth_dir / "vectors.npy", mmap_mode="r"))
        index.faiss_index = exact
        exact_ms, same = [], []
        for text, shown in zip(texts, top5, strict=True):
            t0 = time.perf_counter()
            response = index.search(text, top_k=5)
            exact_ms.append((time.perf_counter() - t0) * 1000)
            keys = {h.record.key for h in response.hits}
            same.append(len(keys & set(shown)) / max(1, len(keys)))
        out["top5_same_as_exact"] = sum(same) / len(same)
        out["exact_search_ms"] = ms_stats(exact_ms)
        log(f"n={args.size}: recall@10 {out['recall10']:.3f} ({out['ann_param']}), final top 5 "
            f"same as exact {out['top5_same_as_exact']:.3f}")
    return out


# --- the parent: run each step in its own process, print the table -------------------------


def run_child(args, step: str, size: int = 0, faiss_mode: str | None = None,
              timeout: float = 3600, add_limit: float | None = None) -> dict:
    argv = [
        sys.executable, str(Path(__file__).resolve()), "--child", step, "--size", str(size),
        "--work", str(args.work), "--base", str(args.base), "--queries", str(args.queries),
        "--noise", str(args.noise), "--seed", str(args.seed), "--rounds", str(args.rounds),
        "--encode-sample", str(args.encode_sample), "--faiss", faiss_mode or args.faiss,
        "--hnsw", args.hnsw,
    ]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, bufsize=1, cwd=ROOT)
    lines: queue.Queue = queue.Queue()

    def pump():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    deadline, add_started, result = time.monotonic() + timeout, None, None
    while True:
        try:
            line = lines.get(timeout=5)
        except queue.Empty:
            line = ""
        if line is None:
            break
        if line.startswith("EVENT faiss-add-start"):
            add_started = time.monotonic()
        elif line.startswith("EVENT faiss-add-done"):
            add_started = None
        elif line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
        elif line:
            sys.stdout.write(line)
        now = time.monotonic()
        reason = None
        if now > deadline:
            reason = f"{step} n={size} ran over {timeout:.0f} s"
        elif add_limit and add_started and now - add_started > add_limit:
            reason = f"FAISS add ran over {add_limit:.0f} s"
        if reason:
            proc.kill()
            proc.wait()
            log(f"stopped: {reason}")
            return {"stopped": reason}
    proc.wait()
    if result is None:
        return {"stopped": f"{step} n={size} failed (exit {proc.returncode})"}
    return result


def ensure_base(args) -> None:
    if (Path(args.base) / "manifest.json").exists():
        return
    log(f"building {args.base} from {BASE_SOURCE} (about 2 minutes per 1000 records)")
    subprocess.run(
        [sys.executable, "-m", "index.cli", "index", "build", "--source", BASE_SOURCE,
         "--out", str(args.base), "--max-age-months", str(MAX_AGE_MONTHS), "--no-progress"],
        cwd=ROOT, check=True, timeout=3600,
    )


def fmt_pair(stats: dict | None, key: str) -> str:
    if not stats or key not in stats:
        return "-"
    return f"{stats[key]['p50']:.1f} / {stats[key]['p95']:.1f}"


def print_report(results: dict) -> None:
    load = os.getloadavg()
    print(f"\nbench/scale.py, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
          f"load average now {load[0]:.1f} (a shared machine: medians, one run)")
    tp = results.get("throughput")
    if tp and "stopped" not in tp:
        raw = ", ".join(f"{r:.1f}" for r in tp["raw_rates"])
        print(f"\nBuild throughput on {tp['records']} real DC 211 records "
              f"(torch threads {tp['torch_threads']}):")
        print(f"  raw model.encode, batch 16: {raw} records/s "
              "(one before and one after each build)")
        for b, ratio, embed_ratio in zip(
            tp["builds"], tp["ratio_build"], tp["ratio_embed"], strict=True
        ):
            print(f"  build_index: {b['build_rate']:.1f} records/s overall ({b['build_s']:.1f} s, "
                  f"ratio {ratio:.2f}); its embedding step {b['embed_rate']:.1f} records/s "
                  f"(ratio {embed_ratio:.2f})")
    elif tp:
        print(f"\nBuild throughput: {tp['stopped']}")
    print()
    print("| records | FAISS | write s (FAISS add / BM25) | build peak RSS MB | load s "
          "| RSS MB (model alone) | search p50 / p95 ms | with filters p50 / p95 "
          "| dense only p50 / p95 | embed p50 | FAISS p50 / p95 | BM25 p50 / p95 | recall@10 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size, entry in results["sizes"].items():
        for note in entry.get("notes", []):
            print(f"| {int(size):,} | {note} |" + " |" * 11)
        make, meas = entry.get("make", {}), entry.get("measure", {})
        if "stopped" in make or "stopped" in meas:
            continue
        ms = meas["ms"]
        recall = "exact"
        if "recall10" in meas:
            recall = (f"{meas['recall10']:.3f} ({meas['ann_param']}); final top 5 same as "
                      f"exact {meas['top5_same_as_exact']:.3f}")
        faiss_s = make.get("faiss_train_s", 0) + make["faiss_add_s"]
        bm25_s = make["bm25_build_s"] + make["bm25_save_s"]
        print(
            f"| {int(size):,} | {meas['faiss_type']} | {make['write_s']:.0f} ({faiss_s:.0f} / "
            f"{bm25_s:.0f}) | {make['peak_rss_mb']:.0f} | {meas['load_s']:.1f} "
            f"| {meas['rss_after_mb']:.0f} ({meas['rss_model_mb']:.0f}) "
            f"| {fmt_pair(ms, 'search')} | {fmt_pair(ms, 'filtered')} "
            f"| {fmt_pair(ms, 'dense_only')} | {ms['embed']['p50']:.1f} | {fmt_pair(ms, 'faiss')} "
            f"| {fmt_pair(ms, 'lexical')} | {recall} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="record counts, comma-separated (default 10000,100000,1000000)")
    parser.add_argument("--base", type=Path, default=ROOT / "var/index/dc211",
                        help="the real index the copies are made from (built if missing)")
    parser.add_argument("--work", type=Path, default=ROOT / "var/bench/scale",
                        help="where the grown artifacts go (deleted at the end unless --keep)")
    parser.add_argument("--keep", action="store_true", help="keep the grown artifacts")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--noise", type=float, default=0.0128,
                        help="per-dimension gaussian noise of a copy's vector (0.0128: cos 0.97)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--faiss", choices=("auto", "flat", "hnsw", "ivf"), default="auto",
                        help="FAISS index of the grown artifacts (auto: choose_faiss_index)")
    parser.add_argument("--hnsw", default="32,40,128", metavar="M,EFC,EFS",
                        help="with --faiss hnsw: M, efConstruction, efSearch (default 32,40,128: "
                             "choose_faiss_index's)")
    parser.add_argument("--ann-limit", type=float, default=1200,
                        help="seconds a FAISS add may take before it is stopped and the size "
                             "rebuilt with IVF (default 1200)")
    parser.add_argument("--step-timeout", type=float, default=5400,
                        help="seconds any one step may take (default 5400)")
    parser.add_argument("--torch-threads", type=int, default=None,
                        help="WAYPOINT_TORCH_THREADS for every step (default: the setting; "
                             "1 is far steadier on a busy 2-core machine)")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--encode-sample", type=int, default=300,
                        help="real records for the throughput comparison (default 300)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="build_index runs, each between two raw encodes (default 1)")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--child", choices=("throughput", "make", "measure"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        step = {"throughput": child_throughput, "make": child_make, "measure": child_measure}
        emit("RESULT", step[args.child](args))
        return 0

    if args.torch_threads is not None:
        os.environ["WAYPOINT_TORCH_THREADS"] = str(args.torch_threads)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict = {"sizes": {}, "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                     "load_average_start": os.getloadavg()}
    try:
        if not args.skip_throughput:
            log("build throughput")
            results["throughput"] = run_child(args, "throughput", timeout=args.step_timeout)
        ensure_base(args)
        for size in sizes:
            entry: dict = {"notes": []}
            results["sizes"][size] = entry
            log(f"n={size}: growing and writing")
            entry["make"] = run_child(args, "make", size, timeout=args.step_timeout,
                                      add_limit=args.ann_limit)
            if "FAISS add ran over" in entry["make"].get("stopped", ""):
                entry["notes"].append(
                    f"{args.faiss} FAISS add stopped after {args.ann_limit:.0f} s; rebuilt as IVF"
                )
                entry["make"] = run_child(args, "make", size, faiss_mode="ivf",
                                          timeout=args.step_timeout)
            if "stopped" in entry["make"]:
                entry["notes"].append(entry["make"]["stopped"])
                continue
            log(f"n={size}: measuring in a fresh process")
            entry["measure"] = run_child(args, "measure", size, timeout=args.step_timeout)
            if "stopped" in entry["measure"]:
                entry["notes"].append(entry["measure"]["stopped"])
            if not args.keep:  # the next size needs the disk space
                shutil.rmtree(args.work / f"n{size}.truth", ignore_errors=True)
                shutil.rmtree(args.work / f"n{size}", ignore_errors=True)
    finally:
        results["load_average_end"] = os.getloadavg()
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n")
        if not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)
    print_report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
