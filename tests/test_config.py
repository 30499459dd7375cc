"""rules.yaml validation: every error names FILE:LINE and the key, and `check` exits 1."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import bot
from config import ConfigError, load, parse

GOOD = textwrap.dedent("""\
    version: 1
    sources:
      - name: technode
        url: https://technode.com/feed/
        every: 10m
      - name: gnews
        google_news: "layoffs OR 裁员"
        every: 15m
    companies:
      - name: Alibaba
        aliases: [Alibaba Group, 阿里巴巴, 阿里, BABA, 9988.HK]
    rules:
      - name: watchlist
        companies: [Alibaba]
        notify: [console]
      - name: big-cuts
        companies: "*"
        min_count: 1000
        min_percent: 10
        notify: [console, archive]
    notifiers:
      console: {type: console}
      archive: {type: jsonl, path: state/alerts.jsonl}
    """)


def errors(text: str) -> list[str]:
    with pytest.raises(ConfigError) as exc:
        parse(text, "rules.yaml")
    return exc.value.errors


def test_valid_config_loads_into_typed_objects() -> None:
    cfg = parse(GOOD)
    assert [s.name for s in cfg.sources] == ["technode", "gnews"]
    assert cfg.sources[0].every == 600
    assert cfg.sources[1].feed_url().startswith("https://news.google.com/rss/search?q=")
    assert cfg.rules[1].min_count == 1000 and cfg.rules[1].companies == "*"
    assert cfg.companies[0].aliases[1] == "阿里巴巴"
    assert cfg.settings.max_age == 3 * 86400


def test_misspelt_source_key_names_line_and_allowed_keys() -> None:
    errs = errors(GOOD.replace("    every: 15m", "    evry: 15m"))
    assert len(errs) == 1
    assert errs[0].startswith("rules.yaml:8: sources[1].evry: unknown key (did you mean 'every'?)")
    assert "allowed keys:" in errs[0] and "every" in errs[0]


def test_unknown_top_level_key() -> None:
    errs = errors(GOOD + "notifers: {}\n")
    assert errs == [
        "rules.yaml:24: notifers: unknown key (did you mean 'notifiers'?); allowed keys: "
        "version, settings, sources, companies, rules, notifiers"
    ]


def test_wrong_type_names_key_and_value() -> None:
    errs = errors(GOOD.replace("min_count: 1000", "min_count: lots"))
    assert len(errs) == 1
    assert errs[0].startswith("rules.yaml:18: rules[1].min_count:")
    assert "'lots'" in errs[0]


def test_rule_naming_undefined_notifier_and_company() -> None:
    text = GOOD.replace("notify: [console]", "notify: [consol]").replace(
        "companies: [Alibaba]", "companies: [Alibabba]")
    errs = errors(text)
    assert any(e.startswith("rules.yaml:14: rules[0].companies[0]: company 'Alibabba'")
               and "did you mean 'Alibaba'" in e for e in errs), errs
    assert any(e.startswith("rules.yaml:15: rules[0].notify[0]: notifier 'consol' is not defined")
               and "did you mean 'console'" in e for e in errs), errs


def test_duplicate_source_names() -> None:
    errs = errors(GOOD.replace("name: gnews", "name: technode"))
    assert errs == ["rules.yaml:6: sources[1].name: duplicate source name 'technode' "
                    "(first used by sources[0])"]


@pytest.mark.parametrize("every", ["0s", "-5m", "soon", "10 parsecs"])
def test_bad_intervals(every: str) -> None:
    errs = errors(GOOD.replace("every: 10m", f"every: {every}"))
    assert len(errs) == 1 and errs[0].startswith("rules.yaml:5: sources[0].every:"), errs


def test_short_interval_warns_but_is_accepted() -> None:
    cfg = parse(GOOD.replace("every: 10m", "every: 2s"))
    assert cfg.sources[0].every == 2
    assert any("polls every 2s" in w for w in cfg.warnings)


def test_source_needs_a_kind_key() -> None:
    errs = errors(GOOD.replace("    url: https://technode.com/feed/\n", ""))
    assert errs[0].startswith("rules.yaml:3: sources[0]: a source needs exactly one of")


def test_unknown_notifier_type_and_key() -> None:
    errs = errors(GOOD.replace("{type: console}", "{type: pager}").replace(
        "path: state/alerts.jsonl", "file: x"))
    assert any("rules.yaml:22: notifiers.console.type: unknown notifier type 'pager'" in e
               for e in errs), errs
    assert any(e.startswith("rules.yaml:23: notifiers.archive.file: unknown key") for e in errs)
    # A notifier that is declared but broken is not also reported as undefined.
    assert not any("is not defined" in e for e in errs), errs


def test_duplicate_yaml_key_is_an_error() -> None:
    errs = errors(GOOD.replace("    every: 10m\n", "    every: 10m\n    every: 5m\n"))
    assert errs == ["rules.yaml:6: sources[0].every: duplicate key 'every'"]


def test_invalid_yaml_names_the_line() -> None:
    errs = errors(GOOD.replace("- name: gnews", "- name: gnews: oops"))
    assert len(errs) == 1 and errs[0].startswith("rules.yaml:6: invalid YAML"), errs


def test_wrong_version_and_empty_file() -> None:
    assert errors(GOOD.replace("version: 1", "version: 2"))[0].startswith(
        "rules.yaml:1: version: version must be 1")
    assert errors("")[0] == "rules.yaml:1: the file is empty; start with 'version: 1'"


def test_all_errors_are_reported_at_once() -> None:
    text = GOOD.replace("every: 10m", "every: never").replace("notify: [console]",
                                                              "notify: [nobody]")
    assert len(errors(text)) == 2


def test_missing_and_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as exc:
        load(tmp_path / "nope.yaml")
    assert exc.value.errors == [f"{tmp_path / 'nope.yaml'}:1: no such file"]
    bad = tmp_path / "bin.yaml"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError) as exc:
        load(bad)
    assert exc.value.errors[0].startswith(f"{bad}:1: cannot read")


def test_check_exits_1_with_file_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(GOOD.replace("    every: 15m", "    evry: 15m"), encoding="utf-8")
    assert bot.main(["--config", str(path), "--state", str(tmp_path / "s"), "check"]) == 1
    err = capsys.readouterr().err
    assert f"{path}:8: sources[1].evry: unknown key" in err


def test_check_summarises_and_warns_missing_token_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("OTHER_SECRET", "xoxb-should-never-print")
    path = tmp_path / "rules.yaml"
    path.write_text(GOOD + "  team-slack: {type: slack, channel: '#layoffs', "
                    "token_env: SLACK_BOT_TOKEN}\n", encoding="utf-8")
    assert bot.main(["--config", str(path), "--state", str(tmp_path / "s"), "check"]) == 0
    out = capsys.readouterr().out
    assert "sources:   2" in out and "rules:     2" in out and "notifiers: 3" in out
    assert "SLACK_BOT_TOKEN is not set" in out
    assert "xoxb" not in out


def test_bundled_rules_yaml_is_valid() -> None:
    cfg = load(Path(__file__).parent.parent / "rules.yaml")
    assert {r.name for r in cfg.rules} == {"watchlist", "big-cuts"}
    assert {"console", "archive"} <= set(cfg.notifiers)


def test_an_unclosed_bracket_names_where_it_was_opened() -> None:
    errs = errors("version: 1\nsources: [\n  {name: a, url: 'https://x.org/'}\nrules: []\n")
    assert len(errs) == 1
    assert errs[0].startswith("rules.yaml:4: invalid YAML:")
    assert "at line 2" in errs[0]
