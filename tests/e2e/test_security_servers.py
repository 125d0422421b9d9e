"""Security of the running servers (issue 6): who can reach what, with which credentials.

- Every server of the default layout listens on 127.0.0.1 only (read from the kernel's
  socket table, not from our own configuration).
- Rasa's HTTP API refuses every route without the token; only the health page, the
  version and the channels are public.
- The action server refuses calls without the shared token, and answers malformed calls
  with a 4xx instead of echoing the request back in a 500.
- One sender flooding the REST channel gets HTTP 429 and is not processed; another
  sender at the same time is answered as usual.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.e2e


def _listening_addresses(port: int) -> set[str]:
    """The local addresses with a socket listening on `port` (IPv4 and IPv6, any process)."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(_address(address, width))
    return found


def _address(hex_address: str, width: int) -> str:
    if width == 8:  # little-endian IPv4
        return ".".join(str(int(hex_address[i : i + 2], 16)) for i in (6, 4, 2, 0))
    if hex_address == "0" * 32:
        return "::"
    if hex_address == "0" * 24 + "01000000":
        return "::1"
    return hex_address  # any other IPv6 address: shown raw, and not loopback


def test_every_server_of_the_default_layout_listens_on_loopback_only(stack):
    c = stack.config
    for name, port in (
        ("rasa", c.rasa_port),
        ("action server", c.action_port),
        ("web", c.web_port),
    ):
        addresses = _listening_addresses(port)
        assert addresses, f"nothing listens on the {name} port {port}"
        assert addresses <= {"127.0.0.1", "::1"}, f"{name} listens on {addresses}"


# Rasa 3.6's HTTP API (rasa/server.py): every route that reads or changes conversations,
# the model or the domain. Each must refuse a caller without the token.
API_ROUTES = [
    ("GET", "/status"),
    ("GET", "/domain"),
    ("GET", "/conversations/someone/tracker"),
    ("POST", "/conversations/someone/tracker/events"),
    ("PUT", "/conversations/someone/tracker/events"),
    ("GET", "/conversations/someone/story"),
    ("POST", "/conversations/someone/execute"),
    ("POST", "/conversations/someone/trigger_intent"),
    ("POST", "/conversations/someone/predict"),
    ("POST", "/conversations/someone/messages"),
    ("POST", "/model/parse"),
    ("POST", "/model/predict"),
    ("POST", "/model/train"),
    ("POST", "/model/test/stories"),
    ("POST", "/model/test/intents"),
    ("PUT", "/model"),
    ("DELETE", "/model"),
]


@pytest.mark.parametrize(("method", "path"), API_ROUTES, ids=[f"{m} {p}" for m, p in API_ROUTES])
def test_rasa_http_api_refuses_every_route_without_the_token(stack, method, path):
    url = f"{stack.config.rasa_url}{path}"
    for params in ({}, {"token": "wrong-" + uuid.uuid4().hex}):
        reply = requests.request(method, url, params=params, json={"event": "bot"}, timeout=30)
        assert reply.status_code == 401, f"{method} {path} {params}: HTTP {reply.status_code}"


def test_rasa_http_api_answers_with_the_token(stack):
    reply = requests.get(
        f"{stack.config.rasa_url}/status", params={"token": stack.config.rasa_token}, timeout=30
    )
    assert reply.status_code == 200 and "model_file" in reply.json()


def test_rasa_http_api_token_is_the_one_from_the_environment(stack):
    # The stack passes WAYPOINT_RASA_TOKEN (or a random per-run token): never a default.
    assert stack.config.rasa_token and stack.config.rasa_token not in ("", "token", "secret")
    assert len(stack.config.rasa_token) >= 24


def test_action_server_refuses_calls_without_the_shared_token(stack):
    c = stack.config
    call = {"next_action": "action_greet", "tracker": {"sender_id": "x", "events": []}}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": c.action_token}):
        reply = requests.post(f"{c.action_url}/webhook", json=call, headers=headers, timeout=30)
        assert reply.status_code == 401, f"{headers}: HTTP {reply.status_code}"
        assert "token" in reply.json()["error"]
    assert requests.get(f"{c.action_url}/actions", timeout=30).status_code == 401
    assert requests.get(f"{c.action_url}/health", timeout=30).status_code == 200


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b"null", b'{"next_action": 1}', b"[" * 5000 + b"]" * 5000],
    ids=["not-json", "array", "null", "wrong-types", "deep-nesting"],
)
def test_action_server_answers_a_malformed_call_with_400_and_no_echo(stack, body):
    c = stack.config
    headers = {"Authorization": f"Bearer {c.action_token}", "Content-Type": "application/json"}
    reply = requests.post(f"{c.action_url}/webhook", data=body, headers=headers, timeout=30)
    assert reply.status_code == 400
    assert "request_body" not in reply.json()


def test_action_server_unknown_path_is_404_not_500(stack):
    c = stack.config
    headers = {"Authorization": f"Bearer {c.action_token}"}
    reply = requests.get(f"{c.action_url}/no-such-page", headers=headers, timeout=30)
    assert reply.status_code == 404


def _user_texts(stack, sender: str) -> list[str]:
    reply = requests.get(
        f"{stack.config.rasa_url}/conversations/{sender}/tracker",
        params={"token": stack.config.rasa_token},
        timeout=30,
    )
    reply.raise_for_status()
    return [e["text"] for e in reply.json()["events"] if e["event"] == "user"]


def test_rest_flood_from_one_sender_gets_429_and_another_sender_is_unaffected(stack):
    # The stack runs with the default limit, 30 messages a minute per sender. A fixed
    # window may roll over once during the flood, so up to twice the limit can pass.
    url = f"{stack.config.rasa_url}/webhooks/rest/webhook"
    flooder, bystander = f"flood-{uuid.uuid4()}", f"calm-{uuid.uuid4()}"
    accepted, refused = [], None
    for number in range(61):
        text = f"hello {number}"
        reply = requests.post(url, json={"sender": flooder, "message": text}, timeout=60)
        if reply.status_code == 429:
            refused = text
            break
        assert reply.status_code == 200
        accepted.append(text)
    assert refused, "61 messages in a row from one sender were all processed"
    assert "Retry-After" in reply.headers and "faster" in reply.json()["error"]

    calm = requests.post(url, json={"sender": bystander, "message": "hello"}, timeout=60)
    assert calm.status_code == 200 and calm.json(), "another sender was limited too"

    texts = _user_texts(stack, flooder)
    assert refused not in texts, "a message over the limit was processed"
    assert [t for t in texts if t in accepted] == accepted, "an accepted message was lost"
