"""Tabular data packages: a folder with `datapackage.json` and one CSV file per table.

`CsvTables` streams each table with the csv module and keeps what it could not read
as `problems` (file and line of a malformed row; one line per kind of broken link),
so an importer joins tables without ever stopping on one bad row.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from ..errors import RecordProblem, SourceError

__all__ = ["CsvTables", "Links", "Row"]

Row = dict[str, str]


class CsvTables:
    """The tables of one package; `files` maps a table name to its CSV file."""

    def __init__(self, folder: Path, file_names: dict[str, tuple[str, ...]]) -> None:
        if not folder.is_dir():
            raise SourceError("no such folder; expected a CSV data package", location=str(folder))
        self.folder = folder
        self.problems: list[RecordProblem] = []
        declared = _declared_paths(folder)
        self.files: dict[str, Path] = {}
        for table, names in file_names.items():
            for name in (declared.get(table), *names):
                if name and (folder / name).is_file():
                    self.files[table] = folder / name
                    break

    def rows(self, table: str) -> Iterator[tuple[int, Row]]:
        """(line, row) with lower-case column names; short rows are padded with ''.

        A row that is not UTF-8 is reported and skipped; the rows around it are read.
        """
        path = self.files.get(table)
        if path is None:
            return
        # surrogateescape: a byte that is not UTF-8 becomes U+DC80..U+DCFF, found per row.
        with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
            reader = csv.reader(handle)
            header = [h.strip().lower() for h in next(reader, [])]
            line = reader.line_num + 1
            while True:
                try:
                    values = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    self.report(f"malformed CSV ({exc})", path, line)
                else:
                    problem = _row_problem(values, len(header))
                    if problem:
                        self.report(problem, path, line)
                    elif any(v.strip() for v in values):
                        values = (values + [""] * len(header))[: len(header)]
                        yield line, dict(zip(header, values, strict=True))
                line = reader.line_num + 1

    def report(self, message: str, path: Path, line: int, record_id: str = "") -> None:
        """A row that was skipped, with its file and line."""
        self.problems.append(
            RecordProblem(message, location=f"{path.name} line {line}", record_id=record_id)
        )

    def warn(self, table: str, count: int, message: str) -> None:
        """One problem for a kind of broken link, however many rows have it."""
        if count:
            name = self.files[table].name if table in self.files else table
            self.problems.append(RecordProblem(f"{count} {message}", location=name))

    def by_id(self, table: str) -> dict[str, Row]:
        return {row["id"].strip(): row for _, row in self.rows(table) if row.get("id", "").strip()}

    def links(self, table: str, *columns: str) -> Links:
        """The table's rows, found by any of `columns`; rows with none of them are reported."""
        links = Links(columns)
        unlinked = sum(not links.add(row) for _, row in self.rows(table))
        self.warn(table, unlinked, f"rows name no {' or '.join(columns)}; they were not imported")
        return links


class Links:
    """Rows of a child table, found by any of the columns that link them."""

    def __init__(self, columns: tuple[str, ...]) -> None:
        self.columns = columns
        self.index: dict[tuple[str, str], list[Row]] = defaultdict(list)

    def add(self, row: Row) -> bool:
        keys = [(c, row.get(c, "").strip()) for c in self.columns]
        for key in keys:
            if key[1]:
                self.index[key].append(row)
        return any(value for _, value in keys)

    def find(self, **values: list[str]) -> list[Row]:
        """Rows whose column equals one of the values, each once, in table order per column."""
        found: dict[int, Row] = {}
        for column, wanted in values.items():
            for value in wanted:
                for row in self.index.get((column, value), ()):
                    found.setdefault(id(row), row)
        return list(found.values())


def _row_problem(values: list[str], columns: int) -> str | None:
    """Why a row cannot be read: extra fields, or bytes that are not UTF-8."""
    if any(v.strip() for v in values[columns:]):
        return f"{len(values)} fields where the header has {columns} (an unquoted comma?)"
    for value in values:
        bad = next((ch for ch in value if "\udc80" <= ch <= "\udcff"), None)
        if bad:
            return (
                f"not UTF-8 text (byte {ord(bad) - 0xDC00:#x}); the row was skipped: "
                "save the file as UTF-8 and import again"
            )
    return None


def _declared_paths(folder: Path) -> dict[str, str]:
    """Resource name -> file name from datapackage.json, when it is readable."""
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        return {
            r["name"]: r["path"]
            for r in package.get("resources", [])
            if isinstance(r, dict) and isinstance(r.get("path"), str) and "/" not in r["path"]
        }
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return {}  # no descriptor, or not JSON (e.g. a git symlink stub): file names decide
