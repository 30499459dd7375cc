"""The `telegram` notifier: alerts to chats, within Telegram's flood limits.

Config (rules.yaml):

    tg:
      type: telegram
      token_env: TELEGRAM_BOT_TOKEN   # the variable holding the bot token
      base_url: http://localhost:8081 # optional: a self-hosted Bot API server
      chats: [-1001234567890, "@mychannel"]  # receive every alert of rules naming tg
      subscriptions: true             # chats subscribe themselves (/watch, /min)
      allow: open                     # or a list of chat ids that may subscribe
      max_watches: 100                # companies one chat may /watch

Sending goes through one `ExtBot` with `FloodLimiter`, our own PTB rate
limiter: ≤ 29 messages/s overall, spaced evenly, and one chat never faster
than Telegram allows (≈1/s private, 20/min groups and channels). A 429 halts
every send for its `retry_after`; short ones are waited out, long ones become
`TemporaryError(retry_after=...)` for the delivery loop to reschedule.

Under `run` (`ctx.interactive`) with `subscriptions: true`, the notifier also
starts python-telegram-bot's Application in its manual lifecycle on the
running loop (initialize, start, updater.start_polling) to answer the chat
commands in `notifiers.telegram_commands`.

The token is a secret: it is registered with `logsafe` the moment it is read,
and every error text that leaves this module is passed through `redact`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import re
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any, ClassVar, Literal

# PTB 22 warns on every int-valued time period (RetryAfter.retry_after among
# them) unless this opt-in is set; we read those values as timedelta anyway.
os.environ.setdefault("PTB_TIMEDELTA", "true")

from pydantic import Field, field_validator
from telegram import LinkPreviewOptions, Message, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    ContextTypes,
    ExtBot,
)
from telegram.request import HTTPXRequest

from logsafe import redact, register_secret
from models import Delivery
from notifiers.base import (
    ChatMoved,
    DeliveryError,
    Notifier,
    NotifierConfig,
    NotifierContext,
    PermanentError,
    TargetGone,
    TemporaryError,
    register_notifier,
)
from notifiers.telegram_commands import (
    COMMANDS,
    ChatCommands,
    CommandSettings,
    PerChatUpdateProcessor,
)
from notifiers.telegram_format import MAX_LEN, format_alert, format_alert_plain

log = logging.getLogger(__name__)

DEFAULT_API = "https://api.telegram.org"
_PREVIEW_OFF = LinkPreviewOptions(is_disabled=True)
# Forbidden/BadRequest texts that mean the chat is gone for good.
_GONE = (
    "bot was blocked",
    "user is deactivated",
    "chat not found",
    "bot was kicked",
    "bot is not a member",
    "peer_id_invalid",
    "have no rights to send",
    "not enough rights",
    "chat_write_forbidden",
    "group chat was deactivated",
)

# How a chat paused for becoming a supergroup says so (see _map_error).
_UPGRADED = re.compile(r"^chat -?\d+ became supergroup (-\d+)$")

# Methods that put a message in a chat: only these count against the flood limits.
_SENDS = ("send", "copyMessage", "forwardMessage")


def is_group(chat_id: str) -> bool:
    """Negative ids are groups and channels; @names are public channels/supergroups."""
    return chat_id.startswith(("-", "@"))


def api_urls(base_url: str | None) -> tuple[str, str]:
    """PTB's (base_url, base_file_url) for a server root like http://host:8081.

    PTB appends the token to its base_url, so it wants ".../bot"; a `{token}`
    placeholder is passed through for servers with another layout.
    """
    if base_url and "{token}" in base_url:
        return base_url, base_url.replace("/bot{token}", "/file/bot{token}")
    root = (base_url or DEFAULT_API).rstrip("/")
    root = root.removesuffix("/bot")
    return f"{root}/bot", f"{root}/file/bot"


def _seconds(value: int | float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramConfig(NotifierConfig):
    type: Literal["telegram"] = "telegram"
    token_env: str = Field("TELEGRAM_BOT_TOKEN", min_length=1)
    base_url: str | None = None
    chats: list[int | str] = Field(default_factory=list)
    subscriptions: bool = False
    allow: Literal["open"] | list[int | str] = "open"
    max_watches: int = Field(100, ge=1, le=10_000)

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value

    @field_validator("chats")
    @classmethod
    def _check_chats(cls, value: list[int | str]) -> list[int | str]:
        for chat in value:
            text = str(chat)
            if not (text.lstrip("-").isdigit() or (text.startswith("@") and len(text) > 1)):
                raise ValueError(f"chat {chat!r} is neither a numeric chat id nor an @channel")
        return value


class FloodLimiter(BaseRateLimiter[int]):
    """PTB rate limiter that paces instead of bursting.

    Why not `AIORateLimiter`: its aiolimiter buckets start full, so it sends
    30 messages at once and then 30/s — about 60 in the first second, which a
    strict 30-per-second window answers with 429s — and it sleeps out any
    `retry_after` inside the call, however long.

    Here every message with a chat_id gets an evenly spaced slot (`per_second`).
    Slots alone are not enough: what counts is when Telegram *receives* a
    message, which is some time between our release and the response, and a
    busy event loop can bunch several together. So a message also counts
    against the one-second window from its release until one second after its
    response, and no more than `floor(per_second)` may be counted at once; a
    chat's next message waits `private_interval`/`group_interval` after the
    previous one's response. A 429 pauses everything for its `retry_after`.
    Calls that send no message (getUpdates, getMe, setMyCommands, and
    getChatMember, which has a chat_id) pass straight through.

    `rate_limit_args` given to a bot method overrides `max_retries` for that
    call; retries happen only for waits up to `max_wait` seconds, longer ones
    raise `RetryAfter` for the caller to reschedule.
    """

    def __init__(
        self,
        per_second: float = 29.0,
        *,
        private_interval: float = 1.02,
        group_interval: float = 3.05,
        max_retries: int = 2,
        max_wait: float = 5.0,
    ) -> None:
        self.per_second = per_second
        self.private_interval = private_interval
        self.group_interval = group_interval
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.retry_after_hits = 0
        self._spacing = 1.0 / per_second
        self._window_cap = max(1, math.floor(per_second))
        self._next_slot = 0.0
        self._in_flight = 0
        self._done: deque[float] = deque()  # response times within the last second
        self._resume_at = 0.0
        self._chat_last: dict[str, float] = {}  # chat -> its last response time
        self._chat_locks: dict[str, tuple[asyncio.Lock, int]] = {}

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def interval_for(self, chat_id: str) -> float:
        return self.group_interval if is_group(chat_id) else self.private_interval

    def pause(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self._resume_at = max(self._resume_at, loop.time() + seconds)

    def _window_count(self, now: float) -> int:
        while self._done and self._done[0] <= now - 1.0:
            self._done.popleft()
        return len(self._done) + self._in_flight

    async def _acquire(self, chat_id: str) -> None:
        """Wait for this chat's turn, a global slot and room in the window; then count
        the message as in flight (`_finish` ends that)."""
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            ready = max(
                self._resume_at,
                self._chat_last.get(chat_id, -1e9) + self.interval_for(chat_id),
            )
            if ready > now:
                await asyncio.sleep(ready - now)
                continue
            slot = max(now, self._next_slot)
            self._next_slot = slot + self._spacing
            if slot > now:
                await asyncio.sleep(slot - now)
            # Waiting for room keeps this message's turn rather than taking a new slot.
            while self._window_count(now := loop.time()) >= self._window_cap:
                wait = self._done[0] + 1.0 - now if self._done else self._spacing
                await asyncio.sleep(max(wait, 0.001))
            if now < self._resume_at:
                continue  # a 429 arrived while we waited
            self._in_flight += 1
            return

    def _finish(self, chat_id: str) -> None:
        now = asyncio.get_running_loop().time()
        self._in_flight -= 1
        self._done.append(now)
        self._chat_last[chat_id] = now
        if len(self._chat_last) > 10_000:
            horizon = now - self.group_interval
            self._chat_last = {c: t for c, t in self._chat_last.items() if t > horizon}

    async def _chat_turn(self, chat_id: str) -> asyncio.Lock:
        lock, users = self._chat_locks.get(chat_id) or (asyncio.Lock(), 0)
        self._chat_locks[chat_id] = (lock, users + 1)
        return lock

    def _chat_done(self, chat_id: str) -> None:
        lock, users = self._chat_locks[chat_id]
        if users <= 1:
            del self._chat_locks[chat_id]
        else:
            self._chat_locks[chat_id] = (lock, users - 1)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat_id = data.get("chat_id")
        if chat_id is None or not endpoint.startswith(_SENDS):
            return await callback(*args, **kwargs)
        chat = str(chat_id)
        retries = self.max_retries if rate_limit_args is None else rate_limit_args
        attempt = 0
        # One message per chat at a time, in order: the per-chat gap is measured
        # from the previous response.
        lock = await self._chat_turn(chat)
        try:
            async with lock:
                while True:
                    await self._acquire(chat)
                    try:
                        return await callback(*args, **kwargs)
                    except RetryAfter as exc:
                        wait = _seconds(exc.retry_after)
                        self.retry_after_hits += 1
                        self.pause(wait)
                        if attempt >= retries or wait > self.max_wait:
                            raise
                        attempt += 1
                        log.warning("telegram: flood limit hit (%s); all sends wait %.0f s",
                                    endpoint, wait)
                    finally:
                        self._finish(chat)
        finally:
            self._chat_done(chat)


@register_notifier("telegram")
class TelegramNotifier(Notifier):
    """Alerts as HTML messages to fixed chats and to subscribed chats."""

    Config: ClassVar[type[NotifierConfig]] = TelegramConfig
    body_maxlen: ClassVar[int] = MAX_LEN
    min_interval: ClassVar[float] = 1.0
    group_interval: ClassVar[float] = 3.0
    max_concurrency: ClassVar[int] = 30

    config: TelegramConfig

    def __init__(self, name: str, config: NotifierConfig, *, state_dir: str = "state") -> None:
        super().__init__(name, config, state_dir=state_dir)
        self.bot: ExtBot[int] | None = None
        self.app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.commands: ChatCommands | None = None  # while chat commands are answered
        self.limiter = FloodLimiter()
        self.request_timeout = 15.0  # seconds to wait for one Bot API answer
        self._token: str | None = None
        self._token_rejected = False
        self._init_lock = asyncio.Lock()
        self._commands_task: asyncio.Task[None] | None = None
        # Set once chat commands are being answered (tests and `status` may wait on it).
        self.commands_ready = asyncio.Event()
        self._fixed = {str(c) for c in self.config.chats}

    # -- what the delivery loop reads ------------------------------------------

    def targets(self) -> list[str]:
        return [str(c) for c in self.config.chats]

    def interval_for(self, target: str) -> float:
        """Seconds between two sends to `target`: 20/min for groups and channels."""
        return self.group_interval if is_group(target) else self.min_interval

    def missing_env(self) -> list[str]:
        return [] if os.environ.get(self.config.token_env) else [self.config.token_env]

    # -- lifecycle ------------------------------------------------------------

    async def start(self, ctx: NotifierContext) -> None:
        if ctx.store is not None and self.config.subscriptions:
            await self._unstrand_upgraded(ctx.store)
        token = os.environ.get(self.config.token_env, "").strip()
        if not token:
            log.error(
                "telegram %s: environment variable %s is not set; its alerts stay queued",
                self.name, self.config.token_env,
            )
            return
        register_secret(token)
        self._token = token
        self.bot = self._build_bot(token)
        if ctx.interactive and self.config.subscriptions:
            if ctx.store is None:
                log.error("telegram %s: no store, chat commands disabled", self.name)
            else:
                self.app = self._build_app(self.bot, ctx)
                self._commands_task = asyncio.create_task(
                    self._run_commands(), name=f"telegram-{self.name}-commands"
                )
        else:
            try:
                await self._ensure_bot()  # report a bad token now, not at the first alert
            except DeliveryError as exc:
                log.error("telegram %s: %s", self.name, exc)

    async def _unstrand_upgraded(self, store: Any) -> None:
        """Move chats that earlier versions paused when their group became a
        supergroup (the pause reason names the new id) to that id."""
        for chat_id, reason in await store.run(store.paused_chats, self.name):
            found = _UPGRADED.search(reason or "")
            if found and await store.run(store.move_chat, self.name, chat_id, found[1]):
                log.info("telegram %s: chat %s had become supergroup %s; its subscriptions "
                         "moved there", self.name, chat_id, found[1])

    def _build_bot(self, token: str) -> ExtBot[int]:
        base_url, base_file_url = api_urls(self.config.base_url)
        return ExtBot(
            token,
            base_url=base_url,
            base_file_url=base_file_url,
            request=HTTPXRequest(
                connection_pool_size=self.max_concurrency + 8,
                connect_timeout=5.0, read_timeout=self.request_timeout,
                write_timeout=self.request_timeout, pool_timeout=10.0,
            ),
            get_updates_request=HTTPXRequest(
                connection_pool_size=2, connect_timeout=5.0, read_timeout=30.0,
                write_timeout=10.0, pool_timeout=5.0,
            ),
            rate_limiter=self.limiter,
        )

    def _build_app(
        self, bot: ExtBot[int], ctx: NotifierContext
    ) -> Application[Any, Any, Any, Any, Any, Any]:
        allow = self.config.allow
        settings = CommandSettings(
            notifier=self.name,
            allow=None if allow == "open" else frozenset(str(a) for a in allow),
            max_watches=self.config.max_watches,
        )
        commands = ChatCommands(settings, ctx.store, ctx.resolve_company, ctx.suggest_company)
        self.commands = commands
        app = (
            ApplicationBuilder()
            .bot(bot)
            .job_queue(None)  # the job-queue extra pins APScheduler < 3.12; we need none
            .concurrent_updates(PerChatUpdateProcessor())
            .build()
        )
        app.add_handlers(commands.handlers())
        app.add_error_handler(self._on_handler_error)
        return app

    async def _run_commands(self) -> None:
        """Start polling, retrying while Telegram is unreachable; give up on a bad token."""
        app = self.app
        assert app is not None and app.updater is not None
        delay = 2.0
        while True:
            try:
                await app.initialize()
                break
            except InvalidToken:
                self._token_rejected = True
                log.error("telegram %s: the token in %s was rejected; chat commands are off",
                          self.name, self.config.token_env)
                return
            except TelegramError as exc:
                log.warning("telegram %s: can't reach the Bot API (%s); retrying in %.0f s",
                            self.name, redact(str(exc)), delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 300.0)
        try:
            await app.bot.set_my_commands(COMMANDS)
        except TelegramError as exc:
            log.warning("telegram %s: setMyCommands failed: %s", self.name, redact(str(exc)))
        await app.start()
        await app.updater.start_polling(
            timeout=timedelta(seconds=10),
            allowed_updates=[Update.MESSAGE],
            error_callback=self._on_poll_error,
        )
        self.commands_ready.set()
        log.info("telegram %s: answering chat commands as @%s", self.name, app.bot.username)

    def _on_poll_error(self, exc: TelegramError) -> None:
        log.warning("telegram %s: polling for updates failed: %s", self.name, redact(str(exc)))

    async def _on_handler_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        exc = context.error
        log.error("telegram %s: a chat command failed: %s", self.name,
                  redact(f"{type(exc).__name__}: {exc}"))
        if isinstance(update, Update) and update.effective_message and not isinstance(
            exc, TelegramError
        ):
            with contextlib.suppress(TelegramError):
                await update.effective_message.reply_text(
                    "Sorry, something went wrong on my side. Please try again later."
                )

    async def close(self) -> None:
        task, self._commands_task = self._commands_task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        app, self.app = self.app, None
        if app is not None:
            try:
                if app.updater is not None and app.updater.running:
                    await app.updater.stop()
                if app.running:
                    await app.stop()
                await app.shutdown()
            except TelegramError as exc:
                log.warning("telegram %s: shutdown: %s", self.name, redact(str(exc)))
        if self.bot is not None:
            with contextlib.suppress(TelegramError):
                await self.bot.shutdown()

    # -- sending --------------------------------------------------------------

    async def _ensure_bot(self) -> ExtBot[int]:
        if self._token is None or self.bot is None:
            raise PermanentError(
                f"environment variable {self.config.token_env} is not set (telegram notifier "
                f"{self.name})"
            )
        if self._token_rejected:
            raise PermanentError(
                f"Telegram rejected the token in {self.config.token_env} (401 Unauthorized)"
            )
        async with self._init_lock:
            try:
                await self.bot.initialize()
            except TelegramError as exc:
                raise self._map_error(exc, "") from None
        return self.bot

    async def send(self, delivery: Delivery) -> str | None:
        bot = await self._ensure_bot()
        chat_id = delivery.target
        if not chat_id:
            raise PermanentError("telegram delivery without a chat id")
        alert = delivery.alert
        reply = None
        if alert.kind == "update" and delivery.thread_ref and delivery.thread_ref.isdigit():
            reply = ReplyParameters(
                message_id=int(delivery.thread_ref), allow_sending_without_reply=True
            )
        try:
            try:
                message = await self._send_text(bot, chat_id, format_alert(alert), reply, html=True)
            except BadRequest as exc:
                if "can't parse entities" not in str(exc).lower():
                    raise
                # Our escaping should make this impossible; a plain copy beats no alert.
                log.warning("telegram %s: HTML refused (%s); sending plain text", self.name,
                            redact(str(exc)))
                message = await self._send_text(
                    bot, chat_id, format_alert_plain(alert), reply, html=False
                )
        except TelegramError as exc:
            error = self._map_error(exc, chat_id)
            self.last_response = redact(f"{type(exc).__name__}: {exc}")[:300]
            raise error from None
        self.last_response = f"sent message {message.message_id} to chat {chat_id}"
        return str(message.message_id)

    async def _send_text(
        self, bot: ExtBot[int], chat_id: str, text: str, reply: ReplyParameters | None,
        *, html: bool,
    ) -> Message:
        return await bot.send_message(
            chat_id=int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id,
            text=text,
            parse_mode=ParseMode.HTML if html else None,
            link_preview_options=_PREVIEW_OFF,
            reply_parameters=reply,
        )

    def _map_error(self, exc: TelegramError, chat_id: str) -> DeliveryError:
        """Telegram's answer -> what the delivery loop should do with the row."""
        text = redact(f"{type(exc).__name__}: {exc}")
        lowered = text.lower()
        # Fixed chats come from rules.yaml: a refusal there needs the admin, so the
        # rows wait (PermanentError) instead of being dropped with the chat paused.
        fixed = chat_id in self._fixed
        if isinstance(exc, RetryAfter):
            wait = _seconds(exc.retry_after)
            return TemporaryError(f"Telegram flood limit: retry after {wait:g} s", retry_after=wait)
        if isinstance(exc, InvalidToken):
            self._token_rejected = True
            return PermanentError(
                f"Telegram rejected the token in {self.config.token_env} (401 Unauthorized)"
            )
        if isinstance(exc, ChatMigrated):
            msg = f"chat {chat_id} became supergroup {exc.new_chat_id}"
            # A subscribed chat moves with its watches; a fixed one is rules.yaml's to change.
            return PermanentError(msg + "; update rules.yaml") if fixed else ChatMoved(
                msg, new_target=str(exc.new_chat_id)
            )
        if isinstance(exc, Forbidden | BadRequest) and any(g in lowered for g in _GONE):
            return PermanentError(f"{text} (chat {chat_id} in rules.yaml)") if fixed else (
                TargetGone(text)
            )
        if isinstance(exc, Forbidden | BadRequest):
            return PermanentError(text)
        if isinstance(exc, NetworkError):  # TimedOut, 5xx, refused connections
            return TemporaryError(text)
        return TemporaryError(text)
