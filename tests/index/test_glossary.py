"""Questions in any supported language are searched with the English words of their needs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from index.glossary import GLOSSARY_DIR, expand_query, load_glossary

LANGUAGES = ("en", "fr", "ar", "fa", "es", "zh", "uk", "pa", "tl", "hi", "ur", "so", "ti")


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("Où trouver un dentiste pas cher ?", "dentist"),
        ("Necesito un abogado de inmigración", "legal"),
        ("أين أجد بنك الطعام؟", "food"),
        ("کجا می‌توانم کلاس زبان انگلیسی پیدا کنم؟", "english_classes"),
        ("哪里有免费的英语课？", "english_classes"),
        ("Де знайти притулок на ніч?", "shelter"),  # "притулок" matched as a word beginning
        ("ਮੈਨੂੰ ਵਕੀਲ ਚਾਹੀਦਾ ਹੈ", "legal"),
        ("Saan may libreng pagkain?", "food"),
        ("मुझे नौकरी चाहिए", "employment"),
        ("مجھے وکیل چاہیے", "legal"),
        ("Xaggee ka heli karaa cuntada bilaashka ah?", "food"),  # "cunt" + Somali ending
        ("ሓኪም ስኒ ኣበይ ይርከብ?", "dentist"),
    ],
)
def test_each_language_names_its_needs(question, concept):
    assert concept in load_glossary().concepts_in(question)


def test_the_question_is_kept_and_english_words_are_added():
    expanded = expand_query("Waxaan u baahanahay dhakhtarka ilkaha")
    assert expanded.startswith("Waxaan u baahanahay dhakhtarka ilkaha (")
    assert "dentist" in expanded


def test_a_question_naming_no_need_is_searched_as_written():
    assert expand_query("qwpoe zzkx") == "qwpoe zzkx"


def test_words_inside_other_words_do_not_match_in_latin_scripts():
    # "ESL" is an English-class word; "Breslau" must not count as one.
    assert "english_classes" not in load_glossary().concepts_in("a bakery in Breslau")


def test_persian_zero_width_non_joiner_and_arabic_letter_forms_are_equivalent():
    glossary = load_glossary()
    assert "shelter" in glossary.concepts_in("من بی\u200cخانمان هستم")
    assert "shelter" in glossary.concepts_in("من بي خانمان هستم")  # Arabic yeh


def test_every_language_file_covers_the_english_concepts():
    english = _concepts(GLOSSARY_DIR / "en.yml")
    for language in LANGUAGES:
        path = GLOSSARY_DIR / f"{language}.yml"
        assert _concepts(path) == english, f"{path.name} does not have the concepts of en.yml"


def test_a_concept_missing_from_english_is_reported(tmp_path):
    (tmp_path / "en.yml").write_text("food: [food bank]\n")
    (tmp_path / "fr.yml").write_text("food: [banque alimentaire]\nshelter: [refuge]\n")
    with pytest.raises(ValueError, match="shelter"):
        load_glossary(tmp_path)


def _concepts(path: Path) -> set[str]:
    return {k for k in yaml.safe_load(path.read_text(encoding="utf-8")) if not k.startswith("_")}


@pytest.mark.parametrize(
    ("question", "not_concept"),
    [
        ("टोरंटो में मुफ़्त अंग्रेज़ी कक्षाएँ कहाँ मिलती हैं?", "addiction"),  # "लत" in "मिलती"
        ("ٹورنٹو میں مفت انگریزی کلاسیں کہاں ملتی ہیں؟", "addiction"),  # "لت" in "ملتی"
        ("Où puis-je suivre des cours d'anglais ?", "adult_education"),  # the article "des"
    ],
)
def test_an_entry_inside_another_word_does_not_count(question, not_concept):
    assert not_concept not in load_glossary().concepts_in(question)
