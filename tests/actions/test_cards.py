"""A service card shows what a person needs to go there, in their language."""

from datetime import date

import pytest

from actions.cards import format_hours, language_names, render_card
from actions.catalogue import Catalogue, supported_languages
from index.records import Address, Location, Phone, Schedule, ServiceRecord


def _record(**overrides) -> ServiceRecord:
    fields = dict(
        id="svc-1",
        source="Riverside 211",
        name="LINC Evening Classes",
        organization="Riverside Settlement Services",
        description="Free English classes for permanent residents and refugees.",
        last_verified=date(2026, 10, 2),
        phones=[Phone("416-555-0111")],
        locations=[Location(address=Address("12 King St", "Toronto", "ON", "M5H 1A1"))],
        schedules=[Schedule(["MO", "TU", "WE", "TH"], "18:00", "21:00")],
        languages=["en", "ar"],
    )
    return ServiceRecord(**(fields | overrides))


def test_card_shows_name_address_hours_phone_languages_source_and_date():
    card = render_card(_record(), Catalogue("en"))
    lines = [line.rstrip() for line in card.splitlines()]
    assert lines[0] == "**LINC Evening Classes** (Riverside Settlement Services)"
    assert "Where: [12 King St, Toronto ON, M5H 1A1](" in card
    assert "When: Mon–Thu 18:00–21:00" in card
    assert "Phone: [416-555-0111](tel:+14165550111)" in card
    assert "Languages: English, Arabic" in card
    assert lines[-1] == "Source: Riverside 211, last verified 2026-10-02"


def test_card_labels_are_translated_and_record_text_is_not():
    card = render_card(_record(), Catalogue("fr"))
    assert "Téléphone : [416-555-0111](tel:+14165550111)" in card
    assert "Langues : anglais, arabe" in card
    assert "Free English classes" in card


def test_card_marks_demo_records():
    card = render_card(_record(source_notice="FICTIONAL DEMO DATA"), Catalogue("en"))
    assert "DEMO DATA: fictional service" in card


def test_card_without_address_says_online_or_phone():
    assert "Where: Online or by phone" in render_card(_record(locations=[]), Catalogue("en"))


def test_hours_group_consecutive_days():
    hours = format_hours(
        [
            Schedule(["MO", "TU", "WE", "TH", "FR"], "09:00", "17:00"),
            Schedule(["SA"], "10:00", "14:00"),
            Schedule(["MO", "WE"], "18:00", "20:00"),
        ],
        "en",
    )
    assert hours == "Mon–Fri 09:00–17:00; Sat 10:00–14:00; Mon, Wed 18:00–20:00"


def test_language_names_are_in_the_readers_language():
    assert language_names(["zh", "fa"], "fr") == ["chinois", "persan"]


def test_card_category_names_are_translated():
    record = _record(taxonomy_codes=["language-classes"])
    assert "Type of help: Language classes" in render_card(record, Catalogue("en"))
    assert "نوع المساعدة: دروس اللغة" in render_card(record, Catalogue("ar"))
    assert "Nooca caawimada: Fasallo luqadeed" in render_card(record, Catalogue("so"))


@pytest.mark.parametrize("language", supported_languages())
def test_card_renders_in_every_language(language):
    card = render_card(_record(taxonomy_codes=["food"]), Catalogue(language))
    assert "**LINC Evening Classes**" in card and "416-555-0111" in card
    assert Catalogue(language).text("categories.food") in card


@pytest.mark.parametrize(
    "written, link",
    [
        ("416-555-0100", "[416-555-0100](tel:+14165550100)"),
        ("(416) 555 0100", "[(416) 555 0100](tel:+14165550100)"),
        ("1-800-555-0199", "[1-800-555-0199](tel:+18005550199)"),
        ("+33 1 42 68 53 00", "[+33 1 42 68 53 00](tel:+33142685300)"),
        ("416-555-0100 ext. 12", "[416-555-0100 ext. 12](tel:+14165550100;ext=12)"),
    ],
)
def test_phone_numbers_become_tap_to_call_links_in_international_form(written, link):
    card = render_card(_record(phones=[Phone(written)]), Catalogue("en"))
    assert f"Phone: {link}" in card


@pytest.mark.parametrize("written", ["call the front desk", "12"])
def test_text_that_is_not_a_phone_number_stays_plain(written):
    card = render_card(_record(phones=[Phone(written)]), Catalogue("en"))
    assert f"Phone: {written}" in card
    assert "tel:" not in card


def test_address_links_to_its_search_on_openstreetmap():
    card = render_card(_record(), Catalogue("ar"))
    address = "12 King St, Toronto ON, M5H 1A1"
    url = "https://www.openstreetmap.org/search?query=12%20King%20St%2C%20Toronto%20ON%2C%20M5H%201A1"
    assert f"[{address}]({url})" in card


def test_address_link_text_cannot_break_the_markdown_link():
    record = _record(locations=[Location(address=Address("Unit [B] 5 Main St", "Toronto", "ON"))])
    card = render_card(record, Catalogue("en"))
    assert "[Unit \\[B\\] 5 Main St, Toronto ON](" in card
    assert "query=Unit%20%5BB%5D%205%20Main%20St" in card


def test_online_service_has_no_map_link():
    card = render_card(_record(locations=[]), Catalogue("en"))
    assert "openstreetmap" not in card
