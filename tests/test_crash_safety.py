"""Crash safety: SIGKILL `bot.py once` and `bot.py run` at random moments, restart, compare.

The reduced CI form of bench/crash_trials.py (see tests/crashkit.py for the
harness and how kills are classified). What a user is promised (README,
"Delivery guarantee"), checked after each trial's final clean run against a
kill-free reference run over the same feeds:

- every alert the reference wrote is written: none lost;
- an alert is repeated only when a kill landed after it was written and
  before its outbox row was marked sent (`duplicates <= window_kills`);
- nothing is left pending, the final run exits 0;
- `PRAGMA integrity_check` is "ok" after every kill.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import crashkit as ck
from feedserver import FeedServer, wait_until
from support import Entry, read_alerts, recent, rss, write_config

ONCE_TRIALS = 4
RUN_TRIALS = 3
DONE: list[ck.Trial] = []  # for the closing sanity check


@dataclass
class World:
    scn: ck.Scenario
    once: ck.Reference
    run: ck.Reference
    once_updates: ck.Reference  # stage 1: follow-ups with higher counts after a clean pass
    run_updates: ck.Reference


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with FeedServer() as server:
        scn = ck.build_scenario(server, tmp_path_factory.mktemp("crash"), sources=4,
                                layoffs=40, negatives=160, seed=8)
        once = ck.reference(scn, "once")
        run = ck.reference(scn, "run", keys=once.keys, timeout=30)
        once_u = ck.reference(scn, "once", stage=1)
        run_u = ck.reference(scn, "run", keys=once_u.keys, timeout=30, stage=1)
        yield World(scn, once, run, once_u, run_u)


def as_run(world: World, run: ck.Reference, once: ck.Reference) -> ck.Reference:
    # `run` must write what `once` writes; its own timings place the kills.
    return ck.Reference("run", once.keys, run.first_request, run.last_response, run.done,
                        run.stage)


def check(trial: ck.Trial) -> None:
    DONE.append(trial)
    kills = [(round(k.at, 2), k.phase, k.in_window, k.integrity) for k in trial.kills]
    where = f"kills {kills}; the bot's last words:\n{trial.log_tail()}"
    assert all(k.integrity == "ok" for k in trial.kills), where
    assert trial.final_integrity == "ok", where
    assert trial.exit_code == 0, where
    assert not trial.lost, f"alerts lost: {sorted(trial.lost)}; {where}"
    assert not trial.unexpected, f"alerts no kill-free run writes: {sorted(trial.unexpected)}"
    assert trial.duplicates <= trial.window_kills, (
        f"{trial.duplicates} repeated alerts {trial.duplicate_keys} but only "
        f"{trial.window_kills} kills between a send and its record; {where}")
    assert trial.pending_after == 0, where


def test_the_scenario_alerts_every_source_and_run_matches_once(world: World) -> None:
    scn = world.scn
    # Every chosen layoff is a different company: one `everything` alert each,
    # plus `big-cuts` for the large ones. A first pass over several new
    # sources must alert all of them, whichever source is ingested first.
    everything = {k for k in world.once.keys if k[1] == "everything"}
    assert len(everything) == scn.layoffs
    assert {k for k in world.once.keys if k[1] == "big-cuts"}
    assert world.run.keys == world.once.keys
    # Follow-ups with higher counts update those events, in `run` as in `once`.
    updates = {k for k in world.once_updates.keys if k[3] == "update"}
    assert len(updates) >= scn.layoffs // 4
    assert world.once_updates.keys >= world.once.keys
    assert world.run_updates.keys == world.once_updates.keys


@pytest.mark.parametrize("trial", range(ONCE_TRIALS))
def test_once_killed_at_random_moments_loses_nothing(world: World, trial: int) -> None:
    check(ck.run_trial(world.scn, world.once, "once", random.Random(100 + trial), kills=2))


@pytest.mark.parametrize("trial", range(RUN_TRIALS))
def test_run_killed_at_random_moments_loses_nothing(world: World, trial: int) -> None:
    ref = as_run(world, world.run, world.once)
    check(ck.run_trial(world.scn, ref, "run", random.Random(200 + trial), kills=2))


@pytest.mark.parametrize("command", ["once", "run"])
def test_killed_while_updating_events_loses_no_update(world: World, command: str) -> None:
    ref = (world.once_updates if command == "once"
           else as_run(world, world.run_updates, world.once_updates))
    check(ck.run_trial(world.scn, ref, command, random.Random(300), kills=2))


def test_the_harness_sees_the_window_it_claims_to(tmp_path: Path) -> None:
    """The duplicate accounting is only meaningful if a line written for a
    still-pending outbox row is recognised as a kill inside the window."""
    scn = ck.Scenario(tmp_path, tmp_path / "rules.yaml", {"archive": tmp_path / "a.jsonl"}, {},
                      {}, 0)
    (tmp_path / "a.jsonl").write_text(
        '{"event_id": "ev_1", "rule": "r", "notifier": "archive", "kind": "new"}\n')
    assert ck.alert_lines(scn) == [("ev_1", "r", "archive", "new")]
    (tmp_path / "a.jsonl").write_text('{"event_id": "ev_1", "rule"')
    with pytest.raises(AssertionError, match=r"not a JSON line|incomplete"):
        ck.alert_lines(scn)


def test_kills_landed_past_start_up() -> None:
    """A harness whose kills all hit Python's start-up would prove nothing."""
    kills = [k for t in DONE for k in t.kills]
    if len(kills) < 8:
        pytest.skip("too few trials ran in this session to judge")
    assert {k.phase for k in kills} - {"startup"}, ck.summarise(DONE)


def test_sigterm_mid_fetch_finishes_the_poll_and_delivers_its_alerts(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    """The graceful counterpart of a kill: `run` stopped while a slow feed is
    answering finishes that poll and sends what it found before exiting 0."""
    rows = ck.detected_stories(2)
    feed_server.add("/slow.xml", rss([Entry(r["title"], r["url"], r["id"], recent())
                                      for r in rows]), delay=1.5)
    config = write_config(tmp_path, [("slow", feed_server.url("/slow.xml"))])
    with (tmp_path / "run.log").open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, str(ck.ROOT / "bot.py"), "--config", str(config), "--state",
             str(tmp_path / "state"), "run"], env=ck.bot_env(), stdout=log, stderr=log)
    try:
        assert wait_until(lambda: feed_server.hits("/slow.xml") >= 1, 30)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    log_text = (tmp_path / "run.log").read_text()
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == len(rows), log_text
    assert "stopped" in log_text


@pytest.mark.parametrize("command", ["once", "status"])
def test_a_database_that_is_not_one_is_a_clear_error_not_a_traceback(
    command: str, tmp_path: Path
) -> None:
    """What a disk fault or a stray file in state/ looks like to a user."""
    state = tmp_path / "state"
    state.mkdir()
    (state / "layoffwatch.db").write_bytes(random.Random(1).randbytes(8192))
    config = write_config(tmp_path, [("x", FeedServer.refused_url())])
    result = subprocess.run(
        [sys.executable, str(ck.ROOT / "bot.py"), "--config", str(config), "--state", str(state),
         command], env=ck.bot_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{state / 'layoffwatch.db'}" in result.stderr
    assert "not a database" in result.stderr
