"""Embedding questions: torch against ONNX Runtime, the same model, in one run.

    .venv/bin/python -m bench.encoder [--rounds 60]

For each runtime: CPU milliseconds per question when questions come one at a time
and in batches of 4 (the action server batches questions asked together,
index/batching.py), the agreement of the vectors (cosine), and one search on the
demo index (embed + FAISS + ranking), p50/p95. Torch runs on one thread too, so
the two compare like for like.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

import numpy as np

from bench.questions import QUESTIONS
from index import ServiceIndex
from index.embedding import Embedder


def cpu_ms_per_question(embedder: Embedder, batch: int, rounds: int) -> float:
    embedder.embed_queries(QUESTIONS[:batch])  # warm-up
    started = time.process_time()
    for r in range(rounds):
        embedder.embed_queries([QUESTIONS[(r + j) % len(QUESTIONS)] for j in range(batch)])
    return (time.process_time() - started) * 1000 / (rounds * batch)


def search_ms(embedder: Embedder, rounds: int) -> tuple[float, float]:
    index = ServiceIndex.load(embedder=embedder)
    index.search("warm-up")
    timings = []
    for r in range(rounds):
        started = time.perf_counter()
        index.search(QUESTIONS[r % len(QUESTIONS)], top_k=5)
        timings.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(timings, n=100, method="inclusive")
    return cuts[49], cuts[94]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    embedders = {"torch": Embedder(runtime="torch"), "onnx": Embedder(runtime="onnx")}
    vectors = {name: e.embed_queries(list(QUESTIONS)) for name, e in embedders.items()}
    cosine = float((vectors["torch"] * vectors["onnx"]).sum(axis=1).min())
    print(f"{len(QUESTIONS)} questions, min cosine torch vs onnx: {cosine:.6f}\n")
    print("| runtime | CPU ms/question, 1 at a time | in batches of 4 | search p50 / p95 ms |")
    print("|---|---|---|---|")
    for name, embedder in embedders.items():
        one = cpu_ms_per_question(embedder, 1, args.rounds)
        four = cpu_ms_per_question(embedder, 4, args.rounds // 2)
        p50, p95 = search_ms(embedder, args.rounds)
        print(f"| {name} | {one:.1f} | {four:.1f} | {p50:.1f} / {p95:.1f} |")
    return 0 if np.isfinite(cosine) else 1


if __name__ == "__main__":
    sys.exit(main())
