"""Bot text for channels that show no Markdown: plain text, and pieces that fit a message.

The actions write Markdown (the widget renders it): `**name**`, `_demo data_`,
`[416-555-0100](tel:+14165550100)`, `[12 Main St](https://www.openstreetmap.org/...)`,
two spaces before a newline for a line break. SMS, WhatsApp, Telegram (we send no
parse mode) and Messenger would show those marks as they are. `plain_text` parses
the Markdown with Python-Markdown and keeps what a reader needs: the words, the
line breaks, a link's text, and a web link's address after its text (a phone
number stays a number, which SMS apps make tappable themselves).

`split_text` cuts a long message into pieces of at most `limit` characters, at
paragraph or line breaks, else between words, never inside a word (unless one
word alone is longer than a piece), keeping the order.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown

__all__ = ["SMS_LIMIT", "plain_text", "split_text"]

# Twilio refuses a message body over 1600 characters.
SMS_LIMIT = 1600
_BLOCKS = {"p", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr"}


def plain_text(text: str) -> str:
    """`text` (our Markdown) as plain text."""
    parser = _PlainText()
    parser.feed(markdown.markdown(text))
    parser.close()
    lines = "".join(parser.parts).split("\n")
    cleaned = "\n".join(line.strip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


def split_text(text: str, limit: int = SMS_LIMIT) -> list[str]:
    """`text` in order, in pieces of at most `limit` characters, cut at breaks or spaces."""
    text = text.strip()
    pieces: list[str] = []
    while len(text) > limit:
        cut = _cut_point(text, limit)
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    window = text[: limit + 1]  # a break right after the limit is a clean cut too
    for separator in ("\n\n", "\n", " "):
        at = window.rfind(separator)
        if at > 0:
            return at
    return limit  # one word longer than a message: nothing better to do


class _PlainText(HTMLParser):
    """Python-Markdown's HTML back to text: blocks and <br> as newlines, links kept readable."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._links: list[tuple[str, int]] = []  # (href, where the link text starts)
        self._lists: list[int] = []  # per open <ol>: the next number; <ul>: -1
        self._after_break = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._after_break = False
        if tag == "br":
            self.parts.append("\n")
            self._after_break = True  # the source's own newline follows: one is enough
        elif tag == "a":
            self._links.append((dict(attrs).get("href") or "", len(self.parts)))
        elif tag in ("ol", "ul"):
            self._start_line()
            self._lists.append(1 if tag == "ol" else -1)
        elif tag == "li" and self._lists:
            self._start_line()
            number = self._lists[-1]
            self.parts.append(f"{number}. " if number > 0 else "- ")
            if number > 0:
                self._lists[-1] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)  # <br />: no end tag to handle

    def handle_endtag(self, tag: str) -> None:
        self._after_break = False
        if tag == "a" and self._links:
            href, start = self._links.pop()
            shown = "".join(self.parts[start:]).strip()
            if href.startswith(("http://", "https://")) and href.rstrip("/") != shown.rstrip("/"):
                self.parts.append(f" ({href})")
        elif tag in ("ol", "ul") and self._lists:
            self._lists.pop()
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._after_break and data.startswith("\n"):
            data = data[1:]
        self._after_break = False
        if not data.strip() and "\n" in data:
            return  # the HTML's layout between blocks, not the text's
        self.parts.append(data)

    def _start_line(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
