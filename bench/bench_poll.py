#!/usr/bin/env python
"""Polling at scale: the real pipeline against a naive poller, over loopback feeds.

    .venv/bin/python bench/bench_poll.py [--feeds 400 --entries 40 --latency 0.1
                                          --warm-passes 100] [--profile] [--skip-baseline]

A plain script: it prints figures and ratios, never passes or fails.

What it does, in one run (details in docs/scaling.md):
1. Starts the feed farm (bench/_feeds.py) in its own process: N feeds x M
   entries of real headlines, 4 feeds per loopback host (127.0.1.x), each
   response delayed by --latency, ETag/304, gzip, keep-alive.
2. Cold pass: a fresh state dir, `Pipeline.poll_all()` over every feed (fetch,
   parse, detect, store, events, alerts) then delivery to a jsonl notifier.
3. Warm pass: the same again with nothing changed (304s).
4. --warm-passes more warm passes, with the process's RSS at 1, 10, 50, 100.
5. Naive baseline, in a child process: `feedparser.parse(url)` on each feed in
   turn plus a keyword filter.
6. `python bot.py once` over the first 100 feeds, as a subprocess: wall, peak RSS.

CPU is process time (all threads); peak memory is ru_maxrss. The pipeline
also reports CPU seconds per stage (parse, detect, ingest) measured with
per-thread clocks. --profile adds a pyinstrument profile of a cold and a warm
pass with the worker-thread stages run inline, so the profile sees them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import _feeds  # noqa: E402

# -- measuring ---------------------------------------------------------------------


def rss_mb() -> float:
    """Current resident set size of this process."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000  # KiB on Linux


NOT_OURS: set[int] = set()  # the feed farm: its CPU is the "network", not the poller


def workers(root: int | None = None) -> list[tuple[int, float, float]]:
    """(pid, cpu seconds, rss MB) of the descendants of `root` (default: this
    process: parse workers, the forkserver), the feed farm excepted."""
    root = os.getpid() if root is None else root
    parent: dict[int, int] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(entry)] = int(fields[1])
        stats[int(entry)] = fields
    mine = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parent.items():
            if ppid in mine and pid not in mine and pid not in NOT_OURS:
                mine.add(pid)
                grew = True
    tick = os.sysconf("SC_CLK_TCK")
    page = os.sysconf("SC_PAGE_SIZE")
    out = []
    for pid in sorted(mine - {root}):
        st = stats[pid]
        out.append((pid, (int(st[11]) + int(st[12])) / tick, int(st[21]) * page / 1e6))
    return out


def pss_mb(pid: int) -> float:
    """Proportional set size: shared pages (forkserver children share most of
    theirs) counted once across processes, unlike RSS."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1000
    except (OSError, ValueError):
        pass
    return 0.0


def workers_cpu() -> float:
    return sum(cpu for _, cpu, _ in workers())


def workers_rss() -> float:
    """Memory of the parse workers (PSS)."""
    return sum(pss_mb(pid) for pid, _, _ in workers())


@dataclass
class Span:
    wall: float = 0.0
    cpu: float = 0.0


@contextmanager
def measured() -> Iterator[Span]:
    span = Span()
    w, c = time.perf_counter(), time.process_time()
    yield span
    span.wall = time.perf_counter() - w
    span.cpu = time.process_time() - c


class StageClock:
    """CPU seconds spent in wrapped callables, by stage, on whatever thread runs them."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.cpu[stage] = self.cpu.get(stage, 0.0) + time.thread_time() - t
                self.calls[stage] = self.calls.get(stage, 0) + 1

        return timed

    def reset(self) -> None:
        self.cpu.clear()
        self.calls.clear()

    def line(self) -> str:
        return ", ".join(f"{k} {v:.2f}s" for k, v in sorted(self.cpu.items()))


# -- the farm and configs ----------------------------------------------------------


