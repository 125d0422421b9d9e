"""Re-importing a changed BC211 export changes exactly the records that changed.

The BC211 variant files differ from the excerpt by one organization added,
removed or made inactive (see ../shared/data/README.md).
"""

from __future__ import annotations

import pytest

from index import VettingPolicy, build_index, parse_source_spec

pytestmark = pytest.mark.shared_data

# The BC211 records were last verified in 2014-2017: keep them all for this test.
POLICY = VettingPolicy(max_verified_age_months=600)
QUIET = {"progress": False, "log": lambda _: None, "policy": POLICY}
KEY = "BC 211 export:{}"


def _build(shared_dir, name, out, embedder):
    spec = parse_source_spec(f"airs-xml:{shared_dir / 'data/bc211' / name}")
    return build_index([spec], out, embedder=embedder, **QUIET).manifest


@pytest.mark.parametrize(
    "variant, added, removed",
    [
        ("BC211_data_excerpt_with_one_more_organization.xml", ["9487373"], []),
        ("BC211_data_excerpt_with_one_less_organization.xml", [], ["9487370"]),
        ("BC211_data_excerpt_with_one_inactive_organization.xml", [], ["9487377"]),
    ],
)
def test_reimport_of_a_bc211_variant_changes_only_that_organization(
    shared_dir, tmp_path, embedder, variant, added, removed
):
    out = tmp_path / "bc211"
    _build(shared_dir, "BC211_data_excerpt.xml", out, embedder)
    manifest = _build(shared_dir, variant, out, embedder)
    changes = manifest["changes"]
    assert changes["added"] == [KEY.format(i) for i in added]
    assert changes["removed"] == [KEY.format(i) for i in removed]
    assert changes["updated"] == []
    assert manifest["embedded"] == len(added)
