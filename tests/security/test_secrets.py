"""Secrets come only from the environment: none is committed, every config file asks for one.

The scan reads every file git tracks for the shapes real credentials have (private
keys, cloud and chat-platform tokens, a password in a URL). Placeholders such as
`user:password@host` in documentation are not secrets.
"""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml

from handoff import settings as handoff_settings
from index import settings as index_settings
from index.settings import PROJECT_ROOT
from staff import settings as staff_settings

CREDENTIAL_SHAPES = {
    "private key": r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY-----",
    "AWS access key": r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",
    "GitHub token": r"\bgh[pousr]_[A-Za-z0-9]{36,}\b",
    "Slack token": r"\bxox[abprs]-[A-Za-z0-9-]{10,}",
    "Telegram bot token": r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b",
    "Twilio account SID or API key": r"\b(?:AC|SK)[0-9a-f]{32}\b",
    "Facebook access token": r"\bEAA[A-Za-z0-9]{60,}",
    "Google API key": r"\bAIza[0-9A-Za-z_-]{35}\b",
    "password in a URL": r"\b[a-z][a-z0-9+.-]*://[^/\s:@'\"`]+:([^/\s@'\"`]{3,})@",
}
PLACEHOLDERS = {"password", "pass", "secret", "pw", "passwd", "changeme", "xxx", "***"}
SECRET_WORDS = re.compile(r"token|secret|password|passwd|api_?key|auth|credential", re.I)


def _tracked_files():
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=PROJECT_ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, names):
        path = PROJECT_ROOT / name.decode()
        if path.is_file() and path.stat().st_size < 5_000_000:
            yield path


def _findings(text: str) -> list[str]:
    found = []
    for kind, pattern in CREDENTIAL_SHAPES.items():
        for match in re.finditer(pattern, text):
            secret = match.group(match.lastindex or 0)
            if kind == "password in a URL" and (
                secret.lower() in PLACEHOLDERS or secret.startswith(("$", "<", "{", "%"))
            ):
                continue
            found.append(f"{kind}: {match.group(0)[:12]}...")
    return found


def test_the_scan_finds_credentials_of_each_shape():
    # Put together here, so that this file itself holds no credential-shaped string.
    committed = " ".join(
        [
            "-----BEGIN RSA " + "PRIVATE KEY-----",
            "AKIA" + "IOSFODNN7EXAMPLE",
            "ghp_" + "a" * 36,
            "xoxb" + "-1234567890-abc",
            "123456789:AA" + "b" * 33,
            "AC" + "0" * 32,
            "EAA" + "c" * 60,
            "AIza" + "d" * 35,
            "postgresql://waypoint:" + "s3cr3t-pw@db.example/tickets",
        ]
    )
    assert len(_findings(committed)) == len(CREDENTIAL_SHAPES)
    assert _findings("postgresql+psycopg://user:password@host/db ${WAYPOINT_TOKEN}") == []


def test_no_credential_is_committed():
    problems = []
    for path in _tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary files (images, model pieces) carry no credentials of ours
        problems += [f"{path.relative_to(PROJECT_ROOT)}: {f}" for f in _findings(text)]
    assert problems == []


def _secret_values(node, where=""):
    """(where, value) for every value under a key that names a secret, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            path = f"{where}.{key}" if where else str(key)
            if SECRET_WORDS.search(str(key)) and isinstance(value, (str, int)):
                yield path, str(value)
            yield from _secret_values(value, path)
    elif isinstance(node, list):
        for position, value in enumerate(node):
            yield from _secret_values(value, f"{where}[{position}]")


CONFIG_FILES = sorted(
    p.relative_to(PROJECT_ROOT).as_posix()
    for pattern in ("bot/*.yml", "config/*.yml", "deploy/**/*.yml", "deploy/**/*.yaml")
    for p in PROJECT_ROOT.glob(pattern)
)


@pytest.mark.parametrize("name", CONFIG_FILES)
def test_config_files_take_secrets_from_the_environment(name):
    text = (PROJECT_ROOT / name).read_text(encoding="utf-8")
    for where, value in _secret_values(yaml.safe_load(text) or {}):
        assert "${" in value, f"{name}: {where} is written in the file; use ${{ENV_VAR}}"


def test_endpoints_send_the_action_token_from_the_environment():
    endpoints = yaml.safe_load((PROJECT_ROOT / "bot/endpoints.yml").read_text())
    headers = endpoints["action_endpoint"]["headers"]
    assert headers == {"Authorization": "Bearer ${WAYPOINT_ACTION_TOKEN}"}


@pytest.mark.parametrize("module", [index_settings, handoff_settings, staff_settings])
def test_secret_settings_have_no_default_value(module):
    for setting in module.SETTINGS:
        if SECRET_WORDS.search(setting.name) and not setting.name.endswith(("_file", "_header")):
            assert setting.default in (None, ""), (
                f"{setting.env} has a default: {setting.default!r}"
            )
            assert setting.env.startswith("WAYPOINT_")
