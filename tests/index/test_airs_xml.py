"""The AIRS / iCarol XML importer: BC211's real exports in, one record per SiteService out.

Tests marked shared_data read ../shared/data/bc211/; the others write tiny exports to
tmp_path for the cases real files do not have (broken XML, DTDs, a flag set to false).
"""

from __future__ import annotations

from datetime import date

import pytest

from index import SourceError, parse_source_spec, run_import

shared = pytest.mark.shared_data


def _import(path):
    return run_import(parse_source_spec(f"airs-xml:{path}"))


def _bc211(shared_dir, name="BC211_data_excerpt.xml"):
    return _import(shared_dir / "data/bc211" / name)


def _by_id(result):
    return {record.id: record for record in result.records}


def _write(tmp_path, agencies: str):
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Source SourceEntity="Test 211 RecordOwner = 1" SchemaVersion="3.0">\n'
        f"{agencies}\n</Source>\n"
    )
    return path


def _agency(key="A1", sites="", name="Helping Hands"):
    key_element = f"<Key>{key}</Key>" if key else ""
    return f"<Agency>\n{key_element}<Name>{name}</Name>\n{sites}\n</Agency>"


def _site(key, services, city="Burnaby"):
    return (
        f"<Site><Key>{key}</Key><Name>Site {key}</Name><PhysicalAddress><Line1>1 Main St</Line1>"
        f"<City>{city}</City><State>BC</State></PhysicalAddress>\n{services}\n</Site>"
    )


def _service(key, referral="true", extra=""):
    return (
        f"<SiteService><Name>Food bank</Name><Key>{key}</Key><Description>Groceries.</Description>"
        f'{extra}<ResourceInfo AvailableForReferral="{referral}" DateLastVerified="2017-01-05"/>'
        "</SiteService>"
    )


@shared
def test_import_bc211_excerpt_gives_one_record_per_site_service(shared_dir):
    result = _bc211(shared_dir)
    assert result.problems == []
    assert len(result.records) == 39
    assert len({r.organization for r in result.records}) == 15
    assert result.source.name == "BC 211 export"
    assert all(r.status == "active" for r in result.records)


@shared
def test_import_bc211_known_service_keeps_its_fields(shared_dir):
    linc = _by_id(_bc211(shared_dir))["9491812"]
    assert linc.name == "Language Instruction for Newcomers to Canada (LINC)"
    assert linc.organization == "Burnaby School District"
    assert linc.last_verified == date(2015, 2, 19)
    assert linc.phones[0].number == "604-296-6901"
    assert linc.locations[0].address.one_line() == "5325 Kincaid Street, Burnaby BC, V5G 1W2"
    assert linc.locations[0].latitude == pytest.approx(49.24876)
    assert linc.taxonomy_codes == ["HH-0500.8000-150"]
    assert linc.url == "http://www.burnabycce.ca"


@shared
def test_import_bc211_double_escaped_description_comes_out_as_plain_text(shared_dir):
    # the file has `The &amp;lt;b&amp;gt;Infant Development Program&amp;lt;/b&amp;gt; offers`
    langley = _by_id(_bc211(shared_dir, "BC211_data_one_agency.xml"))["9487364"]
    assert "The Infant Development Program offers home visits" in langley.description
    assert not any(mark in langley.description for mark in ("<", ">", "&"))


@shared
def test_import_bc211_facet_strings_become_categories_and_populations(shared_dir):
    langley = _by_id(_bc211(shared_dir, "BC211_data_one_agency.xml"))["9487364"]
    assert langley.taxonomy_codes == ["TJ-4400.8100", "PL-6400.1500", "LR-1700", "HD-1800.6500"]
    assert {"Camps (residential)", "Infant development programs", "disability"} <= set(
        langley.categories
    )
    assert langley.populations == ["Children", "Service Providers", "Youth"]


@shared
def test_import_bc211_phones_from_service_site_and_agency_are_deduplicated(shared_dir):
    langley = _by_id(_bc211(shared_dir, "BC211_data_one_agency.xml"))["9487364"]
    assert [(p.number, p.type) for p in langley.phones] == [
        ("604-534-1155", "voice"),
        ("604-534-1814", "fax"),
    ]


@shared
def test_import_bc211_agency_marked_deleted_makes_its_services_inactive(shared_dir):
    records = _by_id(_bc211(shared_dir, "BC211_data_excerpt_with_one_inactive_organization.xml"))
    assert records["9487377"].status == "inactive"
    assert records["9487377"].description.startswith("Provides information about adoption")
    assert [r.id for r in records.values() if r.status != "active"] == ["9487377"]


