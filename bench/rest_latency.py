"""Round trip of a search question over Rasa's REST channel, through the real servers.

Starts the stack (as scripts/run does) on free ports, sends --turns questions one
at a time from fresh conversations, and prints p50/p95 and each process's RSS.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.questions import QUESTIONS  # noqa: E402
from bench.search_latency import percentile, rss_mb  # noqa: E402
from stack import Stack, StackConfig  # noqa: E402


def process_tree_rss(pid: int) -> float:
    """RSS of a process and its children (Sanic serves from a child process)."""
    total = rss_mb(pid)
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        total += process_tree_rss(int(child))
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=200)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="waypoint-bench-"))
    config = StackConfig.in_folder(tmp)
    started = time.perf_counter()
    with Stack(config) as stack:
        print(f"stack started in {time.perf_counter() - started:.0f} s")
        url = f"{config.rasa_url}/webhooks/rest/webhook"
        requests.post(url, json={"sender": "warm-up", "message": QUESTIONS[0]}, timeout=120)
        timings, empty = [], 0
        for i in range(args.turns):
            body = {"sender": f"bench-{uuid.uuid4()}", "message": QUESTIONS[i % len(QUESTIONS)]}
            t0 = time.perf_counter()
            reply = requests.post(url, json=body, timeout=120)
            timings.append((time.perf_counter() - t0) * 1000)
            empty += not reply.json()
        print(
            f"REST round trip, search question, {args.turns} turns one at a time: "
            f"p50 {percentile(timings, 50):.0f} ms, p95 {percentile(timings, 95):.0f} ms, "
            f"max {max(timings):.0f} ms; empty replies: {empty}"
        )
        for process in stack.processes:
            print(f"RSS {process.name:<14} {process_tree_rss(process.popen.pid):6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
