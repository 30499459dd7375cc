"""Property-based tests for rules.yaml loading (hypothesis).

A strategy builds random valid configs (sources of both kinds, companies with
Chinese and Latin names and aliases, rules with lists or "*", thresholds and
statuses, notifiers of every kind), writes them as YAML while remembering the
line of every key, and checks:

- any valid config loads, and every value arrives typed as written;
- any ONE injected fault (an unknown key, a value of the wrong type, a bad
  duration, a duplicate name) raises ConfigError whose every line reads
  `FILE:LINE: message`, and one of them names the injected line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config import TOP_KEYS, ConfigError, RuleConfig, Settings, parse
from notifiers.base import NOTIFIER_KINDS
from watchers.base import SOURCE_KINDS

FILE = "conf/rules.yaml"
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


# -- a YAML writer that knows its line numbers -------------------------------------------


@dataclass
class Doc:
    """A config as ordered (key, value) pairs; mappings are lists of pairs so a
    duplicate key can be written, and `lines` maps each key's path to its line."""

    top: list[tuple[str, Any]]
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)

    def render(self) -> str:
        out: list[str] = []
        self.lines.clear()

        def scalar(v: Any) -> str:
            # JSON is valid YAML flow syntax: strings double-quoted, lists in brackets.
            return json.dumps(v, ensure_ascii=False)

        def mapping(pairs: list[tuple[str, Any]], indent: str, path: tuple[Any, ...],
                    first_prefix: str | None = None) -> None:
            for n, (k, v) in enumerate(pairs):
                prefix = first_prefix if (first_prefix is not None and n == 0) else indent
                self.lines[path + (k,)] = len(out) + 1
                if isinstance(v, Pairs):
                    out.append(f"{prefix}{key(k)}:")
                    mapping(v.items, indent + "  ", path + (k,))
                elif isinstance(v, Items):
                    out.append(f"{prefix}{key(k)}:")
                    for i, item in enumerate(v.items):
                        self.lines[path + (k, i)] = len(out) + 1
                        mapping(item, indent + "    ", path + (k, i),
                                first_prefix=indent + "  - ")
                else:
                    out.append(f"{prefix}{key(k)}: {scalar(v)}")

        mapping(self.top, "", ())
        return "\n".join(out) + "\n"


def key(k: str) -> str:
    """Keys bare, as people write them, unless they need quotes."""
    return k if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", k) else json.dumps(k, ensure_ascii=False)


@dataclass
class Pairs:
    items: list[tuple[str, Any]]


@dataclass
class Items:
    items: list[list[tuple[str, Any]]]


# -- strategies ------------------------------------------------------------------------------

# Names as users write them: Latin, Chinese, digits, inner spaces and punctuation.
_name_chars = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("阿里巴京东腾讯美团字节跳动") + list(" -_.&"))
names = st.text(_name_chars, min_size=1, max_size=16).map(str.strip).filter(bool)
durations = st.tuples(st.integers(1, 999), st.sampled_from(sorted(UNITS)))


def _not_in(taken: frozenset[str], value: str) -> bool:
    return value.casefold() not in taken and value not in taken


def dur(d: tuple[int, str]) -> str:
    return f"{d[0]}{d[1]}"


def seconds(d: tuple[int, str]) -> float:
    return float(d[0] * UNITS[d[1]])


