"""Exports redact phone numbers, emails and Canadian identifiers, and keep the rest."""

from __future__ import annotations

import re

import pytest

from staff.redaction import redact, redact_value


@pytest.mark.parametrize(
    "text, label",
    [
        ("call me at 416-555-0199 please", "[phone]"),
        ("mon numéro: (514) 555 0142", "[phone]"),
        ("WhatsApp +1 604 555 0100", "[phone]"),
        ("call 555-0199 after 5", "[phone]"),
        ("رقمي +44 20 7946 0958", "[phone]"),
        ("write to ana.silva+work@example.org", "[email]"),
        ("my SIN is 046 454 286", "[SIN]"),
        ("SIN: 046-454-286", "[SIN]"),
        ("SIN 046454286", "[SIN]"),
        ("UCI 1234-5678", "[UCI]"),
        ("UCI 12-3456-7890", "[UCI]"),
        ("my UCI is 12345678", "[UCI]"),
        ("UCI 1234567890 ok", "[UCI]"),
        ("client ID: 12345678", "[UCI]"),
        ("reference 12345678", "[number]"),
        ("OHIP 1234-567-890-AB", "[health card]"),
        ("carte RAMQ SILA 8501 1512", "[health card]"),
        ("BC PHN 9876 543 210", "[health card]"),
        ("Alberta health number 12345-6789", "[health card]"),
        ("my health card is 1234 567 890 AB", "[health card]"),
    ],
)
def test_personal_numbers_are_replaced_by_a_label(text, label):
    redacted = redact(text)
    assert label in redacted
    assert not re.search(r"\d{3}", redacted), redacted


@pytest.mark.parametrize(
    "text",
    [
        "Where are free English classes in Toronto?",
        "I need a food bank open on Saturday at 10:30",
        "أحتاج إلى طبيب للأطفال",
        "I arrived in 2024 with 3 children",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


def test_redaction_leaves_no_digit_of_the_identifier():
    out = redact("SIN 046 454 286, phone 416 555 0199, mail a@b.ca, card 1234-567-890-AB")
    assert not any(ch.isdigit() for ch in out), out


def test_redact_value_walks_lists_and_dicts_and_keeps_numbers():
    data = {"q": ["call 416-555-0199"], "score": 0.8, "nested": {"m": "x@y.org"}}
    assert redact_value(data) == {"q": ["call [phone]"], "score": 0.8, "nested": {"m": "[email]"}}
