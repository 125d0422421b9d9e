"""Start, health-check and stop the processes of a one-machine Waypoint.

The action server, the Rasa server, the widget page, and the handoff watcher
(`python -m handoff watch`: offers a callback when no worker claims a live
ticket in time; not started when WAYPOINT_UNCLAIMED_MINUTES is 0).
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from handoff import settings as handoff_settings
from index.settings import PROJECT_ROOT

__all__ = ["Stack", "StackConfig", "StackError", "free_port"]

# Measured here: the Rasa server needs 35-90 s to load its model on 2 cores.
START_TIMEOUT = 300.0


class StackError(RuntimeError):
    """A process did not start; the message holds the end of its log."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@dataclass
class StackConfig:
    root: Path = PROJECT_ROOT
    host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8080
    rasa_model: Path = field(
        default_factory=lambda: PROJECT_ROOT / "var/rasa-models/waypoint.tar.gz"
    )
    tracker_db: Path = field(default_factory=lambda: PROJECT_ROOT / "var/tracker.db")
    log_dir: Path = field(default_factory=lambda: PROJECT_ROOT / "var/log")
    index_dir: Path | None = None  # default: the WAYPOINT_INDEX_DIR setting
    credentials: Path = field(default_factory=lambda: PROJECT_ROOT / "bot/credentials.yml")
    endpoints: Path = field(default_factory=lambda: PROJECT_ROOT / "bot/endpoints.yml")
    # The module rasa-sdk serves (bench/load swaps in a trivial bot for comparison).
    actions_package: str = "actions"
    # Rasa's HTTP API (workers' replies, resume) needs a token: the setting, or a
    # random one per run, passed to every process the stack starts.
    rasa_token: str = field(
        default_factory=lambda: handoff_settings.get("rasa_token") or secrets.token_urlsafe(24)
    )
    # The action server accepts only calls carrying this token (actions/guard.py); Rasa
    # sends it (bot/endpoints.yml). The setting, or a random one per run.
    action_token: str = field(
        default_factory=lambda: os.environ.get("WAYPOINT_ACTION_TOKEN") or secrets.token_urlsafe(24)
    )
    extra_env: dict[str, str] = field(default_factory=dict)
    staff_port: int | None = None  # the staff console; None: not started (as in the e2e tests)
    # The agencies' sites that embed the widget (origins such as https://agency.example):
    # the widget's socket.io connection starts with HTTP requests from those pages.
    widget_origins: tuple[str, ...] = field(
        default_factory=lambda: tuple(os.environ.get("WAYPOINT_WIDGET_ORIGINS", "").split())
    )

    @classmethod
    def in_folder(cls, folder: Path, **values) -> StackConfig:
        """A stack of its own: free ports, its tracker and logs in `folder` (tests, benchmarks)."""
        return cls(
            rasa_port=free_port(),
            action_port=free_port(),
            web_port=free_port(),
            tracker_db=folder / "tracker.db",
            log_dir=folder / "logs",
            **values,
        )

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{self.host}:{self.action_port}"

    @property
    def web_url(self) -> str:
        return f"http://{self.host}:{self.web_port}"

    @property
    def staff_url(self) -> str | None:
        return f"http://{self.host}:{self.staff_port}" if self.staff_port else None


@dataclass
class _Process:
    name: str
    popen: subprocess.Popen
    log: Path


