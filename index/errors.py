"""The errors the index raises. Each carries the context a person needs to fix it."""

from __future__ import annotations

__all__ = [
    "WaypointError",
    "SourceSpecError",
    "SourceError",
    "RecordProblem",
    "IndexArtifactError",
    "EmbeddingModelError",
    "ModelConversionError",
]


class WaypointError(Exception):
    """Base class: every error of ours says what went wrong and how to fix it."""


class SourceSpecError(WaypointError, ValueError):
    """A --source argument that is not FORMAT:PATH with a known format."""


class SourceError(WaypointError):
    """A whole source cannot be read (missing file, not JSON, HTTP error)."""

    def __init__(self, message: str, *, location: str = "") -> None:
        super().__init__(f"{location}: {message}" if location else message)
        self.location = location


class RecordProblem(WaypointError):
    """One record of a source is malformed: it is reported and skipped, never fatal."""

    def __init__(self, message: str, *, location: str, record_id: str = "") -> None:
        label = f"{location} (record {record_id})" if record_id else location
        super().__init__(f"{label}: {message}")
        self.location = location
        self.record_id = record_id
        self.reason = message


class IndexArtifactError(WaypointError):
    """An index folder that is missing, incomplete or corrupt."""


class EmbeddingModelError(WaypointError):
    """The embedding model cannot be loaded (offline, wrong path)."""


class ModelConversionError(WaypointError):
    """The source files are missing, corrupt, or the output folder cannot be written."""
