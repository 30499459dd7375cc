"""Crash-safety harness: SIGKILL `python bot.py once|run` at random moments, restart, compare.

Used by tests/test_crash_safety.py (a few trials, in CI) and bench/crash_trials.py
(the full run, ≥ 50 trials, with figures).

    with FeedServer() as server:
        scn = build_scenario(server, tmp_path, sources=4, layoffs=24, negatives=120)
        ref = reference(scn, "once")                     # kill-free: what must go out
        trial = run_trial(scn, ref, "once", random.Random(1), kills=2)
        assert not trial.lost and trial.duplicates == trial.window_kills

A scenario is a set of loopback feeds built from real labelled headlines (the
corpus), each layoff about a different company so that clustering cannot depend
on the order sources are processed, padded with real negative headlines so
ingesting a feed takes a while (kills land inside write transactions). Feeds
answer slowly (`delay`) so kills land mid-fetch. Alerts go to two jsonl
notifiers (`archive` gets every event, `big` the ones with ≥ 1,000 people).

An alert is identified by (event_id, rule, notifier, kind): event ids derive
from the company and the first article, so they are the same in every run.

After every kill the harness records where it landed:

    startup        no feed request had started yet (imports, config, store open)
    mid-fetch      at least one feed response was in progress
    mid-write      fetching over for now, items or outbox rows not all committed
    mid-delivery   everything ingested, deliveries still pending
    after-delivery everything ingested and delivered (killed while exiting/idle)

and whether it fell in the send->record window: a line in an alerts file whose
outbox row is still pending. Each such kill may repeat exactly that message on
restart; that is the README's at-least-once guarantee, and `duplicates` must
never exceed `window_kills`. Every kill is followed by `PRAGMA integrity_check`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from feedserver import FeedServer
from support import Entry, corpus, recent, rss, write_config

ROOT = Path(__file__).resolve().parent.parent
PHASES = ("startup", "mid-fetch", "mid-write", "mid-delivery", "after-delivery")
Key = tuple[str, str, str, str]  # (event_id, rule, notifier, kind)


# -- feeds that report when they are being served ----------------------------------


class TimedFeed:
    """A feed body that records when each response started and finished streaming.

    The feed server calls the body factory once per request; the generator
    yields the first bytes at once, waits `delay`, then the rest, so a client
    spends `delay` seconds mid-response (not just waiting for headers).
    """

    def __init__(self, body: bytes, delay: float) -> None:
        self.body = body
        self.delay = delay
        self.lock = threading.Lock()
        self.spans: list[list[float | None]] = []  # [start, end or None], monotonic

    def __call__(self) -> Iterator[bytes]:
        span: list[float | None] = [time.monotonic(), None]
        with self.lock:
            self.spans.append(span)
        cut = min(len(self.body), 256)
        yield self.body[:cut]
        time.sleep(self.delay)
        yield self.body[cut:]
        span[1] = time.monotonic()

    def snapshot(self) -> list[tuple[float, float | None]]:
        with self.lock:
            return [(s[0] or 0.0, s[1]) for s in self.spans]


@dataclass
class Scenario:
    dir: Path
    config: Path
    archives: dict[str, Path]  # notifier name -> jsonl file
    feeds: dict[str, TimedFeed]  # source name -> feed
    entries: dict[str, int]  # source name -> entries served
    layoffs: int
    # Stage 1 ("updates"): each feed adds follow-up reports of its stories with
    # a higher count, which must become `update` alerts. (body, entries) per feed.
    stages: list[dict[str, tuple[bytes, int]]] = field(default_factory=list)
    stage: int = 0
    code: Path = ROOT  # where bot.py runs from (see freeze())

    @property
    def total_entries(self) -> int:
        return sum(self.entries.values())

    def set_stage(self, stage: int) -> None:
        for name, (body, n) in self.stages[stage].items():
            self.feeds[name].body = body
            self.entries[name] = n
        self.stage = stage


def freeze(dest: Path) -> Path:
    """A copy of the program (top-level modules, packages, rules.yaml) to run trials from.

    A session of trials compares runs minutes apart; in a working tree where
    others are editing the detector, the live code could change between the
    reference run and a trial. The copy can't.
    """
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for p in ROOT.iterdir():
        if p.is_file() and (p.suffix == ".py" or p.name == "rules.yaml"):
            shutil.copy2(p, dest / p.name)
        elif p.is_dir() and (p / "__init__.py").exists() and p.name not in ("tests", "bench"):
            shutil.copytree(p, dest / p.name, ignore=ignore)
    return dest


def _detector_for(config: Path) -> Any:
    import bot

    return bot.build_detector(bot.read_config(str(config)))


def build_scenario(
    server: FeedServer,
    directory: Path,
    *,
    sources: int = 4,
    layoffs: int = 24,
    negatives: int = 120,
    delay: tuple[float, float] = (0.2, 0.6),
    seed: int = 0,
    settings: str = "",
    frozen: bool = True,
) -> Scenario:
    """Feeds of real headlines on `server`, a rules.yaml in `directory`.

    Only headlines the real detector reads as a layoff of a company no other
    chosen headline names are used as layoffs; only headlines it reads as
    no layoff are used as padding. So what must be alerted is fixed by the
    data, not by which source a crashed run happened to finish first.
    """
    directory.mkdir(parents=True, exist_ok=True)
    code = freeze(directory / "code") if frozen else ROOT
    rng = random.Random(seed)
    archives = {"archive": directory / "archive.jsonl", "big": directory / "big.jsonl"}
    rules = (
        "rules:\n"
        "  - name: everything\n    companies: \"*\"\n    notify: [archive]\n"
        "  - name: big-cuts\n    companies: \"*\"\n    min_count: 1000\n    notify: [big]\n"
    )
    notifiers = (
        "notifiers:\n"
        f"  archive: {{type: jsonl, path: {archives['archive']}}}\n"
        f"  big: {{type: jsonl, path: {archives['big']}}}\n"
    )
    names = [f"feed{i}" for i in range(sources)]
    paths = {n: f"/{directory.name}/{n}.xml" for n in names}
    config = write_config(directory, [(n, server.url(paths[n])) for n in names],
                          rules=rules, notifiers=notifiers, settings=settings)

    from dedup import canonical_url
    from models import Item

    detector = _detector_for(config)
    langs = {n: ("en", "zh")[i % 2] for i, n in enumerate(names)}

    def reads_as(row: dict[str, Any], lang: str) -> Any:
        # The item as the pipeline will see it: the feed declares its language.
        return detector.detect(Item(source="x", title=row["title"], summary=row["summary"],
                                    url=row["url"], guid=row["id"], lang=lang))

    chosen: dict[str, list[dict[str, Any]]] = {"en": [], "zh": []}
    companies: set[str] = set()
    links: set[str | None] = set()
    pool = corpus(label="layoff")
    rng.shuffle(pool)
    per_lang = {"en": layoffs - layoffs // 2, "zh": layoffs // 2} if sources > 1 else {
        "en": layoffs, "zh": 0}
    for row in pool:
        lang = row.get("lang") or "en"
        if len(chosen[lang]) >= per_lang[lang]:
            continue
        det = reads_as(row, lang)
        if det is None or not det.is_layoff or not det.company:
            continue
        if det.company.casefold() in companies or canonical_url(row["url"]) in links:
            continue
        companies.add(det.company.casefold())
        links.add(canonical_url(row["url"]))
        chosen[lang].append(dict(row, detected=(det.company, det.count)))
    # Padding: real negative headlines, repeated with made-up links and a
    # numbered title to reach `negatives` (a real link may be shared with a
    # chosen layoff story, and dedup rightly treats one link as one story).
    fill: dict[str, list[dict[str, Any]]] = {"en": [], "zh": []}
    titles = {r["title"] for rows in chosen.values() for r in rows}
    negs = corpus(label="not_layoff")
    for k in range(50):
        for row in negs:
            lang = row.get("lang") or "en"
            padded = dict(row, id=f"{row['id']}-{k}", url=f"https://padding.example/{k}/{row['id']}",
                          title=row["title"] if k == 0 else f"{row['title']} ({k})")
            if padded["title"] in titles:
                continue
            det = reads_as(padded, lang)
            if det is None or not det.is_layoff:
                titles.add(padded["title"])
                fill[lang].append(padded)
        if sum(len(v) for v in fill.values()) >= negatives:
            break

    feeds: dict[str, TimedFeed] = {}
    entries: dict[str, int] = {}
    stages: list[dict[str, tuple[bytes, int]]] = [{}, {}]
    for name in names:
        lang = langs[name]
        same = [n for n in names if langs[n] == lang]
        i, n_same = same.index(name), len(same)
        share = negatives // len(names)
        mine = chosen[lang][i::n_same] + fill[lang][i::n_same][:share]
        rng.shuffle(mine)
        feed_lang = "zh-cn" if lang == "zh" else "en"
        first = [Entry(r["title"], r["url"], f"{name}:{r['id']}", recent(2 + j / 60), r["summary"])
                 for j, r in enumerate(mine)]
        # Follow-ups: the same company confirming a 20% higher count, a new article.
        follow = [Entry(_follow_up(lang, *r["detected"]), f"{r['url']}?update=1",
                        f"{name}:{r['id']}:update", recent(1))
                  for r in mine if "detected" in r and r["detected"][1]]
        stages[0][name] = (rss(first, lang=feed_lang), len(first))
        stages[1][name] = (rss(follow + first, lang=feed_lang), len(follow) + len(first))
        feed = TimedFeed(stages[0][name][0], rng.uniform(*delay))
        server.add(paths[name], feed, content_type="application/rss+xml")
        feeds[name] = feed
        entries[name] = len(mine)
    total = sum(len(v) for v in chosen.values())
    return Scenario(directory, config, archives, feeds, entries, total, stages, code=code)


def _follow_up(lang: str, company: str, count: int) -> str:
    more = int(count * 1.2)
    return f"{company}确认裁员{more}人" if lang == "zh" else f"{company} confirms {more:,} job cuts"


def detected_stories(n: int, lang: str = "en") -> list[dict[str, Any]]:
    """n real headlines the detector reads as layoffs, each of a different company
    (two reports of one company would make one event)."""
    from models import Item

    detector = _detector_for(ROOT / "rules.yaml")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for r in corpus(lang, "layoff"):
        det = detector.detect(Item(source="x", title=r["title"], summary=r["summary"],
                                   url=r["url"], lang=lang))
        if det is not None and det.is_layoff and det.company and det.company not in seen:
            seen.add(det.company)
            out.append(r)
            if len(out) == n:
                return out
    raise AssertionError("the corpus has too few detectable layoff stories")


# -- running the bot -----------------------------------------------------------------


def bot_env() -> dict[str, str]:
    # No real tokens may leak into a test run, and none are needed.
    return {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}


def start(scn: Scenario, command: str, state: Path, log: Path) -> subprocess.Popen[bytes]:
    args = [sys.executable, str(scn.code / "bot.py"), "--config", str(scn.config),
            "--state", str(state), "--log-level", "INFO", command]
    if command == "once":
        args += ["--wait", "2"]
    with log.open("ab") as out:
        return subprocess.Popen(args, cwd=scn.dir, env=bot_env(), stdout=out,
                                stderr=subprocess.STDOUT)


def alert_lines(scn: Scenario) -> list[Key]:
    """Every alert written, in file order; a torn or unparsable line raises."""
    out: list[Key] = []
    for path in scn.archives.values():
        if not path.exists():
            continue
        for n, line in enumerate(path.read_bytes().split(b"\n")[:-1], 1):
            try:
                a = json.loads(line)
            except ValueError as exc:  # a half-written line: the jsonl notifier's promise broken
                raise AssertionError(f"{path}:{n}: not a JSON line: {line[:80]!r}") from exc
            out.append((a["event_id"], a["rule"], a["notifier"], a["kind"]))
        if path.read_bytes() and not path.read_bytes().endswith(b"\n"):
            raise AssertionError(f"{path}: last line is incomplete")
    return out


def _read_db(state: Path) -> dict[str, Any]:
    """Outbox and item counts, read-only, so reading never changes what it measures."""
    db = state / "layoffwatch.db"
    out: dict[str, Any] = {"items": 0, "by_source": {}, "pending": set(), "pending_n": 0,
                           "deliveries": 0}
    if not db.exists():
        return out
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "items" in tables:
            out["items"] = conn.execute("SELECT count(*) FROM items").fetchone()[0]
            out["by_source"] = dict(conn.execute(
                "SELECT source, count(*) FROM items GROUP BY source").fetchall())
        if "deliveries" in tables:
            rows = conn.execute(
                "SELECT d.event_id, a.rule, d.notifier, a.kind, d.status FROM deliveries d"
                " JOIN alerts a ON a.id = d.alert_id").fetchall()
            out["deliveries"] = len(rows)
            out["pending"] = {tuple(r[:4]) for r in rows if r[4] == "pending"}
            out["pending_n"] = sum(1 for r in rows if r[4] == "pending")
    finally:
        conn.close()
    return out


def integrity(state: Path) -> str:
    """`PRAGMA integrity_check` through the project's own Store (which also recovers the WAL)."""
    from store import Store

    db = state / "layoffwatch.db"
    if not db.exists():
        return "ok"
    store = Store(db)
    try:
        return store.integrity_check()
    finally:
        store.close()


