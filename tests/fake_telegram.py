"""A loopback fake of the Telegram Bot API, for tests and benchmarks.

It serves `/bot<TOKEN>/<method>` on 127.0.0.1 (an ephemeral port) from a
background thread, so the real python-telegram-bot talks to it over HTTP via
`base_url`. It implements what layoffwatch uses:

    getMe, getUpdates (long polling, capped at `poll_cap` seconds; offset
    confirms updates), sendMessage, getChatMember, setMyCommands,
    getMyCommands, deleteWebhook, close/logOut

Group membership: `fake.set_member(chat, user, "administrator")` (or
"creator", "member", "restricted", "left", "kicked"); anyone not set is a
plain "member" of the chat. `fake.script_call("getChatMember", 500)` makes
the next call of any other method fail.

and the failures that matter:

    wrong token                      -> 401 Unauthorized
    fake.script_send(...)            -> the next sendMessage(s) answer 429 with
                                        parameters.retry_after, 5xx, or any error
    fake.block(chat)                 -> 403 "Forbidden: bot was blocked by the user"
    fake.forget(chat)                -> 400 "Bad Request: chat not found"
    fake.upgrade(group, supergroup)  -> the group became a supergroup: sends to (and
                                        getChatMember in) the old id answer 400 "group
                                        chat was upgraded to a supergroup chat" with
                                        parameters.migrate_to_chat_id; with
                                        `announce=True` also the two service messages
                                        (migrate_to_chat_id in the old chat,
                                        migrate_from_chat_id in the new) as updates
    fake.enforce_limits()            -> Telegram's flood limits: more than 30
                                        messages in any second overall, two
                                        messages to one chat within a second, or
                                        more than 20 a minute to one group -> 429

Bodies may be form-encoded (what PTB sends; nested objects are JSON strings),
JSON, or query strings. Commands reach the bot through
`fake.push_command(chat_id, "/watch 阿里巴巴")`, which queues an update with the
`bot_command` entity that PTB's CommandHandler needs.

The request handler never logs: its default access log would print the token.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

TOKEN = "123456789:AAFakeTokenForTestsOnly-abcdefghijkl"
BOT_ID = 123456789
BOT_USERNAME = "layoffwatch_test_bot"
GROUP_ANONYMOUS_BOT = 1087968824  # the "from" of messages an admin sends as the group

_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)$")
_ADMIN_RIGHTS = (
    "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
    "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
    "can_edit_stories", "can_delete_stories",
)
_RESTRICTED_RIGHTS = (
    "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
    "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
    "can_send_other_messages", "can_add_web_page_previews", "can_change_info",
    "can_invite_users", "can_pin_messages", "can_manage_topics", "can_edit_tag",
    "can_react_to_messages",
)


@dataclass
class Sent:
    """One message the fake accepted."""

    chat_id: str
    text: str
    message_id: int
    parse_mode: str | None = None
    reply_to: int | None = None
    allow_sending_without_reply: bool | None = None
    at: float = 0.0
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Scripted:
    status: int
    description: str
    retry_after: int | None = None
    chat_id: str | None = None  # None: whichever chat is next


class FakeTelegram:
    def __init__(self, token: str = TOKEN, *, poll_cap: float = 0.3) -> None:
        self.token = token
        self.poll_cap = poll_cap
        self._cond = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1000
        self._next_message_id = 1
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.commands: list[dict[str, Any]] = []
        self.blocked: set[str] = set()
        self.missing: set[str] = set()
        self.upgraded: dict[str, int] = {}  # group id -> the supergroup id it became
        self._script: deque[_Scripted] = deque()
        self._call_script: dict[str, deque[_Scripted]] = defaultdict(deque)
        self.members: dict[tuple[str, int], str] = {}  # (chat id, user id) -> status
        self.rejected_429 = 0
        self.errors_served = 0
        self.limits = False
        self.overall_per_second = 30
        self.per_chat_interval = 1.0
        self.group_per_minute = 20
        self._recent: deque[float] = deque()
        self._chat_times: dict[str, deque[float]] = defaultdict(deque)
        self.max_in_flight = 0
        self.send_delay = 0.0  # seconds sendMessage waits before answering (timeouts)
        self._in_flight = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        # A client hanging up (a bot killed mid-request) is not the fake's error.
        self._server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        # Keep-alive connections would make server_close() wait for the client.
        self._server.block_on_close = False
        # A short poll interval makes stop() quick (the default 0.5 s adds up over tests).
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # -- lifecycle ------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """What rules.yaml's `base_url` holds for this server (no /bot suffix)."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeTelegram:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # -- scripting ------------------------------------------------------------

    def push_command(
        self,
        chat_id: int | str,
        text: str,
        *,
        chat_type: str = "private",
        user_id: int | None = None,
        title: str | None = None,
        anonymous_admin: bool = False,
    ) -> int:
        """Queue a user's message; a leading /command gets a bot_command entity.

        The sender is `user_id` (default: the chat id's absolute value); with
        `anonymous_admin` the message is sent on behalf of the group itself, as
        Telegram does for an admin who posts anonymously.
        """
        cid = int(chat_id)
        chat: dict[str, Any] = {"id": cid, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "Tester"
        else:
            chat["title"] = title or f"Group {cid}"
        sender = {"id": user_id or abs(cid), "is_bot": False, "first_name": "Tester"}
        message: dict[str, Any] = {
            "message_id": self._take_message_id(),
            "date": int(time.time()),
            "chat": chat,
            "from": sender,
            "text": text,
        }
        if anonymous_admin:
            message["from"] = {"id": GROUP_ANONYMOUS_BOT, "is_bot": True, "first_name": "Group",
                               "username": "GroupAnonymousBot"}
            message["sender_chat"] = dict(chat)
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        return self._push_update(message)

    def script_send(
        self,
        status: int = 429,
        *,
        times: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
        chat_id: int | str | None = None,
    ) -> None:
        """Make the next `times` sendMessage calls (to `chat_id`, or any) fail."""
        if status == 429 and retry_after is None:
            retry_after = 1
        desc = description or {
            429: f"Too Many Requests: retry after {retry_after}",
            500: "Internal Server Error",
            502: "Bad Gateway",
            400: "Bad Request: chat not found",
            403: "Forbidden: bot was blocked by the user",
        }.get(status, "Error")
        with self._cond:
            for _ in range(times):
                self._script.append(
                    _Scripted(status, desc, retry_after, None if chat_id is None else str(chat_id))
                )

    def script_call(
        self, method: str, status: int = 500, *, times: int = 1, description: str | None = None
    ) -> None:
        """Make the next `times` calls of `method` (not sendMessage) fail with `status`."""
        desc = description or {500: "Internal Server Error", 400: "Bad Request"}.get(
            status, "Error"
        )
        with self._cond:
            self._call_script[method].extend(_Scripted(status, desc) for _ in range(times))

    def set_member(self, chat_id: int | str, user_id: int, status: str) -> None:
        """What getChatMember answers for this user in this chat."""
        with self._cond:
            self.members[(str(chat_id), int(user_id))] = status

    def block(self, chat_id: int | str) -> None:
        self.blocked.add(str(chat_id))

    def forget(self, chat_id: int | str) -> None:
        self.missing.add(str(chat_id))

    def upgrade(self, group_id: int | str, supergroup_id: int | str, *,
                announce: bool = False, title: str | None = None) -> None:
        """The group became a supergroup with a new id, as Telegram does it."""
        old, new = int(group_id), int(supergroup_id)
        with self._cond:
            self.upgraded[str(old)] = new
        if not announce:
            return
        title = title or f"Group {old}"
        for chat, field_, value in (
            ({"id": old, "type": "group", "title": title}, "migrate_to_chat_id", new),
            ({"id": new, "type": "supergroup", "title": title}, "migrate_from_chat_id", old),
        ):
            self._push_update({
                "message_id": self._take_message_id(),
                "date": int(time.time()),
                "chat": chat,
                # Telegram's service messages come from the admin who upgraded.
                "from": {"id": abs(old), "is_bot": False, "first_name": "Tester"},
                field_: value,
            })

    def _push_update(self, message: dict[str, Any]) -> int:
        with self._cond:
            update_id = self._next_update_id
            self._next_update_id += 1
            self._updates.append({"update_id": update_id, "message": message})
            self._cond.notify_all()
        return update_id

    def enforce_limits(
        self,
        overall_per_second: int = 30,
        per_chat_interval: float = 1.0,
        group_per_minute: int = 20,
    ) -> None:
        self.limits = True
        self.overall_per_second = overall_per_second
        self.per_chat_interval = per_chat_interval
        self.group_per_minute = group_per_minute

    # -- inspection -----------------------------------------------------------

    def messages(self, chat_id: int | str | None = None) -> list[Sent]:
        with self._cond:
            return [m for m in self.sent if chat_id is None or m.chat_id == str(chat_id)]

    def wait_for_messages(
        self, chat_id: int | str | None = None, count: int = 1, timeout: float = 10.0
    ) -> list[Sent]:
        """Block until `count` messages reached `chat_id` (or any chat); return them all."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                got = [m for m in self.sent if chat_id is None or m.chat_id == str(chat_id)]
                if len(got) >= count:
                    return got
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {count} message(s) to {chat_id}, got {len(got)}: "
                        f"{[m.text[:80] for m in got]}"
                    )
                self._cond.wait(left)

    async def await_messages(
        self, chat_id: int | str | None = None, count: int = 1, wait: float = 10.0
    ) -> list[Sent]:
        """`wait_for_messages` for async tests, off the event loop."""
        return await asyncio.to_thread(self.wait_for_messages, chat_id, count, wait)

    def wait_until_idle(self, timeout: float = 10.0) -> None:
        """Block until every queued update was fetched and confirmed by the bot."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._updates:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self._updates)} update(s) never confirmed")
                self._cond.wait(left)

    def method_calls(self, method: str) -> list[dict[str, Any]]:
        with self._cond:
            return [params for name, params in self.calls if name == method]

    # -- the API --------------------------------------------------------------

    def _take_message_id(self) -> int:
        with self._cond:
            mid = self._next_message_id
            self._next_message_id += 1
            return mid

    def _dispatch(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, Any]:
        if token != self.token:
            return 401, _error(401, "Unauthorized")
        with self._cond:
            self.calls.append((method, params))
        if method == "getMe":
            return 200, _ok(
                {
                    "id": BOT_ID,
                    "is_bot": True,
                    "first_name": "LayoffWatch",
                    "username": BOT_USERNAME,
                    "can_join_groups": True,
                    "can_read_all_group_messages": False,
                    "supports_inline_queries": False,
                }
            )
        with self._cond:
            queued = self._call_script.get(method)
            scripted = queued.popleft() if queued else None
        if scripted is not None:
            with self._cond:
                self.errors_served += 1
            return scripted.status, _error(scripted.status, scripted.description)
        if method == "getUpdates":
            return 200, _ok(self._get_updates(params))
        if method == "getChatMember":
            return self._get_chat_member(params)
        if method == "sendMessage":
            return self._send_message(params)
        if method == "setMyCommands":
            commands = _json_field(params.get("commands")) or []
            with self._cond:
                self.commands = list(commands)
            return 200, _ok(True)
        if method == "getMyCommands":
            with self._cond:
                return 200, _ok(list(self.commands))
        if method in ("deleteWebhook", "close", "logOut"):
            return 200, _ok(True)
        return 404, _error(404, "Not Found: method not found")

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + min(timeout, self.poll_cap)
        with self._cond:
            if offset:
                # Telegram forgets every update below the offset: it was confirmed.
                before = len(self._updates)
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if len(self._updates) != before:
                    self._cond.notify_all()
            while not self._updates:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            return [dict(u) for u in self._updates[:limit]]

    def _get_chat_member(self, params: dict[str, Any]) -> tuple[int, Any]:
        chat_id = str(params.get("chat_id", ""))
        try:
            user_id = int(params.get("user_id", ""))
        except ValueError:
            return 400, _error(400, "Bad Request: invalid user_id specified")
        if chat_id in self.missing or not chat_id:
            return 400, _error(400, "Bad Request: chat not found")
        with self._cond:
            if chat_id in self.upgraded:
                return 400, _upgraded_error(self.upgraded[chat_id])
            status = self.members.get((chat_id, user_id), "member")
        user = {"id": user_id, "is_bot": False, "first_name": "Tester"}
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member |= {"can_be_edited": False, "is_anonymous": False}
            member |= dict.fromkeys(_ADMIN_RIGHTS, True)
        elif status == "restricted":
            member |= {"is_member": True, "until_date": 0}
            member |= dict.fromkeys(_RESTRICTED_RIGHTS, False)
        elif status == "kicked":
            member["until_date"] = 0
        return 200, _ok(member)

    def _send_message(self, params: dict[str, Any]) -> tuple[int, Any]:
        chat_id = str(params.get("chat_id", ""))
        text = str(params.get("text", ""))
        now = time.monotonic()
        with self._cond:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            if self.send_delay:
                time.sleep(self.send_delay)
            with self._cond:
                scripted = self._take_scripted(chat_id)
                if scripted is not None:
                    self.errors_served += 1
                    if scripted.status == 429:
                        self.rejected_429 += 1
                    return scripted.status, _error(
                        scripted.status, scripted.description, retry_after=scripted.retry_after
                    )
                if chat_id in self.blocked:
                    return 403, _error(403, "Forbidden: bot was blocked by the user")
                if chat_id in self.missing or not chat_id:
                    return 400, _error(400, "Bad Request: chat not found")
                if chat_id in self.upgraded:
                    return 400, _upgraded_error(self.upgraded[chat_id])
                if not text.strip():
                    return 400, _error(400, "Bad Request: message text is empty")
                if _utf16_len(text) > 4096:
                    return 400, _error(400, "Bad Request: message is too long")
                if self.limits:
                    wait = self._flood_wait(chat_id, now)
                    if wait:
                        self.rejected_429 += 1
                        return 429, _error(
                            429, f"Too Many Requests: retry after {wait}", retry_after=wait
                        )
                reply = _json_field(params.get("reply_parameters")) or {}
                reply_to = reply.get("message_id") or params.get("reply_to_message_id")
                message_id = self._next_message_id
                self._next_message_id += 1
                sent = Sent(
                    chat_id=chat_id,
                    text=text,
                    message_id=message_id,
                    parse_mode=params.get("parse_mode"),
                    reply_to=int(reply_to) if reply_to else None,
                    allow_sending_without_reply=reply.get("allow_sending_without_reply"),
                    at=now,
                    raw=dict(params),
                )
                self.sent.append(sent)
                self._cond.notify_all()
            cid = int(chat_id) if chat_id.lstrip("-").isdigit() else 0
            chat: dict[str, Any] = {"id": cid, "type": "private" if cid > 0 else "supergroup"}
            if cid <= 0:
                chat["title"] = chat_id
            return 200, _ok(
                {"message_id": message_id, "date": int(time.time()), "chat": chat, "text": text}
            )
        finally:
            with self._cond:
                self._in_flight -= 1

    def _take_scripted(self, chat_id: str) -> _Scripted | None:
        for i, s in enumerate(self._script):
            if s.chat_id is None or s.chat_id == chat_id:
                del self._script[i]
                return s
        return None

    def _flood_wait(self, chat_id: str, now: float) -> int:
        """Seconds to wait if this message breaks a flood limit, else 0 (and count it)."""
        while self._recent and self._recent[0] <= now - 1.0:
            self._recent.popleft()
        if len(self._recent) >= self.overall_per_second:
            return 1
        times = self._chat_times[chat_id]
        while times and times[0] <= now - 60.0:
            times.popleft()
        if times and now - times[-1] < self.per_chat_interval:
            return 1
        is_group = chat_id.startswith("-") or chat_id.startswith("@")
        if is_group and len(times) >= self.group_per_minute:
            return max(1, int(times[0] + 60.0 - now) + 1)
        self._recent.append(now)
        times.append(now)
        return 0

    # -- HTTP -----------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 60

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the default prints the URL, token included

            def do_GET(self) -> None:
                self._serve()

            def do_POST(self) -> None:
                self._serve()

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                match = _PATH.match(parts.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if not match:
                    self._reply(404, _error(404, "Not Found"))
                    return
                params = dict(parse_qsl(parts.query))
                params.update(_parse_body(self.headers.get("Content-Type", ""), body))
                status, payload = fake._dispatch(match["token"], match["method"], params)
                self._reply(status, payload)

            def _reply(self, status: int, payload: Any) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def _parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        data = json.loads(body)
        return {k: v for k, v in data.items()} if isinstance(data, dict) else {}
    if content_type.startswith("multipart/form-data"):
        return _parse_multipart(content_type, body)
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


def _parse_multipart(content_type: str, body: bytes) -> dict[str, Any]:
    boundary = content_type.split("boundary=", 1)[1].strip('"').encode()
    out: dict[str, Any] = {}
    for part in body.split(b"--" + boundary):
        head, _, value = part.partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]+)"', head)
        if name:
            out[name.group(1).decode()] = value.rsplit(b"\r\n", 1)[0].decode("utf-8", "replace")
    return out


