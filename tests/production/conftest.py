"""The production layout on free ports: two Rasa servers, two action servers, nginx.

One layout for the whole session (each Rasa server loads a 1 GB model in about
40 s): PostgreSQL in a fresh database (tickets and Rasa's tracker), and a Redis
of our own (`redis-server` on a free port, no persistence) that the fault tests
may stop; the shared Redis on 6379 is never touched. Fault tests put back what
they break.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import uuid

import pytest
import yaml

from stack import free_port
from stack.production import ProductionConfig, ProductionStack
from tests.e2e.callback_receiver import CallbackReceiver
from tests.e2e.conftest import write_agency
from tests.handoff.conftest import _admin_execute


class RedisServer:
    """A redis-server child on a free port; stop() and start() for the fault tests."""

    def __init__(self, folder) -> None:
        if shutil.which("redis-server") is None:
            pytest.fail("redis-server is needed: apt-get install redis-server")
        self.port = free_port()
        self.folder = folder
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if self.answers():
                return
            time.sleep(0.1)
        pytest.fail(f"redis-server did not start on port {self.port}")

    def answers(self) -> bool:
        """True when the server answers PING (RESP inline command)."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def production_database():
    name = f"waypoint_prod_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    yield url
    from handoff.db import engine_for

    engine_for(url).dispose()
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def production_callbacks():
    receiver = CallbackReceiver()
    yield receiver
    receiver.close()


@pytest.fixture(scope="session")
def production_agency(tmp_path_factory):
    path = tmp_path_factory.mktemp("agency") / "agency.yml"
    write_agency(path, open_now=True)  # a handoff opens a live ticket at once
    return path


@pytest.fixture(scope="session")
def production(
    tmp_path_factory, redis_server, production_database, production_callbacks, production_agency
):
    tmp = tmp_path_factory.mktemp("production")
    base = ProductionConfig()
    credentials = yaml.safe_load(base.credentials.read_text())
    credentials["callback"] = {"url": production_callbacks.url}
    (tmp / "credentials.yml").write_text(yaml.safe_dump(credentials))
    config = ProductionConfig.on_free_ports(
        log_dir=tmp / "logs",
        run_dir=tmp / "run",
        credentials=tmp / "credentials.yml",
        database_url=production_database,
        redis_url=redis_server.url,
        redis_prefix=f"wp{uuid.uuid4().hex[:8]}",
        extra_env={
            "WAYPOINT_AGENCY_FILE": str(production_agency),
            "WAYPOINT_UNCLAIMED_MINUTES": "0",  # no watcher: the tests resume by hand
            # The race sends one sender dozens of messages a minute; the rate limit has
            # its own tests (tests/security, tests/e2e/test_security_servers.py).
            "WAYPOINT_RATE_LIMIT": "0",
        },
    )
    with ProductionStack(config) as running:
        yield running
