"""Where a turn's time goes: py-spy samples the real server processes during the load.

`python -m bench.load --profile` starts one `py-spy record` per watched process
(children included: rasa-sdk answers from a Sanic worker) for the load phase and
writes collapsed stacks (`var/bench/profile-<layout>-<process>.txt`, one line per
stack with its sample count; flamegraph tools read them). Then it prints, for each
process, the functions that were on the stack in the largest share of samples.
py-spy reads the processes from outside (ptrace), so it needs root or
CAP_SYS_PTRACE, and slows them a little (it samples at 50 Hz here).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

__all__ = ["Profiler", "top_frames"]

RATE_HZ = 50
FRAME = re.compile(r"^(?P<function>.+?) \((?P<file>[^()]+?)(?::\d+)?\)$")


def _py_spy() -> str:
    found = Path(sys.executable).parent / "py-spy"
    if not found.exists():
        raise SystemExit("error: py-spy not installed in .venv; run scripts/setup")
    return str(found)


class Profiler:
    def __init__(self, watched: dict[str, list[int]], duration_s: float, out_dir: Path, tag: str):
        self.jobs = []
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, pids in watched.items():
            out = out_dir / f"profile-{tag}-{name}.txt"
            command = [
                _py_spy(), "record", "--pid", str(pids[0]), "--subprocesses",
                "--rate", str(RATE_HZ), "--duration", str(int(duration_s)),
                "--format", "raw", "--output", str(out), "--nonblocking",
            ]  # fmt: skip
            popen = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            self.jobs.append((name, out, popen))

    def finish(self) -> dict[str, Path]:
        written = {}
        for name, out, popen in self.jobs:
            _, stderr = popen.communicate(timeout=120)
            if popen.returncode != 0 or not out.exists():
                print(f"   py-spy failed for {name}: {stderr.decode(errors='replace')[-500:]}")
                continue
            written[name] = out
        return written


def _short(frame: str) -> str:
    match = FRAME.match(frame.strip())
    if not match:
        return frame.strip()
    path = match["file"]
    for marker in ("site-packages/", "/work/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{match['function']} ({path})"


def top_frames(collapsed: Path, limit: int = 25) -> list[tuple[str, float]]:
    """(function, share of the busy samples it was on the stack for), largest first.

    The trunk every request passes through (the process, the server loop: on 95% or
    more of the samples) says nothing and is left out.
    """
    inclusive: Counter = Counter()
    total = 0
    for line in collapsed.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [f for f in stack.split(";") if not f.startswith("process ")]
        total += int(count)
        for name in {_short(f) for f in frames}:
            inclusive[name] += int(count)
    if not total:
        return []
    shares = [(name, count / total) for name, count in inclusive.most_common()]
    return [(name, share) for name, share in shares if share < 0.95][:limit]
