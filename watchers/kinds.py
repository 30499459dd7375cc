"""The source kinds a rules.yaml source can be: `url` and `google_news`.

Each kind is a pydantic model (unknown keys refused by SourceConfig) that
knows the URL to fetch. Importing this module registers them.
"""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urlencode, urlsplit

from pydantic import Field, field_validator

from watchers.base import SourceConfig, register_source

GOOGLE_NEWS_SEARCH = "https://news.google.com/rss/search"

# Google News editions name Chinese by script, not by region: ceid=CN:zh-Hans, TW:zh-Hant.
_TRADITIONAL_REGIONS = {"TW", "HK", "MO"}


@register_source("url")
class UrlSource(SourceConfig):
    """Any RSS/Atom/RDF feed reachable over http(s): `url: https://technode.com/feed/`."""

    kind_key: ClassVar[str] = "url"

    url: str = Field(min_length=1)

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str) -> str:
        value = value.strip()
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"{value!r} is not an http(s) URL; write e.g. https://example.com/feed")
        return value

    def feed_url(self) -> str:
        return self.url


@register_source("google_news")
class GoogleNewsSource(SourceConfig):
    """A Google News RSS search: `google_news: "layoffs OR 裁员"`.

    `language` is Google's hl (en-US, zh-CN, ...), `region` its gl (US, CN, ...).
    """

    kind_key: ClassVar[str] = "google_news"

    google_news: str = Field(min_length=1)
    language: str = Field(default="en-US", pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    region: str = Field(default="US", pattern=r"^[A-Za-z]{2}$")

    def ceid(self) -> str:
        region = self.region.upper()
        primary = self.language.split("-")[0].lower()
        if primary == "zh":
            traditional = region in _TRADITIONAL_REGIONS or "hant" in self.language.lower()
            script = "zh-Hant" if traditional else "zh-Hans"
            return f"{region}:{script}"
        return f"{region}:{primary}"

    def feed_url(self) -> str:
        query = urlencode(
            {"q": self.google_news, "hl": self.language, "gl": self.region.upper(),
             "ceid": self.ceid()}
        )
        return f"{GOOGLE_NEWS_SEARCH}?{query}"
