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
import sys
import traceback

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


def _report_failed_emit(record: logging.LogRecord) -> None:
    """What Handler.handleError prints when a handler cannot write, redacted.

    Its traceback chains the exception being handled when the record was logged
    ("During handling of the above exception …"), and that one's text may hold a
    token ("`123:AA…` was rejected by the server"): the filter never sees it.
    """
    if not logging.raiseExceptions or sys.stderr is None:
        return
    try:
        text = "".join(traceback.format_exception(*sys.exc_info()))
        sys.stderr.write(f"--- Logging error ---\n{redact(text)}"
                         f"Message: {redact(str(record.msg))!r}\n")
    except OSError:
        pass  # stderr is gone too: as Handler.handleError, say nothing


def install(handler: logging.Handler | None = None) -> None:
    """Attach the filter to `handler`, or to every handler of the root logger, and make
    the handler's report of its own write failures redacted too."""
    handlers = [handler] if handler else logging.getLogger().handlers
    for h in handlers:
        if not any(isinstance(f, RedactingFilter) for f in h.filters):
            h.addFilter(RedactingFilter())
            # (per handler, not a subclass: pytest's and other libraries' handlers too)
            h.handleError = _report_failed_emit  # type: ignore[method-assign]
