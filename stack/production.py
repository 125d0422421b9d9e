"""The production layout on one machine: N Rasa servers and two action servers behind nginx.

    nginx :public   /socket.io/ -> Rasa servers (sticky by address), the rest
                    (webhooks, REST, Rasa's HTTP API) -> any Rasa server
    nginx :actions  -> action servers 1 and 2 (a refused connection tries the other)
    Rasa 1..N       PostgreSQL tracker store, the atomic Redis lock store
                    (bot/lock_store.py), socket.io shared through Redis
    action 1, 2     the same index folder, read-only
    widget page, staff console (-> nginx :public), handoff watcher

PostgreSQL holds the tickets and Rasa's tracker (one database); Redis the locks
and socket.io's messages. `python -m stack production` runs it (deploy/README.md);
tests/production/ starts it on free ports. The embedded one-process default
(`python -m stack run`, SQLite, in-memory lock) is `Stack` and is unchanged.
"""

from __future__ import annotations

import os
import shutil
import string
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import requests
import yaml

from .processes import START_TIMEOUT, Stack, StackConfig, StackError, _terminate, free_port

__all__ = ["ProductionConfig", "ProductionStack"]

NGINX_TEMPLATE = Path(__file__).resolve().parent.parent / "deploy/nginx/waypoint.conf.template"
ENDPOINTS = Path(__file__).resolve().parent.parent / "deploy/endpoints.production.yml"
LOCK_STORE_CLASS = "bot.lock_store.AtomicRedisLockStore"
SOCKETIO_CHANNEL = "bot.channels.websocket.WaypointSocketIOInput"


@dataclass
class ProductionConfig(StackConfig):
    """StackConfig's rasa_port and action_port are nginx's two ports here."""

    rasa_ports: list[int] = field(default_factory=lambda: [5006, 5007])
    action_ports: list[int] = field(default_factory=lambda: [5056, 5057])
    database_url: str = "postgresql+psycopg://postgres@127.0.0.1:5432/waypoint"
    redis_url: str = "redis://127.0.0.1:6379/1"
    redis_prefix: str = "waypoint"  # letters and digits (Rasa's lock-store rule)
    lock_store: str = LOCK_STORE_CLASS  # "redis": Rasa's own, for bench/race_lock_store.py
    run_dir: Path = field(default_factory=lambda: StackConfig().root / "var/production")

    @classmethod
    def on_free_ports(cls, rasa_servers: int = 2, **values) -> ProductionConfig:
        return cls(
            rasa_port=free_port(),
            action_port=free_port(),
            web_port=free_port(),
            rasa_ports=[free_port() for _ in range(rasa_servers)],
            action_ports=[free_port(), free_port()],
            **values,
        )

    def rasa_server_url(self, number: int) -> str:
        """One Rasa server directly (1-based), bypassing nginx."""
        return f"http://{self.host}:{self.rasa_ports[number - 1]}"


