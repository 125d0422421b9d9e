"""Per-language confidence offsets: measured on a dev set, applied to the decision only."""

from __future__ import annotations

import json
import logging

import pytest

from index.evaluation import EvalRun, Question, with_offsets
from index.language_offsets import MIN_NEEDS, compute_offsets, load_offsets, write_offsets


def _run(need: str, lang: str, score: float, expect: str = "answer") -> EvalRun:
    return EvalRun(Question(f"{need}-{lang}", lang, "x", "d", expect, need_id=need), [1], score)


def _runs(lang: str, gaps: list[float]) -> list[EvalRun]:
    runs = []
    for n, gap in enumerate(gaps):
        runs += [_run(f"n{n}", "en", 0.9), _run(f"n{n}", lang, 0.9 - gap)]
    return runs


def test_compute_offsets_is_the_median_gap_to_english():
    offsets = compute_offsets(_runs("uk", [0.01, 0.02, 0.03, 0.04, 0.10]))
    assert offsets == {"en": 0.0, "uk": pytest.approx(0.03)}


def test_compute_offsets_skips_languages_with_too_few_needs_and_handoff_questions():
    runs = _runs("so", [0.05] * (MIN_NEEDS - 1)) + [_run("h", "en", 0.8, "handoff"),
                                                     _run("h", "so", 0.5, "handoff")]
    assert compute_offsets(runs) == {"en": 0.0}


def test_with_offsets_changes_the_decision_not_the_ranks():
    run = _run("n", "ar", 0.83)
    (moved,) = with_offsets([run], {"ar": 0.02})
    assert (run.decision(0.843), moved.decision(0.843)) == ("handoff", "answer")
    assert moved.relevant_ranks == run.relevant_ranks and moved.top_score == run.top_score


def test_write_offsets_reads_back_with_how_they_were_measured(tmp_path):
    path = tmp_path / "offsets.json"
    write_offsets(path, {"en": 0.0, "uk": 0.03}, {"how": "median gap", "questions": "dev.jsonl"})
    assert load_offsets(path) == {"en": 0.0, "uk": 0.03}
    assert json.loads(path.read_text())["questions"] == "dev.jsonl"


def test_load_offsets_broken_file_is_logged_and_means_none(tmp_path, caplog):
    path = tmp_path / "offsets.json"
    path.write_text("{not json")
    with caplog.at_level(logging.WARNING):
        assert load_offsets(path) == {}
    assert "no offsets are applied" in caplog.text


@pytest.fixture
def offsets_file(tmp_path, monkeypatch):
    path = tmp_path / "offsets.json"
    path.write_text(json.dumps({"offsets": {"en": 0.0, "xx": 0.5}}))
    monkeypatch.setenv("WAYPOINT_LANGUAGE_OFFSETS", str(path))
    return path


def test_search_language_offset_decides_but_does_not_rank(demo_index, offsets_file):
    plain = demo_index.search("free English classes", threshold=1.01)
    offset = demo_index.search("free English classes", threshold=1.01, language="xx")
    assert (plain.decision, offset.decision) == ("handoff", "answer")
    assert offset.offset == 0.5 and offset.confidence == plain.confidence
    assert [h.record.id for h in offset.hits] == [h.record.id for h in plain.hits]


def test_search_unknown_language_gets_no_offset(demo_index, offsets_file):
    response = demo_index.search("free English classes", threshold=1.01, language="zz")
    assert (response.decision, response.offset) == ("handoff", 0.0)


def test_measured_offsets_file_covers_every_supported_language():
    from actions.catalogue import supported_languages
    from index.settings import PROJECT_ROOT

    offsets = load_offsets(PROJECT_ROOT / "index/data/language_offsets.json")
    assert set(offsets) == set(supported_languages()) and offsets["en"] == 0.0
    assert all(0.0 <= value < 0.1 for value in offsets.values())
