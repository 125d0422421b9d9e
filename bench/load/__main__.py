"""`python -m bench.load`: concurrent multi-turn conversations against Rasa's REST channel.

For each layout, one after another in the same run: start it, play every script
once, one message at a time (single-conversation latency, and a check that every
turn is answered), then let --users people chat at once for --duration seconds
while psutil samples each process's CPU and memory; stop it. Prints one table
for all layouts and writes the raw numbers to var/bench/load-<time>.json.

    .venv/bin/python -m bench.load                                  # reference vs waypoint
    .venv/bin/python -m bench.load --layouts waypoint --users 50 --duration 90
    .venv/bin/python -m bench.load --targets http://127.0.0.1:8000 \\
        --watch rasa-1=5005 --watch rasa-2=5006 --watch action-1=5055 --watch postgres=5432
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

from index.settings import PROJECT_ROOT

from .generator import LoadResult, play_once, run_load
from .layouts import LAYOUTS, ExternalLayout
from .monitor import ProcessMonitor, ProcessUsage
from .profiling import Profiler, top_frames
from .scripts import SCRIPT_SETS

RESULTS_DIR = PROJECT_ROOT / "var/bench"


def _parse_watch(values: list[str]) -> dict[str, int]:
    watch = {}
    for value in values:
        name, _, port = value.partition("=")
        if not name or not port.isdigit():
            raise SystemExit(f"error: --watch takes NAME=PORT, e.g. rasa-1=5005; got {value!r}")
        watch[name] = int(port)
    return watch


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.load",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--layouts",
        default="reference,waypoint",
        help=f"comma-separated, run in this order: {', '.join(LAYOUTS)} (default: %(default)s)",
    )
    parser.add_argument(
        "--targets",
        help="comma-separated REST base URLs of servers already running (instead of --layouts)",
    )
    parser.add_argument(
        "--watch", action="append", default=[], metavar="NAME=PORT",
        help="with --targets: a process to measure, by the port it listens on (repeatable)",
    )  # fmt: skip
    parser.add_argument("--users", type=int, default=50, help="conversations at once")
    parser.add_argument("--duration", type=float, default=90.0, help="seconds of load")
    parser.add_argument(
        "--scripts", choices=sorted(SCRIPT_SETS), default="conversations",
        help="conversations: greetings, needs, follow-ups, thanks (default); "
        "searches: every turn a service question",
    )  # fmt: skip
    parser.add_argument("--think", type=float, default=0.0, help="seconds between turns")
    parser.add_argument(
        "--repeat", type=int, default=1,
        help="play the layouts this many times, alternating (medians reported)",
    )  # fmt: skip
    parser.add_argument(
        "--profile", action="store_true",
        help="sample the watched processes with py-spy during the load (bench/load/profiling.py)",
    )  # fmt: skip
    return parser.parse_args(argv)


def _measure(layout, args) -> dict:
    print(f"\n== {layout.name}: starting", flush=True)
    started = time.monotonic()
    targets, watched = layout.start()
    try:
        print(f"   up in {time.monotonic() - started:.0f} s; single conversation...", flush=True)
        scripts = SCRIPT_SETS[args.scripts]
        single = asyncio.run(play_once(targets, scripts))
        for turn in single.lost + [t for t in single.turns if t.error]:
            print(f"   note: {turn.script} turn {turn.turn}: {turn.error or 'no reply'}")
        for turn in single.handoffs:
            print(f"   note: {turn.script} turn {turn.turn}: live handoff, script ends there")
        print(f"   {args.users} conversations for {args.duration:.0f} s...", flush=True)
        monitor = ProcessMonitor(watched)
        monitor.start()
        profiler = None
        if args.profile:
            profiler = Profiler(watched, args.duration, RESULTS_DIR, layout.name)
        load = asyncio.run(run_load(targets, args.users, args.duration, args.think, scripts))
        usage = monitor.stop()
        if profiler is not None:
            _print_profiles(profiler.finish())
    finally:
        layout.stop()
    return _summary(layout.name, single, load, usage)


def _print_profiles(written: dict[str, Path]) -> None:
    for name, path in written.items():
        print(f"\n   {name}: share of busy samples with the function on the stack ({path})")
        for function, share in top_frames(path):
            print(f"   {100 * share:5.1f}%  {function}")


def _summary(name: str, single: LoadResult, load: LoadResult, usage: dict) -> dict:
    answered = len(load.ok)
    processes = {
        label: {
            "cpu_ms_per_message": 1000 * u.cpu_s / answered if answered else None,
            "mean_cpu_percent": u.mean_cpu_percent,
            "peak_rss_mb": u.peak_rss_mb,
        }
        for label, u in usage.items()
    }
    return {
        "layout": name,
        "single_p50_ms": single.percentile(50),
        "single_p95_ms": single.percentile(95),
        "single_turns": len(single.turns),
        "users": load.users,
        "duration_s": load.duration_s,
        "messages": answered,
        "messages_per_s": load.messages_per_s,
        "p50_ms": load.percentile(50),
        "p95_ms": load.percentile(95),
        "p99_ms": load.percentile(99),
        "errors": dict(load.errors),
        "lost": len(load.lost),
        "live_handoffs": len(load.handoffs),
        "cpu_ms_per_message": sum(p["cpu_ms_per_message"] or 0 for p in processes.values()),
        "processes": processes,
    }


def _median(values: list[float]) -> float:
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def _combine(runs: list[dict]) -> dict:
    """Medians over repeated runs of one layout (errors and lost messages are summed)."""
    if len(runs) == 1:
        return runs[0]
    keys = [k for k, v in runs[0].items() if isinstance(v, (int, float))]
    combined = {k: _median([r[k] for r in runs]) for k in keys}
    combined["layout"] = runs[0]["layout"]
    combined["lost"] = sum(r["lost"] for r in runs)
    combined["live_handoffs"] = sum(r["live_handoffs"] for r in runs)
    combined["errors"] = {}
    for run in runs:
        for error, count in run["errors"].items():
            combined["errors"][error] = combined["errors"].get(error, 0) + count
    combined["processes"] = {
        label: {
            key: _median([r["processes"][label][key] or 0 for r in runs])
            for key in runs[0]["processes"][label]
        }
        for label in runs[0]["processes"]
    }
    combined["repeats"] = len(runs)
    return combined


def _print_table(summaries: list[dict]) -> None:
    print(
        "\n| layout | users | msg/s | p50 ms | p95 ms | p99 ms | errors | lost | live handoffs "
        "| CPU ms/msg | single p50/p95 ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for s in summaries:
        errors = sum(s["errors"].values())
        print(
            f"| {s['layout']} | {s['users']:.0f} | {s['messages_per_s']:.1f} | {s['p50_ms']:.0f} "
            f"| {s['p95_ms']:.0f} | {s['p99_ms']:.0f} | {errors} | {s['lost']} "
            f"| {s['live_handoffs']} "
            f"| {s['cpu_ms_per_message']:.0f} | {s['single_p50_ms']:.0f}/{s['single_p95_ms']:.0f} |"
        )
    print("\n| layout | process | CPU % (mean) | CPU ms/msg | peak RSS MB |")
    print("|---|---|---|---|---|")
    for s in summaries:
        for label, p in s["processes"].items():
            print(
                f"| {s['layout']} | {label} | {p['mean_cpu_percent']:.0f} "
                f"| {p['cpu_ms_per_message'] or 0:.0f} | {p['peak_rss_mb']:.0f} |"
            )


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.targets:
        targets = [t.strip() for t in args.targets.split(",") if t.strip()]
        factories = [lambda: ExternalLayout(targets, _parse_watch(args.watch))]
    else:
        names = [n.strip() for n in args.layouts.split(",") if n.strip()]
        unknown = [n for n in names if n not in LAYOUTS]
        if unknown:
            raise SystemExit(f"error: unknown layout {unknown}; choose from {', '.join(LAYOUTS)}")
        factories = [LAYOUTS[n] for n in names]
    load_before = os.getloadavg()
    runs: dict[str, list[dict]] = {}
    for _ in range(args.repeat):
        for factory in factories:
            summary = _measure(factory(), args)
            runs.setdefault(summary["layout"], []).append(summary)
    load_after = os.getloadavg()
    summaries = [_combine(r) for r in runs.values()]
    _print_table(summaries)
    print(
        f"\nmachine load average (1/5/15 min): before {load_before[0]:.1f}/{load_before[1]:.1f}/"
        f"{load_before[2]:.1f}, after {load_after[0]:.1f}/{load_after[1]:.1f}/{load_after[2]:.1f}"
    )
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out = RESULTS_DIR / f"load-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(
        json.dumps(
            {"load_before": load_before, "load_after": load_after, "runs": runs},
            indent=2,
            default=lambda o: asdict(o) if isinstance(o, ProcessUsage) else str(o),
        )
    )
    print(f"raw numbers: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
