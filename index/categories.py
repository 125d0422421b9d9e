"""Our plain service categories and the populations a service may be for.

Each maps to AIRS taxonomy code prefixes as they occur in 211 records, and to words
that mean the same in category names or eligibility text (English and French).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CATEGORIES", "POPULATIONS", "Category", "Population"]


@dataclass(frozen=True)
class Category:
    label: str
    airs_prefixes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # other category names meaning the same, any language


@dataclass(frozen=True)
class Population:
    airs_prefixes: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # looked for as whole words in the eligibility text


# Our plain categories (the codes of the demo data's "waypoint-categories" taxonomy).
# The AIRS prefixes are codes as they occur in 211 records, not a copy of the taxonomy.
CATEGORIES: dict[str, Category] = {
    "language-classes": Category("Language classes", ("HH-0500.8000",), ("ESL", "LINC")),
    "settlement": Category("Settlement help", ("PH-1450",), ("Settlement services",)),
    "employment": Category("Jobs and employment", ("ND",), ("Employment",)),
    "credentials": Category("Credential recognition"),
    "benefits": Category("Benefits and taxes", ("NL", "NS", "FT-1000", "DT-8800")),
    "housing": Category("Housing and tenant help", ("BH", "FT-4500"), ("Housing",)),
    "shelter": Category("Shelter", ("BH-1800", "BH-1850", "BH-8600"), ("Emergency shelter",)),
    "food": Category("Food", ("BD",), ("Food banks",)),
    "health": Category("Health care", ("L",), ("Health",)),
    "mental-health": Category("Mental health", ("RP", "RM", "RR")),
    "legal": Category("Legal help", ("FT",), ("Legal services",)),
    "immigration": Category("Immigration help", ("FT-3500", "FT-3600")),
    "interpretation": Category("Interpretation and translation", ("PH-3500",)),
    "child-care": Category("Child care", ("PH-1250", "NL-3000.1500")),
    "women": Category("Women"),
    "youth": Category("Youth"),
    "seniors": Category("Seniors"),
    "lgbtq": Category("LGBTQ+", ("PN-8100.4500-240",), ("LGBTQ2S+",)),
}

POPULATIONS: dict[str, Population] = {
    "refugees": Population(
        ("YE-7000",),
        ("refugee", "refugee claimant", "asylum", "asylum seeker", "protected person")
        + ("réfugié", "réfugiée", "demandeur d'asile", "demandeurs d'asile"),
    ),
    "immigrants": Population(
        ("YE-3300", "YE-2000"),
        ("immigrant", "newcomer", "new to canada", "permanent resident")
        + ("personnes immigrantes", "nouveaux arrivants", "nouvelles arrivantes"),
    ),
    "undocumented": Population(
        ("YE-9000",),
        ("undocumented", "without status", "any immigration status", "sans statut"),
    ),
    "seniors": Population(
        ("YB-8000",),
        ("senior", "older adult", "55 and over", "60 and over", "65 and over", "55+", "65+")
        + ("aînés", "personnes âgées"),
    ),
    "youth": Population(("YB-9500", "YB-9000"), ("youth", "young people", "teen", "jeunes")),
    "children": Population(("YB-9500.1500",), ("children", "child", "kids", "enfants")),
    "women": Population((), ("women", "woman", "mothers", "femmes")),
    "lgbtq": Population((), ("lgbt", "lgbtq", "lgbtq+", "2slgbtq+", "lgbtq2s+", "queer")),
    "disabilities": Population(("YF",), ("disability", "disabilities", "handicap")),
}