# -- references and trials -------------------------------------------------------------


@dataclass
class Reference:
    command: str
    keys: set[Key]
    first_request: float  # seconds after start
    last_response: float
    done: float  # `once` exited / `run` delivered everything
    stage: int = 0  # 1: after a clean `once` over stage 0, the feeds add follow-ups


@dataclass
class Kill:
    at: float  # seconds after the process started
    phase: str
    in_window: int  # alerts written whose outbox row was still pending
    integrity: str


@dataclass
class Trial:
    command: str
    kills: list[Kill] = field(default_factory=list)
    attempts: int = 0  # processes started, the final clean one included
    lost: set[Key] = field(default_factory=set)
    unexpected: set[Key] = field(default_factory=set)
    duplicates: int = 0
    duplicate_keys: list[Key] = field(default_factory=list)
    pending_after: int = 0
    exit_code: int | None = None
    final_integrity: str = ""
    seconds: float = 0.0
    stage: int = 0
    log: Path | None = None  # the bot's output over the whole trial

    def log_tail(self, lines: int = 30) -> str:
        if self.log is None or not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    @property
    def window_kills(self) -> int:
        return sum(k.in_window for k in self.kills)


def _fresh(scn: Scenario, state: Path) -> None:
    for p in scn.archives.values():
        p.unlink(missing_ok=True)
    if state.exists():
        for f in state.iterdir():
            f.unlink()


