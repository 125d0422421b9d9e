"""Crisis and licensed-professional phrases, in the 13 languages, whatever the spelling."""

from __future__ import annotations

import pytest

from handoff.triggers import detect_crisis, detect_professional, lexicon_languages

LANGUAGES = ("en", "fr", "ar", "fa", "es", "zh", "uk", "pa", "tl", "hi", "ur", "so", "ti")

CRISIS = {
    "en": "I want to KILL MYSELF tonight",
    "fr": "Je veux mettre fin à mes jours",
    "ar": "أريد أن أموت، لا أستطيع التحمل",
    "fa": "می‌خواهم خودکشی کنم",
    "es": "Mi esposo me pega todos los días",
    "zh": "我不想活了",
    "uk": "Я хочу померти",
    "pa": "ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ",
    "tl": "Gusto ko nang mamatay",
    "hi": "मैं आत्महत्या करना चाहता हूँ",
    "ur": "میں خودکشی کرنا چاہتا ہوں",
    "so": "Waxaan rabaa inaan is dilo",
    "ti": "ርእሰይ ክቐትል ደልየ ኣለኹ",
}

ORDINARY = {
    "en": "Where can I take free English classes in Toronto?",
    "fr": "Où trouver une banque alimentaire ?",
    "ar": "أين أجد دروس اللغة الإنجليزية المجانية؟",
    "zh": "哪里有免费的英语课？",
    "ti": "ናይ እንግሊዝኛ ትምህርቲ ኣበይ ይርከብ?",
    "so": "Xaggee baan ka heli karaa fasallo Ingiriisi oo bilaash ah?",
}


def test_every_supported_language_has_a_lexicon():
    assert set(LANGUAGES) <= set(lexicon_languages())


@pytest.mark.parametrize("language", LANGUAGES)
def test_crisis_is_caught_in_every_language(language):
    assert detect_crisis(CRISIS[language])


@pytest.mark.parametrize("language", sorted(ORDINARY))
def test_ordinary_questions_are_not_a_crisis(language):
    assert not detect_crisis(ORDINARY[language])


@pytest.mark.parametrize(
    "text", ["suicidal thoughts", "SUICIDE", "Je suis en DANGER", "مرا   کتک میزند"]
)
def test_case_accents_and_spacing_do_not_matter(text):
    assert detect_crisis(text)


def test_arabic_kaf_and_yeh_variants_match_the_persian_spelling():
    assert detect_crisis("خودكشي")  # Arabic kaf and yeh typed for Persian


def test_a_phrase_must_start_a_word():
    assert not detect_crisis("I am on a diet")
    assert not detect_crisis("the prediction was wrong")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Can I be deported if my claim is refused?", "legal"),
        ("J'ai besoin d'un avocat en immigration", "legal"),
        ("What medicine should I give my son for fever?", "medical"),
        ("هل انا حامل؟", "medical"),
        ("Where is the nearest food bank?", None),
        ("Est-ce que je vais être expulsé du Canada ?", "legal"),
        # An eviction is a housing question the bot answers, in French as in English.
        ("mon propriétaire veut m'expulser, qui peut m'aider ?", None),
        ("my landlord wants to evict me, who can help", None),
    ],
)
def test_professional_questions_are_told_apart(text, kind):
    assert detect_professional(text) == kind
