"""Source kinds: what a source in rules.yaml may say, and the registry of kinds.

A kind is a pydantic model with the keys it accepts (unknown keys are refused,
naming the allowed ones) and a `feed_url()`. `@register_source("url")` adds it.
The kind of a source is its `kind:` key, or else the one kind-defining key it
has (`url:`, `google_news:`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from models import Detection, Item

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_UNIT = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, None: 1}


def parse_duration(value: Any) -> float:
    """'2s', '30s', '10m', '1h', '3d' (or a number of seconds) -> seconds > 0."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 30s, 10m, 1h or 3d")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        seconds = float(m.group(1)) * _UNIT[m.group(2)]
    else:
        raise ValueError(f"{value!r} is not a duration; write e.g. 30s, 10m, 1h or 3d")
    if seconds <= 0:
        raise ValueError(f"{value!r} must be a positive duration")
    return seconds


def parse_size(value: Any) -> int:
    """'5MB', '512kB', 1048576 -> bytes > 0."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?\s*$", str(value), re.I)
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"{value!r} is not a size; write e.g. 512kB or 5MB")
    unit = (m.group(2) or "b").lower()
    mult = {"b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3, "kib": 1024, "mib": 1024**2,
            "gib": 1024**3}[unit]
    return int(float(m.group(1)) * mult)


Duration = Annotated[float, BeforeValidator(parse_duration)]
Size = Annotated[int, BeforeValidator(parse_size)]


class SourceConfig(BaseModel):
    """Keys every source accepts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind_key: ClassVar[str] = ""  # the key whose presence selects this kind

    name: str = Field(min_length=1)
    kind: str | None = None
    every: Duration = 600.0
    encoding: str | None = None  # override a feed that lies about its charset (e.g. gbk)
    timezone: str | None = None  # IANA zone for dates without one; CST means China here
    lang: Literal["en", "zh"] | None = None
    max_bytes: Size = 5_000_000  # cap after decompression
    timeout: Duration = 30.0  # overall deadline for one fetch
    enabled: bool = True

    def feed_url(self) -> str:
        raise NotImplementedError


SOURCE_KINDS: dict[str, type[SourceConfig]] = {}

S = TypeVar("S", bound=type[SourceConfig])


def register_source(kind: str) -> Callable[[S], S]:
    def decorate(cls: S) -> S:
        if kind in SOURCE_KINDS:
            raise ValueError(f"source kind {kind!r} registered twice")
        SOURCE_KINDS[kind] = cls
        return cls

    return decorate


@dataclass(frozen=True, slots=True)
class Validators:
    """What a source remembers between fetches to fetch conditionally."""

    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None  # body hash: skip parsing when unchanged


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One poll of one source.

    outcome:
      ok            items parsed (possibly none)
      not_modified  304, or a body identical to the last one: nothing to parse
      error         network / HTTP / size / parse failure; `error` says why
      gone          410: the source should be disabled
    """

    source: str
    outcome: Literal["ok", "not_modified", "error", "gone"]
    items: tuple[Item, ...] = ()
    # dedup.item_keys() of each item, in the same order, computed with the
    # parse (off the event loop, usually in a worker process); () if not.
    keys: tuple[tuple[str, ...], ...] = ()
    # Detections of each item, in the same order, when a parse worker ran the
    # detector `detected_by` (watchers.parsepool.use_detector); () if not.
    detections: tuple[Detection | None, ...] = ()
    detected_by: Any = None
    validators: Validators = field(default_factory=Validators)
    error: str | None = None
    http_status: int | None = None
    retry_after: float | None = None  # from a 429/503 Retry-After header
    bytes_read: int = 0
    elapsed: float = 0.0