def _spans_since(scn: Scenario, t0: float) -> list[tuple[float, float | None]]:
    return [s for f in scn.feeds.values() for s in f.snapshot() if s[0] >= t0]


def _wait_delivered(scn: Scenario, expected: set[Key], proc: subprocess.Popen[bytes],
                    t0: float, timeout: float) -> float | None:
    """For `run`: seconds until every source answered in this attempt and every
    expected alert was written (and nothing is pending); None on timeout."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        answered = {n for n, f in scn.feeds.items()
                    if any(s[0] >= t0 and s[1] is not None for s in f.snapshot())}
        if len(answered) == len(scn.feeds) and expected <= set(alert_lines(scn)):
            return time.monotonic() - t0
        time.sleep(0.05)
    return None


def _first_request(scn: Scenario, t0: float, proc: subprocess.Popen[bytes],
                   timeout: float) -> float | None:
    """When this attempt's first feed response started (monotonic), or None if it exited first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        spans = _spans_since(scn, t0)
        if spans:
            return min(s[0] for s in spans)
        time.sleep(0.005)
    return None


def _stop(proc: subprocess.Popen[bytes], timeout: float = 30) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return -9


def _baseline(scn: Scenario, state: Path, log: Path, stage: int) -> None:
    """Start every trial from the same place: an empty state, or (stage 1) the
    state a clean `once` over the first feeds leaves, with follow-ups now served."""
    _fresh(scn, state)
    scn.set_stage(0)
    if stage:
        rc = start(scn, "once", state, log).wait(120)
        assert rc == 0, log.read_text(errors="replace")
        scn.set_stage(stage)


