"""Hostile text for every fuzz target: every script, emoji, control characters, NUL."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["SCRIPTS", "control_text", "hostile_text", "json_values", "xml_safe"]

# A line in each script our users write, plus the Unicode that breaks naive code:
# Persian's zero-width non-joiner, right-to-left override, combining marks, ZWJ emoji
# sequences, flags, a byte-order mark, the replacement character.
SCRIPTS = [
    "أين أتعلم الإنجليزية مجانا؟",
    "کلاس‌های زبان انگلیسی رایگان",
    "مفت انگریزی کلاسیں کہاں ہیں؟",
    "ਮੁਫ਼ਤ ਅੰਗਰੇਜ਼ੀ ਕਲਾਸਾਂ",
    "ናይ ምግቢ ባንክ ኣበይ ኣሎ?",
    "Xagee baan ka heli karaa cunto?",
    "免费英语课在哪里？",
    "Где бесплатные курсы английского?",
    "¿Dónde hay clases de inglés gratis?",
    "Où trouver des cours d'anglais gratuits ?",
    "मुफ़्त अंग्रेज़ी कक्षाएँ",
    "שיעורי אנגלית בחינם",
    "無料の英語クラス",
    "무료 영어 수업",
    "Lớp học tiếng Anh miễn phí",
    "👩🏽‍👩🏽‍👧🏽 🇨🇦 🏳️‍🌈 ❤️‍🔥",
    "e\u0301\u0302\u0303 Z\u0334\u0322\u031ba\u0336l\u0338g\u0334o",
    "\u202eevil\u202c \u200b\u200c\u200d \ufeff \ufffd",
    "<script>alert(1)</script> ' \" & %s {0} ${x} \\",
]

control_text = st.text(
    st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from(["\x7f", "\x85", "\x9f"]),
    min_size=1,
    max_size=8,
)

hostile_text = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=60),
    st.sampled_from(SCRIPTS),
    st.lists(st.sampled_from(SCRIPTS) | control_text, min_size=1, max_size=4).map(" ".join),
)

# Any JSON value, nested a little, with hostile strings.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def xml_safe(text: str) -> str:
    """`text` without what XML 1.0 cannot carry at all (C0 controls, U+FFFE, U+FFFF)."""
    return "".join(ch for ch in text if ch in "\t\n\r" or (ch >= " " and ch not in "\ufffe\uffff"))
