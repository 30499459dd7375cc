"""Every command and every rules.yaml key a user can write is documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot
import notifiers  # noqa: F401  (registers notifier kinds)
import watchers  # noqa: F401  (registers source kinds)
from config import TOP_KEYS, CompanyConfig, RuleConfig, Settings
from notifiers.base import NOTIFIER_KINDS
from watchers.base import SOURCE_KINDS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(bot.COMMANDS))
def test_every_command_is_documented(command: str) -> None:
    assert f"`{command}" in README, f"README does not document the {command!r} command"


def config_keys() -> list[tuple[str, str]]:
    keys = [("top level", k) for k in TOP_KEYS]
    for model, where in ((Settings, "settings"), (CompanyConfig, "companies"),
                         (RuleConfig, "rules")):
        keys += [(where, k) for k in model.model_fields]
    for kind, source in SOURCE_KINDS.items():
        keys += [(f"source kind {kind}", k) for k in source.model_fields]
    for kind, notifier in NOTIFIER_KINDS.items():
        keys += [(f"notifier type {kind}", k) for k in notifier.Config.model_fields]
        keys.append(("notifier types", kind))
    return sorted(set(keys))


@pytest.mark.parametrize(("where", "key"), config_keys())
def test_every_config_key_is_documented(where: str, key: str) -> None:
    assert f"{key}:" in README or f"`{key}`" in README, f"README lacks {where} key {key!r}"


def test_the_readme_opens_with_exactly_the_two_setup_commands() -> None:
    block = README.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(block) == 2
    assert block[0].endswith("layoffwatch run")
    assert block[1].endswith("pytest -q")
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert block[1] in ci  # CI runs the README's test command
