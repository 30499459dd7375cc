"""The shared client pools connections per host, reuses them, and bounds idle sockets.

Counted from the kernel's view (/proc/net/tcp): the client's sockets to our
loopback servers, so what is asserted is what the machine actually holds.
"""

from __future__ import annotations

import asyncio
from contextlib import ExitStack
from pathlib import Path

import pytest

from feedserver import FeedServer
from watchers import UrlSource, make_client, poll

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>http://example.com/</link>
<item><title>Acme to cut 1,000 jobs</title><link>http://example.com/1</link></item>
</channel></rss>"""

ESTABLISHED = "01"


def client_sockets(ports: set[int]) -> int:
    """Established TCP sockets of this machine whose remote end is one of `ports`."""
    tcp = Path("/proc/net/tcp")
    if not tcp.exists():
        pytest.skip("needs Linux /proc/net/tcp")
    n = 0
    for line in tcp.read_text().splitlines()[1:]:
        fields = line.split()
        remote_port = int(fields[2].split(":")[1], 16)
        if remote_port in ports and fields[3] == ESTABLISHED:
            n += 1
    return n


async def test_connections_are_reused_per_host() -> None:
    with FeedServer() as server:
        url = server.add("/feed.xml", RSS)
        async with make_client() as client:
            for _ in range(3):
                result = await poll(UrlSource(name="s", url=url), client)
                assert result.outcome == "ok"
            # one keep-alive connection served all three polls
            assert client_sockets({server.port}) == 1


async def test_idle_pools_beyond_the_limit_are_closed() -> None:
    with ExitStack() as stack:
        servers = [stack.enter_context(FeedServer()) for _ in range(4)]
        urls = [s.add("/feed.xml", RSS) for s in servers]
        ports = {s.port for s in servers}
        async with make_client(max_connections=2) as client:
            for _round in range(2):
                results = await asyncio.gather(
                    *(poll(UrlSource(name=f"s{i}", url=u), client) for i, u in enumerate(urls))
                )
                assert [r.outcome for r in results] == ["ok"] * 4
                # four hosts polled, but at most two hosts' pools stay open
                assert client_sockets(ports) <= 2
        assert client_sockets(ports) == 0
