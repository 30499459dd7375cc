"""Slack notifiers: `slack` (bot token, chat.postMessage) and `slack_webhook` (incoming webhook).

    notifiers:
      team-slack: {type: slack, channel: "#layoffs", token_env: SLACK_BOT_TOKEN}
      # optional: base_url (GovSlack, tests), reply_broadcast: true, timeout: 30
      hook: {type: slack_webhook, webhook_env: SLACK_WEBHOOK_URL}

Environment: the bot token (scope `chat:write`, bot invited to the channel) or
the webhook URL, in the variable the config names. Both are secrets: they are
registered with logsafe, and no exception message or `last_response` ever
contains them.

The bot-token mode threads updates: `send()` returns the `ts` of the event's
first message, which the delivery loop stores per channel and passes back as
`delivery.thread_ref`; an update then goes in as a thread reply. Webhooks
cannot thread (Slack returns no `ts`), so updates post as new messages.

Errors, as notifiers/base.py defines them:

    PermanentError   bad/revoked token, channel missing or archived, bot not in
                     the channel, missing scope, webhook gone (4xx)
    TemporaryError   429 still failing after the inline waits (retry_after set),
                     5xx, timeouts, refused or dropped connections

slack_sdk retries only connection errors by default; we add a rate-limit
handler that waits out short `Retry-After`s inline and hands long ones back to
the delivery loop, so one send never blocks for minutes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import re
from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit

import aiohttp
from pydantic import ConfigDict, Field, field_validator
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

import logsafe
from models import Alert, Delivery
from notifiers import slack_blocks
from notifiers.base import (
    Notifier,
    NotifierConfig,
    NotifierContext,
    PermanentError,
    TemporaryError,
    register_notifier,
)

log = logging.getLogger(__name__)

# slack_sdk logs request URLs (a webhook URL is a secret) at DEBUG whenever its
# logger's own level is NOTSET; route it through a logger that redacts at the source.
_sdk_log = logging.getLogger(__name__ + ".sdk")
_sdk_log.setLevel(logging.INFO)
_sdk_log.addFilter(logsafe.RedactingFilter())

_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MAX_INLINE_WAIT = 30.0  # longer Retry-After goes back to the delivery loop

# What a person must fix, per Slack error code; the row stays queued meanwhile.
PERMANENT: dict[str, str] = {
    "not_authed": "no bot token was sent",
    "invalid_auth": "Slack rejected the bot token",
    "account_inactive": "the bot token belongs to a deleted user or workspace",
    "token_revoked": "the bot token was revoked",
    "token_expired": "the bot token expired",
    "no_permission": "the bot token lacks permission to post",
    "missing_scope": "the bot token lacks the chat:write scope",
    "not_allowed_token_type": "this token type cannot post messages; use a bot token (xoxb-)",
    "team_access_not_granted": "the token has no access to this workspace",
    "ekm_access_denied": "the workspace's key management denied access",
    "org_login_required": "the workspace requires an org-wide login",
    "channel_not_found": "the channel does not exist or the bot cannot see it",
    "not_in_channel": "the bot is not in the channel: invite it with /invite @<bot>",
    "is_archived": "the channel is archived",
    "restricted_action": "a workspace setting stops the bot from posting here",
    "restricted_action_read_only_channel": "the channel is read-only",
    "restricted_action_thread_only_channel": "the channel only accepts thread replies",
    "restricted_action_non_threadable_channel": "the channel does not allow threads",
    "cannot_reply_to_message": "this message cannot be replied to",
    "access_denied": "access to the channel was denied",
}
TOKEN_PROBLEMS = {
    "not_authed",
    "invalid_auth",
    "account_inactive",
    "token_revoked",
    "token_expired",
    "no_permission",
    "missing_scope",
    "not_allowed_token_type",
}
# Slack refused the message itself: resend it as plain text rather than keep failing.
REJECTED_CONTENT = {
    "invalid_blocks",
    "invalid_blocks_format",
    "msg_too_long",
    "invalid_attachments",
}
# The parent message is gone: post the update on its own instead.
BAD_THREAD = {"thread_not_found", "invalid_thread_ts", "message_not_found"}

WEBHOOK_PERMANENT: dict[str, str] = {
    "invalid_token": "the webhook URL's token is invalid",
    "no_service": "the webhook was removed or disabled",
    "no_active_hooks": "the webhook was removed or disabled",
    "channel_not_found": "the webhook's channel no longer exists",
    "channel_is_archived": "the webhook's channel is archived",
    "action_prohibited": "a workspace admin restricted this webhook",
    "posting_to_general_channel_denied": "only admins may post to this channel",
    "no_team": "the webhook's workspace no longer exists",
    "team_disabled": "the webhook's workspace was disabled",
    "user_not_found": "the webhook's user no longer exists",
}


def _retry_after(headers: Mapping[str, Any] | None) -> float | None:
    """Seconds from a Retry-After header (any case, list or str), or None."""
    if not headers:
        return None
    for key, value in headers.items():
        if key.lower() == "retry-after":
            raw = value[0] if isinstance(value, list) and value else value
            try:
                return max(0.0, float(raw))
            except (TypeError, ValueError):
                return None
    return None


class BoundedRateLimitRetry(AsyncRateLimitErrorRetryHandler):
    """Waits out a 429's Retry-After inline, but only up to `max_wait` seconds.

    The stock handler sleeps whatever Slack asks, and crashes on a fractional
    header; a long wait belongs to the delivery loop (TemporaryError.retry_after),
    not to a send() holding the notifier.
    """

    def __init__(self, max_retry_count: int = 2, max_wait: float = MAX_INLINE_WAIT) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = _retry_after(response.headers)
        return wait is None or wait <= self.max_wait

    async def prepare_for_next_attempt_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        wait = _retry_after(response.headers if response else None)
        if wait is None:
            wait = 1.0
        state.next_attempt_requested = True
        # A little jitter so several notifiers released together don't collide again.
        await asyncio.sleep(wait + random.uniform(0, 0.25))
        state.increment_current_attempt()


def retry_handlers() -> list[AsyncRetryHandler]:
    return [AsyncConnectionErrorRetryHandler(max_retry_count=1), BoundedRateLimitRetry()]


def _env_name(value: str) -> str:
    if value.startswith(("xox", "http://", "https://")):
        # Someone pasted the secret itself; register it so no log line repeats it.
        logsafe.register_secret(value)
        raise ValueError("must name an environment variable, not hold the secret itself")
    if not _ENV_NAME.match(value):
        raise ValueError("must be an environment variable name like SLACK_BOT_TOKEN")
    return value


def _connection_problem(exc: BaseException) -> str:
    """A description of a transport failure that can't carry a URL or token."""
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, aiohttp.ClientConnectorError):
        return f"could not connect ({exc.os_error.strerror or type(exc.os_error).__name__})"
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return "server closed the connection"
    return type(exc).__name__


