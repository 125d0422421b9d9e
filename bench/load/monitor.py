"""CPU and memory of the processes under test, sampled with psutil while the load runs.

A watched process is named ("rasa", "action-server", "postgres", ...) and counted
with its children: rasa-sdk serves from a Sanic worker process, PostgreSQL from one
backend per connection. CPU is the CPU time used between `start()` and `stop()`
(user + system, children included), so it can be divided by the messages answered:
the CPU cost of one bot turn, which the machine's other jobs disturb much less than
latency. RSS is sampled once a second; the table shows the peak.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import psutil

__all__ = ["ProcessMonitor", "ProcessUsage", "pids_listening_on"]

SAMPLE_INTERVAL_S = 1.0


@dataclass
class ProcessUsage:
    name: str
    cpu_s: float = 0.0
    peak_rss_mb: float = 0.0
    samples_cpu_percent: list[float] = field(default_factory=list)

    @property
    def mean_cpu_percent(self) -> float:
        values = self.samples_cpu_percent
        return sum(values) / len(values) if values else 0.0


def _tree(pid: int) -> list[psutil.Process]:
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def _cpu_seconds(processes: list[psutil.Process]) -> dict[int, float]:
    seconds = {}
    for process in processes:
        try:
            times = process.cpu_times()
            seconds[process.pid] = times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return seconds


def _rss_mb(processes: list[psutil.Process]) -> float:
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total / 2**20


def pids_listening_on(port: int) -> list[int]:
    """The processes with a TCP socket listening on `port` (for servers we did not start)."""
    pids = set()
    for connection in psutil.net_connections(kind="tcp"):
        listening = connection.status == psutil.CONN_LISTEN and connection.laddr.port == port
        if listening and connection.pid:
            pids.add(connection.pid)
    return sorted(pids)


class ProcessMonitor:
    """Samples named process trees on a background thread between start() and stop()."""

    def __init__(self, watched: dict[str, list[int]]) -> None:
        self.watched = watched
        self.usage = {name: ProcessUsage(name) for name in watched}
        self._start_cpu: dict[str, dict[int, float]] = {}
        self._last_cpu: dict[str, dict[int, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="process-monitor", daemon=True)

    def _processes(self, name: str) -> list[psutil.Process]:
        return [p for pid in self.watched[name] for p in _tree(pid)]

    def start(self) -> None:
        for name in self.watched:
            self._start_cpu[name] = _cpu_seconds(self._processes(name))
            self._last_cpu[name] = dict(self._start_cpu[name])
        self._thread.start()

    def stop(self) -> dict[str, ProcessUsage]:
        self._stop.set()
        self._thread.join()
        self._sample(final=True)
        return self.usage

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_INTERVAL_S):
            self._sample()

    def _sample(self, final: bool = False) -> None:
        for name, usage in self.usage.items():
            processes = self._processes(name)
            now = _cpu_seconds(processes)
            last = self._last_cpu[name]
            # A process that exited keeps its last reading; a new one starts from zero
            # unless it was there at start().
            merged = {**last, **now}
            start = self._start_cpu[name]
            usage.cpu_s = sum(merged[pid] - start.get(pid, 0.0) for pid in merged)
            if not final:
                delta = sum(merged[pid] - last.get(pid, start.get(pid, 0.0)) for pid in merged)
                usage.samples_cpu_percent.append(100 * delta / SAMPLE_INTERVAL_S)
                usage.peak_rss_mb = max(usage.peak_rss_mb, _rss_mb(processes))
            self._last_cpu[name] = merged