@st.composite
def configs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid config as plain data, plus what it must load as."""
    src_names = draw(st.lists(names, min_size=1, max_size=4, unique=True))
    sources = []
    for i, name in enumerate(src_names):
        every = draw(durations)
        if draw(st.booleans()):
            body: list[tuple[str, Any]] = [("name", name), ("url", f"https://example.com/{i}.xml")]
        else:
            body = [("name", name), ("google_news", draw(names)),
                    ("language", draw(st.sampled_from(["en-US", "zh-CN", "zh-TW"]))),
                    ("region", draw(st.sampled_from(["US", "CN", "tw"])))]
        body.append(("every", dur(every)))
        if draw(st.booleans()):
            body.append(("enabled", draw(st.booleans())))
        if draw(st.booleans()):
            body.append(("lang", draw(st.sampled_from(["en", "zh"]))))
        sources.append({"body": body, "every": seconds(every)})

    co_names = draw(st.lists(names, max_size=4, unique_by=str.casefold))
    companies = []
    taken = {n.casefold() for n in co_names}
    for name in co_names:
        free = names.filter(partial(_not_in, frozenset(taken)))
        aliases = draw(st.lists(free, max_size=3, unique_by=str.casefold))
        taken |= {a.casefold() for a in aliases}
        companies.append({"name": name, "aliases": aliases})

    n_names = draw(st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,11}", fullmatch=True),
                            min_size=1, max_size=4, unique=True))
    notifiers = []
    for n in n_names:
        kind = draw(st.sampled_from(["console", "jsonl", "slack", "telegram"]))
        body = [("type", kind)]
        if kind == "jsonl":
            body.append(("path", f"state/{n}.jsonl"))
        elif kind == "slack":
            body += [("channel", "#layoffs"), ("token_env", "SLACK_BOT_TOKEN")]
        elif kind == "telegram":
            body += [("token_env", "TELEGRAM_BOT_TOKEN"), ("chats", [-100123, "@news"])]
        notifiers.append((n, body))

    rules = []
    for name in draw(st.lists(names, min_size=1, max_size=4, unique_by=str.casefold)):
        listed = draw(st.lists(st.sampled_from(co_names), unique=True)) if co_names else []
        body = [("name", name), ("companies", listed if listed else "*")]
        want: dict[str, Any] = {"name": name, "companies": tuple(listed) if listed else "*"}
        if draw(st.booleans()):
            want["min_count"] = draw(st.integers(1, 10**6))
            body.append(("min_count", want["min_count"]))
        if draw(st.booleans()):
            want["min_percent"] = draw(st.floats(0.5, 100, allow_nan=False).map(
                lambda x: round(x, 1)))
            body.append(("min_percent", want["min_percent"]))
        if draw(st.booleans()):
            want["statuses"] = tuple(draw(st.lists(
                st.sampled_from(["confirmed", "reported", "planned"]), min_size=1, unique=True)))
            body.append(("statuses", list(want["statuses"])))
        want["notify"] = tuple(draw(st.lists(st.sampled_from(n_names), min_size=1, unique=True)))
        body.append(("notify", list(want["notify"])))
        rules.append({"body": body, "want": want})

    settings_body: list[tuple[str, Any]] = []
    max_age = draw(st.none() | durations)
    if max_age is not None:
        settings_body.append(("max_age", dur(max_age)))
    directory = draw(st.none() | st.booleans())
    if directory is not None:
        settings_body.append(("directory", directory))
    return {"sources": sources, "companies": companies, "rules": rules, "notifiers": notifiers,
            "settings": settings_body, "max_age": seconds(max_age) if max_age else None,
            "directory": directory}


def document(c: dict[str, Any]) -> Doc:
    top: list[tuple[str, Any]] = [("version", 1)]
    if c["settings"]:
        top.append(("settings", Pairs(list(c["settings"]))))
    top.append(("sources", Items([list(s["body"]) for s in c["sources"]])))
    if c["companies"]:
        top.append(("companies", Items([[("name", co["name"]), ("aliases", co["aliases"])]
                                        for co in c["companies"]])))
    top.append(("rules", Items([list(r["body"]) for r in c["rules"]])))
    top.append(("notifiers", Pairs([(n, Pairs(list(b))) for n, b in c["notifiers"]])))
    return Doc(top)


# -- round trip -------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(configs())
def test_any_valid_config_loads_into_typed_objects(c: dict[str, Any]) -> None:
    text = document(c).render()
    cfg = parse(text, FILE)

    assert [s.name for s in cfg.sources] == [dict(s["body"])["name"] for s in c["sources"]]
    for got, want in zip(cfg.sources, c["sources"], strict=True):
        body = dict(want["body"])
        assert got.every == want["every"]
        assert got.enabled is body.get("enabled", True)
        assert got.lang == body.get("lang")
        if "url" in body:
            assert got.kind == "url" and got.feed_url() == body["url"]
        else:
            assert got.kind == "google_news"
            assert got.feed_url().startswith("https://news.google.com/rss/search?q=")

    assert [(co.name, list(co.aliases)) for co in cfg.companies] == [
        (co["name"], co["aliases"]) for co in c["companies"]]

    assert len(cfg.rules) == len(c["rules"])
    for got_rule, want_rule in zip(cfg.rules, c["rules"], strict=True):
        w = want_rule["want"]
        assert isinstance(got_rule, RuleConfig)
        assert got_rule.name == w["name"] and got_rule.companies == w["companies"]
        assert got_rule.min_count == w.get("min_count")
        assert got_rule.min_percent == w.get("min_percent")
        assert got_rule.statuses == w.get("statuses")
        assert got_rule.notify == w["notify"]

    assert list(cfg.notifiers) == [n for n, _ in c["notifiers"]]
    for name, body in c["notifiers"]:
        got_n = cfg.notifiers[name]
        assert got_n.type == dict(body)["type"]
        assert isinstance(got_n, NOTIFIER_KINDS[got_n.type].Config)
        for k, v in body:
            assert getattr(got_n, k) == v

    assert isinstance(cfg.settings, Settings)
    assert cfg.settings.max_age == (c["max_age"] or Settings().max_age)
    assert cfg.settings.directory is (True if c["directory"] is None else c["directory"])


# -- single faults ----------------------------------------------------------------------------

_SOURCE_KEYS = {k for cls in SOURCE_KINDS.values() for k in cls.model_fields} | {"kind"}
_ALLOWED = {
    "top": set(TOP_KEYS),
    "settings": set(Settings.model_fields),
    "sources": _SOURCE_KEYS,
    "companies": {"name", "aliases"},
    "rules": set(RuleConfig.model_fields),
}
unknown_keys = st.from_regex(r"[a-z][a-z_]{2,14}", fullmatch=True)

WRONG_TYPES: dict[str, list[tuple[str, Any]]] = {
    # section: (key, a value of the wrong type) — values that no lax coercion accepts
    "sources": [("every", ["10m"]), ("enabled", "sometimes"), ("every", {"m": 10}),
                ("lang", "fr")],
    "rules": [("min_count", "many"), ("min_count", [5]), ("min_percent", "half"),
              ("notify", {"a": 1}), ("statuses", ["rumoured"]), ("min_percent", 250)],
    "companies": [("aliases", 5), ("aliases", {"x": "y"})],
    "settings": [("directory", "maybe"), ("new_source_backlog", [True])],
}
BAD_DURATIONS = ["-5m", "0s", "10 parsecs", "", "5 mins", "1.5.2h", "m10", True]


@st.composite
def faulty(draw: st.DrawFn) -> tuple[Doc, tuple[Any, ...], str]:
    """A valid config with ONE fault; returns the doc, the faulty key's path, a word
    the message must contain."""
    c = draw(configs())
    doc = document(c)
    sections = {k: v for k, v in doc.top}
    kind = draw(st.sampled_from(["unknown", "type", "duration", "duplicate"]))

    if kind == "unknown":
        where = draw(st.sampled_from(["top", "settings", "sources", "companies", "rules"]))
        key = draw(unknown_keys.filter(partial(_not_in, frozenset(_ALLOWED[where]))))
        if where == "top":
            doc.top.append((key, "x"))
            return doc, (key,), "unknown key"
        if where == "settings":
            if "settings" not in sections:
                doc.top.insert(1, ("settings", Pairs([])))
                sections["settings"] = doc.top[1][1]
            sections["settings"].items.append((key, 1))
            return doc, ("settings", key), "unknown key"
        if where not in sections:
            where = "rules"
        items = sections[where].items
        i = draw(st.integers(0, len(items) - 1))
        items[i].append((key, 1))
        return doc, (where, i, key), "unknown key"

    if kind == "type":
        where = draw(st.sampled_from(sorted(WRONG_TYPES)))
        key, value = draw(st.sampled_from(WRONG_TYPES[where]))
        if where == "settings":
            if "settings" not in sections:
                doc.top.insert(1, ("settings", Pairs([])))
                sections["settings"] = doc.top[1][1]
            _set(sections["settings"].items, key, value)
            return doc, ("settings", key), key
        if where not in sections:
            where, (key, value) = "rules", WRONG_TYPES["rules"][0]
        items = sections[where].items
        i = draw(st.integers(0, len(items) - 1))
        _set(items[i], key, value)
        return doc, (where, i, key), key

    if kind == "duration":
        bad = draw(st.sampled_from(BAD_DURATIONS))
        if draw(st.booleans()):
            items = sections["sources"].items
            i = draw(st.integers(0, len(items) - 1))
            _set(items[i], "every", bad)
            return doc, ("sources", i, "every"), "every"
        if "settings" not in sections:
            doc.top.insert(1, ("settings", Pairs([])))
            sections["settings"] = doc.top[1][1]
        key = draw(st.sampled_from(["max_age", "cluster_window", "default_every"]))
        _set(sections["settings"].items, key, bad)
        return doc, ("settings", key), key

    # A duplicate name: a second source/rule/company named like an earlier one
    # (rules and companies compare without case), or a notifier key written twice.
    where = draw(st.sampled_from(["sources", "rules", "companies", "notifiers"]))
    if where == "notifiers":
        pairs = sections["notifiers"].items
        name, body = pairs[draw(st.integers(0, len(pairs) - 1))]
        pairs.append((name, Pairs(list(body.items))))
        return doc, ("notifiers", len(pairs) - 1), "duplicate"
    if where == "companies" and "companies" not in sections:
        where = "rules"
    items = sections[where].items
    first = items[0]
    name = dict(first)["name"]
    copy = [("name", name.upper() if where != "sources" else name)] + [
        (k, v) for k, v in first if k != "name"]
    items.append(copy)
    return doc, (where, len(items) - 1, "name"), "duplicate"


def _set(pairs: list[tuple[str, Any]], key: str, value: Any) -> None:
    for n, (k, _) in enumerate(pairs):
        if k == key:
            pairs[n] = (key, value)
            return
    pairs.append((key, value))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(faulty())
def test_any_single_fault_is_reported_on_its_line(case: tuple[Doc, tuple[Any, ...], str]) -> None:
    doc, path, word = case
    text = doc.render()
    if path[0] == "notifiers":
        # The duplicate key's line: the LAST occurrence of that key under notifiers.
        name = doc.top[[k for k, _ in doc.top].index("notifiers")][1].items[path[1]][0]
        line = max(n for n, t in enumerate(text.splitlines(), 1)
                   if t.startswith(f"  {key(name)}:"))
    else:
        line = doc.lines[path]
    with pytest.raises(ConfigError) as exc:
        parse(text, FILE)
    errors = exc.value.errors
    assert errors
    for e in errors:
        assert re.match(rf"^{re.escape(FILE)}:\d+: \S", e), e
    named = [e for e in errors if e.startswith(f"{FILE}:{line}: ")]
    assert named, f"no error names line {line} ({path}):\n{text}\n{errors}"
    assert any(word in e for e in named), (word, named)
    # Nothing else is blamed, except a rule naming a company the fault removed.
    others = [e for e in errors if e not in named]
    assert all("is not under companies" in e for e in others), (errors, text)


def test_keys_are_names_as_written_not_yaml_booleans() -> None:
    """Found by the properties above: YAML 1.1 reads a bare `no:` or `on:` key as
    False/True, so a notifier named `no` was "not defined (defined: False)"."""
    cfg = parse("version: 1\nsources:\n  - name: a\n    url: https://example.com/a.xml\n"
                "rules:\n  - name: r\n    notify: [\"no\", \"on\", \"1.0\"]\n"
                "notifiers:\n  no: {type: console}\n  on: {type: console}\n"
                "  1.0: {type: console}\n", FILE)
    assert list(cfg.notifiers) == ["no", "on", "1.0"]
