"""A loopback fake of Slack's Web API and incoming webhooks, for tests.

It binds 127.0.0.1 on an ephemeral port in a background thread and answers
the way Slack does, so the real slack_sdk clients can be pointed at it:

    POST /api/chat.postMessage   form or JSON body; token as `Authorization:
                                 Bearer` (or a `token` field). ok:true with
                                 ts/channel/message, or ok:false with
                                 invalid_auth / not_authed / channel_not_found /
                                 not_in_channel / is_archived / invalid_blocks /
                                 msg_too_long / thread_not_found
    POST /api/auth.test          ok:true with team/user, or invalid_auth
    POST /services/T…/B…/…       incoming webhook: 200 "ok", 404 "no_service",
                                 400 "invalid_payload"

Scripted faults (`fail_next`) answer the next N matching requests first: a 429
with Retry-After, a 500 page, a hang (to exercise timeouts). Every request is
recorded in `requests`; posted messages (with their thread) in `messages`.

What a reader would see: `message.seen()` renders the blocks (and
`message.seen_text()` the top-level text) the way Slack's mrkdwn does, as far
as a layout can trip over it: `*bold*`, `_italic_`, `~strike~` (also the
full-width ＊ ＿ CJK keyboards type) between word boundaries, `code` in
backticks, a block quote for a line opening with `&gt;`/＞, `<url|label>`
links, and pings: `<!here>`-style and `<@U…>` mentions, plus bare
@here/@channel/@everyone where Slack auto-parses (text objects that are not
`verbatim`, and the top-level text). Like Slack, it reads a zero-width space
as a word break and a soft hyphen as a character.

    def test_x(fake_slack):
        os.environ["SLACK_BOT_TOKEN"] = fake_slack.token
        notifier = build_notifier("s", {"type": "slack", "channel": "#layoffs",
                                        "base_url": fake_slack.api_url})

Use the `fake_slack` fixture by importing it into a test module:
`from fake_slack import FakeSlack, fake_slack_fixture  # noqa: F401`.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

HEADER_MAX = 150
SECTION_MAX = 3000
BLOCKS_MAX = 50
TEXT_MAX = 40_000


@dataclass
class Recorded:
    """One request as the fake received it."""

    method: str
    path: str
    headers: dict[str, str]
    params: dict[str, Any]  # form or JSON body, `blocks` decoded to a list
    body: bytes
    status: int = 0  # what the fake answered
    answer: Any = None


@dataclass
class Scripted:
    path: str  # "chat.postMessage", "auth.test", "webhook" or a full path
    status: int = 200
    body: Any = None  # dict -> JSON, str -> text/plain, None -> empty
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    hang: float = 0.0  # seconds to stall before answering (timeouts)
    times: int = 1


@dataclass
class Seen:
    """A message as a reader sees it: the words, their styling, links and pings."""

    text: str  # visible characters, formatting marks consumed, entities decoded
    styles: list[tuple[str, str]] = field(default_factory=list)  # ("bold", "Sources")
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, label)
    pings: list[str] = field(default_factory=list)  # "here", "channel", "U123"

    def extend(self, other: Seen) -> None:
        self.text += ("\n" if self.text else "") + other.text
        self.styles += other.styles
        self.links += other.links
        self.pings += other.pings


@dataclass
class Message:
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]] | None
    thread_ts: str | None = None
    reply_broadcast: bool = False
    via: str = "api"  # or "webhook"

    def seen(self) -> Seen:
        """The blocks as rendered: plain_text shown as is, mrkdwn interpreted."""
        out = Seen("")
        for block in self.blocks or []:
            objects = [block["text"]] if "text" in block else []
            objects += block.get("fields", []) + block.get("elements", [])
            for obj in objects:
                if obj.get("type") == "mrkdwn":
                    out.extend(render_mrkdwn(obj["text"], verbatim=bool(obj.get("verbatim"))))
                elif obj.get("type") == "plain_text":
                    out.extend(Seen(obj["text"]))
        return out

    def seen_text(self) -> Seen:
        """The top-level text as rendered (notifications, clients without blocks)."""
        return render_mrkdwn(self.text, verbatim=False)


class FakeSlack:
    """Slack's Web API and webhooks on 127.0.0.1; see the module docstring."""

    def __init__(self) -> None:
        self.token = "xoxb-fake-" + secrets.token_hex(12)
        # name -> id; Slack accepts either, and answers with the id.
        self.channels: dict[str, str] = {"layoffs": "C0LAYOFFS", "general": "C0GENERAL"}
        self.not_member: set[str] = set()  # channel ids the bot was not invited to
        self.archived: set[str] = set()
        self.webhooks: dict[str, str] = {}  # path -> channel id
        self.requests: list[Recorded] = []
        self.messages: list[Message] = []
        self._script: list[Scripted] = []
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- lifecycle -------------------------------------------------------
    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases any scripted hang
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def api_url(self) -> str:
        """What to pass as base_url (slack_sdk wants the trailing /api/)."""
        return self.url + "/api/"

    def add_webhook(self, channel: str = "layoffs") -> str:
        path = f"/services/T0FAKE/B0{secrets.token_hex(4).upper()}/{secrets.token_hex(12)}"
        self.webhooks[path] = self.channels[channel.lstrip("#")]
        return self.url + path

    # -- scripting and inspection ---------------------------------------
    def fail_next(
        self,
        path: str = "chat.postMessage",
        *,
        status: int = 500,
        body: Any = "<html>Internal Server Error</html>",
        headers: dict[str, str] | None = None,
        content_type: str | None = None,
        hang: float = 0.0,
        times: int = 1,
    ) -> None:
        """Answer the next `times` requests to `path` with this instead of the usual."""
        with self._lock:
            self._script.append(
                Scripted(path, status, body, dict(headers or {}), content_type, hang, times)
            )

    def rate_limit_next(
        self, retry_after: int = 1, times: int = 1, path: str = "chat.postMessage"
    ) -> None:
        body: Any = "rate_limited" if path == "webhook" else {"ok": False, "error": "ratelimited"}
        self.fail_next(
            path, status=429, body=body, headers={"Retry-After": str(retry_after)}, times=times
        )

    def posts(self) -> list[Recorded]:
        """Every chat.postMessage request, accepted or not."""
        return [r for r in self.requests if r.path == "/api/chat.postMessage"]

    def hooks(self) -> list[Recorded]:
        return [r for r in self.requests if r.path.startswith("/services/")]

    def thread(self, ts: str) -> list[Message]:
        """Replies in the thread whose parent has `ts`."""
        return [m for m in self.messages if m.thread_ts == ts]

    def captured_text(self) -> str:
        """Everything the fake answered, for leak checks."""
        return "\n".join(json.dumps(r.answer, default=str) for r in self.requests)

    # -- request handling -------------------------------------------------
    def _take_script(self, path: str) -> Scripted | None:
        with self._lock:
            for item in self._script:
                matches = item.path in (path, path.removeprefix("/api/")) or (
                    item.path == "webhook" and path.startswith("/services/")
                )
                if matches:
                    item.times -= 1
                    if item.times <= 0:
                        self._script.remove(item)
                    return item
        return None

    def _next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def _channel_id(self, name: str) -> str | None:
        name = name.lstrip("#")
        if name in self.channels:
            return self.channels[name]
        return name if name in self.channels.values() else None

    def _api(self, method: str, rec: Recorded) -> dict[str, Any]:
        auth = rec.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else ""
        token = token or str(rec.params.get("token", ""))
        if not token:
            return {"ok": False, "error": "not_authed"}
        if token != self.token:
            return {"ok": False, "error": "invalid_auth"}
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://fake.slack.com/",
                "team": "Fake",
                "user": "layoffbot",
                "team_id": "T0FAKE",
                "user_id": "U0BOT",
                "bot_id": "B0BOT",
            }
        if method != "chat.postMessage":
            return {"ok": False, "error": "unknown_method"}

        params = rec.params
        channel = self._channel_id(str(params.get("channel", "")))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if channel in self.archived:
            return {"ok": False, "error": "is_archived"}
        if channel in self.not_member:
            return {"ok": False, "error": "not_in_channel"}
        text = str(params.get("text") or "")
        blocks = params.get("blocks")
        if not text and not blocks:
            return {"ok": False, "error": "no_text"}
        if len(text) > TEXT_MAX:
            return {"ok": False, "error": "msg_too_long"}
        if blocks is not None and not _blocks_ok(blocks):
            return {"ok": False, "error": "invalid_blocks"}
        thread_ts = params.get("thread_ts") or None
        if thread_ts is not None and not any(
            m.ts == thread_ts and m.channel == channel for m in self.messages
        ):
            return {"ok": False, "error": "thread_not_found"}
        ts = self._next_ts()
        message = Message(
            channel=channel,
            ts=ts,
            text=text,
            blocks=blocks,
            thread_ts=str(thread_ts) if thread_ts else None,
            reply_broadcast=_truthy(params.get("reply_broadcast")),
        )
        with self._lock:
            self.messages.append(message)
        shown: dict[str, Any] = {
            "type": "message",
            "text": text,
            "user": "U0BOT",
            "bot_id": "B0BOT",
            "ts": ts,
        }
        if blocks:
            shown["blocks"] = blocks
        if thread_ts:
            shown["thread_ts"] = thread_ts
        return {"ok": True, "channel": channel, "ts": ts, "message": shown}

    def _webhook(self, rec: Recorded) -> tuple[int, str]:
        channel = self.webhooks.get(rec.path)
        if channel is None:
            return 404, "no_service"
        params = rec.params
        text = str(params.get("text") or "")
        blocks = params.get("blocks")
        if not text and not blocks:
            return 400, "invalid_payload"
        if blocks is not None and not _blocks_ok(blocks):
            return 400, "invalid_blocks"
        with self._lock:
            self.messages.append(Message(channel, self._next_ts(), text, blocks, via="webhook"))
        return 200, "ok"

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as separate writes

            def log_message(self, format: str, *args: Any) -> None:  # quiet in test output
                pass

            def do_GET(self) -> None:
                self._reply(405, "method_not_allowed", "text/plain")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                path = urlsplit(self.path).path
                rec = Recorded(
                    method="POST",
                    path=path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    params=_parse_body(raw, self.headers.get("Content-Type", ""), self.path),
                    body=raw,
                )
                with fake._lock:
                    fake.requests.append(rec)

                scripted = fake._take_script(path)
                if scripted is not None:
                    if scripted.hang:
                        fake._stopping.wait(scripted.hang)
                    rec.status, rec.answer = scripted.status, scripted.body
                    if isinstance(scripted.body, dict):
                        payload, ctype = (
                            json.dumps(scripted.body),
                            "application/json; charset=utf-8",
                        )
                    else:
                        payload = "" if scripted.body is None else str(scripted.body)
                        ctype = "text/html" if payload.startswith("<") else "text/plain"
                    self._reply(
                        scripted.status, payload, scripted.content_type or ctype, scripted.headers
                    )
                    return

                if path.startswith("/api/"):
                    answer = fake._api(path.removeprefix("/api/"), rec)
                    rec.status, rec.answer = 200, answer
                    # Slack's Web API answers errors with HTTP 200 and ok:false.
                    self._reply(200, json.dumps(answer), "application/json; charset=utf-8")
                elif path.startswith("/services/"):
                    status, text = fake._webhook(rec)
                    rec.status, rec.answer = status, text
                    self._reply(status, text, "text/html")
                else:
                    rec.status, rec.answer = 404, "not found"
                    self._reply(404, "not found", "text/plain")

            def _reply(
                self, status: int, payload: str, ctype: str, headers: dict[str, str] | None = None
            ) -> None:
                data = payload.encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing to answer

        return Handler


