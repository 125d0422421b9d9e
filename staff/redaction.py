"""Take personal data out of text before it leaves the console (exports).

What is removed, each replaced by a label a reader understands:

    [email]        addresses such as ana@example.org
    [health card]  Ontario (1234-567-890-AB), Quebec RAMQ (ABCD 1234 5678), and the
                   other provinces' 9-10 digit numbers (caught by [number] below)
    [UCI]          IRCC client IDs: 0000-0000 or 00-0000-0000 (8 or 10 digits)
    [SIN]          social insurance numbers: 123 456 789, 123-456-789, 123456789
    [phone]        Canadian and international numbers (the phonenumbers library)
    [number]       any other run of 8 or more digits: an ID we cannot name is still an ID

Order matters: the specific identifiers go first so that a SIN is not called a phone.
Over-redaction is the safe failure here; an export is for a person to read, not to
re-import.
"""

from __future__ import annotations

import re

import phonenumbers

__all__ = ["redact", "redact_value"]

_SEP = r"[ \-.]?"
_DIGITS_8_TO_12 = r"\d(?:[ \-.]?\d){7,11}\b"
# A number right after its name is that identifier, whatever its shape
# ("my UCI is 12345678", "PHN 9876 543 210"). The name itself stays: it says what was removed.
_NAMED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[UCI]", re.compile(rf"(\b(?:UCI|IUC|client\s+ID)\b\D{{0,12}}){_DIGITS_8_TO_12}", re.I)),
    (
        "[health card]",
        re.compile(
            rf"(\b(?:OHIP|PHN|MSP|AHCIP|RAMQ|health\s+(?:card|number)|carte\s+sant[ée])\b"
            rf"\D{{0,12}}){_DIGITS_8_TO_12}(?:{_SEP}[A-Za-z]{{2}}\b)?",
            re.I,
        ),
    ),
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[email]", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)),
    # Ontario: 10 digits (4-3-3) and a two-letter version code.
    ("[health card]", re.compile(rf"\b\d{{4}}{_SEP}\d{{3}}{_SEP}\d{{3}}{_SEP}[A-Za-z]{{2}}\b")),
    # Quebec RAMQ: 4 letters (surname, first name) and 8 digits.
    ("[health card]", re.compile(rf"\b[A-Za-z]{{4}}{_SEP}\d{{4}}{_SEP}\d{{4}}\b")),
    # UCI as IRCC prints it; the bare 8 or 10 digit forms fall to [number].
    ("[UCI]", re.compile(r"\b(?:\d{2}-\d{4}-\d{4}|\d{4}-\d{4})\b")),
    ("[SIN]", re.compile(rf"\b\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{3}}\b")),
)
# After the phone library: a local number without its area code, which it cannot place.
_LOCAL_PHONE = re.compile(r"\b\d{3}[ \-.]\d{4}\b")
_LONG_NUMBER = re.compile(r"(?<![\w])\d(?:[ \-.]?\d){7,}(?![\w])")


def redact(text: str | None) -> str | None:
    """`text` with emails, phone numbers and Canadian identifiers replaced by labels."""
    if not text:
        return text
    for label, pattern in _NAMED:
        text = pattern.sub(lambda m, label=label: m.group(1) + label, text)
    for label, pattern in _PATTERNS:
        text = pattern.sub(label, text)
    text = _LOCAL_PHONE.sub("[phone]", _redact_phones(text))
    return _LONG_NUMBER.sub("[number]", text)


def redact_value(value):
    """`redact` applied to every string inside lists and dicts (for JSON exports)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_value(v) for v in value]
    if isinstance(value, dict):
        return {k: redact_value(v) for k, v in value.items()}
    return value


def _redact_phones(text: str) -> str:
    matches = list(
        phonenumbers.PhoneNumberMatcher(text, "CA", leniency=phonenumbers.Leniency.VALID)
    )
    for match in reversed(matches):  # from the end, so earlier offsets stay valid
        text = text[: match.start] + "[phone]" + text[match.end :]
    return text