@shared
@pytest.mark.parametrize(
    "variant, added, removed",
    [
        ("BC211_data_excerpt_with_one_more_organization.xml", {"9487373"}, set()),
        ("BC211_data_excerpt_with_one_less_organization.xml", set(), {"9487370"}),
        ("BC211_data_excerpt_with_one_changed_organization.xml", set(), set()),
    ],
)
def test_import_bc211_variant_differs_from_the_excerpt_by_its_organization(
    shared_dir, variant, added, removed
):
    base = set(_by_id(_bc211(shared_dir)))
    other = set(_by_id(_bc211(shared_dir, variant)))
    assert (other - base, base - other) == (added, removed)


@shared
def test_import_bc211_invalid_agencies_are_reported_with_their_line_and_skipped(shared_dir):
    result = _bc211(shared_dir, "BC211_data_with_invalid_agencies.xml")
    assert set(_by_id(result)) == {"9493353", "14541468", "44029901", "9487367"}
    messages = [str(p) for p in result.problems]
    assert len(messages) == 2
    assert "line 3 (Agency)" in messages[0] and "INVALID_AGENCY has no <Name>" in messages[0]
    assert "line 901 (Agency)" in messages[1] and "(9487369)" in messages[1]


@shared
def test_import_bc211_service_listed_at_two_sites_is_one_record(shared_dir):
    result = _bc211(shared_dir, "BC211_data_service_53489235_at_two_sites.xml")
    ids = [r.id for r in result.records]
    assert len(ids) == len(set(ids)) == 24
    assert "53489235" in ids


def test_import_service_at_two_different_sites_has_both_locations(tmp_path):
    sites = _site("S1", _service("42")) + _site("S2", _service("42"), city="Surrey")
    result = _import(_write(tmp_path, _agency(sites=sites)))
    assert [r.id for r in result.records] == ["42"]
    assert result.records[0].cities == ["Burnaby", "Surrey"]


def test_import_service_not_available_for_referral_is_inactive(tmp_path):
    services = _service("1") + _service("2", referral="false")
    records = _by_id(_import(_write(tmp_path, _agency(sites=_site("S1", services)))))
    assert (records["1"].status, records["2"].status) == ("active", "inactive")


def test_import_agency_without_key_is_reported_with_its_line_and_skipped(tmp_path):
    agencies = (
        _agency(key="", sites=_site("S1", _service("1")))
        + "\n"
        + _agency(key="A2", sites=_site("S2", _service("2")))
    )
    result = _import(_write(tmp_path, agencies))
    assert [r.id for r in result.records] == ["2"]
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'export.xml'}: line 3 (Agency): <Agency> has no <Key>; its services "
        "were skipped"
    ]


def test_import_service_without_key_is_skipped_and_its_neighbours_kept(tmp_path):
    services = _service("") + "\n" + _service("7")
    result = _import(_write(tmp_path, _agency(sites=_site("S1", services))))
    assert [r.id for r in result.records] == ["7"]
    assert "line 6 (SiteService): <SiteService> has no <Key>" in str(result.problems[0])


def test_import_time_open_days_become_schedules(tmp_path):
    hours = "<TimeOpen><Monday>9:00 am - 5:00 pm</Monday><Tuesday>9:00 am - 5:00 pm</Tuesday>"
    hours += "<Notes>Closed holidays</Notes></TimeOpen>"
    record = _import(_write(tmp_path, _agency(sites=_site("S", _service("1", extra=hours)))))
    schedule = record.records[0].schedules[0]
    assert (schedule.byday, schedule.opens_at, schedule.closes_at) == (
        ["MO", "TU"],
        "09:00",
        "17:00",
    )
    assert record.records[0].hours_text == "Closed holidays"


def test_import_description_escaped_again_and_again_is_unescaped_until_plain(tmp_path):
    service = _service("1").replace("Groceries.", "Fish &amp;amp;amp;amp; chips&lt;br/&gt;Fridays")
    record = _import(_write(tmp_path, _agency(sites=_site("S", service)))).records[0]
    assert record.description == "Fish & chips\nFridays"


def test_import_xml_that_is_not_well_formed_names_line_and_column(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text("<Source>\n  <Agency>\n    <Key>1</Kee>\n  </Agency>\n</Source>\n")
    with pytest.raises(SourceError, match=r"not well-formed XML: mismatched tag at line 3, column"):
        _import(path)


def test_import_doctype_with_entities_is_refused(tmp_path):
    path = tmp_path / "laughs.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE Source [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<Source><Agency>&lol2;</Agency></Source>\n'
    )
    with pytest.raises(SourceError, match="DOCTYPE declaration at line 2 is not accepted"):
        _import(path)


def test_import_other_xml_is_refused_with_the_expected_root(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel/></rss>")
    with pytest.raises(SourceError, match="root element <Source>"):
        _import(path)
