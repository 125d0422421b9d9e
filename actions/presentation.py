"""How a result list, a choice and a handoff message look on each channel: the one place.

The actions say *what* to tell the person (a list of services, a question with its
choices, a handoff notice); this module decides *how* it looks on the channel the
person last wrote from (`tracker.get_latest_input_channel()`):

- socketio (the widget), rest, callback and any other: *rich*, the full Markdown
  card, choices as buttons;
- telegram: the full card (the connector sends it as plain text), choices as an
  inline keyboard;
- facebook (Messenger): the full card as plain text, choices as quick replies with
  titles of at most 20 characters;
- twilio (SMS) and whatsapp: *sms*, a short card (name, what, where, when, phone,
  source), choices numbered in the text ("1 – Yes, please"): the person replies
  with the number.

Choices always travel as Rasa buttons too: the Telegram and Messenger connectors
turn them into a keyboard or quick replies, and on SMS the connector maps a reply
"2" to the second button's payload (bot/channels/common.py reads it from the
tracker store). Turning Markdown into plain text is the connectors' job
(bot/channels/text.py), because a worker's reply passes through them too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from index.records import ServiceRecord

from .cards import format_hours, render_card
from .catalogue import Catalogue

__all__ = ["RICH", "SHAPES", "SMS", "Presenter", "shape_of", "short_card"]

RICH = "rich"
KEYBOARD = "keyboard"
QUICK_REPLIES = "quick_replies"
SMS = "sms"
# Rasa's input channel names (bot/channels/ for ours) -> shape; anything else is rich.
SHAPES = {"telegram": KEYBOARD, "facebook": QUICK_REPLIES, "twilio": SMS, "whatsapp": SMS}
QUICK_REPLY_TITLE_LIMIT = 20  # Messenger cuts longer titles
SHORT_DESCRIPTION = 120  # characters of a service's description on SMS
SHORT_PHONES = 1


def shape_of(tracker: Tracker) -> str:
    """The shape of messages on the channel the person last wrote from."""
    return SHAPES.get(tracker.get_latest_input_channel() or "", RICH)


class Presenter:
    """Sends results, choices and handoff messages in the shape of the person's channel."""

    def __init__(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
    ) -> None:
        self.dispatcher = dispatcher
        self.catalogue = catalogue
        self.shape = shape_of(tracker)

    def results(self, intro: str, records: Iterable[ServiceRecord], closing: str) -> None:
        """An introduction, one message per service (one SMS each), a closing line."""
        self.dispatcher.utter_message(text=intro)
        for record in records:
            self.dispatcher.utter_message(text=self.card(record))
        self.dispatcher.utter_message(text=closing)

    def card(self, record: ServiceRecord) -> str:
        if self.shape == SMS:
            return short_card(record, self.catalogue)
        return render_card(record, self.catalogue)

    def choice(self, text: str, options: Sequence[tuple[str, str]]) -> None:
        """A question with choices, given as (title, payload) pairs."""
        buttons = [{"title": title, "payload": payload} for title, payload in options]
        if self.shape == SMS:
            lines = [f"{n} – {title}" for n, (title, _) in enumerate(options, start=1)]
            text = "\n".join([text, self.catalogue.text("choice_reply_number"), *lines])
        elif self.shape == QUICK_REPLIES:
            for button in buttons:
                button["title"] = _fit(button["title"], QUICK_REPLY_TITLE_LIMIT)
        self.dispatcher.utter_message(text=text, buttons=buttons)

    def invalid_choice(self) -> None:
        """The answer was none of the choices: say how to choose on this channel."""
        key = "invalid_choice_number" if self.shape == SMS else "invalid_choice"
        self.dispatcher.utter_message(text=self.catalogue.text(key))

    def handoff(self, text: str) -> None:
        """A handoff notice: the same words everywhere, one message (one SMS where it fits)."""
        self.dispatcher.utter_message(text=text)


def short_card(record: ServiceRecord, catalogue: Catalogue) -> str:
    """A service in a few lines for SMS: name, what, where, when, phone, source and date."""
    sep = catalogue.text("card.separator")

    def line(key: str, value: str) -> str:
        return f"{catalogue.text(key)}{sep}{value}"

    lines = [record.name]
    if record.description:
        lines.append(
            line("card.what", _fit(" ".join(record.description.split()), SHORT_DESCRIPTION))
        )
    lines.append(line("card.where", _where(record, catalogue)))
    hours = format_hours(record.schedules, catalogue.language)
    if hours:
        lines.append(line("card.when", hours))
    if record.phones:
        lines.append(line("card.phone", ", ".join(p.number for p in record.phones[:SHORT_PHONES])))
    verified = (
        record.last_verified.isoformat() if record.last_verified else catalogue.text("card.unknown")
    )
    lines.append(
        line("card.source", f"{record.source}, {catalogue.text('card.verified')} {verified}")
    )
    if record.source_notice:
        lines.append(catalogue.text("card.demo"))
    return "\n".join(lines)


def _where(record: ServiceRecord, catalogue: Catalogue) -> str:
    for location in record.locations:
        if location.address and location.address.one_line():
            return location.address.one_line()
    return catalogue.text("card.online")


def _fit(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(",;:") + "…"
