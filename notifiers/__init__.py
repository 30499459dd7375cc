"""Notifier kinds. Importing this package registers every kind in NOTIFIER_KINDS."""

from notifiers import console, jsonl, slack, telegram  # noqa: F401  (registration)
from notifiers.base import (
    NOTIFIER_KINDS,
    DeliveryError,
    Notifier,
    NotifierConfig,
    NotifierContext,
    PermanentError,
    TargetGone,
    TemporaryError,
    build_notifier,
    register_notifier,
)

__all__ = [
    "NOTIFIER_KINDS",
    "DeliveryError",
    "Notifier",
    "NotifierConfig",
    "NotifierContext",
    "PermanentError",
    "TargetGone",
    "TemporaryError",
    "build_notifier",
    "register_notifier",
]
