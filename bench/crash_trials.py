#!/usr/bin/env python
"""Crash trials, full length: SIGKILL `bot.py once` and `bot.py run` at random moments.

    .venv/bin/python bench/crash_trials.py --trials 50          # half `once`, half `run`
    .venv/bin/python bench/crash_trials.py --trials 10 --only run --kills 3 --json

Each trial starts from an empty state, kills the bot `--kills` times at random
moments (stratified over start-up, fetching and ingest/delivery of a kill-free
reference run), then lets it finish cleanly and compares what the jsonl
notifiers wrote with the reference (see tests/crashkit.py). Prints one line per
trial and the figures: where kills landed, alerts lost (must be 0), duplicates
and how many kills fell between a send and its record (duplicates may not
exceed that), `PRAGMA integrity_check` failures. Exit status 1 if any promise
was broken.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import crashkit as ck  # noqa: E402
from feedserver import FeedServer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--trials", type=int, default=50)
    p.add_argument("--only", choices=["once", "run"], help="only this command (default: both)")
    p.add_argument("--kills", type=int, default=2, help="kills per trial before the clean run")
    p.add_argument("--sources", type=int, default=4)
    p.add_argument("--layoffs", type=int, default=60)
    p.add_argument("--negatives", type=int, default=200)
    p.add_argument("--updates-every", type=int, default=3, metavar="N",
                   help="every Nth pair of trials starts after a clean pass and kills while "
                        "follow-up reports update the events (0: never)")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = p.parse_args(argv)

    commands = [args.only] if args.only else ["once", "run"]
    rng = random.Random(args.seed)
    trials: list[ck.Trial] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="crash-trials-") as tmp, FeedServer() as server:
        scn = ck.build_scenario(server, Path(tmp) / "scenario", sources=args.sources,
                                layoffs=args.layoffs, negatives=args.negatives, seed=args.seed)
        refs: dict[tuple[str, int], ck.Reference] = {}
        for stage in (0, 1) if args.updates_every else (0,):
            once = refs["once", stage] = ck.reference(scn, "once", stage=stage)
            if "run" in commands:
                run = ck.reference(scn, "run", keys=once.keys, timeout=60, stage=stage)
                if run.keys != once.keys:
                    print(f"kill-free run and once disagree (stage {stage}): only once "
                          f"{once.keys - run.keys}, only run {run.keys - once.keys}",
                          file=sys.stderr)
                    return 1
                refs["run", stage] = run
        for (name, stage), ref in refs.items():
            updates = sum(k[3] == "update" for k in ref.keys)
            print(f"reference {name}{' with updates' if stage else ''}: {len(ref.keys)} alerts "
                  f"({updates} updates; {scn.layoffs} layoff stories over {len(scn.feeds)} "
                  f"feeds); first request {ref.first_request:.2f}s, last response "
                  f"{ref.last_response:.2f}s, done {ref.done:.2f}s")
        for i in range(args.trials):
            command = commands[i % len(commands)]
            pair = i // len(commands)
            every = args.updates_every
            stage = 1 if every and pair % every == every - 1 else 0
            trial = ck.run_trial(scn, refs[command, stage], command, rng, kills=args.kills)
            trials.append(trial)
            kills = ", ".join(f"{k.at:.2f}s {k.phase}" + (f" window×{k.in_window}"
                                                          if k.in_window else "")
                              + ("" if k.integrity == "ok" else f" INTEGRITY {k.integrity}")
                              for k in trial.kills) or "none landed"
            label = command + ("+upd" if stage else "")
            print(f"trial {i + 1:>3} {label:<8} kills: {kills}; lost {len(trial.lost)}, "
                  f"dup {trial.duplicates}, unexpected {len(trial.unexpected)}, "
                  f"pending {trial.pending_after}, exit {trial.exit_code} "
                  f"({trial.seconds:.1f}s)", flush=True)
    summary = ck.summarise(trials)
    summary["seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print()
        print(f"trials:      {summary['trials']} {summary['by_command']}, "
              f"{summary['kills']} kills in {summary['seconds']}s")
        print("kills landed: " + ", ".join(f"{p} {n}" for p, n in summary["phases"].items()))
        print(f"lost:        {summary['lost']} (must be 0)")
        print(f"duplicates:  {summary['duplicates']} — kills between a send and its record: "
              f"{summary['window_kills']} (duplicates may not exceed them)")
        print(f"unexpected:  {summary['unexpected']}; left pending: {summary['pending_after']}; "
              f"bad exits: {summary['bad_exits']}")
        print(f"integrity_check failures: {summary['integrity_failures']}")
    broken = (summary["lost"] or summary["integrity_failures"] or summary["unexpected"]
              or summary["pending_after"] or summary["bad_exits"]
              or summary["duplicates"] > summary["window_kills"])
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
