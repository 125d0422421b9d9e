"""Importers: each turns one source format into ServiceRecords.

A source is named on the command line as FORMAT:PATH (`hsds-json:demo/hsds/services.json`).
Every importer reports a malformed record with its location and skips it: one bad
record never stops an import. Whatever the format, `run_import` then takes out of every
text what no reader should get: control characters (a tab and line breaks stay) and lone
surrogates (JSON escapes like "\\ud800" that no encoder can write).
"""

from __future__ import annotations

import dataclasses
import re
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
    result = FORMATS[spec.format](spec.location)
    for record in result.records:
        _clean_strings(record)
    return result


# C0 controls but tab and line feed, DEL, C1 controls: invisible, and NUL breaks PostgreSQL.
_CONTROL = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])
_CONTROL[0x85] = "\n"  # NEXT LINE is a line break
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    if not text.isascii():  # a lone surrogate cannot be encoded: the replacement character
        text = _SURROGATE.sub("\ufffd", text)
    return text


def _clean_strings(item: object) -> None:
    """Clean every string of a record in place, nested phones, locations and lists included."""
    for spec in dataclasses.fields(item):
        value = getattr(item, spec.name)
        if isinstance(value, str):
            setattr(item, spec.name, _clean_text(value))
        elif isinstance(value, list):
            setattr(item, spec.name, [_cleaned(v) for v in value])
        elif dataclasses.is_dataclass(value):
            _clean_strings(value)


def _cleaned(value: object) -> object:
    if isinstance(value, str):
        return _clean_text(value)
    if dataclasses.is_dataclass(value):
        _clean_strings(value)
    return value


def file_checksum(paths: list[Path]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return "sha256:" + digest.hexdigest()
