"""Raw field values from 211 exports and APIs: text repairs, dates, clock times, weekdays.

- Mojibake from a Windows round trip: UTF-8 bytes read as code page 437, then written
  in code page 1252 with "best fit", which turns the lead byte of each sequence into
  ASCII (E2 -> "G", C3 -> "+", C2 -> "-"): `AttorneyGÇÖs`, `Cl+¬ment`, `501-¬3`. Repair
  only a source that `has_mojibake` (in such a source every accented letter went through
  the round trip, so `Saint-Élie` cannot be real there; elsewhere it is). A sequence is
  repaired only where its bytes decode as UTF-8 and the result is not ambiguous: `+¦`
  (ñ, ó, ú or ö all became `¦`) stays as it is.
- Escapes written out literally (`\\n`, `\\t`) and export markers such as `###MON###`.
- Dates as ISO or US `m/d/yyyy` / `m/d/yy`; times as `9:00am`, `830am`, `17:00:00`;
  weekdays as 1-7 (1 = Monday), names or RFC 5545 codes; links without a scheme.
"""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = [
    "AIRS_CODE",
    "DAY_CODES",
    "clean_text",
    "clock_time",
    "day_code",
    "has_mojibake",
    "is_airs_code",
    "parse_date",
    "repair_mojibake",
    "to_float",
    "web_url",
]

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
AIRS_CODE = re.compile(r"[A-Z]{1,2}(-\d{4}(\.\d{4}(-\d{3}(\.\d{2,3})?)?)?)?")
_CLOCK = re.compile(r"(\d{1,2})(?::(\d{1,2})|(\d{2}))?(?::\d{2})?\s*(?:([ap])\.?\s*m?\.?)?")

_CP437_CONTINUATION = bytes(range(0x80, 0xB0)).decode("cp437")  # Çüé...¡«» (bytes 80-AF)
_BEST_FIT = {"¬": 0xA9}  # byte A9 is ⌐ in cp437; best fit wrote it as ¬ (é = C3 A9)
_TAIL = "[" + re.escape(_CP437_CONTINUATION + "¬") + "]"
_LEAD_BYTES = {"G": 0xE2, "+": 0xC3, "-": 0xC2}
# E2 80 xx is general punctuation (’ “ ” – — …); C3 xx is à-ÿ; C2 xx is nbsp, ©, ® ...
_MOJIBAKE = re.compile(f"GÇ{_TAIL}|[+-]{_TAIL}")
_SIGNATURE = re.compile(f"GÇ{_TAIL}|[+]{_TAIL}")  # never seen in undamaged text
_LOST_E2 = re.compile("\x80([\x80-\xbf])")  # E2 lost twice over: "-Ç-£" for “
_C1 = re.compile("[\x80-\x9f]")
_CP1252_PUNCTUATION = set("‘’“”–—…•")
_ESCAPE = re.compile(r"\\([nrt\\])")
_MARKER = re.compile(r"#{2,}[A-Z]{2,8}#*|\b[A-Z]{2,8}#{2,}")  # ###MON###, cut: ###MON##, MON###
_INVISIBLE = str.maketrans({"\u200b": "", "\ufeff": "", "\u00a0": " "})


def has_mojibake(text: str) -> bool:
    """True when text carries the round trip's signature (`GÇÖ`, `+í`): repair the source."""
    return bool(_SIGNATURE.search(text))


def repair_mojibake(text: str) -> str:
    """`AttorneyGÇÖs` -> `Attorney’s`, `Cl+¬ment` -> `Clément`; anything unsure is kept."""
    if not _MOJIBAKE.search(text):
        return text
    text = _MOJIBAKE.sub(_decode, text)
    text = _LOST_E2.sub(lambda m: bytes([0xE2, 0x80, ord(m.group(1))]).decode(), text)
    return _C1.sub(_from_cp1252, text)


def clean_text(text: str, *, repair: bool = False) -> str:
    """Literal `\\n` to line breaks, `###XXX###` markers out, mojibake repaired if asked."""
    text = _ESCAPE.sub(lambda m: {"n": "\n", "r": "", "t": " ", "\\": "\\"}[m.group(1)], text)
    text = _MARKER.sub("", text)
    text = (repair_mojibake(text) if repair else text).translate(_INVISIBLE)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _decode(match: re.Match[str]) -> str:
    found = match.group()
    raw = bytes(
        [_LEAD_BYTES[found[0]], *(_BEST_FIT.get(c) or c.encode("cp437")[0] for c in found[1:])]
    )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return found


def _from_cp1252(match: re.Match[str]) -> str:
    """A C1 control left by a cp1252 quote or dash decoded as Latin-1: the quote, or nothing."""
    char = match.group().encode("latin-1").decode("cp1252", errors="replace")
    return char if char in _CP1252_PUNCTUATION else ""


def parse_date(value: str | None) -> date | None:
    """ISO dates and timestamps, or m/d/yyyy and m/d/yy as 211 exports write them.

    None for an empty value; ValueError for one that is not a date.
    """
    text = (value or "").strip()
    if not text:
        return None
    if "/" in text:
        month, day, year = text.split()[0].split("/")
        return date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    if len(text) > 10:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    return date.fromisoformat(text)


def clock_time(value: str | None) -> str:
    """'9:00am', '830am', '17:00:00', '12pm' -> 'HH:MM'; '' when it is not a time."""
    match = _CLOCK.fullmatch((value or "").strip().lower())
    if not match:
        return ""
    hour, minute = int(match.group(1)), int(match.group(2) or match.group(3) or 0)
    if match.group(4):
        if not 1 <= hour <= 12:
            return ""
        hour = hour % 12 + (12 if match.group(4) == "p" else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else ""


def day_code(value: str | None) -> str:
    """1-7 (1 = Monday), 'Monday', 'Mon' or 'MO' -> 'MO'; '' when unknown."""
    text = (value or "").strip().upper()
    if text.isdigit():
        return DAY_CODES[int(text) - 1] if 1 <= int(text) <= 7 else ""
    return text[:2] if text[:2] in DAY_CODES else ""


def to_float(value: object) -> float | None:
    try:
        return float(value) if value not in (None, "") else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def is_airs_code(code: str) -> bool:
    return AIRS_CODE.fullmatch(code) is not None


def web_url(value: str | None) -> str:
    """'www.example.org' -> 'http://www.example.org', so a link never resolves as relative;
    links with a scheme stay as they are; '' for what cannot be a link."""
    text = (value or "").strip()
    if not text or " " in text or "." not in text:
        return ""
    return text if re.match(r"[a-z][a-z0-9+.-]*:", text, re.I) else "http://" + text
