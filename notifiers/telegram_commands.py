"""Chat commands of the Telegram notifier: what a chat subscribes to.

Usage, in a private chat with the bot or in a group (there as /watch@botname):

    /start, /help        what the bot does and these commands
    /watch COMPANY       alerts for one company: /watch Alibaba, /watch 阿里巴巴, /watch BABA
    /unwatch COMPANY     stop them
    /min 1000            any company's layoffs of at least 1,000 jobs (also 1k, 1万)
    /min 10%             ... or of at least 10% of staff; /min off clears both
    /list                this chat's watches and thresholds
    /recent              the last five layoff events
    /stop                unsubscribe from everything

In groups and supergroups only the group's admins (getChatMember status
creator or administrator, or an admin posting anonymously as the group) may
/watch, /unwatch, /min and /stop; anyone may read (/list, /recent, /help).
Private chats are unchanged. Admin checks are remembered for ADMIN_TTL seconds.

Subscriptions live in the store (tables `chats` and `watches`), always written
through `await store.run(store.<method>, ...)` so the store's single writer
thread does the work. Company names are resolved to canonical names (the
watchlist plus the bundled directory, English, Chinese and tickers); unknown
names get "did you mean …?" instead of a watch that could never match.
When a group becomes a supergroup (a new chat id), the service message that
says so moves the group's watches and thresholds to the new id (`migrated`).

User input is untrusted: arguments are NFKC-normalised, stripped of control
and zero-width characters, capped in length, and escaped in every reply.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import unicodedata
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import Bot, BotCommand, LinkPreviewOptions, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    BaseHandler,
    BaseUpdateProcessor,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from logsafe import redact
from notifiers.telegram_format import esc, format_event_line, number, percent

log = logging.getLogger(__name__)

MAX_ARG_LEN = 100
RECENT = 5
# Long enough that a burst of commands costs one getChatMember, short enough
# that a promotion or demotion takes effect within a minute.
ADMIN_TTL = 60.0
GROUPS = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})
ADMINS = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})
NOT_ADMIN = "Only this group's admins can change what it follows. /list shows what that is."
CANT_CHECK = "I couldn't check whether you're an admin here. Please try again in a minute."

COMMANDS: list[BotCommand] = [
    BotCommand("watch", "Alerts for a company: /watch Alibaba"),
    BotCommand("unwatch", "Stop alerts for a company"),
    BotCommand("min", "Any company's layoffs of at least N jobs or N%"),
    BotCommand("list", "What this chat is subscribed to"),
    BotCommand("recent", "The last five layoffs"),
    BotCommand("stop", "Unsubscribe from everything"),
    BotCommand("help", "How to use this bot"),
]

HELP = """<b>LayoffWatch</b> tells this chat when companies announce layoffs \
(news in English and Chinese).

/watch <i>COMPANY</i> — follow a company by name, 中文 name or ticker: \
/watch Alibaba, /watch 京东
/unwatch <i>COMPANY</i> — stop following it
/min <i>N</i> — any company cutting at least N jobs (1000, 1k, 1万)
/min <i>N</i>% — any company cutting at least N% of staff; /min off clears both
/list — what this chat follows
/recent — the last five layoffs seen
/stop — unsubscribe from everything"""

_OFF = {"off", "none", "clear", "0", "0%", "关", "关闭", "取消"}
_MIN = re.compile(
    r"^(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>k|m|千|万|萬)?(?P<pct>%|percent)?$", re.IGNORECASE
)
_UNITS = {"k": 1_000, "m": 1_000_000, "千": 1_000, "万": 10_000, "萬": 10_000}
_PREVIEW_OFF = LinkPreviewOptions(is_disabled=True)


def clean_arg(text: str) -> str:
    """NFKC, controls -> space, zero-width/format characters removed, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cc" or cat in ("Zl", "Zp"):
            out.append(" ")
        elif cat in ("Cf", "Cs", "Co", "Cn"):
            continue  # zero-width joiners, bidi overrides, BOMs, unassigned
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def parse_min(text: str) -> tuple[str, float] | None:
    """'1000' -> ('count', 1000); '10%' -> ('percent', 10); 'off' -> ('off', 0); else None."""
    value = clean_arg(text).lower().replace(" ", "")
    if value in _OFF:
        return ("off", 0.0)
    m = _MIN.match(value)
    if not m:
        return None
    num = float(m["num"].replace(",", ""))
    if m["pct"]:
        if m["unit"] or not 0 < num <= 100:
            return None
        return ("percent", num)
    num *= _UNITS.get((m["unit"] or "").lower(), 1)
    if not 1 <= num <= 10_000_000:
        return None
    return ("count", float(round(num)))


