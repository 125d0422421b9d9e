"""Text clean-up shared by the 211 importers: HTML in descriptions, phones, links, hours.

211 exports carry descriptions HTML-escaped once or twice (`&amp;lt;b&amp;gt;`), phone
numbers typed by hand, links without a scheme and opening hours as free text. These
helpers turn them into plain values and never guess: hours that do not read one way
only stay free text.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..records import Phone, Schedule
from ._values import DAY_CODES

__all__ = [
    "clean_html",
    "clean_line",
    "coordinates",
    "country_code",
    "parse_day_hours",
    "parse_hours",
    "phone_type",
    "schedules_from_days",
    "split_deleted_marker",
    "unique_phones",
]

DAY_NAMES = {
    **dict.fromkeys(("mon", "monday"), 0),
    **dict.fromkeys(("tue", "tues", "tuesday"), 1),
    **dict.fromkeys(("wed", "weds", "wednesday"), 2),
    **dict.fromkeys(("thu", "thur", "thurs", "thursday"), 3),
    **dict.fromkeys(("fri", "friday"), 4),
    **dict.fromkeys(("sat", "saturday"), 5),
    **dict.fromkeys(("sun", "sunday"), 6),
}
# AIRS / Inform USA taxonomy codes: "B", "BD", "BD-1800", "BD-1800.2000", "RP-1400.8000-650.15"
# "DEL ", "DEL0 ", "\tDEL15 ": how iCarol 211s mark a deleted agency, site or service
DELETED_MARKER = re.compile(r"\s*DEL\d*(\s+|$)")
BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "section", "article",
}  # fmt: skip


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def clean_html(text: str | None) -> str:
    """Plain text from (possibly twice-escaped) HTML; paragraphs and line breaks become lines."""
    if not text:
        return ""
    if "&" in text or "<" in text:  # most values (phones, cities) have no markup at all
        for _ in range(5):  # `&amp;amp;nbsp;` needs three rounds; stop once nothing changes
            unescaped = html.unescape(text)
            if unescaped == text:
                break
            text = unescaped
        parser = _PlainText()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    lines = text.replace("\xa0", " ").splitlines()
    return "\n".join(line for line in (" ".join(raw.split()) for raw in lines) if line)


def clean_line(text: str | None) -> str:
    """clean_html on one line: for names, cities, labels."""
    return " ".join(clean_html(text).split())


def split_deleted_marker(text: str) -> tuple[str, bool]:
    """('DEL0 Provides ...') -> ('Provides ...', True): the 211's mark for a deleted record."""
    match = DELETED_MARKER.match(text)
    if match is None:
        return text, False
    return text[match.end() :], True


def coordinates(latitude: str | None, longitude: str | None) -> tuple[float, float] | None:
    """('49.08', '-122.6') -> (49.08, -122.6); None unless both are there and on the globe."""
    try:
        point = float((latitude or "").strip()), float((longitude or "").strip())
    except ValueError:
        return None
    return point if 0 < abs(point[0]) <= 90 and 0 < abs(point[1]) <= 180 else None


def country_code(text: str | None) -> str:
    name = clean_line(text)
    known = {"canada": "CA", "united states": "US", "usa": "US", "us": "US", "ca": "CA"}
    return known.get(name.casefold(), name if len(name) == 2 else "")


def phone_type(label: str) -> str:
    """HSDS phone type from a 211 label: 'Fax' -> fax, 'TTY/TDD Number' -> textphone."""
    words = label.casefold()
    if "fax" in words and not re.search(r"phone|tel|voice", words):  # 'Phone/fax' is a phone
        return "fax"
    if "tty" in words or "tdd" in words:
        return "textphone"
    return "voice"


def unique_phones(phones: list[Phone]) -> list[Phone]:
    """Each number once (compared by its digits), voice numbers before fax numbers."""
    seen: dict[str, Phone] = {}
    for phone in phones:
        digits = re.sub(r"\D", "", phone.number)
        if len(digits) >= 3:  # '211' is a number; '(2  )    -' is not
            seen.setdefault(digits, phone)
    return sorted(seen.values(), key=lambda p: p.type == "fax")


# ---- opening hours ---------------------------------------------------------------------

_TIME = r"(\d{1,2})(?:[:.](\d\d))?\s*(?:([ap])\.?\s?m\b\.?)?"
_RANGE = re.compile(rf"{_TIME}\s*(?:-|–|to)\s*{_TIME}", re.I)
_DAY = "|".join(sorted(DAY_NAMES, key=len, reverse=True))
_DAY_SPAN = re.compile(rf"({_DAY})\.?\s*(?:-|–|to|through|thru)\s*({_DAY})\.?", re.I)