def reference(scn: Scenario, command: str, *, keys: set[Key] | None = None,
              timeout: float = 60, stage: int = 0) -> Reference:
    """A kill-free run: what must go out, and how long each part takes.

    For `run`, pass the keys `once` produced: the run ends when they are all written
    (or after `timeout`, and then the returned keys show what was missing).
    """
    state = scn.dir / f"ref-{command}"
    state.mkdir(exist_ok=True)
    _baseline(scn, state, scn.dir / f"ref-{command}.log", stage)
    t0 = time.monotonic()
    proc = start(scn, command, state, scn.dir / f"ref-{command}.log")
    if command == "once":
        rc = proc.wait(timeout)
        done = time.monotonic() - t0
        assert rc == 0, (scn.dir / f"ref-{command}.log").read_text(errors="replace")
    else:
        assert keys is not None
        waited = _wait_delivered(scn, keys, proc, t0, timeout)
        done = waited if waited is not None else timeout
        time.sleep(0.3)
        assert _stop(proc) == 0
    spans = _spans_since(scn, t0)
    lines = alert_lines(scn)
    scn.set_stage(0)
    assert len(lines) == len(set(lines)), f"a kill-free {command} repeated alerts: {lines}"
    return Reference(
        command=command,
        keys=set(lines),
        first_request=min(s[0] for s in spans) - t0,
        last_response=max(s[1] or s[0] for s in spans) - t0,
        done=done,
        stage=stage,
    )