class _SlackBase(Notifier):
    min_interval: ClassVar[float] = 1.0  # Slack allows about one message a second per channel
    max_concurrency: ClassVar[int] = 1  # one channel: more in flight only reorders
    body_maxlen: ClassVar[int] = slack_blocks.TEXT_MAX

    _session: aiohttp.ClientSession | None = None
    _client: Any = None
    _problem: str | None = None  # why there is no client (missing token, bad URL)

    def _env_name(self) -> str:
        raise NotImplementedError

    def missing_env(self) -> list[str]:
        name = self._env_name()
        return [] if os.environ.get(name, "").strip() else [name]

    def _secret(self, what: str) -> str | None:
        """The token or URL from the environment, registered for redaction; None (and the
        problem noted, deliveries left queued) while it is unset."""
        value = os.environ.get(self._env_name(), "").strip()
        if not value:
            self._problem = f"{self._env_name()} is not set"
            log.warning("%s %r: %s", what, self.name, self._problem)
            return None
        logsafe.register_secret(value)
        return value

    async def _ready_client(self) -> Any:
        """The client, started on first use; PermanentError while it can't exist."""
        if self._client is None and self._problem is None:
            await self.start(NotifierContext())
        if self._client is None:
            self.last_response = f"not sent: {self._problem}"
            raise PermanentError(self._problem or f"{self._env_name()} is not set")
        return self._client

    async def _open_session(self, request_timeout: float) -> aiohttp.ClientSession:
        # One session per notifier, kept alive: slack_sdk would otherwise open
        # (and TLS-handshake) a new one per request. A second start() replaces it.
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=request_timeout))
        return self._session

    async def close(self) -> None:
        self._client = None
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None


class SlackConfig(NotifierConfig):
    # Pydantic echoes rejected values in its errors; a pasted token must not be one.
    model_config = ConfigDict(hide_input_in_errors=True)

    channel: str = Field(min_length=1, max_length=200)
    token_env: str = "SLACK_BOT_TOKEN"
    base_url: str | None = None
    reply_broadcast: bool = False
    timeout: float = Field(default=30.0, gt=0, le=300)

    @field_validator("token_env")
    @classmethod
    def _check_env(cls, value: str) -> str:
        return _env_name(value)

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("must be an http(s) URL such as https://slack-gov.com/api/")
        # slack_sdk joins method names onto base_url, which must end in /api/.
        path = parts.path.rstrip("/")
        if not path.endswith("/api"):
            path += "/api"
        return f"{parts.scheme}://{parts.netloc}{path}/"