# -- mrkdwn, as a reader sees it ------------------------------------------------

_TOKEN = re.compile(r"<([^<>]*)>")
_EMPHASIS = {"*": "bold", "\uff0a": "bold", "_": "italic", "\uff3f": "italic", "~": "strike"}
_BARE_BROADCAST = re.compile(r"(?<![\w@])@(here|channel|everyone)\b", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u00ad\u2060"))


def _breaks(ch: str) -> bool:
    """Whether Slack sees a word boundary here (a zero-width space is one)."""
    return ch == "" or ch.isspace() or ch == "\u200b" or not (ch.isalnum() or ch == "\u00ad")


def _spans(line: str, mark: str) -> list[tuple[int, int]]:
    """(open, close) indexes of `mark`-delimited spans Slack would format."""
    found: list[tuple[int, int]] = []
    i = 0
    while (i := line.find(mark, i)) >= 0:
        before, after = line[i - 1 : i], line[i + 1 : i + 2]
        if mark == "`" or (_breaks(before) and after and not after.isspace() and after != mark):
            j = i + 1
            while (j := line.find(mark, j)) >= 0:
                prev, nxt = line[j - 1], line[j + 1 : j + 2]
                if mark == "`" or (not prev.isspace() and _breaks(nxt)):
                    break
                j += 1
            if j > i + 1:
                found.append((i, j))
                i = j + 1
                continue
        i += 1
    return found


def render_mrkdwn(text: str, *, verbatim: bool) -> Seen:
    """Approximate Slack's mrkdwn rendering of one text object (see module docstring)."""
    seen = Seen("")
    lines = []
    for raw_line in text.split("\n"):
        line = raw_line
        if line.startswith(("&gt;", "\uff1e", ">")):
            line = line.removeprefix("&gt;").removeprefix("\uff1e").removeprefix(">")
            seen.styles.append(("quote", html.unescape(line).strip()))

        # Tokens first: what is inside <...> is a link, a mention or a command.
        def token(match: re.Match[str]) -> str:
            inner = match[1]
            target, _, label = inner.partition("|")
            if target.startswith("!"):
                name = target[1:].split("^")[0]
                if name in ("here", "channel", "everyone", "subteam"):
                    seen.pings.append(name)
                return label or f"@{name}"
            if target.startswith("@"):
                seen.pings.append(target[1:])
                return label or target
            if target.startswith("#"):
                return label or target
            seen.links.append((html.unescape(target), html.unescape(label or target)))
            return label or target

        if not verbatim:
            bare = _TOKEN.sub(" ", line)
            seen.pings += [m.lower() for m in _BARE_BROADCAST.findall(bare)]
        line = _TOKEN.sub(token, line)

        consumed: set[int] = set()
        for mark, style in [("`", "code"), *_EMPHASIS.items()]:
            for start, end in _spans(line, mark):
                if start in consumed or end in consumed:
                    continue
                shown = html.unescape(line[start + 1 : end]).translate(_INVISIBLE)
                seen.styles.append((style, shown))
                consumed |= {start, end}
        visible = "".join(ch for k, ch in enumerate(line) if k not in consumed)
        lines.append(html.unescape(visible).translate(_INVISIBLE))
    seen.text = "\n".join(lines)
    return seen


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("1", "true")


def _parse_body(raw: bytes, content_type: str, target: str) -> dict[str, Any]:
    params: dict[str, Any] = dict(parse_qsl(urlsplit(target).query))
    if raw:
        if "json" in content_type:
            try:
                loaded = json.loads(raw)
            except ValueError:
                loaded = {}
            if isinstance(loaded, dict):
                params.update(loaded)
        else:
            params.update(parse_qsl(raw.decode("utf-8", "replace")))
    if isinstance(params.get("blocks"), str):
        try:
            params["blocks"] = json.loads(params["blocks"])
        except ValueError:
            params["blocks"] = "INVALID"
    return params


def _blocks_ok(blocks: Any) -> bool:
    """The parts of Slack's block validation that a layout can trip over."""
    if not isinstance(blocks, list) or len(blocks) > BLOCKS_MAX:
        return False
    for block in blocks:
        if not isinstance(block, dict):
            return False
        kind = block.get("type")
        if kind == "header":
            text = block.get("text", {})
            if text.get("type") != "plain_text" or not 0 < len(text.get("text", "")) <= HEADER_MAX:
                return False
        elif kind == "section":
            text = block.get("text", {})
            if not 0 < len(text.get("text", "")) <= SECTION_MAX:
                return False
        elif kind == "context":
            elements = block.get("elements", [])
            if not 0 < len(elements) <= 10:
                return False
            if any(len(e.get("text", "")) > SECTION_MAX for e in elements):
                return False
        elif kind not in ("divider", "actions", "image", "rich_text"):
            return False
    return True


@pytest.fixture(name="fake_slack")
def fake_slack_fixture() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    try:
        yield fake
    finally:
        fake.stop()
