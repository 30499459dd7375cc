"""Recorded real-world feeds, served over loopback and polled the way the bot polls them.

Each file in tests/data/feeds/ says in its XML comment header where it came
from, what it exercises and what to expect (`Expect: field[i]=value`, `^=`
for "starts with"; `Option: key=value` for source options). Items are
compared newest first, as poll() returns them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from watchers import UrlSource, make_client, poll

if TYPE_CHECKING:
    from feedserver import FeedServer

pytest_plugins = ["feedserver"]  # the feed_server fixture

FEEDS = Path(__file__).parent / "data" / "feeds"
FILES = sorted(p for p in FEEDS.rglob("*") if p.suffix in (".xml", ".rss", ".atom"))
RAW = {p: p.read_bytes() for p in FILES}
_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding=["']([^"']+)""")


def header(path: Path) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """(options, [(field, op, value)]) from the file's comment header."""
    raw = RAW[path]
    options_enc = re.search(rb"Option: encoding=(\S+)", raw)
    decl = _DECL.match(raw)
    encoding = (options_enc or decl).group(1).decode() if (options_enc or decl) else "utf-8"
    text = raw.decode(encoding)
    comment = text[text.index("<!--") + 4 : text.index("-->")]
    options: dict[str, str] = {}
    expects: list[tuple[str, str, str]] = []
    for line in comment.splitlines():
        if m := re.match(r"Option: (\w+)=(.*)$", line):
            options[m.group(1)] = m.group(2).strip()
        elif m := re.match(r"Expect: ([\w\[\]0-9]+?)(\^?=)(.*)$", line):
            expects.append((m.group(1), m.group(2), m.group(3)))
    return options, expects


def test_every_feed_file_documents_itself() -> None:
    assert len(FILES) >= 7
    for path in FILES:
        _, expects = header(path)
        assert any(f == "entries" for f, _, _ in expects), f"{path.name} has no Expect: entries="


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
async def test_recorded_feed(path: Path, feed_server: FeedServer) -> None:
    options, expects = header(path)
    url = feed_server.add("/" + path.name, RAW[path])
    source = UrlSource(name=path.stem, url=url, **options)
    async with make_client() as client:
        result = await poll(source, client, now=datetime(2026, 11, 1, tzinfo=UTC))
    assert result.outcome == "ok", result.error
    items = result.items
    for field, op, want in expects:
        if field == "entries":
            assert len(items) == int(want), [i.title for i in items]
            continue
        if field == "lang":
            assert {i.lang for i in items} == {None if want == "None" else want}
            continue
        m = re.fullmatch(r"(\w+)\[(\d+)\]", field)
        assert m, field
        name, index = m.group(1), int(m.group(2))
        value = getattr(items[index], name)
        if name == "published":
            value = value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else "None"
        if op == "^=":
            assert str(value).startswith(want), (field, value)
        else:
            assert str(value) == want, (field, value)
    for item in items:
        assert item.source == path.stem
        assert item.published is None or item.published.tzinfo is not None
        assert "<" not in item.title and "  " not in item.title
