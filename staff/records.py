"""The records a ticket says the bot showed, and flagging one as outdated.

A ticket keeps a small summary of each record shown (key or id, name, score). To
flag, `index.flags.FlagStore` wants the record's key and its last-verified date:
from the index the action server loads when the record is there, else from the
summary (a flag without a date holds the record until any dated import).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from index import settings as index_settings
from index.flags import Flag, FlagStore

__all__ = ["ShownRecord", "flag_shown_record", "shown_records"]


@dataclass(frozen=True)
class ShownRecord:
    key: str
    name: str
    score: float | None
    last_verified: date | None
    source: str | None


def shown_records(summaries: list[dict]) -> list[ShownRecord]:
    return [_shown(s) for s in summaries if _key(s)]


def flag_shown_record(
    flags: FlagStore, summaries: list[dict], key: str, *, reason: str, by: str
) -> Flag:
    """Flag the record `key`, which must be one the ticket shows (no flagging by guesswork)."""
    record = next((r for r in shown_records(summaries) if r.key == key), None)
    if record is None:
        raise ValueError(f"record {key!r} was not shown in this conversation")
    found = _verified_in_index(key)
    if found is not None:
        record = ShownRecord(record.key, record.name, record.score, found, record.source)
    return flags.flag(record, reason=reason, by=by)  # type: ignore[arg-type]  # duck: key + date


def _shown(summary: dict) -> ShownRecord:
    score = summary.get("score")
    verified = summary.get("last_verified")
    return ShownRecord(
        key=_key(summary),
        name=str(summary.get("name") or _key(summary)),
        score=float(score) if isinstance(score, (int, float)) else None,
        last_verified=_date(verified),
        source=summary.get("source"),
    )


def _key(summary: dict) -> str:
    if summary.get("key"):
        return str(summary["key"])
    if summary.get("source") and summary.get("id"):
        return f"{summary['source']}:{summary['id']}"
    return str(summary.get("id") or "")


def _date(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _verified_in_index(key: str) -> date | None:
    """The record's last-verified date in the loaded index, read line by line (no FAISS)."""
    path = Path(index_settings.resolve_path(index_settings.get("index_dir"))) / "records.jsonl"
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            data = json.loads(line)
            if f"{data.get('source')}:{data.get('id')}" == key:
                return _date(data.get("last_verified"))
    return None
