"""Config faults, as a user meets them: `check` exits 1 with FILE:LINE, and `run`
reloads rules.yaml on SIGHUP, keeping the running config when the new one is invalid.

`check` runs in-process through bot.main (what the console script calls); the
unreadable-file case and the SIGHUP cases run `python bot.py` as a subprocess.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import bot
from crashkit import detected_stories
from feedserver import FeedServer, wait_until
from support import Entry, read_alerts, recent, rss

ROOT = Path(__file__).resolve().parent.parent

VALID = textwrap.dedent("""\
    version: 1
    sources:
      - name: alpha
        url: {alpha}
        every: 1s
    rules:
      - name: everything
        companies: "*"
        notify: [archive]
    notifiers:
      archive: {{type: jsonl, path: {alerts}}}
    """)


def check(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = bot.main(["--config", str(config), "--state", str(config.parent / "state"), "check"])
    err = capsys.readouterr().err
    return code, [line for line in err.splitlines() if line.strip()]


def only_file_line_errors(lines: list[str], config: Path) -> list[int]:
    """Every line is `FILE:LINE: message`; returns the line numbers."""
    pattern = re.compile(rf"^{re.escape(str(config))}:(\d+): \S")
    assert lines, "no error printed"
    for line in lines:
        assert pattern.match(line), f"not FILE:LINE: message: {line!r}"
    return [int(pattern.match(line).group(1)) for line in lines]  # type: ignore[union-attr]


# -- `check` ----------------------------------------------------------------------------

FAULTS = {
    # name: (text to replace, replacement, line the error must name, words it must say)
    "invalid YAML": ("    every: 1s\n", "    every: 1s: 2s\n", 5, "invalid YAML"),
    "wrong type": ("    every: 1s\n", "    every: soon\n", 5, "every"),
    "unknown key": ("    every: 1s\n", "    every: 1s\n    colour: red\n", 6,
                    "colour: unknown key"),
    "duplicate name": ("rules:\n", "  - name: alpha\n    url: http://127.0.0.1:9/b.xml\nrules:\n",
                       6, "duplicate source name 'alpha'"),
    "rule names a missing notifier": ("notify: [archive]", "notify: [archive, slack]", 9,
                                      "notifier 'slack' is not defined"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_check_reports_each_fault_on_its_line_and_exits_1(
    fault: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, line, words = FAULTS[fault]
    text = VALID.format(alpha="http://127.0.0.1:9/a.xml", alerts=tmp_path / "a.jsonl")
    assert old in text
    config = tmp_path / "rules.yaml"
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, lines = check(config, capsys)
    assert code == 1
    assert only_file_line_errors(lines, config) == [line], lines
    assert words in lines[0]


def test_check_on_a_valid_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "rules.yaml"
    config.write_text(VALID.format(alpha="http://127.0.0.1:9/a.xml", alerts=tmp_path / "a.jsonl"))
    assert bot.main(["--config", str(config), "--state", str(tmp_path / "s"), "check"]) == 0
    assert f"{config}: OK" in capsys.readouterr().out


def test_a_directory_given_as_config_is_reported_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "rules.yaml"
    config.mkdir()
    code, lines = check(config, capsys)
    assert code == 1
    assert only_file_line_errors(lines, config) == [1]
    assert "cannot read" in lines[0]


def test_an_unreadable_config_exits_1_with_file_line(tmp_path: Path) -> None:
    config = tmp_path / "rules.yaml"
    config.write_text(VALID.format(alpha="http://127.0.0.1:9/a.xml", alerts=tmp_path / "a.jsonl"))
    config.chmod(0)
    try:
        if os.access(config, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reads "
                        "(the directory case above covers the read error path)")
        result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "--config", str(config),
                                 "check"], capture_output=True, text=True, timeout=60)
    finally:
        config.chmod(0o644)
    assert result.returncode == 1
    assert re.match(rf"^{re.escape(str(config))}:1: cannot read: .*Permission denied",
                    result.stderr), result.stderr


def test_a_missing_config_exits_1_with_file_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "nope.yaml"
    code, lines = check(config, capsys)
    assert code == 1 and only_file_line_errors(lines, config) == [1]


# -- SIGHUP -----------------------------------------------------------------------------


stories = detected_stories


class Bot:
    """`python bot.py run` in the background, its log in a file."""

    def __init__(self, config: Path, state: Path, log: Path) -> None:
        self.log_path = log
        env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
        with log.open("w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, str(ROOT / "bot.py"), "--config", str(config), "--state",
                 str(state), "--log-level", "INFO", "run"],
                cwd=config.parent, env=env, stdout=out, stderr=subprocess.STDOUT)

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


@pytest.fixture
def running(feed_server: FeedServer, tmp_path: Path) -> Iterator[tuple[Bot, Path, FeedServer]]:
    first = stories(1)[0]
    feed_server.add("/alpha.xml", rss([Entry(first["title"], first["url"], first["id"],
                                             recent())]))
    config = tmp_path / "rules.yaml"
    config.write_text(VALID.format(alpha=feed_server.url("/alpha.xml"),
                                   alerts=tmp_path / "alerts.jsonl"))
    b = Bot(config, tmp_path / "state", tmp_path / "run.log")
    try:
        assert wait_until(lambda: feed_server.hits("/alpha.xml") >= 1, 30), b.log
        assert wait_until(lambda: "layoffwatch running" in b.log, 10), b.log
        yield b, config, feed_server
    finally:
        b.stop()


def swap(config: Path, text: str) -> None:
    """Replace the file the way editors and deploy tools do: write aside, rename over."""
    tmp = config.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(config)


def test_sighup_with_an_invalid_file_keeps_the_running_config_and_says_why(
    running: tuple[Bot, Path, FeedServer],
) -> None:
    b, config, server = running
    good = config.read_text()
    for bad, words in ((good.replace("every: 1s", "every: [1s"), "invalid YAML"),
                       (good.replace("every: 1s", "every: 1s\n    colour: red"),
                        "colour: unknown key")):
        swap(config, bad)
        b.signal(signal.SIGHUP)
        def said(w: str = words) -> bool:
            return w in b.log

        assert wait_until(said, 10), b.log
        assert "keeping the running config" in b.log
        assert re.search(rf"{re.escape(str(config))}:\d+: ", b.log), b.log
        # Still polling on the old config.
        def polled_again(h: int = server.hits("/alpha.xml")) -> bool:
            return server.hits("/alpha.xml") > h

        assert wait_until(polled_again, 10), b.log
        assert b.proc.poll() is None
    assert b.stop() == 0
    assert "stopped" in b.log


def test_sighup_with_a_valid_file_polls_the_new_source_and_alerts_its_news(
    running: tuple[Bot, Path, FeedServer], tmp_path: Path,
) -> None:
    b, config, server = running
    _, backlog, news = stories(3)
    server.add("/beta.xml", rss([Entry(backlog["title"], backlog["url"], backlog["id"],
                                       recent())]))
    swap(config, config.read_text().replace(
        "rules:", f"  - name: beta\n    url: {server.url('/beta.xml')}\n    every: 1s\nrules:"))
    b.signal(signal.SIGHUP)
    assert wait_until(lambda: "SIGHUP: reloaded" in b.log, 10), b.log
    assert wait_until(lambda: server.hits("/beta.xml") >= 1, 10), b.log
    # A source added to a running bot does not alert what it already had, but
    # what it publishes next, it does.
    server.add("/beta.xml", rss([Entry(news["title"], news["url"], news["id"], recent(0.1)),
                                 Entry(backlog["title"], backlog["url"], backlog["id"],
                                       recent())]))
    alerts = tmp_path / "alerts.jsonl"
    assert wait_until(lambda: any(a["source"] == "beta" for a in read_alerts(alerts)), 15), b.log
    beta = [a for a in read_alerts(alerts) if a["source"] == "beta"]
    assert [a["url"] for a in beta] == [news["url"]]
    assert b.stop() == 0


HOSTILE_YAML = {
    # A few hundred bytes that expand to 387 million values ("billion laughs").
    "alias bomb": "version: 1\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"x{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 9) + "]\n" for i in range(1, 9)),
    "recursive alias": "version: 1\nsources: &s\n  - *s\n",
    "deep nesting": "version: 1\nx: " + "[" * 3000 + "]" * 3000 + "\n",
    "complex key": "version: 1\n? [a, b]\n: 1\n",
}


@pytest.mark.parametrize("case", HOSTILE_YAML)
def test_hostile_yaml_is_refused_with_file_line_not_expanded_or_a_traceback(
    case: str, tmp_path: Path
) -> None:
    config = tmp_path / "rules.yaml"
    config.write_text(HOSTILE_YAML[case], encoding="utf-8")
    # A subprocess with a timeout: expanding the bomb would hang an in-process test.
    result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "--config", str(config),
                             "check"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert only_file_line_errors(lines, config), result.stderr
    assert "Traceback" not in result.stderr
