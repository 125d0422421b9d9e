#!/usr/bin/env python3
# The content tables below are prose; their long lines are intended.
# ruff: noqa: E501
"""Generate Waypoint's demo dataset: demo/hsds/services.json (Open Referral HSDS 3.0).

FICTIONAL DEMO DATA. Every organization, service, address, phone number, e-mail
address and web address below is invented for trying Waypoint. Phone numbers use the
reserved 555-01xx range; web and e-mail addresses use subdomains of example.org
(reserved by RFC 2606). Program names such as LINC, Francisation Quebec, OHIP or
the Canada Child Benefit are real public programs and are named so that the records
read the way real Canadian listings do; no real 211 record was copied.

The content is written as tables in this file. The output is deterministic: ids are
UUID 5 of a fixed namespace and a slug, and dates come from a hash of the slug, so
running the script again gives a byte-identical file.

    python3 demo/hsds/generate.py            # writes demo/hsds/services.json
    python3 demo/hsds/generate.py --check    # fails if the file is out of date

Standard library only. Validation against the HSDS 3.0 JSON schemas is separate:
see demo/hsds/validate.py and demo/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "services.json"

NOTICE = (
    "FICTIONAL DEMO DATA - not real services. For trying Waypoint only; "
    "do not refer anyone to these records."
)
VERSION = 1

# All ids are uuid5(NAMESPACE, "<kind>/<key>"): stable across runs and edits.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://waypoint.example.org/demo/hsds")

# Verification window for ordinary records, and the date the generator treats as "now".
VERIFIED_FROM = date(2025, 12, 1)
VERIFIED_TO = date(2026, 11, 20)


def uid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


# ---------------------------------------------------------------------------
# Reference tables
# ---------------------------------------------------------------------------

CITIES = {
    "toronto": {
        "city": "Toronto",
        "province": "ON",
        "area_code": "416",
        "postal": "M",
        "lang": "en",
        "area": ("Toronto, ON", "People living in the City of Toronto."),
    },
    "montreal": {
        "city": "Montréal",
        "province": "QC",
        "area_code": "514",
        "postal": "H",
        "lang": "fr",
        "area": ("Montréal, QC", "Personnes qui habitent Montréal."),
    },
    "vancouver": {
        "city": "Vancouver",
        "province": "BC",
        "area_code": "604",
        "postal": "V",
        "lang": "en",
        "area": ("Vancouver, BC", "People living in Vancouver."),
    },
    "calgary": {
        "city": "Calgary",
        "province": "AB",
        "area_code": "403",
        "postal": "T",
        "lang": "en",
        "area": ("Calgary, AB", "People living in Calgary."),
    },
}

# Our own plain category list (NOT the AIRS / Inform USA taxonomy).
TAXONOMY = "waypoint-categories"
CATEGORIES = {
    "language-classes": (
        "Language classes",
        "Free or low-cost English and French classes, conversation groups and language assessment.",
    ),
    "settlement": (
        "Settlement help",
        "Help for newcomers to settle: orientation, forms and documents, referrals and case management.",
    ),
    "food": ("Food", "Food banks, community meals and food hampers."),
    "shelter": (
        "Shelter",
        "Emergency and short-term places to stay, including shelters for women and youth.",
    ),
    "housing": (
        "Housing and tenant help",
        "Finding a place to rent, subsidized housing, tenant rights and eviction help.",
    ),
    "legal": ("Legal help", "Legal clinics, legal aid and legal information."),
    "immigration": (
        "Immigration help",
        "Refugee claims, immigration applications and regulated immigration advice.",
    ),
    "health": ("Health care", "Clinics, community health centres, sexual health and dental care."),
    "mental-health": ("Mental health", "Counselling, emotional support and trauma care."),
    "employment": (
        "Jobs and employment",
        "Job search help, resumes, interviews and work programs.",
    ),
    "credentials": (
        "Credential recognition",
        "Having foreign education and professional licences recognized; bridging programs.",
    ),
    "child-care": (
        "Child care",
        "Child care, subsidies and drop-in programs for young children and parents.",
    ),
    "benefits": ("Benefits and taxes", "Income tax clinics, child benefits and social assistance."),
    "interpretation": (
        "Interpretation and translation",
        "Interpreters for appointments and translation of documents.",
    ),
    "youth": ("Youth", "Services for young people."),
    "seniors": ("Seniors", "Services for older adults."),
    "women": ("Women", "Services for women."),
    "lgbtq": ("LGBTQ+", "Services for lesbian, gay, bisexual, trans, queer and two-spirit people."),
}

# Short code used in the tables -> (ISO 639-1 code, name). Dari is written as fa.
LANGUAGES = {
    "en": ("en", "English"),
    "fr": ("fr", "French"),
    "ar": ("ar", "Arabic"),
    "fa": ("fa", "Persian (Farsi)"),
    "prs": ("fa", "Dari"),
    "ps": ("ps", "Pashto"),
    "es": ("es", "Spanish"),
    "pt": ("pt", "Portuguese"),
    "zh": ("zh", "Chinese (Mandarin)"),
    "yue": ("zh", "Chinese (Cantonese)"),
    "uk": ("uk", "Ukrainian"),
    "ru": ("ru", "Russian"),
    "pa": ("pa", "Punjabi"),
    "hi": ("hi", "Hindi"),
    "ur": ("ur", "Urdu"),
    "bn": ("bn", "Bengali"),
    "ta": ("ta", "Tamil"),
    "gu": ("gu", "Gujarati"),
    "tl": ("tl", "Tagalog"),
    "vi": ("vi", "Vietnamese"),
    "ko": ("ko", "Korean"),
    "so": ("so", "Somali"),
    "ti": ("ti", "Tigrinya"),
    "am": ("am", "Amharic"),
    "sw": ("sw", "Swahili"),
    "ln": ("ln", "Lingala"),
    "ht": ("ht", "Haitian Creole"),
    "tr": ("tr", "Turkish"),
    "el": ("el", "Greek"),
    "hy": ("hy", "Armenian"),
    "ne": ("ne", "Nepali"),
    "yo": ("yo", "Yoruba"),
    "it": ("it", "Italian"),
}

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ALL_DAYS = ",".join(DAY_CODES)
DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}

# ---------------------------------------------------------------------------
# Table builders (used by the city sections below)
# ---------------------------------------------------------------------------

ORGS: dict[str, dict] = {}
LOCS: dict[str, dict] = {}
SERVICES: list[dict] = []


def H(
    days: str, opens: str, closes: str, note: str = "", *, freq: str = "WEEKLY", text: str = ""
) -> dict:
    """One schedule rule. `note` is added after the generated wording; `text` replaces it."""
    return {
        "byday": days,
        "opens_at": opens,
        "closes_at": closes,
        "note": note,
        "freq": freq,
        "text": text,
    }


def H24(note: str = "") -> dict:
    return H(ALL_DAYS, "00:00", "23:59", note)


def P(
    number: str, kind: str = "voice", description: str = "", extension: int | None = None
) -> dict:
    return {"number": number, "type": kind, "description": description, "extension": extension}


def org(key: str, city: str, name: str, description: str, domain: str, phone: str) -> None:
    assert key not in ORGS, key
    ORGS[key] = {
        "city": city,
        "name": name,
        "description": description,
        "domain": domain,
        "phone": phone,
    }


def loc(
    key: str,
    org_key: str,
    name: str,
    address_1: str,
    address_2: str,
    region: str,
    postal_code: str,
    lat: float,
    lon: float,
    *,
    hours: list[dict],
    transport: str = "",
    attention: str = "",
    description: str = "",
    lang: str = "",
) -> None:
    assert key not in LOCS, key
    LOCS[key] = {
        "org": org_key,
        "virtual": False,
        "name": name,
        "address_1": address_1,
        "address_2": address_2,
        "region": region,
        "postal_code": postal_code,
        "lat": lat,
        "lon": lon,
        "hours": hours,
        "transport": transport,
        "attention": attention,
        "description": description,
        "lang": lang,
    }


def vloc(key: str, org_key: str, name: str, description: str, url_path: str = "contact") -> None:
    """A phone / online-only 'location' (HSDS location_type virtual, no address)."""
    assert key not in LOCS, key
    LOCS[key] = {
        "org": org_key,
        "virtual": True,
        "name": name,
        "description": description,
        "url_path": url_path,
        "hours": [],
    }


def svc(
    city: str,
    slug: str,
    org_key: str,
    name: str,
    description: str,
    cats: list[str],
    langs: str,
    eligibility: str,
    fees: str,
    application: str,
    *,
    at: str | None = None,
    hours: list[dict] | None = None,
    sites: dict[str, list[dict]] | None = None,
    phones: list[dict] | None = None,
    ages: tuple = (None, None),
    status: str = "active",
    assured: str | None = None,
    alert: str = "",
    interpretation: str = "",
    email: str = "info",
    lang: str | None = None,
    sal_note: str = "",
    area: tuple[str, str] | None = None,
) -> None:
    """One service. Either `at` (one location, `hours` on the service) or `sites`
    (location -> its own hours, kept on each service_at_location)."""
    assert (at is None) != (sites is None), slug
    SERVICES.append(
        {
            "city": city,
            "slug": slug,
            "org": org_key,
            "name": name,
            "description": description,
            "cats": cats,
            "langs": langs.split(),
            "eligibility": eligibility,
            "fees": fees,
            "application": application,
            "at": at,
            "hours": hours or [],
            "sites": sites,
            "phones": phones,
            "ages": ages,
            "status": status,
            "assured": assured,
            "alert": alert,
            "interpretation": interpretation,
            "email": email,
            "lang": lang or CITIES[city]["lang"],
            "sal_note": sal_note,
            "area": area or CITIES[city]["area"],
        }
    )


# ---------------------------------------------------------------------------
# Wording of schedules
# ---------------------------------------------------------------------------


def _time_en(hhmm: str) -> str:
    h, m = (int(x) for x in hhmm.split(":"))
    if (h, m) == (12, 0):
        return "noon"
    suffix = "a.m." if h < 12 else "p.m."
    h12 = h % 12 or 12
    return f"{h12}:{m:02d} {suffix}" if m else f"{h12} {suffix}"


def _time_fr(hhmm: str) -> str:
    h, m = (int(x) for x in hhmm.split(":"))
    if (h, m) == (12, 0):
        return "midi"
    return f"{h} h {m:02d}" if m else f"{h} h"


def _days(byday: str, lang: str) -> str:
    idx = [DAY_CODES.index(d) for d in byday.split(",")]
    names = [DAY_NAMES[lang][i] for i in idx]
    if len(idx) == 7:
        return "Every day" if lang == "en" else "Tous les jours"
    if len(idx) >= 3 and idx == list(range(idx[0], idx[-1] + 1)):
        if lang == "en":
            return f"{names[0]} to {names[-1]}"
        return f"Du {names[0]} au {names[-1]}"
    joined = (
        names[0]
        if len(names) == 1
        else ", ".join(names[:-1]) + (" and " if lang == "en" else " et ") + names[-1]
    )
    return joined[0].upper() + joined[1:]


def _describe(rule: dict, lang: str) -> str:
    if rule["text"]:
        return rule["text"]
    if lang == "bi":
        fr = _describe({**rule, "note": ""}, "fr")
        en = _describe({**rule, "note": ""}, "en")
        base = f"{fr} / {en}"
    elif rule["byday"] == ALL_DAYS and rule["opens_at"] == "00:00" and rule["closes_at"] == "23:59":
        base = (
            "Open 24 hours, 7 days a week"
            if lang == "en"
            else "Ouvert 24 heures sur 24, 7 jours sur 7"
        )
    elif lang == "en":
        base = f"{_days(rule['byday'], 'en')}, {_time_en(rule['opens_at'])} to {_time_en(rule['closes_at'])}"
    else:
        base = f"{_days(rule['byday'], 'fr')}, de {_time_fr(rule['opens_at'])} à {_time_fr(rule['closes_at'])}"
    end = "" if base.endswith(".") else "."
    return f"{base}{end} {rule['note']}" if rule["note"] else f"{base}{end}"


# ---------------------------------------------------------------------------
# HSDS 3.0 objects
# ---------------------------------------------------------------------------


def _schedules(owner: str, rules: list[dict], lang: str) -> list[dict]:
    out = []
    for i, rule in enumerate(rules):
        out.append(
            {
                "id": uid("schedule", owner, str(i)),
                "freq": rule["freq"],
                "byday": rule["byday"],
                "opens_at": rule["opens_at"],
                "closes_at": rule["closes_at"],
                "description": _describe(rule, lang),
            }
        )
    return out


def _phone(owner: str, p: dict) -> dict:
    out = {
        "id": uid("phone", owner, p["number"], p["type"], str(p["extension"] or "")),
        "number": p["number"],
    }
    if p["extension"]:
        out["extension"] = p["extension"]
    out["type"] = p["type"]
    if p["description"]:
        out["description"] = p["description"]
    return out


def _languages(owner: str, codes: list[str]) -> list[dict]:
    return [
        {
            "id": uid("language", owner, short),
            "name": LANGUAGES[short][1],
            "code": LANGUAGES[short][0],
        }
        for short in codes
    ]


def _website(org_key: str) -> str:
    return f"https://{ORGS[org_key]['domain']}.example.org"


def _organization(key: str) -> dict:
    o = ORGS[key]
    return {
        "id": uid("organization", key),
        "name": o["name"],
        "description": o["description"],
        "email": f"info@{o['domain']}.example.org",
        "website": _website(key),
        "phones": [_phone(f"organization/{key}", P(o["phone"]))],
    }


def _location(key: str, languages: list[str]) -> dict:
    spec = LOCS[key]
    o = ORGS[spec["org"]]
    city = CITIES[o["city"]]
    lang = spec.get("lang") or city["lang"]
    location_id = uid("location", key)
    out: dict = {"id": location_id}
    if spec["virtual"]:
        out["location_type"] = "virtual"
        out["url"] = f"{_website(spec['org'])}/{spec['url_path']}"
        out["name"] = spec["name"]
        out["description"] = spec["description"]
    else:
        out["location_type"] = "physical"
        out["name"] = spec["name"]
        if spec["description"]:
            out["description"] = spec["description"]
        if spec["transport"]:
            out["transportation"] = spec["transport"]
        out["latitude"] = spec["lat"]
        out["longitude"] = spec["lon"]
        address = {
            "id": uid("address", key),
            "location_id": location_id,
            "attention": spec["attention"] or ("Accueil" if lang == "fr" else "Reception"),
            "address_1": spec["address_1"],
        }
        if spec["address_2"]:
            address["address_2"] = spec["address_2"]
        address.update(
            {
                "city": city["city"],
                "region": spec["region"],
                "state_province": city["province"],
                "postal_code": spec["postal_code"],
                "country": "CA",
                "address_type": "physical",
            }
        )
        out["addresses"] = [address]
    out["languages"] = _languages(f"location/{key}", languages)
    out["phones"] = [_phone(f"location/{key}", P(o["phone"]))]
    if spec["hours"]:
        out["schedules"] = _schedules(f"location/{key}", spec["hours"], lang)
    return out


def _dates(s: dict) -> tuple[str, str]:
    """(assured_date, last_modified) - deterministic from the slug."""
    h = _hash(f"{s['city']}/{s['slug']}")
    if s["assured"]:
        assured = date.fromisoformat(s["assured"])
    else:
        span = (VERIFIED_TO - VERIFIED_FROM).days + 1
        assured = VERIFIED_FROM + timedelta(days=h % span)
    modified = min(assured + timedelta(days=(h >> 16) % 6), VERIFIED_TO)
    hour, minute = 8 + (h >> 24) % 10, (h >> 32) % 60
    return assured.isoformat(), f"{modified.isoformat()}T{hour:02d}:{minute:02d}:00Z"


def _sal_description(s: dict, location_key: str) -> str:
    if s["sal_note"]:
        return s["sal_note"]
    spec = LOCS[location_key]
    if spec["virtual"]:
        return {
            "en": "By phone and online.",
            "fr": "Par téléphone et en ligne.",
            "bi": "Par téléphone et en ligne. / By phone and online.",
        }[s["lang"]]
    return {
        "en": f"Offered at {spec['name']}.",
        "fr": f"Offert à : {spec['name']}.",
        "bi": f"Offert à : {spec['name']}. / Offered at {spec['name']}.",
    }[s["lang"]]


def build() -> dict:
    ids = set()
    # Location languages: the languages every service at that location offers.
    at_location: dict[str, list[list[str]]] = {}
    for s in SERVICES:
        for key in [s["at"]] if s["at"] else list(s["sites"]):
            at_location.setdefault(key, []).append(s["langs"])
    location_langs = {}
    for key, lists in at_location.items():
        common = [code for code in lists[0] if all(code in other for other in lists[1:])]
        location_langs[key] = common

    contents = []
    for s in SERVICES:
        service_id = uid("service", s["city"], s["slug"])
        assert service_id not in ids, s["slug"]
        ids.add(service_id)
        o = ORGS[s["org"]]
        assert o["city"] == s["city"], s["slug"]
        assured, modified = _dates(s)
        owner = f"service/{s['city']}/{s['slug']}"
        path = s["slug"].split("-", 1)[1]
        service: dict = {
            "id": service_id,
            "name": s["name"],
            "description": s["description"],
            "url": f"{_website(s['org'])}/{path}",
            "email": f"{s['email']}@{o['domain']}.example.org",
            "status": s["status"],
        }
        if s["interpretation"]:
            service["interpretation_services"] = s["interpretation"]
        service["application_process"] = s["application"]
        service["fees_description"] = s["fees"]
        service["eligibility_description"] = s["eligibility"]
        if s["ages"][0] is not None:
            service["minimum_age"] = s["ages"][0]
        if s["ages"][1] is not None:
            service["maximum_age"] = s["ages"][1]
        service["assured_date"] = assured
        if s["alert"]:
            service["alert"] = s["alert"]
        service["last_modified"] = modified
        phones = s["phones"] or [P(o["phone"])]
        service["phones"] = [_phone(owner, p) for p in phones]
        if s["hours"]:
            service["schedules"] = _schedules(owner, s["hours"], s["lang"])
        sals = []
        pairs = [(s["at"], None)] if s["at"] else list(s["sites"].items())
        for key, site_hours in pairs:
            sal_id = uid("service_at_location", s["city"], s["slug"], key)
            sal: dict = {"id": sal_id, "description": _sal_description(s, key)}
            if site_hours:
                sal["schedules"] = _schedules(
                    f"sal/{s['city']}/{s['slug']}/{key}", site_hours, s["lang"]
                )
            sal["location"] = _location(key, location_langs[key])
            sals.append(sal)
        service["service_areas"] = [
            {
                "id": uid("service_area", s["city"], s["slug"]),
                "name": s["area"][0],
                "description": s["area"][1],
            }
        ]
        service["service_at_locations"] = sals
        service["languages"] = _languages(owner, s["langs"])
        service["organization"] = _organization(s["org"])
        service["attributes"] = [
            {
                "id": uid("attribute", s["city"], s["slug"], code),
                "link_id": service_id,
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term": {
                    "id": uid("taxonomy_term", TAXONOMY, code),
                    "code": code,
                    "name": CATEGORIES[code][0],
                    "taxonomy": TAXONOMY,
                    "description": CATEGORIES[code][1],
                },
            }
            for code in s["cats"]
        ]
        contents.append(service)

    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "waypoint_demo": {"notice": NOTICE, "version": VERSION},
        "contents": contents,
    }


def summary() -> str:
    per_city = Counter(s["city"] for s in SERVICES)
    per_cat = Counter(c for s in SERVICES for c in s["cats"])
    inactive = [s for s in SERVICES if s["status"] != "active"]
    stale = [s for s in SERVICES if s["assured"]]
    lines = [f"services: {len(SERVICES)}  organizations: {len(ORGS)}  locations: {len(LOCS)}"]
    lines.append("per city: " + ", ".join(f"{c} {per_city[c]}" for c in CITIES))
    lines.append("per category: " + ", ".join(f"{c} {per_cat[c]}" for c in CATEGORIES))
    lines.append(f"inactive: {len(inactive)} ({', '.join(s['slug'] for s in inactive)})")
    lines.append(
        f"stale (assured_date set by hand): {len(stale)} ({', '.join(s['slug'] for s in stale)})"
    )
    return "\n".join(lines)


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--check", action="store_true", help="fail if the file differs from a fresh build"
    )
    args = parser.parse_args()
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run demo/hsds/generate.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    print(summary())
    return 0


# ===========================================================================
# CONTENT. Everything below is fictional.
# ===========================================================================

# ---------------------------------------------------------------------------
# Toronto, ON (area code 416, postal codes M..)
# ---------------------------------------------------------------------------

WEEKDAYS = "MO,TU,WE,TH,FR"

org(
    "tor-lakeshore",
    "toronto",
    "Lakeshore Newcomer Services",
    "A non-profit settlement agency in west-end Toronto that has helped immigrants and refugees since 1986 with settlement counselling, English classes, employment services and tax clinics.",
    "lakeshore-newcomers",
    "416-555-0100",
)
org(
    "tor-donvalley",
    "toronto",
    "Don Valley Settlement Collective",
    "A community settlement agency in Thorncliffe Park and Flemingdon Park serving South Asian, Afghan, Arab and Filipino newcomer families.",
    "donvalley-settlement",
    "416-555-0110",
)
org(
    "tor-scarborough",
    "toronto",
    "Scarborough Welcome Hub",
    "A multi-service newcomer centre in Scarborough offering settlement help, evening English classes, youth programs and housing help.",
    "scarborough-welcome",
    "416-555-0120",
)
org(
    "tor-northyork",
    "toronto",
    "North York Bridges Employment Centre",
    "An employment and credential-recognition centre for internationally trained professionals, funded by Employment Ontario and the Ontario Bridge Training Program.",
    "nybridges",
    "416-555-0130",
)
org(
    "tor-kingfisher",
    "toronto",
    "Kingfisher Community Health Centre",
    "A community health centre in east downtown Toronto providing primary care, dental care and sexual health services, including to people without OHIP.",
    "kingfisher-chc",
    "416-555-0140",
)
org(
    "tor-college",
    "toronto",
    "College Street Medical Associates",
    "A group of family doctors running a walk-in clinic with evening and weekend hours.",
    "collegestreet-clinic",
    "416-555-0146",
)
org(
    "tor-greenbelt",
    "toronto",
    "Greenbelt Community Food Network",
    "A network of neighbourhood food banks and hamper programs in Toronto, run with volunteers and local faith communities.",
    "greenbelt-food",
    "416-555-0150",
)
org(
    "tor-stbrigid",
    "toronto",
    "St. Brigid's Community Table",
    "A volunteer meal program serving free hot meals in Kensington Market since 1994.",
    "stbrigids-table",
    "416-555-0155",
)
org(
    "tor-wayfarer",
    "toronto",
    "Wayfarer House",
    "An emergency shelter for single adults in downtown Toronto with case management and housing help.",
    "wayfarer-house",
    "416-555-0160",
)
org(
    "tor-maplehaven",
    "toronto",
    "Maple Haven Refugee House",
    "A transitional house that welcomes refugee claimants and helps them through their first months in Canada.",
    "maplehaven",
    "416-555-0163",
)
org(
    "tor-juniper",
    "toronto",
    "Juniper House",
    "A shelter and support service for women and children leaving violence, with a 24-hour crisis line.",
    "juniperhouse",
    "416-555-0165",
)
org(
    "tor-bluebird",
    "toronto",
    "Bluebird Youth Residence",
    "An emergency and transitional shelter for youth aged 16 to 24.",
    "bluebird-youth",
    "416-555-0168",
)
org(
    "tor-woodbine",
    "toronto",
    "Woodbine Community Legal Clinic",
    "A community legal clinic serving low-income residents of east Toronto in housing, social assistance and employment law.",
    "woodbine-legal",
    "416-555-0170",
)
org(
    "tor-northernstar",
    "toronto",
    "Northern Star Refugee Law Project",
    "A legal information and support project for refugee claimants and other non-citizens in the Toronto area.",
    "northernstar-law",
    "416-555-0175",
)
org(
    "tor-manyvoices",
    "toronto",
    "Many Voices Counselling Collective",
    "A counselling collective offering culturally responsive mental health support to immigrants and refugees in more than twelve languages.",
    "manyvoices-counselling",
    "416-555-0180",
)
org(
    "tor-bridgeword",
    "toronto",
    "Bridgeword Interpreting Co-operative",
    "A worker co-operative of trained community and medical interpreters and certified translators.",
    "bridgeword",
    "416-555-0185",
)
org(
    "tor-littlemaples",
    "toronto",
    "Little Maples Family Centre",
    "An EarlyON child and family centre in Flemingdon Park with drop-in programs and child care navigation.",
    "littlemaples",
    "416-555-0190",
)
org(
    "tor-rainbow",
    "toronto",
    "Rainbow Crossing Newcomer Network",
    "A peer-led network supporting LGBTQ+ newcomers, refugees and refugee claimants in Toronto.",
    "rainbowcrossing",
    "416-555-0194",
)
org(
    "tor-goldenbridge",
    "toronto",
    "Golden Bridge Seniors Centre",
    "A community centre for older adults in Agincourt with programs in Chinese, Tamil, Korean and Tagalog.",
    "goldenbridge-seniors",
    "416-555-0197",
)

loc(
    "tor-lakeshore",
    "tor-lakeshore",
    "Lakeshore Newcomer Services - Parkdale office",
    "1418 Queen Street West",
    "2nd floor",
    "Parkdale",
    "M6K 1M3",
    43.64036,
    -79.43912,
    hours=[
        H(WEEKDAYS, "08:30", "20:00"),
        H("SA", "10:00", "15:00", "Saturdays in tax season only."),
    ],
    transport="501 Queen streetcar to Brock Avenue. Elevator at the side door on Brock Avenue.",
)
loc(
    "tor-humbersummit",
    "tor-lakeshore",
    "Humber Summit community room",
    "2400 Finch Avenue West",
    "Community room B",
    "Humber Summit",
    "M9M 2E1",
    43.75052,
    -79.54748,
    hours=[H("TU", "10:00", "15:00")],
    attention="c/o Humber Summit Tenants' Association",
)
loc(
    "tor-donvalley",
    "tor-donvalley",
    "Don Valley Settlement Collective - Thorncliffe Park",
    "71 Thorncliffe Park Drive",
    "Unit 110",
    "Thorncliffe Park",
    "M4H 1L3",
    43.70575,
    -79.34642,
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("TU", "17:00", "20:00"), H("SA", "10:00", "12:30")],
    transport="TTC 81 Thorncliffe Park bus stops in front of the building.",
)
loc(
    "tor-scarborough",
    "tor-scarborough",
    "Scarborough Welcome Hub - Lawrence East",
    "2950 Lawrence Avenue East",
    "Unit 5",
    "Scarborough",
    "M1P 2V2",
    43.75398,
    -79.24987,
    hours=[H("MO,TU,WE,TH", "09:00", "21:00"), H("FR", "09:00", "17:00")],
    transport="TTC 54 Lawrence East bus to Brimley Road.",
)
loc(
    "tor-malvern",
    "tor-scarborough",
    "Scarborough Welcome Hub - Malvern satellite",
    "1221 Neilson Road",
    "Unit 3",
    "Malvern",
    "M1B 3C2",
    43.80421,
    -79.21963,
    hours=[H("TU,TH", "10:00", "16:00"), H("SA", "10:00", "14:00")],
    transport="TTC 133 Neilson bus.",
)
loc(
    "tor-northyork",
    "tor-northyork",
    "North York Bridges - Yonge Street office",
    "5095 Yonge Street",
    "Suite 410",
    "North York Centre",
    "M2N 6Z4",
    43.76562,
    -79.41238,
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("TU,TH", "17:00", "20:00")],
    transport="Above North York Centre subway station (Line 1).",
)
loc(
    "tor-kingfisher",
    "tor-kingfisher",
    "Kingfisher Community Health Centre",
    "955 Queen Street East",
    "",
    "Leslieville",
    "M4M 3P3",
    43.66081,
    -79.34027,
    hours=[
        H(WEEKDAYS, "08:30", "17:00"),
        H("MO,WE,TH", "17:00", "20:00"),
        H("SA", "10:00", "14:00"),
    ],
    transport="501 Queen streetcar to Logan Avenue. Step-free entrance.",
)
loc(
    "tor-college",
    "tor-college",
    "College Street Medical Associates",
    "410 College Street",
    "Ground floor",
    "Harbord Village",
    "M5T 1S8",
    43.65737,
    -79.40470,
    hours=[H(WEEKDAYS, "09:00", "20:00"), H("SA,SU", "10:00", "16:00")],
    transport="506 Carlton streetcar to Bathurst Street.",
)
loc(
    "tor-greenbelt-jane",
    "tor-greenbelt",
    "Greenbelt Food Network - Jane Street depot",
    "2800 Jane Street",
    "Unit 14, rear entrance",
    "Black Creek",
    "M3N 2J5",
    43.75158,
    -79.51552,
    hours=[H("TU,TH", "10:00", "15:00")],
    transport="TTC 35 Jane bus to Driftwood Avenue.",
)
loc(
    "tor-greenbelt-regent",
    "tor-greenbelt",
    "Greenbelt Food Network - Regent Park depot",
    "520 Dundas Street East",
    "Lower level",
    "Regent Park",
    "M5A 2B3",
    43.65948,
    -79.36352,
    hours=[H("WE", "12:00", "18:00"), H("FR", "10:00", "16:00"), H("SA", "10:00", "13:00")],
    transport="505 Dundas streetcar to Parliament Street.",
)
loc(
    "tor-stbrigid",
    "tor-stbrigid",
    "St. Brigid's Parish Hall",
    "88 Augusta Avenue",
    "Hall entrance in the side lane",
    "Kensington Market",
    "M5T 2L2",
    43.65291,
    -79.40116,
    hours=[H("MO,WE,FR", "16:00", "19:00"), H("SU", "10:00", "13:30")],
    transport="510 Spadina streetcar to Nassau Street.",
    attention="c/o St. Brigid's Parish",
)
loc(
    "tor-wayfarer",
    "tor-wayfarer",
    "Wayfarer House",
    "650 King Street East",
    "",
    "Corktown",
    "M5A 1M8",
    43.65598,
    -79.35549,
    hours=[H24()],
    transport="504 King streetcar to Sumach Street.",
)
loc(
    "tor-maplehaven",
    "tor-maplehaven",
    "Maple Haven Refugee House",
    "1650 Dufferin Street",
    "",
    "Oakwood Village",
    "M6H 3L9",
    43.67384,
    -79.44108,
    hours=[H(WEEKDAYS, "09:00", "17:00", "Office hours. Residents have 24-hour staff support.")],
    transport="TTC 29 Dufferin bus.",
)
vloc(
    "tor-juniper-line",
    "tor-juniper",
    "Juniper House 24-hour phone and text line",
    "The shelter address is confidential. Staff arrange a safe way to get there.",
    "get-help",
)
loc(
    "tor-bluebird",
    "tor-bluebird",
    "Bluebird Youth Residence",
    "1120 Bathurst Street",
    "",
    "The Annex",
    "M5R 3H4",
    43.67381,
    -79.41347,
    hours=[H24()],
    transport="TTC 7 Bathurst bus; 10 minutes' walk from Bathurst station.",
)
loc(
    "tor-woodbine",
    "tor-woodbine",
    "Woodbine Community Legal Clinic",
    "1860 Danforth Avenue",
    "2nd floor",
    "East Danforth",
    "M4C 1J4",
    43.68528,
    -79.31823,
    hours=[H(WEEKDAYS, "09:30", "16:30")],
    transport="Line 2 to Woodbine station, then 5 minutes' walk.",
)
loc(
    "tor-northernstar",
    "tor-northernstar",
    "Northern Star Refugee Law Project",
    "215 Spadina Avenue",
    "Suite 340",
    "Chinatown",
    "M5T 2C7",
    43.65043,
    -79.39718,
    hours=[H(WEEKDAYS, "09:30", "16:30")],
    transport="510 Spadina streetcar to Queen Street West.",
)
loc(
    "tor-manyvoices",
    "tor-manyvoices",
    "Many Voices Counselling Collective",
    "425 Bloor Street West",
    "Suite 300",
    "The Annex",
    "M5S 1X6",
    43.66573,
    -79.40652,
    hours=[H("MO,TU,WE,TH", "09:00", "20:00"), H("FR", "09:00", "17:00")],
    transport="Line 2 to Spadina station, then 3 minutes' walk west.",
)
loc(
    "tor-bridgeword",
    "tor-bridgeword",
    "Bridgeword Interpreting Co-operative - office",
    "2200 Eglinton Avenue East",
    "Unit 12",
    "Golden Mile",
    "M1L 2N3",
    43.72802,
    -79.28541,
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    transport="TTC 34 Eglinton bus to Lebovic Avenue.",
)
vloc(
    "tor-bridgeword-remote",
    "tor-bridgeword",
    "Bridgeword phone and video interpreting",
    "Interpreters come to your appointment or join by phone or video.",
    "book",
)
loc(
    "tor-littlemaples",
    "tor-littlemaples",
    "Little Maples Family Centre",
    "25 Grenoble Drive",
    "Unit 2",
    "Flemingdon Park",
    "M3C 1C6",
    43.71652,
    -79.33348,
    hours=[H(WEEKDAYS, "09:00", "16:30"), H("SA", "09:30", "12:30")],
    transport="TTC 100 Flemingdon Park bus.",
)
loc(
    "tor-rainbow",
    "tor-rainbow",
    "Rainbow Crossing - Church-Wellesley office",
    "58 Wellesley Street East",
    "2nd floor",
    "Church-Wellesley Village",
    "M4Y 1G2",
    43.66527,
    -79.38046,
    hours=[H("MO,TU,WE", "10:00", "17:00"), H("TH", "10:00", "21:00")],
    transport="Line 1 to Wellesley station.",
)
loc(
    "tor-goldenbridge",
    "tor-goldenbridge",
    "Golden Bridge Seniors Centre",
    "4100 Sheppard Avenue East",
    "Unit 2",
    "Agincourt",
    "M1S 1T2",
    43.78541,
    -79.27893,
    hours=[H(WEEKDAYS, "09:00", "16:00")],
    transport="TTC 85 Sheppard East bus to Midland Avenue. Step-free entrance.",
)

svc(
    "toronto",
    "lakeshore-linc-day",
    "tor-lakeshore",
    "LINC English Classes - Daytime (CLB 1-6)",
    "Free English classes for adult newcomers under the federal LINC program (Language Instruction for Newcomers to Canada), from beginner to intermediate (CLB 1-6). Classes run five mornings a week, and your progress report can be used for citizenship and job applications. Free child minding (Care for Newcomer Children) is available while you are in class.",
    ["language-classes"],
    "en",
    "Permanent residents and protected persons (convention refugees) aged 18 and over, and people approved in principle for permanent residence. Canadian citizens and refugee claimants are not eligible for LINC; ask us about provincial ESL classes instead.",
    "Free. Child minding for children 18 months to 6 years is also free.",
    "You need a Canadian Language Benchmarks (CLB) assessment first; if you do not have one, book it with our assessment desk. Bring your PR card or Confirmation of Permanent Residence (COPR) and your assessment results to registration.",
    at="tor-lakeshore",
    hours=[H(WEEKDAYS, "09:00", "14:30", "No classes on statutory holidays.")],
    phones=[P("416-555-0101")],
    ages=(18, None),
    email="linc",
)
svc(
    "toronto",
    "lakeshore-clb-assessment",
    "tor-lakeshore",
    "Language Assessment (CLB) and Class Referral",
    "Free English and French language assessment using the Canadian Language Benchmarks (CLB), the first step before joining LINC classes. An assessor checks your listening, speaking, reading and writing in about two to three hours. You then choose a class near your home or work, including evening, weekend and online classes.",
    ["language-classes", "settlement"],
    "en fr es ar pt",
    "Adults 18+ who are permanent residents, protected persons or approved in principle for permanent residence. Refugee claimants are referred to provincial ESL classes.",
    "Free.",
    "Call or e-mail to book an appointment. Bring your PR card or COPR, and reading glasses if you use them.",
    at="tor-lakeshore",
    hours=[H("MO,TU,WE,TH", "09:00", "16:00", "By appointment only.")],
    phones=[P("416-555-0102", description="Interpretation available for booking")],
    ages=(18, None),
    email="assessment",
)
svc(
    "toronto",
    "lakeshore-settlement",
    "tor-lakeshore",
    "Newcomer Settlement Counselling",
    "One-to-one help from settlement counsellors in several languages during your first years in Canada. We help you apply for OHIP, a Social Insurance Number and the Canada Child Benefit, register children in school, open a bank account, understand your lease, and fill in forms such as PR card renewal and citizenship applications. Counsellors also refer you to language classes, job programs and health care.",
    ["settlement"],
    "en es pt ar uk tl fa",
    "Permanent residents, protected persons and people approved in principle for permanent residence. Refugee claimants, international students and temporary workers are welcome for information and referral.",
    "Free.",
    "Walk in or call to book. Bring your immigration documents (PR card, COPR or refugee protection claimant document) and any letters you need help with.",
    at="tor-lakeshore",
    hours=[
        H("MO,TU,WE,FR", "09:00", "17:00"),
        H("TH", "09:00", "19:00", "Evening appointments on Thursdays."),
    ],
    phones=[P("416-555-0100", description="Main line. Interpretation available")],
    interpretation="Counsellors speak Spanish, Portuguese, Arabic, Ukrainian, Tagalog and Farsi; phone interpreters for other languages at no cost.",
)
svc(
    "toronto",
    "lakeshore-employment",
    "tor-lakeshore",
    "Job Search Help for Newcomers",
    "Workshops and one-to-one coaching to help newcomers find work in Toronto: Canadian-style resumes and cover letters, interview practice, LinkedIn, and finding jobs that are not advertised. Monthly hiring events connect you with employers in retail, logistics, health care and office work. This is an Employment Ontario service.",
    ["employment"],
    "en es pt ar",
    "Anyone legally allowed to work in Canada, including permanent residents, protected persons, refugee claimants with a work permit and open work permit holders.",
    "Free.",
    "Come to an information session on Tuesdays at 10 a.m., or call to book a first meeting with an employment counsellor. Bring your resume if you have one.",
    at="tor-lakeshore",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("416-555-0104")],
    email="jobs",
)
svc(
    "toronto",
    "lakeshore-tax-clinic",
    "tor-lakeshore",
    "Free Income Tax Clinic",
    "Volunteers trained under the CRA's Community Volunteer Income Tax Program file your tax return for free. Filing every year, even with no income, is how newcomers get the Canada Child Benefit, the GST/HST credit and the Ontario Trillium Benefit. We also help with form RC151 for your first GST/HST credit and with returns for past years.",
    ["benefits"],
    "en es pt ar tl",
    "People with a modest income and a simple tax situation (for example, under $35,000 a year for one person or $45,000 for a couple). Not for self-employed people with expenses or for rental income.",
    "Free.",
    "Book an appointment by phone. From late February to April 30 there are also walk-in Saturdays. Bring ID, your SIN, all tax slips (T4, T5007, RC62), rent receipts and the date you arrived in Canada.",
    at="tor-lakeshore",
    hours=[
        H("WE", "17:00", "20:00", "Year-round by appointment."),
        H("SA", "10:00", "15:00", "Walk-in, from late February to April 30 only."),
    ],
    phones=[P("416-555-0105")],
    email="taxclinic",
)
svc(
    "toronto",
    "lakeshore-humber-outreach",
    "tor-lakeshore",
    "Settlement Outreach at Humber Summit",
    "A settlement worker visited the Humber Summit community room every Tuesday to help newcomers in northwest Toronto with forms, health cards, school registration and referrals to English classes.",
    ["settlement"],
    "en es vi",
    "Newcomers living in northwest Toronto, any immigration status.",
    "Free.",
    "Drop in on Tuesdays.",
    at="tor-humbersummit",
    hours=[H("TU", "10:00", "15:00")],
    phones=[P("416-555-0100")],
    status="inactive",
    alert="This outreach ended on March 31, 2026. Please visit our Parkdale office or call 416-555-0100.",
)
svc(
    "toronto",
    "donvalley-linc",
    "tor-donvalley",
    "LINC Morning Classes with Child Minding",
    "Part-time LINC English classes in Thorncliffe Park, four mornings a week, for beginner to intermediate learners (CLB 1-5). Free on-site child minding lets parents of young children attend. Lessons cover practical topics like doctor visits, school meetings, shopping and banking.",
    ["language-classes"],
    "en",
    "Permanent residents and convention refugees aged 18 and over with a CLB assessment. Child minding for children 6 months to 6 years.",
    "Free.",
    "Bring your PR card or COPR and your CLB assessment results to the front desk to join the waiting list. If you have no assessment, we will book one for you.",
    at="tor-donvalley",
    hours=[H("MO,TU,WE,TH", "09:15", "12:15")],
    phones=[P("416-555-0111")],
    ages=(18, None),
    interpretation="Registration help in Urdu, Dari, Pashto and Arabic.",
    email="linc",
)
svc(
    "toronto",
    "donvalley-conversation-circle",
    "tor-donvalley",
    "English Conversation Circle - Drop-in",
    "Practise everyday English in a friendly small group led by trained volunteers. Each week has a topic, such as talking to your landlord, making appointments or small talk at work. No registration and no test; everyone is welcome.",
    ["language-classes"],
    "en",
    "Open to everyone 16 and over, whatever your immigration status: refugee claimants, visitors, international students, temporary workers and Canadian citizens.",
    "Free. Tea and snacks provided.",
    "Just drop in. Come a few minutes early the first time so a volunteer can welcome you.",
    at="tor-donvalley",
    hours=[H("TU", "18:00", "19:30"), H("SA", "10:30", "12:00")],
    phones=[P("416-555-0110")],
    ages=(16, None),
)
svc(
    "toronto",
    "donvalley-settlement",
    "tor-donvalley",
    "Settlement Help and Document Clinic",
    "Settlement workers who speak your language help you understand and fill in forms: PR card renewal, citizenship applications, IRCC online accounts, OHIP, the Canada Child Benefit, Ontario Works and school registration. They also explain government letters and help you book appointments. Drop-in document clinic on Wednesday afternoons; other days by appointment.",
    ["settlement"],
    "en ur prs ps ar bn tl fa",
    "Newcomers living in Toronto, including permanent residents, refugees and refugee claimants. Some IRCC-funded services are only for permanent residents and protected persons; staff will tell you.",
    "Free. Government forms are free: be careful of anyone who asks you to pay for them.",
    "Walk in on Wednesdays from 1 to 4 p.m., or call to book. Bring all your immigration documents and the letters or forms you need help with.",
    at="tor-donvalley",
    hours=[
        H("MO,TU,TH,FR", "09:00", "17:00", "By appointment."),
        H("WE", "13:00", "16:00", "Drop-in document clinic."),
    ],
    phones=[P("416-555-0110", description="Interpretation available")],
)
svc(
    "toronto",
    "donvalley-womens-circle",
    "tor-donvalley",
    "Newcomer Women's Circle",
    "A weekly group where newcomer women meet, share experiences and learn about life in Canada: health, money, your rights, parenting and finding work. Guest speakers include nurses, lawyers and employment counsellors. Free child care in the next room.",
    ["women", "settlement"],
    "en ur ar prs bn",
    "Women 18 and over who are new to Canada, any immigration status.",
    "Free.",
    "Call to register or come on a Wednesday morning.",
    at="tor-donvalley",
    hours=[H("WE", "10:00", "12:00")],
    phones=[P("416-555-0112")],
    ages=(18, None),
)
svc(
    "toronto",
    "donvalley-family-benefits",
    "tor-donvalley",
    "Canada Child Benefit and Family Benefits Help",
    "Help to apply for the Canada Child Benefit (CCB), the Ontario Child Benefit and the GST/HST credit, which newcomer families often miss in their first year. A worker helps you complete form RC66 and its schedule, sign up for CRA My Account and answer CRA letters. If you have no income, we also help you apply for Ontario Works.",
    ["benefits"],
    "en ur ar prs bn",
    "Families with children under 18 living in Ontario. For the CCB, a parent must be a citizen, permanent resident or protected person, or have lived in Canada for 18 months with a valid permit; refugee claimants can still get help with Ontario Works.",
    "Free.",
    "Call for an appointment. Bring the children's birth certificates or passports, your immigration documents, your SIN and proof of address.",
    at="tor-donvalley",
    hours=[H("MO,TU,WE,TH", "09:30", "16:30")],
    phones=[P("416-555-0113")],
)
svc(
    "toronto",
    "scarborough-esl-evening",
    "tor-scarborough",
    "Adult ESL Evening Classes",
    "Free evening English classes for adults, from beginner to advanced, four evenings a week in Scarborough. Classes focus on speaking and listening for work and daily life, with a literacy stream for learners who had little schooling. You can join at any time of the year when a seat is free.",
    ["language-classes"],
    "en",
    "Adults 18+ living in Ontario who are permanent residents, convention refugees, refugee claimants or Canadian citizens; some temporary residents can join, ask at registration. No CLB assessment needed: we check your level on the first evening.",
    "Free.",
    "Register in person on Monday or Wednesday evenings from 5:30 p.m. Bring photo ID and your immigration document.",
    at="tor-scarborough",
    hours=[H("MO,TU,WE,TH", "18:00", "21:00")],
    phones=[P("416-555-0121")],
    ages=(18, None),
    email="esl",
)
svc(
    "toronto",
    "scarborough-welcome-desk",
    "tor-scarborough",
    "Newcomer Welcome Desk",
    "Your first stop in Scarborough: a settlement worker finds out what you need and makes a plan with you for your health card, SIN, schools, housing, English classes and jobs. Services in Tamil, Mandarin, Cantonese, Tagalog, Urdu, Bengali and Somali. Offered at our Lawrence East office and at the Malvern satellite.",
    ["settlement"],
    "en ta zh yue tl ur bn so",
    "Newcomers living in Scarborough, any immigration status. Full case management is for permanent residents and protected persons; everyone else gets information and referral.",
    "Free.",
    "Walk in or call. No appointment needed for a first visit.",
    sites={
        "tor-scarborough": [H(WEEKDAYS, "09:00", "17:00")],
        "tor-malvern": [H("TU,TH", "10:00", "16:00"), H("SA", "10:00", "14:00")],
    },
    phones=[P("416-555-0120", description="Interpretation available")],
)
svc(
    "toronto",
    "scarborough-youth-leadership",
    "tor-scarborough",
    "Newcomer Youth Leadership Program",
    "After-school drop-in for newcomer teens and young adults: homework help, English practice, sports, trips around the city and a summer leadership camp. Youth workers help with school problems, first jobs and the 40 volunteer hours needed for the Ontario Secondary School Diploma. A safe place to make friends.",
    ["youth", "settlement"],
    "en ta ar so ur",
    "Youth aged 13 to 24 who came to Canada in the last five years, any immigration status.",
    "Free, including transit fare for trips.",
    "Drop in after school, or call or text the youth worker.",
    at="tor-scarborough",
    hours=[H("MO,TU,WE,TH", "15:30", "19:00")],
    phones=[P("416-555-0122"), P("416-555-0123", "text", "Text the youth worker")],
    ages=(13, 24),
    email="youth",
)
svc(
    "toronto",
    "scarborough-housing-help",
    "tor-scarborough",
    "Housing Help and Rental Search",
    "Help finding a place to rent in Toronto: how to search safely, what a landlord may and may not ask for, how to read the Ontario standard lease, and how to avoid rental scams. We help you apply for rent-geared-to-income housing on the City of Toronto waiting list, and for the Housing Stabilization Fund if you receive Ontario Works or ODSP.",
    ["housing"],
    "en ta zh ur tl",
    "Low-income newcomers and families living in Toronto, any immigration status.",
    "Free.",
    "Call to book. Bring ID, proof of income and any lease or notices from your landlord.",
    at="tor-scarborough",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("416-555-0124")],
    email="housing",
)
svc(
    "toronto",
    "scarborough-computer-basics",
    "tor-scarborough",
    "Computer Basics for Newcomers",
    "A six-week class on e-mail, online forms, video calls and avoiding scams online, taught slowly with lots of practice. Laptops are provided in class.",
    ["settlement"],
    "en ta zh",
    "Newcomer adults, any immigration status.",
    "Free.",
    "Call to register for the next session.",
    at="tor-scarborough",
    hours=[H("FR", "10:00", "12:00")],
    phones=[P("416-555-0120")],
    assured="2023-03-21",
)
svc(
    "toronto",
    "northyork-professionals",
    "tor-northyork",
    "Employment Services for Internationally Trained Professionals",
    "Career coaching for newcomers with a degree or professional experience from another country: job search in your sector, Canadian workplace culture, networking events and mentoring with professionals in your field. We also help you find paid internships and employers who value international experience.",
    ["employment"],
    "en zh fa ru ko es hi",
    "Permanent residents, protected persons and Canadian citizens with post-secondary education from outside Canada, and English at about CLB 6 or higher.",
    "Free.",
    "Register for an online information session on our website, then meet an employment consultant.",
    at="tor-northyork",
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("TU,TH", "17:00", "20:00", "Evening workshops.")],
    phones=[P("416-555-0130")],
)
svc(
    "toronto",
    "northyork-credentials",
    "tor-northyork",
    "Credential Recognition Advising",
    "Advisors explain how your education and professional licence can be recognized in Ontario: which jobs are regulated, which regulatory body to contact (for example Professional Engineers Ontario or the College of Nurses of Ontario), how to get a credential evaluation from WES or ICAS, and which exams and bridging programs you may need. You leave with a written licensing plan.",
    ["credentials"],
    "en zh fa ru es ar",
    "Internationally trained people living in Ontario, including people with a COPR who have not arrived yet (online appointments).",
    "Free advice. Evaluation agencies and regulators charge their own fees; ask about loans for licensing costs.",
    "Book by phone or e-mail. Bring copies of your diplomas, transcripts and any licence from your home country.",
    at="tor-northyork",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("416-555-0131")],
    email="credentials",
)
svc(
    "toronto",
    "northyork-engineers-bridging",
    "tor-northyork",
    "Bridging Program for Internationally Trained Engineers",
    "A 16-week bridging program, funded by the Ontario Bridge Training Program, for engineers and technologists trained outside Canada. It covers Canadian codes and standards, preparation for the professional practice exam, technical communication and a six-week paid work placement. Graduates get help applying to Professional Engineers Ontario.",
    ["credentials", "employment"],
    "en",
    "Permanent residents, protected persons and citizens with an engineering degree from outside Canada and English at CLB 7 or higher. Intake interview required.",
    "Free. Transit and child care support for participants with low income.",
    "Apply online; intakes start in January, May and September. Eligible applicants are invited to an assessment and interview.",
    at="tor-northyork",
    hours=[H("MO,TU,WE,TH", "09:00", "16:00", "Program days.")],
    phones=[P("416-555-0132")],
    ages=(18, None),
    email="bridging",
)
svc(
    "toronto",
    "kingfisher-uninsured-care",
    "tor-kingfisher",
    "Primary Care for People without OHIP",
    "Doctors and nurse practitioners see people who have no health coverage, including refugee claimants waiting for Interim Federal Health Program (IFHP) papers, people without status and newcomers between insurance plans. Visits, basic lab tests and many medicines are free. No health card needed, and we do not share your information with immigration authorities.",
    ["health"],
    "en es pt ar ti am so fa",
    "People living in Toronto without OHIP or other health insurance. IFHP holders are also welcome.",
    "Free.",
    "Call at 9 a.m. for a same-day appointment, or come to the Tuesday walk-in from 1 to 4 p.m. Bring any ID you have; none is required.",
    at="tor-kingfisher",
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("TH", "17:00", "20:00", "Evening clinic.")],
    phones=[P("416-555-0140", description="Interpretation available")],
    interpretation="Phone interpreters in more than 100 languages, free of charge.",
)
svc(
    "toronto",
    "kingfisher-dental",
    "tor-kingfisher",
    "Low-Income Dental Clinic",
    "Check-ups, cleanings, fillings and extractions for children and adults with low income. Children 17 and under may get free care under Healthy Smiles Ontario, and staff help adults apply for the Canadian Dental Care Plan. Emergency appointments are kept every morning for people in pain.",
    ["health"],
    "en es ar ta zh",
    "People with low income living in Toronto, with or without OHIP. Refugee claimants with IFHP coverage are accepted.",
    "Free with Healthy Smiles Ontario or IFHP. Others pay a sliding fee based on income, from $20 a visit.",
    "Call to book. For emergencies, call at 8:30 a.m.",
    at="tor-kingfisher",
    hours=[H("MO,TU,WE,TH", "08:30", "16:30")],
    phones=[P("416-555-0141")],
    email="dental",
)
svc(
    "toronto",
    "kingfisher-sexual-health",
    "tor-kingfisher",
    "Sexual Health Clinic",
    "Confidential sexual health care: free birth control, emergency contraception, pregnancy tests and options counselling, STI testing and treatment, and HIV PrEP and PEP. Youth-friendly and LGBTQ+-friendly staff. No health card needed.",
    ["health"],
    "en es pt fr",
    "People of all genders aged 13 and over; no OHIP needed.",
    "Free.",
    "Walk in during clinic hours or call or text to book. You can give only your first name.",
    at="tor-kingfisher",
    hours=[H("MO,WE", "12:00", "19:00"), H("SA", "10:00", "14:00")],
    phones=[
        P("416-555-0142"),
        P("416-555-0143", "text", "Text line for questions and appointments"),
    ],
    ages=(13, None),
)
svc(
    "toronto",
    "college-walk-in",
    "tor-college",
    "Walk-in Medical Clinic",
    "Walk-in clinic for minor illness and injuries, prescriptions, sick notes and referrals, open evenings and weekends. Doctors speak Mandarin, Cantonese, Korean, Portuguese and Spanish. Visits are covered by OHIP and IFHP; people without coverage can still be seen for a fee.",
    ["health"],
    "en zh yue ko pt es",
    "Anyone. Bring your OHIP card or IFHP certificate if you have one.",
    "Free with OHIP or IFHP. Without coverage: $80 for a regular visit, paid at the desk.",
    "Walk in and sign in at reception; the wait is shortest in the morning.",
    at="tor-college",
    hours=[H(WEEKDAYS, "09:00", "20:00"), H("SA,SU", "10:00", "16:00")],
    phones=[P("416-555-0146")],
)
svc(
    "toronto",
    "greenbelt-food-bank",
    "tor-greenbelt",
    "Food Bank - Jane Street and Regent Park",
    "Free groceries once a week for individuals and families: fresh produce, milk, eggs, bread, rice, canned food and hygiene items. You choose your own food at our market-style depots in Jane and Finch and in Regent Park. Halal and vegetarian options are available.",
    ["food"],
    "en es vi so bn ta",
    "Anyone in need who lives in the depot's area. No immigration status needed.",
    "Free.",
    "Register on your first visit. Bring ID for each household member and proof of address if you have them; if you have no documents, you will still be served the first time.",
    sites={
        "tor-greenbelt-jane": [H("TU,TH", "10:00", "15:00")],
        "tor-greenbelt-regent": [H("WE", "12:00", "18:00"), H("SA", "10:00", "13:00")],
    },
    phones=[P("416-555-0150")],
)
svc(
    "toronto",
    "greenbelt-halal-hampers",
    "tor-greenbelt",
    "Halal and Cultural Food Hampers",
    "Monthly food hampers with halal meat, basmati rice, lentils, flour, oil, spices and dates, put together with advice from newcomer families. Vegetarian hampers and hampers with African and Caribbean staples are also available. Home delivery for seniors and people with disabilities.",
    ["food"],
    "en ar so ur prs bn",
    "Low-income households in Toronto; newcomer families and refugee claimants welcome. One hamper per household per month.",
    "Free.",
    "Call or text to register and choose a pick-up time. Register by the 20th for next month's hamper.",
    at="tor-greenbelt-regent",
    hours=[H("FR", "10:00", "16:00", "Pick-up day.")],
    phones=[P("416-555-0151"), P("416-555-0152", "text", "Text to register")],
    email="hampers",
)
svc(
    "toronto",
    "stbrigid-hot-meals",
    "tor-stbrigid",
    "Community Hot Meals",
    "Free hot dinners three evenings a week and a Sunday brunch, served at the table by volunteers, with no ID and no questions asked. Meals are halal or vegetarian. Bring a container: fruit and bread are often available to take home.",
    ["food"],
    "en es pt",
    "Everyone welcome.",
    "Free.",
    "Just come. Dinner is served from 5 p.m. until the food runs out.",
    at="tor-stbrigid",
    hours=[H("MO,WE,FR", "17:00", "18:30"), H("SU", "11:00", "13:00", "Sunday brunch.")],
    phones=[P("416-555-0155")],
)
svc(
    "toronto",
    "wayfarer-emergency-shelter",
    "tor-wayfarer",
    "Emergency Shelter for Adults",
    "Emergency beds for single adults who have nowhere to stay tonight, with meals, showers, laundry and lockers. Case workers help with housing search, replacing lost ID and income support. Beds are usually assigned through the City of Toronto's central shelter intake line, but you can also come to the door at any time to ask.",
    ["shelter"],
    "en es ar ti am",
    "Single adults 18 and over of all genders. Refugee claimants welcome. No pets except service animals.",
    "Free.",
    "Call the shelter or the City's central shelter intake line to ask for a bed tonight. If we are full, staff will help you find another bed.",
    at="tor-wayfarer",
    hours=[H24()],
    phones=[P("416-555-0160", description="24-hour line")],
    ages=(18, None),
)
svc(
    "toronto",
    "maplehaven-refugee-house",
    "tor-maplehaven",
    "Refugee Claimant Shelter and Settlement Support",
    "Short-term housing for refugee claimants who have just arrived, including families with children. Residents get help with the Basis of Claim form through partner lawyers, Interim Federal Health coverage, Ontario Works, school registration and finding a place to rent. Most residents stay three to six months.",
    ["shelter", "settlement"],
    "en es fr ar ti am tr fa",
    "Refugee claimants in Toronto without housing: families, couples and single adults.",
    "Free.",
    "Call during office hours. Referrals come from shelters, lawyers, the airport and community agencies, and you can also call yourself. We will tell you if a room is free or add you to the waiting list.",
    at="tor-maplehaven",
    hours=[
        H(
            WEEKDAYS,
            "09:00",
            "17:00",
            "Office hours for referrals. The house is staffed 24 hours for residents.",
        )
    ],
    phones=[P("416-555-0163", description="Interpretation available")],
)
svc(
    "toronto",
    "juniper-womens-shelter",
    "tor-juniper",
    "Juniper House - Women's Shelter and 24-hour Crisis Line",
    "A safe, confidential shelter for women and their children leaving abuse, with a crisis line you can call or text 24 hours a day. Counsellors help with safety planning, legal and immigration questions, and finding housing. You can get help whatever your immigration status, including if your sponsor is the person hurting you.",
    ["shelter", "women"],
    "en es fr ar fa ur pa ta",
    "Women 16 and over (cis, trans and two-spirit women) and their children experiencing violence or abuse, any immigration status.",
    "Free.",
    "Call or text at any time. The address is confidential; staff will arrange a safe way for you to get there. In an emergency, call 911.",
    at="tor-juniper-line",
    hours=[H24()],
    phones=[
        P("416-555-0165", description="24-hour crisis line. Interpretation available"),
        P("416-555-0166", "text", "24-hour text line"),
    ],
    ages=(16, None),
)
svc(
    "toronto",
    "bluebird-youth-shelter",
    "tor-bluebird",
    "Bluebird Youth Shelter",
    "Emergency shelter and transitional beds for youth aged 16 to 24, open 24 hours. Youth get meals, a safe bed, help going back to school or work, and support from youth workers who understand immigration and family conflict. LGBTQ2S+ youth are welcome and safe here.",
    ["shelter", "youth"],
    "en es ar so",
    "Youth aged 16 to 24 with nowhere safe to stay, any immigration status.",
    "Free.",
    "Call, text or walk in at any time of the day or night.",
    at="tor-bluebird",
    hours=[H24()],
    phones=[
        P("416-555-0168", description="24-hour line"),
        P("416-555-0169", "text", "Text a youth worker"),
    ],
    ages=(16, 24),
)
svc(
    "toronto",
    "woodbine-tenant-rights",
    "tor-woodbine",
    "Tenant Rights and Eviction Help",
    "Free legal help for tenants in east Toronto with rent increases above the guideline, repairs, illegal entry and eviction notices such as the N4 (unpaid rent) and N12 (landlord's own use). Lawyers and community legal workers give advice and can represent you at the Landlord and Tenant Board. Do not move out just because you got a notice: only the Board can order an eviction.",
    ["housing", "legal"],
    "en bn ur zh es",
    "Tenants with low income living in east Toronto, from the Don River to Victoria Park Avenue.",
    "Free.",
    "Call for intake as soon as you get a notice or a hearing date, and have the notice and your lease ready. Drop-in intake on Monday afternoons.",
    at="tor-woodbine",
    hours=[
        H("MO", "13:00", "16:30", "Drop-in intake."),
        H("TU,WE,TH,FR", "09:30", "16:30", "By appointment."),
    ],
    phones=[P("416-555-0170", description="Interpretation available")],
    email="intake",
)
svc(
    "toronto",
    "woodbine-social-assistance",
    "tor-woodbine",
    "Help with Ontario Works and ODSP",
    "Advice and representation if Ontario Works or the Ontario Disability Support Program refuses you, cuts you off or says you were overpaid. We help you ask for an internal review within 30 days and appeal to the Social Benefits Tribunal. We can also help you apply for Ontario Works, which refugee claimants can receive.",
    ["benefits", "legal"],
    "en bn ur zh es",
    "Low-income residents of east Toronto.",
    "Free.",
    "Call for intake. Act quickly: you have 30 days from the decision letter to ask for an internal review.",
    at="tor-woodbine",
    hours=[H(WEEKDAYS, "09:30", "16:30")],
    phones=[P("416-555-0171")],
    email="intake",
)
svc(
    "toronto",
    "northernstar-refugee-claims",
    "tor-northernstar",
    "Refugee Claim Help",
    "Free help for people making a refugee claim in Canada: understanding the process, completing the Basis of Claim (BOC) form on time, gathering evidence and preparing for your hearing at the Immigration and Refugee Board. We help you apply for a Legal Aid Ontario certificate so that a lawyer can represent you. If your claim was refused, come in right away to talk about an appeal.",
    ["immigration", "legal"],
    "en es fr ar fa ti am tr",
    "Refugee claimants in the Toronto area, at any stage of the claim.",
    "Free.",
    "Call or walk in on Monday, Wednesday or Friday morning and bring every paper you got from IRCC or CBSA. If you claimed at an airport or border, your BOC form is due at the Immigration and Refugee Board 15 days after your claim was referred, so do not wait.",
    at="tor-northernstar",
    hours=[
        H("MO,WE,FR", "09:30", "12:30", "Walk-in intake."),
        H("TU,TH", "09:30", "16:30", "By appointment."),
    ],
    phones=[P("416-555-0175", description="Interpretation available")],
)
svc(
    "toronto",
    "northernstar-licensed-consultant",
    "tor-northernstar",
    "Low-Cost Immigration Advice from a Licensed Consultant",
    "Half-hour appointments with a Regulated Canadian Immigration Consultant (RCIC), licensed by the College of Immigration and Citizenship Consultants, about family sponsorship, work and study permits, extending your status and permanent residence. Before paying anyone for immigration help, check that they are a lawyer, a paralegal or a consultant on the College's public register.",
    ["immigration"],
    "en es ar fa",
    "Anyone living in Ontario.",
    "$50 for a 30-minute appointment; free for refugees and people with low income.",
    "Book by phone or e-mail; appointments in person or by video.",
    at="tor-northernstar",
    hours=[H("TU,TH", "10:00", "16:00")],
    phones=[P("416-555-0176")],
    email="consult",
)
svc(
    "toronto",
    "manyvoices-counselling",
    "tor-manyvoices",
    "Counselling in Your Language",
    "Free short-term counselling (up to 12 sessions) for newcomers dealing with stress, depression, anxiety, grief, family conflict or the pressure of settling in a new country. Counsellors speak more than 12 languages and understand migration. Sessions in person, by phone or by video.",
    ["mental-health"],
    "en es pt ar fa prs ur ta zh ko ru uk tl",
    "Newcomers 16 and over living in Toronto, any immigration status. Couples and families welcome.",
    "Free.",
    "Call for a 20-minute intake conversation; the wait for a first session is usually one to three weeks. This is not a crisis service: in a crisis, call or text 988, or call 911.",
    at="tor-manyvoices",
    hours=[H("MO,TU,WE,TH", "09:00", "20:00"), H("FR", "09:00", "17:00")],
    phones=[P("416-555-0180", description="Interpretation available")],
)
svc(
    "toronto",
    "manyvoices-trauma-support",
    "tor-manyvoices",
    "Trauma Support for Refugees and Survivors of War and Torture",
    "Specialised therapy for refugees and other newcomers who survived war, torture, political violence or gender-based violence, with individual counselling, support groups and art therapy for children. When appropriate, counsellors can write letters supporting a refugee claim or humanitarian application. Sessions go at your pace, and interpreters are provided.",
    ["mental-health"],
    "en ar fa prs ps ti am es fr so ta",
    "Refugees, refugee claimants and other newcomers who lived through organized violence; all ages, children with a parent.",
    "Free.",
    "Call yourself, or ask your doctor, lawyer or settlement worker to refer you. Intake is done in your language.",
    at="tor-manyvoices",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("416-555-0181", description="Interpretation available")],
    email="trauma",
)
svc(
    "toronto",
    "bridgeword-interpreters",
    "tor-bridgeword",
    "Community Interpreters for Appointments",
    "Trained medical and community interpreters for doctor visits, hospital appointments, school meetings, social services and legal clinics, in person or by phone and video. Interpreters keep everything confidential and stay neutral. Many hospitals, clinics and agencies book us at no cost to you: ask the service you are visiting to request an interpreter.",
    ["interpretation"],
    "en ar fa prs ps ti am so es pt zh yue ta ur pa tl uk ru vi ko",
    "Individuals, agencies and health providers in the Toronto area.",
    "Usually free for you when the agency or clinic books the interpreter. Private bookings from $60 an hour.",
    "Ask your clinic or agency to book, or call us at least two business days before your appointment. Same-day phone interpreting is available.",
    at="tor-bridgeword-remote",
    hours=[
        H(
            WEEKDAYS,
            "08:00",
            "18:00",
            "Booking line. Interpreters also work evenings and weekends by booking.",
        )
    ],
    phones=[P("416-555-0185")],
    email="bookings",
)
svc(
    "toronto",
    "bridgeword-translation",
    "tor-bridgeword",
    "Certified Document Translation",
    "Certified translations of birth and marriage certificates, diplomas, transcripts, driver's licences and police certificates by ATIO-certified translators, accepted by IRCC, Ontario ministries and credential evaluators. Most documents are ready in three to five business days.",
    ["interpretation"],
    "en fr es pt ar fa prs ps ti am so zh ta ur uk ru vi ko",
    "Anyone.",
    "$45 per page for standard certificates; 50% off for refugees and people receiving Ontario Works or ODSP.",
    "E-mail a clear scan or photo of the document, or bring the original to our office. You get a price before we start.",
    at="tor-bridgeword",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("416-555-0186")],
    email="translation",
)
svc(
    "toronto",
    "littlemaples-earlyon",
    "tor-littlemaples",
    "EarlyON Drop-in Playgroup",
    "Free drop-in play and learning for children from birth to 6 years with their parent or caregiver: songs, stories, crafts and outdoor play. Staff share parenting tips and information about child development, and can connect you with child care and school registration. A good place for newcomer parents to meet others.",
    ["child-care"],
    "en ur ar fa bn tl",
    "Children 0 to 6 with a parent, grandparent or caregiver who stays with them.",
    "Free.",
    "Drop in; no registration needed. Some special programs, such as baby massage and school readiness, need registration.",
    at="tor-littlemaples",
    hours=[H(WEEKDAYS, "09:00", "12:00"), H("TU,TH", "13:30", "15:30"), H("SA", "09:30", "12:30")],
    phones=[P("416-555-0190")],
    ages=(0, 6),
)
svc(
    "toronto",
    "littlemaples-child-care-subsidy",
    "tor-littlemaples",
    "Child Care Subsidy and Waitlist Help",
    "Help to find licensed child care and to apply for the City of Toronto child care fee subsidy, which can lower your cost to a few dollars a day or nothing. Staff explain the reduced-fee spaces under the Canada-wide early learning and child care plan, help you join the Toronto child care waitlist, and help you compare centres and home child care.",
    ["child-care", "benefits"],
    "en ur ar fa tl",
    "Parents and caregivers living in Toronto with children under 13. The fee subsidy depends on income, and parents usually need to be working, studying or looking for work.",
    "Free.",
    "Call to book a 30-minute appointment. Bring your child's birth certificate and immigration document, and your last CRA notice of assessment if you have one.",
    at="tor-littlemaples",
    hours=[H("MO,TU,WE,TH", "09:00", "16:00")],
    phones=[P("416-555-0191")],
    email="childcare",
)
svc(
    "toronto",
    "rainbow-peer-support",
    "tor-rainbow",
    "LGBTQ+ Newcomer Peer Support",
    "A welcoming space for lesbian, gay, bisexual, trans, queer and intersex newcomers and refugees. Peer support groups every second Thursday, social outings, and one-to-one help from a settlement worker, including referrals to lawyers experienced with refugee claims based on sexual orientation and gender identity (SOGIESC). Everything you share is confidential.",
    ["lgbtq", "settlement"],
    "en es ar fa ru pt fr",
    "LGBTQ+ newcomers, refugees and refugee claimants 18 and over in the Toronto area.",
    "Free.",
    "E-mail or call to talk with the coordinator before your first group; we will tell you where it meets.",
    at="tor-rainbow",
    hours=[
        H("TH", "18:00", "20:30", "Peer group every second Thursday."),
        H("MO,TU,WE", "10:00", "17:00", "Settlement worker by appointment."),
    ],
    phones=[P("416-555-0194")],
    ages=(18, None),
)
svc(
    "toronto",
    "goldenbridge-seniors-club",
    "tor-goldenbridge",
    "Newcomer Seniors Club and English for Seniors",
    "A weekday club for older newcomers with gentle English classes, tai chi, help with phones and computers, and outings. Staff explain Old Age Security, the Guaranteed Income Supplement and the Ontario Seniors Dental Care Program, and help you apply. Lunch is served on Wednesdays.",
    ["seniors", "language-classes"],
    "en zh yue ta ko tl",
    "Adults 55 and over, any immigration status, including sponsored parents and grandparents.",
    "Free. Wednesday lunch is $3.",
    "Come any weekday morning to register.",
    at="tor-goldenbridge",
    hours=[H(WEEKDAYS, "09:30", "15:00")],
    phones=[P("416-555-0197")],
    ages=(55, None),
)

# ---------------------------------------------------------------------------
# Montréal, QC (area code 514, postal codes H..) - mostly in French
# ---------------------------------------------------------------------------

org(
    "mtl-cacdn",
    "montreal",
    "Carrefour d'accueil Côte-des-Neiges",
    "Organisme communautaire qui accueille les personnes immigrantes et réfugiées de Côte-des-Neiges depuis 1984 : installation, aide aux formulaires, clinique d'impôts et accompagnement.",
    "carrefour-cdn",
    "514-555-0100",
)
org(
    "mtl-stmichel",
    "montreal",
    "Centre d'intégration Saint-Michel",
    "Centre de francisation et d'aide à l'emploi pour les personnes immigrantes du quartier Saint-Michel.",
    "integration-stmichel",
    "514-555-0110",
)
org(
    "mtl-familles",
    "montreal",
    "Maison des familles de Parc-Extension",
    "Lieu d'accueil pour les familles du quartier : halte-garderie, ateliers parents-enfants, groupes de femmes et aide pour trouver une garderie.",
    "familles-parcex",
    "514-555-0120",
)
org(
    "mtl-gardemanger",
    "montreal",
    "Le Garde-Manger solidaire",
    "Banque alimentaire communautaire avec deux points de distribution, au Plateau et à Montréal-Nord.",
    "gardemanger-solidaire",
    "514-555-0125",
)
org(
    "mtl-hochelaga",
    "montreal",
    "Cuisine collective Hochelaga-Est",
    "Cuisine communautaire qui sert des repas à prix libre et organise des cuisines collectives.",
    "cuisine-hochelaga",
    "514-555-0128",
)
org(
    "mtl-phare",
    "montreal",
    "Refuge Le Phare",
    "Refuge d'urgence pour hommes sans domicile au centre-ville, ouvert jour et nuit.",
    "refuge-lephare",
    "514-555-0130",
)
org(
    "mtl-terreaccueil",
    "montreal",
    "Hébergement Terre d'accueil",
    "Maison d'hébergement temporaire pour demandeurs d'asile, seuls ou en famille.",
    "terre-accueil",
    "514-555-0133",
)
org(
    "mtl-solstice",
    "montreal",
    "Maison Solstice",
    "Maison d'aide et d'hébergement pour femmes victimes de violence conjugale et leurs enfants.",
    "maison-solstice",
    "514-555-0135",
)
org(
    "mtl-tremplin1625",
    "montreal",
    "Auberge Tremplin 16-25",
    "Refuge et hébergement transitoire pour les jeunes de 16 à 25 ans.",
    "tremplin1625",
    "514-555-0138",
)
org(
    "mtl-toitjuste",
    "montreal",
    "Regroupement Toit Juste",
    "Comité de défense des droits des locataires et d'aide à la recherche de logement.",
    "toitjuste",
    "514-555-0140",
)
org(
    "mtl-mileend",
    "montreal",
    "Clinique juridique Mile-End Solidaire",
    "Clinique juridique communautaire offrant des consultations gratuites et l'accompagnement des demandeurs d'asile.",
    "mileend-juridique",
    "514-555-0145",
)
org(
    "mtl-passerelle",
    "montreal",
    "Clinique Passerelle Santé",
    "Clinique de santé communautaire pour les personnes sans couverture de la RAMQ, avec services de santé sexuelle et soins dentaires.",
    "passerelle-sante",
    "514-555-0150",
)
org(
    "mtl-epee",
    "montreal",
    "Clinique médicale de l'Épée",
    "Clinique médicale familiale et sans rendez-vous de Parc-Extension.",
    "clinique-epee",
    "514-555-0155",
)
org(
    "mtl-horizons",
    "montreal",
    "Centre Horizons - soutien psychologique interculturel",
    "Organisme de santé mentale offrant du soutien psychologique aux personnes immigrantes et réfugiées dans leur langue.",
    "centre-horizons",
    "514-555-0160",
)
org(
    "mtl-pontlangues",
    "montreal",
    "Pont des langues",
    "Service d'interprétation communautaire et de traduction officielle.",
    "pont-des-langues",
    "514-555-0165",
)
org(
    "mtl-tremplinemploi",
    "montreal",
    "Tremplin Emploi Nouveaux Arrivants",
    "Organisme d'employabilité spécialisé dans la reconnaissance des compétences des personnes formées à l'étranger.",
    "tremplin-emploi",
    "514-555-0170",
)
org(
    "mtl-arcenciel",
    "montreal",
    "Arc-en-ciel d'accueil",
    "Organisme de soutien aux personnes LGBTQ+ immigrantes et réfugiées.",
    "arcenciel-accueil",
    "514-555-0178",
)
org(
    "mtl-aines",
    "montreal",
    "Club des aînés du monde",
    "Centre d'activités pour les aînés immigrants de Saint-Laurent.",
    "aines-du-monde",
    "514-555-0182",
)
org(
    "mtl-envolee",
    "montreal",
    "Maison des jeunes L'Envolée",
    "Maison des jeunes de Montréal-Nord pour les 12 à 17 ans.",
    "mdj-envolee",
    "514-555-0185",
)
org(
    "mtl-westisland",
    "montreal",
    "Centre d'accueil de l'Ouest-de-l'Île / West Island Welcome Centre",
    "Organisme bilingue d'accueil et d'établissement des nouveaux arrivants dans l'Ouest-de-l'Île. / A bilingual settlement organization for newcomers in the West Island.",
    "westisland-welcome",
    "514-555-0190",
)

loc(
    "mtl-cacdn",
    "mtl-cacdn",
    "Carrefour d'accueil Côte-des-Neiges",
    "5800, chemin de la Côte-des-Neiges",
    "Bureau 210",
    "Côte-des-Neiges–Notre-Dame-de-Grâce",
    "H3S 1Z4",
    45.49581,
    -73.62463,
    hours=[
        H("MO,TU,WE,FR", "09:00", "17:00"),
        H("TH", "09:00", "20:00"),
        H("SA", "10:00", "15:00"),
    ],
    transport="Métro Côte-des-Neiges (ligne bleue), puis 5 minutes à pied.",
)
loc(
    "mtl-stmichel",
    "mtl-stmichel",
    "Centre d'intégration Saint-Michel",
    "7500, boulevard Saint-Michel",
    "2e étage",
    "Villeray–Saint-Michel–Parc-Extension",
    "H2A 2Z6",
    45.56052,
    -73.60298,
    hours=[H(WEEKDAYS, "08:00", "17:00"), H("MO,WE", "17:00", "21:30")],
    transport="Métro Saint-Michel (ligne bleue).",
)
loc(
    "mtl-stleonard",
    "mtl-stmichel",
    "Point de service Saint-Léonard",
    "6125, rue Jarry Est",
    "Local 4",
    "Saint-Léonard",
    "H1P 1W1",
    45.58204,
    -73.59153,
    hours=[H("TU,TH", "09:00", "16:00")],
)
loc(
    "mtl-familles",
    "mtl-familles",
    "Maison des familles de Parc-Extension",
    "7350, avenue de l'Épée",
    "",
    "Villeray–Saint-Michel–Parc-Extension",
    "H3N 2E1",
    45.52893,
    -73.62612,
    hours=[H(WEEKDAYS, "08:30", "16:30")],
    transport="Métro Parc (ligne bleue), 5 minutes à pied.",
)
loc(
    "mtl-gardemanger-plateau",
    "mtl-gardemanger",
    "Le Garde-Manger solidaire - point Plateau",
    "1450, avenue du Mont-Royal Est",
    "Sous-sol",
    "Le Plateau-Mont-Royal",
    "H2J 1Y9",
    45.53047,
    -73.57781,
    hours=[H("TU,TH", "12:30", "17:30"), H("FR", "09:30", "16:30")],
    transport="Métro Mont-Royal (ligne orange), puis autobus 97.",
)
loc(
    "mtl-gardemanger-nord",
    "mtl-gardemanger",
    "Le Garde-Manger solidaire - point Montréal-Nord",
    "4820, boulevard Henri-Bourassa Est",
    "",
    "Montréal-Nord",
    "H1H 1J2",
    45.58447,
    -73.63976,
    hours=[H("WE", "09:30", "14:30"), H("SA", "08:30", "12:30")],
)
loc(
    "mtl-hochelaga",
    "mtl-hochelaga",
    "Cuisine collective Hochelaga-Est",
    "3600, rue Ontario Est",
    "",
    "Mercier–Hochelaga-Maisonneuve",
    "H1W 1R6",
    45.54418,
    -73.54697,
    hours=[H(WEEKDAYS, "09:00", "14:00")],
    transport="Métro Joliette (ligne verte), 8 minutes à pied.",
)
loc(
    "mtl-phare",
    "mtl-phare",
    "Refuge Le Phare",
    "1250, rue Saint-Antoine Est",
    "",
    "Ville-Marie",
    "H2L 1X2",
    45.51381,
    -73.55458,
    hours=[H24()],
    transport="Métro Champ-de-Mars (ligne orange).",
)
loc(
    "mtl-terreaccueil",
    "mtl-terreaccueil",
    "Hébergement Terre d'accueil",
    "9120, rue Lajeunesse",
    "",
    "Ahuntsic-Cartierville",
    "H2M 1S2",
    45.55218,
    -73.64447,
    hours=[
        H(
            WEEKDAYS,
            "09:00",
            "17:00",
            "Heures de bureau. La maison est ouverte 24 heures sur 24 pour les résidents.",
        )
    ],
    transport="Métro Crémazie (ligne orange).",
)
vloc(
    "mtl-solstice-ligne",
    "mtl-solstice",
    "Maison Solstice - ligne d'écoute 24 heures",
    "L'adresse de la maison est confidentielle. L'équipe organise votre arrivée en sécurité.",
    "aide",
)
loc(
    "mtl-tremplin1625",
    "mtl-tremplin1625",
    "Auberge Tremplin 16-25",
    "2400, rue Sherbrooke Est",
    "",
    "Le Plateau-Mont-Royal",
    "H2K 1E6",
    45.53066,
    -73.56183,
    hours=[H24()],
    transport="Autobus 24 Sherbrooke.",
)
loc(
    "mtl-toitjuste",
    "mtl-toitjuste",
    "Regroupement Toit Juste",
    "6839, rue Saint-Hubert",
    "2e étage",
    "Rosemont–La Petite-Patrie",
    "H2S 2M7",
    45.53792,
    -73.60758,
    hours=[H("MO,TU,WE,TH", "09:30", "16:30")],
    transport="Métro Beaubien ou Jean-Talon (ligne orange).",
)
loc(
    "mtl-mileend",
    "mtl-mileend",
    "Clinique juridique Mile-End Solidaire",
    "5505, boulevard Saint-Laurent",
    "Bureau 300",
    "Le Plateau-Mont-Royal",
    "H2T 1S6",
    45.52418,
    -73.59642,
    hours=[H(WEEKDAYS, "09:00", "16:30"), H("TU", "16:30", "21:00")],
    transport="Autobus 55 Saint-Laurent; métro Laurier (ligne orange).",
)
loc(
    "mtl-passerelle",
    "mtl-passerelle",
    "Clinique Passerelle Santé",
    "1350, rue Sainte-Catherine Est",
    "",
    "Ville-Marie",
    "H2L 2H3",
    45.51976,
    -73.55611,
    hours=[H(WEEKDAYS, "08:00", "16:30"), H("TU,TH", "16:30", "19:00"), H("SA", "10:00", "14:00")],
    transport="Métro Beaudry (ligne verte).",
)
loc(
    "mtl-epee",
    "mtl-epee",
    "Clinique médicale de l'Épée",
    "835, rue Jean-Talon Ouest",
    "Bureau 102",
    "Villeray–Saint-Michel–Parc-Extension",
    "H3N 1S4",
    45.52933,
    -73.62451,
    hours=[H(WEEKDAYS, "08:00", "20:00"), H("SA,SU", "09:00", "16:00")],
    transport="Métro Parc ou Acadie (ligne bleue).",
)
loc(
    "mtl-horizons",
    "mtl-horizons",
    "Centre Horizons",
    "4545, avenue Van Horne",
    "Bureau 400",
    "Côte-des-Neiges–Notre-Dame-de-Grâce",
    "H3W 1H8",
    45.49703,
    -73.62982,
    hours=[H("MO,TU,WE,TH", "09:00", "20:00"), H("FR", "09:00", "17:00")],
    transport="Métro Plamondon (ligne orange).",
)
loc(
    "mtl-pontlangues",
    "mtl-pontlangues",
    "Pont des langues",
    "2020, rue University",
    "Bureau 1200",
    "Ville-Marie",
    "H3A 2A5",
    45.50312,
    -73.57318,
    hours=[H(WEEKDAYS, "08:00", "18:00")],
    transport="Métro McGill (ligne verte).",
)
loc(
    "mtl-tremplinemploi",
    "mtl-tremplinemploi",
    "Tremplin Emploi Nouveaux Arrivants",
    "425, boulevard de Maisonneuve Ouest",
    "Bureau 800",
    "Ville-Marie",
    "H3A 3G5",
    45.50562,
    -73.56918,
    hours=[H(WEEKDAYS, "08:30", "17:00")],
    transport="Métro Place-des-Arts ou McGill.",
)
loc(
    "mtl-arcenciel",
    "mtl-arcenciel",
    "Arc-en-ciel d'accueil",
    "1575, rue Atateken",
    "2e étage",
    "Ville-Marie",
    "H2L 3L4",
    45.51918,
    -73.55903,
    hours=[H("MO,TU,WE,TH", "10:00", "17:00"), H("WE", "17:00", "21:00")],
    transport="Métro Beaudry (ligne verte).",
)
loc(
    "mtl-aines",
    "mtl-aines",
    "Club des aînés du monde",
    "1375, rue Grenet",
    "",
    "Saint-Laurent",
    "H4L 2R8",
    45.51772,
    -73.67904,
    hours=[H(WEEKDAYS, "09:00", "16:00")],
    transport="Métro Côte-Vertu (ligne orange), puis autobus.",
)
loc(
    "mtl-envolee",
    "mtl-envolee",
    "Maison des jeunes L'Envolée",
    "11121, avenue Salk",
    "",
    "Montréal-Nord",
    "H1G 4Y3",
    45.60187,
    -73.62778,
    hours=[H("MO,TU,WE,TH", "15:00", "20:00"), H("FR", "15:00", "22:00")],
)
loc(
    "mtl-westisland",
    "mtl-westisland",
    "Centre d'accueil de l'Ouest-de-l'Île / West Island Welcome Centre",
    "15000, boulevard de Pierrefonds",
    "Bureau 5",
    "Pierrefonds-Roxboro",
    "H9H 4G2",
    45.49268,
    -73.85297,
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("TH", "17:00", "20:30")],
    transport="Gare Roxboro-Pierrefonds (exo), puis autobus 68. / Roxboro-Pierrefonds train station, then bus 68.",
    attention="Accueil / Reception",
    lang="bi",
)

svc(
    "montreal",
    "stmichel-francisation-temps-complet",
    "mtl-stmichel",
    "Francisation à temps complet (Francisation Québec)",
    "Cours de français gratuits à temps complet, cinq jours par semaine, pour les personnes immigrantes adultes, du niveau débutant au niveau intermédiaire. Les cours sont offerts en partenariat avec Francisation Québec et suivent l'Échelle québécoise des niveaux de compétence en français. Les élèves admissibles peuvent recevoir une aide financière pour la participation et les frais de garde.",
    ["language-classes"],
    "fr",
    "Personnes immigrantes de 18 ans et plus domiciliées au Québec : résidents permanents, personnes réfugiées, travailleurs temporaires et demandeurs d'asile. L'admissibilité à l'aide financière dépend du statut.",
    "Gratuit.",
    "Inscrivez-vous en ligne sur le portail de Francisation Québec, ou venez nous voir : une intervenante vous aide à remplir la demande. Apportez une pièce d'identité et votre document d'immigration.",
    at="mtl-stmichel",
    hours=[H(WEEKDAYS, "08:30", "14:30", "Pas de cours les jours fériés.")],
    phones=[P("514-555-0111")],
    ages=(18, None),
    interpretation="Aide à l'inscription en anglais, en espagnol, en arabe et en créole haïtien.",
    email="francisation",
)
svc(
    "montreal",
    "stmichel-francisation-soir",
    "mtl-stmichel",
    "Francisation à temps partiel - cours du soir",
    "Cours de français gratuits deux soirs par semaine pour les personnes qui travaillent ou étudient le jour. Petits groupes de tous niveaux, avec une attention particulière à la communication orale au travail et dans la vie de tous les jours. Une session dure 11 semaines.",
    ["language-classes"],
    "fr",
    "Adultes immigrants domiciliés au Québec, y compris les travailleurs étrangers temporaires et les demandeurs d'asile.",
    "Gratuit.",
    "Inscription par le portail de Francisation Québec ou sur place le lundi soir à partir de 17 h 30. Un test de classement est fait au premier cours.",
    at="mtl-stmichel",
    hours=[H("MO,WE", "18:00", "21:00")],
    phones=[P("514-555-0111")],
    ages=(18, None),
    email="francisation",
)
svc(
    "montreal",
    "stmichel-emploi",
    "mtl-stmichel",
    "Services d'aide à l'emploi pour personnes immigrantes",
    "Accompagnement vers l'emploi : CV et lettre de présentation adaptés au marché québécois, simulations d'entrevue, ateliers sur la culture du travail au Québec et rencontres avec des employeurs. Nous vous informons sur le programme PRIIME de Services Québec, qui aide les employeurs à embaucher une personne immigrante pour un premier emploi dans son domaine. Soutien en anglais, en espagnol et en créole haïtien.",
    ["employment"],
    "fr en es ht",
    "Personnes immigrantes autorisées à travailler au Canada : résidents permanents, personnes réfugiées et titulaires d'un permis de travail, y compris les demandeurs d'asile.",
    "Gratuit.",
    "Séance d'information chaque lundi à 10 h, sans rendez-vous. Apportez votre CV si vous en avez un.",
    at="mtl-stmichel",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("514-555-0112")],
    email="emploi",
)
svc(
    "montreal",
    "stmichel-saint-leonard",
    "mtl-stmichel",
    "Point de service Saint-Léonard - accueil des nouveaux arrivants",
    "Accueil, information et références pour les personnes immigrantes de Saint-Léonard : inscription à la francisation, RAMQ, école et emploi.",
    ["settlement"],
    "fr en it es ar",
    "Personnes immigrantes de Saint-Léonard, tout statut.",
    "Gratuit.",
    "Sans rendez-vous le mardi et le jeudi.",
    at="mtl-stleonard",
    hours=[H("TU,TH", "09:00", "16:00")],
    phones=[P("514-555-0113")],
    status="inactive",
    alert="Ce point de service a fermé le 30 juin 2026. Les services sont offerts au Centre d'intégration Saint-Michel (514-555-0110).",
)
svc(
    "montreal",
    "cacdn-conversation",
    "mtl-cacdn",
    "Ateliers de conversation en français",
    "Ateliers gratuits pour pratiquer le français parlé dans une ambiance détendue, animés par des bénévoles. Chaque semaine, un thème utile : chercher un logement, parler au médecin, l'école des enfants, l'entrevue d'embauche. Pas d'inscription ni de test : venez comme vous êtes.",
    ["language-classes"],
    "fr",
    "Ouvert à toutes les personnes de 16 ans et plus, quel que soit le statut d'immigration.",
    "Gratuit.",
    "Présentez-vous simplement à l'heure de l'atelier.",
    at="mtl-cacdn",
    hours=[H("TU", "18:00", "20:00"), H("SA", "10:00", "12:00")],
    phones=[P("514-555-0100")],
    ages=(16, None),
)
svc(
    "montreal",
    "cacdn-accueil-installation",
    "mtl-cacdn",
    "Accueil et installation des nouveaux arrivants",
    "Rencontres individuelles avec une intervenante pour bien commencer votre vie au Québec : carte d'assurance maladie (RAMQ), numéro d'assurance sociale, compte bancaire, inscription des enfants à l'école, recherche de logement et cours de français. Nous offrons le Programme d'accompagnement et de soutien à l'intégration (PASI) du ministère de l'Immigration, de la Francisation et de l'Intégration. Service offert en plusieurs langues.",
    ["settlement"],
    "fr en es ar tl bn ur ru",
    "Personnes immigrantes nouvellement arrivées à Montréal : résidents permanents, personnes réfugiées, demandeurs d'asile, travailleurs et étudiants étrangers.",
    "Gratuit.",
    "Téléphonez pour un rendez-vous ou présentez-vous à l'accueil. Apportez vos documents d'immigration et votre passeport.",
    at="mtl-cacdn",
    hours=[
        H("MO,TU,WE,FR", "09:00", "17:00"),
        H("TH", "09:00", "19:00", "Rendez-vous en soirée le jeudi."),
    ],
    phones=[P("514-555-0100", description="Interprétation disponible")],
    interpretation="Intervenantes parlant espagnol, arabe, tagalog, bengali, ourdou et russe; interprètes au besoin.",
)
svc(
    "montreal",
    "cacdn-formulaires",
    "mtl-cacdn",
    "Aide aux formulaires d'immigration et documents",
    "Aide pour comprendre et remplir vos formulaires : renouvellement de la carte de résident permanent, demande de citoyenneté, Certificat de sélection du Québec (CSQ), permis de travail, compte en ligne d'IRCC et lettres du gouvernement. Nous vérifions avec vous que le dossier est complet avant l'envoi. Nous ne donnons pas d'avis juridique; au besoin, nous vous dirigeons vers un avocat ou un consultant réglementé.",
    ["settlement", "immigration"],
    "fr en es ar tl bn",
    "Toute personne immigrante vivant à Montréal.",
    "Gratuit. Méfiez-vous des personnes qui demandent de l'argent pour des formulaires gouvernementaux gratuits.",
    "Clinique sans rendez-vous le mercredi de 13 h à 16 h. Apportez tous vos documents et les formulaires déjà commencés.",
    at="mtl-cacdn",
    hours=[H("WE", "13:00", "16:00", "Clinique sans rendez-vous.")],
    phones=[P("514-555-0101")],
    email="formulaires",
)
svc(
    "montreal",
    "cacdn-impots",
    "mtl-cacdn",
    "Clinique d'impôts bénévole",
    "Des bénévoles du Programme communautaire des bénévoles en matière d'impôt remplissent gratuitement vos déclarations de revenus fédérale et du Québec. Produire vos déclarations chaque année, même sans revenu, vous donne droit à l'Allocation canadienne pour enfants, au crédit de TPS et au crédit d'impôt pour solidarité. Nous aidons aussi les nouveaux arrivants à faire leur première déclaration.",
    ["benefits"],
    "fr en es ar",
    "Personnes et familles à revenu modeste avec une situation fiscale simple (par exemple moins de 35 000 $ par année pour une personne seule). Pas pour les travailleurs autonomes ni les revenus de location.",
    "Gratuit.",
    "Sur rendez-vous. Apportez vos feuillets (T4, relevé 1 et autres), votre numéro d'assurance sociale, une pièce d'identité et la date de votre arrivée au Canada.",
    at="mtl-cacdn",
    hours=[
        H("TU,TH", "09:30", "16:00", "Toute l'année, sur rendez-vous."),
        H("SA", "10:00", "15:00", "En mars et en avril seulement."),
    ],
    phones=[P("514-555-0102")],
    email="impots",
)
svc(
    "montreal",
    "cacdn-allocations-familiales",
    "mtl-cacdn",
    "Aide pour l'Allocation canadienne pour enfants et l'Allocation famille",
    "Une intervenante vous aide à demander l'Allocation canadienne pour enfants à l'Agence du revenu du Canada (formulaire RC66) et l'Allocation famille à Retraite Québec. Nous vous aidons aussi à créer vos comptes en ligne et à répondre aux lettres des gouvernements. Beaucoup de familles nouvellement arrivées reçoivent ces montants en retard parce que la demande n'a pas été faite.",
    ["benefits"],
    "fr en es ar tl",
    "Familles avec des enfants de moins de 18 ans vivant au Québec. L'admissibilité dépend du statut d'immigration des parents; nous la vérifions avec vous.",
    "Gratuit.",
    "Prenez rendez-vous par téléphone. Apportez les certificats de naissance ou passeports des enfants, vos documents d'immigration et une preuve d'adresse.",
    at="mtl-cacdn",
    hours=[H("MO,TU,WE,TH", "09:00", "16:00")],
    phones=[P("514-555-0103")],
)
svc(
    "montreal",
    "cacdn-aide-sociale",
    "mtl-cacdn",
    "Aide pour l'aide sociale",
    "Information et accompagnement pour demander l'aide financière de dernier recours (aide sociale) et pour contester une décision : refus, réduction ou réclamation. Au Québec, les demandeurs d'asile peuvent recevoir l'aide sociale. Nous vous aidons à faire une demande de révision dans le délai de 90 jours.",
    ["benefits"],
    "fr en es ar",
    "Personnes à faible revenu vivant à Montréal, y compris les demandeurs d'asile.",
    "Gratuit.",
    "Appelez pour un rendez-vous et apportez la lettre de décision et vos documents.",
    at="mtl-cacdn",
    hours=[H("MO,TU,WE,TH", "09:00", "16:00")],
    phones=[P("514-555-0104")],
)
svc(
    "montreal",
    "tremplinemploi-reconnaissance",
    "mtl-tremplinemploi",
    "Reconnaissance des diplômes et accès aux ordres professionnels",
    "Conseils personnalisés pour faire reconnaître vos études et votre expérience au Québec. Nous expliquons l'Évaluation comparative des études effectuées hors du Québec, les démarches auprès des ordres professionnels (par exemple l'Ordre des ingénieurs du Québec ou l'Ordre des infirmières et infirmiers du Québec) et les formations d'appoint. Vous repartez avec un plan clair et un échéancier.",
    ["credentials"],
    "fr en es ar fa ru",
    "Personnes formées à l'étranger vivant au Québec, avec un statut qui permet de travailler.",
    "Conseils gratuits. L'évaluation comparative et les ordres professionnels ont leurs propres frais.",
    "Prenez rendez-vous par téléphone ou par courriel. Apportez des copies de vos diplômes, relevés de notes et permis d'exercice.",
    at="mtl-tremplinemploi",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("514-555-0171")],
    email="reconnaissance",
)
svc(
    "montreal",
    "tremplinemploi-infirmieres",
    "mtl-tremplinemploi",
    "Programme d'intégration pour infirmières et infirmiers formés à l'étranger",
    "Programme de 14 semaines pour préparer les infirmières et infirmiers formés à l'étranger à la prescription de formation de l'OIIQ et à l'examen professionnel : terminologie médicale en français, système de santé québécois, simulations cliniques et stage d'observation en milieu hospitalier. Un accompagnement vers l'emploi est offert à la fin du programme.",
    ["credentials", "employment"],
    "fr",
    "Infirmières et infirmiers formés hors du Canada, résidents permanents ou titulaires d'un permis de travail, avec un niveau de français intermédiaire avancé (niveau 7 ou plus).",
    "Gratuit. Une allocation de participation est possible selon l'admissibilité.",
    "Posez votre candidature en ligne; entrevue et test de français à l'admission. Cohortes en janvier et en septembre.",
    at="mtl-tremplinemploi",
    hours=[H("MO,TU,WE,TH", "08:30", "15:30", "Jours de formation.")],
    phones=[P("514-555-0172")],
    ages=(18, None),
    email="sante",
)
svc(
    "montreal",
    "tremplinemploi-femmes",
    "mtl-tremplinemploi",
    "Ateliers d'employabilité pour femmes immigrantes",
    "Série de huit ateliers pour les femmes immigrantes qui veulent entrer sur le marché du travail : connaissance de soi, CV, réseautage et conciliation travail-famille.",
    ["employment", "women"],
    "fr en ar",
    "Femmes immigrantes de 18 ans et plus.",
    "Gratuit.",
    "Inscription par téléphone.",
    at="mtl-tremplinemploi",
    hours=[H("TU", "09:30", "12:00")],
    phones=[P("514-555-0173")],
    ages=(18, None),
    status="inactive",
    alert="Projet terminé en mars 2026, faute de financement. Consultez les Services d'aide à l'emploi du Centre d'intégration Saint-Michel.",
)
svc(
    "montreal",
    "gardemanger-banque-alimentaire",
    "mtl-gardemanger",
    "Banque alimentaire - Plateau et Montréal-Nord",
    "Distribution hebdomadaire de denrées gratuites : fruits et légumes, produits laitiers, pain, conserves et produits d'hygiène. Formule épicerie : vous choisissez vous-même vos aliments. Options halal et végétariennes.",
    ["food"],
    "fr en es ht ar",
    "Personnes et familles à faible revenu qui habitent le secteur desservi, quel que soit le statut d'immigration.",
    "Gratuit.",
    "Inscription à votre première visite. Apportez une pièce d'identité pour chaque membre du ménage et une preuve d'adresse; sans documents, vous serez servi la première fois.",
    sites={
        "mtl-gardemanger-plateau": [H("TU,TH", "13:00", "17:00")],
        "mtl-gardemanger-nord": [H("WE", "10:00", "14:00"), H("SA", "09:00", "12:00")],
    },
    phones=[P("514-555-0125")],
)
svc(
    "montreal",
    "gardemanger-paniers-culturels",
    "mtl-gardemanger",
    "Paniers culturels halal et casher",
    "Paniers mensuels adaptés aux habitudes alimentaires des familles nouvellement arrivées : viande halal, riz, légumineuses, farine, huile et épices. Des paniers casher certifiés sont offerts sur demande, ainsi que des paniers végétariens et des aliments de base des cuisines africaines et antillaises. Livraison possible pour les aînés et les personnes à mobilité réduite.",
    ["food"],
    "fr en ar es ht",
    "Ménages à faible revenu de Montréal, y compris les demandeurs d'asile. Un panier par ménage par mois.",
    "Gratuit.",
    "Inscription par téléphone ou par texto avant le 20 du mois pour le panier du mois suivant.",
    at="mtl-gardemanger-plateau",
    hours=[H("FR", "10:00", "16:00", "Journée de cueillette des paniers.")],
    phones=[P("514-555-0126"), P("514-555-0127", "text", "Texto pour l'inscription")],
    email="paniers",
)
svc(
    "montreal",
    "hochelaga-repas-communautaires",
    "mtl-hochelaga",
    "Repas communautaires et cuisine collective",
    "Repas chauds servis le midi en semaine, à contribution volontaire : payez ce que vous pouvez, ou rien. Le jeudi matin, la cuisine collective permet de cuisiner en groupe des plats à rapporter à la maison, à faible coût. Un bon endroit pour rencontrer des voisins et pratiquer le français.",
    ["food"],
    "fr en es",
    "Tout le monde est bienvenu.",
    "Repas du midi à contribution volontaire (2 $ suggérés), gratuit si vous ne pouvez pas payer. Cuisine collective : environ 1,50 $ par portion.",
    "Aucune inscription pour les repas. Pour la cuisine collective, inscrivez-vous une semaine à l'avance.",
    at="mtl-hochelaga",
    hours=[
        H(WEEKDAYS, "11:30", "13:30"),
        H("TH", "09:00", "11:30", "Cuisine collective, sur inscription."),
    ],
    phones=[P("514-555-0128")],
)
svc(
    "montreal",
    "phare-hebergement-urgence",
    "mtl-phare",
    "Hébergement d'urgence pour hommes",
    "Lits d'urgence pour hommes adultes sans logement, ouverts 24 heures sur 24, avec repas, douches, vestiaire et consigne. Des intervenants aident à la recherche de logement, au remplacement des pièces d'identité et aux demandes d'aide sociale. Les demandeurs d'asile sont les bienvenus.",
    ["shelter"],
    "fr en es ar",
    "Hommes de 18 ans et plus, tout statut.",
    "Gratuit.",
    "Présentez-vous à l'accueil ou téléphonez pour savoir s'il reste des lits ce soir. Si nous sommes complets, nous vous dirigerons vers un autre refuge.",
    at="mtl-phare",
    hours=[H24()],
    phones=[P("514-555-0130", description="Ligne 24 heures")],
    ages=(18, None),
)
svc(
    "montreal",
    "terreaccueil-demandeurs-asile",
    "mtl-terreaccueil",
    "Hébergement temporaire pour demandeurs d'asile",
    "Hébergement temporaire pour les demandeurs d'asile nouvellement arrivés à Montréal, notamment les familles avec enfants. Les résidents reçoivent de l'aide pour l'aide sociale, le Programme fédéral de santé intérimaire (PFSI), l'inscription scolaire et la recherche d'un logement. La plupart des séjours durent de un à trois mois.",
    ["shelter", "settlement"],
    "fr en es ht pt ar",
    "Demandeurs d'asile sans logement, seuls, en couple ou en famille.",
    "Gratuit.",
    "Les demandes passent habituellement par le PRAIDA ou un organisme d'accueil. Vous pouvez aussi nous appeler pendant les heures de bureau pour savoir s'il y a de la place.",
    at="mtl-terreaccueil",
    hours=[H(WEEKDAYS, "09:00", "17:00", "Heures de bureau pour les demandes.")],
    phones=[P("514-555-0133", description="Interprétation disponible")],
)
svc(
    "montreal",
    "solstice-hebergement-femmes",
    "mtl-solstice",
    "Maison Solstice - hébergement pour femmes victimes de violence",
    "Maison d'hébergement confidentielle pour les femmes, avec ou sans enfants, qui vivent de la violence conjugale ou familiale. Ligne d'écoute et de texto 24 heures sur 24 pour obtenir du soutien, un plan de sécurité et de l'information sur vos droits, y compris en immigration. Vous pouvez recevoir de l'aide quel que soit votre statut, même si votre répondant est la personne violente.",
    ["shelter", "women"],
    "fr en es ar ht",
    "Femmes de 18 ans et plus (cis et trans) et leurs enfants, tout statut d'immigration.",
    "Gratuit.",
    "Appelez ou textez à toute heure. L'adresse est confidentielle; l'équipe organise votre arrivée en sécurité. En cas d'urgence, composez le 911.",
    at="mtl-solstice-ligne",
    hours=[H24()],
    phones=[
        P("514-555-0135", description="Ligne d'écoute 24 heures. Interprétation disponible"),
        P("514-555-0136", "text", "Texto 24 heures"),
    ],
    ages=(18, None),
)
svc(
    "montreal",
    "tremplin1625-hebergement-jeunesse",
    "mtl-tremplin1625",
    "Hébergement jeunesse 16-25 ans",
    "Refuge d'urgence et hébergement transitoire pour les jeunes de 16 à 25 ans, ouvert 24 heures sur 24. Les jeunes y trouvent un lit, des repas et un accompagnement pour l'école, l'emploi et les démarches d'immigration. Les jeunes LGBTQ+ et nouvellement arrivés sont les bienvenus.",
    ["shelter", "youth"],
    "fr en es ht",
    "Jeunes de 16 à 25 ans sans endroit sécuritaire où dormir, tout statut.",
    "Gratuit.",
    "Appelez ou présentez-vous à toute heure du jour ou de la nuit.",
    at="mtl-tremplin1625",
    hours=[H24()],
    phones=[P("514-555-0138", description="Ligne 24 heures")],
    ages=(16, 25),
)
svc(
    "montreal",
    "toitjuste-droits-locataires",
    "mtl-toitjuste",
    "Droits des locataires et aide au Tribunal administratif du logement",
    "Information et accompagnement gratuits pour les locataires : hausse de loyer, avis de modification du bail, reprise de logement, éviction, réparations et insalubrité. Nous vous aidons à répondre par écrit à votre propriétaire et à préparer votre dossier au Tribunal administratif du logement (TAL). Ne signez rien et ne quittez pas votre logement sans vous informer : vous avez des droits, quel que soit votre statut.",
    ["housing", "legal"],
    "fr en es",
    "Locataires de Montréal, en priorité ceux à faible revenu.",
    "Gratuit. Adhésion volontaire de 5 $ par année.",
    "Permanence téléphonique du lundi au jeudi. Si vous avez reçu un avis d'augmentation de loyer, vous avez un mois pour le refuser : appelez-nous vite et gardez votre bail et les avis reçus.",
    at="mtl-toitjuste",
    hours=[
        H("MO,TU,WE,TH", "09:30", "16:30", "Permanence téléphonique et rendez-vous."),
        H(
            "1TU",
            "18:00",
            "20:00",
            freq="MONTHLY",
            text="Premier mardi du mois, de 18 h à 20 h : soirée d'information pour les locataires.",
        ),
    ],
    phones=[P("514-555-0140")],
)
svc(
    "montreal",
    "toitjuste-recherche-logement",
    "mtl-toitjuste",
    "Aide à la recherche de logement et demande de HLM",
    "Aide pour trouver un logement abordable : recherche sur Internet, visites, comprendre le bail obligatoire du Tribunal administratif du logement et éviter les fraudes. Nous aidons à remplir la demande de logement à loyer modique (HLM) auprès de l'Office municipal d'habitation de Montréal. Service d'urgence renforcé en juin et juillet pour les ménages sans logement au 1er juillet.",
    ["housing"],
    "fr en es ar",
    "Ménages à faible revenu de Montréal, y compris les personnes nouvellement arrivées et les demandeurs d'asile. La demande de HLM est réservée aux citoyens canadiens et aux résidents permanents.",
    "Gratuit.",
    "Prenez rendez-vous par téléphone. Apportez une preuve de revenu et vos pièces d'identité.",
    at="mtl-toitjuste",
    hours=[H("MO,TU,WE,TH", "09:30", "16:30")],
    phones=[P("514-555-0141")],
    email="logement",
)
svc(
    "montreal",
    "mileend-consultations-juridiques",
    "mtl-mileend",
    "Consultations juridiques gratuites",
    "Consultations gratuites de 30 minutes avec des avocates et des étudiants en droit supervisés : droit de la famille, droit du travail, logement, dettes et immigration. Nous vérifions aussi si vous êtes admissible à l'aide juridique gratuite et vous dirigeons vers le bon bureau. Service confidentiel.",
    ["legal"],
    "fr en es",
    "Personnes à faible ou moyen revenu vivant à Montréal.",
    "Gratuit.",
    "Prenez rendez-vous par téléphone. Consultations en personne le mardi soir ou par téléphone.",
    at="mtl-mileend",
    hours=[
        H("TU", "18:00", "21:00", "Consultations en soirée."),
        H("MO,WE,TH", "10:00", "16:00", "Prise de rendez-vous par téléphone."),
    ],
    phones=[P("514-555-0145")],
)
svc(
    "montreal",
    "mileend-demandeurs-asile",
    "mtl-mileend",
    "Accompagnement juridique des demandeurs d'asile",
    "Aide gratuite pour les personnes qui demandent l'asile : comprendre le processus, remplir à temps le formulaire Fondement de la demande d'asile (FDA), rassembler les preuves et se préparer à l'audience devant la Commission de l'immigration et du statut de réfugié (CISR). Nous vous aidons à obtenir l'aide juridique pour être représenté par un avocat. Si votre demande a été refusée, venez immédiatement pour discuter d'un appel.",
    ["immigration", "legal"],
    "fr en es ar ht pt",
    "Demandeurs d'asile de la région de Montréal, à toutes les étapes de la demande.",
    "Gratuit.",
    "Sans rendez-vous le lundi et le jeudi matin; apportez tous les documents reçus d'IRCC ou de l'ASFC. Si vous avez fait votre demande à un aéroport ou à la frontière, le formulaire FDA doit être remis à la CISR dans les 15 jours.",
    at="mtl-mileend",
    hours=[
        H("MO,TH", "09:00", "12:00", "Sans rendez-vous."),
        H("TU,WE,FR", "09:00", "16:30", "Sur rendez-vous."),
    ],
    phones=[P("514-555-0146", description="Interprétation disponible")],
    email="asile",
)
svc(
    "montreal",
    "passerelle-sans-ramq",
    "mtl-passerelle",
    "Soins de santé pour personnes sans RAMQ",
    "Médecins et infirmières pour les personnes qui n'ont pas de couverture de la RAMQ : personnes en délai de carence, sans statut, travailleurs temporaires sans assurance ou demandeurs d'asile en attente du PFSI. Consultations, suivi de grossesse, vaccins et tests de base gratuits. Aucune carte d'assurance maladie exigée, et nous ne transmettons pas vos renseignements aux autorités d'immigration.",
    ["health"],
    "fr en es ar ht pt",
    "Personnes vivant à Montréal sans couverture de la RAMQ ni assurance privée.",
    "Gratuit.",
    "Téléphonez à 8 h 30 pour un rendez-vous le jour même, ou venez à la clinique sans rendez-vous le mercredi de 13 h à 16 h. Apportez une pièce d'identité si vous en avez une.",
    at="mtl-passerelle",
    hours=[H(WEEKDAYS, "08:30", "16:30")],
    phones=[P("514-555-0150", description="Interprétation disponible")],
    interpretation="Interprètes professionnels sur place ou par téléphone, gratuitement.",
)
svc(
    "montreal",
    "passerelle-sante-sexuelle",
    "mtl-passerelle",
    "Clinique jeunesse et santé sexuelle",
    "Services confidentiels en santé sexuelle : contraception gratuite, contraception d'urgence, tests de grossesse, dépistage et traitement des ITSS, et PrEP. Équipe accueillante pour les jeunes et les personnes LGBTQ+. Pas besoin de carte RAMQ.",
    ["health"],
    "fr en es",
    "Personnes de 14 ans et plus, tout statut. Au Québec, dès 14 ans, vous pouvez consulter sans l'autorisation de vos parents.",
    "Gratuit.",
    "Sans rendez-vous pendant les heures de clinique, ou rendez-vous par téléphone ou par texto.",
    at="mtl-passerelle",
    hours=[H("TU,TH", "12:00", "19:00"), H("SA", "10:00", "14:00")],
    phones=[P("514-555-0151"), P("514-555-0152", "text", "Texto pour les rendez-vous")],
    ages=(14, None),
    email="jeunesse",
)
svc(
    "montreal",
    "passerelle-dentaire",
    "mtl-passerelle",
    "Soins dentaires d'urgence à faible coût",
    "Clinique dentaire communautaire pour les urgences (douleur, infection, dent cassée) et les soins de base des personnes à faible revenu. Nous acceptons le Programme fédéral de santé intérimaire et vous aidons à vous inscrire au Régime canadien de soins dentaires si vous y avez droit.",
    ["health"],
    "fr en es ar",
    "Adultes et enfants à faible revenu vivant à Montréal. Les enfants de moins de 10 ans couverts par la RAMQ peuvent aussi consulter gratuitement un dentiste en cabinet.",
    "Tarif selon le revenu, à partir de 20 $. Gratuit avec le PFSI.",
    "Appelez à 8 h pour les urgences du jour. Les autres rendez-vous sont donnés par téléphone.",
    at="mtl-passerelle",
    hours=[H("MO,WE,FR", "08:00", "16:00")],
    phones=[P("514-555-0153")],
    email="dentaire",
)
svc(
    "montreal",
    "epee-sans-rendez-vous",
    "mtl-epee",
    "Clinique médicale sans rendez-vous",
    "Clinique sans rendez-vous pour les problèmes de santé mineurs, les renouvellements d'ordonnance et les références à des spécialistes, ouverte le soir et la fin de semaine. Nos médecins parlent français, anglais, grec, pendjabi, ourdou et bengali. Les consultations sont couvertes par la RAMQ et le PFSI; sans couverture, des frais s'appliquent.",
    ["health"],
    "fr en el pa ur bn",
    "Tout le monde. Apportez votre carte d'assurance maladie ou votre certificat du PFSI si vous en avez un.",
    "Gratuit avec la carte RAMQ ou le PFSI. Sans couverture : 90 $ par consultation.",
    "Inscrivez-vous sur place ou réservez une place le jour même par Rendez-vous santé Québec.",
    at="mtl-epee",
    hours=[H(WEEKDAYS, "08:00", "20:00"), H("SA,SU", "09:00", "16:00")],
    phones=[P("514-555-0155")],
)
svc(
    "montreal",
    "horizons-soutien-psychologique",
    "mtl-horizons",
    "Soutien psychologique interculturel",
    "Consultations psychologiques gratuites à court terme pour les personnes immigrantes qui vivent du stress, de l'anxiété, de la dépression, un deuil ou des difficultés familiales liées à la migration. Nos intervenants parlent plusieurs langues et connaissent les réalités de l'immigration. Rencontres en personne, par téléphone ou par vidéo.",
    ["mental-health"],
    "fr en es ar fa ht ru pt",
    "Personnes immigrantes de 16 ans et plus vivant à Montréal, tout statut; couples et familles bienvenus.",
    "Gratuit.",
    "Appelez pour une première conversation d'accueil; l'attente est habituellement de deux à quatre semaines. Ce n'est pas un service d'urgence : en cas de crise, appelez ou textez le 988, ou composez le 911.",
    at="mtl-horizons",
    hours=[H("MO,TU,WE,TH", "09:00", "20:00"), H("FR", "09:00", "17:00")],
    phones=[P("514-555-0160", description="Interprétation disponible")],
    ages=(16, None),
)
svc(
    "montreal",
    "horizons-trauma-refugies",
    "mtl-horizons",
    "Soutien aux personnes réfugiées ayant vécu la guerre, la torture ou la violence",
    "Thérapie spécialisée et groupes de soutien pour les personnes réfugiées et les demandeurs d'asile qui ont vécu la guerre, la torture, la persécution ou des violences sexuelles. Les enfants et les adolescents peuvent participer à des ateliers d'art-thérapie. Au besoin, nos cliniciens peuvent rédiger un rapport psychologique pour votre dossier d'asile.",
    ["mental-health"],
    "fr en ar fa es ti sw ln",
    "Personnes réfugiées, demandeurs d'asile et leurs enfants, de tout âge.",
    "Gratuit.",
    "Vous pouvez appeler vous-même ou être orienté par un médecin, un avocat ou un intervenant. L'accueil se fait dans votre langue, avec un interprète au besoin.",
    at="mtl-horizons",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("514-555-0161", description="Interprétation disponible")],
    email="trauma",
)
svc(
    "montreal",
    "pontlangues-interpretes",
    "mtl-pontlangues",
    "Interprètes communautaires pour vos rendez-vous",
    "Interprètes formés pour les rendez-vous médicaux, scolaires, sociaux et juridiques, en personne, par téléphone ou par vidéo, dans plus de 60 langues. Les interprètes respectent la confidentialité et restent neutres. La plupart des établissements de santé et des écoles réservent et paient l'interprète pour vous : demandez-le lors de la prise de rendez-vous.",
    ["interpretation"],
    "fr en es ar fa prs ps ti am so sw ln ht pt ru uk zh vi ta bn ur tr",
    "Personnes immigrantes, organismes, écoles et établissements de santé de la région de Montréal.",
    "Gratuit pour vous lorsque l'établissement fait la réservation. Réservation privée : à partir de 65 $ l'heure.",
    "Demandez à votre établissement de réserver un interprète, ou appelez-nous au moins deux jours ouvrables avant le rendez-vous.",
    at="mtl-pontlangues",
    hours=[
        H(
            WEEKDAYS,
            "08:00",
            "18:00",
            "Ligne de réservation. Les interprètes travaillent aussi le soir et la fin de semaine.",
        )
    ],
    phones=[P("514-555-0165")],
    email="reservation",
)
svc(
    "montreal",
    "pontlangues-traduction",
    "mtl-pontlangues",
    "Traduction officielle de documents",
    "Traduction certifiée de vos actes de naissance et de mariage, diplômes, relevés de notes, permis de conduire et certificats de police par des traducteurs agréés de l'OTTIAQ, acceptée par IRCC, le ministère de l'Immigration du Québec et les ordres professionnels. La plupart des documents sont prêts en trois à cinq jours ouvrables.",
    ["interpretation"],
    "fr en es ar fa pt ru uk zh vi",
    "Tout le monde.",
    "45 $ par page pour les certificats courants; rabais de 50 % pour les personnes réfugiées et les prestataires de l'aide sociale.",
    "Envoyez par courriel une photo claire ou un scan du document, ou apportez l'original. Vous recevez un prix avant le début du travail.",
    at="mtl-pontlangues",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("514-555-0166")],
    email="traduction",
)
svc(
    "montreal",
    "familles-halte-garderie",
    "mtl-familles",
    "Halte-garderie et ateliers parents-enfants",
    "Halte-garderie à petit prix pour les enfants de 18 mois à 5 ans pendant que les parents suivent un cours de français, cherchent un emploi ou ont un rendez-vous. Le vendredi matin, ateliers parents-enfants gratuits : jeux, chansons, lecture et discussions sur l'éducation des enfants au Québec.",
    ["child-care"],
    "fr en pa ur bn ta",
    "Familles du quartier avec des enfants de 0 à 5 ans, tout statut.",
    "Halte-garderie : 3 $ par demi-journée. Ateliers parents-enfants : gratuits.",
    "Réservez la halte-garderie au moins un jour à l'avance par téléphone. Les ateliers sont sans inscription.",
    at="mtl-familles",
    hours=[
        H("MO,TU,WE,TH", "08:30", "16:00", "Halte-garderie sur réservation."),
        H("FR", "09:30", "11:30", "Ateliers parents-enfants."),
    ],
    phones=[P("514-555-0120")],
    ages=(0, 5),
)
svc(
    "montreal",
    "familles-place-en-garderie",
    "mtl-familles",
    "Aide pour trouver une place en garderie",
    "Une intervenante vous explique les types de services de garde au Québec (CPE, garderies subventionnées et non subventionnées, milieu familial) et vous aide à inscrire votre enfant sur La Place 0-5, le guichet unique d'accès aux places en garderie. Nous vous aidons aussi à demander le crédit d'impôt pour frais de garde d'enfants si votre enfant fréquente une garderie non subventionnée.",
    ["child-care", "benefits"],
    "fr en pa ur bn",
    "Parents vivant à Montréal avec des enfants de 0 à 5 ans. L'accès aux places à contribution réduite dépend du statut d'immigration; nous le vérifions avec vous.",
    "Gratuit.",
    "Prenez rendez-vous par téléphone. Apportez le certificat de naissance de l'enfant et vos documents d'immigration.",
    at="mtl-familles",
    hours=[H("TU,WE,TH", "09:00", "16:00")],
    phones=[P("514-555-0121")],
    email="garde",
)
svc(
    "montreal",
    "familles-femmes-du-monde",
    "mtl-familles",
    "Groupe Femmes du monde",
    "Rencontres hebdomadaires pour les femmes immigrantes : échanges, sorties, ateliers sur la santé, les droits, le budget et l'emploi, et pratique du français. Garde des enfants gratuite sur place pendant les rencontres. Un lieu pour briser l'isolement et se faire des amies.",
    ["women", "settlement"],
    "fr en pa ur bn ta",
    "Femmes immigrantes de 18 ans et plus, tout statut.",
    "Gratuit.",
    "Venez le mercredi matin ou téléphonez pour vous inscrire.",
    at="mtl-familles",
    hours=[H("WE", "09:30", "12:00")],
    phones=[P("514-555-0122")],
    ages=(18, None),
)
svc(
    "montreal",
    "familles-parents-refugies",
    "mtl-familles",
    "Groupe d'entraide pour parents réfugiés",
    "Groupe de parole pour les parents réfugiés : l'école québécoise, la discipline, le stress de l'exil et le lien avec les enfants, avec une intervenante et des interprètes.",
    ["settlement", "mental-health"],
    "fr ar es",
    "Parents réfugiés ou demandeurs d'asile.",
    "Gratuit.",
    "Téléphonez pour vous inscrire.",
    at="mtl-familles",
    hours=[H("MO", "13:00", "15:00")],
    phones=[P("514-555-0120")],
    assured="2023-09-12",
)
svc(
    "montreal",
    "arcenciel-accueil-lgbtq",
    "mtl-arcenciel",
    "Accueil des personnes LGBTQ+ nouvellement arrivées",
    "Soutien aux personnes lesbiennes, gaies, bisexuelles, trans, queers et intersexes immigrantes et réfugiées : accompagnement individuel, groupes d'entraide, activités sociales et références vers des avocats qui connaissent les demandes d'asile fondées sur l'orientation sexuelle et l'identité de genre. Tout ce que vous partagez reste confidentiel.",
    ["lgbtq", "settlement"],
    "fr en es ar pt ru",
    "Personnes LGBTQ+ immigrantes, réfugiées ou demandeuses d'asile de 18 ans et plus.",
    "Gratuit.",
    "Écrivez-nous ou appelez pour parler à une intervenante avant votre première activité.",
    at="mtl-arcenciel",
    hours=[
        H("MO,TU,WE,TH", "10:00", "17:00", "Accompagnement sur rendez-vous."),
        H("WE", "18:00", "20:30", "Groupe d'entraide."),
    ],
    phones=[P("514-555-0178")],
    ages=(18, None),
)
svc(
    "montreal",
    "aines-club",
    "mtl-aines",
    "Club des aînés du monde",
    "Activités en semaine pour les aînés immigrants : conversation en français adaptée, exercice doux, aide avec le téléphone et l'ordinateur, sorties culturelles et repas partagé le jeudi. Une intervenante aide à demander la pension de la Sécurité de la vieillesse, le Supplément de revenu garanti et le crédit d'impôt pour maintien à domicile des aînés.",
    ["seniors"],
    "fr en ar zh vi hy",
    "Personnes de 60 ans et plus, tout statut, y compris les parents et grands-parents parrainés.",
    "Gratuit. Repas du jeudi : 4 $.",
    "Passez nous voir en semaine ou appelez pour vous inscrire.",
    at="mtl-aines",
    hours=[H(WEEKDAYS, "09:30", "15:30")],
    phones=[P("514-555-0182")],
    ages=(60, None),
)
svc(
    "montreal",
    "envolee-maison-des-jeunes",
    "mtl-envolee",
    "Maison des jeunes - aide aux devoirs et intégration",
    "Lieu de rencontre gratuit pour les jeunes de 12 à 17 ans après l'école : aide aux devoirs, sports, musique, sorties et ateliers sur l'école québécoise. Les animateurs aident les jeunes nouvellement arrivés, y compris ceux en classe d'accueil, à se faire des amis et à pratiquer le français.",
    ["youth"],
    "fr en ht es ar",
    "Jeunes de 12 à 17 ans, tout statut.",
    "Gratuit.",
    "Les jeunes peuvent venir sans inscription; les parents peuvent appeler pour nous rencontrer.",
    at="mtl-envolee",
    hours=[
        H("MO,TU,WE,TH", "15:00", "20:00"),
        H("FR", "15:00", "22:00", "Soirée spéciale le vendredi."),
    ],
    phones=[P("514-555-0185"), P("514-555-0186", "text", "Texto pour les jeunes")],
    ages=(12, 17),
)
svc(
    "montreal",
    "westisland-etablissement",
    "mtl-westisland",
    "Services d'établissement - Ouest-de-l'Île / Settlement Services - West Island",
    "Accueil, information et accompagnement pour les personnes nouvellement arrivées dans l'Ouest-de-l'Île : RAMQ, numéro d'assurance sociale, écoles, logement, francisation et emploi. / Welcome, information and one-to-one support for newcomers in the West Island: health insurance (RAMQ), Social Insurance Number, schools, housing, French classes and jobs. Services en français, en anglais et dans plusieurs autres langues. / Services in French, English and several other languages.",
    ["settlement"],
    "fr en pa tl hi ta",
    "Personnes immigrantes, tout statut. / Newcomers, any immigration status.",
    "Gratuit. / Free.",
    "Sur rendez-vous, ou sans rendez-vous le lundi matin. / By appointment, or walk in on Monday mornings.",
    at="mtl-westisland",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("514-555-0190", description="Interprétation disponible / Interpretation available")],
    lang="bi",
    sal_note="Offert au bureau de Pierrefonds. / Offered at our Pierrefonds office.",
    area=(
        "Montréal, QC - Ouest-de-l'Île / West Island",
        "Personnes qui habitent l'Ouest-de-l'Île. / People living in the West Island.",
    ),
)
svc(
    "montreal",
    "westisland-conversation",
    "mtl-westisland",
    "Groupes de conversation en français et en anglais / French and English Conversation Groups",
    "Groupes de conversation gratuits pour pratiquer le français ou l'anglais avec des bénévoles, chaque semaine dans l'Ouest-de-l'Île. / Free weekly groups in the West Island where you can practise French or English with volunteers. Tous les niveaux sont bienvenus. / All levels welcome.",
    ["language-classes"],
    "fr en",
    "Adultes, tout statut. / Adults, any immigration status.",
    "Gratuit. / Free.",
    "Inscription sur place ou par téléphone. / Register in person or by phone.",
    at="mtl-westisland",
    hours=[H("WE", "13:30", "15:00"), H("TH", "18:30", "20:00")],
    phones=[P("514-555-0191")],
    ages=(18, None),
    lang="bi",
    email="conversation",
    sal_note="Offert au bureau de Pierrefonds. / Offered at our Pierrefonds office.",
    area=(
        "Montréal, QC - Ouest-de-l'Île / West Island",
        "Personnes qui habitent l'Ouest-de-l'Île. / People living in the West Island.",
    ),
)

# ---------------------------------------------------------------------------
# Vancouver, BC (area code 604, postal codes V..)
# ---------------------------------------------------------------------------

org(
    "van-pacific",
    "vancouver",
    "Pacific Gateway Settlement Society",
    "A settlement agency in East Vancouver offering LINC classes, settlement services, BC settlement services for temporary residents and refugee claimants, housing help and tax clinics.",
    "pacificgateway",
    "604-555-0100",
)
org(
    "van-fraser",
    "vancouver",
    "Fraser Street Newcomer Centre",
    "A neighbourhood newcomer centre in South Vancouver with evening English classes, school settlement workers and women's groups.",
    "fraserstreet-newcomers",
    "604-555-0110",
)
org(
    "van-cedar",
    "vancouver",
    "Cedar Career Bridge",
    "A downtown employment and credential-recognition centre for newcomers and internationally trained professionals.",
    "cedarcareerbridge",
    "604-555-0120",
)
org(
    "van-eastvan",
    "vancouver",
    "East Van Community Food Hub",
    "A community food organization running grocery programs and culturally familiar food boxes in East Vancouver.",
    "eastvan-foodhub",
    "604-555-0128",
)
org(
    "van-salal",
    "vancouver",
    "Salal Community Kitchen",
    "A community kitchen in the Downtown Eastside serving free breakfast and lunch every day.",
    "salal-kitchen",
    "604-555-0132",
)
org(
    "van-granville",
    "vancouver",
    "Granville Harbour Shelter Society",
    "An emergency shelter for adults in downtown Vancouver.",
    "granvilleharbour",
    "604-555-0135",
)
org(
    "van-orca",
    "vancouver",
    "Orca House Society",
    "A transition house and 24-hour support line for women and children leaving violence.",
    "orcahouse",
    "604-555-0138",
)
org(
    "van-skylight",
    "vancouver",
    "Skylight Youth Safe House",
    "A safe house and support program for youth aged 16 to 24.",
    "skylight-youth",
    "604-555-0141",
)
org(
    "van-renters",
    "vancouver",
    "Renters' Rights Line BC",
    "A non-profit phone and online advice service for tenants in British Columbia.",
    "rentersrightsline",
    "604-555-0145",
)
org(
    "van-coastal",
    "vancouver",
    "Coastal Refugee Legal Clinic",
    "A legal clinic supporting refugee claimants and low-income people with immigration and other legal problems.",
    "coastal-refugee-law",
    "604-555-0150",
)
org(
    "van-mountainview",
    "vancouver",
    "Mountainview Community Health Centre",
    "A community health centre in Mount Pleasant providing primary care, sexual health and dental services, including to people without MSP.",
    "mountainview-chc",
    "604-555-0155",
)
org(
    "van-cambie",
    "vancouver",
    "Cambie Village Medical Clinic",
    "A family practice and walk-in clinic with evening and weekend hours.",
    "cambievillage-clinic",
    "604-555-0160",
)
org(
    "van-lighthouse",
    "vancouver",
    "Lighthouse Multilingual Counselling Society",
    "A counselling society offering mental health support to immigrants and refugees in their own languages.",
    "lighthouse-counselling",
    "604-555-0165",
)
org(
    "van-wavelength",
    "vancouver",
    "Wavelength Interpreting Society",
    "A non-profit interpreting and translation service for newcomers, clinics, schools and agencies.",
    "wavelength-interpreting",
    "604-555-0170",
)
org(
    "van-littleharbour",
    "vancouver",
    "Little Harbour Family Place",
    "A family resource centre with drop-in programs for young children and help finding child care.",
    "littleharbour-family",
    "604-555-0175",
)
org(
    "van-rainbow",
    "vancouver",
    "Rainbow Harbour Newcomer Group",
    "A peer-led group for LGBTQ2S+ newcomers, refugees and refugee claimants in Metro Vancouver.",
    "rainbowharbour",
    "604-555-0180",
)
org(
    "van-silvermaple",
    "vancouver",
    "Silver Maple Seniors Connect",
    "A seniors' program for older immigrants in South Vancouver, in Cantonese, Mandarin, Punjabi and English.",
    "silvermaple-seniors",
    "604-555-0185",
)

loc(
    "van-pacific",
    "van-pacific",
    "Pacific Gateway - Kingsway office",
    "1720 Kingsway",
    "3rd floor",
    "Kensington-Cedar Cottage",
    "V5N 2S3",
    49.24663,
    -123.07351,
    hours=[H(WEEKDAYS, "08:30", "17:00"), H("WE", "17:00", "20:00"), H("SA", "10:00", "14:00")],
    transport="Bus 19 on Kingsway to Knight Street.",
)
loc(
    "van-marpole",
    "van-pacific",
    "Marpole outreach room",
    "8580 Granville Street",
    "Lower level",
    "Marpole",
    "V6P 5A1",
    49.20823,
    -123.14002,
    hours=[H("TH", "10:00", "15:00")],
    attention="c/o Marpole Neighbours' Association",
)
loc(
    "van-fraser",
    "van-fraser",
    "Fraser Street Newcomer Centre",
    "6420 Fraser Street",
    "",
    "Sunset",
    "V5W 3A4",
    49.22683,
    -123.09032,
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("TU,TH", "17:00", "21:00"), H("SA", "09:30", "12:30")],
    transport="Bus 8 Fraser to East 49th Avenue.",
)
loc(
    "van-cedar",
    "van-cedar",
    "Cedar Career Bridge - downtown",
    "610 West Pender Street",
    "Suite 500",
    "Downtown",
    "V6B 1V8",
    49.28381,
    -123.11438,
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("WE", "17:00", "19:30")],
    transport="Granville or Waterfront SkyTrain station, 5 minutes' walk.",
)
loc(
    "van-eastvan-drive",
    "van-eastvan",
    "East Van Food Hub - Commercial Drive",
    "1810 Commercial Drive",
    "",
    "Grandview-Woodland",
    "V5N 4A5",
    49.26882,
    -123.06963,
    hours=[H("TU", "11:00", "17:00"), H("TH", "11:00", "17:00"), H("FR", "10:00", "15:00")],
    transport="Commercial-Broadway SkyTrain station, 3 minutes' walk.",
)
loc(
    "van-eastvan-hastings",
    "van-eastvan",
    "East Van Food Hub - Hastings-Sunrise",
    "2700 East Hastings Street",
    "Rear entrance",
    "Hastings-Sunrise",
    "V5K 1Z6",
    49.28103,
    -123.04751,
    hours=[H("WE", "14:00", "18:00"), H("SA", "10:00", "13:00")],
    transport="Bus 14 or R5 Hastings to Kaslo Street.",
)
loc(
    "van-salal",
    "van-salal",
    "Salal Community Kitchen",
    "430 East Cordova Street",
    "",
    "Downtown Eastside",
    "V6A 1L6",
    49.28263,
    -123.09488,
    hours=[H(ALL_DAYS, "07:30", "14:00")],
    transport="Bus 4 or 7 on Powell Street.",
)
loc(
    "van-granville",
    "van-granville",
    "Granville Harbour Shelter",
    "1025 Seymour Street",
    "",
    "Downtown",
    "V6B 3M5",
    49.27868,
    -123.12194,
    hours=[H24()],
    transport="Yaletown-Roundhouse Canada Line station, 5 minutes' walk.",
)
vloc(
    "van-orca-line",
    "van-orca",
    "Orca House 24-hour support line",
    "The transition house address is confidential. Staff arrange a safe way to get there.",
    "get-help",
)
loc(
    "van-skylight",
    "van-skylight",
    "Skylight Youth Safe House",
    "1650 East 12th Avenue",
    "",
    "Kensington-Cedar Cottage",
    "V5N 2A2",
    49.26018,
    -123.07042,
    hours=[H24()],
    transport="Bus 9 or 99 on Broadway to Commercial Drive, then 5 minutes' walk.",
)
vloc(
    "van-renters-line",
    "van-renters",
    "Renters' Rights Line (phone, chat and e-mail)",
    "Advice for tenants anywhere in British Columbia by phone, online chat and e-mail.",
    "advice",
)
loc(
    "van-coastal",
    "van-coastal",
    "Coastal Refugee Legal Clinic",
    "211 Columbia Street",
    "2nd floor",
    "Chinatown",
    "V6A 2R5",
    49.28229,
    -123.10204,
    hours=[H(WEEKDAYS, "09:00", "16:30"), H("TU", "16:30", "20:30")],
    transport="Stadium-Chinatown SkyTrain station, 7 minutes' walk.",
)
loc(
    "van-mountainview",
    "van-mountainview",
    "Mountainview Community Health Centre",
    "2750 Main Street",
    "",
    "Mount Pleasant",
    "V5T 3E8",
    49.26107,
    -123.10098,
    hours=[H(WEEKDAYS, "08:30", "17:00"), H("MO,WE", "17:00", "19:30"), H("SA", "10:00", "14:00")],
    transport="Bus 3 Main Street to East 12th Avenue.",
)
loc(
    "van-cambie",
    "van-cambie",
    "Cambie Village Medical Clinic",
    "2988 Cambie Street",
    "Unit 102",
    "Fairview",
    "V5Z 2V7",
    49.25893,
    -123.11482,
    hours=[H(WEEKDAYS, "08:30", "21:00"), H("SA,SU", "10:00", "17:00")],
    transport="Broadway-City Hall Canada Line station, 6 minutes' walk.",
)
loc(
    "van-lighthouse",
    "van-lighthouse",
    "Lighthouse Multilingual Counselling",
    "1818 West Broadway",
    "Suite 210",
    "Kitsilano",
    "V6J 1Y9",
    49.26402,
    -123.14631,
    hours=[H("MO,TU,WE,TH", "09:00", "20:00"), H("FR", "09:00", "17:00")],
    transport="Bus 9 or 99 on Broadway to Burrard Street.",
)
loc(
    "van-wavelength",
    "van-wavelength",
    "Wavelength Interpreting Society",
    "3380 Kingsway",
    "Unit 6",
    "Renfrew-Collingwood",
    "V5R 5L1",
    49.23318,
    -123.03302,
    hours=[H(WEEKDAYS, "08:00", "18:00")],
    transport="Joyce-Collingwood SkyTrain station, 8 minutes' walk.",
)
loc(
    "van-littleharbour",
    "van-littleharbour",
    "Little Harbour Family Place",
    "5050 Victoria Drive",
    "",
    "Victoria-Fraserview",
    "V5P 3T9",
    49.23842,
    -123.06579,
    hours=[H(WEEKDAYS, "09:00", "16:00"), H("SA", "10:00", "12:30")],
    transport="Bus 20 Victoria to East 34th Avenue.",
)
loc(
    "van-rainbow",
    "van-rainbow",
    "Rainbow Harbour - West End room",
    "1170 Bute Street",
    "Lower level",
    "West End",
    "V6E 1Z6",
    49.28391,
    -123.13358,
    hours=[H("TU", "10:00", "16:00"), H("SA", "14:00", "17:00")],
    transport="Bus 6 Davie to Bute Street.",
    attention="c/o West End Community Room",
)
loc(
    "van-silvermaple",
    "van-silvermaple",
    "Silver Maple Seniors Connect",
    "6550 Main Street",
    "",
    "Sunset",
    "V5X 3H1",
    49.22519,
    -123.10108,
    hours=[H(WEEKDAYS, "09:30", "15:30")],
    transport="Bus 3 Main Street to East 49th Avenue. Step-free entrance.",
)

svc(
    "vancouver",
    "pacific-linc",
    "van-pacific",
    "LINC English Classes with Child Minding (CLB 1-7)",
    "Free LINC English classes for adult newcomers from literacy to CLB 7, with morning and afternoon classes five days a week. Free child minding for children 18 months to 5 years while you are in class. Your CLB progress report can be used for your citizenship application.",
    ["language-classes"],
    "en",
    "Permanent residents and protected persons (convention refugees) aged 18 and over, and people approved in principle for permanent residence. Refugee claimants and temporary residents: ask about our BCSIS program and conversation circles.",
    "Free, including child minding.",
    "You need a Canadian Language Benchmarks assessment first; our assessment desk can book one. Bring your PR card or COPR to registration.",
    at="van-pacific",
    hours=[
        H(WEEKDAYS, "09:00", "12:00", "Morning classes."),
        H(WEEKDAYS, "12:45", "15:30", "Afternoon classes."),
    ],
    phones=[P("604-555-0101")],
    ages=(18, None),
    email="linc",
)
svc(
    "vancouver",
    "pacific-language-assessment",
    "van-pacific",
    "Language Assessment and LINC Registration",
    "A free English assessment using the Canadian Language Benchmarks (CLB), needed before you join LINC. It takes about two to three hours and checks listening, speaking, reading and writing. Afterwards we help you choose a daytime, evening, weekend or online class.",
    ["language-classes", "settlement"],
    "en zh yue fa ar ko",
    "Adults 18 and over who are permanent residents, protected persons or approved in principle for PR.",
    "Free.",
    "Call or e-mail to book. Bring your PR card or COPR.",
    at="van-pacific",
    hours=[H("MO,TU,WE,TH", "09:00", "15:30", "By appointment.")],
    phones=[P("604-555-0102", description="Interpretation available for booking")],
    ages=(18, None),
    email="assessment",
)
svc(
    "vancouver",
    "pacific-settlement",
    "van-pacific",
    "Settlement Services for Permanent Residents and Refugees",
    "Settlement workers help you with your first steps in British Columbia: enrolling in MSP and getting a BC Services Card, your SIN, bank account, school registration, renting an apartment and understanding Canadian systems. They also help with PR card renewal and citizenship applications and refer you to English classes and jobs programs. Services in many languages.",
    ["settlement"],
    "en zh yue fa ar ko tl es vi",
    "Permanent residents, protected persons and people approved in principle for PR living in Vancouver.",
    "Free.",
    "Call or walk in to book a first appointment. Bring your immigration documents and any letters you need help with.",
    at="van-pacific",
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("WE", "17:00", "20:00", "Evening appointments.")],
    phones=[P("604-555-0100", description="Main line. Interpretation available")],
)
svc(
    "vancouver",
    "pacific-bcsis",
    "van-pacific",
    "Settlement Help for Refugee Claimants, Workers and Students (BCSIS)",
    "Settlement help through BC Settlement and Integration Services (BCSIS), the provincial program for people who cannot use federally funded services. Workers help refugee claimants, temporary foreign workers, international students and naturalized citizens with housing, health coverage, school registration, work permits and referrals. Group workshops explain your rights at work.",
    ["settlement", "immigration"],
    "en es fa ar tl uk ru",
    "Refugee claimants, temporary foreign workers, international students and their families, and naturalized Canadian citizens living in BC.",
    "Free.",
    "Call or walk in. Bring your permit or refugee protection claimant document.",
    at="van-pacific",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("604-555-0103", description="Interpretation available")],
    email="bcsis",
)
svc(
    "vancouver",
    "pacific-housing-search",
    "van-pacific",
    "Housing Search Help for Newcomers",
    "Help to find and keep a place to rent: searching safely, spotting rental scams, what landlords can ask for, deposits and your tenancy agreement. We help you apply to the BC Housing Registry for subsidized housing and to a rent bank if you cannot pay this month's rent.",
    ["housing"],
    "en zh yue fa ar es",
    "Low-income newcomers living in Vancouver, any immigration status.",
    "Free.",
    "Call to book. Bring ID, proof of income and any papers from your landlord.",
    at="van-pacific",
    hours=[H("MO,TU,WE,TH", "09:00", "16:30")],
    phones=[P("604-555-0104")],
    email="housing",
)
svc(
    "vancouver",
    "pacific-tax-benefits",
    "van-pacific",
    "Free Tax Clinic and Benefits Help",
    "Volunteers from the CRA's Community Volunteer Income Tax Program file your tax return for free, including your first return in Canada. Filing every year is how you get the Canada Child Benefit, the GST/HST credit and the BC Family Benefit. Staff also help you apply for the Canada Child Benefit with form RC66.",
    ["benefits"],
    "en zh yue fa ar",
    "People with a modest income and a simple tax situation (for example, under $35,000 a year for one person).",
    "Free.",
    "Book by phone. Bring ID, your SIN, all tax slips, rent receipts and the date you arrived in Canada.",
    at="van-pacific",
    hours=[
        H("TU,TH", "10:00", "16:00", "Year-round by appointment."),
        H("SA", "10:00", "14:00", "March and April only."),
    ],
    phones=[P("604-555-0105")],
    email="tax",
)
svc(
    "vancouver",
    "pacific-income-assistance",
    "van-pacific",
    "Income Assistance Application Help",
    "Help to apply for BC income assistance or disability assistance, to understand letters from the Ministry, and to ask for a reconsideration if you were refused. Refugee claimants in BC can apply for income assistance while their claim is processed. Advocates can also help with crisis supplements for food, clothing or utility bills.",
    ["benefits"],
    "en zh fa ar es",
    "Low-income people living in Vancouver, including refugee claimants.",
    "Free.",
    "Call for an appointment and bring your ID, bank statements and any letters from the Ministry.",
    at="van-pacific",
    hours=[H("MO,WE,FR", "09:30", "16:30")],
    phones=[P("604-555-0106")],
)
svc(
    "vancouver",
    "pacific-marpole-outreach",
    "van-pacific",
    "Settlement Outreach in Marpole",
    "A settlement worker visited the Marpole outreach room every Thursday to help newcomers with forms, MSP, school registration and referrals.",
    ["settlement"],
    "en zh yue",
    "Newcomers living in Marpole and south Vancouver.",
    "Free.",
    "Drop in on Thursdays.",
    at="van-marpole",
    hours=[H("TH", "10:00", "15:00")],
    phones=[P("604-555-0100")],
    status="inactive",
    alert="This outreach ended on August 31, 2026. Please call our Kingsway office at 604-555-0100.",
)
svc(
    "vancouver",
    "fraser-evening-linc",
    "van-fraser",
    "Evening LINC English Classes",
    "Free part-time LINC English classes two evenings a week for newcomers who work or care for children during the day, at CLB levels 2 to 6. Classes focus on speaking at work, phone calls and writing e-mails. Online homework support is included.",
    ["language-classes"],
    "en",
    "Permanent residents and convention refugees aged 18 and over with a CLB assessment.",
    "Free.",
    "Bring your PR card or COPR and CLB results to registration on Tuesday evenings from 5:30 p.m.",
    at="van-fraser",
    hours=[H("TU,TH", "18:00", "21:00")],
    phones=[P("604-555-0111")],
    ages=(18, None),
    email="linc",
)
svc(
    "vancouver",
    "fraser-conversation-cafe",
    "van-fraser",
    "English Conversation Cafe",
    "A relaxed drop-in where you practise English over tea with volunteers and other newcomers. Small tables by level, with a new everyday topic each week. No registration and no test.",
    ["language-classes"],
    "en",
    "Everyone 16 and over, any immigration status, including refugee claimants, workers and students.",
    "Free.",
    "Just drop in on Saturday morning.",
    at="van-fraser",
    hours=[H("SA", "10:00", "12:00")],
    phones=[P("604-555-0110")],
    ages=(16, None),
)
svc(
    "vancouver",
    "fraser-swis",
    "van-fraser",
    "Settlement Workers in Schools (SWIS)",
    "Settlement workers based in south Vancouver schools help newcomer students and their families: registering for school, understanding report cards and parent-teacher meetings, after-school programs and summer camps. Workers also connect families with health care, housing and English classes.",
    ["youth", "settlement"],
    "en pa hi zh yue tl vi es",
    "Newcomer students from kindergarten to grade 12 and their families.",
    "Free.",
    "Ask your school office to connect you with the SWIS worker, or call us.",
    at="van-fraser",
    hours=[H(WEEKDAYS, "08:30", "16:00", "During the school year.")],
    phones=[P("604-555-0112")],
    ages=(5, 19),
    email="swis",
)
svc(
    "vancouver",
    "fraser-south-asian-women",
    "van-fraser",
    "South Asian Newcomer Women's Group",
    "A weekly group in Punjabi, Hindi and Urdu for newcomer women to meet, share and learn: health, money, safety at home, your rights at work, and services in Vancouver. Guest speakers include nurses and lawyers. Free child minding and snacks.",
    ["women", "settlement"],
    "en pa hi ur",
    "Newcomer women 18 and over, any immigration status.",
    "Free.",
    "Come on a Thursday morning or call to register.",
    at="van-fraser",
    hours=[H("TH", "10:00", "12:30")],
    phones=[P("604-555-0113")],
    ages=(18, None),
)
svc(
    "vancouver",
    "fraser-job-club",
    "van-fraser",
    "Saturday Newcomer Job Club",
    "A weekly volunteer-led job club where newcomers shared job leads, practised interviews and got feedback on resumes.",
    ["employment"],
    "en pa zh",
    "Newcomers looking for work.",
    "Free.",
    "Drop in on Saturdays.",
    at="van-fraser",
    hours=[H("SA", "13:00", "15:00")],
    phones=[P("604-555-0110")],
    status="inactive",
    alert="The job club stopped in September 2026. For job search help, contact Cedar Career Bridge at 604-555-0120.",
)
svc(
    "vancouver",
    "cedar-employment",
    "van-cedar",
    "Employment Services for Newcomers",
    "One-to-one job search coaching, Canadian-style resumes, interview practice and workshops on BC workplace culture and employment standards. Job developers connect you with employers who are hiring newcomers. We can also refer you to WorkBC for training funds.",
    ["employment"],
    "en zh fa ko es tl",
    "Newcomers legally entitled to work in Canada, including refugee claimants with a work permit.",
    "Free.",
    "Register for a Monday information session (in person or online), then meet an employment counsellor.",
    at="van-cedar",
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("WE", "17:00", "19:30", "Evening workshops.")],
    phones=[P("604-555-0120")],
)
svc(
    "vancouver",
    "cedar-credentials",
    "van-cedar",
    "Credential Recognition Navigation",
    "Advisors explain how to have your education and licence recognized in BC: which occupations are regulated, how to apply to bodies such as Engineers and Geoscientists BC or the BC College of Nurses and Midwives, and how to get a credential evaluation from the International Credential Evaluation Service (ICES). You leave with a step-by-step plan and ideas for related jobs while you work toward your licence.",
    ["credentials"],
    "en zh fa ko es ar ru",
    "Internationally trained people living in BC, any status that allows work.",
    "Free advice. Evaluation services and regulators charge their own fees.",
    "Book by phone or e-mail. Bring your diplomas, transcripts and licence from your home country.",
    at="van-cedar",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("604-555-0121")],
    email="credentials",
)
svc(
    "vancouver",
    "cedar-tech-bridging",
    "van-cedar",
    "Bridging to Tech Careers",
    "A 12-week bridging program for internationally trained software developers, IT and data professionals: Canadian workplace communication, agile teamwork, technical interview practice and a mentor in the industry. Most participants finish with a paid placement or a job offer.",
    ["credentials", "employment"],
    "en",
    "Permanent residents, protected persons and citizens with a degree and at least two years of IT experience outside Canada, and English at CLB 7 or higher.",
    "Free.",
    "Apply online; intakes in February, June and October. Shortlisted applicants do a short technical and language assessment.",
    at="van-cedar",
    hours=[H("MO,TU,WE,TH", "09:00", "15:00", "Program days.")],
    phones=[P("604-555-0122")],
    ages=(18, None),
    email="bridging",
)
svc(
    "vancouver",
    "cedar-resume-dropin",
    "van-cedar",
    "Resume and Interview Drop-in",
    "Bring your resume and get quick feedback from an employment counsellor, or practise answering common interview questions. Computers and a printer are available for job applications.",
    ["employment"],
    "en zh es",
    "Any newcomer looking for work.",
    "Free.",
    "No appointment: first come, first served.",
    at="van-cedar",
    hours=[H("TU,TH", "13:00", "16:00")],
    phones=[P("604-555-0120")],
)
svc(
    "vancouver",
    "eastvan-grocery-program",
    "van-eastvan",
    "Weekly Grocery Program - Commercial Drive and Hastings-Sunrise",
    "Free weekly groceries for people with low income: fresh vegetables and fruit, eggs, milk, bread, rice and pantry staples. Market-style pick-up where you choose what your family eats. Halal, vegetarian and gluten-free items available.",
    ["food"],
    "en zh yue vi es ar",
    "People with low income living in East Vancouver. No immigration status needed.",
    "Free.",
    "Register on your first visit with ID and proof of address if you have them. You will be served the first time even without documents.",
    sites={
        "van-eastvan-drive": [H("TU,TH", "12:00", "16:00")],
        "van-eastvan-hastings": [H("WE", "14:00", "18:00"), H("SA", "10:00", "13:00")],
    },
    phones=[P("604-555-0128")],
)
svc(
    "vancouver",
    "eastvan-cultural-food-boxes",
    "van-eastvan",
    "Culturally Familiar Food Boxes",
    "Monthly food boxes chosen with newcomer communities: halal boxes with meat, rice and lentils; Asian staple boxes with rice, noodles, tofu and greens; Latin American and vegetarian boxes. Delivery for seniors and people who cannot travel.",
    ["food"],
    "en zh yue ar fa es",
    "Low-income households in Vancouver, including refugee claimants. One box per household per month.",
    "Free.",
    "Call or text to register by the 20th of the month. Pick-up on Fridays at Commercial Drive.",
    at="van-eastvan-drive",
    hours=[H("FR", "10:00", "15:00", "Pick-up day.")],
    phones=[P("604-555-0129"), P("604-555-0130", "text", "Text to register")],
    email="foodboxes",
)
svc(
    "vancouver",
    "salal-community-meals",
    "van-salal",
    "Free Community Meals",
    "Free breakfast and lunch every day of the year, served by staff and volunteers. No ID or referral needed. Vegetarian option at every meal, and coffee, showers and a warm place to sit in the morning.",
    ["food"],
    "en es zh",
    "Everyone welcome.",
    "Free.",
    "Just come. Breakfast 8 to 9:30 a.m., lunch noon to 1:30 p.m.",
    at="van-salal",
    hours=[H(ALL_DAYS, "08:00", "09:30", "Breakfast."), H(ALL_DAYS, "12:00", "13:30", "Lunch.")],
    phones=[P("604-555-0132")],
)
svc(
    "vancouver",
    "granville-emergency-shelter",
    "van-granville",
    "Emergency Shelter - Downtown",
    "Emergency shelter beds for adults of all genders, open 24 hours, with dinner and breakfast, showers, laundry and storage. Outreach workers help with ID, income assistance, health care and finding housing. Refugee claimants welcome.",
    ["shelter"],
    "en es fa ar",
    "Adults 19 and over with nowhere to stay. Partners can stay together.",
    "Free.",
    "Call or come to the door at any time to ask about a bed tonight. If we are full, staff will call other shelters for you.",
    at="van-granville",
    hours=[H24()],
    phones=[P("604-555-0135", description="24-hour line")],
    ages=(19, None),
)
svc(
    "vancouver",
    "orca-transition-house",
    "van-orca",
    "Orca House - Transition House for Women and Children",
    "A safe, confidential transition house for women and their children leaving abuse, with a 24-hour line you can call or text. Support workers help with safety planning, protection orders, immigration questions, income assistance and housing. You can get help whatever your immigration status, including if your sponsor is the person hurting you.",
    ["shelter", "women"],
    "en zh pa fa es ar",
    "Women 19 and over (cis and trans) and their children experiencing violence or abuse, any immigration status.",
    "Free.",
    "Call or text at any time. The address is confidential and staff will arrange a safe way to get there. In an emergency, call 911.",
    at="van-orca-line",
    hours=[H24()],
    phones=[
        P("604-555-0138", description="24-hour line. Interpretation available"),
        P("604-555-0139", "text", "24-hour text line"),
    ],
    ages=(19, None),
)
svc(
    "vancouver",
    "skylight-youth-safe-house",
    "van-skylight",
    "Youth Safe House",
    "A safe house for young people aged 16 to 24, open 24 hours, with meals, a private bed and support from youth workers. Youth get help with school, work, health care and, for newcomer youth, immigration papers. LGBTQ2S+ youth are welcome.",
    ["shelter", "youth"],
    "en es fa ar",
    "Youth aged 16 to 24 with nowhere safe to stay, any immigration status.",
    "Free.",
    "Call, text or walk in any time.",
    at="van-skylight",
    hours=[H24()],
    phones=[
        P("604-555-0141", description="24-hour line"),
        P("604-555-0142", "text", "Text a youth worker"),
    ],
    ages=(16, 24),
)
svc(
    "vancouver",
    "renters-rights-line",
    "van-renters",
    "Renters' Rights Line and Eviction Help",
    "Free advice for tenants by phone, chat and e-mail: rent increases, repairs, deposits, and notices to end tenancy. If you get a 10-day notice for unpaid rent, you have only 5 days to pay or to apply for dispute resolution with the Residential Tenancy Branch, so call us right away. Advocates help you prepare for your hearing.",
    ["housing", "legal"],
    "en zh pa es fa",
    "Tenants anywhere in British Columbia.",
    "Free.",
    "Call, chat online or e-mail. Have your tenancy agreement and any notices ready.",
    at="van-renters-line",
    hours=[H(WEEKDAYS, "10:00", "16:00"), H("TU,TH", "17:00", "19:00", "Evening phone line.")],
    phones=[P("604-555-0145", description="Interpretation available")],
    email="advice",
    area=("British Columbia", "Tenants anywhere in British Columbia."),
)
svc(
    "vancouver",
    "renters-newcomer-workshops",
    "van-renters",
    "Tenant Rights Workshops for Newcomers",
    "Free two-hour workshops on renting in BC: tenancy agreements, deposits, rent increases and how to solve problems with a landlord.",
    ["housing"],
    "en zh pa",
    "Newcomers renting in BC.",
    "Free.",
    "Register by phone or e-mail.",
    at="van-fraser",
    hours=[H("WE", "18:00", "20:00")],
    phones=[P("604-555-0146")],
    assured="2022-10-04",
    sal_note="Workshops held at the Fraser Street Newcomer Centre.",
)
svc(
    "vancouver",
    "coastal-refugee-claims",
    "van-coastal",
    "Refugee Claim Support",
    "Free help for refugee claimants: understanding the process, filling in the Basis of Claim form, gathering evidence and preparing for your hearing at the Immigration and Refugee Board. We help you apply to Legal Aid BC so that a lawyer can represent you. If your claim was refused, contact us right away: appeal deadlines are short.",
    ["immigration", "legal"],
    "en es fa ar ti am tr",
    "Refugee claimants in Metro Vancouver, at any stage.",
    "Free.",
    "Call or walk in on Monday or Thursday morning, and bring every document you got from IRCC or CBSA.",
    at="van-coastal",
    hours=[
        H("MO,TH", "09:00", "12:00", "Walk-in intake."),
        H("TU,WE,FR", "09:00", "16:30", "By appointment."),
    ],
    phones=[P("604-555-0150", description="Interpretation available")],
)
svc(
    "vancouver",
    "coastal-legal-advice-clinic",
    "van-coastal",
    "Free Evening Legal Advice Clinic",
    "Free 30-minute legal advice on Tuesday evenings from law students supervised by lawyers: immigration, employment, tenancy, family and small claims. We also check whether you qualify for Legal Aid BC and refer you to the right service.",
    ["legal"],
    "en es zh",
    "People with low or modest income in Metro Vancouver.",
    "Free.",
    "Book an appointment by phone; a few walk-in spots from 5:30 p.m.",
    at="van-coastal",
    hours=[H("TU", "17:30", "20:30")],
    phones=[P("604-555-0151")],
    email="clinic",
)
svc(
    "vancouver",
    "mountainview-no-msp",
    "van-mountainview",
    "Health Care for People without MSP",
    "Doctors and nurse practitioners for people without Medical Services Plan (MSP) coverage, including refugee claimants waiting for Interim Federal Health papers, people without status and temporary workers without insurance. Visits, prenatal care, vaccines and basic tests are free. No BC Services Card needed, and we do not share your information with immigration authorities.",
    ["health"],
    "en es fa ar ti am zh",
    "People living in Vancouver without MSP or other health insurance. IFHP holders welcome.",
    "Free.",
    "Call at 8:30 a.m. for a same-day appointment, or come to the walk-in on Monday or Wednesday evening.",
    at="van-mountainview",
    hours=[H(WEEKDAYS, "08:30", "17:00"), H("MO,WE", "17:00", "19:30", "Walk-in evening clinic.")],
    phones=[P("604-555-0155", description="Interpretation available")],
    interpretation="Free phone interpreters in over 100 languages.",
)
svc(
    "vancouver",
    "mountainview-youth-sexual-health",
    "van-mountainview",
    "Youth and Sexual Health Clinic",
    "Confidential sexual health care: free birth control, emergency contraception, pregnancy tests, STI testing and treatment, and HIV PrEP. Friendly to youth and LGBTQ2S+ people. No BC Services Card needed.",
    ["health"],
    "en es zh",
    "People of all genders aged 12 and over.",
    "Free.",
    "Walk in on Saturday or call or text to book a weekday appointment.",
    at="van-mountainview",
    hours=[H("TU,TH", "13:00", "17:00"), H("SA", "10:00", "14:00", "Walk-in.")],
    phones=[P("604-555-0156"), P("604-555-0157", "text", "Text for appointments")],
    ages=(12, None),
    email="youthclinic",
)
svc(
    "vancouver",
    "mountainview-dental",
    "van-mountainview",
    "Low-Cost Dental Clinic",
    "Dental exams, cleanings, fillings and extractions for people with low income, with emergency slots every morning. Staff help you apply for the Canadian Dental Care Plan and for BC Healthy Kids dental coverage for children.",
    ["health"],
    "en zh yue es fa",
    "Low-income children and adults in Vancouver, with or without MSP.",
    "Sliding fee from $20 a visit. Free with IFHP or BC Healthy Kids coverage.",
    "Call at 8:30 a.m. for emergencies; other appointments by phone.",
    at="van-mountainview",
    hours=[H("MO,TU,WE,TH", "08:30", "16:30")],
    phones=[P("604-555-0158")],
    email="dental",
)
svc(
    "vancouver",
    "cambie-walk-in",
    "van-cambie",
    "Walk-in and Evening Clinic",
    "Walk-in clinic for everyday health problems, prescriptions and referrals, open until 9 p.m. on weekdays and on weekends. Doctors speak Mandarin, Cantonese, Korean, Farsi and Spanish. Visits are covered by MSP and IFHP.",
    ["health"],
    "en zh yue ko fa es",
    "Anyone. Bring your BC Services Card or IFHP certificate if you have one.",
    "Free with MSP or IFHP. Without coverage: $90 for a regular visit.",
    "Walk in or reserve a spot online the same day.",
    at="van-cambie",
    hours=[H(WEEKDAYS, "08:30", "21:00"), H("SA,SU", "10:00", "17:00")],
    phones=[P("604-555-0160")],
)
svc(
    "vancouver",
    "lighthouse-multilingual-counselling",
    "van-lighthouse",
    "Multilingual Counselling",
    "Short-term counselling for immigrants and refugees facing stress, anxiety, depression, family conflict or loss, in more than 15 languages. Counsellors understand the pressures of migration and settlement. In person, by phone or by video.",
    ["mental-health"],
    "en zh yue fa ar ko es pa vi ru",
    "Newcomers 16 and over living in Metro Vancouver, any immigration status.",
    "Free for up to 10 sessions; after that, a sliding fee from $10.",
    "Call for an intake conversation; most people are seen within three weeks. In a crisis, call or text 988, or call 911.",
    at="van-lighthouse",
    hours=[H("MO,TU,WE,TH", "09:00", "20:00"), H("FR", "09:00", "17:00")],
    phones=[P("604-555-0165", description="Interpretation available")],
    ages=(16, None),
)
svc(
    "vancouver",
    "lighthouse-refugee-trauma",
    "van-lighthouse",
    "Refugee Trauma Recovery Program",
    "Specialised counselling and support groups for refugees who survived war, torture or persecution, including art and play therapy for children. Clinicians can write reports for refugee hearings when appropriate. Interpreters are provided.",
    ["mental-health"],
    "en ar fa prs ps ti am es uk",
    "Refugees and refugee claimants of any age; children with a parent.",
    "Free.",
    "Call us yourself, or ask a doctor, lawyer or settlement worker to refer you.",
    at="van-lighthouse",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("604-555-0166", description="Interpretation available")],
    email="trauma",
)
svc(
    "vancouver",
    "wavelength-interpreters",
    "van-wavelength",
    "Interpreters for Appointments",
    "Trained interpreters for medical, school, legal and social service appointments, in person or by phone and video, in over 50 languages. Interpreters keep what they hear confidential. Health authorities and many agencies book interpreters at no cost to you: ask when you book your appointment.",
    ["interpretation"],
    "en zh yue pa fa prs ar ko vi tl es ti am so uk ru",
    "Individuals, clinics, schools and agencies in Metro Vancouver.",
    "Free for you when the clinic or agency books. Private bookings from $60 an hour.",
    "Ask the service you are visiting to book an interpreter, or call us two business days ahead.",
    at="van-wavelength",
    hours=[H(WEEKDAYS, "08:00", "18:00", "Booking line.")],
    phones=[P("604-555-0170")],
    email="bookings",
)
svc(
    "vancouver",
    "wavelength-translation",
    "van-wavelength",
    "Certified Document Translation",
    "Certified translations by STIBC-certified translators of birth and marriage certificates, diplomas, transcripts, driver's licences and police certificates, accepted by IRCC, ICBC and regulators. Most documents are ready in three to five business days.",
    ["interpretation"],
    "en zh fa ar ko vi es ru uk",
    "Anyone.",
    "$45 per page for standard certificates; half price for refugees and people on income assistance.",
    "E-mail a clear photo or scan, or bring the original to our office. You get a price before we start.",
    at="van-wavelength",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("604-555-0171")],
    email="translation",
)
svc(
    "vancouver",
    "littleharbour-family-dropin",
    "van-littleharbour",
    "Family Drop-in and Playgroups",
    "Free drop-in play for children from birth to 5 years with a parent or caregiver: stories, songs, crafts and a healthy snack. Staff share parenting information and can help you find a free StrongStart BC program at a nearby school. A good place for newcomer families to meet others.",
    ["child-care"],
    "en zh yue pa tl vi",
    "Children 0 to 5 with a parent, grandparent or caregiver who stays with them.",
    "Free.",
    "Just drop in.",
    at="van-littleharbour",
    hours=[H(WEEKDAYS, "09:30", "12:00"), H("SA", "10:00", "12:30")],
    phones=[P("604-555-0175")],
    ages=(0, 5),
)
svc(
    "vancouver",
    "littleharbour-child-care-help",
    "van-littleharbour",
    "Child Care Search and Affordable Child Care Benefit Help",
    "Help to find licensed child care, including $10 a Day ChildCareBC centres, and to apply for the Affordable Child Care Benefit, which lowers monthly fees for families with low or middle income. Staff explain waitlists and how to compare centres and family child care.",
    ["child-care", "benefits"],
    "en zh yue pa tl",
    "Families living in Vancouver with children under 13. The benefit depends on income and family situation.",
    "Free.",
    "Call to book an appointment. Bring your child's birth certificate, your immigration documents and your latest notice of assessment from the CRA.",
    at="van-littleharbour",
    hours=[H("TU,WE,TH", "09:30", "15:30")],
    phones=[P("604-555-0176")],
    email="childcare",
)
svc(
    "vancouver",
    "rainbow-harbour-peer-group",
    "van-rainbow",
    "LGBTQ2S+ Newcomer Peer Group",
    "A confidential peer support group for lesbian, gay, bisexual, trans, queer and two-spirit newcomers, refugees and refugee claimants. Meet others, share experiences, and get referrals to lawyers, health care and housing that are safe for LGBTQ2S+ people.",
    ["lgbtq"],
    "en es fa ar ru",
    "LGBTQ2S+ newcomers 19 and over in Metro Vancouver.",
    "Free.",
    "E-mail or call the coordinator before your first meeting.",
    at="van-rainbow",
    hours=[
        H("SA", "14:00", "17:00", "Peer group."),
        H("TU", "10:00", "16:00", "Coordinator available by phone."),
    ],
    phones=[P("604-555-0180")],
    ages=(19, None),
)
svc(
    "vancouver",
    "silvermaple-seniors-connect",
    "van-silvermaple",
    "Seniors Connect",
    "Weekday social and wellness programs for older immigrants: exercise, English practice, digital skills, outings and a hot lunch on Tuesdays. Staff help with Old Age Security, the Guaranteed Income Supplement and other seniors' benefits, and with MSP and BC Services Card questions.",
    ["seniors"],
    "en yue zh pa",
    "Adults 55 and over, any immigration status, including sponsored parents and grandparents.",
    "Free. Tuesday lunch is $4.",
    "Come in any weekday morning or call to register.",
    at="van-silvermaple",
    hours=[H(WEEKDAYS, "09:30", "15:30")],
    phones=[P("604-555-0185")],
    ages=(55, None),
)

# ---------------------------------------------------------------------------
# Calgary, AB (area code 403, postal codes T..)
# ---------------------------------------------------------------------------

org(
    "cal-prairie",
    "calgary",
    "Prairie Crossroads Newcomer Society",
    "A settlement agency in northeast Calgary helping immigrants and refugees with settlement, language assessment, refugee resettlement, youth programs, benefits and taxes.",
    "prairiecrossroads",
    "403-555-0100",
)
org(
    "cal-bowriver",
    "calgary",
    "Bow River Immigrant Learning Centre",
    "A downtown adult learning centre offering LINC English classes and conversation programs.",
    "bowriver-learning",
    "403-555-0110",
)
org(
    "cal-foothills",
    "calgary",
    "Foothills Career Bridge",
    "An employment and credential-recognition centre for newcomers and internationally educated professionals in Calgary.",
    "foothills-careerbridge",
    "403-555-0120",
)
org(
    "cal-pantry",
    "calgary",
    "International Avenue Community Pantry",
    "A volunteer food bank with pantries in Forest Lawn and Falconridge.",
    "intlave-pantry",
    "403-555-0128",
)
org(
    "cal-crescent",
    "calgary",
    "Crescent Relief Society of Calgary",
    "A charity that distributes halal food hampers and emergency help to families in need.",
    "crescent-relief",
    "403-555-0132",
)
org(
    "cal-riverfront",
    "calgary",
    "Riverfront Night Shelter",
    "An emergency shelter and free meal program for adults in East Village.",
    "riverfront-shelter",
    "403-555-0135",
)
org(
    "cal-aspen",
    "calgary",
    "Aspen Haven Women's Shelter",
    "An emergency shelter and 24-hour support line for women and children escaping family violence.",
    "aspenhaven",
    "403-555-0138",
)
org(
    "cal-northstar",
    "calgary",
    "Northstar Youth Shelter",
    "An emergency shelter and support program for youth aged 16 to 24.",
    "northstar-youth",
    "403-555-0141",
)
org(
    "cal-keystone",
    "calgary",
    "Keystone Tenant Resource Centre",
    "A non-profit giving Calgary tenants free advice on their rights and help finding affordable housing.",
    "keystone-tenants",
    "403-555-0145",
)
org(
    "cal-sunalta",
    "calgary",
    "Sunalta Community Legal Clinic",
    "A community legal clinic offering free legal advice and immigration and refugee legal help to people with low income.",
    "sunalta-legal",
    "403-555-0150",
)
org(
    "cal-eastside",
    "calgary",
    "Eastside Newcomer Health Clinic",
    "A clinic for refugees, newcomers and uninsured people in east Calgary, with sexual health services.",
    "eastside-health",
    "403-555-0155",
)
org(
    "cal-macleod",
    "calgary",
    "Macleod Trail Family Medical Clinic",
    "A family practice and walk-in clinic in south Calgary.",
    "macleodtrail-clinic",
    "403-555-0160",
)
org(
    "cal-kinship",
    "calgary",
    "Kinship Counselling Calgary",
    "A counselling agency offering mental health support to immigrants and refugees in many languages.",
    "kinship-counselling",
    "403-555-0165",
)
org(
    "cal-langbridge",
    "calgary",
    "Chinook Language Bridge Interpreting Co-op",
    "A co-operative of community interpreters and certified translators serving Calgary.",
    "chinook-languagebridge",
    "403-555-0170",
)
org(
    "cal-sprouts",
    "calgary",
    "Sprouts Family Resource Centre",
    "A family resource centre with playgroups for young children and help with child care and subsidies.",
    "sprouts-family",
    "403-555-0175",
)
org(
    "cal-opensky",
    "calgary",
    "Open Sky LGBTQ+ Newcomer Collective",
    "A peer collective supporting LGBTQ+ newcomers and refugees in Calgary.",
    "opensky-collective",
    "403-555-0180",
)
org(
    "cal-evergreen",
    "calgary",
    "Evergreen Newcomer Seniors Society",
    "A society offering social, wellness and benefits programs for older immigrants in northeast Calgary.",
    "evergreen-seniors",
    "403-555-0185",
)

loc(
    "cal-prairie",
    "cal-prairie",
    "Prairie Crossroads - Northeast office",
    "3320 36 Street NE",
    "Suite 125",
    "Sunridge",
    "T1Y 5T1",
    51.07791,
    -113.98402,
    hours=[H(WEEKDAYS, "08:30", "17:00"), H("TU,TH", "17:00", "20:00"), H("SA", "10:00", "14:00")],
    transport="Rundle CTrain station (Blue Line), 10 minutes' walk.",
)
loc(
    "cal-bowriver",
    "cal-bowriver",
    "Bow River Learning Centre - downtown",
    "815 8 Avenue SW",
    "Suite 300",
    "Downtown Commercial Core",
    "T2P 3P2",
    51.04631,
    -114.07892,
    hours=[H(WEEKDAYS, "08:30", "21:00"), H("SA", "09:00", "13:00")],
    transport="7 Street SW CTrain station, 3 minutes' walk.",
)
loc(
    "cal-foothills",
    "cal-foothills",
    "Foothills Career Bridge",
    "1111 11 Avenue SW",
    "Suite 200",
    "Beltline",
    "T2R 0G5",
    51.04263,
    -114.08537,
    hours=[H(WEEKDAYS, "08:30", "17:00")],
    transport="10 Street SW CTrain station, 8 minutes' walk.",
)
loc(
    "cal-pantry-forestlawn",
    "cal-pantry",
    "Community Pantry - Forest Lawn",
    "3515 17 Avenue SE",
    "",
    "Forest Lawn",
    "T2A 0R5",
    51.03748,
    -113.98452,
    hours=[H("TU,TH", "10:00", "15:00")],
    transport="MAX Purple bus to 36 Street SE.",
)
loc(
    "cal-pantry-falconridge",
    "cal-pantry",
    "Community Pantry - Falconridge",
    "95 Falshire Drive NE",
    "Unit 104",
    "Falconridge",
    "T3J 1P7",
    51.10478,
    -113.95183,
    hours=[H("WE", "16:00", "19:00"), H("SA", "10:00", "13:00")],
)
loc(
    "cal-crescent",
    "cal-crescent",
    "Crescent Relief Society - hamper warehouse",
    "6 Skyline Crescent NE",
    "Unit 12",
    "Skyline East",
    "T2K 5S6",
    51.09842,
    -114.03071,
    hours=[H("FR,SA", "10:00", "16:00")],
)
loc(
    "cal-riverfront",
    "cal-riverfront",
    "Riverfront Night Shelter",
    "615 4 Street SE",
    "",
    "East Village",
    "T2G 1Y4",
    51.04582,
    -114.05281,
    hours=[H24()],
    transport="City Hall CTrain station, 5 minutes' walk.",
)
vloc(
    "cal-aspen-line",
    "cal-aspen",
    "Aspen Haven 24-hour support line",
    "The shelter address is confidential. Staff arrange a safe way to get there.",
    "get-help",
)
loc(
    "cal-northstar",
    "cal-northstar",
    "Northstar Youth Shelter",
    "2108 Centre Street N",
    "",
    "Tuxedo Park",
    "T2E 2T4",
    51.07193,
    -114.06268,
    hours=[H24()],
    transport="Bus 3 on Centre Street.",
)
loc(
    "cal-keystone",
    "cal-keystone",
    "Keystone Tenant Resource Centre",
    "1228 Kensington Road NW",
    "Suite 210",
    "Hillhurst",
    "T2N 3P7",
    51.05302,
    -114.09481,
    hours=[H("MO,TU,WE,TH", "09:30", "16:30"), H("WE", "16:30", "19:00")],
    transport="Sunnyside CTrain station, 8 minutes' walk.",
)
loc(
    "cal-sunalta",
    "cal-sunalta",
    "Sunalta Community Legal Clinic",
    "1620 10 Avenue SW",
    "Main floor",
    "Sunalta",
    "T3C 0J8",
    51.04412,
    -114.09891,
    hours=[H(WEEKDAYS, "09:00", "16:30"), H("WE", "16:30", "20:30")],
    transport="Sunalta CTrain station, 3 minutes' walk.",
)
loc(
    "cal-eastside",
    "cal-eastside",
    "Eastside Newcomer Health Clinic",
    "4715 8 Avenue SE",
    "Unit 3",
    "Forest Lawn",
    "T2A 0A7",
    51.04453,
    -113.96648,
    hours=[H(WEEKDAYS, "08:30", "17:00"), H("TU,TH", "17:00", "19:30")],
)
loc(
    "cal-macleod",
    "cal-macleod",
    "Macleod Trail Family Medical Clinic",
    "8120 Macleod Trail SE",
    "Unit 4",
    "Kingsland",
    "T2H 0M1",
    50.97862,
    -114.07138,
    hours=[H(WEEKDAYS, "08:00", "21:00"), H("SA,SU", "09:00", "17:00")],
    transport="Heritage CTrain station, 10 minutes' walk.",
)
loc(
    "cal-kinship",
    "cal-kinship",
    "Kinship Counselling Calgary",
    "1010 1 Street SW",
    "Suite 400",
    "Beltline",
    "T2R 1K4",
    51.04268,
    -114.06358,
    hours=[H("MO,TU,WE,TH", "09:00", "20:00"), H("FR", "09:00", "17:00")],
    transport="Victoria Park/Stampede CTrain station, 10 minutes' walk.",
)
loc(
    "cal-langbridge",
    "cal-langbridge",
    "Chinook Language Bridge - office",
    "3015 12 Street NE",
    "Suite 108",
    "South Airways",
    "T2E 7J2",
    51.07918,
    -114.02213,
    hours=[H(WEEKDAYS, "09:00", "17:00")],
)
vloc(
    "cal-langbridge-remote",
    "cal-langbridge",
    "Chinook Language Bridge phone and video interpreting",
    "Interpreters join your appointment in person, by phone or by video.",
    "book",
)
loc(
    "cal-sprouts",
    "cal-sprouts",
    "Sprouts Family Resource Centre",
    "2936 Radcliffe Drive SE",
    "Unit 100",
    "Albert Park/Radisson Heights",
    "T2A 6M8",
    51.04247,
    -113.99958,
    hours=[H(WEEKDAYS, "09:00", "16:00"), H("SA", "10:00", "12:30")],
)
loc(
    "cal-opensky",
    "cal-opensky",
    "Open Sky Collective - Beltline",
    "322 11 Avenue SW",
    "Suite 5",
    "Beltline",
    "T2R 0C5",
    51.04212,
    -114.06912,
    hours=[H("TU,WE", "11:00", "17:00"), H("FR", "18:00", "21:00")],
)
loc(
    "cal-evergreen",
    "cal-evergreen",
    "Evergreen Newcomer Seniors Society",
    "515 Marlborough Way NE",
    "Unit 110",
    "Marlborough",
    "T2A 7E7",
    51.05641,
    -113.98088,
    hours=[H(WEEKDAYS, "09:00", "16:00"), H("SA", "10:00", "13:00")],
    transport="Marlborough CTrain station (Blue Line), 5 minutes' walk. Step-free entrance.",
)

svc(
    "calgary",
    "prairie-settlement",
    "cal-prairie",
    "Newcomer Settlement Services",
    "One-to-one help for your first years in Calgary: registering for the Alberta Health Care Insurance Plan (AHCIP), getting your SIN and an Alberta ID card, opening a bank account, registering children in school and preparing for winter. Settlement practitioners also help with PR card renewal and citizenship forms and refer you to English classes and jobs programs. Services in many languages.",
    ["settlement"],
    "en pa ur ar tl es prs am zh",
    "Permanent residents, protected persons and people approved in principle for PR. Refugee claimants and temporary residents get information and referral.",
    "Free.",
    "Walk in or call to book an appointment. Bring your immigration documents and passport.",
    at="cal-prairie",
    hours=[H(WEEKDAYS, "09:00", "17:00"), H("TU,TH", "17:00", "20:00", "Evening appointments.")],
    phones=[P("403-555-0100", description="Main line. Interpretation available")],
)
svc(
    "calgary",
    "prairie-language-assessment",
    "cal-prairie",
    "Language Assessment (CLB) and Class Referral",
    "A free English language assessment using the Canadian Language Benchmarks (CLB), needed before you can join LINC classes. An assessor checks listening, speaking, reading and writing, then helps you choose a full-time, part-time, evening or online class in Calgary.",
    ["language-classes", "settlement"],
    "en ar pa tl es prs",
    "Adults 18+ who are permanent residents, protected persons or approved in principle for PR.",
    "Free.",
    "Book by phone or online. Bring your PR card or COPR.",
    at="cal-prairie",
    hours=[H("MO,TU,WE,TH", "09:00", "16:00", "By appointment.")],
    phones=[P("403-555-0102")],
    ages=(18, None),
    email="assessment",
)
svc(
    "calgary",
    "prairie-refugee-resettlement",
    "cal-prairie",
    "Resettlement Support for Government-Assisted Refugees",
    "Support for government-assisted refugees in their first weeks under the federal Resettlement Assistance Program: airport reception, temporary housing, orientation to life in Calgary, help finding a permanent home and setting up bank accounts, health coverage and income support. Case workers then stay in touch during your first year.",
    ["settlement", "immigration"],
    "en ar prs ps ti am so sw uk",
    "Government-assisted refugees destined to Calgary, and privately sponsored refugees through their sponsors.",
    "Free.",
    "Refugees are referred by IRCC before arrival. Sponsors and families can call us with questions.",
    at="cal-prairie",
    hours=[H(WEEKDAYS, "08:30", "17:00")],
    phones=[P("403-555-0103", description="Interpretation available")],
    email="resettlement",
)
svc(
    "calgary",
    "prairie-services-en-francais",
    "cal-prairie",
    "Services d'établissement en français",
    "Accueil et accompagnement en français pour les personnes immigrantes francophones à Calgary : carte d'assurance maladie de l'Alberta, NAS, inscription des enfants dans une école francophone, logement et emploi. Nous vous mettons aussi en contact avec la communauté francophone de Calgary.",
    ["settlement"],
    "fr en ar ln sw",
    "Personnes immigrantes francophones ou bilingues vivant à Calgary, y compris les demandeurs d'asile pour l'information et les références.",
    "Gratuit.",
    "Prenez rendez-vous par téléphone ou présentez-vous le mardi après-midi.",
    at="cal-prairie",
    hours=[H("TU,TH", "12:00", "17:00")],
    phones=[P("403-555-0104")],
    lang="fr",
    email="francais",
)
svc(
    "calgary",
    "prairie-tax-clinic",
    "cal-prairie",
    "Free Tax Clinic",
    "Volunteers from the CRA's Community Volunteer Income Tax Program prepare your tax return for free, including your first return in Canada. Filing every year, even with no income, is how you get the Canada Child Benefit, the GST/HST credit and the Alberta Child and Family Benefit.",
    ["benefits"],
    "en pa ar tl es",
    "People with a modest income and a simple tax situation (for example, under $35,000 a year for one person).",
    "Free.",
    "Book by phone. Bring ID, your SIN, all tax slips, and the date you arrived in Canada.",
    at="cal-prairie",
    hours=[
        H("WE", "10:00", "16:00", "Year-round by appointment."),
        H("SA", "10:00", "14:00", "March and April only."),
    ],
    phones=[P("403-555-0105")],
    email="tax",
)
svc(
    "calgary",
    "prairie-income-support-help",
    "cal-prairie",
    "Help with Income Support and Family Benefits",
    "Help to apply for Alberta Income Support through Alberta Supports, the Canada Child Benefit (form RC66) and other benefits, and to understand letters from the government. If you were refused or cut off, we help you ask for a review or appeal. Refugee claimants can get help applying for Income Support.",
    ["benefits"],
    "en pa ur ar tl es",
    "Low-income newcomers living in Calgary, including refugee claimants.",
    "Free.",
    "Call for an appointment. Bring your ID, immigration documents, bank statements and any letters.",
    at="cal-prairie",
    hours=[H("MO,TU,WE,TH", "09:00", "16:00")],
    phones=[P("403-555-0106")],
)
svc(
    "calgary",
    "prairie-newcomer-youth",
    "cal-prairie",
    "Newcomer Youth Program",
    "After-school and Saturday programs for newcomer youth: homework help, English practice, sports, leadership training, first-job workshops and trips to explore Calgary. Youth workers also support youth who are struggling at school or at home.",
    ["youth"],
    "en ar pa tl so es",
    "Youth aged 12 to 24 who came to Canada in the last five years, any status.",
    "Free.",
    "Drop in after school or call or text the youth worker.",
    at="cal-prairie",
    hours=[H("TU,WE,TH", "15:30", "19:00"), H("SA", "11:00", "14:00")],
    phones=[P("403-555-0107"), P("403-555-0108", "text", "Text the youth worker")],
    ages=(12, 24),
    email="youth",
)
svc(
    "calgary",
    "bowriver-linc-fulltime",
    "cal-bowriver",
    "LINC Full-time English Classes",
    "Free full-time LINC English classes, five days a week, from literacy to CLB 7, with classes on workplace English and computer skills. Child minding is available for children 19 months to 6 years. Your CLB certificate can be used for citizenship.",
    ["language-classes"],
    "en",
    "Permanent residents and convention refugees aged 18 and over with a CLB assessment.",
    "Free, including child minding.",
    "Bring your PR card or COPR and CLB assessment results to registration. If you have no assessment, call Prairie Crossroads to book one.",
    at="cal-bowriver",
    hours=[H(WEEKDAYS, "09:00", "14:30")],
    phones=[P("403-555-0111")],
    ages=(18, None),
    email="linc",
)
svc(
    "calgary",
    "bowriver-linc-evening",
    "cal-bowriver",
    "LINC Evening and Saturday Classes",
    "Free part-time LINC English classes on two weekday evenings and Saturday mornings for newcomers who work during the day, at CLB levels 3 to 7. Classes focus on speaking at work, phone calls and writing e-mails.",
    ["language-classes"],
    "en",
    "Permanent residents and convention refugees aged 18 and over with a CLB assessment.",
    "Free.",
    "Register in person on Tuesday evenings from 5:30 p.m. with your PR card or COPR and CLB results.",
    at="cal-bowriver",
    hours=[H("TU,TH", "18:00", "21:00"), H("SA", "09:00", "12:00")],
    phones=[P("403-555-0112")],
    ages=(18, None),
    email="linc",
)
svc(
    "calgary",
    "bowriver-conversation-circle",
    "cal-bowriver",
    "English Conversation Circle",
    "A friendly weekly drop-in to practise speaking English with volunteers and other newcomers. Each week has a topic, from the weather to job interviews. No registration and no test.",
    ["language-classes"],
    "en",
    "Everyone 16 and over, any immigration status, including refugee claimants and temporary workers.",
    "Free.",
    "Just drop in on Wednesday evening.",
    at="cal-bowriver",
    hours=[H("WE", "18:30", "20:00")],
    phones=[P("403-555-0110")],
    ages=(16, None),
)
svc(
    "calgary",
    "bowriver-marlborough-cafe",
    "cal-bowriver",
    "Conversation Cafe at Marlborough",
    "A weekly English conversation cafe in northeast Calgary, held in the Evergreen seniors' room.",
    ["language-classes"],
    "en",
    "Everyone 16 and over.",
    "Free.",
    "Drop in on Mondays.",
    at="cal-evergreen",
    hours=[H("MO", "13:00", "14:30")],
    phones=[P("403-555-0110")],
    ages=(16, None),
    status="inactive",
    alert="This conversation cafe ended in May 2026. Please join the Wednesday circle downtown.",
    sal_note="Held at Evergreen Newcomer Seniors Society.",
)
svc(
    "calgary",
    "foothills-employment",
    "cal-foothills",
    "Employment Services for Newcomers",
    "Job search coaching, Canadian-style resumes, interview practice and workshops on Alberta workplace culture and employment standards. Job developers connect you with employers in construction, transportation, health care, energy and retail who are hiring.",
    ["employment"],
    "en pa ur ar tl es zh",
    "Newcomers legally allowed to work in Canada, including refugee claimants with a work permit.",
    "Free.",
    "Attend an information session on Monday at 10 a.m., in person or online, then book with an employment coach.",
    at="cal-foothills",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("403-555-0120")],
)
svc(
    "calgary",
    "foothills-credentials",
    "cal-foothills",
    "Credential Recognition and IQAS Help",
    "Advisors help you have your education and licence recognized in Alberta: applying for an International Qualifications Assessment Service (IQAS) certificate, working with regulators such as APEGA or the College of Registered Nurses of Alberta, and finding bridging programs and related jobs. You leave with a written plan.",
    ["credentials"],
    "en ar ur pa es zh",
    "Internationally educated people living in Alberta, any status that allows work.",
    "Free advice. IQAS and regulators charge their own fees; ask about the Alberta grants and loans for licensing costs.",
    "Book by phone or e-mail. Bring your diplomas, transcripts and licence.",
    at="cal-foothills",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("403-555-0121")],
    email="credentials",
)
svc(
    "calgary",
    "foothills-health-bridging",
    "cal-foothills",
    "Bridging Program for Internationally Educated Health Professionals",
    "A 16-week program for internationally educated nurses, pharmacists and lab technologists: Canadian health care practice, professional communication, exam preparation and a clinical observation placement. Participants also get help with their regulator's assessment and with finding health care jobs while they finish licensing.",
    ["credentials", "employment"],
    "en",
    "Permanent residents, protected persons and citizens with health education from outside Canada and English at CLB 7 or higher.",
    "Free. Transit passes for participants with low income.",
    "Apply online; intakes in January and September. Shortlisted applicants are invited to an interview.",
    at="cal-foothills",
    hours=[H("MO,TU,WE,TH", "08:30", "15:30", "Program days.")],
    phones=[P("403-555-0122")],
    ages=(18, None),
    email="bridging",
)
svc(
    "calgary",
    "foothills-readiness-workshops",
    "cal-foothills",
    "Employment Readiness Workshops",
    "A series of five workshops on job search basics in Alberta: resumes, cover letters, interviews, workplace safety and your first pay stub.",
    ["employment"],
    "en pa ar",
    "Newcomers looking for work.",
    "Free.",
    "Register by phone.",
    at="cal-foothills",
    hours=[H("TH", "13:00", "16:00")],
    phones=[P("403-555-0123")],
    assured="2024-04-08",
)
svc(
    "calgary",
    "pantry-community-food",
    "cal-pantry",
    "Community Pantry - Forest Lawn and Falconridge",
    "Free groceries every week: fresh produce, bread, eggs, milk, rice, flour, canned food and baby formula. You choose what your family needs from the shelves. Halal and vegetarian items available.",
    ["food"],
    "en pa ar tl es vi",
    "People with low income living in Calgary. No immigration status needed.",
    "Free.",
    "Register on your first visit. Bring ID and proof of address if you have them; you will be served the first time even without documents.",
    sites={
        "cal-pantry-forestlawn": [H("TU,TH", "10:00", "15:00")],
        "cal-pantry-falconridge": [H("WE", "16:00", "19:00"), H("SA", "10:00", "13:00")],
    },
    phones=[P("403-555-0128")],
)
svc(
    "calgary",
    "crescent-halal-hampers",
    "cal-crescent",
    "Halal Food Hampers",
    "Monthly halal food hampers for families in need, with halal meat, rice, lentils, flour, oil, dates and spices, and extra hampers during Ramadan. Volunteers deliver to seniors and families without a car.",
    ["food"],
    "en ar ur prs so pa",
    "Low-income households in Calgary, any faith or immigration status. One hamper per household per month.",
    "Free.",
    "Call or text to register by the 20th of the month and choose Friday or Saturday pick-up.",
    at="cal-crescent",
    hours=[H("FR,SA", "10:00", "16:00", "Pick-up days.")],
    phones=[P("403-555-0132"), P("403-555-0133", "text", "Text to register")],
)
svc(
    "calgary",
    "riverfront-hot-meals",
    "cal-riverfront",
    "Free Hot Meals",
    "Free hot breakfast and supper every day for anyone who is hungry, with no ID and no questions asked. Meals are served in the shelter's dining room, with a vegetarian option.",
    ["food"],
    "en es",
    "Everyone welcome.",
    "Free.",
    "Just come. Breakfast 7 to 8:30 a.m., supper 5 to 6:30 p.m.",
    at="cal-riverfront",
    hours=[H(ALL_DAYS, "07:00", "08:30", "Breakfast."), H(ALL_DAYS, "17:00", "18:30", "Supper.")],
    phones=[P("403-555-0136")],
)
svc(
    "calgary",
    "riverfront-emergency-shelter",
    "cal-riverfront",
    "Emergency Shelter for Adults",
    "Emergency beds for adults who have nowhere to sleep tonight, open 24 hours, with meals, showers, laundry and winter clothing. Staff help with ID, Income Support, health care and finding housing. Refugee claimants welcome.",
    ["shelter"],
    "en es ar ti am",
    "Adults 18 and over of all genders.",
    "Free.",
    "Come to the front desk or call at any time to ask about a bed.",
    at="cal-riverfront",
    hours=[H24()],
    phones=[P("403-555-0135", description="24-hour line")],
    ages=(18, None),
)
svc(
    "calgary",
    "aspen-womens-shelter",
    "cal-aspen",
    "Aspen Haven - Women's Emergency Shelter and 24-hour Line",
    "A confidential emergency shelter for women and their children escaping family violence, with a 24-hour line for support and safety planning. Staff help with emergency protection orders, legal and immigration questions, Income Support and finding housing. You can get help whatever your immigration status, including if your sponsor is the person hurting you.",
    ["shelter", "women"],
    "en pa ur ar es tl",
    "Women 18 and over (cis and trans) and their children experiencing abuse, any immigration status.",
    "Free.",
    "Call or text at any time. The address is confidential and staff will arrange a safe way to get there. In an emergency, call 911.",
    at="cal-aspen-line",
    hours=[H24()],
    phones=[
        P("403-555-0138", description="24-hour line. Interpretation available"),
        P("403-555-0139", "text", "24-hour text line"),
    ],
    ages=(18, None),
)
svc(
    "calgary",
    "northstar-youth-shelter",
    "cal-northstar",
    "Northstar Youth Shelter",
    "Emergency shelter for youth aged 16 to 24, open 24 hours, with meals, a safe bed and youth workers who help with school, jobs, health care and family conflict. Newcomer and LGBTQ2S+ youth are welcome.",
    ["shelter", "youth"],
    "en es ar so",
    "Youth aged 16 to 24 with nowhere safe to stay, any immigration status.",
    "Free.",
    "Call, text or walk in any time.",
    at="cal-northstar",
    hours=[H24()],
    phones=[
        P("403-555-0141", description="24-hour line"),
        P("403-555-0142", "text", "Text a youth worker"),
    ],
    ages=(16, 24),
)
svc(
    "calgary",
    "keystone-tenant-advice",
    "cal-keystone",
    "Tenant Advice and Eviction Help",
    "Free advice for tenants in Calgary on rent increases, repairs, security deposits, roommates and eviction notices under Alberta's Residential Tenancies Act. If you get a 14-day notice for unpaid rent, call right away: we explain your options and help you prepare for the Residential Tenancy Dispute Resolution Service (RTDRS) or court.",
    ["housing", "legal"],
    "en pa ar es tl",
    "Tenants living in Calgary.",
    "Free.",
    "Call or drop in. Have your lease and any notices ready.",
    at="cal-keystone",
    hours=[H("MO,TU,WE,TH", "09:30", "16:30"), H("WE", "16:30", "19:00", "Evening drop-in.")],
    phones=[P("403-555-0145", description="Interpretation available")],
)
svc(
    "calgary",
    "keystone-affordable-housing",
    "cal-keystone",
    "Affordable Housing Search Help",
    "Help to search for affordable rentals, fill in applications for subsidized and non-profit housing in Calgary, and avoid rental scams. Workers also explain deposits, inspection reports and what a landlord can ask from you.",
    ["housing"],
    "en pa ar es",
    "Low-income households in Calgary, including newcomers.",
    "Free.",
    "Call to book an appointment and bring proof of income and ID.",
    at="cal-keystone",
    hours=[H("TU,TH", "09:30", "16:30")],
    phones=[P("403-555-0146")],
    email="housing",
)
svc(
    "calgary",
    "sunalta-legal-advice",
    "cal-sunalta",
    "Free Legal Advice Clinic",
    "Free 30-minute legal advice from volunteer lawyers on Wednesday evenings: employment, family, landlord and tenant, debts, and immigration questions. Staff also check whether you qualify for Legal Aid Alberta and refer you to the right service.",
    ["legal"],
    "en es pa",
    "People with low income living in Calgary.",
    "Free.",
    "Call to book a Wednesday evening appointment; a few walk-in spots from 5:30 p.m.",
    at="cal-sunalta",
    hours=[H("WE", "17:30", "20:30")],
    phones=[P("403-555-0150")],
    email="clinic",
)
svc(
    "calgary",
    "sunalta-refugee-immigration",
    "cal-sunalta",
    "Refugee Claim and Immigration Legal Help",
    "Free legal help for refugee claimants and low-income people with immigration problems: preparing the Basis of Claim form, gathering evidence, getting ready for your Immigration and Refugee Board hearing, and applying to Legal Aid Alberta for a lawyer. We also advise on humanitarian applications and status problems.",
    ["immigration", "legal"],
    "en es ar prs ti am fr",
    "Refugee claimants and low-income non-citizens in Calgary and southern Alberta.",
    "Free.",
    "Call for intake; walk-in on Monday and Thursday mornings. Bring every document from IRCC or CBSA.",
    at="cal-sunalta",
    hours=[
        H("MO,TH", "09:00", "12:00", "Walk-in intake."),
        H("TU,WE,FR", "09:00", "16:30", "By appointment."),
    ],
    phones=[P("403-555-0151", description="Interpretation available")],
    email="immigration",
    area=("Calgary and southern Alberta", "People living in Calgary and southern Alberta."),
)
svc(
    "calgary",
    "eastside-newcomer-health",
    "cal-eastside",
    "Newcomer and Refugee Health Clinic",
    "Primary care for refugees, refugee claimants and newcomers without AHCIP coverage: health assessments, vaccines, prenatal care, chronic disease care and mental health referrals. Interim Federal Health Program (IFHP) coverage accepted. No Alberta health card needed.",
    ["health"],
    "en ar prs ps ti am so es",
    "Refugees, refugee claimants and newcomers in Calgary, with or without health coverage.",
    "Free.",
    "Call for an appointment; same-day visits for urgent problems. Bring your IFHP certificate or immigration documents if you have them.",
    at="cal-eastside",
    hours=[H(WEEKDAYS, "08:30", "17:00"), H("TU", "17:00", "19:30", "Evening clinic.")],
    phones=[P("403-555-0155", description="Interpretation available")],
    interpretation="Professional interpreters in person or by phone at no cost.",
)
svc(
    "calgary",
    "eastside-dental-days",
    "cal-eastside",
    "Low-Cost Dental Days",
    "Volunteer dentists provide check-ups, fillings and extractions one Saturday a month, and urgent dental care on Thursday afternoons. Staff help you apply for the Canadian Dental Care Plan.",
    ["health"],
    "en ar prs es",
    "Low-income children and adults in Calgary, including refugee claimants.",
    "Free or low cost: $10 for adults, free for children and IFHP holders.",
    "Call to book; urgent slots open at 12:30 p.m. on Thursdays.",
    at="cal-eastside",
    hours=[
        H("TH", "13:00", "16:30", "Urgent dental care."),
        H(
            "2SA",
            "09:00",
            "15:00",
            freq="MONTHLY",
            text="Second Saturday of the month, 9 a.m. to 3 p.m.: dental day.",
        ),
    ],
    phones=[P("403-555-0156")],
    email="dental",
)
svc(
    "calgary",
    "eastside-sexual-health",
    "cal-eastside",
    "Sexual Health Drop-in",
    "Confidential drop-in for birth control, emergency contraception, pregnancy tests and STI testing and treatment. Youth-friendly and LGBTQ2S+-friendly. No Alberta health card needed.",
    ["health"],
    "en ar es",
    "People of all genders aged 14 and over.",
    "Free.",
    "Walk in on Tuesday or Thursday evening, or call to book.",
    at="cal-eastside",
    hours=[H("TU,TH", "16:00", "19:30")],
    phones=[P("403-555-0157")],
    ages=(14, None),
)
svc(
    "calgary",
    "macleod-walk-in",
    "cal-macleod",
    "Walk-in Clinic",
    "Walk-in clinic for everyday illness and injuries, prescriptions and referrals, open evenings and weekends. Doctors speak Punjabi, Hindi, Urdu, Tagalog and Spanish. Visits are covered by AHCIP and IFHP.",
    ["health"],
    "en pa hi ur tl es",
    "Anyone. Bring your Alberta health card or IFHP certificate if you have one.",
    "Free with AHCIP or IFHP. Without coverage: $85 for a regular visit.",
    "Walk in or save a spot online the same day.",
    at="cal-macleod",
    hours=[H(WEEKDAYS, "08:00", "21:00"), H("SA,SU", "09:00", "17:00")],
    phones=[P("403-555-0160")],
)
svc(
    "calgary",
    "kinship-counselling",
    "cal-kinship",
    "Counselling in Your Language",
    "Short-term counselling for newcomers dealing with stress, anxiety, depression, grief, family conflict or the challenges of settling in Canada. Counsellors speak many languages and understand immigration. In person, by phone or by video.",
    ["mental-health"],
    "en ar pa ur es tl zh fa",
    "Newcomers 16 and over living in Calgary, any immigration status.",
    "Free for newcomers in their first five years; others pay a sliding fee from $10 a session.",
    "Call for an intake conversation; the wait is usually two to three weeks. In a crisis, call or text 988, or call 911.",
    at="cal-kinship",
    hours=[H("MO,TU,WE,TH", "09:00", "20:00"), H("FR", "09:00", "17:00")],
    phones=[P("403-555-0165", description="Interpretation available")],
    ages=(16, None),
)
svc(
    "calgary",
    "kinship-refugee-trauma",
    "cal-kinship",
    "Refugee Trauma and Resilience Groups",
    "Support groups and individual counselling for refugees who survived war, torture or persecution, with separate groups for women, men and teens. Sessions include practical tools for sleep, stress and parenting after trauma. Interpreters are provided.",
    ["mental-health"],
    "en ar prs ps ti am so uk",
    "Refugees and refugee claimants 13 and over; younger children through family sessions.",
    "Free.",
    "Call us yourself, or ask a doctor, settlement worker or lawyer to refer you.",
    at="cal-kinship",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("403-555-0166", description="Interpretation available")],
    email="trauma",
)
svc(
    "calgary",
    "langbridge-interpreters",
    "cal-langbridge",
    "Interpreters for Appointments",
    "Community and medical interpreters for doctor visits, school meetings, social services and legal appointments, in person, by phone or by video, in over 40 languages. Interpreters keep everything confidential. Many clinics, schools and agencies book interpreters at no cost to you.",
    ["interpretation"],
    "en ar pa ur prs ps ti am so tl es zh vi uk ne",
    "Individuals, clinics, schools and agencies in Calgary.",
    "Free for you when the clinic or agency books. Private bookings from $55 an hour.",
    "Ask the service you are visiting to book an interpreter, or call us two business days ahead.",
    at="cal-langbridge-remote",
    hours=[H(WEEKDAYS, "08:00", "18:00", "Booking line.")],
    phones=[P("403-555-0170")],
    email="bookings",
)
svc(
    "calgary",
    "langbridge-translation",
    "cal-langbridge",
    "Certified Document Translation",
    "Certified translations by ATIA-certified translators of birth and marriage certificates, diplomas, transcripts, driver's licences and police certificates, accepted by IRCC, Alberta registries and IQAS. Most documents are ready in three to five business days.",
    ["interpretation"],
    "en ar fr es zh pa ur prs uk",
    "Anyone.",
    "$40 per page for standard certificates; half price for refugees and people on Income Support.",
    "E-mail a clear photo or scan, or bring the original to our office. You get a price before we start.",
    at="cal-langbridge",
    hours=[H(WEEKDAYS, "09:00", "17:00")],
    phones=[P("403-555-0171")],
    email="translation",
)
svc(
    "calgary",
    "sprouts-family-playgroups",
    "cal-sprouts",
    "Family Drop-in Playgroups",
    "Free drop-in playgroups for children from birth to 6 years with a parent or caregiver: play, songs, stories, snacks and parenting tips. Staff can connect newcomer families with child care, kindergarten registration and other family services.",
    ["child-care"],
    "en ar pa tl es",
    "Children 0 to 6 with a parent or caregiver who stays with them.",
    "Free.",
    "Just drop in.",
    at="cal-sprouts",
    hours=[H(WEEKDAYS, "09:30", "12:00"), H("SA", "10:00", "12:30")],
    phones=[P("403-555-0175")],
    ages=(0, 6),
)
svc(
    "calgary",
    "sprouts-child-care-subsidy",
    "cal-sprouts",
    "Child Care Subsidy Help",
    "Help to find licensed child care in Calgary and to apply for the Alberta Child Care Subsidy, which lowers fees for families based on income. Staff explain how affordability grants already reduce fees at licensed centres, how waitlists work, and how to compare daycare and family day homes.",
    ["child-care", "benefits"],
    "en ar pa tl es",
    "Families living in Calgary with children not yet in grade 7. The subsidy depends on income and on parents working, studying or looking for work.",
    "Free.",
    "Call to book an appointment and bring your child's birth certificate, your immigration documents and your latest CRA notice of assessment.",
    at="cal-sprouts",
    hours=[H("TU,WE,TH", "09:30", "15:30")],
    phones=[P("403-555-0176")],
    email="childcare",
)
svc(
    "calgary",
    "opensky-lgbtq-dropin",
    "cal-opensky",
    "LGBTQ+ Newcomer Drop-in",
    "A Friday evening drop-in and peer support group for LGBTQ+ newcomers, refugees and refugee claimants, with one-to-one help during the week from a settlement worker. We refer people to lawyers experienced in refugee claims based on sexual orientation and gender identity, and to safe health care and housing.",
    ["lgbtq", "settlement"],
    "en es ar fa ru",
    "LGBTQ+ newcomers 18 and over in Calgary, any immigration status.",
    "Free.",
    "Drop in on Friday evening, or e-mail to book a confidential meeting.",
    at="cal-opensky",
    hours=[
        H("FR", "18:00", "21:00", "Drop-in and peer group."),
        H("TU,WE", "11:00", "17:00", "Settlement worker by appointment."),
    ],
    phones=[P("403-555-0180")],
    ages=(18, None),
)
svc(
    "calgary",
    "evergreen-seniors-program",
    "cal-evergreen",
    "Newcomer Seniors Program",
    "Weekday activities for older immigrants: English conversation, chair yoga, computer help, outings and a shared lunch on Thursdays. Staff help you apply for Old Age Security, the Guaranteed Income Supplement and the Alberta Seniors Benefit.",
    ["seniors"],
    "en pa ur hi zh tl",
    "Adults 55 and over, any immigration status, including sponsored parents and grandparents.",
    "Free. Thursday lunch is $3.",
    "Drop in any weekday or call to register.",
    at="cal-evergreen",
    hours=[H(WEEKDAYS, "09:30", "15:30")],
    phones=[P("403-555-0185")],
    ages=(55, None),
)


if __name__ == "__main__":
    sys.exit(main())