class FarmProcess:
    def __init__(self, feeds: int, entries: int, latency: float, per_host: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "_feeds.py"), "--feeds", str(feeds),
             "--entries", str(entries), "--latency", str(latency), "--per-host", str(per_host)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.close()
            raise SystemExit("feed farm failed to start")
        info = json.loads(line)
        self.urls: list[str] = info["urls"]
        self.bytes: int = info["bytes"]
        self.gzip_bytes: int = info["gzip_bytes"]

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()  # the farm exits when its stdin closes
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def write_rules(path: Path, urls: list[str], alerts: Path, *, timeout: str = "30s") -> Path:
    lines = ["version: 1", "settings:", "  new_source_backlog: true", "sources:"]
    for i, url in enumerate(urls):
        lines += [f"  - name: feed-{i:04d}", f"    url: {url}", "    every: 10m",
                  f"    timeout: {timeout}"]
    lines += [
        "rules:",
        "  - name: everything",
        '    companies: "*"',
        "    notify: [archive]",
        "notifiers:",
        f"  archive: {{type: jsonl, path: {alerts}}}",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class _KeywordDetector:
    """Stand-in used only while detect.Detector is unavailable: company by
    directory alias, layoff by keyword. Printed loudly when used."""

    def __init__(self) -> None:
        from detect.companies import CompanyDirectory

        self.directory = CompanyDirectory.from_yaml(ROOT / "detect" / "data" / "companies.yaml")

    def detect(self, item: Any) -> Any:
        from models import Detection

        text = f"{item.title} {item.summary}"
        if not _feeds.keyword_is_layoff(text):
            return None
        found = self.directory.find(item.title) or self.directory.find(text)
        return Detection(is_layoff=True, company=found[0].name if found else None,
                         lang=item.lang or "en")


def make_detector(cfg: Any) -> tuple[Any, str]:
    try:
        import bot

        return bot.build_detector(cfg), "detect.Detector"
    except ImportError as exc:
        return _KeywordDetector(), f"STAND-IN keyword detector (detect.Detector missing: {exc})"


# -- the pipeline passes -----------------------------------------------------------


@dataclass
class PassResult:
    span: Span
    worker_cpu: float
    outcomes: dict[str, int]
    entries: int
    new_items: int
    layoffs: int
    queued: int
    sent: int
    stages: str


class Harness:
    def __init__(self, rules: Path, state: Path, *, inline: bool = False) -> None:
        import config
        import watchers
        from bot import build_notifiers
        from delivery import Deliverer
        from pipeline import Pipeline
        from store import Store

        self.cfg = config.load(rules)
        detector, self.detector_name = make_detector(self.cfg)
        self.clock = StageClock()
        self.store = Store(state / "layoffwatch.db")
        self.notifiers = build_notifiers(self.cfg, str(state))
        self.client = watchers.make_client()
        self.pipeline = Pipeline(self.cfg, self.store, detector, self.client, self.notifiers)
        self.pipeline.ingest = self.clock.wrap("ingest", self.pipeline.ingest)  # type: ignore[method-assign]
        # Detection in this process (the pipeline's memoised call); what the
        # parse workers detect counts in their CPU. The detector itself stays
        # unwrapped: it is pickled for the workers.
        self.pipeline._detect = self.clock.wrap("detect", self.pipeline._detect)  # type: ignore[method-assign]
        self.deliverer = Deliverer(self.store, self.notifiers)
        # Parses run in a thread (timed here) or in worker processes (timed by
        # their own CPU clocks, see worker_cpu()).
        pool_module: Any = sys.modules["watchers.parsepool"]  # patched below
        self._parsepool = pool_module
        self._orig_parse = pool_module.parse_feed
        pool_module.parse_feed = self.clock.wrap("parse", self._orig_parse)
        if inline:
            self._inline()

    def _inline(self) -> None:
        """Run the worker-thread stages on the loop thread, so a profiler sees them."""
        store = self.store

        async def run_inline(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            with store._lock:
                return fn(*args, **kwargs)

        async def to_thread_inline(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            return fn(*args, **kwargs)

        store.run = run_inline  # type: ignore[method-assign]
        store.run_grouped = run_inline  # type: ignore[method-assign]
        self._parsepool.asyncio = _AsyncioInline(to_thread_inline)
        self._threshold = self._parsepool.PROCESS_THRESHOLD
        self._parsepool.PROCESS_THRESHOLD = 10**9

    async def one_pass(self) -> PassResult:
        self.clock.reset()
        wcpu = workers_cpu()
        with measured() as span:
            reports = await self.pipeline.poll_all()
            stats = await self.deliverer.deliver_until_idle(max_wait=5)
        wcpu = workers_cpu() - wcpu
        outcomes: dict[str, int] = {}
        for r in reports:
            outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
        errors = [r.error for r in reports if r.outcome == "error"][:3]
        if errors:
            print(f"   ! errors, e.g. {errors}")
        return PassResult(
            span, wcpu, outcomes, sum(r.items for r in reports), sum(r.new_items for r in reports),
            sum(r.layoffs for r in reports), sum(r.alerts for r in reports), stats.sent,
            self.clock.line(),
        )

    async def close(self) -> None:
        await self.client.aclose()
        for n in self.notifiers.values():
            await n.close()
        self.store.close()
        self._parsepool.parse_feed = self._orig_parse
        self._parsepool.asyncio = asyncio
        if hasattr(self, "_threshold"):
            self._parsepool.PROCESS_THRESHOLD = self._threshold


class _AsyncioInline:
    """watchers.parsepool's view of asyncio with to_thread replaced (profiling only)."""

    def __init__(self, to_thread: Callable[..., Any]) -> None:
        self.to_thread = to_thread

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)


def show_pass(label: str, r: PassResult, feeds: int) -> None:
    print(f"{label:<6} wall {r.span.wall:7.2f} s   cpu {r.span.cpu:7.2f} s + parse workers "
          f"{r.worker_cpu:.2f} s   {feeds / r.span.wall:7.1f} feeds/s   "
          f"{r.entries / r.span.wall:8.0f} entries/s")
    print(f"       outcomes {r.outcomes}; entries {r.entries}, new {r.new_items}, "
          f"layoffs {r.layoffs}, queued {r.queued}, delivered {r.sent}")
    print(f"       stage cpu in this process: {r.stages or '-'}; rss now {rss_mb():.0f} MB "
          f"(+ workers {workers_rss():.0f} MB PSS), peak {peak_mb():.0f} MB")


async def run_pipeline(args: argparse.Namespace, urls: list[str], work: Path) -> dict[str, Any]:
    rules = write_rules(work / "rules.yaml", urls, work / "alerts.jsonl")
    h = Harness(rules, work / "state")
    print(f"detector: {h.detector_name}")
    rss_start = rss_mb()
    print(f"before cold pass: rss {rss_start:.0f} MB (interpreter + imports + detector)")
    cold = await h.one_pass()
    show_pass("cold", cold, len(urls))
    cold_peak = peak_mb()
    warm = await h.one_pass()
    show_pass("warm", warm, len(urls))
    marks: dict[int, float] = {}
    walls: list[float] = []
    for k in range(1, args.warm_passes + 1):
        r = await h.one_pass()
        walls.append(r.span.wall)
        if k in (1, 10, 50, 100) or k == args.warm_passes:
            marks[k] = rss_mb()
    db = work / "state" / "layoffwatch.db"
    db_mb = db.stat().st_size / 1e6 if db.exists() else 0.0
    alerts_file = work / "alerts.jsonl"
    alerts = (len(alerts_file.read_text(encoding="utf-8").splitlines())
              if alerts_file.exists() else 0)
    wrss = workers_rss()
    await h.close()
    if walls:
        walls.sort()
        print(f"{len(walls)} warm passes: wall median {walls[len(walls) // 2]:.2f} s, "
              f"max {walls[-1]:.2f} s; rss MB at pass "
              + ", ".join(f"{k}: {v:.0f}" for k, v in marks.items()))
    print(f"database {db_mb:.1f} MB; alerts written {alerts}; peak rss {peak_mb():.0f} MB")
    return {"cold": cold, "warm": warm, "marks": marks, "cold_peak": cold_peak, "workers_rss": wrss,
            "peak": peak_mb(),
            "rss_start": rss_start, "alerts": alerts, "db_mb": db_mb}


async def run_profile(urls: list[str], work: Path) -> None:
    from pyinstrument import Profiler

    # Inline stages block the loop, so fetches wait far longer than usual for
    # their turn: a long deadline keeps the profiled pass complete.
    rules = write_rules(work / "rules-profile.yaml", urls, work / "alerts-profile.jsonl",
                        timeout="10m")
    h = Harness(rules, work / "state-profile", inline=True)
    for label in ("cold", "warm"):
        profiler = Profiler(interval=0.001, async_mode="disabled")
        profiler.start()
        r = await h.one_pass()
        profiler.stop()
        print(f"\n--- profile: {label} pass (stages inline on one thread; wall "
              f"{r.span.wall:.2f} s, cpu {r.span.cpu:.2f} s) ---")
        print(profiler.output_text(unicode=False, color=False, show_all=False,
                                   timeline=False, flat=True)[:3000])
    await h.close()


# -- the naive baseline and `once`, each in a child process --------------------------


def baseline_child(urls_file: str) -> None:
    """`feedparser.parse(url)` on each feed in turn, plus a keyword filter."""
    import feedparser

    urls = json.loads(Path(urls_file).read_text())
    w, c = time.perf_counter(), time.process_time()
    entries = hits = 0
    for url in urls:
        d = feedparser.parse(url)
        for e in d.entries:
            entries += 1
            if _feeds.keyword_is_layoff(f"{e.get('title', '')} {e.get('summary', '')}"):
                hits += 1
    print(json.dumps({"wall": time.perf_counter() - w, "cpu": time.process_time() - c,
                      "entries": entries, "hits": hits, "peak_mb": peak_mb()}))


def child_usage(cmd: list[str], cwd: Path, env: dict[str, str] | None = None
                ) -> tuple[float, float, float, int, str, str]:
    """Run a child: wall, its CPU (os.wait4: its own rusage, not all children's),
    and its peak memory with its own workers (PSS), sampled every 20 ms from /proc.

    ru_maxrss would be wrong here: Linux carries the parent's RSS at fork()
    into a child's maxrss across exec, so every child would report at least
    this benchmark's size.
    """
    import threading

    w = time.perf_counter()
    peak = 0.0
    done = threading.Event()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err, text=True)

        def sample() -> None:
            nonlocal peak
            while not done.wait(0.02):
                own = pss_mb(proc.pid)
                if own:
                    peak = max(peak, own + sum(pss_mb(p) for p, _, _ in workers(proc.pid)))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - w
        out.seek(0)
        err.seek(0)
        return (wall, usage.ru_utime + usage.ru_stime, peak, proc.returncode,
                out.read(), err.read())


# -- main ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Polling benchmark (see the module docstring).")
    ap.add_argument("--feeds", type=int, default=400)
    ap.add_argument("--entries", type=int, default=40)
    ap.add_argument("--latency", type=float, default=0.1, help="seconds per response")
    ap.add_argument("--per-host", type=int, default=4, help="feeds per loopback host")
    ap.add_argument("--warm-passes", type=int, default=100)
    ap.add_argument("--once-feeds", type=int, default=100, help="feeds for `bot.py once` (0: skip)")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--parse-in-threads", action="store_true",
                    help="never use parse worker processes (to see what they buy)")
    ap.add_argument("--profile", action="store_true", help="pyinstrument a cold and a warm pass")
    ap.add_argument("--baseline-child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.baseline_child:
        baseline_child(args.baseline_child)
        return 0

    import logging

    logging.basicConfig(level=logging.ERROR)
    if args.parse_in_threads:
        import watchers.parsepool

        watchers.parsepool.PROCESS_THRESHOLD = 10**9
    farm = FarmProcess(args.feeds, args.entries, args.latency, args.per_host)
    NOT_OURS.add(farm.proc.pid)
    hosts = len({u.split("/")[2] for u in farm.urls})
    print(f"farm: {len(farm.urls)} feeds x {args.entries} entries on {hosts} loopback hosts, "
          f"{args.latency * 1000:.0f} ms per response, {farm.bytes / 1e6:.1f} MB of XML "
          f"({farm.gzip_bytes / 1e6:.1f} MB gzipped); {os.cpu_count()} cores")
    try:
        with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
            work = Path(tmp)
            res = asyncio.run(run_pipeline(args, farm.urls, work))
            if args.profile:
                asyncio.run(run_profile(farm.urls, work))

            base: dict[str, Any] | None = None
            if not args.skip_baseline:
                urls_file = work / "urls.json"
                urls_file.write_text(json.dumps(farm.urls))
                wall, cpu, peak, code, out, err = child_usage(
                    [sys.executable, str(Path(__file__).resolve()), "--baseline-child",
                     str(urls_file)], ROOT)
                if code == 0:
                    base = json.loads(out.strip().splitlines()[-1])
                    base["cpu"], base["peak_mb"] = cpu, peak
                    print(f"naive  wall {base['wall']:7.2f} s   cpu {cpu:7.2f} s   "
                          f"peak {peak:.0f} MB   ({base['entries']} entries, "
                          f"{base['hits']} keyword hits)")
                else:
                    print(f"naive baseline failed ({code}): {err[-500:]}")

            once: tuple[float, float, float, int] | None = None
            if args.once_feeds:
                n = min(args.once_feeds, len(farm.urls))
                rules = write_rules(work / "rules-once.yaml", farm.urls[:n], work / "once.jsonl")
                env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
                wall, cpu, peak, code, out, err = child_usage(
                    [sys.executable, str(ROOT / "bot.py"), "--config", str(rules), "--state",
                     str(work / "state-once"), "once"], ROOT, env)
                summary = [ln for ln in err.splitlines() if "polled" in ln]
                print(f"once   {n} feeds as a subprocess: exit {code}, wall {wall:.2f} s, "
                      f"cpu {cpu:.2f} s, peak memory {peak:.0f} MB (PSS, with its parse workers)")
                print(f"       {summary[-1] if summary else err.strip()[-400:]}")
                once = (wall, cpu, peak, code)
    finally:
        farm.close()

    cold, warm = res["cold"], res["warm"]
    print("\n== summary ==")
    cold_cpu = cold.span.cpu + cold.worker_cpu
    print(f"cold pass     {cold.span.wall:6.2f} s wall, {cold_cpu:6.2f} s cpu "
          f"({cold.span.cpu:.2f} here + {cold.worker_cpu:.2f} in parse workers; "
          f"{len(farm.urls) / cold.span.wall:.0f} feeds/s, "
          f"{cold.entries / cold.span.wall:.0f} entries/s)")
    print(f"warm pass     {warm.span.wall:6.2f} s wall, {warm.span.cpu:6.2f} s cpu   "
          f"target <= 2.5 s")
    if base:
        print(f"naive         {base['wall']:6.2f} s wall, {base['cpu']:6.2f} s cpu")
        print(f"ratio naive/cold: wall {base['wall'] / cold.span.wall:.1f}x   "
              f"cpu {base['cpu'] / cold_cpu:.2f}x   target wall >= 10x")
        print(f"ratio naive/warm: wall {base['wall'] / warm.span.wall:.1f}x")
    # Measured before --profile, whose sample store would count otherwise.
    print(f"peak rss      {res['peak']:.0f} MB (after cold pass {res['cold_peak']:.0f} MB; "
          f"{res['rss_start']:.0f} MB before it) + parse workers {res['workers_rss']:.0f} MB "
          f"= {res['peak'] + res['workers_rss']:.0f} MB   target <= 300 MB")
    marks = res["marks"]
    if marks:
        print("warm rss MB   " + ", ".join(f"pass {k}: {v:.0f}" for k, v in marks.items())
              + f"   (drift {max(marks.values()) - min(marks.values()):+.1f} MB)")
    if once:
        print(f"once x{min(args.once_feeds, len(farm.urls))}      {once[0]:6.2f} s wall, "
              f"{once[1]:.2f} s cpu, peak {once[2]:.0f} MB (PSS incl. workers), exit {once[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
