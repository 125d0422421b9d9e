"""Latency of one search (embed the question + FAISS) on a built index."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.questions import QUESTIONS  # noqa: E402
from index import ServiceIndex  # noqa: E402


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default="var/index/demo")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    started = time.perf_counter()
    index = ServiceIndex.load(args.index)
    load_s = time.perf_counter() - started
    index.search("warm-up")
    timings = []
    for i in range(args.queries):
        question = QUESTIONS[i % len(QUESTIONS)] + ("" if i < len(QUESTIONS) else f" {i}")
        t0 = time.perf_counter()
        index.search(question, top_k=5)
        timings.append((time.perf_counter() - t0) * 1000)
    print(f"index: {args.index} ({len(index)} records, {index.manifest['faiss_index']})")
    print(f"load: {load_s:.1f} s   RSS after load and {args.queries} searches: {rss_mb():.0f} MB")
    print(
        f"search latency over {args.queries} questions: p50 {percentile(timings, 50):.1f} ms, "
        f"p95 {percentile(timings, 95):.1f} ms, max {max(timings):.1f} ms "
        f"(cpu threads: {os.cpu_count()})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
