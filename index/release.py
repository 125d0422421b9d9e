"""Index updates without downtime: releases beside each other, one `current` symlink.

    var/index/releases/2026-11-23T1200/   a built artifact (waypoint index build --out ...)
    var/index/releases/2026-11-24T1200/   the next one, built beside it
    var/index/current -> releases/2026-11-24T1200   WAYPOINT_INDEX_DIR

`publish(release, link)` (`waypoint index publish RELEASE --link LINK`) checks the
release (an artifact that cannot be read is refused before anyone sees it) and
points the link at it with one rename (os.replace of a fresh symlink): a reader
sees the old release or the new one, never a half-written folder.

`LiveIndex` is what each action server holds: between requests, at most every
WAYPOINT_INDEX_RECHECK_SECONDS, it looks where the link points; a new target is
loaded on a background thread (the embedding model is reused) while the old
index keeps answering, then swapped in. A target that fails to load is logged
and skipped: the last good index keeps serving until the link moves again.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from . import settings
from .artifact import read_artifact
from .batching import BatchingEmbedder
from .errors import IndexArtifactError

__all__ = ["LiveIndex", "publish"]

logger = logging.getLogger(__name__)


def publish(release: str | Path, link: str | Path) -> Path:
    """Point `link` at `release` atomically, after checking that the release loads."""
    release, link = Path(release).resolve(), Path(link)
    read_artifact(release)  # raises IndexArtifactError with the fix in its message
    link.parent.mkdir(parents=True, exist_ok=True)
    target = os.path.relpath(release, link.parent.resolve())
    staging = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    staging.unlink(missing_ok=True)
    staging.symlink_to(target)
    os.replace(staging, link)  # one rename: readers see the old or the new target
    return release


class LiveIndex:
    """The loaded index of a folder or symlink, switched when the symlink moves."""

    def __init__(
        self,
        folder: str | Path | None = None,
        *,
        load: Callable | None = None,
        recheck_seconds: float | None = None,
    ) -> None:
        self.folder = settings.resolve_path(folder or settings.get("index_dir"))
        self.recheck_seconds = (
            settings.get("index_recheck_seconds") if recheck_seconds is None else recheck_seconds
        )
        self._load = load or _load_service_index
        self._lock = threading.Lock()
        self._index = None
        self._target: Path | None = None  # what the loaded index came from
        self._refused: Path | None = None  # a target that failed to load
        self._loading: Path | None = None
        self._checked_at = 0.0

    @property
    def target(self) -> Path | None:
        return self._target

    def get(self):
        """The current index (loads it on first use; raises IndexArtifactError if it cannot)."""
        with self._lock:
            if self._index is None:
                target = self.folder.resolve()
                self._index = self._load(target, None)
                self._target = target
                self._checked_at = time.monotonic()
                logger.info("Loaded index %s: %d records", target, len(self._index))
                return self._index
            self._maybe_switch()
            return self._index

    def _maybe_switch(self) -> None:
        if self.recheck_seconds <= 0 or time.monotonic() - self._checked_at < self.recheck_seconds:
            return
        self._checked_at = time.monotonic()
        target = self.folder.resolve()
        if target in (self._target, self._refused, self._loading):
            return
        self._loading = target
        threading.Thread(
            target=self._switch_to, args=(target, self._index), name="index-switch", daemon=True
        ).start()

    def _switch_to(self, target: Path, previous) -> None:
        try:
            index = self._load(target, previous)
        except (IndexArtifactError, OSError, ValueError) as exc:
            logger.error(
                "Index release %s refused, still serving %s: %s", target, self._target, exc
            )
            with self._lock:
                self._refused, self._loading = target, None
            return
        with self._lock:
            self._index, self._target, self._loading = index, target, None
        logger.info("Index switched to %s: %d records", target, len(index))


def _load_service_index(folder: Path, previous):
    from .search import ServiceIndex

    embedder = None
    if previous is not None:
        from .artifact import read_manifest

        if read_manifest(folder).get("model") == previous.manifest.get("model"):
            embedder = previous.embedder  # the same model: no second copy in memory
    index = ServiceIndex.load(folder, embedder=embedder)
    batch = settings.get("embed_batch")
    if batch > 1 and not isinstance(index.embedder, BatchingEmbedder):
        index.embedder = BatchingEmbedder(index.embedder, batch)  # concurrent turns share a call
    return index
