"""The reference: Rasa 3.6's own starter bot (`rasa init`) with one custom action a turn.

Built from the project template that ships inside the installed Rasa
(`rasa/cli/initial_project`): its default config.yml (DIET, TED, Memoization,
Rule policies), its domain and training data, unchanged except that every user
turn is followed by one call to a trivial custom action (`action_count_turn`,
bench/load/trivial_actions.py) before the template's own response. That is
"a default Rasa bot with one action call". It runs through the same `stack` as
Waypoint, with the same SQLite tracker store, so the two differ only in the bot.

Trained once into var/bench/reference/ and reused while the template, this file
and the Rasa version are unchanged (training takes a few minutes on 2 cores).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import yaml

from index.settings import PROJECT_ROOT

__all__ = ["REFERENCE_ACTION", "build_reference_bot"]

REFERENCE_ACTION = "action_count_turn"
RASA_VENV = PROJECT_ROOT / ".venv-rasa"
OUT = PROJECT_ROOT / "var/bench/reference"
ENDPOINTS = """\
# Written by bench/load/reference.py: the same action server and tracker store
# settings as bot/endpoints.yml.
action_endpoint:
  url: ${WAYPOINT_ACTION_URL}
tracker_store:
  type: SQL
  dialect: "sqlite"
  db: ${WAYPOINT_TRACKER_DB}
"""


def _template() -> Path:
    found = sorted(RASA_VENV.glob("lib/python*/site-packages/rasa/cli/initial_project"))
    if not found:
        raise SystemExit("error: Rasa's project template not found; run scripts/setup first")
    return found[0]


def _fingerprint(template: Path) -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted(template.rglob("*.yml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _with_action_after_each_intent(steps: list[dict]) -> list[dict]:
    out = []
    for step in steps:
        out.append(step)
        if "intent" in step:
            out.append({"action": REFERENCE_ACTION})
    return out


def _write_project(template: Path, project: Path) -> None:
    if project.exists():
        shutil.rmtree(project)
    (project / "data").mkdir(parents=True)
    shutil.copy(template / "config.yml", project / "config.yml")
    shutil.copy(template / "data/nlu.yml", project / "data/nlu.yml")
    domain = yaml.safe_load((template / "domain.yml").read_text())
    domain.setdefault("actions", []).append(REFERENCE_ACTION)
    (project / "domain.yml").write_text(yaml.safe_dump(domain, allow_unicode=True))
    for name, key in (("stories.yml", "stories"), ("rules.yml", "rules")):
        data = yaml.safe_load((template / "data" / name).read_text())
        for item in data.get(key, []):
            item["steps"] = _with_action_after_each_intent(item["steps"])
        (project / "data" / name).write_text(yaml.safe_dump(data, allow_unicode=True))
    (project / "endpoints.yml").write_text(ENDPOINTS)


def build_reference_bot(out: Path = OUT) -> tuple[Path, Path]:
    """(the trained model, its endpoints.yml); trains only when something changed."""
    template = _template()
    fingerprint = _fingerprint(template)
    model = out / "models/reference.tar.gz"
    stamp = out / "fingerprint"
    project = out / "project"
    if model.exists() and stamp.exists() and stamp.read_text() == fingerprint:
        return model, project / "endpoints.yml"
    print("Training the reference bot (rasa init's template; a few minutes)...", flush=True)
    _write_project(template, project)
    command = [
        str(RASA_VENV / "bin/rasa"),
        "train",
        "--config", "config.yml",
        "--domain", "domain.yml",
        "--data", "data",
        "--out", str(model.parent),
        "--fixed-model-name", "reference",
    ]  # fmt: skip
    log = out / "train.log"
    with open(log, "wb") as output:
        done = subprocess.run(
            command, cwd=project, stdout=output, stderr=subprocess.STDOUT,
            env={"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
                 "PATH": str(RASA_VENV / "bin") + ":/usr/bin:/bin"},
        )  # fmt: skip
    if done.returncode != 0 or not model.exists():
        raise SystemExit(f"error: training the reference bot failed; see {log}")
    stamp.write_text(fingerprint)
    return model, project / "endpoints.yml"
