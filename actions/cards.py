"""A service record as the person reads it: what, where, when, phone, languages, source.

Labels come from the catalogue in the conversation's language; the record's own
text stays in its own language. Day and language names come from CLDR (babel).
"""

from __future__ import annotations

from urllib.parse import quote

import phonenumbers
from babel import Locale
from babel.dates import get_day_names

from index.filters import CATEGORIES, SearchFilters, matches
from index.records import Schedule, ServiceRecord

from .catalogue import Catalogue

__all__ = ["category_codes", "format_hours", "language_names", "render_card"]

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_CATEGORIES = 2
MAX_DESCRIPTION = 300
PHONE_REGION = "CA"  # numbers written without a country code are Canadian
MAP_SEARCH = "https://www.openstreetmap.org/search?query="


def render_card(record: ServiceRecord, catalogue: Catalogue) -> str:
    """Markdown text for one service (the widget and the REST channel show it as is)."""
    lang = catalogue.language
    sep = catalogue.text("card.separator")

    def label(key: str) -> str:
        return catalogue.text(key) + sep

    lines = [f"**{record.name}**" + (f" ({record.organization})" if record.organization else "")]
    categories = category_codes(record)[:MAX_CATEGORIES]
    if categories:
        names = ", ".join(catalogue.text(f"categories.{code}") for code in categories)
        lines.append(f"{label('card.category')}{names}")
    lines.append(f"{label('card.what')}{_shorten(record.description)}")
    lines.append(f"{label('card.where')}{_where(record, catalogue)}")
    hours = format_hours(record.schedules, lang)
    if hours:
        lines.append(f"{label('card.when')}{hours}")
    if record.phones:
        phones = (_phone_link(phone.number) for phone in record.phones[:2])
        lines.append(f"{label('card.phone')}" + ", ".join(phones))
    if record.languages:
        lines.append(
            f"{label('card.languages')}" + ", ".join(language_names(record.languages, lang))
        )
    if record.eligibility:
        lines.append(f"{label('card.eligibility')}{_shorten(record.eligibility, 160)}")
    if record.fees:
        lines.append(f"{label('card.fees')}{_shorten(record.fees, 120)}")
    verified = (
        record.last_verified.isoformat() if record.last_verified else catalogue.text("card.unknown")
    )
    verified_label = catalogue.text("card.verified")
    lines.append(f"{label('card.source')}{record.source}, {verified_label} {verified}")
    if record.source_notice:
        lines.append(f"_{catalogue.text('card.demo')}_")
    # Two spaces before the newline: a Markdown line break, so the widget keeps one
    # line per label; plain-text channels show the same lines.
    return "  \n".join(lines)


def category_codes(record: ServiceRecord) -> list[str]:
    """Our plain categories the record belongs to (index.filters.CATEGORIES), in its order."""
    return [code for code in CATEGORIES if matches(record, SearchFilters(categories=(code,)))]


def _where(record: ServiceRecord, catalogue: Catalogue) -> str:
    for location in record.locations:
        if location.address and location.address.one_line():
            return _map_link(location.address.one_line())
    return catalogue.text("card.online")


def _phone_link(number: str) -> str:
    """'416-555-0100' -> '[416-555-0100](tel:+14165550100)': tap to call on a phone.

    A number phonenumbers cannot read as a possible Canadian (or +country) number
    stays plain text rather than becoming a link that dials something else.
    """
    try:
        parsed = phonenumbers.parse(number, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    uri = "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if parsed.extension:
        uri += f";ext={parsed.extension}"
    return f"[{_markdown_text(number)}]({uri})"


def _map_link(address: str) -> str:
    """A street address as a link to OpenStreetMap's search for it (a map on a tap)."""
    return f"[{_markdown_text(address)}]({MAP_SEARCH}{quote(address, safe='')})"


def _markdown_text(text: str) -> str:
    """Link text that cannot close the link early: brackets and backslashes escaped."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _shorten(text: str, limit: int = MAX_DESCRIPTION) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def format_hours(schedules: list[Schedule], language: str) -> str:
    """'Mon–Fri 09:00–17:00; Sat 10:00–14:00' in the given language."""
    names = get_day_names("abbreviated", locale=language)
    parts = []
    for schedule in schedules:
        days = sorted({DAY_CODES.index(d) for d in schedule.byday if d in DAY_CODES})
        if not days:
            if schedule.description:
                parts.append(schedule.description)
            continue
        span = _day_span(days, names)
        if schedule.opens_at and schedule.closes_at:
            parts.append(f"{span} {schedule.opens_at}–{schedule.closes_at}")
        else:
            parts.append(span)
    return "; ".join(dict.fromkeys(parts))


def _day_span(days: list[int], names) -> str:
    """Consecutive days as a range: [0,1,2,3,4] -> 'Mon–Fri', [0,2] -> 'Mon, Wed'."""
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][1] + 1:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    parts = []
    for first, last in runs:
        if first == last:
            parts.append(names[first])
        elif last == first + 1:
            parts.append(f"{names[first]}, {names[last]}")
        else:
            parts.append(f"{names[first]}–{names[last]}")
    return ", ".join(parts)


def language_names(codes: list[str], language: str) -> list[str]:
    """Language codes as names in the reader's language: ['ar', 'fa'] -> ['Arabic', 'Persian']."""
    names = Locale.parse(language).languages
    return [names.get(code, code) for code in codes]
