"""Unanswered questions grouped by topic, for the agency's "unmet needs" reports.

The topics are the concepts of the project's multilingual service glossary
(index/glossary.py: the same words that expand search queries, in 13 languages),
named by their first English words ("housing", "medical clinic"). Stems below catch
a few common words the glossary leaves out. A question that matches nothing is
"other" and still listed, so nothing asked is hidden from the report.
"""

from __future__ import annotations

from index.glossary import fold, load_glossary

__all__ = ["OTHER", "topic_of"]

OTHER = "other"

# concept -> word beginnings, compared folded (lower case, no accents).
_EXTRA_STEMS: dict[str, tuple[str, ...]] = {
    "employment": ("job", "work", "emploi", "travail", "trabajo", "empleo", "عمل", "وظيف"),
    "food": ("food", "hungry", "comida", "nourriture", "طعام"),
    "housing": ("rent", "apartment", "logement", "loyer", "vivienda", "alquiler", "سكن"),
    "doctor": ("doctor", "clinic", "medico", "medecin", "طبيب"),
}


def topic_of(question: str) -> str:
    glossary = load_glossary()
    concepts = glossary.concepts_in(question)
    if not concepts:
        text = fold(question)
        concepts = [c for c, stems in _EXTRA_STEMS.items() if any(s in text for s in stems)]
    return glossary.english[concepts[0]][0] if concepts else OTHER
