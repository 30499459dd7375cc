"""Turning feed markup into the plain text detection reads.

Titles and summaries arrive as HTML fragments (sanitised by feedparser, but
still with tags and entities). Detection wants plain, whitespace-normalised
text, so tags are dropped, entities unescaped and runs of space collapsed.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_SPACE = re.compile(r"\s+")
_SKIP = {"script", "style", "head", "title", "template", "noscript"}
# Block elements end a phrase; without a space "<p>A</p><p>B</p>" would read "AB".
_BLOCK = {"p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
          "ul", "ol", "table", "blockquote", "section", "article", "hr", "img", "font"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skipping:
            self._skipping -= 1
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def normalise_space(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ").replace("\u3000", " ")).strip()


def strip_html(fragment: str | None) -> str:
    """Plain text of an HTML fragment: no tags, entities decoded, spaces collapsed."""
    if not fragment:
        return ""
    if "<" not in fragment:
        return normalise_space(html.unescape(fragment))
    parser = _TextOnly()
    try:
        parser.feed(fragment)
        parser.close()
    except AssertionError:  # html.parser asserts on some malformed declarations
        return normalise_space(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    return normalise_space("".join(parser.parts))


def trim(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary when one is near."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…"
