"""The `waypoint` command as a person runs it (a real subprocess, the real index)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def waypoint(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "index.cli", *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize("question", ["free English classes", "cours d'anglais gratuits"])
def test_cli_search_json_lists_language_classes_first(demo_index_dir, demo_index, question):
    result = waypoint("search", "--index", str(demo_index_dir), "--json", question)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    first = answer["results"][0]
    assert set(first) >= {"id", "source", "name", "score", "decision"}
    record = next(r for r in demo_index.records if r.id == first["id"])
    assert "language-classes" in record.taxonomy_codes
    assert answer["decision"] == first["decision"] == "answer"


def test_cli_search_batch_writes_one_line_per_query_and_reports_bad_lines(demo_index_dir, tmp_path):
    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        '{"qid": "q1", "text": "food bank"}\n'
        "not json\n"
        '{"qid": "q2", "text": "aide pour mon loyer"}\n'
        '{"qid": "q3"}\n'
    )
    result = waypoint("search", "--index", str(demo_index_dir), "--batch", str(batch))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["qid"] for line in lines] == ["q1", "q2"]
    assert all(line["decision"] in {"answer", "handoff"} and line["results"] for line in lines)
    assert "questions.jsonl:2: skipped" in result.stderr
    assert "questions.jsonl:4: skipped" in result.stderr


def test_cli_build_with_a_bad_source_spec_exits_2_with_the_right_form(tmp_path):
    result = waypoint(
        "index", "build", "--source", "demo/hsds/services.json", "--out", str(tmp_path)
    )
    assert result.returncode == 2
    assert "expected FORMAT:PATH, e.g. hsds-json:" in result.stderr


def test_cli_search_without_a_question_says_how_to_ask(demo_index_dir):
    result = waypoint("search", "--index", str(demo_index_dir))
    assert result.returncode == 2
    assert 'waypoint search "free English classes"' in result.stderr


def test_cli_build_allow_unverified_keeps_undated_records(tmp_path):
    source = tmp_path / "undated.json"
    service = {
        "id": "svc-1", "name": "Drop-in English", "description": "Free English practice.",
        "phones": [{"number": "416-555-0199"}],
    }
    source.write_text(json.dumps([service]))
    out = tmp_path / "index"
    refused = waypoint("index", "build", "--source", f"hsds-json:{source}", "--out", str(out))
    assert refused.returncode == 2 and "--allow-unverified" in refused.stderr
    built = waypoint("index", "build", "--source", f"hsds-json:{source}", "--out", str(out),
                     "--allow-unverified", "--no-progress")
    assert built.returncode == 0, built.stderr
    assert "records indexed        1" in built.stdout