def _minutes(hour: str, minute: str | None, meridiem: str) -> int | None:
    h, m = int(hour), int(minute or 0)
    if m > 59 or (meridiem and not 1 <= h <= 12) or h > 24:
        return None
    if meridiem:
        h = h % 12 + (12 if meridiem == "p" else 0)
    return h * 60 + m


def _time_range(text: str) -> tuple[str, str] | None:
    """'9:00 am - 5:00 pm' -> ('09:00', '17:00'); None unless the range reads one way only."""
    text = re.sub(r"\b12\s*noon\b|\bnoon\b", "12:00 pm", text, flags=re.I)
    match = _RANGE.fullmatch(text.strip())
    if match is None:
        return None
    h1, m1, ap1, h2, m2, ap2 = match.groups()
    ap1, ap2 = (ap1 or "").lower(), (ap2 or "").lower()
    if not ap1 and not ap2:
        if max(int(h1), int(h2)) > 12:  # a 24-hour clock
            start, end = _minutes(h1, m1, ""), _minutes(h2, m2, "")
        elif int(h2) < int(h1) and int(h1) >= 6:  # '9:00 - 5:00' is a working day
            start, end = _minutes(h1, m1, "p" if int(h1) == 12 else "a"), _minutes(h2, m2, "p")
        else:
            return None
    else:  # one meridiem missing: the reading that keeps the range forwards ('6-8pm', '11-2pm')
        start, end = _minutes(h1, m1, ap1 or ap2), _minutes(h2, m2, ap2 or ap1)
        if start is not None and end is not None and start >= end and not (ap1 and ap2):
            if ap1:
                end = _minutes(h2, m2, "p" if ap1 == "a" else "a")
            else:
                start = _minutes(h1, m1, "a" if ap2 == "p" else "p")
    if start is None or end is None or (end <= start and end != 0):
        return None
    return f"{start // 60:02d}:{start % 60:02d}", f"{end // 60 if end else 24:02d}:{end % 60:02d}"


def _days(text: str) -> list[int] | None:
    """'Monday - Friday' -> [0..4]; 'Mon, Wed & Fri' -> [0, 2, 4]; None if anything else."""
    text = text.strip(" ,:;.").lower()
    span = _DAY_SPAN.fullmatch(text)
    if span:
        first, last = DAY_NAMES[span[1].lower()], DAY_NAMES[span[2].lower()]
        return [d % 7 for d in range(first, last + 1 + (7 if last < first else 0))]
    parts = [p.strip(" .") for p in re.split(r",|&|\band\b", text)]
    days = [DAY_NAMES.get(p) for p in parts]
    return None if not parts or None in days else [d for d in days if d is not None]


def schedules_from_days(hours: dict[int, tuple[str, str]]) -> list[Schedule]:
    """{0: ('09:00', '17:00'), 1: ...} -> one Schedule per distinct opening time."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for day in sorted(hours):
        grouped.setdefault(hours[day], []).append(DAY_CODES[day])
    return [Schedule(byday=days, opens_at=o, closes_at=c) for (o, c), days in grouped.items()]


def parse_day_hours(text: str) -> tuple[str, str] | None:
    """One day's hours as structured exports give them: '9:00 am - 5:00 pm', '24/7'."""
    text = " ".join(text.split())
    if re.fullmatch(r"24/7|24 hours|open 24 hours", text, re.I):
        return "00:00", "24:00"
    return _time_range(text)


def parse_hours(text: str) -> list[Schedule]:
    """Free-text hours, only when every part reads one way: '9:00 am - 5:00 pm, Monday - Friday'.

    Parts are separated by ';' and each is a time range with its days before or after it.
    Anything else (notes, 'by appointment', '(Closed Sun)') gives [] and the caller keeps
    the text as it is.
    """
    hours: dict[int, tuple[str, str]] = {}
    segments = [s for s in text.split(";") if s.strip(" ,.")]
    for segment in segments:
        match = _RANGE.search(segment)
        if match is None:
            return []
        times = _time_range(match.group(0))
        days = _days(segment[: match.start()] + " " + segment[match.end() :])
        if times is None or not days or any(d in hours for d in days):
            return []
        hours.update(dict.fromkeys(days, times))
    return schedules_from_days(hours)