@register_notifier("slack")
class SlackNotifier(_SlackBase):
    """Posts alerts to one channel with a bot token; updates go in the event's thread."""

    Config = SlackConfig
    config: SlackConfig

    _client: AsyncWebClient | None = None

    def _env_name(self) -> str:
        return self.config.token_env

    async def start(self, ctx: NotifierContext | None = None) -> None:
        token = self._secret("slack notifier")
        if token is None:
            return  # not fatal: the deliveries stay queued until the token is set
        kwargs: dict[str, Any] = {}
        if self.config.base_url:
            kwargs["base_url"] = self.config.base_url
        self._client = AsyncWebClient(
            token=token,
            session=await self._open_session(self.config.timeout),
            timeout=max(1, int(self.config.timeout)),
            retry_handlers=retry_handlers(),
            logger=_sdk_log,
            **kwargs,
        )
        self._problem = None

    async def send(self, delivery: Delivery) -> str | None:
        await self._ready_client()

        alert = delivery.alert
        thread = delivery.thread_ref if alert.kind == "update" else None
        data, threaded = await self._post(alert, thread, with_blocks=True)
        log.debug("slack %s: posted event %s (%s)", self.name, alert.event.id, alert.kind)
        ts = str(data.get("ts") or "")
        channel = data.get("channel") or self.config.channel
        if thread and threaded:
            self.last_response = f"ok: replied in thread {thread} in {channel} (ts {ts})"
            # Later updates thread under the parent too, never under a reply.
            return thread
        self.last_response = f"ok: posted to {channel} (ts {ts})"
        return ts or None

    async def verify(self) -> str:
        """Check the token with auth.test (posts nothing); for `check` and `test-notify`.

        Returns e.g. "token ok: @layoffbot in Acme"; raises like send() does.
        """
        client: AsyncWebClient = await self._ready_client()
        try:
            response = await client.auth_test()
        except SlackApiError as exc:
            raise self._api_error(exc, _error_code(exc)) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise TemporaryError(f"slack {self.name}: {_connection_problem(exc)}") from exc
        data = response.data if isinstance(response.data, dict) else {}
        self.last_response = f"token ok: @{data.get('user', '?')} in {data.get('team', '?')}"
        return self.last_response

    async def _post(
        self, alert: Alert, thread: str | None, *, with_blocks: bool
    ) -> tuple[dict[str, Any], bool]:
        """chat.postMessage; returns Slack's answer and whether it went into `thread`."""
        assert self._client is not None
        args: dict[str, Any] = {
            "channel": self.config.channel,
            "text": slack_blocks.fallback_text(alert),
            "unfurl_links": False,
            "unfurl_media": False,
        }
        if with_blocks:
            args["blocks"] = slack_blocks.blocks(alert)
        if thread:
            args["thread_ts"] = thread
            args["reply_broadcast"] = self.config.reply_broadcast
        try:
            response = await self._client.chat_postMessage(**args)
        except SlackApiError as exc:
            code = _error_code(exc)
            if with_blocks and code in REJECTED_CONTENT:
                log.warning("slack rejected the blocks (%s); sending plain text instead", code)
                return await self._post(alert, thread, with_blocks=False)
            if thread and code in BAD_THREAD:
                log.warning("slack thread %s is gone (%s); posting the update alone", thread, code)
                return await self._post(alert, None, with_blocks=with_blocks)
            raise self._api_error(exc, code) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            problem = _connection_problem(exc)
            self.last_response = f"not sent: {problem}"
            raise TemporaryError(f"slack {self.name}: {problem}") from exc
        data = dict(response.data) if isinstance(response.data, dict) else {}
        return data, bool(thread)

    def _api_error(self, exc: SlackApiError, code: str) -> Exception:
        status = getattr(exc.response, "status_code", 0) or 0
        where = f"slack {self.name} ({self.config.channel})"
        self.last_response = f"error: {code or 'no error code'} (HTTP {status})"
        if code in PERMANENT:
            detail = PERMANENT[code]
            if code in TOKEN_PROBLEMS:
                detail += f"; check {self.config.token_env}"
            if code == "missing_scope":
                needed = _field(exc, "needed")
                if needed:
                    detail += f" (needs {logsafe.redact(needed)})"
            return PermanentError(f"{where}: {detail} [{code}]")
        if status == 429 or code in {"ratelimited", "rate_limited"}:
            wait = _retry_after(getattr(exc.response, "headers", None))
            return TemporaryError(
                f"{where}: rate limited by Slack [{code or 429}]", retry_after=wait
            )
        if status >= 500 or status == 0 or not code:
            return TemporaryError(f"{where}: Slack answered HTTP {status} [{code or 'no body'}]")
        # Unknown codes (fatal_error, internal_error, service_unavailable, ...) are worth a retry.
        return TemporaryError(f"{where}: Slack error [{code}] (HTTP {status})")


