"""What the load runs against: layouts this benchmark starts itself, or servers already up.

A layout starts its processes, hands back the REST targets and the process trees to
watch (name -> pids), and stops them. Every layout here is started through `stack`,
as scripts/run and the end-to-end tests start Waypoint, each on free ports with its
own tracker database, ticket database and logs in a temp folder.

- `waypoint`: one Rasa server and one action server, Waypoint as configured.
- `waypoint-torch`: `waypoint` with questions embedded by torch, not ONNX Runtime.
- `waypoint-defaults`: the same bot with the performance changes switched off:
  Rasa started by its own `rasa` command (without bot/server.py's fixes), and the
  settings in ENDPOINT_LINES_OFF and ENV_OFF back at their defaults.
- `reference`: Rasa's own starter bot with one trivial custom action a turn
  (bench/load/reference.py), through the same stack and tracker store.
- `production-1`, `production-2`: the production layout (stack/production.py):
  nginx, one or two Rasa servers, two action servers, PostgreSQL (a fresh
  database, dropped after) and Redis (127.0.0.1:6379, a prefix of its own). The
  two differ only in the number of Rasa servers: the one-versus-two comparison.
  PostgreSQL and Redis are measured too (every process listening on their ports,
  with their children), so the CPU per message counts the whole turn.
- `--targets URL,...`: servers started elsewhere (e.g. the two-server production
  layout behind nginx); `--watch NAME=PORT` names the processes to measure by the
  port they listen on (`rasa-1=5005 action-1=5055 postgres=5432 redis=6379`).

A new layout is one more class with start() and stop(), added to LAYOUTS.
"""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from index.settings import PROJECT_ROOT
from stack import Stack, StackConfig
from stack.production import ProductionConfig, ProductionStack

from .monitor import pids_listening_on
from .reference import build_reference_bot

__all__ = ["LAYOUTS", "ExternalLayout", "ProductionLayout", "StackLayout"]


# Rasa loads its model in about a minute on an idle machine; with the machine shared,
# several times that was seen.
START_TIMEOUT_S = 900.0

# What `waypoint-defaults` switches off: lines dropped from bot/endpoints.yml, and
# environment variables.
# (Rasa's enable_selective_domain is not among them: rasa-sdk 3.21 answers a call
# without the domain with HTTP 449 unless it carries Rasa Pro's domain_digest, which
# Rasa 3.6 never sends, so every action failed. And the domain is small: the profile
# showed no measurable cost in sending it.)
ENDPOINT_LINES_OFF: tuple[str, ...] = ()
ENV_OFF: dict[str, str] = {"WAYPOINT_EMBED_BATCH": "1", "WAYPOINT_EMBEDDING_RUNTIME": "torch"}


def _endpoints_without(lines_off: tuple[str, ...], out: Path) -> Path:
    text = (PROJECT_ROOT / "bot/endpoints.yml").read_text()
    kept = [line for line in text.splitlines() if not any(off in line for off in lines_off)]
    out.write_text("\n".join(kept) + "\n")
    return out


class PlainRasaStack(Stack):
    """Rasa started by its own `rasa` command, without bot/server.py's fixes."""

    def _rasa_command(self) -> list[str]:
        command = super()._rasa_command()
        start = command.index("bot.server") + 1
        return [str(self.config.root / ".venv-rasa/bin/rasa"), *command[start:]]


@dataclass
class StackLayout:
    """One Rasa server + one action server (+ widget page), started by `stack`."""

    name: str
    reference: bool = False
    env: dict[str, str] = field(default_factory=dict)
    endpoint_lines_off: tuple[str, ...] = ()
    plain_rasa: bool = False
    stack: Stack | None = None

    def start(self) -> tuple[list[str], dict[str, list[int]]]:
        tmp = Path(tempfile.mkdtemp(prefix=f"waypoint-load-{self.name}-"))
        extra_env = {
            "WAYPOINT_DATABASE_URL": f"sqlite:///{tmp / 'handoff.db'}",
            "WAYPOINT_UNCLAIMED_MINUTES": "0",  # no handoff watcher: not part of a turn
            **self.env,
        }
        config = StackConfig.in_folder(tmp, extra_env=extra_env)
        if self.endpoint_lines_off:
            config.endpoints = _endpoints_without(self.endpoint_lines_off, tmp / "endpoints.yml")
        if self.reference:
            config.rasa_model, config.endpoints = build_reference_bot()
            config.actions_package = "bench.load.trivial_actions"
        self.stack = (PlainRasaStack if self.plain_rasa else Stack)(config)
        self.stack.start(timeout=START_TIMEOUT_S)
        measured = ("rasa", "action-server")
        watched = {p.name: [p.popen.pid] for p in self.stack.processes if p.name in measured}
        return [config.rasa_url], watched

    def stop(self) -> None:
        if self.stack is not None:
            self.stack.stop()


