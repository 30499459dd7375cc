"""`console`: one readable block per alert on standard output."""

from __future__ import annotations

import sys
from typing import ClassVar, Literal

from models import Delivery, iso
from notifiers.base import Notifier, NotifierConfig, register_notifier
from notifiers.text import headline


class ConsoleConfig(NotifierConfig):
    type: Literal["console"] = "console"


@register_notifier("console")
class ConsoleNotifier(Notifier):
    Config: ClassVar[type[NotifierConfig]] = ConsoleConfig

    async def send(self, delivery: Delivery) -> str | None:
        alert = delivery.alert
        e = alert.event
        lines = [
            f"== {headline(alert)}",
            f"   {e.title}",
            f"   {e.url}" if e.url else "",
            f"   what changed: {'; '.join(alert.changes)}" if alert.changes else "",
            f"   rule: {alert.rule} · source: {e.source} · published: {iso(e.published) or '?'}"
            f" · reports: {max(1, len(e.sources))}",
        ]
        sys.stdout.write("\n".join(x for x in lines if x) + "\n\n")
        sys.stdout.flush()
        return None