def _field(exc: SlackApiError, name: str) -> str:
    data = getattr(exc.response, "data", None)
    if isinstance(data, dict):
        value = data.get(name)
        return str(value) if value is not None else ""
    return ""


def _error_code(exc: SlackApiError) -> str:
    return _field(exc, "error")


class SlackWebhookConfig(NotifierConfig):
    model_config = ConfigDict(hide_input_in_errors=True)

    webhook_env: str = "SLACK_WEBHOOK_URL"
    timeout: float = Field(default=30.0, gt=0, le=300)

    @field_validator("webhook_env")
    @classmethod
    def _check_env(cls, value: str) -> str:
        return _env_name(value)


@register_notifier("slack_webhook")
class SlackWebhookNotifier(_SlackBase):
    """Posts alerts through an incoming webhook (the URL chooses the channel)."""

    Config = SlackWebhookConfig
    config: SlackWebhookConfig

    _client: AsyncWebhookClient | None = None

    def _env_name(self) -> str:
        return self.config.webhook_env

    async def start(self, ctx: NotifierContext | None = None) -> None:
        url = self._secret("slack webhook")
        if url is None:
            return
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            self._problem = f"{self.config.webhook_env} does not hold an http(s) URL"
            log.warning("slack webhook %r: %s", self.name, self._problem)
            return
        # The path is the secret part; redact it even where the full URL isn't matched.
        logsafe.register_secret(parts.path)
        self._client = AsyncWebhookClient(
            url,
            session=await self._open_session(self.config.timeout),
            timeout=max(1, int(self.config.timeout)),
            retry_handlers=retry_handlers(),
            logger=_sdk_log,
        )
        self._problem = None

    async def send(self, delivery: Delivery) -> str | None:
        await self._ready_client()
        alert = delivery.alert
        status, body, headers = await self._post(alert, with_blocks=True)
        if status == 400 and body in {"invalid_payload", "invalid_blocks", "too_many_attachments"}:
            log.warning("slack webhook rejected the blocks (%s); sending plain text instead", body)
            status, body, headers = await self._post(alert, with_blocks=False)

        summary = f"HTTP {status} {logsafe.redact(body)[:200]}".strip()
        self.last_response = summary
        where = f"slack webhook {self.name}"
        if status == 200:
            return None  # webhooks return no ts: nothing to thread under
        if status == 429:
            wait = _retry_after(headers)
            raise TemporaryError(f"{where}: rate limited by Slack (HTTP 429)", retry_after=wait)
        if status >= 500:
            raise TemporaryError(f"{where}: Slack answered HTTP {status}")
        if 400 <= status < 500:
            detail = WEBHOOK_PERMANENT.get(body, "Slack refused the message")
            raise PermanentError(
                f"{where}: {detail} [{logsafe.redact(body)[:80] or status}]; "
                f"check {self.config.webhook_env}"
            )
        raise TemporaryError(f"{where}: unexpected HTTP {status}")

    async def _post(self, alert: Alert, *, with_blocks: bool) -> tuple[int, str, dict[str, Any]]:
        assert self._client is not None
        try:
            response = await self._client.send(
                text=slack_blocks.fallback_text(alert),
                blocks=slack_blocks.blocks(alert) if with_blocks else None,
                unfurl_links=False,
                unfurl_media=False,
            )
        except aiohttp.InvalidURL:
            self.last_response = "not sent: invalid webhook URL"
            raise PermanentError(
                f"slack webhook {self.name}: {self.config.webhook_env} is not a valid URL"
            ) from None
        except (aiohttp.ClientError, TimeoutError) as exc:
            problem = _connection_problem(exc)
            self.last_response = f"not sent: {problem}"
            # `from None`: aiohttp's messages can quote the URL, which is the secret.
            raise TemporaryError(f"slack webhook {self.name}: {problem}") from None
        return response.status_code, (response.body or "").strip(), dict(response.headers or {})