def describe_thresholds(min_count: int | None, min_percent: float | None) -> str | None:
    parts = []
    if min_count is not None:
        parts.append(f"{number(min_count)}+ jobs")
    if min_percent is not None:
        parts.append(f"{percent(min_percent)}+ of staff")
    return " or ".join(parts) if parts else None


@dataclass(frozen=True)
class CommandSettings:
    notifier: str
    allow: frozenset[str] | None = None  # None: any chat may subscribe
    max_watches: int = 100
    max_arg_len: int = MAX_ARG_LEN


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


class AdminCheck:
    """Whether a user is an admin of a group, asked with getChatMember and
    remembered for `ttl` seconds (yes and no alike; errors are not remembered)."""

    def __init__(
        self,
        ttl: float = ADMIN_TTL,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = 10_000,
    ) -> None:
        self.ttl = ttl
        self.clock = clock
        self.max_entries = max_entries
        self._known: dict[tuple[int, int], tuple[bool, float]] = {}

    async def is_admin(self, bot: Bot, chat_id: int, user_id: int) -> bool:
        key = (chat_id, user_id)
        now = self.clock()
        known = self._known.get(key)
        if known is not None and known[1] > now:
            return known[0]
        member = await bot.get_chat_member(chat_id, user_id)
        admin = member.status in ADMINS
        if len(self._known) >= self.max_entries:
            self._known = {k: v for k, v in self._known.items() if v[1] > now}
            if len(self._known) >= self.max_entries:
                self._known.clear()
        self._known[key] = (admin, now + self.ttl)
        return admin


