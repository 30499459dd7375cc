"""Where items come from: source kinds, polite fetching, feed parsing.

    import watchers                      # registers the kinds "url" and "google_news"
    client = watchers.make_client()      # one shared httpx.AsyncClient
    result = await watchers.poll(source, client, validators)

`poll` returns a FetchResult and never raises for feed problems. Watchers
never touch the database: validators (ETag, Last-Modified, body hash) go in
and come out through the pipeline.
"""

from watchers import kinds as _kinds  # noqa: F401  (registers the source kinds)
from watchers.base import (
    SOURCE_KINDS,
    FetchResult,
    SourceConfig,
    Validators,
    parse_duration,
    parse_size,
    register_source,
)
from watchers.fetch import USER_AGENT, HostLimiter, make_client
from watchers.kinds import GoogleNewsSource, UrlSource
from watchers.parse import MAX_ENTRIES, parse_feed
from watchers.parsepool import use_detector
from watchers.poll import poll

__all__ = [
    "MAX_ENTRIES",
    "SOURCE_KINDS",
    "USER_AGENT",
    "FetchResult",
    "GoogleNewsSource",
    "HostLimiter",
    "SourceConfig",
    "UrlSource",
    "Validators",
    "make_client",
    "parse_duration",
    "parse_feed",
    "parse_size",
    "poll",
    "register_source",
    "use_detector",
]
