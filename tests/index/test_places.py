"""The offline gazetteer: names, postal codes and coordinates become places."""

import csv
from zoneinfo import ZoneInfo

import pytest

from index.places import (
    DATA_DIR,
    DEFAULT_TIMEZONE,
    distance_km,
    find_place_in,
    places,
    resolve_city,
    resolve_place,
    timezone_for,
)

TORONTO = resolve_place("Toronto")
# Every capital and the cities newcomers settle in most, as the issue lists them.
NEWCOMER_CITIES = (
    "Burnaby, Surrey, Richmond, Coquitlam, Mississauga, Brampton, Markham, Laval, Longueuil, "
    "Gatineau, Saskatoon, Regina, Halifax, St. John's, Moncton, Fredericton, Charlottetown, "
    "Whitehorse, Yellowknife, Iqaluit, Kitchener, Waterloo, London, Windsor, Hamilton, "
    "Winnipeg, Edmonton, Calgary, Red Deer, Lethbridge, Kelowna, Victoria, Kamloops, "
    "Abbotsford, Sherbrooke, Québec, Trois-Rivières, Toronto, Ottawa, Montréal, Vancouver"
)
POSTAL_REGIONS = {"A": "NL", "B": "NS", "C": "PE", "E": "NB", "G": "QC", "H": "QC", "J": "QC"}
POSTAL_REGIONS |= {"K": "ON", "L": "ON", "M": "ON", "N": "ON", "P": "ON", "R": "MB", "S": "SK"}
POSTAL_REGIONS |= {"T": "AB", "V": "BC", "X": "NT", "Y": "YT"}


@pytest.mark.parametrize(
    ("text", "city", "precision"),
    [
        ("M5V 2T6", "Toronto", "fsa"),
        ("m5v", "Toronto", "fsa"),
        ("M1B-3K1", "Toronto", "fsa"),
        ("H7T 1C8", "Laval", "city"),
        ("V5H 4M1", "Burnaby", "city"),
        ("v6b1a1", "Vancouver", "city"),
        ("T2P 1J9", "Calgary", "city"),
        ("K1A 0A6", "Ottawa", "city"),
    ],
)
def test_resolve_place_postal_code_or_fsa_lands_in_its_city(text, city, precision):
    place = resolve_place(text)
    centre = resolve_city(city)
    assert (place.name, place.precision) == (city, precision)
    assert distance_km(place.latitude, place.longitude, centre.latitude, centre.longitude) < 25


@pytest.mark.parametrize("text", ["montreal", "MONTREAL", "Montréal", "  montréal ", "Montreal"])
def test_resolve_place_ignores_accents_and_case(text):
    assert resolve_place(text) == resolve_place("Montréal")
    assert resolve_place(text).province == "QC"


@pytest.mark.parametrize(
    ("text", "name", "province", "precision"),
    [
        ("London, ON", "London", "ON", "city"),
        ("St Johns", "St. John's", "NL", "city"),
        ("Saint John", "Saint John", "NB", "city"),
        ("Quebec City", "Québec", "QC", "city"),
        ("Québec", "Quebec", "QC", "region"),
        ("colombie-britannique", "British Columbia", "BC", "region"),
        ("B.C.", "British Columbia", "BC", "region"),
        ("X0A 0H0", "Qikiqtaaluk region (Nunavut)", "NU", "region"),
    ],
)
def test_resolve_place_reads_qualified_names_provinces_and_regions(text, name, province, precision):
    place = resolve_place(text)
    assert (place.name, place.province, place.precision) == (name, province, precision)


@pytest.mark.parametrize(
    ("text", "province", "timezone"),
    [("43.65,-79.38", "ON", "America/Toronto"), ("49.28, -123.12", "BC", "America/Vancouver")]
    + [("25.76,-80.19", "", DEFAULT_TIMEZONE)],  # Miami: a point, but no Canadian province
)
def test_resolve_place_coordinates_take_province_and_zone_from_nearest_place(
    text, province, timezone
):
    place = resolve_place(text)
    assert (place.precision, place.province, place.timezone) == ("coordinates", province, timezone)


@pytest.mark.parametrize("text", ["", "Springfield", "Z1Z", "D5V 2T6", "91,200"])
def test_resolve_place_unknown_text_is_none(text):
    assert resolve_place(text) is None


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("free english classes in burnaby please", "Burnaby"),
        ("food bank in North Vancouver?", "North Vancouver"),
        ("I'm in Richmond Hill, any clinic?", "Richmond Hill"),
        ("cours de français à Trois-Rivieres", "Trois-Rivières"),
        ("shelters in Quebec City tonight", "Québec"),
        ("ayuda con la renta en Montreal", "Montréal"),
        ("I live near m6h 1a1, where is a food bank", "Toronto"),
        ("هل توجد دروس لغة إنجليزية مجانية للكبار في Burnaby؟", "Burnaby"),
        ("help for newcomers in Alberta", "Alberta"),
        ("a food bank in Delta", "Delta"),
    ],
)
def test_find_place_in_spots_the_place_a_question_names(question, name):
    assert find_place_in(question).name == name


@pytest.mark.parametrize(
    "question",
    ["the delta variant", "I have 2, 3 kids", "b2b services", "on the bus to work", "h2o filters"],
)
def test_find_place_in_ignores_tiny_and_ordinary_words(question):
    assert find_place_in(question) is None


def test_distance_toronto_to_montreal_is_about_504_km():
    montreal = resolve_place("Montréal")
    km = distance_km(TORONTO.latitude, TORONTO.longitude, montreal.latitude, montreal.longitude)
    assert km == pytest.approx(504, abs=10)


@pytest.mark.parametrize(
    ("province", "timezone"),
    [("ON", "America/Toronto"), ("Québec", "America/Toronto"), ("bc", "America/Vancouver")]
    + [("SK", "America/Regina"), ("Newfoundland", "America/St_Johns"), ("", DEFAULT_TIMEZONE)],
)
def test_timezone_for_province_code_or_name(province, timezone):
    assert timezone_for(province) == timezone


@pytest.mark.parametrize("name", NEWCOMER_CITIES.split(", "))
def test_gazetteer_has_every_capital_and_newcomer_city(name):
    assert resolve_city(name) is not None


def test_gazetteer_places_lie_in_canada_with_real_time_zones():
    for place in places():
        assert 41.6 < place.latitude < 83.2 and -141.1 < place.longitude < -52.6, place
        assert ZoneInfo(place.timezone), place
        province = resolve_place(place.province)  # located at the province's first city
        km = distance_km(place.latitude, place.longitude, province.latitude, province.longitude)
        assert km < 2000, place  # catches a swapped sign or a digit slip


@pytest.mark.parametrize(("letter", "province"), POSTAL_REGIONS.items())
def test_every_postal_first_letter_resolves_to_its_province(letter, province):
    assert resolve_place(f"{letter}9Z").province == province  # no such FSA: the letter decides


def test_fsa_centroids_lie_within_their_city():
    with open(DATA_DIR / "fsa_ca.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    located = [row for row in rows if row["precision"] == "fsa"]
    assert len(located) > 90
    for row in located:
        place, city = resolve_place(row["code"]), resolve_city(row["place"], row["province"])
        assert distance_km(place.latitude, place.longitude, city.latitude, city.longitude) < 30
