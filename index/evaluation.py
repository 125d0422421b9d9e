"""Retrieval evaluation on a labelled question set (`waypoint eval`).

A question file has one JSON object a line: `qid`, `lang`, `text`, `dataset`,
`expect` (`answer`, `handoff` or `crisis`), `relevant_ids` and optionally
`taxonomy_prefixes` (a record whose taxonomy code starts with one of them is
relevant too) and `need_id` (the same need asked in several languages). Each
question is searched in the index of its own dataset only, with the confidence
offset of its language (language_offsets.py).

Measures, per language and overall: success@k (a relevant record in the top k),
MRR, recall@5, how often the bot would answer with nothing relevant in what it
shows ("answered but wrong"), and for `handoff` / `crisis` questions how often it
hands off. `calibrate` sweeps the answer threshold over the same runs.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import WaypointError
from .records import ServiceRecord
from .search import SearchResponse, ServiceIndex

__all__ = [
    "EvalRun", "Question", "calibrate", "evaluate", "load_questions", "summarize", "with_offsets",
]

KS = (1, 3, 5)
DEPTH = 10  # results fetched per question; MRR counts ranks up to here
SHOWN = 3  # results the bot shows; "answered but wrong" means none of these is relevant


@dataclass(frozen=True)
class Question:
    qid: str
    lang: str
    text: str
    dataset: str
    expect: str = "answer"
    relevant_ids: frozenset[str] = frozenset()
    taxonomy_prefixes: tuple[str, ...] = ()
    need_id: str = ""


@dataclass
class EvalRun:
    """One question's search: the ranks of relevant records and its confidence."""

    question: Question
    relevant_ranks: list[int]  # 1-based ranks of relevant results within DEPTH
    top_score: float  # the confidence: the best dense score
    relevant_in_top5: int = 0
    offset: float = 0.0  # the question's language's offset, added for the decision

    @property
    def decided_on(self) -> float:
        return self.top_score + self.offset

    def decision(self, threshold: float) -> str:
        return "answer" if self.decided_on >= threshold else "handoff"


@dataclass
class Tally:
    questions: int = 0
    success: dict[int, int] = field(default_factory=lambda: dict.fromkeys(KS, 0))
    reciprocal_rank: float = 0.0
    recall_at_5: float = 0.0
    answered: int = 0
    answered_wrong: int = 0

    def add(self, run: EvalRun, threshold: float) -> None:
        self.questions += 1
        first = min(run.relevant_ranks, default=None)
        for k in KS:
            self.success[k] += first is not None and first <= k
        self.reciprocal_rank += 1 / first if first else 0.0
        relevant = len(run.question.relevant_ids) or 1
        self.recall_at_5 += min(run.relevant_in_top5, relevant) / relevant
        if run.decision(threshold) == "answer":
            self.answered += 1
            self.answered_wrong += first is None or first > SHOWN

    def as_dict(self) -> dict[str, Any]:
        n = self.questions or 1
        return {
            "questions": self.questions,
            **{f"success@{k}": round(self.success[k] / n, 4) for k in KS},
            "mrr": round(self.reciprocal_rank / n, 4),
            "recall@5": round(self.recall_at_5 / n, 4),
            "answered": round(self.answered / n, 4),
            "answered_wrong": round(self.answered_wrong / n, 4),
        }


