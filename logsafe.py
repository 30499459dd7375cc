"""Keep secrets out of logs.

Every Telegram request URL contains the bot token and httpx logs each URL at
INFO, so redaction happens in a logging filter on every handler rather than
at each call site. Secrets are registered by value when a notifier reads its
token from the environment; `bot<digits>:<secret>` URL segments are masked
whether registered or not.
"""

from __future__ import annotations

import logging
import re

_SECRETS: set[str] = set()
_BOT_TOKEN = re.compile(r"bot\d{3,}:[A-Za-z0-9_-]{10,}")
_SLACK_TOKEN = re.compile(r"xox[abposr]-[A-Za-z0-9-]{6,}")


def register_secret(value: str | None) -> None:
    if value and len(value) >= 6:
        _SECRETS.add(value)


def redact(text: str) -> str:
    for secret in _SECRETS:
        if secret in text:
            text = text.replace(secret, "[REDACTED]")
    text = _BOT_TOKEN.sub("bot[REDACTED]", text)
    return _SLACK_TOKEN.sub("xox?-[REDACTED]", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, so handlers don't re-render the raw one.
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        return True


def install(handler: logging.Handler | None = None) -> None:
    """Attach the filter to `handler`, or to every handler of the root logger."""
    handlers = [handler] if handler else logging.getLogger().handlers
    for h in handlers:
        if not any(isinstance(f, RedactingFilter) for f in h.filters):
            h.addFilter(RedactingFilter())