def _json_field(value: Any) -> Any:
    """PTB sends nested objects as JSON text inside a form field."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def _ok(result: Any) -> dict[str, Any]:
    return {"ok": True, "result": result}


def _error(code: int, description: str, *, retry_after: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        out["parameters"] = {"retry_after": retry_after}
    return out


def _upgraded_error(new_chat_id: int) -> dict[str, Any]:
    out = _error(400, "Bad Request: group chat was upgraded to a supergroup chat")
    out["parameters"] = {"migrate_to_chat_id": new_chat_id}
    return out


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram().start()
    try:
        yield fake
    finally:
        fake.stop()


# -- helpers shared by the Telegram tests ---------------------------------------

# A tiny company directory for tests that don't need detect's bundled one.
COMPANIES: dict[str, list[str]] = {
    "Alibaba": ["Alibaba Group", "Ali Baba", "阿里巴巴", "阿里", "BABA", "9988.HK"],
    "JD.com": ["JD", "Jingdong", "京东"],
    "Tencent": ["腾讯", "TCEHY", "0700.HK"],
    "ByteDance": ["字节跳动", "TikTok"],
    "Meta": ["Facebook", "META"],
    "Microsoft": ["微软", "MSFT"],
}
_ALIASES = {a.casefold(): name for name, aliases in COMPANIES.items() for a in [name, *aliases]}


def resolve_company(text: str) -> str | None:
    return _ALIASES.get(text.strip().casefold())


def suggest_company(text: str) -> list[str]:
    import difflib

    close = difflib.get_close_matches(text.casefold(), list(_ALIASES), n=5, cutoff=0.6)
    return list(dict.fromkeys(_ALIASES[c] for c in close))


class LogCapture:
    """Everything logged at any level, through the redacting filter, as bot.py does."""

    def __init__(self) -> None:
        import io

        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.setLevel(logging.DEBUG)
        self.handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    @property
    def text(self) -> str:
        return self.stream.getvalue()


@pytest.fixture
def no_token_leaks(capsys: pytest.CaptureFixture[str]) -> Iterator[LogCapture]:
    """Log everything at DEBUG (httpx's request lines carry the token) and fail
    the test if the token shows up in any log line or on stdout/stderr."""
    import logsafe

    logs = LogCapture()
    root = logging.getLogger()
    # Other tests may have run bot.setup_logging(), which quietens these.
    chatty = [logging.getLogger(n) for n in ("httpx", "httpcore", "telegram", "telegram.ext")]
    old_levels = [root.level, *(lg.level for lg in chatty)]
    root.addHandler(logs.handler)
    for lg in (root, *chatty):
        lg.setLevel(logging.DEBUG)
    logsafe.install()  # every root handler: ours, and pytest's capture handlers
    try:
        yield logs
    finally:
        root.removeHandler(logs.handler)
        for lg, level in zip((root, *chatty), old_levels, strict=True):
            lg.setLevel(level)
        out, err = capsys.readouterr()
        secret = TOKEN.split(":", 1)[1]
        for where, text in (("logs", logs.text), ("stdout", out), ("stderr", err)):
            assert secret not in text, f"the bot token leaked into {where}"
