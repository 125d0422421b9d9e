"""Unanswered questions grouped by topic, for the agency's "unmet needs" reports.

Cheap on purpose: keyword stems per topic in the languages Waypoint serves most,
matched on the folded, lower-cased question. A question that matches nothing is
"other" and is still listed, so nothing asked is hidden from the report.
"""

from __future__ import annotations

import unicodedata

__all__ = ["TOPICS", "topic_of"]

TOPICS: dict[str, tuple[str, ...]] = {
    "Housing and shelter": (
        "hous", "rent", "apartment", "shelter", "landlord", "evict", "logement", "loyer",
        "refuge", "vivienda", "alquiler", "سكن", "ايجار", "إيجار", "مسكن", "خانه", "اجاره",
        "住房", "租", "житло", "оренд",
    ),
    "Food": (
        "food", "hungry", "meal", "grocer", "nourriture", "banque alimentaire", "faim",
        "comida", "alimento", "طعام", "اكل", "غذا", "食物", "їжа", "продукт",
    ),
    "Language classes": (
        "english", "french class", "linc", "esl", "clic", "cours de fran", "anglais",
        "clases de ingl", "انجليزي", "إنجليزي", "انگلیسی", "英语", "англійськ",
    ),
    "Health": (
        "doctor", "clinic", "health", "hospital", "dentist", "medic", "ohip", "médecin",
        "santé", "clinique", "salud", "médico", "طبيب", "صحة", "دکتر", "پزشک", "医生",
        "лікар",
    ),
    "Work": (
        "job", "work", "employ", "resume", "career", "emploi", "travail", "trabajo",
        "empleo", "عمل", "وظيف", "کار", "工作", "робот",
    ),
    "Immigration and legal": (
        "immigra", "visa", "permit", "refugee", "asylum", "lawyer", "legal", "ircc", "pr card",
        "avocat", "réfugié", "permis", "abogado", "refugiado", "لاجئ", "محامي", "اقامة",
        "پناه", "وکیل", "律师", "签证", "біжен", "адвокат",
    ),
    "Money and benefits": (
        "money", "benefit", "tax", "bank", "welfare", "child benefit", "argent", "impôt",
        "prestation", "dinero", "impuesto", "مال", "ضريب", "پول", "钱", "гроші",
    ),
    "Children and school": (
        "school", "child", "daycare", "kid", "école", "enfant", "garderie", "escuela",
        "niño", "مدرس", "اطفال", "أطفال", "بچه", "学校", "孩子", "школ", "дит",
    ),
}


def topic_of(question: str) -> str:
    text = _fold(question)
    for topic, stems in TOPICS.items():
        if any(_fold(stem) in text for stem in stems):
            return topic
    return "Other"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()
