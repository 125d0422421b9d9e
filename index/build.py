"""Build an index artifact: import every source, vet, embed with the passage prompt, write."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import artifact
from .embedding import Embedder, model_fingerprint
from .errors import IndexArtifactError, RecordProblem, WaypointError
from .importers import ImportResult, SourceSpec, run_import
from .incremental import load_previous, passage_digest
from .records import ServiceRecord
from .vetting import VettingPolicy, VettingReport, vet

__all__ = ["BuildResult", "build_index"]


@dataclass
class BuildResult:
    out_dir: Path
    manifest: dict[str, Any]
    problems: list[RecordProblem] = field(default_factory=list)
    vetting: VettingReport | None = None
    skipped: bool = False  # True when --if-changed found nothing changed


def build_index(
    specs: list[SourceSpec],
    out_dir: Path,
    *,
    model: str | None = None,
    embedder: Embedder | None = None,
    policy: VettingPolicy | None = None,
    if_changed: bool = False,
    progress: bool = True,
    log: Callable[[str], None] = print,
) -> BuildResult:
    started = time.perf_counter()
    policy = policy or VettingPolicy()
    imports = [run_import(spec) for spec in specs]
    model = embedder.spec if embedder else model  # an already loaded model wins
    fingerprint = _fingerprint(imports, model_fingerprint(model), policy)
    if if_changed and _unchanged(out_dir, fingerprint):
        log(f"Index {out_dir} is up to date (same sources, model and vetting rules); not rebuilt.")
        return BuildResult(out_dir, artifact.read_manifest(out_dir), skipped=True)

    records, problems = _merge(imports)
    for problem in problems:
        log(f"skipped: {problem}")
    kept, report = vet(records, policy)
    if not kept:
        reasons = ", ".join(f"{n} {reason}" for reason, n in report.dropped.most_common())
        raise WaypointError(
            f"vetting kept no records of {len(records)} ({reasons or 'none imported'}); "
            "nothing to index. Old data: raise --max-age-months; data without verification "
            "dates: --allow-unverified"
        )
    log(
        f"Imported {len(records)} records ({len(problems)} skipped as malformed); "
        f"vetting kept {report.kept}, dropped {sum(report.dropped.values())}."
    )

    embedder = embedder or Embedder(model)
    previous = load_previous(out_dir, embedder.fingerprint)
    changes = previous.changes(kept)
    texts = [r.passage_text() for r in kept]
    digests = [passage_digest(t) for t in texts]
    embed_started = time.perf_counter()
    vectors, embedded = _embed_new(embedder, texts, digests, previous, progress)
    embed_seconds = time.perf_counter() - embed_started
    log(
        f"Since the last build: {len(changes['added'])} added, {len(changes['updated'])} updated, "
        f"{len(changes['removed'])} removed, {changes['unchanged']} unchanged; "
        f"embedded {embedded} of {len(kept)} records."
    )

    manifest = {
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "model": embedder.spec,
        "model_fingerprint": embedder.fingerprint,
        "dimension": embedder.dimension,
        "passage_prompt": "passage",
        "fingerprint": fingerprint,
        "counts": {
            "imported": len(records),
            "malformed": len(problems),
            "indexed": len(kept),
            "dropped": sum(report.dropped.values()),
        },
        "sources": [
            {
                "name": result.source.name,
                "format": result.source.format,
                "location": result.source.location,
                "checksum": result.source.checksum,
                "notice": result.source.notice,
                "records": len(result.records),
                "malformed": len(result.problems),
            }
            for result in imports
        ],
        "vetting": {
            "max_verified_age_months": policy.max_verified_age_months,
            "allow_unverified": policy.allow_unverified,
            **report.to_dict(),
        },
        "problems": [str(p) for p in problems],
        "changes": changes,
        "embedded": embedded,
        "embed_seconds": round(embed_seconds, 3),
        "records_per_second": round(embedded / embed_seconds, 2) if embedded else None,
        "build_seconds": round(time.perf_counter() - started, 3),
    }
    artifact.write_artifact(out_dir, vectors, kept, manifest, digests)
    return BuildResult(out_dir, manifest, problems, report)


def _embed_new(embedder, texts, digests, previous, progress):
    """All vectors, in record order: reused where the same text was embedded before."""
    import numpy as np

    todo = [i for i, d in enumerate(digests) if d not in previous.vectors]
    vectors = np.zeros((len(texts), embedder.dimension), dtype="float32")
    for i, digest in enumerate(digests):
        if digest in previous.vectors:
            vectors[i] = previous.vectors[digest]
    if todo:
        fresh = embedder.embed_passages([texts[i] for i in todo], progress=progress)
        vectors[todo] = fresh
    return vectors, len(todo)


def _merge(imports: list[ImportResult]) -> tuple[list[ServiceRecord], list[RecordProblem]]:
    """All records, each key once: a repeated id within a source is a malformed record."""
    records: dict[str, ServiceRecord] = {}
    problems: list[RecordProblem] = []
    for result in imports:
        problems.extend(result.problems)
        for record in result.records:
            if record.key in records:
                problems.append(
                    RecordProblem(
                        "duplicate id; the first record with it was kept",
                        location=result.source.location,
                        record_id=record.id,
                    )
                )
            else:
                records[record.key] = record
    return list(records.values()), problems


def _fingerprint(imports: list[ImportResult], model: str, policy: VettingPolicy) -> dict[str, Any]:
    return {
        "format_version": artifact.FORMAT_VERSION,
        "model": model,
        "sources": [[r.source.format, r.source.location, r.source.checksum] for r in imports],
        "max_verified_age_months": policy.max_verified_age_months,
        "allow_unverified": policy.allow_unverified,
    }


def _unchanged(out_dir: Path, fingerprint: dict[str, Any]) -> bool:
    try:
        return artifact.read_manifest(out_dir).get("fingerprint") == fingerprint
    except IndexArtifactError:
        return False
