"""Build an index of the demo data and search it, as the bot and the CLI do."""

from __future__ import annotations

import json

import numpy as np
import pytest

from index import IndexArtifactError, ServiceIndex, build_index, parse_source_spec
from tests.conftest import DEMO_SOURCE, FIXTURES


def _is_language_class(hit) -> bool:
    return "language-classes" in hit.record.taxonomy_codes


@pytest.mark.parametrize(
    "question",
    [
        "free English classes",
        "cours d'anglais gratuits",
        "Where can I take free English classes in Toronto?",
    ],
)
def test_search_language_class_questions_rank_language_classes_first(demo_index, question):
    response = demo_index.search(question, top_k=3)
    assert response.decision == "answer"
    assert _is_language_class(response.hits[0]), [h.record.name for h in response.hits]


def test_search_faiss_ranking_equals_brute_force_cosine(demo_index, embedder):
    passages = embedder.embed_passages([r.passage_text() for r in demo_index.records])
    query = embedder.embed_queries(["I need food for my kids tonight"])[0]
    expected = np.argsort(-(passages @ query))[:5]
    hits = demo_index.search("I need food for my kids tonight", top_k=5, lexical_weight=0).hits
    assert [demo_index.records.index(h.record) for h in hits] == list(expected)


def test_search_lexical_bonus_lifts_a_record_naming_the_acronym(demo_index):
    dense = demo_index.search("CCB", top_k=3, lexical_weight=0)
    hybrid = demo_index.search("CCB", top_k=3, lexical_weight=0.2)
    assert "CCB" not in dense.hits[0].record.passage_text()
    assert "CCB" in hybrid.hits[0].record.passage_text() and hybrid.hits[0].lexical > 0
    assert hybrid.confidence == max(h.dense for h in hybrid.hits)


def test_search_scores_below_the_threshold_hand_off(demo_index):
    response = demo_index.search("free English classes", threshold=1.01)
    assert response.decision == "handoff"
    assert response.hits  # the records are still there for a worker to see


def test_search_many_gives_the_same_answers_as_one_by_one(demo_index):
    questions = ["food bank", "tenant rights clinic", "je cherche un avocat"]
    batched = demo_index.search_many(questions, top_k=3)
    single = [demo_index.search(q, top_k=3) for q in questions]
    assert [[h.record.id for h in r.hits] for r in batched] == [
        [h.record.id for h in r.hits] for r in single
    ]


def test_build_manifest_names_model_counts_and_source_checksum(demo_index_dir):
    manifest = json.loads((demo_index_dir / "manifest.json").read_text())
    assert manifest["dimension"] == 384
    assert manifest["model_fingerprint"].startswith("multilingual-e5-small@")
    assert (
        manifest["counts"]["indexed"] + manifest["counts"]["dropped"]
        == (manifest["counts"]["imported"])
    )
    assert manifest["counts"]["dropped"] > 0  # the demo data has inactive and stale records
    assert manifest["sources"][0]["checksum"].startswith("sha256:")
    assert manifest["faiss_index"] == "IndexFlatIP"


def test_build_if_changed_skips_an_unchanged_index_and_rebuilds_a_changed_one(tmp_path):
    source = tmp_path / "services.json"
    source.write_text((FIXTURES / "hsds/small.json").read_text())
    spec, out = parse_source_spec(f"hsds-json:{source}"), tmp_path / "index"
    quiet = {"progress": False, "log": lambda _: None}
    assert not build_index([spec], out, if_changed=True, **quiet).skipped
    assert build_index([spec], out, if_changed=True, **quiet).skipped
    source.write_text(source.read_text().replace("Community Food Bank", "Food Bank North"))
    assert not build_index([spec], out, if_changed=True, **quiet).skipped


def test_load_a_folder_that_is_not_an_index_explains_how_to_build_one(tmp_path):
    with pytest.raises(IndexArtifactError, match="waypoint index build"):
        ServiceIndex.load(tmp_path)


def test_load_a_truncated_record_store_asks_for_a_rebuild(demo_index_dir, tmp_path, embedder):
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("manifest.json", "vectors.faiss"):
        (broken / name).write_bytes((demo_index_dir / name).read_bytes())
    lines = (demo_index_dir / "records.jsonl").read_text().splitlines()
    (broken / "records.jsonl").write_text("\n".join(lines[:-3]) + "\n")
    with pytest.raises(IndexArtifactError, match="inconsistent.*rebuild"):
        ServiceIndex.load(broken, embedder=embedder)


def test_build_of_the_demo_source_spec_reads_the_shipped_file():
    assert parse_source_spec(DEMO_SOURCE).location.endswith("demo/hsds/services.json")


@pytest.mark.parametrize(
    "question, city",
    [
        ("Où puis-je suivre des cours d'anglais gratuits à Toronto ?", "Toronto"),
        ("free english classes in montreal", "Montréal"),
        ("food bank calgary", "Calgary"),
    ],
)
def test_search_a_city_named_in_the_question_narrows_results_to_it(demo_index, question, city):
    response = demo_index.search(question, top_k=3)
    assert response.city == city
    assert response.hits and all(city in h.record.cities for h in response.hits)


def test_search_without_a_city_ranks_over_all_cities(demo_index):
    response = demo_index.search("free English classes", top_k=10)
    assert response.city is None
    assert len({c for h in response.hits for c in h.record.cities}) > 1


def test_search_with_filters_keeps_only_matching_services(demo_index):
    from index.filters import SearchFilters
    from index.places import resolve_place

    filters = SearchFilters(near=resolve_place("Montréal"), languages=("ar",))
    response = demo_index.search("aide pour trouver un emploi", top_k=5, filters=filters)
    assert response.hits
    for hit in response.hits:
        assert "ar" in hit.record.languages
        assert hit.record.cities in (["Montréal"], [])  # in the city, or phone/online only


def test_cli_search_unknown_place_says_what_is_accepted(demo_index_dir):
    from tests.index.test_cli import waypoint

    result = waypoint("search", "--index", str(demo_index_dir), "--near", "Atlantis", "food")
    assert result.returncode == 2
    assert "not a Canadian city, postal code" in result.stderr
