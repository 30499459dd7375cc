#!/usr/bin/env python
"""layoffwatch — watches the news for layoffs and tells people first.

Usage:
    python bot.py [--config rules.yaml] [--state state/] COMMAND ...

    run                   poll every source on its schedule, deliver alerts, answer Telegram
    once                  poll every source once, deliver, exit
    check                 validate rules.yaml and print a summary
    explain TEXT          what detection and the rules make of one headline
    backtest FILE.jsonl   precision/recall of detection over labelled items
    events                recent layoff events
    status                health of each source and the delivery backlog
    test-notify NAME      send a sample alert through one notifier

Environment:
    LAYOFFWATCH_CONFIG, LAYOFFWATCH_STATE   defaults for --config and --state
    SLACK_BOT_TOKEN, TELEGRAM_BOT_TOKEN     or whatever `token_env` names in rules.yaml;
                                            a notifier whose token is unset is skipped
                                            with a warning, and console still prints.

This file only wires parts together; each behaviour lives in the module named
for it (config, watchers/, detect/, events, matching, store, notifiers/,
pipeline, delivery).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import logsafe
from config import Config, ConfigError
from config import load as load_config

log = logging.getLogger("layoffwatch")


# -- wiring ----------------------------------------------------------------------


def setup_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s",
                                           "%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logsafe.install(handler)
    # httpx logs every request URL at INFO, and Telegram URLs carry the token:
    # the filter redacts them, and at WARNING they are not even formatted.
    for noisy in ("httpx", "httpcore", "telegram.ext", "apscheduler", "aiohttp", "slack_sdk"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


def bundled_directory() -> Any:
    from detect import CompanyDirectory

    return CompanyDirectory.bundled()


def read_config(path: str) -> Config:
    directory = bundled_directory()
    return load_config(path, resolve_company=directory.resolve)


def build_detector(cfg: Config) -> Any:
    from detect import CompanyDirectory, Detector

    base = CompanyDirectory.bundled() if cfg.settings.directory else CompanyDirectory.empty()
    directory = base.extended([(c.name, list(c.aliases)) for c in cfg.companies])
    return Detector(directory)


def open_store(state: str) -> Any:
    from store import Store

    path = Path(state)
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise SystemExit(
            f"error: state directory {state!r} is not writable: {exc.strerror}"
        ) from None
    db = path / "layoffwatch.db"
    try:
        return Store(db)
    except sqlite3.DatabaseError as exc:  # a damaged file, or not SQLite at all
        raise SystemExit(f"error: {db} is not a usable database: {exc}") from None


def build_notifiers(
    cfg: Config, state: str, *, names: Sequence[str] | None = None
) -> dict[str, Any]:
    """The notifiers alerts can go to; one whose token is unset is left out, once, loudly."""
    from notifiers.base import NOTIFIER_KINDS

    out: dict[str, Any] = {}
    for name, ncfg in cfg.notifiers.items():
        if names is not None and name not in names:
            continue
        notifier = NOTIFIER_KINDS[ncfg.type](name, ncfg, state_dir=state)
        missing = notifier.missing_env()
        if missing and names is None:
            log.warning("notifier %s is off: %s not set; its alerts are not queued",
                        name, ", ".join(missing))
            continue
        out[name] = notifier
    return out


def make_context(store: Any, detector: Any, *, interactive: bool) -> Any:
    from notifiers.base import NotifierContext

    directory = detector.directory
    return NotifierContext(
        store=store,
        resolve_company=directory.resolve,
        suggest_company=directory.suggest,
        recent_events=store.recent_events,
        interactive=interactive,
    )


# -- commands ----------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    cfg = read_config(args.config)
    from notifiers.base import NOTIFIER_KINDS

    for w in cfg.warnings:
        print(f"warning: {w}")
    directory = bundled_directory()
    print(f"{cfg.path}: OK")
    print(f"  sources:   {len(cfg.sources)}")
    for s in cfg.sources:
        print(f"    - {s.name} ({s.kind}, every {_dur(s.every)}): {s.feed_url()}"
              + ("" if s.enabled else " [disabled]"))
    extra = (f" (+{len(directory.names())} in the bundled directory)"
             if cfg.settings.directory else "")
    print(f"  companies: {len(cfg.companies)}{extra}")
    print(f"  rules:     {len(cfg.rules)}")
    for r in cfg.rules:
        companies = "*" if r.companies == "*" else ", ".join(r.companies)
        limits = [f"count >= {r.min_count:,}" if r.min_count else "",
                  f"percent >= {r.min_percent:g}" if r.min_percent else ""]
        limit = " or ".join(x for x in limits if x)
        print(f"    - {r.name}: companies {companies}" + (f"; {limit}" if limit else "")
              + f" -> {', '.join(r.notify)}")
    print(f"  notifiers: {len(cfg.notifiers)}")
    for name, ncfg in cfg.notifiers.items():
        notifier = NOTIFIER_KINDS[ncfg.type](name, ncfg, state_dir=args.state)
        missing = notifier.missing_env()
        note = f"  warning: {', '.join(missing)} not set" if missing else ""
        print(f"    - {name} ({ncfg.type}){note}")
        for var in missing:
            print(f"warning: notifier {name}: environment variable {var} is not set; "
                  "its alerts will not be sent")
    print(f"  max_age {_dur(cfg.settings.max_age)}, cluster window "
          f"{_dur(cfg.settings.cluster_window)}")
    return 0


def _dur(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


async def _once(args: argparse.Namespace, cfg: Config) -> int:
    import watchers
    from delivery import Deliverer
    from pipeline import Pipeline

    store = open_store(args.state)
    detector = build_detector(cfg)
    notifiers = build_notifiers(cfg, args.state)
    ctx = make_context(store, detector, interactive=False)
    try:
        for n in notifiers.values():
            await n.start(ctx)
        async with watchers.make_client() as client:
            pipeline = Pipeline(cfg, store, detector, client, notifiers)
            reports = await pipeline.poll_all()
        deliverer = Deliverer(store, notifiers)
        stats = await deliverer.deliver_until_idle(max_wait=args.wait)
        pending = sum(row["n"] for row in store.backlog() if row["status"] == "pending")
    finally:
        for n in notifiers.values():
            with contextlib.suppress(Exception):
                await n.close()
        store.close()
    failed = [r for r in reports if r.outcome in ("error", "gone")]
    for r in failed:
        print(f"source {r.source}: {r.error}", file=sys.stderr)
    print(
        f"polled {len(reports)} sources ({len(failed)} failed): "
        f"{sum(r.new_items for r in reports)} new items, "
        f"{sum(r.layoffs for r in reports)} layoff reports, "
        f"{sum(r.alerts for r in reports)} alerts queued; "
        f"{stats.sent} delivered, {pending} pending",
        file=sys.stderr,
    )
    return 0


def cmd_once(args: argparse.Namespace) -> int:
    cfg = read_config(args.config)
    for w in cfg.warnings:
        log.warning("%s", w)
    return asyncio.run(_once(args, cfg))


async def _run(args: argparse.Namespace, cfg: Config) -> int:
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    import watchers
    from delivery import Deliverer
    from pipeline import Pipeline

    store = open_store(args.state)
    detector = build_detector(cfg)
    notifiers = build_notifiers(cfg, args.state)
    ctx = make_context(store, detector, interactive=True)
    for n in notifiers.values():
        await n.start(ctx)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    client = watchers.make_client()
    deliverer = Deliverer(store, notifiers)
    pipeline = Pipeline(cfg, store, detector, client, notifiers, on_alerts=deliverer.wake)
    scheduler = AsyncIOScheduler(event_loop=loop, timezone=UTC)

    def schedule(current: Config, pipe: Pipeline) -> None:
        now = datetime.now(UTC)
        for i, source in enumerate(s for s in current.sources if s.enabled):
            scheduler.add_job(
                pipe.poll,
                "interval",
                seconds=source.every,
                jitter=max(1, int(source.every * 0.1)),
                args=[source],
                id=f"source:{source.name}",
                name=source.name,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=int(source.every),
                # Stagger the first polls so start-up isn't one burst.
                next_run_time=now.replace(microsecond=0) + _stagger(i),
                replace_existing=True,
            )

    async def reload() -> None:
        nonlocal cfg
        try:
            new_cfg = read_config(args.config)
        except ConfigError as exc:
            log.error("SIGHUP: %s is invalid; keeping the running config:\n%s", args.config,
                      "\n".join(exc.errors))
            return
        fresh = build_notifiers(new_cfg, args.state)
        # Notifiers whose settings are unchanged keep running (and their chat
        # handlers); changed, added and removed ones are restarted or closed.
        for name in list(notifiers):
            if name not in fresh or fresh[name].config != notifiers[name].config:
                with contextlib.suppress(Exception):
                    await notifiers.pop(name).close()
        restarted = [name for name in fresh if name not in notifiers]
        for name in restarted:
            await fresh[name].start(ctx)
            notifiers[name] = fresh[name]
        await deliverer.release(restarted)
        cfg = new_cfg
        pipeline.config = new_cfg
        pipeline.detector = build_detector(new_cfg)
        for job in scheduler.get_jobs():
            job.remove()
        schedule(new_cfg, pipeline)
        log.info("SIGHUP: reloaded %s: %d sources, %d rules, notifiers: %s", args.config,
                 len(new_cfg.sources), len(new_cfg.rules), ", ".join(notifiers) or "none")

    reloads: set[asyncio.Task[None]] = set()

    def on_sighup() -> None:
        task = asyncio.create_task(reload())
        reloads.add(task)
        task.add_done_callback(reloads.discard)

    loop.add_signal_handler(signal.SIGHUP, on_sighup)
    schedule(cfg, pipeline)
    scheduler.start()
    # The delivery loop outlives `stop`: polls still in flight at SIGTERM may
    # queue alerts, and those go out before the bot exits.
    polls_done = asyncio.Event()
    delivering = asyncio.create_task(deliverer.run(polls_done))
    log.info("layoffwatch running: %d sources, %d rules, notifiers: %s", len(cfg.sources),
             len(cfg.rules), ", ".join(notifiers) or "none")
    await stop.wait()

    log.info("stopping: finishing in-flight polls and deliveries")
    scheduler.pause()
    await pipeline.wait_inflight()
    scheduler.shutdown(wait=False)
    polls_done.set()
    await delivering
    await client.aclose()
    for n in notifiers.values():
        with contextlib.suppress(Exception):
            await n.close()
    store.close()
    log.info("stopped")
    return 0


def _stagger(i: int) -> timedelta:
    return timedelta(seconds=min(i * 0.2, 30))


def cmd_run(args: argparse.Namespace) -> int:
    cfg = read_config(args.config)
    for w in cfg.warnings:
        log.warning("%s", w)
    return asyncio.run(_run(args, cfg))


def cmd_events(args: argparse.Namespace) -> int:
    from models import iso

    store = open_store(args.state)
    events = store.recent_events(args.limit)
    store.close()
    if args.json:
        print(json.dumps([
            {"id": e.id, "company": e.company, "count": e.count,
             "count_is_lower_bound": e.count_is_lower_bound, "percent": e.percent,
             "status": e.status, "title": e.title, "url": e.url,
             "published": iso(e.published), "sources": list(e.sources),
             "source_count": len(e.sources), "first_seen": iso(e.first_seen),
             "last_seen": iso(e.last_seen)} for e in events
        ], ensure_ascii=False, indent=2))
        return 0
    if not events:
        print("no events yet")
        return 0
    for e in events:
        count = "" if e.count is None else (
            ("≥" if e.count_is_lower_bound else "") + f"{e.count:,}")
        pct = "" if e.percent is None else f"{e.percent:g}%"
        print(f"{iso(e.first_seen)}  {e.company:<18} {count:>9} {pct:>5}  {e.status:<9} "
              f"{len(e.sources):>2} src  last {iso(e.last_seen)}")
        print(f"    {e.title}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    import time

    cfg = read_config(args.config)
    store = open_store(args.state)
    rows = {r["name"]: r for r in store.sources_health()}
    backlog = store.backlog()
    health = store.notifier_health()
    store.close()
    sources = []
    for src in cfg.sources:
        r = rows.get(src.name, {})
        if r.get("disabled"):
            state = "disabled"
        elif r.get("consecutive_failures"):
            state = "failing"
        elif r.get("last_success"):
            state = "ok"
        else:
            state = "never polled"
        nxt = r.get("next_poll")
        sources.append({
            "name": src.name, "state": state, "last_success": r.get("last_success"),
            "consecutive_failures": r.get("consecutive_failures", 0),
            "next_poll": (datetime.fromtimestamp(nxt, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                          if nxt and nxt > time.time() else "on schedule"),
            "last_error": r.get("last_error") if state != "ok" else None,
            "items_seen": r.get("items_seen", 0),
        })
    if args.json:
        print(json.dumps({"sources": sources, "deliveries": backlog, "notifiers": health},
                         ensure_ascii=False, indent=2))
        return 0
    print("sources:")
    for s in sources:
        line = (f"  {s['name']:<24} {s['state']:<12} last success {s['last_success'] or '-'}"
                f"  failures {s['consecutive_failures']}  next {s['next_poll']}")
        print(line)
        if s["last_error"]:
            print(f"      last error: {s['last_error']}")
    print("deliveries:")
    if not backlog:
        print("  none yet")
    for b in backlog:
        extra = f"  oldest {b['oldest']}" if b["status"] == "pending" else ""
        print(f"  {b['notifier']:<16} {b['status']:<8} {b['n']:>6}{extra}")
    problems = [h for h in health if h.get("last_error")]
    if problems:
        print("notifiers:")
        for h in problems:
            kind = "BLOCKED" if h["permanent"] else "last error"
            print(f"  {h['name']:<16} {kind}: {h['last_error']} (at {h['last_error_at']};"
                  f" last success {h.get('last_success') or '-'})")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from explain import explain, format_explain

    cfg = read_config(args.config)
    result = explain(build_detector(cfg), cfg.rules, " ".join(args.text))
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_explain(result))
    return 0


def cmd_backtest(args: argparse.Namespace) -> int:
    from backtest import run_backtest

    cfg = read_config(args.config)
    report = run_backtest(args.file, build_detector(cfg), cfg.rules, out_path=args.out)
    print(report.format())
    return 0


async def _test_notify(args: argparse.Namespace, cfg: Config) -> int:
    from models import Alert, Delivery, Event, utcnow

    if args.name not in cfg.notifiers:
        print(f"error: no notifier named {args.name!r} in {cfg.path} "
              f"(defined: {', '.join(cfg.notifiers) or 'none'})", file=sys.stderr)
        return 1
    store = open_store(args.state)
    notifier = build_notifiers(cfg, args.state, names=[args.name])[args.name]
    now = utcnow()
    event = Event(
        id="ev_test_notify", company="Example Corp", count=1200, count_is_lower_bound=True,
        percent=10.0, status="reported",
        title="Example Corp to cut more than 1,200 jobs, about 10% of staff (layoffwatch test)",
        url="https://example.com/layoffwatch-test", published=now, source="test-notify",
        sources=("https://example.com/layoffwatch-test",), first_seen=now, last_seen=now,
        summary="This is a sample alert sent by `layoffwatch test-notify`.",
    )
    alert = Alert(kind="new", event=event, rule="test-notify", notifier=args.name)
    ctx = make_context(store, build_detector(cfg), interactive=False)
    await notifier.start(ctx)
    status = 0
    targets = notifier.targets() if args.target is None else [args.target]
    if not targets:
        # a Telegram notifier without `chats:` sends only to whoever subscribed from the chat
        print(f"{args.name}: nothing to send to (no fixed chats in {cfg.path}); "
              f"name one with --target", file=sys.stderr)
        status = 1
    try:
        for target in targets:
            try:
                ref = await notifier.send(Delivery(id=0, alert=alert, target=target))
                where = f" to {target}" if target else ""
                print(f"{args.name}: sent{where}"
                      + (f" (ref {ref})" if ref else "")
                      + (f": {notifier.last_response}" if notifier.last_response else ""))
            except Exception as exc:
                print(f"{args.name}: FAILED: {logsafe.redact(str(exc))}", file=sys.stderr)
                status = 1
    finally:
        await notifier.close()
        store.close()
    return status


def cmd_test_notify(args: argparse.Namespace) -> int:
    return asyncio.run(_test_notify(args, read_config(args.config)))


# -- command line ------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="layoffwatch",
        description="Watch the news for layoffs and alert Slack, Telegram and friends.",
    )
    p.add_argument("--config", default=os.environ.get("LAYOFFWATCH_CONFIG", "rules.yaml"),
                   help="rules file (default: rules.yaml, env LAYOFFWATCH_CONFIG)")
    p.add_argument("--state", default=os.environ.get("LAYOFFWATCH_STATE", "state"),
                   help="state directory holding layoffwatch.db (default: state/)")
    p.add_argument("--log-level", default=os.environ.get("LAYOFFWATCH_LOG", "INFO"),
                   choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="poll on schedule, deliver alerts, answer Telegram commands")
    once = sub.add_parser("once", help="poll every source once, deliver, exit")
    once.add_argument("--wait", type=float, default=30.0,
                      help="seconds to keep retrying short delivery failures (default 30)")
    sub.add_parser("check", help="validate the config and print a summary")
    ex = sub.add_parser("explain", help="explain the decision on one headline or text")
    ex.add_argument("text", nargs="+")
    ex.add_argument("--json", action="store_true")
    bt = sub.add_parser("backtest", help="precision/recall over labelled JSON Lines")
    bt.add_argument("file")
    bt.add_argument("--out")
    ev = sub.add_parser("events", help="recent layoff events")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--limit", type=int, default=20)
    st = sub.add_parser("status", help="source health and delivery backlog")
    st.add_argument("--json", action="store_true")
    tn = sub.add_parser("test-notify", help="send a sample alert through one notifier")
    tn.add_argument("name")
    tn.add_argument("--target", help="one chat id (Telegram) instead of the configured ones")
    return p


COMMANDS = {
    "run": cmd_run,
    "once": cmd_once,
    "check": cmd_check,
    "explain": cmd_explain,
    "backtest": cmd_backtest,
    "events": cmd_events,
    "status": cmd_status,
    "test-notify": cmd_test_notify,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.log_level)
    try:
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
