"""Records staff flagged as outdated: held out of answers until the source re-verifies them.

The flags live in one small JSON file beside the indexes (WAYPOINT_FLAGS_FILE), not in
an index artifact, so they survive rebuilds and apply at once to a running action
server (the file is re-read when it changes). A flag records the record's
last-verified date at the time; when a later import brings a newer date, the record
is back.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from . import settings
from .records import ServiceRecord

__all__ = ["Flag", "FlagStore"]


@dataclass(frozen=True)
class Flag:
    key: str  # ServiceRecord.key: "source:id"
    reason: str
    by: str
    flagged_at: str  # ISO timestamp, UTC
    verified_when_flagged: str | None  # the record's last_verified then, ISO date


class FlagStore:
    """Read and write the flags file; cheap to ask on every search."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = settings.resolve_path(path or settings.get("flags_file"))
        self._flags: dict[str, Flag] = {}
        self._mtime: float | None = None

    def flag(self, record: ServiceRecord, *, reason: str, by: str) -> Flag:
        """Hold `record` out of answers until it is re-verified."""
        if not reason.strip():
            raise ValueError("say why the record is outdated (reason), for the 211 data steward")
        verified = record.last_verified.isoformat() if record.last_verified else None
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        flag = Flag(record.key, reason.strip(), by, now, verified)
        self._write({**self.all(), record.key: flag})
        return flag

    def unflag(self, key: str) -> bool:
        flags = self.all()
        removed = flags.pop(key, None) is not None
        if removed:
            self._write(flags)
        return removed

    def all(self) -> dict[str, Flag]:
        self._reload_if_changed()
        return dict(self._flags)

    def is_held(self, record: ServiceRecord) -> bool:
        """Flagged, and not re-verified since the flag."""
        self._reload_if_changed()
        flag = self._flags.get(record.key)
        if flag is None:
            return False
        if record.last_verified is None:
            return True
        if flag.verified_when_flagged is None:
            return False  # undated when flagged, dated now: re-verified
        return record.last_verified <= date.fromisoformat(flag.verified_when_flagged)

    def _reload_if_changed(self) -> None:
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            self._flags, self._mtime = {}, None
            return
        if mtime != self._mtime:
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
            self._flags = {key: Flag(**value) for key, value in data.items()}
            self._mtime = mtime

    def _write(self, flags: dict[str, Flag]) -> None:
        """Atomically: a reader never sees half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({k: asdict(f) for k, f in flags.items()}, indent=2, ensure_ascii=False)
        handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".flags.")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(payload + "\n")
        os.replace(temp, self.path)
        self._mtime = None
