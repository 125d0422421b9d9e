"""`waypoint eval`: retrieval quality and handoff figures on a labelled question set."""

from __future__ import annotations

import json

import pytest

from index import settings
from index.evaluation import EvalRun, Question, calibrate, evaluate, load_questions, summarize
from tests.conftest import FIXTURES
from tests.index.test_cli import waypoint

QUESTIONS = FIXTURES / "eval/demo_questions.jsonl"


@pytest.fixture(scope="module")
def demo_runs(demo_index):
    return evaluate({"demo": demo_index}, load_questions(QUESTIONS))


def test_eval_demo_needs_are_found_in_both_languages(demo_runs):
    summary = summarize(demo_runs, threshold=settings.get("answer_threshold"))
    assert set(summary["per_language"]) == {"en", "fr"}
    assert summary["overall"]["questions"] == 8
    assert summary["overall"]["success@3"] >= 0.85


def test_eval_off_topic_questions_are_handed_off_at_the_shipped_threshold(demo_runs):
    shipped = settings.get("answer_threshold")
    assert summarize(demo_runs, threshold=shipped)["handoff"]["recall"] == 1.0


def test_eval_success_and_mrr_follow_the_rank_of_the_first_relevant_record():
    q = Question("q", "en", "x", "d", relevant_ids=frozenset({"a"}))
    runs = [EvalRun(q, [2], 0.9), EvalRun(q, [], 0.9)]
    overall = summarize(runs, threshold=0.5)["overall"]
    assert (overall["success@1"], overall["success@3"], overall["mrr"]) == (0.0, 0.5, 0.25)
    assert overall["answered_wrong"] == 0.5


def test_calibrate_puts_a_threshold_between_off_topic_and_good_answers_first():
    good = Question("g", "en", "x", "d", relevant_ids=frozenset({"a"}))
    off = Question("o", "en", "y", "d", expect="handoff")
    runs = [EvalRun(good, [1], 0.88), EvalRun(good, [1], 0.86), EvalRun(off, [], 0.80)]
    best = calibrate(runs)[0]
    assert best["feasible"] and 0.80 < best["threshold"] <= 0.86


def test_eval_questions_file_with_bad_lines_reports_and_skips_them(tmp_path, capsys):
    path = tmp_path / "q.jsonl"
    path.write_text('{"qid": "a", "text": "food"}\nnot json\n{"text": "no qid"}\n')
    assert [q.qid for q in load_questions(path)] == ["a"]
    assert "q.jsonl:2: skipped" in capsys.readouterr().err


def test_cli_eval_prints_a_table_and_writes_json(demo_index_dir, tmp_path):
    out = tmp_path / "eval.json"
    result = waypoint(
        "eval",
        "--questions",
        str(QUESTIONS),
        "--index-dir",
        f"demo={demo_index_dir}",
        "--json",
        str(out),
        "--calibrate",
    )
    assert result.returncode == 0, result.stderr
    assert "ALL" in result.stdout and "handoff questions 4" in result.stdout
    summary = json.loads(out.read_text())
    assert summary["per_language"]["fr"]["questions"] == 4
    assert summary["calibration"][0]["threshold"] > 0


def test_cli_eval_language_offsets_need_enough_needs_in_both_languages(demo_index_dir, tmp_path):
    out = tmp_path / "offsets.json"
    result = waypoint(
        "eval", "--questions", str(QUESTIONS), "--index-dir", f"demo={demo_index_dir}",
        "--write-language-offsets", str(out),
    )  # 4 needs in French: fewer than MIN_NEEDS, so French gets no offset
    assert result.returncode != 0 and "no language offsets measured" in result.stderr
    assert not out.exists()
