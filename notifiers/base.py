"""What every notifier kind is: declarative limits plus one `send()`.

Errors a notifier raises tell the delivery loop what to do with the row:

    DeliveryError            base; anything else raised counts as TemporaryError
    ├── TemporaryError       5xx, timeouts, refused connections, 429: retry with
    │                        backoff, never sooner than `retry_after` seconds
    ├── PermanentError       invalid token, channel not found, bot not in channel:
    │                        report once, keep the row queued, retry slowly so it
    │                        goes out once the config is fixed
    └── TargetGone           a chat that blocked the bot or no longer exists:
        │                    pause the target's subscriptions, drop the row
        └── ChatMoved        the chat lives on under `new_target` (a Telegram
                             group upgraded to a supergroup): move its
                             subscriptions and queue there, send the row again
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict

from models import Delivery


class DeliveryError(Exception):
    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TemporaryError(DeliveryError):
    pass


class PermanentError(DeliveryError):
    pass


class TargetGone(DeliveryError):
    pass


class ChatMoved(TargetGone):
    """The target answers under another id now; `new_target` is that id.

    A TargetGone so that code which knows only "gone" still stops sending to
    the old id rather than retrying it forever.
    """

    def __init__(self, message: str, *, new_target: str) -> None:
        super().__init__(message)
        self.new_target = new_target


class NotifierConfig(BaseModel):
    """Keys every notifier accepts; kinds subclass it with their own."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str


class Notifier(ABC):
    """A destination for alerts.

    Subclasses set `kind` and `Config`, and the limits the delivery loop obeys:
    `max_concurrency` sends in flight at once for this notifier, and
    `min_interval` seconds between two sends to the same target.
    """

    kind: ClassVar[str]
    Config: ClassVar[type[NotifierConfig]] = NotifierConfig
    body_maxlen: ClassVar[int] = 40_000
    max_concurrency: ClassVar[int] = 1
    min_interval: ClassVar[float] = 0.0

    def __init__(self, name: str, config: NotifierConfig, *, state_dir: str = "state") -> None:
        self.name = name
        self.config = config
        self.state_dir = state_dir

    last_response: str | None = None  # what the service last answered, secrets redacted

    async def start(self, ctx: NotifierContext) -> None:
        """Open clients (and, when ctx.interactive, chat handlers); called once."""

    async def close(self) -> None:
        """Release clients; called once at shutdown."""

    def targets(self) -> list[str]:
        """Where an alert from a rule goes: "" means the notifier's one destination."""
        return [""]

    def missing_env(self) -> list[str]:
        """Names of environment variables this notifier needs and lacks (for `check`)."""
        return []

    @abstractmethod
    async def send(self, delivery: Delivery) -> str | None:
        """Deliver one alert; return a reference for threading updates, if any."""


NOTIFIER_KINDS: dict[str, type[Notifier]] = {}

N = TypeVar("N", bound=type[Notifier])


def register_notifier(kind: str) -> Callable[[N], N]:
    def decorate(cls: N) -> N:
        if kind in NOTIFIER_KINDS:
            raise ValueError(f"notifier kind {kind!r} registered twice")
        cls.kind = kind
        NOTIFIER_KINDS[kind] = cls
        return cls

    return decorate


def build_notifier(name: str, raw: dict[str, Any], *, state_dir: str = "state") -> Notifier:
    cls = NOTIFIER_KINDS[raw["type"]]
    return cls(name, cls.Config.model_validate(raw), state_dir=state_dir)


@dataclass(frozen=True)
class NotifierContext:
    """What a notifier may use besides its own config.

    `store` is the async facade of store.Store; `resolve_company` maps a user's
    text (alias, Chinese name, ticker) to a canonical company or None;
    `suggest_company` gives near misses; `interactive` is True under `run`
    (answer chat commands), False for `once` and `test-notify`.
    """

    store: Any = None
    resolve_company: Callable[[str], str | None] = lambda _: None
    suggest_company: Callable[[str], list[str]] = lambda _: []
    recent_events: Callable[[int], Any] | None = None
    interactive: bool = False