class Stack:
    """The action server, the Rasa server and the widget page, started together."""

    def __init__(self, config: StackConfig | None = None) -> None:
        self.config = config or StackConfig()
        self.processes: list[_Process] = []

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def start(self, timeout: float = START_TIMEOUT) -> None:
        c = self.config
        if not c.rasa_model.exists():
            raise StackError(f"no trained Rasa model at {c.rasa_model}; run scripts/setup first")
        c.log_dir.mkdir(parents=True, exist_ok=True)
        c.tracker_db.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._migrate()
            # The action server loads torch and the index while Rasa loads TensorFlow.
            self._spawn("action-server", self._action_command(), self._action_env())
            self._spawn("rasa", self._rasa_command(), self._rasa_env())
            self._spawn("web", self._web_command(), self._base_env())
            if c.staff_port:
                self._spawn("staff", self._staff_command(), self._staff_env())
            deadline = time.monotonic() + timeout
            self._wait_healthy("action-server", f"{c.action_url}/health", deadline)
            self._wait_healthy("rasa", f"{c.rasa_url}/", deadline)
            self._wait_healthy("web", f"{c.web_url}/healthz", deadline)
            if c.staff_port:
                self._wait_healthy("staff", f"{c.staff_url}/healthz", deadline)
            if self._watcher_wanted():
                # Last: it talks to Rasa's HTTP API, which is up now.
                self._spawn("handoff-watch", self.watch_command(), self._base_env())
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        for process in reversed(self.processes):
            _terminate(process.popen)
        self.processes.clear()

    def _migrate(self) -> None:
        """Create or upgrade the handoff tables before anything writes tickets."""
        command = [sys.executable, "-m", "handoff", "db", "upgrade"]
        result = subprocess.run(
            command, cwd=self.config.root, env=self._base_env(), capture_output=True, text=True
        )
        if result.returncode != 0:
            raise StackError("handoff database migration failed:\n" + result.stderr[-3000:])

    # -- commands -----------------------------------------------------------------

    def _action_command(self, port: int | None = None) -> list[str]:
        return [
            sys.executable,
            "-m",
            "rasa_sdk",
            "--actions",
            self.config.actions_package,
            "--port",
            str(port or self.config.action_port),
        ]

    def _rasa_command(
        self, port: int | None = None, endpoints: Path | None = None
    ) -> list[str]:
        c = self.config
        return [
            # Rasa's own command line with our hooks (bot/server.py): action responses
            # checked by a schema compiled once; a failed action call answers the person.
            str(c.root / ".venv-rasa/bin/python"),
            "-m",
            "bot.server",
            "run",
            "--model",
            str(c.rasa_model),
            "--interface",
            c.host,
            "--port",
            str(port or c.rasa_port),
            "--credentials",
            str(c.credentials),
            "--endpoints",
            str(endpoints or c.endpoints),
            "--cors",
            c.web_url,
            *c.widget_origins,
            # The HTTP API, for the staff console; token-protected, bound to c.host.
            "--enable-api",
            # One argument: a random token may start with "-", which argparse would
            # take for an option ("expected one argument").
            f"--auth-token={c.rasa_token}",
        ]

    def watch_command(self) -> list[str]:
        return [sys.executable, "-m", "handoff", "watch"]

    def watch_env(self, **overrides: str) -> dict[str, str]:
        """The watcher's environment (tests start their own with a short deadline)."""
        return {**self._base_env(), **overrides}

    def _watcher_wanted(self) -> bool:
        """False only when WAYPOINT_UNCLAIMED_MINUTES is 0 (a bad value: the watcher logs it)."""
        raw = self._base_env().get("WAYPOINT_UNCLAIMED_MINUTES", "").strip()
        try:
            return float(raw) != 0 if raw else True
        except ValueError:
            return True

    def _web_command(self) -> list[str]:
        c = self.config
        return [
            sys.executable,
            "-m",
            "stack.web",
            "--host",
            c.host,
            "--port",
            str(c.web_port),
            "--rasa-url",
            c.rasa_url,
        ]

    def _staff_command(self) -> list[str]:
        c = self.config
        return [sys.executable, "-m", "staff", "run", "--host", c.host, "--port", str(c.staff_port)]

    def _staff_env(self) -> dict[str, str]:
        env = self._base_env()
        # "Delete my data" and retention delete transcripts from the tracker Rasa uses.
        env["WAYPOINT_TRACKER_DB"] = str(self.config.tracker_db)
        # Secure cookies need HTTPS; on the loopback address the browser is the same
        # machine, so plain http is allowed unless the operator said otherwise.
        if self.config.host in ("127.0.0.1", "localhost", "::1"):
            env.setdefault("WAYPOINT_STAFF_SECURE_COOKIES", "0")
        return env

    def _base_env(self) -> dict[str, str]:
        env = {**os.environ, **self.config.extra_env}
        env["PYTHONUNBUFFERED"] = "1"
        env["WAYPOINT_RASA_URL"] = self.config.rasa_url
        env["WAYPOINT_RASA_TOKEN"] = self.config.rasa_token
        env["WAYPOINT_ACTION_TOKEN"] = self.config.action_token
        # Rasa's tracker store, also for the handoff's transcript deletion.
        env["WAYPOINT_TRACKER_DB"] = str(self.config.tracker_db)
        return env

    def _action_env(self) -> dict[str, str]:
        env = self._base_env()
        env["SANIC_HOST"] = self.config.host  # rasa-sdk binds 0.0.0.0 otherwise
        env["WAYPOINT_PRELOAD_INDEX"] = "1"
        if self.config.index_dir:
            env["WAYPOINT_INDEX_DIR"] = str(self.config.index_dir)
        return env

    def _rasa_env(self) -> dict[str, str]:
        env = self._base_env()
        env.update(
            WAYPOINT_ACTION_URL=f"{self.config.action_url}/webhook",
            RASA_TELEMETRY_ENABLED="false",  # no network, and nothing sent to third parties
            TF_CPP_MIN_LOG_LEVEL="2",
        )
        return env

    # -- process handling -------------------------------------------------------------

    def _spawn(
        self, name: str, command: list[str], env: dict[str, str], *, append: bool = False
    ) -> None:
        log = self.config.log_dir / f"{name}-{self.config.rasa_port}.log"
        with open(log, "ab" if append else "wb") as out:
            popen = subprocess.Popen(
                command,
                cwd=self.config.root,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self.processes.append(_Process(name, popen, log))

    def _wait_healthy(self, name: str, url: str, deadline: float) -> None:
        process = next(p for p in self.processes if p.name == name)
        while time.monotonic() < deadline:
            if process.popen.poll() is not None:
                raise StackError(
                    f"{name} exited with code {process.popen.returncode}:\n" + _tail(process.log)
                )
            try:
                if requests.get(url, timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise StackError(f"{name} not healthy at {url} in time:\n" + _tail(process.log))


def _terminate(popen: subprocess.Popen) -> None:
    if popen.poll() is not None:
        return
    try:
        os.killpg(popen.pid, signal.SIGTERM)
        popen.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(popen.pid, signal.SIGKILL)
        popen.wait(timeout=5)
    except ProcessLookupError:
        pass


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
