"""`jsonl`: the contract's alert objects, one per line, appended and flushed.

Each line is written with a single `write()` on a file opened in append mode
and fsync'd, so a crash can't leave half a line behind a complete one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field

from models import Delivery
from notifiers.base import Notifier, NotifierConfig, TemporaryError, register_notifier


class JsonlConfig(NotifierConfig):
    type: Literal["jsonl"] = "jsonl"
    path: str = Field(min_length=1)


@register_notifier("jsonl")
class JsonlNotifier(Notifier):
    Config: ClassVar[type[NotifierConfig]] = JsonlConfig

    async def send(self, delivery: Delivery) -> str | None:
        assert isinstance(self.config, JsonlConfig)
        path = Path(self.config.path)
        line = json.dumps(delivery.alert.to_json(), ensure_ascii=False) + "\n"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, line.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise TemporaryError(f"cannot append to {path}: {exc.strerror}") from None
        return None
