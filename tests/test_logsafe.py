"""A handler that cannot write reports the failure on stderr without the token."""

from __future__ import annotations

import io
import logging
import sys

import pytest

import logsafe

SECRET = "987654321:AAlogsafeTestSecretTOKEN_0042"


def test_a_failed_write_reports_the_error_without_the_token(
        monkeypatch: pytest.MonkeyPatch) -> None:
    logsafe.register_secret(SECRET)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    stream.close()  # every write now fails, as on a closed or broken stream
    logsafe.install(handler)
    logger = logging.getLogger("test_logsafe")
    monkeypatch.setattr(logger, "propagate", False)
    logger.addHandler(handler)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(logging, "raiseExceptions", True)
    try:
        try:
            # what python-telegram-bot raises on a wrong token: the token in its text
            raise RuntimeError(f"The token `{SECRET}` was rejected by the server.")
        except RuntimeError:
            logger.error("telegram: the bot could not start")
    finally:
        logger.removeHandler(handler)
    report = err.getvalue()
    assert "--- Logging error ---" in report
    assert "telegram: the bot could not start" in report
    assert "[REDACTED]" in report
    assert SECRET.split(":", 1)[1] not in report
