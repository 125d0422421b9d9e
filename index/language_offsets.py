"""Per-language confidence offsets: the model scores the same need lower in some languages.

multilingual-e5 gives a Ukrainian or Hindi question a lower cosine to the right English
record than the same question in English, so one answer threshold hands off in some
languages what it answers in others. The offset of a language is the median, over the
dev set's answerable needs, of the best dense score of the English question minus that
of the same need in the language (each searched in its own dataset); English is 0 and a
language without an offset gets 0.

The offset is added to the confidence for the answer/handoff decision only: ranking is
untouched. `waypoint eval --write-language-offsets FILE` measures and writes them;
index/data/language_offsets.json holds those measured on the dev set. They are off
unless the setting WAYPOINT_LANGUAGE_OFFSETS names a file: with them the calibrated
threshold rises to where English questions are answered much less often, for about the
same number of right answers overall (README, "Confidence").
"""

from __future__ import annotations

import json
import logging
import statistics
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import settings

if TYPE_CHECKING:
    from .evaluation import EvalRun

__all__ = ["PIVOT_LANGUAGE", "compute_offsets", "load_offsets", "offsets_in_use", "write_offsets"]

logger = logging.getLogger(__name__)

PIVOT_LANGUAGE = "en"  # the records' language: offsets are measured against it
MIN_NEEDS = 5  # fewer needs answered in both languages than this: no offset for the language


def compute_offsets(runs: Iterable[EvalRun]) -> dict[str, float]:
    """Language -> median over answerable needs of best score in English minus in it."""
    best: dict[str, dict[str, float]] = defaultdict(dict)  # need -> language -> score
    for run in runs:
        q = run.question
        if q.expect == "answer" and q.need_id:
            best[q.need_id][q.lang] = run.top_score
    gaps: dict[str, list[float]] = defaultdict(list)
    for scores in best.values():
        pivot = scores.get(PIVOT_LANGUAGE)
        if pivot is None:
            continue
        for lang, score in scores.items():
            if lang != PIVOT_LANGUAGE:
                gaps[lang].append(pivot - score)
    offsets = {lang: round(statistics.median(g), 4) for lang, g in gaps.items()
               if len(g) >= MIN_NEEDS}
    return {PIVOT_LANGUAGE: 0.0, **dict(sorted(offsets.items()))}


def write_offsets(path: Path, offsets: dict[str, float], how: dict[str, Any]) -> None:
    """The offsets as JSON, with how they were measured (questions, datasets, date)."""
    body = {"measured": date.today().isoformat(), **how, "offsets": offsets}
    Path(path).write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@cache
def load_offsets(path: Path) -> dict[str, float]:
    """The offsets of a file; a missing or broken file is logged and means no offsets."""
    try:
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        return {str(lang): float(value) for lang, value in body["offsets"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        logger.warning("Ignoring language offsets %s (%s): no offsets are applied.", path, exc)
        return {}


def offsets_in_use() -> dict[str, float]:
    """The offsets of the file WAYPOINT_LANGUAGE_OFFSETS names ({} when unset or 'none')."""
    value = settings.get("language_offsets")
    return load_offsets(settings.resolve_path(value)) if value else {}