class ProductionStack(Stack):
    """Start, stop, kill and restart the processes of the production layout."""

    config: ProductionConfig

    def __init__(self, config: ProductionConfig) -> None:
        super().__init__(config)
        self._recipes: dict[str, tuple[list[str], dict[str, str], str]] = {}

    # -- start and stop -----------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT) -> None:
        c = self.config
        if not c.rasa_model.exists():
            raise StackError(f"no trained Rasa model at {c.rasa_model}; run scripts/setup first")
        if shutil.which("nginx") is None:
            raise StackError("nginx is not installed: apt-get install nginx-light")
        c.log_dir.mkdir(parents=True, exist_ok=True)
        c.run_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._migrate()
            deadline = time.monotonic() + timeout
            self._write_files()
            for number, port in enumerate(c.action_ports, 1):
                self._launch(f"action-{number}", self._action_command(port),
                             self._action_env(), f"http://{c.host}:{port}/health")
            # Two Rasa servers creating the tracker tables at once is fine: Rasa's
            # SQLTrackerStore retries when the other one was first.
            for number, port in enumerate(c.rasa_ports, 1):
                self._launch(f"rasa-{number}", self._rasa_command(port, self._endpoints),
                             self._rasa_env(), f"{c.rasa_server_url(number)}/")
            self._launch("nginx", self._nginx_command(), self._base_env(), f"{c.rasa_url}/")
            self._launch("web", self._web_command(), self._base_env(), f"{c.web_url}/healthz")
            if c.staff_port:
                self._launch("staff", self._staff_command(), self._staff_env(),
                             f"{c.staff_url}/healthz")
            for name, (_, _, health) in list(self._recipes.items()):
                self._wait_healthy(name, health, deadline)
            if self._watcher_wanted():
                self._spawn("handoff-watch", self.watch_command(), self._base_env())
        except BaseException:
            self.stop()
            raise

    def kill(self, name: str) -> None:
        """Stop one process at once (SIGKILL), as a crash would."""
        process = self._process(name)
        if process.popen.poll() is None:
            os.killpg(process.popen.pid, 9)
            process.popen.wait(timeout=10)
        # The server's worker processes (same process group) hold its listening
        # socket a moment longer: return once none is left, so the port refuses.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(process.popen.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    def restart(
        self, name: str, timeout: float = START_TIMEOUT, env: dict[str, str] | None = None
    ) -> None:
        """Stop `name` if it runs, start it again (with `env` changes for this run only)
        and wait until it is healthy; StackError with the log's end if it exits."""
        command, usual_env, health = self._recipes[name]
        process = self._process(name)
        _terminate(process.popen)
        self.processes.remove(process)
        self._spawn(name, command, {**usual_env, **(env or {})}, append=True)
        self._wait_healthy(name, health, time.monotonic() + timeout)

    def is_running(self, name: str) -> bool:
        return self._process(name).popen.poll() is None

    def log_of(self, name: str) -> Path:
        return self._process(name).log

    # -- what runs ----------------------------------------------------------------------

    def _launch(self, name: str, command: list[str], env: dict[str, str], health: str) -> None:
        self._recipes[name] = (command, env, health)
        self._spawn(name, command, env)

    def _process(self, name: str):
        for process in self.processes:
            if process.name == name:
                return process
        raise KeyError(f"no process {name!r}; running: {[p.name for p in self.processes]}")

    @property
    def _endpoints(self) -> Path:
        return self.config.run_dir / "endpoints.yml"

    def _nginx_command(self) -> list[str]:
        c = self.config
        return ["nginx", "-p", str(c.run_dir), "-c", str(c.run_dir / "nginx.conf"),
                "-e", str(c.log_dir / "nginx-error.log"), "-g", "daemon off;"]

    def _write_files(self) -> None:
        """nginx.conf from the template, the endpoints and the credentials for this run."""
        c = self.config
        for folder in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (c.run_dir / folder).mkdir(exist_ok=True)
        (c.run_dir / "nginx.conf").write_text(render_nginx_config(c))
        shutil.copyfile(ENDPOINTS, self._endpoints)
        credentials = yaml.safe_load(c.credentials.read_text()) or {}
        if "socketio" in credentials:  # Rasa's own: ours reaches any server's widgets
            credentials[SOCKETIO_CHANNEL] = credentials.pop("socketio")
        production_credentials = c.run_dir / "credentials.yml"
        production_credentials.write_text(yaml.safe_dump(credentials, sort_keys=False))
        c.credentials = production_credentials

    # -- environments -------------------------------------------------------------------

    def _base_env(self) -> dict[str, str]:
        env = super()._base_env()
        c = self.config
        env["WAYPOINT_DATABASE_URL"] = c.database_url
        env["WAYPOINT_TRACKER_URL"] = c.database_url  # "delete my data", retention
        env.pop("WAYPOINT_TRACKER_DB", None)
        return env

    def _rasa_env(self) -> dict[str, str]:
        env = super()._rasa_env()
        env.update(tracker_variables(self.config.database_url))
        env.update(redis_variables(self.config.redis_url, self.config.redis_prefix))
        env["WAYPOINT_LOCK_STORE"] = self.config.lock_store
        env["WAYPOINT_SOCKETIO_REDIS_URL"] = self.config.redis_url
        env["WAYPOINT_RATE_LIMIT_REDIS_URL"] = self.config.redis_url  # one count for all servers
        env["WAYPOINT_REDIS_PREFIX"] = self.config.redis_prefix
        return env

    def _staff_env(self) -> dict[str, str]:
        env = super()._staff_env()
        env.pop("WAYPOINT_TRACKER_DB", None)
        return env


def render_nginx_config(c: ProductionConfig) -> str:
    servers = "\n".join(f"        server {c.host}:{port} max_fails=1 fail_timeout=5s;"
                        for port in c.rasa_ports)
    actions = "\n".join(f"        server {c.host}:{port} max_fails=1 fail_timeout=5s;"
                        for port in c.action_ports)
    template = string.Template(NGINX_TEMPLATE.read_text())
    return template.substitute(
        user_directive="user root;" if os.geteuid() == 0 else "",
        run_dir=c.run_dir,
        log_dir=c.log_dir,
        rasa_servers=servers,
        action_servers=actions,
        public_listen=f"{c.host}:{c.rasa_port}",
        action_listen=f"{c.host}:{c.action_port}",
    )


def tracker_variables(database_url: str) -> dict[str, str]:
    """deploy/endpoints.production.yml's tracker fields from an SQLAlchemy URL."""
    url = urlsplit(database_url)
    if not url.scheme.startswith("postgresql"):
        raise StackError(
            f"the production layout keeps conversations in PostgreSQL; got {url.scheme!r} "
            "(set WAYPOINT_DATABASE_URL=postgresql+psycopg://user:password@host:5432/db)"
        )
    return {
        "WAYPOINT_TRACKER_HOST": url.hostname or "127.0.0.1",
        "WAYPOINT_TRACKER_PORT": str(url.port or 5432),
        "WAYPOINT_TRACKER_DB_NAME": url.path.lstrip("/"),
        "WAYPOINT_TRACKER_USER": unquote(url.username or ""),
        "WAYPOINT_TRACKER_PASSWORD": unquote(url.password or ""),
    }


def redis_variables(redis_url: str, prefix: str) -> dict[str, str]:
    """deploy/endpoints.production.yml's lock-store fields from redis://host:port/db."""
    url = urlsplit(redis_url)
    if url.scheme != "redis" or not prefix.isalnum():
        raise StackError(
            f"expected WAYPOINT_REDIS_URL like redis://127.0.0.1:6379/1 and a key prefix of "
            f"letters and digits; got {redis_url!r} and {prefix!r}"
        )
    return {
        "WAYPOINT_REDIS_HOST": url.hostname or "127.0.0.1",
        "WAYPOINT_REDIS_PORT": str(url.port or 6379),
        "WAYPOINT_REDIS_DB": url.path.lstrip("/") or "0",
        "WAYPOINT_REDIS_PREFIX": prefix,
    }


def wait_until(check, timeout: float, interval: float = 0.5) -> bool:
    """Poll `check()` until it is true or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return True
        except requests.RequestException:
            pass
        time.sleep(interval)
    return False