class ChatCommands:
    """The command handlers of one Telegram notifier, bound to its store."""

    def __init__(
        self,
        settings: CommandSettings,
        store: Any,
        resolve_company: Callable[[str], str | None],
        suggest_company: Callable[[str], list[str]],
    ) -> None:
        self.settings = settings
        self.store = store
        self.resolve_company = resolve_company
        self.suggest_company = suggest_company
        self.admins = AdminCheck()

    def handlers(self) -> list[BaseHandler[Update, Any, Any]]:
        # Only new messages: an edited "/watch X" must not run the command twice.
        only_new = filters.UpdateType.MESSAGE
        # (names, handler, changes the chat's subscriptions: admins only in groups)
        table: list[tuple[str | Sequence[str], Handler, bool]] = [
            (("start", "help"), self.help, False),
            ("watch", self.watch, True),
            ("unwatch", self.unwatch, True),
            ("min", self.min, True),
            ("list", self.list, False),
            ("recent", self.recent, False),
            ("stop", self.stop, True),
        ]
        handlers: list[BaseHandler[Update, Any, Any]] = [
            CommandHandler(names, self._guarded(fn, changes=changes), filters=only_new)
            for names, fn, changes in table
        ]
        # A group upgraded to a supergroup: Telegram posts "migrate_to_chat_id" in
        # the old group and "migrate_from_chat_id" in the new one; either moves
        # the chat's subscriptions (the first to arrive does it, the other finds
        # nothing left to move).
        handlers.append(MessageHandler(filters.StatusUpdate.MIGRATE & only_new, self.migrated))
        # In groups other bots' commands are none of our business.
        handlers.append(
            MessageHandler(
                filters.COMMAND & filters.ChatType.PRIVATE & only_new, self._guarded(self.unknown)
            )
        )
        return handlers

    # -- plumbing -------------------------------------------------------------

    def _guarded(self, fn: Handler, *, changes: bool = False) -> Handler:
        async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            chat = update.effective_chat
            if chat is None or update.effective_message is None:
                return
            if not self._allowed(chat.id, chat.username):
                log.info("telegram %s: refused chat %s (not in allow)", self.settings.notifier,
                         chat.id)
                await self._reply(
                    update,
                    "Sorry, this bot only serves chats its admin has allowed. "
                    f"To be added, send the admin this chat's id: <code>{chat.id}</code>",
                )
                return
            # Any command from a chat proves it is reachable again: _touch records
            # the chat and lifts a pause left by "bot was blocked".
            await self._touch(update)
            if changes and not await self._may_change(update, context):
                return
            await fn(update, context)

        run.__name__ = fn.__name__
        return run

    async def _may_change(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
        """Private chats: yes. Groups: only admins; everyone else is told so."""
        chat, message = update.effective_chat, update.effective_message
        assert chat is not None and message is not None
        if chat.type not in GROUPS:
            return True
        sender_chat = message.sender_chat
        if sender_chat is not None and sender_chat.id == chat.id:
            return True  # only an admin can post anonymously, as the group itself
        user = update.effective_user
        # Someone speaking as a channel has no member status of their own to check.
        if user is None or sender_chat is not None:
            await self._reply(update, NOT_ADMIN)
            return False
        try:
            admin = await self.admins.is_admin(context.bot, chat.id, user.id)
        except TelegramError as exc:
            log.warning("telegram %s: can't check admin rights in chat %s: %s",
                        self.settings.notifier, chat.id, redact(str(exc)))
            await self._reply(update, CANT_CHECK)
            return False
        if not admin:
            log.info("telegram %s: chat %s: user %s is no admin; change refused",
                     self.settings.notifier, chat.id, user.id)
            await self._reply(update, NOT_ADMIN)
        return admin

    def _allowed(self, chat_id: int, username: str | None) -> bool:
        allow = self.settings.allow
        if allow is None:
            return True
        return str(chat_id) in allow or (username is not None and f"@{username}" in allow)

    async def _reply(self, update: Update, html_text: str) -> None:
        message = update.effective_message
        assert message is not None
        await message.reply_text(
            html_text,
            parse_mode=ParseMode.HTML,
            link_preview_options=_PREVIEW_OFF,
            # In a busy group, quote the command so people see whose reply it is.
            do_quote=message.chat.type != "private",
        )

    async def _db(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return await self.store.run(getattr(self.store, method), *args, **kwargs)

    def _chat_id(self, update: Update) -> str:
        assert update.effective_chat is not None
        return str(update.effective_chat.id)

    async def _touch(self, update: Update) -> str:
        chat = update.effective_chat
        assert chat is not None
        title = chat.title or chat.username or chat.first_name
        await self._db(
            "ensure_chat", self.settings.notifier, str(chat.id), chat_type=chat.type,
            title=clean_arg(title)[:200] if title else None,
        )
        return str(chat.id)

    def _argument(self, update: Update) -> tuple[str, str | None]:
        """(cleaned argument, error text or None); the raw text after the command."""
        message = update.effective_message
        text = (message.text if message else None) or ""
        parts = text.split(maxsplit=1)
        raw = parts[1] if len(parts) > 1 else ""
        limit = self.settings.max_arg_len
        # Check the raw length first so a huge argument costs nothing to refuse.
        if len(raw) > limit * 4:
            return "", f"That is too long: at most {limit} characters, please."
        arg = clean_arg(raw)
        if len(arg) > limit:
            return "", f"That is too long: at most {limit} characters, please."
        return arg, None

    # -- commands -------------------------------------------------------------

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        text = HELP
        chat = update.effective_chat
        if chat is not None and chat.type != "private":
            bot_name = esc(context.bot.username)
            text += (
                f"\n\nIn a group, address me by name: /watch@{bot_name} Alibaba. "
                "Only the group's admins can change what it follows."
            )
        await self._reply(update, text)

    async def watch(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        name, error = self._argument(update)
        if error:
            await self._reply(update, error)
            return
        if not name:
            await self._reply(
                update, "Which company? For example: /watch Alibaba or /watch 阿里巴巴"
            )
            return
        company = self.resolve_company(name)
        if company is None:
            await self._reply(update, self._unknown_company(name))
            return
        chat_id = self._chat_id(update)
        n = self.settings.notifier
        watching = await self._db("watches", n, chat_id)
        if company in watching:
            await self._reply(update, f"This chat already watches <b>{esc(company)}</b>.")
            return
        if len(watching) >= self.settings.max_watches:
            await self._reply(
                update,
                f"This chat already watches {len(watching)} companies, the most allowed. "
                "/unwatch one first, or use /min to follow big layoffs at any company.",
            )
            return
        await self._db("add_watch", n, chat_id, company)
        log.info("telegram %s: chat %s watches %s", n, chat_id, company)
        shown = f"<b>{esc(company)}</b>"
        if company.casefold() != name.casefold():
            shown += f" (from “{esc(name)}”)"
        await self._reply(update, f"Watching {shown}. You'll get its layoff news here.")

    async def unwatch(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        name, error = self._argument(update)
        if error:
            await self._reply(update, error)
            return
        if not name:
            await self._reply(update, "Which company? For example: /unwatch Alibaba")
            return
        chat_id = self._chat_id(update)
        n = self.settings.notifier
        watching: list[str] = await self._db("watches", n, chat_id)
        company = self.resolve_company(name)
        # Also match what the chat stored, in case the directory changed since.
        target = next(
            (w for w in watching if w.casefold() in {name.casefold(), (company or "").casefold()}),
            None,
        )
        if target is None:
            shown = company or name
            await self._reply(update, f"This chat doesn't watch <b>{esc(shown)}</b>. See /list.")
            return
        await self._db("remove_watch", n, chat_id, target)
        log.info("telegram %s: chat %s unwatched %s", n, chat_id, target)
        await self._reply(update, f"Stopped watching <b>{esc(target)}</b>.")

    async def min(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        arg, error = self._argument(update)
        if error:
            await self._reply(update, error)
            return
        parsed = parse_min(arg) if arg else None
        if parsed is None:
            await self._reply(
                update,
                "Usage: /min 1000 (jobs), /min 10% (of staff), or /min off."
                + (f" I couldn't read “{esc(arg)}”." if arg else ""),
            )
            return
        chat_id = self._chat_id(update)
        n = self.settings.notifier
        row = await self._db("chat", n, chat_id) or {}
        min_count, min_percent = row.get("min_count"), row.get("min_percent")
        kind, value = parsed
        if kind == "off":
            min_count = min_percent = None
        elif kind == "count":
            min_count = int(value)
        else:
            min_percent = value
        await self._db("set_min", n, chat_id, min_count=min_count, min_percent=min_percent)
        log.info("telegram %s: chat %s min_count=%s min_percent=%s", n, chat_id, min_count,
                 min_percent)
        described = describe_thresholds(min_count, min_percent)
        if described is None:
            await self._reply(update, "Thresholds cleared: only companies you /watch now alert.")
        else:
            await self._reply(
                update, f"You'll get any company's layoffs of <b>{esc(described)}</b>."
            )

    async def list(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat_id = self._chat_id(update)
        n = self.settings.notifier
        watching: list[str] = await self._db("watches", n, chat_id)
        row = await self._db("chat", n, chat_id) or {}
        described = describe_thresholds(row.get("min_count"), row.get("min_percent"))
        if not watching and described is None:
            await self._reply(
                update,
                "This chat isn't subscribed to anything yet. Try /watch Alibaba or /min 1000.",
            )
            return
        lines = []
        if watching:
            names = [esc(w) for w in watching]
            # A big cap (max_watches) must not push the reply past 4096 characters.
            shown, used = [], 0
            for name in names:
                if used + len(name) > 3500:
                    break
                shown.append(name)
                used += len(name) + 2
            more = f" +{len(names) - len(shown)} more" if len(shown) < len(names) else ""
            lines.append(f"<b>Watching</b> ({len(watching)}): " + ", ".join(shown) + more)
        if described:
            lines.append(f"<b>Any company</b>: {esc(described)}")
        await self._reply(update, "\n".join(lines))

    async def recent(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        events = await self._db("recent_events", RECENT)
        if not events:
            await self._reply(update, "No layoffs seen yet.")
            return
        lines = [f"<b>Last {len(events)} layoffs</b>"] + [format_event_line(e) for e in events]
        await self._reply(update, "\n".join(lines))

    async def stop(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat_id = self._chat_id(update)
        await self._db("unsubscribe_all", self.settings.notifier, chat_id)
        log.info("telegram %s: chat %s unsubscribed from everything", self.settings.notifier,
                 chat_id)
        await self._reply(
            update, "Unsubscribed from everything. /watch or /min to start again."
        )

    async def migrated(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Move a group's subscriptions to the supergroup it became (no reply: the
        old group takes no messages, and the new one needs no notice)."""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        if message.migrate_to_chat_id:
            old, new = str(chat.id), str(message.migrate_to_chat_id)
        elif message.migrate_from_chat_id:
            old, new = str(message.migrate_from_chat_id), str(chat.id)
        else:
            return
        n = self.settings.notifier
        if await self._db("move_chat", n, old, new):
            log.info("telegram %s: chat %s became supergroup %s; its subscriptions moved",
                     n, old, new)

    async def unknown(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._reply(update, "I don't know that command. /help lists what I can do.")

    def _unknown_company(self, name: str) -> str:
        try:
            suggestions = [s for s in self.suggest_company(name) if s][:3]
        except Exception:  # a broken suggester must not break the reply
            log.exception("suggest_company failed")
            suggestions = []
        if suggestions:
            options = " or ".join(f"<b>{esc(s)}</b>" for s in suggestions)
            return f"I don't know “{esc(name)}”. Did you mean {options}?"
        return (
            f"I don't know “{esc(name)}”. Try its English or Chinese name, or its ticker "
            "(e.g. Alibaba, 阿里巴巴, BABA)."
        )


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates of one chat in order, different chats concurrently.

    PTB's default handles every update in sequence, so one slow reply (a
    group's 20-a-minute limit) would hold up everyone; its concurrent mode
    could answer one user's /watch and /list out of order.
    """

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        # chat id -> (lock, updates holding or awaiting it); dropped at zero.
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock, users = self._locks.get(chat.id) or (asyncio.Lock(), 0)
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[chat.id]
            if users <= 1:
                del self._locks[chat.id]
            else:
                self._locks[chat.id] = (lock, users - 1)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