def load_questions(path: Path) -> list[Question]:
    """The questions of a JSONL file; a bad line is reported on stderr and skipped."""
    questions = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise WaypointError(f"cannot read questions file {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            questions.append(
                Question(
                    qid=str(item["qid"]),
                    lang=str(item.get("lang", "")),
                    text=str(item["text"]),
                    dataset=str(item.get("dataset", "")),
                    expect=str(item.get("expect", "answer")),
                    relevant_ids=frozenset(str(i) for i in item.get("relevant_ids", [])),
                    taxonomy_prefixes=tuple(item.get("taxonomy_prefixes", [])),
                    need_id=str(item.get("need_id", "")),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            print(f"{path}:{number}: skipped: {exc!r}", file=sys.stderr)
    if not questions:
        raise WaypointError(f"{path} has no usable questions")
    return questions


def evaluate(
    indexes: dict[str, ServiceIndex],
    questions: Iterable[Question],
    *,
    lexical_weight: float | None = None,
) -> list[EvalRun]:
    """Search every question in its dataset's index ('*' serves any dataset)."""
    by_dataset: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        by_dataset[question.dataset].append(question)
    runs = []
    for dataset, group in by_dataset.items():
        index = indexes.get(dataset) or indexes.get("*")
        if index is None:
            print(
                f"no index for dataset {dataset!r}: {len(group)} questions skipped", file=sys.stderr
            )
            continue
        responses = index.search_many(
            [q.text for q in group], top_k=DEPTH, threshold=0.0, lexical_weight=lexical_weight,
            languages=[q.lang for q in group],
        )
        runs.extend(_run(q, r) for q, r in zip(group, responses, strict=True))
    return runs


def _is_relevant(record: ServiceRecord, question: Question) -> bool:
    if record.id in question.relevant_ids:
        return True
    prefixes = question.taxonomy_prefixes
    return bool(prefixes) and any(code.startswith(prefixes) for code in record.taxonomy_codes)


def _run(question: Question, response: SearchResponse) -> EvalRun:
    ranks = [
        rank for rank, hit in enumerate(response.hits, 1) if _is_relevant(hit.record, question)
    ]
    in_top5 = sum(1 for h in response.hits[:5] if h.record.id in question.relevant_ids)
    return EvalRun(question, ranks, response.confidence, in_top5, response.offset)


def with_offsets(runs: list[EvalRun], offsets: dict[str, float]) -> list[EvalRun]:
    """The same runs decided with other language offsets (ranking does not depend on them)."""
    return [replace(r, offset=offsets.get(r.question.lang, 0.0)) for r in runs]


def summarize(runs: list[EvalRun], threshold: float) -> dict[str, Any]:
    """Retrieval metrics per language and overall, and handoff figures."""
    per_language: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    for run in runs:
        if run.question.expect == "answer":
            per_language[run.question.lang].add(run, threshold)
            overall.add(run, threshold)
    return {
        "threshold": threshold,
        "overall": overall.as_dict(),
        "per_language": {lang: t.as_dict() for lang, t in sorted(per_language.items())},
        "handoff": _handoff_figures(runs, threshold),
    }


def _handoff_figures(runs: list[EvalRun], threshold: float) -> dict[str, Any]:
    should = [r for r in runs if r.question.expect in ("handoff", "crisis")]
    crisis = [r for r in should if r.question.expect == "crisis"]
    handed = [r for r in runs if r.decision(threshold) == "handoff"]
    caught = sum(r.decision(threshold) == "handoff" for r in should)
    return {
        "questions": len(should),
        "recall": round(caught / len(should), 4) if should else None,
        "precision": round(caught / len(handed), 4) if handed else None,
        "crisis_caught": (
            round(sum(r.decision(threshold) == "handoff" for r in crisis) / len(crisis), 4)
            if crisis
            else None
        ),
        "handed_off_overall": round(len(handed) / len(runs), 4) if runs else None,
    }


def calibrate(
    runs: list[EvalRun], *, max_answered_wrong: float = 0.05, min_handoff_recall: float = 0.90
) -> list[dict[str, Any]]:
    """Every candidate threshold with its figures, best first.

    Best = the most questions answered correctly, among thresholds that keep
    "answered but wrong" at or under `max_answered_wrong` and hand off at least
    `min_handoff_recall` of the handoff questions; if none does, the one closest
    to those limits comes first.
    """
    scores = sorted({round(r.decided_on, 3) for r in runs})
    table = []
    for threshold in scores + [max(scores, default=0) + 0.001]:
        summary = summarize(runs, threshold)
        o, h = summary["overall"], summary["handoff"]
        answered_right = o["answered"] - o["answered_wrong"]
        feasible = o["answered_wrong"] <= max_answered_wrong and (
            h["recall"] is None or h["recall"] >= min_handoff_recall
        )
        shortfall = max(0.0, o["answered_wrong"] - max_answered_wrong) + max(
            0.0, min_handoff_recall - (h["recall"] if h["recall"] is not None else 1.0)
        )
        table.append(
            {
                "threshold": threshold,
                "feasible": feasible,
                "answered_right": round(answered_right, 4),
                "shortfall": round(shortfall, 4),
                "answered_wrong": o["answered_wrong"],
                "handoff_recall": h["recall"],
            }
        )
    table.sort(key=lambda row: (not row["feasible"], row["shortfall"], -row["answered_right"]))
    return table
