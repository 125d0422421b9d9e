"""Waypoint service index: import, vet, embed, build and search service records.

Heavy libraries (torch, faiss) load only when a model or an index is used, so the
command line starts fast.
"""

from .build import BuildResult, build_index
from .errors import (
    EmbeddingModelError,
    IndexArtifactError,
    RecordProblem,
    SourceError,
    SourceSpecError,
    WaypointError,
)
from .importers import FORMATS, parse_source_spec, run_import
from .records import ServiceRecord, SourceInfo
from .search import SearchHit, SearchResponse, ServiceIndex
from .vetting import VettingPolicy, VettingReport, vet

__all__ = [
    "FORMATS",
    "BuildResult",
    "EmbeddingModelError",
    "IndexArtifactError",
    "RecordProblem",
    "SearchHit",
    "SearchResponse",
    "ServiceIndex",
    "ServiceRecord",
    "SourceError",
    "SourceInfo",
    "SourceSpecError",
    "VettingPolicy",
    "VettingReport",
    "WaypointError",
    "build_index",
    "parse_source_spec",
    "run_import",
    "vet",
]