def _phase(scn: Scenario, t0: float, t_kill: float, db: dict[str, Any], wrote: bool) -> str:
    """Where a kill landed (see the module docstring). `run` delivers while other
    sources are still being fetched: a kill with rows pending after this attempt
    wrote alerts counts as mid-delivery even if a fetch was in progress too."""
    started = [s for s in _spans_since(scn, t0) if s[0] <= t_kill]
    if not started:
        return "startup"
    if db["pending_n"] and (wrote or db["items"] >= scn.total_entries):
        return "mid-delivery"
    fetched = {n for n, f in scn.feeds.items()
               if any(s[0] >= t0 and s[1] is not None and s[1] <= t_kill for s in f.snapshot())}
    if any(db["by_source"].get(n, 0) < scn.entries[n] for n in fetched):
        return "mid-write"  # a feed was read whole but its items are not committed
    if any(s[1] is None or s[1] > t_kill for s in started):
        return "mid-fetch"
    if db["items"] < scn.total_entries:
        return "mid-write"
    if db["pending_n"]:
        return "mid-delivery"
    return "after-delivery"


def run_trial(
    scn: Scenario,
    ref: Reference,
    command: str,
    rng: random.Random,
    *,
    kills: int = 2,
    final_timeout: float = 60,
) -> Trial:
    """Kill `command` `kills` times at random moments, then let it finish cleanly.

    Kills are stratified over three spans of the reference run: start-up
    (before the first feed request), fetching (first request to last
    response) and after (ingest, delivery, and for `run` idling), the latter
    two timed from the attempt's own first feed request.
    """
    trial = Trial(command)
    state = scn.dir / f"state-{command}"
    state.mkdir(exist_ok=True)
    log = scn.dir / f"trial-{command}.log"
    log.unlink(missing_ok=True)
    started = time.monotonic()
    _baseline(scn, state, log, ref.stage)
    trial.stage = ref.stage
    trial.log = log
    fetching = max(ref.last_response - ref.first_request, 0.05)
    after = max(ref.done - ref.last_response, 0.05)
    offset = rng.randrange(3)
    for k in range(kills):
        target = ("startup", "fetch", "after")[(offset + k) % 3]
        before = Counter(alert_lines(scn))
        t0 = time.monotonic()
        proc = start(scn, command, state, log)
        trial.attempts += 1
        # Start-up time varies more than fetching takes, so kills meant for
        # fetching or later are timed from this attempt's first feed request.
        if target == "startup":
            deadline = t0 + rng.uniform(0.2, 1.0) * ref.first_request
        else:
            first = _first_request(scn, t0, proc, timeout=max(ref.done * 3, 10))
            lo, hi = (0.0, fetching) if target == "fetch" else (fetching, fetching + after)
            deadline = (first or time.monotonic()) + rng.uniform(lo, hi)
        try:
            proc.wait(max(0.0, deadline - time.monotonic()))
            continue  # it beat the kill: that attempt simply completed
        except subprocess.TimeoutExpired:
            pass
        t_kill = time.monotonic()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        db = _read_db(state)
        written = Counter(alert_lines(scn)) - before  # what this attempt wrote
        trial.kills.append(Kill(
            at=t_kill - t0,
            phase=_phase(scn, t0, t_kill, db, bool(written)),
            in_window=sum(n for key, n in written.items() if key in db["pending"]),
            integrity=integrity(state),
        ))

    t0 = time.monotonic()
    proc = start(scn, command, state, log)
    trial.attempts += 1
    if command == "once":
        try:
            trial.exit_code = proc.wait(final_timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            trial.exit_code = proc.wait()
    else:
        _wait_delivered(scn, ref.keys, proc, t0, final_timeout)
        time.sleep(0.2)
        trial.exit_code = _stop(proc)
    trial.final_integrity = integrity(state)
    lines = alert_lines(scn)
    got = Counter(lines)
    trial.lost = ref.keys - set(got)
    trial.unexpected = set(got) - ref.keys
    trial.duplicate_keys = [k for k, n in got.items() if n > 1]
    trial.duplicates = sum(n - 1 for n in got.values())
    trial.pending_after = _read_db(state)["pending_n"]
    trial.seconds = time.monotonic() - started
    scn.set_stage(0)
    return trial


def summarise(trials: list[Trial]) -> dict[str, Any]:
    kills = [k for t in trials for k in t.kills]
    phases = Counter(k.phase for k in kills)
    return {
        "trials": len(trials),
        "by_command": dict(Counter(t.command + (" (updates)" if t.stage else "")
                                   for t in trials)),
        "kills": len(kills),
        "phases": {p: phases.get(p, 0) for p in PHASES},
        "integrity_failures": sum(k.integrity != "ok" for k in kills)
        + sum(t.final_integrity != "ok" for t in trials),
        "lost": sum(len(t.lost) for t in trials),
        "unexpected": sum(len(t.unexpected) for t in trials),
        "duplicates": sum(t.duplicates for t in trials),
        "window_kills": sum(t.window_kills for t in trials),
        "pending_after": sum(t.pending_after for t in trials),
        "bad_exits": sum(t.exit_code != 0 for t in trials),
    }
