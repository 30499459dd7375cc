"""A loopback feed farm for the benchmarks: N feeds x M entries of real headlines.

Run as a separate process so its CPU time never counts against the poller
being measured:

    python bench/_feeds.py --feeds 400 --entries 40 --latency 0.1 --per-host 4

It prints one JSON line `{"urls": [...]}` once every address is listening,
then serves until stdin closes (the parent exits or closes the pipe), so it
can never outlive the benchmark.

- Entries are real headlines and summaries from tests/data/corpus/*.jsonl
  (English and Chinese, layoff reports and hard negatives). Feed i takes the
  rows shifted by i*7, so feeds differ, and every entry gets a link and guid
  unique to its feed: the same story carried by many outlets.
- Feeds are spread over many loopback HOSTS, `per_host` feeds each:
  127.0.1.1, 127.0.1.2, ... (all of 127.0.0.0/8 routes to `lo` on Linux), so
  the poller's per-host politeness limit applies as it would on the Internet.
- Every response (200 or 304) waits `latency` seconds first, like a real
  round trip plus server think time; the wait is an asyncio sleep, so the
  farm answers hundreds of requests at once on one core.
- ETag and Last-Modified: a matching If-None-Match / If-Modified-Since gets
  304 with no body. Bodies are gzipped (precomputed) when the client accepts it.
- HTTP/1.1 keep-alive, so connection reuse on the client side shows.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
LAST_MODIFIED = "Sun, 22 Nov 2026 00:00:00 GMT"


def corpus_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def host_address(h: int) -> str:
    """The h-th loopback host: 127.0.1.1 ... 127.0.1.250, then 127.0.2.1 ..."""
    return f"127.0.{1 + h // 250}.{1 + h % 250}"


def feed_entries(i: int, m: int, rows: Sequence[dict[str, object]]) -> list[dict[str, object]]:
    return [rows[(i * 7 + j) % len(rows)] for j in range(m)]


def keyword_is_layoff(text: str) -> bool:
    """The naive baseline's filter: a bag of layoff words, EN and ZH."""
    low = text.lower()
    return any(k in low for k in _KEYWORDS)


_KEYWORDS = ("layoff", "lay off", "laid off", "job cuts", "cut jobs", "cuts jobs", "redundanc",
             "裁员", "裁員", "减员", "裁撤", "优化")


def feed_body(i: int, m: int, rows: Sequence[dict[str, object]], now: datetime) -> bytes:
    """RSS 2.0 for feed i, newest first, published within the last few hours."""
    parts = []
    for j, row in enumerate(feed_entries(i, m, rows)):
        url = str(row.get("url") or f"https://news.example/{row['id']}")
        link = f"{url}{'&' if '?' in url else '?'}outlet={i}"
        guid = f"feed{i}-{row['id']}"
        published = now - timedelta(minutes=5 * j + 1, seconds=i % 60)
        parts.append(
            f"<item><title>{escape(str(row['title']))}</title><link>{escape(link)}</link>"
            f'<guid isPermaLink="false">{guid}</guid>'
            f"<pubDate>{format_datetime(published)}</pubDate>"
            f"<description>{escape(str(row.get('summary') or ''))}</description></item>"
        )
    lang = "zh-cn" if i % 3 == 2 else "en"
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Outlet {i}</title><link>https://outlet{i}.example/</link>"
        f"<language>{lang}</language><description>Bench feed {i}</description>"
        + "".join(parts)
        + "</channel></rss>"
    ).encode()


class Farm:
    def __init__(self, feeds: int, entries: int, latency: float, per_host: int) -> None:
        rows = corpus_rows()
        now = datetime.now(UTC).replace(microsecond=0)
        self.latency = latency
        self.plain: list[bytes] = []
        self.gz: list[bytes] = []
        for i in range(feeds):
            body = feed_body(i, entries, rows, now)
            self.plain.append(body)
            self.gz.append(gzip.compress(body, 6, mtime=0))
        self.etags = [f'"v1-{i}"' for i in range(feeds)]
        self.per_host = per_host
        self.hosts = (feeds + per_host - 1) // per_host
        self.requests = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                parts = line.decode("latin-1").split()
                headers: dict[str, str] = {}
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    k, _, v = h.decode("latin-1").partition(":")
                    headers[k.strip().lower()] = v.strip()
                self.requests += 1
                await asyncio.sleep(self.latency)
                close = headers.get("connection", "").lower() == "close"
                writer.write(self.response(parts[1] if len(parts) > 1 else "/", headers, close))
                await writer.drain()
                if close:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()

    def response(self, path: str, headers: dict[str, str], close: bool) -> bytes:
        conn = "close" if close else "keep-alive"
        try:
            i = int(path.rsplit("/", 1)[-1].split(".")[0])
            assert 0 <= i < len(self.plain)
        except (ValueError, AssertionError):
            return (f"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: {conn}\r\n\r\n"
                    .encode())
        etag = self.etags[i]
        common = f"ETag: {etag}\r\nLast-Modified: {LAST_MODIFIED}\r\nConnection: {conn}\r\n"
        if headers.get("if-none-match") == etag or (
            "if-none-match" not in headers and headers.get("if-modified-since") == LAST_MODIFIED
        ):
            return f"HTTP/1.1 304 Not Modified\r\n{common}\r\n".encode()
        gz = "gzip" in headers.get("accept-encoding", "")
        body = self.gz[i] if gz else self.plain[i]
        enc = "Content-Encoding: gzip\r\n" if gz else ""
        return (
            f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\n{enc}"
            f"Content-Length: {len(body)}\r\n{common}\r\n"
        ).encode() + body


async def serve(args: argparse.Namespace) -> None:
    farm = Farm(args.feeds, args.entries, args.latency, args.per_host)
    servers = []
    ports: list[int] = []
    for h in range(farm.hosts):
        srv = await asyncio.start_server(farm.handle, host_address(h), 0, backlog=512)
        servers.append(srv)
        ports.append(srv.sockets[0].getsockname()[1])
    urls = [
        f"http://{host_address(i // args.per_host)}:{ports[i // args.per_host]}/feed/{i}.xml"
        for i in range(args.feeds)
    ]
    print(json.dumps({"urls": urls, "bytes": sum(map(len, farm.plain)),
                      "gzip_bytes": sum(map(len, farm.gz))}), flush=True)
    # Serve until the parent closes our stdin: the farm never outlives the benchmark.
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    for srv in servers:
        srv.close()


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=400)
    ap.add_argument("--entries", type=int, default=40)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--per-host", type=int, default=4)
    asyncio.run(serve(ap.parse_args(argv)))


if __name__ == "__main__":
    main()
