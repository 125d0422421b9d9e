"""Importers: each turns one source format into ServiceRecords.

A source is named on the command line as FORMAT:PATH (`hsds-json:demo/hsds/services.json`).
Every importer reports a malformed record with its location and skips it: one bad
record never stops an import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RecordProblem, SourceSpecError
from ..records import ServiceRecord, SourceInfo
from . import airs_xml, api211, hsds_csv, hsds_json, icarol_csv

__all__ = ["FORMATS", "ImportResult", "SourceSpec", "parse_source_spec", "run_import"]


@dataclass
class ImportResult:
    source: SourceInfo
    records: list[ServiceRecord] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)


@dataclass(frozen=True)
class SourceSpec:
    format: str
    location: str


Importer = Callable[[str], ImportResult]

# Format name -> importer.
FORMATS: dict[str, Importer] = {
    "hsds-json": hsds_json.import_source,
    "hsds-csv": hsds_csv.import_source,
    "211-api": api211.import_source,
    "airs-xml": airs_xml.import_source,
    "icarol-csv": icarol_csv.import_source,
}


def parse_source_spec(text: str) -> SourceSpec:
    """Parse FORMAT:PATH, e.g. `hsds-json:demo/hsds/services.json`."""
    fmt, sep, location = text.partition(":")
    known = ", ".join(sorted(FORMATS))
    if not sep or not location:
        raise SourceSpecError(
            f"expected FORMAT:PATH, e.g. hsds-json:demo/hsds/services.json; got {text!r} "
            f"(formats: {known})"
        )
    if fmt not in FORMATS:
        raise SourceSpecError(f"unknown source format {fmt!r} in {text!r}; known formats: {known}")
    return SourceSpec(fmt, location)


def run_import(spec: SourceSpec) -> ImportResult:
    return FORMATS[spec.format](spec.location)


def file_checksum(paths: list[Path]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return "sha256:" + digest.hexdigest()