POSTGRES_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
REDIS_URL = "redis://127.0.0.1:6379/0"


def _postgres(sql: str) -> None:
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
        connection.execute(sql)


@dataclass
class ProductionLayout:
    """stack/production.py on free ports with `rasa_servers` Rasa servers behind nginx."""

    name: str
    rasa_servers: int
    stack: ProductionStack | None = None
    database: str = field(default_factory=lambda: f"waypoint_load_{uuid.uuid4().hex[:10]}")

    def start(self) -> tuple[list[str], dict[str, list[int]]]:
        tmp = Path(tempfile.mkdtemp(prefix=f"waypoint-load-{self.name}-"))
        _postgres(f'CREATE DATABASE "{self.database}"')
        config = ProductionConfig.on_free_ports(
            rasa_servers=self.rasa_servers,
            log_dir=tmp / "logs",
            run_dir=tmp / "run",
            database_url=f"postgresql+psycopg://postgres@127.0.0.1:5432/{self.database}",
            redis_url=REDIS_URL,
            redis_prefix=f"wpload{uuid.uuid4().hex[:8]}",
            extra_env={"WAYPOINT_UNCLAIMED_MINUTES": "0"},  # as StackLayout
        )
        self.stack = ProductionStack(config)
        try:
            self.stack.start(timeout=START_TIMEOUT_S)  # stops what it started if it fails
        except BaseException:
            self._drop_database()
            raise
        measured = {p.name: [p.popen.pid] for p in self.stack.processes
                    if p.name.startswith(("rasa-", "action-", "nginx"))}
        measured["postgres"] = pids_listening_on(5432)
        measured["redis"] = pids_listening_on(6379)
        return [config.rasa_url], measured

    def stop(self) -> None:
        if self.stack is not None:
            self.stack.stop()
        self._drop_database()

    def _drop_database(self) -> None:
        _postgres(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')


@dataclass
class ExternalLayout:
    """Servers someone else started: load `targets`, measure what listens on `watch` ports."""

    targets: list[str]
    watch: dict[str, int]
    name: str = "external"

    def start(self) -> tuple[list[str], dict[str, list[int]]]:
        watched = {}
        for label, port in self.watch.items():
            pids = pids_listening_on(port)
            if not pids:
                raise SystemExit(f"error: nothing listens on port {port} (--watch {label}={port})")
            watched[label] = pids
        return self.targets, watched

    def stop(self) -> None:
        pass


LAYOUTS = {
    "reference": lambda: StackLayout("reference", reference=True, plain_rasa=True),
    "waypoint-defaults": lambda: StackLayout(
        "waypoint-defaults",
        env=dict(ENV_OFF),
        endpoint_lines_off=ENDPOINT_LINES_OFF,
        plain_rasa=True,
    ),
    "waypoint": lambda: StackLayout("waypoint"),
    "production-1": lambda: ProductionLayout("production-1", rasa_servers=1),
    "production-2": lambda: ProductionLayout("production-2", rasa_servers=2),
    # Questions embedded by torch instead of ONNX Runtime, nothing else different.
    "waypoint-torch": lambda: StackLayout(
        "waypoint-torch", env={"WAYPOINT_EMBEDDING_RUNTIME": "torch"}
    ),
    # Torch's intra-op threads: its default (one per core) against one.
    "waypoint-torch1": lambda: StackLayout("waypoint-torch1", env={"WAYPOINT_TORCH_THREADS": "1"}),
}
